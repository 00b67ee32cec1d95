import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, snapshot } from '../support/api.js';
import { createOrg } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

/** recordRating: the level against the score bands, and replacing a rating under an optimistic lock. */
let server: TestServer;
let bloc: Client;
const ids: Record<string, string> = {};

const RECORD = `mutation($input: RecordRatingInput!) { recordRating(input: $input) { year level points lockVersion fromAssessment } }`;
const RATINGS = `query($id: ID!) { node(id: $id) { ... on Organization { ratings { year level points lockVersion } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-RR', name: 'Đảng bộ tỉnh', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1963-10-30' });
  ids.bloc = await createOrg(server, { code: 'K-RR', name: 'Đảng bộ Khối', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'BLOC', parentId: ids.province, foundedOn: '2006-08-01' });
  for (const n of [1, 2, 3]) {
    ids[`cell${n}`] = await createOrg(server, { code: `CB-RR-${n}`, name: `Chi bộ số ${n}`, kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.bloc, foundedOn: '2010-01-01' });
  }
  bloc = await server.userWith('rr-bloc', [{ role: 'STAFF', organizationId: ids.bloc }]);
});
afterAll(async () => server?.close());

describe('recordRating', () => {
  it('refuses a level above the band its points reach, and changes nothing', async () => {
    const before = await snapshot(server);
    const res = await bloc.gql(RECORD, { input: { organizationId: ids.cell1, year: 2024, level: 'EXCELLENT', points: 40 } });
    expectError(res, 'VALIDATION_FAILED', 'input.level');
    expect(res.errors![0]!.extensions!.reason).toBe('LEVEL_ABOVE_BANDS');
    expectError(await bloc.gql(RECORD, { input: { organizationId: ids.cell1, year: 2024, level: 'GOOD', points: 69.99 } }), 'VALIDATION_FAILED', 'input.level');
    expect(await snapshot(server)).toBe(before);
    expect((await bloc.data(RATINGS, { id: ids.cell1 })).node.ratings).toEqual([]);
  });

  it('accepts a level at or below its band (a veto lowers a level), and one without points', async () => {
    expect((await bloc.data(RECORD, { input: { organizationId: ids.cell1, year: 2024, level: 'EXCELLENT', points: 90 } })).recordRating).toMatchObject({ level: 'EXCELLENT', points: 90, lockVersion: 1 });
    expect((await bloc.data(RECORD, { input: { organizationId: ids.cell2, year: 2024, level: 'GOOD', points: 96 } })).recordRating).toMatchObject({ level: 'GOOD', points: 96 });
    expect((await bloc.data(RECORD, { input: { organizationId: ids.cell3, year: 2024, level: 'EXCELLENT' } })).recordRating).toMatchObject({ level: 'EXCELLENT', points: null });
  });

  it('replaces an existing rating only with its current version: missing or stale is a CONFLICT that changes nothing', async () => {
    const first = (await bloc.data(RECORD, { input: { organizationId: ids.cell1, year: 2023, level: 'GOOD', points: 80 } })).recordRating;
    expect(first.lockVersion).toBe(1);

    const before = await snapshot(server);
    const silent = await bloc.gql(RECORD, { input: { organizationId: ids.cell1, year: 2023, level: 'COMPLETED', points: 60 } });
    expectError(silent, 'CONFLICT', 'input.expectedVersion');
    expect(silent.errors![0]!.extensions!.reason).toBe('RATING_EXISTS');
    expect(await snapshot(server)).toBe(before);

    // Two editors read version 1; the first replaces it, the second is stale.
    const replaced = (await bloc.data(RECORD, { input: { organizationId: ids.cell1, year: 2023, level: 'COMPLETED', points: 60, expectedVersion: 1 } })).recordRating;
    expect(replaced).toMatchObject({ level: 'COMPLETED', points: 60, lockVersion: 2 });
    const afterFirst = await snapshot(server);
    const stale = await bloc.gql(RECORD, { input: { organizationId: ids.cell1, year: 2023, level: 'EXCELLENT', points: 95, expectedVersion: 1 } });
    expectError(stale, 'CONFLICT', 'input.expectedVersion');
    expect(stale.errors![0]!.extensions!.reason).toBe('STALE_VERSION');
    expect(await snapshot(server)).toBe(afterFirst);

    const ratings = (await bloc.data(RATINGS, { id: ids.cell1 })).node.ratings;
    expect(ratings.find((r: { year: number }) => r.year === 2023)).toEqual({ year: 2023, level: 'COMPLETED', points: 60, lockVersion: 2 });
    // The audit log keeps the replaced values.
    const audit = await server.orm.em.fork().getConnection().execute(`select before, after from audit_entry where action = 'recordRating' order by id desc limit 1`);
    expect(JSON.stringify(audit[0].before)).toMatch(/GOOD/);
  });

  it('checks against the bands of the published rating table it names', async () => {
    const created = await server.data(`mutation($input: CreateCriteriaTableInput!) { createCriteriaTable(input: $input) { id lockVersion } }`, {
      input: { seriesCode: 'RR-XL', name: 'Bảng xếp loại tổ chức (ví dụ)', model: 'ORGANIZATION_RATING', ownerId: ids.bloc, isExample: true },
    });
    const saved = await server.data(`mutation($input: SaveCriteriaTableInput!) { saveCriteriaTable(input: $input) { table { id lockVersion } } }`, {
      input: {
        id: created.createCriteriaTable.id,
        expectedVersion: created.createCriteriaTable.lockVersion,
        outcome: { bands: { top: 85, second: 70, third: 50 } },
        groups: [{ code: 'A', title: 'Nhiệm vụ' }],
        items: [{ code: 'A.1', groupCode: 'A', text: 'Hoàn thành nhiệm vụ', kind: 'SCORED', maxPoints: 100 }],
      },
    });
    const draft = saved.saveCriteriaTable.table;
    const withDraft = await bloc.gql(RECORD, { input: { organizationId: ids.cell2, year: 2022, level: 'EXCELLENT', points: 86, tableId: draft.id } });
    expectError(withDraft, 'VALIDATION_FAILED', 'input.tableId');
    await server.data(`mutation($input: PublishCriteriaTableInput!) { publishCriteriaTable(input: $input) { id } }`, { input: { id: draft.id, expectedVersion: draft.lockVersion } });
    // 86 is excellent under this table (from 85), not under the default bands (from 90).
    expectError(await bloc.gql(RECORD, { input: { organizationId: ids.cell2, year: 2022, level: 'EXCELLENT', points: 86 } }), 'VALIDATION_FAILED', 'input.level');
    expect((await bloc.data(RECORD, { input: { organizationId: ids.cell2, year: 2022, level: 'EXCELLENT', points: 86, tableId: draft.id } })).recordRating).toMatchObject({ level: 'EXCELLENT', points: 86 });
    expectError(await bloc.gql(RECORD, { input: { organizationId: ids.cell3, year: 2022, level: 'EXCELLENT', points: 84, tableId: draft.id } }), 'VALIDATION_FAILED', 'input.level');
  });

  it('is checked before the version: a bad level on a replacement is VALIDATION_FAILED', async () => {
    const res = await bloc.gql(RECORD, { input: { organizationId: ids.cell1, year: 2023, level: 'EXCELLENT', points: 10, expectedVersion: 2 } });
    expectError(res, 'VALIDATION_FAILED', 'input.level');
  });
});
