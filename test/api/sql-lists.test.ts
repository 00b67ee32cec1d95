import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrg } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

/*
 * Issue #14, item 4: the children page of the drill-down and the members page of a cell are read
 * by one SQL statement each, without MikroORM's hydration (hierarchy/organization-rows.ts,
 * members/member-rows.ts); pages from the end (`last`/`before`) still go through the ORM. Both
 * ways must give the same objects, field by field (dates, nulls, numbers, relations), the same
 * cursors and the same totals, on both databases, for staff and for leaders.
 */

let server: TestServer;
let staff: Client;
let leader: Client;
const ids: Record<string, string> = {};

const ORG_FIELDS = `id code name kind sector cellType foundedOn meetingDayFrom meetingDayTo dissolvedOn depth parent { id code } province { code }`;
const MEMBER_FIELDS = `id cardNumber fullName gender birthDate age joinedOn officialOn position status organization { id code }`;

beforeAll(async () => {
  server = await startTestServer();
  ids.P = await createOrg(server, { code: 'SL-P', name: 'Tỉnh ủy Sơn La thử', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1950-02-03' });
  ids.D = await createOrg(server, { code: 'SL-D', name: 'Huyện ủy Mộc Châu', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.P, foundedOn: '1960-04-05' });
  ids.G = await createOrg(server, { code: 'SL-G', name: 'Đảng bộ xã Chiềng Sơn', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.P });
  ids.C = await createOrg(server, { code: 'SL-C', name: 'Chi bộ cơ quan tỉnh', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.P, foundedOn: '2001-12-31' });
  // Same folded names: the order falls back to the id, across page boundaries.
  for (let i = 0; i < 4; i += 1) ids[`S${i}`] = await createOrg(server, { code: `SL-S${i}`, name: i % 2 ? 'Đảng bộ Ả' : 'Đảng bộ A', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.P });
  ids.X = await createOrg(server, { code: 'SL-X', name: 'Chi bộ giải thể', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.P });
  await server.data(`mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { id } }`, { input: { id: ids.X, effectiveOn: '2020-01-01' } });
  const people: Array<[string, string, string]> = [
    ['Nguyễn Văn Ân', 'MALE', '1990-02-28'],
    ['Nguyễn Văn An', 'MALE', '1961-12-31'],
    ['Lò Thị Ánh', 'FEMALE', '2000-01-01'],
    ['Lò Thị Anh', 'FEMALE', '1975-07-15'],
    ['Cầm Văn Bình', 'MALE', '1955-03-01'],
  ];
  for (const [fullName, gender, birthDate] of people) await createMember(server, { organizationId: ids.C, fullName, gender, birthDate, joinedOn: '2020-05-05', since: '2020-06-01' });
  staff = await server.userWith('sl-staff', [{ role: 'STAFF', organizationId: ids.P }]);
  leader = await server.userWith('sl-leader', [{ role: 'LEADER', organizationId: ids.P }]);
});
afterAll(async () => server?.close());

/** Every page forward by `size` (the SQL path), with the edges' cursors and the totals. */
async function forward(client: Client, field: string, id: string, fields: string, size: number) {
  const pages: any[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await client.data(
      `query($id: ID!, $after: String) { node(id: $id) { ... on Organization { ${field}(first: ${size}, after: $after) {
         totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${fields} } } } } } }`,
      { id, after },
    );
    const page = data.node[field];
    pages.push(page);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return pages;
}

/** The whole list from the end (the ORM path). */
async function fromTheEnd(client: Client, field: string, id: string, fields: string) {
  const data: any = await client.data(
    `query($id: ID!) { node(id: $id) { ... on Organization { ${field}(last: 200) { totalCount edges { cursor node { ${fields} } } } } } }`,
    { id },
  );
  return data.node[field];
}

describe('lists read by SQL without hydration', () => {
  it('the children page gives what the ORM gives: fields, order, cursors, totals', async () => {
    for (const client of [staff, leader]) {
      const pages = await forward(client, 'children', ids.P!, ORG_FIELDS, 3);
      const orm = await fromTheEnd(client, 'children', ids.P!, ORG_FIELDS);
      expect(orm.totalCount).toBe(7); // the dissolved cell is not a child today
      expect(pages.length).toBe(3);
      for (const page of pages) expect(page.totalCount).toBe(7);
      expect(pages[0].pageInfo.hasPreviousPage).toBe(false);
      expect(pages[1].pageInfo.hasPreviousPage).toBe(true);
      expect(pages.flatMap((p) => p.edges)).toEqual(orm.edges);
      const district = orm.edges.find((e: any) => e.node.code === 'SL-D').node;
      expect(district).toMatchObject({ kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', cellType: null, foundedOn: '1960-04-05', dissolvedOn: null, depth: 1, parent: { code: 'SL-P' }, province: { code: 'SL-P' } });
      expect(orm.edges.find((e: any) => e.node.code === 'SL-C').node).toMatchObject({ cellType: 'AGENCY', foundedOn: '2001-12-31' });
    }
  });

  it('the members page gives what the ORM gives, birth dates only for staff', async () => {
    for (const client of [staff, leader]) {
      const pages = await forward(client, 'members', ids.C!, MEMBER_FIELDS, 2);
      const orm = await fromTheEnd(client, 'members', ids.C!, MEMBER_FIELDS);
      expect(orm.totalCount).toBe(5);
      for (const page of pages) expect(page.totalCount).toBe(5);
      expect(pages.flatMap((p) => p.edges)).toEqual(orm.edges);
      const binh = orm.edges.find((e: any) => e.node.fullName === 'Cầm Văn Bình').node;
      expect(binh).toMatchObject({ gender: 'MALE', joinedOn: '2020-05-05', officialOn: null, organization: { code: 'SL-C' } });
      expect(binh.birthDate).toBe(client === staff ? '1955-03-01' : null);
    }
    // The same through the province (a subtree), filtered.
    const data = await staff.data(
      `query($id: ID!) { node(id: $id) { ... on Organization { members(first: 10, filter: { gender: FEMALE, search: "anh" }) { totalCount nodes { fullName } } } } }`,
      { id: ids.P },
    );
    expect(data.node.members.totalCount).toBe(2);
    // The Vietnamese order (name_sort): "Anh" (ngang) before "Ánh" (sắc), whatever the order registered.
    expect(data.node.members.nodes.map((n: any) => n.fullName)).toEqual(['Lò Thị Anh', 'Lò Thị Ánh']);
  });

  it('a page after the last one is empty and keeps the total', async () => {
    const [first] = await forward(staff, 'children', ids.P!, 'id', 7);
    expect(first.pageInfo.hasNextPage).toBe(false);
    const data = await staff.data(
      `query($id: ID!, $after: String) { node(id: $id) { ... on Organization { children(first: 5, after: $after) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } } } } }`,
      { id: ids.P, after: first.pageInfo.endCursor },
    );
    expect(data.node.children).toEqual({ totalCount: 7, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });
});
