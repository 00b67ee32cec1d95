import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrg, globalId } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

/**
 * graphql-jit (issue #14, graphql/jit-executor.ts) answers exactly as graphql-js: two servers,
 * one compiling every query at its first run (FOURGOOD_GRAPHQL_JIT=1) and one without jit (0), get the same data made in the same
 * order (so the same ids), and every request below must get the same body from both — data,
 * errors (messages, paths, locations, extensions.code) and the statement count — as admin, as a
 * scoped staff member (the scope guard nulls, drops or refuses what lies outside) and anonymous.
 */

interface Pair {
  jit: TestServer;
  js: TestServer;
}
let servers: Pair;
const clients: Record<string, { jit: Client; js: Client }> = {};
const ids: Record<string, string> = {};

async function fixture(server: TestServer): Promise<Record<string, string>> {
  const made: Record<string, string> = {};
  made.p = await createOrg(server, { code: 'J-P', name: 'Đảng bộ tỉnh Jit', kind: 'PROVINCIAL_COMMITTEE' });
  made.q = await createOrg(server, { code: 'J-Q', name: 'Đảng bộ tỉnh Khác', kind: 'PROVINCIAL_COMMITTEE' });
  made.commune = await createOrg(server, { code: 'J-X', name: 'Đảng bộ xã Jit', kind: 'GRASSROOTS_COMMITTEE', parentId: made.p, foundedOn: '1995-01-01' });
  made.cell = await createOrg(server, { code: 'J-C', name: 'Chi bộ thôn Jit', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: made.commune, foundedOn: '2000-01-01' });
  made.communeQ = await createOrg(server, { code: 'J-XQ', name: 'Đảng bộ xã Khác', kind: 'GRASSROOTS_COMMITTEE', parentId: made.q, foundedOn: '1995-01-01' });
  made.cellQ = await createOrg(server, { code: 'J-CQ', name: 'Chi bộ thôn Khác', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: made.communeQ, foundedOn: '2000-01-01' });
  made.an = await createMember(server, { organizationId: made.cell, fullName: 'Nguyễn Văn An', since: '2019-01-01' });
  made.binh = await createMember(server, { organizationId: made.cell, fullName: 'Trần Thị Bình', gender: 'FEMALE', since: '2019-01-01' });
  made.khac = await createMember(server, { organizationId: made.cellQ, fullName: 'Lê Văn Khác', since: '2019-01-01' });
  // A member of p's cell moved to q's cell: his history names a cell the staff of p may not see.
  await server.data(`mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }`, { input: { id: made.binh, organizationId: made.cellQ, effectiveOn: '2024-01-01' } });
  return made;
}

beforeAll(async () => {
  const [jit, js] = await Promise.all([startTestServer({ config: { graphqlJit: 1 } }), startTestServer({ config: { graphqlJit: 0 } })]);
  servers = { jit, js };
  const made = await Promise.all([fixture(jit), fixture(js)]);
  expect(made[0]).toEqual(made[1]);
  Object.assign(ids, made[0]);
  clients.admin = { jit, js };
  clients.anonymous = { jit: jit.anonymous, js: js.anonymous };
  const staff = await Promise.all([jit, js].map((s) => s.userWith('jit-staff', [{ role: 'STAFF', organizationId: ids.p }])));
  clients.staff = { jit: staff[0]!, js: staff[1]! };
});

afterAll(async () => {
  await Promise.all([servers?.jit.close(), servers?.js.close()]);
});

/** The same request to both servers: the bodies must be equal; returns the jit one. */
async function same(who: keyof typeof clients, query: string, variables?: Record<string, unknown>) {
  const [a, b] = [await clients[who]!.jit.gql(query, variables), await clients[who]!.js.gql(query, variables)];
  expect(a, `${who}: ${query} ${JSON.stringify(variables)}`).toEqual(b);
  return a;
}

