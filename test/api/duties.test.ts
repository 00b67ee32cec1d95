import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, snapshot } from '../support/api.js';
import { createOrg } from '../support/factories.js';
import { startTestServer, type Client, type GraphQLResponse, type TestServer } from '../support/server.js';

/** Separation of duties in scoring: self scores and approval by different people; a changed score needs a note. */
let server: TestServer;
const ids: Record<string, string> = {};
let cellStaff: Client;
let blocA: Client;
let blocB: Client;
let tableId: string;

const GROUPS = [
  { code: 'I', title: 'Lãnh đạo' },
  { code: 'II', title: 'Sinh hoạt' },
];
const ITEMS = [
  { code: 'I.1', groupCode: 'I', text: 'Hoàn thành nhiệm vụ chính trị', kind: 'SCORED', maxPoints: 60 },
  { code: 'II.1', groupCode: 'II', text: 'Sinh hoạt định kỳ', kind: 'SCORED', maxPoints: 30 },
  { code: 'II.2', groupCode: 'II', text: 'Sinh hoạt chuyên đề', kind: 'YES_NO', maxPoints: 10 },
];
const FULL = [
  { itemCode: 'I.1', points: 55 },
  { itemCode: 'II.1', points: 30 },
  { itemCode: 'II.2', yes: true },
];
const A = `id status lockVersion total level`;

const saveScores = (client: Client, a: { id: string; lockVersion: number }, side: 'SELF' | 'REVIEW', scores: unknown[]) =>
  client.gql(`mutation($input: SaveScoresInput!) { saveScores(input: $input) { ${A} } }`, { input: { id: a.id, expectedVersion: a.lockVersion, side, scores } });
const step = (client: Client, name: 'submitAssessment' | 'approveAssessment', a: { id: string; lockVersion: number }) =>
  client.gql(`mutation($input: AssessmentTransitionInput!) { ${name}(input: $input) { ${A} } }`, { input: { id: a.id, expectedVersion: a.lockVersion } });
function ok(res: GraphQLResponse, field: string) {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data[field];
}
function expectReason(res: GraphQLResponse, code: string, field: string, reason: string) {
  expectError(res, code, field);
  expect(res.errors![0]!.extensions!.reason).toBe(reason);
}

beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-SD', name: 'Đảng bộ tỉnh', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1963-10-30' });
  ids.bloc = await createOrg(server, { code: 'K-SD', name: 'Đảng bộ Khối', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'BLOC', parentId: ids.province, foundedOn: '2006-08-01' });
  for (const n of [1, 2]) {
    ids[`cell${n}`] = await createOrg(server, { code: `CB-SD-${n}`, name: `Chi bộ số ${n}`, kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.bloc, foundedOn: '2010-01-01' });
  }
  cellStaff = await server.userWith('sd-cell', [{ role: 'STAFF', organizationId: ids.cell1 }]);
  blocA = await server.userWith('sd-bloc-a', [{ role: 'STAFF', organizationId: ids.bloc }]);
  blocB = await server.userWith('sd-bloc-b', [{ role: 'STAFF', organizationId: ids.bloc }]);
  const created = await server.data(`mutation($input: CreateCriteriaTableInput!) { createCriteriaTable(input: $input) { id lockVersion } }`, {
    input: { seriesCode: 'SD-4T', name: 'Bảng tiêu chí (ví dụ)', model: 'FOUR_GOOD_CELL', cellType: 'AGENCY', ownerId: ids.bloc, isExample: true },
  });
  const saved = await server.data(`mutation($input: SaveCriteriaTableInput!) { saveCriteriaTable(input: $input) { table { id lockVersion } } }`, {
    input: { id: created.createCriteriaTable.id, expectedVersion: created.createCriteriaTable.lockVersion, groups: GROUPS, items: ITEMS },
  });
  const t = saved.saveCriteriaTable.table;
  await server.data(`mutation($input: PublishCriteriaTableInput!) { publishCriteriaTable(input: $input) { id } }`, { input: { id: t.id, expectedVersion: t.lockVersion } });
  tableId = t.id;
});
afterAll(async () => server?.close());

async function open(client: Client, cell: string) {
  return client.data(`mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { ${A} } }`, { input: { organizationId: ids[cell], tableId, period: '2024' } }).then((d) => d.createAssessment);
}

describe('separation of duties', () => {
  it('whoever entered the self scores may not review or approve them; a colleague may', async () => {
    // The bloc's staff may edit the cell, so A can score it for the cell — and then may not approve it.
    let a = await open(blocA, 'cell2');
    a = ok(await saveScores(blocA, a, 'SELF', FULL), 'saveScores');
    a = ok(await step(blocA, 'submitAssessment', a), 'submitAssessment');
    const before = await snapshot(server);
    expectReason(await saveScores(blocA, a, 'REVIEW', [{ itemCode: 'I.1', points: 50, note: 'Thiếu minh chứng' }]), 'FORBIDDEN', 'input.id', 'SAME_PERSON_SELF_AND_APPROVE');
    expectReason(await step(blocA, 'approveAssessment', a), 'FORBIDDEN', 'input.id', 'SAME_PERSON_SELF_AND_APPROVE');
    expect(await snapshot(server)).toBe(before);
    a = ok(await step(blocB, 'approveAssessment', a), 'approveAssessment');
    expect(a).toMatchObject({ status: 'APPROVED', total: 95 });
  });

  it('a reviewer who changes a self score must say why; keeping it or changing it with a note is fine', async () => {
    let a = await open(cellStaff, 'cell1');
    a = ok(await saveScores(cellStaff, a, 'SELF', FULL), 'saveScores');
    a = ok(await step(cellStaff, 'submitAssessment', a), 'submitAssessment');

    const before = await snapshot(server);
    expectReason(await saveScores(blocA, a, 'REVIEW', [{ itemCode: 'II.1', points: 30 }, { itemCode: 'I.1', points: 50 }]), 'VALIDATION_FAILED', 'input.scores[1].note', 'REVIEW_CHANGE_NEEDS_NOTE');
    expectReason(await saveScores(blocA, a, 'REVIEW', [{ itemCode: 'II.2', yes: false, note: '   ' }]), 'VALIDATION_FAILED', 'input.scores[0].note', 'REVIEW_CHANGE_NEEDS_NOTE');
    expect(await snapshot(server)).toBe(before);

    // The same score as the unit's needs no note; a change with a note is taken.
    a = ok(await saveScores(blocA, a, 'REVIEW', [{ itemCode: 'II.1', points: 30 }, { itemCode: 'I.1', points: 50, note: 'Chưa hoàn thành chỉ tiêu quý IV' }]), 'saveScores');
    a = ok(await step(blocA, 'approveAssessment', a), 'approveAssessment');
    expect(a).toMatchObject({ status: 'APPROVED', total: 90 });
    const scores = await server.orm.em.fork().getConnection().execute(`select review_points, review_note from assessment_score s join criteria_item i on i.id = s.item_id where i.code = 'I.1' and s.assessment_id = (select max(id) from assessment)`);
    expect(scores[0]).toMatchObject({ review_note: 'Chưa hoàn thành chỉ tiêu quý IV' });
  });
});
