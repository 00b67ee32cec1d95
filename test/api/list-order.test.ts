import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../support/api.js';
import { createMember, createOrg } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

/**
 * Lists in the Vietnamese order and by their figures (issue #13 item 5): `orderBy` on children,
 * descendants and members — names by the sort key (letter and tone order, given name first),
 * ties by id, cursors walking every row once in both directions — members on an earlier date
 * (`asOf`), by status and rating, and never beyond the caller's scope.
 */
let server: TestServer;
let leader: Client;
const ids: Record<string, string> = {};

const CELLS: Array<[string, string]> = [
  ['CB-DONGTAM', 'Chi bộ thôn Đồng Tâm'],
  ['CB-DUONGLIEU', 'Chi bộ thôn Dương Liễu'],
  ['CB-10', 'Chi bộ 10'],
  ['CB-2', 'Chi bộ 2'],
  ['CB-ANHDUONG', 'Chi bộ Ánh Dương'],
  ['CB-ANHDUNG', 'Chi bộ Anh Dũng'],
];
/** The Vietnamese order of CELLS: numbers by value, "Anh" before "Ánh", "D" before "Đ". */
const CELL_ORDER = ['Chi bộ 2', 'Chi bộ 10', 'Chi bộ Anh Dũng', 'Chi bộ Ánh Dương', 'Chi bộ thôn Dương Liễu', 'Chi bộ thôn Đồng Tâm'];

const PEOPLE: Array<[string, string]> = [
  ['Phạm Thị Ánh', '2001-05-01'],
  ['Vũ Thị Anh', '1999-01-01'],
  ['Lê Văn Đức', '2010-03-03'],
  ['Hoàng Văn Dũng', '2005-07-07'],
  ['Nguyễn Văn An', '2012-12-12'],
  ['Trần An', '1998-02-02'],
];
/** Given name, then middle, then family name. */
const PEOPLE_ORDER = ['Trần An', 'Nguyễn Văn An', 'Vũ Thị Anh', 'Phạm Thị Ánh', 'Hoàng Văn Dũng', 'Lê Văn Đức'];

beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-THAIBINH', name: 'Đảng bộ tỉnh Thái Bình', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1930-01-01' });
  ids.commune = await createOrg(server, { code: 'X-VUTHU', name: 'Đảng bộ xã Vũ Thư', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.province, foundedOn: '1960-01-01' });
  ids.other = await createOrg(server, { code: 'X-KIENXUONG', name: 'Đảng bộ xã Kiến Xương', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.province, foundedOn: '1960-01-01' });
  ids.otherCell = await createOrg(server, { code: 'CB-KX', name: 'Chi bộ Kiến Xương', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.other, foundedOn: '1970-01-01' });
  for (const [code, name] of CELLS) ids[code] = await createOrg(server, { code, name, kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '1970-01-01' });
  // Members: all six in CB-2 since 2020; CB-10 two, CB-ANHDUNG one.
  for (const [fullName, joinedOn] of PEOPLE) ids[fullName] = await createMember(server, { organizationId: ids['CB-2']!, fullName, joinedOn, birthDate: '1980-01-01', since: '2020-01-01' });
  for (const n of [1, 2]) await createMember(server, { organizationId: ids['CB-10']!, fullName: `Đặng Văn Mười ${n}`, birthDate: '1980-01-01', joinedOn: '2015-01-01', since: '2020-01-01' });
  await createMember(server, { organizationId: ids['CB-ANHDUNG']!, fullName: 'Bùi Thị Hoa', birthDate: '1980-01-01', joinedOn: '2015-01-01', since: '2020-01-01' });
  // 2024-06-01: "Trần An" transfers out of the commune, "Lê Văn Đức" dies, "Vũ Thị Anh" is exempted.
  await server.data(`mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }`, { input: { id: ids['Trần An'], organizationId: ids.otherCell, effectiveOn: '2024-06-01' } });
  await server.data(`mutation($input: ChangeMemberStatusInput!) { changeMemberStatus(input: $input) { id } }`, { input: { id: ids['Lê Văn Đức'], status: 'DECEASED', effectiveOn: '2024-06-01' } });
  await server.data(`mutation($input: ChangeMemberStatusInput!) { changeMemberStatus(input: $input) { id } }`, { input: { id: ids['Vũ Thị Anh'], status: 'EXEMPT', effectiveOn: '2024-06-01' } });
  // Ratings for 2023: three cells and two members.
  const rate = (input: Record<string, unknown>) => server.data(`mutation($input: RecordRatingInput!) { recordRating(input: $input) { level } }`, { input: { year: 2023, ...input } });
  await rate({ organizationId: ids['CB-DONGTAM'], level: 'EXCELLENT', decision: '1-QĐ/ĐU' });
  await rate({ organizationId: ids['CB-10'], level: 'GOOD' });
  await rate({ organizationId: ids['CB-ANHDUNG'], level: 'COMPLETED' });
  await rate({ organizationId: ids['CB-2'], memberId: ids['Phạm Thị Ánh'], level: 'GOOD' });
  await rate({ organizationId: ids['CB-2'], memberId: ids['Nguyễn Văn An'], level: 'GOOD' });
  await rate({ organizationId: ids['CB-2'], memberId: ids['Hoàng Văn Dũng'], level: 'EXCELLENT' });
  leader = await server.userWith('leader-vuthu', [{ role: 'LEADER', organizationId: ids.commune }]);
}, 120_000);
afterAll(async () => server?.close());