describe('graphql-jit answers as graphql-js', () => {
  it('abstract types through node, fragments, __typename, aliases, enums, directives', async () => {
    const q = `query Q($id: ID!, $other: ID!, $yes: Boolean!) {
      a: node(id: $id) { __typename id ...Org }
      b: node(id: $other) { __typename ... on Member { fullName gender status position organization { code } memberships { organizationName organization { code } validFrom validTo } } }
      skipped: node(id: $id) @skip(if: $yes) { id }
      kept: node(id: $id) @include(if: $yes) { id }
    }
    fragment Org on Organization { code name kind ancestors { code kind } children(first: 5) { totalCount nodes { __typename code kind } pageInfo { hasNextPage endCursor } } }`;
    for (const who of ['admin', 'staff'] as const) {
      const res = await same(who, q, { id: ids.commune, other: ids.binh, yes: true });
      expect(res.errors).toBeUndefined();
    }
    const res = await same('admin', q, { id: ids.commune, other: ids.binh, yes: true });
    expect(res.data.a.__typename).toBe('Organization');
    expect(res.data.skipped).toBeUndefined();
  });

  it('the scope guard: nulls, dropped list items and NOT_FOUND on non-null fields, with error paths', async () => {
    // Outside the staff member's scope: q, its cell and its member; Bình now lives in q's cell.
    for (const id of [ids.q, ids.cellQ, ids.khac, ids.binh, ids.an, globalId('Organization', 987654)]) {
      await same('staff', `query($id: ID!) { node(id: $id) { id ... on Organization { code children(first: 3) { nodes { code } } } ... on Member { fullName organization { code } } } }`, { id });
    }
    await same('staff', `{ provinces(first: 10) { totalCount nodes { code } } }`);
    await same('staff', `query($id: ID!) { member(id: $id) { fullName memberships { organizationName organization { code } } } }`, { id: ids.an });
    await same('staff', `query($code: String) { organization(code: $code) { code } }`, { code: 'J-CQ' });
  });

  it('errors bubble to the nearest nullable parent the same way (messages, paths, codes)', async () => {
    // A page size out of range on a non-null connection: node (nullable) becomes null.
    const nested = await same('admin', `query($id: ID!) { node(id: $id) { ... on Organization { code children(first: -1) { totalCount } } } other: node(id: $id) { id } }`, { id: ids.p });
    expect(nested.errors?.[0]?.path).toEqual(['node', 'children']);
    expect(nested.data.node).toBeNull();
    // At the root: data becomes null.
    const root = await same('admin', `{ provinces(first: -1) { totalCount } }`);
    expect(root.data).toBeNull();
    // Inside a list of non-null items: one error per item, the list's nearest nullable parent is null.
    await same('admin', `{ provinces(first: 10) { nodes { code children(first: -1) { totalCount } } } }`);
    // A forged cursor (a typed error thrown deep in a service).
    await same('admin', `query($id: ID!) { node(id: $id) { ... on Organization { children(after: "bm90IGEgY3Vyc29y") { totalCount } } } }`, { id: ids.p });
  });

  it('variables: coercion errors of graphql-js (BAD_USER_INPUT and the Date scalar), defaults, nulls in lists', async () => {
    await same('admin', `query($id: ID!) { node(id: $id) { id } }`, {});
    await same('admin', `query($id: ID!) { node(id: $id) { id } }`, { id: 12 });
    await same('admin', `query($asOf: Date) { provinces(asOf: $asOf) { totalCount } }`, { asOf: '2024-02-30' });
    await same('admin', `query($asOf: Date) { provinces(asOf: $asOf) { totalCount } }`, { asOf: 20240101 });
    await same('admin', `query($asOf: Date = "2024-01-01") { provinces(asOf: $asOf) { totalCount nodes { code } } }`);
    await same('admin', `query($n: Int) { provinces(first: $n) { totalCount } }`, { n: 'ten' });
    await same('admin', `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, { input: { organizationId: ids.cell, fullName: 'X', gender: 'UNKNOWN', birthDate: '1980-01-01', joinedOn: '2000-01-01', position: 'MEMBER', cardNumber: 'J000001', since: '2019-01-01' } });
    await same('admin', `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, { input: { organizationId: ids.cell, fullName: 'X', gender: 'MALE', birthDate: '1980-13-01', joinedOn: '2000-01-01', position: 'MEMBER', cardNumber: 'J000001', since: '2019-01-01' } });
    await same('admin', `query($id: ID!) { node(id: $id) { id } }`, { id: null });
  });

  it('operations: names, several in one document, mutations with typed errors, stats with lists and enums', async () => {
    const two = `query A { provinces(first: 1) { nodes { code } } } query B { viewer { username } }`;
    await same('admin', two);
    const res = await fetch(`${servers.jit.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: servers.jit.cookie }, body: JSON.stringify({ query: two, operationName: 'B' }) });
    const other = await fetch(`${servers.js.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: servers.js.cookie }, body: JSON.stringify({ query: two, operationName: 'B' }) });
    expect(res.status).toBe(other.status);
    expect(await res.json()).toEqual(await other.json());
    for (const operationName of ['C', undefined]) {
      const [x, y] = await Promise.all(
        [servers.jit, servers.js].map((s) => fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie }, body: JSON.stringify({ query: two, operationName }) })),
      );
      expect(x!.status).toBe(y!.status);
      expect(await x!.json()).toEqual(await y!.json());
    }
    // A typed error from a service (NOT_FOUND on an input field), then FORBIDDEN for the staff member outside their scope.
    await same('admin', `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, { input: { id: globalId('Member', 987654), fullName: 'Không có' } });
    await same('staff', `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, { input: { id: ids.khac, fullName: 'Ngoài phạm vi' } });
    await same('anonymous', `{ viewer { username } provinces { totalCount } }`);
    await same('staff', `query($id: ID!) { node(id: $id) { ... on Organization { stats { organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } }`, { id: ids.p });
  });

  it('introspection (the query workspace) and the same document many times (compiled once)', async () => {
    const q = `{ __schema { queryType { name } types { name kind fields(includeDeprecated: true) { name type { name kind ofType { name kind } } } enumValues { name } } } __type(name: "Organization") { name interfaces { name } } }`;
    await same('admin', q);
    await same('staff', q);
    for (let i = 0; i < 3; i += 1) await same('admin', `query($id: ID!) { node(id: $id) { ... on Organization { code } } }`, { id: [ids.p, ids.q, ids.cell][i] });
  });
});
