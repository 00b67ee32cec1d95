import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectNull, snapshot } from '../support/api.js';
import { createOrg } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
let analystA: Client;
let analystB: Client;
let national: Client;
let leaderA: Client;

beforeAll(async () => {
  server = await startTestServer();
  ids.p = await createOrg(server, { code: 'T-P', name: 'Đảng bộ tỉnh Thử', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1950-01-01' });
  ids.A = await createOrg(server, { code: 'D-A', name: 'Huyện ủy A', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.p });
  ids.B = await createOrg(server, { code: 'D-B', name: 'Huyện ủy B', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.p });
  analystA = await server.userWith('analyst-a', [{ role: 'ANALYST', organizationId: ids.A }]);
  analystB = await server.userWith('analyst-b', [{ role: 'ANALYST', organizationId: ids.B }]);
  national = await server.userWith('analyst-vn', [{ role: 'ANALYST', organizationId: null }]);
  leaderA = await server.userWith('leader-a', [{ role: 'LEADER', organizationId: ids.A }]);
});
afterAll(async () => server?.close());

const SAVE = `mutation($input: SaveQueryInput!) { saveQuery(input: $input) { id name shared ownerName } }`;
const LIST = `{ savedQueries { nodes { name ownerName } } }`;

describe('saved queries', () => {
  it('are private or shared within the owner’s scope, and only their owner changes them', async () => {
    const shared = (await analystA.data(SAVE, { input: { name: 'Đảng viên theo giới tính', query: '{ organization(code: "D-A") { memberCounts(groupBy: [GENDER]) { gender count } } }', shared: true } })).saveQuery;
    await analystA.data(SAVE, { input: { name: 'Nháp riêng', query: '{ viewer { user { username } } }' } });
    expect((await analystA.data(LIST)).savedQueries.nodes.map((n: { name: string }) => n.name)).toEqual(['Nháp riêng', 'Đảng viên theo giới tính']);
    expect((await national.data(LIST)).savedQueries.nodes).toEqual([{ name: 'Đảng viên theo giới tính', ownerName: 'analyst-a' }]);
    expect((await analystB.data(LIST)).savedQueries.nodes).toEqual([]);
    expectError(await leaderA.gql(LIST), 'FORBIDDEN');

    const before = await snapshot(server);
    expectError(await national.gql(SAVE, { input: { id: shared.id, name: 'Đổi tên', query: '{ viewer { user { username } } }' } }), 'FORBIDDEN', 'input.id');
    expectError(await analystA.gql(SAVE, { input: { name: 'Sai', query: '{ organization(' } }), 'VALIDATION_FAILED', 'input.query');
    expectError(await analystA.gql(SAVE, { input: { name: 'Sai biến', query: '{ viewer { user { username } } }', variables: '[1,2]' } }), 'VALIDATION_FAILED', 'input.variables');
    expectError(await analystA.gql(SAVE, { input: { name: ' ', query: '{ viewer { user { username } } }' } }), 'VALIDATION_FAILED', 'input.name');
    expect(await snapshot(server)).toBe(before);

    // Running a shared query uses the runner's scope: district A does not exist for analyst B.
    expectNull(await analystB.gql('{ organization(code: "D-A") { memberCounts(groupBy: [GENDER]) { gender count } } }'));
    expect(await analystA.data(`mutation($id: ID!) { deleteSavedQuery(id: $id) }`, { id: shared.id })).toEqual({ deleteSavedQuery: true });
  });
});