const CHILDREN = `query($id: ID!, $orderBy: OrganizationOrder, $first: Int, $after: String, $last: Int, $before: String, $asOf: Date) {
  organization(id: $id) { children(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, asOf: $asOf) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name code ratingLevel(year: 2023) stats { members } } } } }`;
const DESCENDANTS = `query($id: ID!, $orderBy: OrganizationOrder, $filter: DescendantFilter, $first: Int, $after: String) {
  organization(id: $id) { descendants(orderBy: $orderBy, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { name code } } } }`;
const MEMBERS = `query($id: ID!, $orderBy: MemberOrder, $filter: MemberFilterInput, $asOf: Date, $first: Int, $after: String, $last: Int, $before: String) {
  organization(id: $id) { members(orderBy: $orderBy, filter: $filter, asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { fullName cardNumber joinedOn status } } } }`;

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; nodes: Array<Record<string, unknown>> };

/** Every row, a page of `size` at a time, forward (first/after) and backward (last/before). */
async function walk(client: Client, query: string, field: 'children' | 'members' | 'descendants', variables: Record<string, unknown>, size: number) {
  const page = async (v: Record<string, unknown>): Promise<Page> => (await client.data(query, { ...variables, ...v })).organization[field];
  const forward: Array<Record<string, unknown>> = [];
  let after: string | null = null;
  for (;;) {
    const p: Page = await page({ first: size, after });
    forward.push(...p.nodes);
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  const backward: Array<Record<string, unknown>> = [];
  let before: string | null = null;
  for (;;) {
    const p: Page = await page({ last: size, before });
    backward.unshift(...p.nodes);
    if (!p.pageInfo.hasPreviousPage) break;
    before = p.pageInfo.startCursor;
  }
  return { forward, backward };
}

describe('Vietnamese order', () => {
  it('lists children by name in the alphabet’s letter and tone order, numbers by value', async () => {
    const asc = (await server.data(CHILDREN, { id: ids.commune })).organization.children.nodes.map((n: { name: string }) => n.name);
    expect(asc).toEqual(CELL_ORDER);
    const desc = (await server.data(CHILDREN, { id: ids.commune, orderBy: { field: 'NAME', direction: 'DESC' } })).organization.children.nodes.map((n: { name: string }) => n.name);
    expect(desc).toEqual([...CELL_ORDER].reverse());
  });

  it('lists members by given name, then middle name, then family name', async () => {
    const rows = (await server.data(MEMBERS, { id: ids['CB-2'], asOf: '2024-01-01' })).organization.members.nodes.map((n: { fullName: string }) => n.fullName);
    expect(rows).toEqual(PEOPLE_ORDER);
  });

  it('keeps the key on rename', async () => {
    await server.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, { input: { id: ids['CB-10'], name: 'Chi bộ Ấp Bắc' } });
    const names = (await server.data(CHILDREN, { id: ids.commune })).organization.children.nodes.map((n: { name: string }) => n.name);
    // "Ấp" (â) after "Ánh" (a) and before "thôn": Â comes after A whatever the tones.
    expect(names).toEqual(['Chi bộ 2', 'Chi bộ Anh Dũng', 'Chi bộ Ánh Dương', 'Chi bộ Ấp Bắc', 'Chi bộ thôn Dương Liễu', 'Chi bộ thôn Đồng Tâm']);
    await server.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, { input: { id: ids['CB-10'], name: 'Chi bộ 10' } });
  });
});

describe('orderBy and cursors', () => {
  it('orders children by members today and by their own rating, ties by id', async () => {
    const byMembers = (await server.data(CHILDREN, { id: ids.commune, orderBy: { field: 'MEMBER_COUNT', direction: 'DESC' } })).organization.children.nodes;
    const counts = byMembers.map((n: { stats: { members: number } }) => n.stats.members);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(byMembers.map((n: { code: string }) => n.code).slice(0, 3)).toEqual(['CB-2', 'CB-10', 'CB-ANHDUNG']);
    expect(counts.slice(0, 3)).toEqual([4, 2, 1]);
    const byRating = (await server.data(CHILDREN, { id: ids.commune, orderBy: { field: 'RATING', direction: 'DESC', year: 2023 } })).organization.children.nodes;
    expect(byRating.map((n: { ratingLevel: string | null }) => n.ratingLevel)).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', null, null, null]);
    // The default year of RATING is the year before the list's date.
    const lastYear = (await server.data(CHILDREN, { id: ids.commune, asOf: '2024-07-01', orderBy: { field: 'RATING', direction: 'DESC' } })).organization.children.nodes;
    expect(lastYear.map((n: { code: string }) => n.code)).toEqual(byRating.map((n: { code: string }) => n.code));
  });

  for (const orderBy of [
    { field: 'NAME' },
    { field: 'CODE', direction: 'DESC' },
    { field: 'MEMBER_COUNT', direction: 'ASC' },
    { field: 'RATING', direction: 'DESC', year: 2023 },
  ]) {
    it(`pages children by ${orderBy.field} ${orderBy.direction ?? ''}: every row once, both ways`, async () => {
      const whole = (await server.data(CHILDREN, { id: ids.commune, orderBy })).organization.children.nodes;
      const { forward, backward } = await walk(server, CHILDREN, 'children', { id: ids.commune, orderBy }, 4);
      expect(forward).toEqual(whole);
      expect(backward).toEqual(whole);
    });
  }

  for (const orderBy of [{ field: 'NAME' }, { field: 'CARD_NUMBER', direction: 'DESC' }, { field: 'JOINED_ON' }]) {
    for (const asOf of [null, '2024-01-01']) {
      it(`pages members by ${orderBy.field} ${orderBy.direction ?? ''} ${asOf ?? 'today'}: every row once, both ways`, async () => {
        const whole = (await server.data(MEMBERS, { id: ids.commune, orderBy, asOf })).organization.members.nodes;
        expect(whole.length).toBe(asOf ? 9 : 7);
        const { forward, backward } = await walk(server, MEMBERS, 'members', { id: ids.commune, orderBy, asOf }, 2);
        expect(forward).toEqual(whole);
        expect(backward).toEqual(whole);
        if (orderBy.field === 'JOINED_ON') {
          const dates = whole.map((n: { joinedOn: string }) => n.joinedOn);
          expect(dates).toEqual([...dates].sort());
        }
      });
    }
  }

  it('orders descendants by figure with their filters', async () => {
    const cells = (await server.data(DESCENDANTS, { id: ids.province, orderBy: { field: 'MEMBER_COUNT', direction: 'DESC' }, filter: { kind: 'CELL' } })).organization.descendants;
    expect(cells.totalCount).toBe(7);
    expect(cells.nodes[0].code).toBe('CB-2');
    const excellent = (await server.data(DESCENDANTS, { id: ids.province, orderBy: { field: 'NAME' }, filter: { year: 2023, ratingLevel: 'EXCELLENT' } })).organization.descendants;
    expect(excellent.nodes.map((n: { code: string }) => n.code)).toEqual(['CB-DONGTAM']);
    const search = (await server.data(DESCENDANTS, { id: ids.province, orderBy: { field: 'RATING', year: 2023 }, filter: { search: 'anh' } })).organization.descendants;
    expect(search.nodes.map((n: { code: string }) => n.code).sort()).toEqual(['CB-ANHDUNG', 'CB-ANHDUONG']);
  });

  it('refuses members order on a past date, bad years and foreign cursors', async () => {
    expectError(await server.gql(CHILDREN, { id: ids.commune, asOf: '2024-01-01', orderBy: { field: 'MEMBER_COUNT' } }), 'VALIDATION_FAILED', 'orderBy.field');
    expectError(await server.gql(CHILDREN, { id: ids.commune, orderBy: { field: 'RATING', year: 1800 } }), 'VALIDATION_FAILED', 'orderBy.year');
    const byName = (await server.data(CHILDREN, { id: ids.commune, first: 2 })).organization.children.pageInfo.endCursor;
    expectError(await server.gql(CHILDREN, { id: ids.commune, first: 2, after: byName, orderBy: { field: 'MEMBER_COUNT' } }), 'VALIDATION_FAILED', 'after');
  });
});

describe('members on a date, by status and rating', () => {
  it('lists a cell’s members of an earlier date with that day’s status', async () => {
    const then = (await server.data(MEMBERS, { id: ids['CB-2'], asOf: '2024-01-01' })).organization.members;
    expect(then.totalCount).toBe(6);
    expect(then.nodes.every((n: { status: string }) => n.status)).toBe(true);
    const now = (await server.data(MEMBERS, { id: ids['CB-2'] })).organization.members.nodes.map((n: { fullName: string }) => n.fullName);
    expect(now).toEqual(['Nguyễn Văn An', 'Vũ Thị Anh', 'Phạm Thị Ánh', 'Hoàng Văn Dũng']);
    // Before they joined the cell: nobody.
    expect((await server.data(MEMBERS, { id: ids['CB-2'], asOf: '2019-12-31' })).organization.members.totalCount).toBe(0);
  });

  it('filters by status (today and on a date) and by rating level and year', async () => {
    const exempt = (await server.data(MEMBERS, { id: ids.commune, filter: { status: ['EXEMPT'] } })).organization.members.nodes.map((n: { fullName: string }) => n.fullName);
    expect(exempt).toEqual(['Vũ Thị Anh']);
    // On 2024-01-01 she was still active.
    expect((await server.data(MEMBERS, { id: ids.commune, asOf: '2024-01-01', filter: { status: ['EXEMPT'] } })).organization.members.totalCount).toBe(0);
    const good = (await server.data(MEMBERS, { id: ids.commune, filter: { year: 2023, ratingLevel: 'GOOD' } })).organization.members.nodes.map((n: { fullName: string }) => n.fullName);
    expect(good).toEqual(['Nguyễn Văn An', 'Phạm Thị Ánh']);
    const figure = (await server.data(`query($id: ID!) { organization(id: $id) { ratingDistribution(year: 2023, subject: MEMBER) { levels { level count } } } }`, { id: ids.commune })).organization.ratingDistribution.levels;
    expect(figure.find((l: { level: string }) => l.level === 'GOOD').count).toBe(good.length);
    expectError(await server.gql(MEMBERS, { id: ids.commune, filter: { ratingLevel: 'GOOD' } }), 'VALIDATION_FAILED', 'filter.year');
  });

  it('never lists beyond the caller’s scope, whatever the date or filter', async () => {
    // The admin sees "Trần An" in the commune's past list; she is now in Kiến Xương.
    const all = (await server.data(MEMBERS, { id: ids.commune, asOf: '2024-01-01' })).organization.members.nodes.map((n: { fullName: string }) => n.fullName);
    expect(all).toContain('Trần An');
    expect(all).toContain('Lê Văn Đức');
    // The commune's leader: not the member now outside the scope; still the one who died here.
    const mine = (await leader.data(MEMBERS, { id: ids.commune, asOf: '2024-01-01' })).organization.members;
    const names = mine.nodes.map((n: { fullName: string }) => n.fullName);
    expect(names).not.toContain('Trần An');
    expect(names).toContain('Lê Văn Đức');
    expect(mine.totalCount).toBe(names.length);
    for (const orderBy of [{ field: 'MEMBER_COUNT' }, { field: 'RATING', year: 2023 }]) {
      const list = (await leader.data(DESCENDANTS, { id: ids.commune, orderBy })).organization.descendants;
      expect(list.totalCount).toBe(6);
      expect((await leader.data(DESCENDANTS, { id: ids.province, orderBy })).organization).toBeNull();
    }
  });
});

describe('figures of list rows', () => {
  it('gives each row its rating level and "4 good" in batched statements', async () => {
    const rows = (await server.data(`query($id: ID!) { organization(id: $id) { children(first: 50) { nodes { code ratingLevel(year: 2023) fourGoodWithin(year: 2023) { registered evaluated reached } } } } }`, { id: ids.commune })).organization.children.nodes;
    const byCode = Object.fromEntries(rows.map((r: { code: string }) => [r.code, r]));
    expect(byCode['CB-DONGTAM'].ratingLevel).toBe('EXCELLENT');
    expect(byCode['CB-2'].ratingLevel).toBeNull();
    expect(byCode['CB-2'].fourGoodWithin).toEqual({ registered: 0, evaluated: 0, reached: 0 });
  });
});
