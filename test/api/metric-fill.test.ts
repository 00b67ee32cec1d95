import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oversightCompliance } from '@fourgood/rules';
import { expectError, snapshot } from '../support/api.js';
import { assignOversight, createMember, createOrg, publishedCriteriaTable, recordMeeting, type AttendanceStatus as Status, type MeetingFactoryInput } from '../support/factories.js';
import { startTestServer, type Client, type GraphQLResponse, type TestServer } from '../support/server.js';

/*
 * Scoring from data: criteria items bound to a metric are filled from the recorded meetings when
 * an assessment opens; departing from the data needs a note; meeting quality is scored per meeting.
 *
 * Tỉnh Đắk Thử (province)
 *   Đảng bộ phường Hòa Thuận (commune committee) — its committee members follow the cells
 *     Chi bộ khu phố 1 (A): 4 members; 2023: a regular meeting every month, a thematic part each quarter
 *     Chi bộ khu phố 2 (B): 4 members; 2023: no meeting in July, no thematic part in Q3, 8 absences (2 without reason)
 * cellA / cellB: staff of each cell (score themselves); commune: staff of the commune (reviews the cells).
 */
let server: TestServer;
const ids: Record<string, string> = {};
let cellA: Client;
let cellB: Client;
let commune: Client;

const GROUPS = [
  { code: 'I', title: 'Lãnh đạo thực hiện tốt nhiệm vụ chính trị' },
  { code: 'II', title: 'Chất lượng sinh hoạt tốt' },
  { code: 'III', title: 'Đoàn kết, kỷ luật tốt' },
  { code: 'IV', title: 'Cán bộ, đảng viên tốt' },
];
const FOUR_GOOD_ITEMS = [
  { code: 'I.1', groupCode: 'I', kind: 'SCORED', maxPoints: 25, text: 'Lãnh đạo hoàn thành nhiệm vụ chính trị' },
  { code: 'II.1', groupCode: 'II', kind: 'SCORED', maxPoints: 10, text: 'Sinh hoạt định kỳ đủ 12 kỳ/năm', metric: 'regular_meetings_held' },
  { code: 'II.2', groupCode: 'II', kind: 'SCORED', maxPoints: 5, text: 'Sinh hoạt chuyên đề mỗi quý', metric: 'thematic_meetings_held' },
  { code: 'II.3', groupCode: 'II', kind: 'SCORED', maxPoints: 5, text: 'Tỷ lệ đảng viên dự sinh hoạt từ 85% trở lên', metric: 'attendance_rate' },
  { code: 'II.4', groupCode: 'II', kind: 'YES_NO', maxPoints: 5, text: 'Các buổi sinh hoạt đều được xếp loại tốt', metric: 'meetings_rated_good' },
  { code: 'III.1', groupCode: 'III', kind: 'SCORED', maxPoints: 25, text: 'Nội bộ đoàn kết, thống nhất' },
  { code: 'IV.1', groupCode: 'IV', kind: 'SCORED', maxPoints: 25, text: 'Đảng viên hoàn thành tốt nhiệm vụ' },
  { code: 'D.1', groupCode: 'III', kind: 'DEDUCTION', maxPoints: 5, text: 'Đảng viên vắng sinh hoạt không lý do', metric: 'unexcused_absences' },
];
const COMMITTEE_ITEMS = [
  { code: 'I.1', groupCode: 'I', kind: 'SCORED', maxPoints: 90, text: 'Lãnh đạo hoàn thành nhiệm vụ chính trị' },
  { code: 'II.1', groupCode: 'II', kind: 'SCORED', maxPoints: 10, text: 'Cấp ủy viên phụ trách dự sinh hoạt chi bộ đủ số lần', metric: 'oversight_compliance' },
];
const MEETING_ITEMS = [
  { code: 'M.1', groupCode: 'M', kind: 'SCORED', maxPoints: 20, text: 'Dự họp trên 85%, không ai vắng không lý do', metric: 'meeting_attendance' },
  { code: 'M.2', groupCode: 'M', kind: 'SCORED', maxPoints: 20, text: 'Thời gian ít nhất 90 phút (120 nếu có chuyên đề)', metric: 'meeting_duration' },
  { code: 'M.3', groupCode: 'M', kind: 'YES_NO', maxPoints: 20, text: 'Có dự thảo nghị quyết', metric: 'draft_resolution' },
  { code: 'M.4', groupCode: 'M', kind: 'YES_NO', maxPoints: 20, text: 'Biên bản ghi đầy đủ', metric: 'full_minutes' },
  { code: 'M.5', groupCode: 'M', kind: 'SCORED', maxPoints: 20, text: 'Nội dung thiết thực, nhiều ý kiến phát biểu' },
];

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
const THEMATIC_MONTHS = new Set(['02', '05', '08', '11']);

/** A cell's meeting on the 5th of `month` 2023, all four members present unless `absent` says otherwise. */
function cellMeeting(cell: 'A' | 'B', month: string, absent: Record<string, Status> = {}, more: Partial<MeetingFactoryInput> = {}): Promise<string> {
  const members = [1, 2, 3, 4].map((n) => `${cell.toLowerCase()}${n}`);
  return recordMeeting(server, {
    organizationId: ids[`cell${cell}`]!,
    kind: THEMATIC_MONTHS.has(month) ? 'REGULAR_WITH_THEMATIC' : 'REGULAR',
    date: `2023-${month}-05`,
    attendance: Object.fromEntries(members.map((m) => [ids[m]!, absent[m] ?? 'PRESENT'])),
    reason: 'Đi công tác',
    ...more,
  });
}

function saveTable(seriesCode: string, model: string, groups: unknown[], items: unknown[]): Promise<string> {
  return publishedCriteriaTable(server, { seriesCode, model, ownerId: ids.province!, groups, items });
}

beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-DT', name: 'Đảng bộ tỉnh Đắk Thử', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' });
  ids.commune = await createOrg(server, { code: 'P-HT', name: 'Đảng bộ phường Hòa Thuận', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.province, foundedOn: '1995-01-01' });
  ids.cellA = await createOrg(server, { code: 'CB-KP1', name: 'Chi bộ khu phố 1', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '2000-01-01' });
  ids.cellB = await createOrg(server, { code: 'CB-KP2', name: 'Chi bộ khu phố 2', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '2000-01-01' });
  for (const cell of ['a', 'b']) {
    for (const n of [1, 2, 3, 4]) ids[`${cell}${n}`] = await createMember(server, { organizationId: ids[`cell${cell.toUpperCase()}`]!, fullName: `Đảng viên ${cell.toUpperCase()}${n}` });
  }
  // Two members of the commune committee follow the cells in 2023 (2 activities a year each).
  const assign = (org: string, fullName: string) =>
    assignOversight(server, { organizationId: ids[org]!, committeeId: ids.commune!, fullName, title: 'Phó Bí thư Đảng ủy phường', fromDate: '2023-01-01', toDate: '2023-12-31' });
  ids.assignA = await assign('cellA', 'Bùi Văn Khải');
  ids.assignB = await assign('cellB', 'Ngô Thị Lụa');

  // Cell A: every month, a thematic part each quarter, one absence with reason; Khải attends twice.
  for (const month of MONTHS) {
    const guests = month === '02' || month === '05' ? { guestAssignmentIds: [ids.assignA!] } : {};
    ids[`A-${month}`] = await cellMeeting('A', month, month === '03' ? { a4: 'EXCUSED' } : {}, guests);
  }
  // Cell B: no meeting in July (and so no thematic part in Q3); 8 absences, 2 of them without reason; Lụa never comes.
  const absencesB: Record<string, Record<string, Status>> = {
    '01': { b1: 'UNEXCUSED' },
    '02': { b2: 'EXCUSED' },
    '03': { b1: 'EXCUSED', b2: 'EXCUSED' },
    '04': { b3: 'EXCUSED' },
    '05': { b4: 'UNEXCUSED' },
    '06': { b1: 'EXCUSED' },
    '08': { b2: 'EXCUSED' },
  };
  for (const month of MONTHS.filter((m) => m !== '07')) {
    ids[`B-${month}`] = await cellMeeting('B', month, absencesB[month], month === '01' ? { extra: { fullMinutes: false } } : month === '08' ? { kind: 'REGULAR' } : {});
  }

  ids.fourGood = await saveTable('DT-4T-CB', 'FOUR_GOOD_CELL', GROUPS, FOUR_GOOD_ITEMS);
  ids.committeeTable = await saveTable('DT-4T-DBCS', 'FOUR_GOOD_COMMITTEE', GROUPS.slice(0, 2), COMMITTEE_ITEMS);
  ids.meetingTable = await saveTable('DT-CLSH', 'MEETING_QUALITY', [{ code: 'M', title: 'Chất lượng buổi sinh hoạt' }], MEETING_ITEMS);

  cellA = await server.userWith('staff-kp1', [{ role: 'STAFF', organizationId: ids.cellA }]);
  cellB = await server.userWith('staff-kp2', [{ role: 'STAFF', organizationId: ids.cellB }]);
  commune = await server.userWith('staff-ht', [{ role: 'STAFF', organizationId: ids.commune }]);
}, 180_000);
afterAll(async () => server?.close());

const A = `id status lockVersion period total level fourGood
  meeting { id date quality }
  scores { itemCode selfPoints selfYes selfNote reviewPoints reviewYes reviewNote selfOverridden reviewOverridden metric { code value target points yes explanation detail } }
  selfResult { total level complete explanation }
  finalResult { total level fourGood explanation }`;

interface Score {
  itemCode: string;
  selfPoints: number | null;
  selfYes: boolean | null;
  selfNote: string | null;
  reviewPoints: number | null;
  reviewYes: boolean | null;
  reviewNote: string | null;
  selfOverridden: boolean;
  reviewOverridden: boolean;
  metric: { code: string; value: number | null; target: number | null; points: number | null; yes: boolean | null; explanation: string; detail: Record<string, unknown> } | null;
}

const create = (client: Client, input: Record<string, unknown>) => client.gql(`mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { ${A} } }`, { input });
const saveScores = (client: Client, a: { id: string; lockVersion: number }, side: 'SELF' | 'REVIEW', scores: unknown[]) =>
  client.gql(`mutation($input: SaveScoresInput!) { saveScores(input: $input) { ${A} } }`, { input: { id: a.id, expectedVersion: a.lockVersion, side, scores } });
const step = (client: Client, name: 'submitAssessment' | 'approveAssessment', a: { id: string; lockVersion: number }) =>
  client.gql(`mutation($input: AssessmentTransitionInput!) { ${name}(input: $input) { ${A} } }`, { input: { id: a.id, expectedVersion: a.lockVersion } });

function ok<T = any>(res: GraphQLResponse, key: string): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data[key];
}

const byItem = (a: { scores: Score[] }) => Object.fromEntries(a.scores.map((s) => [s.itemCode, s]));

function expectReason(res: GraphQLResponse, code: string, field: string, reason: string): void {
  expectError(res, code, field);
  expect(res.errors![0]!.extensions?.reason, JSON.stringify(res.errors)).toBe(reason);
}

describe('binding items to metrics', () => {
  it('refuses an unknown metric, or a metric of the wrong family, when the table is saved, naming the item', async () => {
    const table = (await server.data(`mutation($input: CreateCriteriaTableInput!) { createCriteriaTable(input: $input) { id lockVersion } }`, {
      input: { seriesCode: 'DT-SAI', name: 'Bảng sai chỉ số', model: 'FOUR_GOOD_CELL', ownerId: ids.province },
    })).createCriteriaTable;
    const save = (items: unknown[]) =>
      server.gql(`mutation($input: SaveCriteriaTableInput!) { saveCriteriaTable(input: $input) { problems { code } } }`, { input: { id: table.id, expectedVersion: table.lockVersion, groups: GROUPS, items } });
    const before = await snapshot(server);
    const unknown = await save(FOUR_GOOD_ITEMS.map((i) => (i.code === 'II.1' ? { ...i, metric: 'regular_meetings' } : i)));
    expectError(unknown, 'VALIDATION_FAILED', 'input.items[1].metric');
    expect(unknown.errors![0]!.message).toContain('"regular_meetings", which does not exist');
    expectError(await save(FOUR_GOOD_ITEMS.map((i) => (i.code === 'II.1' ? { ...i, metric: 'meeting_duration' } : i))), 'VALIDATION_FAILED', 'input.items[1].metric');
    expectError(await save(FOUR_GOOD_ITEMS.map((i) => (i.code === 'II.3' ? { ...i, kind: 'BONUS' } : i))), 'VALIDATION_FAILED', 'input.items[3].metric');
    expect(await snapshot(server)).toBe(before);
  });
});

describe('organisation assessments filled from the recorded meetings', () => {
  let b: any;

  it('fills II.1–II.3 and the deduction with the figure and the rule when the assessment opens', async () => {
    const res = await create(cellA, { organizationId: ids.cellA, tableId: ids.fourGood, period: '2023' });
    const a = ok(res, 'createAssessment');
    const s = byItem(a);
    expect(Object.keys(s).sort()).toEqual(['D.1', 'II.1', 'II.2', 'II.3', 'II.4']);
    expect(s['II.1']).toMatchObject({ selfPoints: 10, selfOverridden: false, metric: { code: 'regular_meetings_held', value: 12, target: 12, points: 10, yes: null, explanation: 'Sinh hoạt định kỳ 12/12 tháng → 10/10 điểm' } });
    expect(s['II.1']!.selfNote).toBe('Sinh hoạt định kỳ 12/12 tháng → 10/10 điểm');
    expect(s['II.1']!.metric!.detail).toMatchObject({ metric: 'regular_meetings_held', rule: 'PROPORTIONAL', achievement: 1, from: '2023-01-01', to: '2023-12-31', figures: { held: 12, due: 12 } });
    expect(s['II.2']).toMatchObject({ selfPoints: 5, metric: { value: 4, target: 4, points: 5 } });
    // 47 of 48 expected were present: 97.91% ≥ 85%.
    expect(s['II.3']).toMatchObject({ selfPoints: 5, metric: { value: 97.91, target: 85, points: 5, explanation: 'Tỷ lệ dự sinh hoạt 97,91% (47/48 lượt; đủ điểm từ 85%) → 5/5 điểm' } });
    expect(s['II.3']!.metric!.detail).toMatchObject({ rule: 'FULL_FROM_THRESHOLD', figures: { present: 47, eligible: 48 } });
    // No meeting has been rated yet: nothing to go on, the cell answers it.
    expect(s['II.4']).toMatchObject({ selfYes: null, selfNote: null, metric: { value: null, points: null, yes: null } });
    expect(s['II.4']!.metric!.explanation).toContain('chưa có số liệu');
    expect(s['D.1']).toMatchObject({ selfPoints: 0, metric: { value: 0, target: 0, points: 0 } });
    expect(a.selfResult.complete).toBe(false);
  });

  it('a month without a meeting lowers II.1; the missing quarter, the absences and the unexcused ones show in II.2, II.3 and D.1', async () => {
    const res = await create(cellB, { organizationId: ids.cellB, tableId: ids.fourGood, period: '2023' });
    b = ok(res, 'createAssessment');
    const s = byItem(b);
    expect(s['II.1']).toMatchObject({ selfPoints: 9.16, metric: { value: 11, target: 12, points: 9.16, explanation: 'Sinh hoạt định kỳ 11/12 tháng → 9,16/10 điểm' } });
    expect(s['II.1']!.metric!.detail).toMatchObject({ achievement: 0.916 });
    expect(s['II.2']).toMatchObject({ selfPoints: 3.75, metric: { value: 3, target: 4, explanation: 'Sinh hoạt chuyên đề 3/4 quý → 3,75/5 điểm' } });
    // 36 of 44 present: 81.81%, below 85% → 5 × 36/44 / 85% = 4.81.
    expect(s['II.3']).toMatchObject({ selfPoints: 4.81, metric: { value: 81.81, points: 4.81, explanation: 'Tỷ lệ dự sinh hoạt 81,81% (36/44 lượt; đủ điểm từ 85%) → 4,81/5 điểm' } });
    expect(s['D.1']).toMatchObject({ selfPoints: 2, metric: { value: 2, points: 2, explanation: 'Vắng sinh hoạt không lý do 2 lượt (1 điểm/lượt) → trừ 2/5 điểm' } });
    // The figures agree with the cell's meeting statistics.
    const stats = await cellB.data(`query($id: ID!) { node(id: $id) { ... on Organization { meetingStats(year: 2023) { regularMonthsHeld regularDue present eligible unexcusedAbsences } } } }`, { id: ids.cellB });
    expect(stats.node.meetingStats).toEqual({ regularMonthsHeld: 11, regularDue: 12, present: 36, eligible: 44, unexcusedAbsences: 2 });
  });

  it('takes a bounded number of statements, whatever the number of meetings', async () => {
    const a = await create(cellA, { organizationId: ids.cellA, tableId: ids.fourGood, period: '2023-H1' });
    const bH1 = await create(cellB, { organizationId: ids.cellB, tableId: ids.fourGood, period: '2023-H1' });
    expect(a.errors).toBeUndefined();
    expect(bH1.errors).toBeUndefined();
    expect(a.extensions!.sql!.statements).toBe(bH1.extensions!.sql!.statements);
    expect(a.extensions!.sql!.statements).toBeLessThan(60);
  });

  it('refuses a score that departs from the data without a note, and changes nothing', async () => {
    const before = await snapshot(server);
    const bare = await saveScores(cellB, b, 'SELF', [{ itemCode: 'II.3', points: 5 }]);
    expectReason(bare, 'VALIDATION_FAILED', 'input.scores[0].note', 'OVERRIDE_NEEDS_NOTE');
    // Repeating the data's own explanation is not a reason.
    const echo = await saveScores(cellB, b, 'SELF', [{ itemCode: 'II.3', points: 5, note: byItem(b)['II.3']!.metric!.explanation }]);
    expectReason(echo, 'VALIDATION_FAILED', 'input.scores[0].note', 'OVERRIDE_NEEDS_NOTE');
    // Every departing score is named; one that keeps the data's answer needs nothing.
    const several = await saveScores(cellB, b, 'SELF', [{ itemCode: 'I.1', points: 25 }, { itemCode: 'II.1', points: 9.16 }, { itemCode: 'II.2', points: 5 }, { itemCode: 'D.1', points: 0, note: '  ' }]);
    expectError(several, 'VALIDATION_FAILED', 'input.scores[2].note');
    expect(several.errors![0]!.extensions!.fields!.map((f) => f.field)).toEqual(['input.scores[2].note', 'input.scores[3].note']);
    expect(await snapshot(server)).toBe(before);
  });

  it('with a note the override saves and shows as overridden; the reviewer’s override shows too; the result explains itself', async () => {
    const note = 'Hai đảng viên vắng có lý do đi học tập trung theo quyết định cử đi học';
    b = ok(
      await saveScores(cellB, b, 'SELF', [
        { itemCode: 'I.1', points: 25 },
        { itemCode: 'II.1', points: 9.16 },
        { itemCode: 'II.2', points: 3.75 },
        { itemCode: 'II.3', points: 5, note },
        { itemCode: 'II.4', yes: true },
        { itemCode: 'III.1', points: 25 },
        { itemCode: 'IV.1', points: 25 },
        { itemCode: 'D.1', points: 2 },
      ]),
      'saveScores',
    );
    let s = byItem(b);
    expect(s['II.3']).toMatchObject({ selfPoints: 5, selfNote: note, selfOverridden: true, metric: { points: 4.81 } });
    expect(s['II.1']).toMatchObject({ selfPoints: 9.16, selfOverridden: false, selfNote: 'Sinh hoạt định kỳ 11/12 tháng → 9,16/10 điểm' });
    // Without data the unit's answer is its own: no data sentence is put in its mouth.
    expect(s['II.4']).toMatchObject({ selfYes: true, selfNote: null, selfOverridden: false });
    // 25 + 9.16 + 3.75 + 5 + 5 + 25 + 25 − 2 = 95.91
    expect(b.selfResult).toMatchObject({ total: 95.91, level: 'EXCELLENT', complete: true });
    b = ok(await step(cellB, 'submitAssessment', b), 'submitAssessment');

    const before = await snapshot(server);
    expectReason(await saveScores(commune, b, 'REVIEW', [{ itemCode: 'II.1', points: 10 }]), 'VALIDATION_FAILED', 'input.scores[0].note', 'OVERRIDE_NEEDS_NOTE');
    expect(await snapshot(server)).toBe(before);
    const why = 'Tháng 7 chi bộ sinh hoạt ghép với đảng bộ phường theo chỉ đạo';
    b = ok(await saveScores(commune, b, 'REVIEW', [{ itemCode: 'II.1', points: 10, note: why }, { itemCode: 'II.3', points: 4.81 }]), 'saveScores');
    s = byItem(b);
    expect(s['II.1']).toMatchObject({ reviewPoints: 10, reviewNote: why, reviewOverridden: true, selfOverridden: false });
    // The reviewer went back to the data for II.3: the unit's override no longer counts in the final result.
    expect(s['II.3']).toMatchObject({ reviewPoints: 4.81, reviewOverridden: false, selfOverridden: true });
    // 25 + 10 + 3.75 + 4.81 + 5 + 25 + 25 − 2 = 96.56
    expect(b.finalResult).toMatchObject({ total: 96.56, level: 'EXCELLENT', fourGood: true });
    expect(b.finalResult.explanation).toEqual(
      expect.arrayContaining([
        { kind: 'LOST_POINTS', itemCode: 'II.2', groupCode: 'II', lost: 1.25, max: 5 },
        { kind: 'DEDUCTION', itemCode: 'D.1', points: 2 },
        expect.objectContaining({ kind: 'FOUR_GOOD', reached: true }),
      ]),
    );
    b = ok(await step(commune, 'approveAssessment', b), 'approveAssessment');
    expect(b).toMatchObject({ status: 'APPROVED', total: 96.56, fourGood: true });
  });
});

describe('meeting quality', () => {
  let good: any;

  it('refuses the meeting table without a meeting, another table with one, a wrong period, and a meeting outside the caller’s scope', async () => {
    const before = await snapshot(server);
    expectReason(await create(cellA, { organizationId: ids.cellA, tableId: ids.meetingTable, period: '2023' }), 'VALIDATION_FAILED', 'input.tableId', 'MEETING_TABLE');
    expectReason(await create(cellA, { meetingId: ids['A-04'], tableId: ids.fourGood }), 'VALIDATION_FAILED', 'input.tableId', 'WRONG_MODEL');
    expectReason(await create(cellA, { meetingId: ids['A-04'], tableId: ids.meetingTable, period: '2022' }), 'VALIDATION_FAILED', 'input.period', 'BAD_PERIOD');
    expectError(await create(cellB, { meetingId: ids['A-04'], tableId: ids.meetingTable }), 'NOT_FOUND', 'input.meetingId');
    expectError(await create(cellA, { organizationId: ids.cellA, tableId: ids.fourGood }), 'VALIDATION_FAILED', 'input.period');
    expect(await snapshot(server)).toBe(before);
  });

  it('fills attendance, duration, draft resolution and minutes from the meeting; one assessment per meeting', async () => {
    good = ok(await create(cellA, { meetingId: ids['A-04'], tableId: ids.meetingTable }), 'createAssessment');
    expect(good).toMatchObject({ period: '2023', status: 'DRAFT', meeting: { id: ids['A-04'], date: '2023-04-05', quality: null } });
    const s = byItem(good);
    expect(s['M.1']).toMatchObject({ selfPoints: 20, metric: { code: 'meeting_attendance', value: 100, target: 85, points: 20 } });
    expect(s['M.1']!.metric!.explanation).toBe('Dự họp 4/4 đảng viên (100%), không ai vắng không lý do; cần trên 85% và không ai vắng không lý do → 20/20 điểm');
    expect(s['M.2']).toMatchObject({ selfPoints: 20, metric: { value: 120, target: 90, points: 20, explanation: 'Thời gian sinh hoạt 120/90 phút → 20/20 điểm' } });
    expect(s['M.3']).toMatchObject({ selfYes: true, metric: { yes: true, value: 1 } });
    expect(s['M.4']).toMatchObject({ selfYes: true, metric: { yes: true } });
    expect(s['M.1']!.metric!.detail).toMatchObject({ meetingId: expect.any(Number), rule: 'ALL_OR_NOTHING' });

    const before = await snapshot(server);
    expectReason(await create(cellA, { meetingId: ids['A-04'], tableId: ids.meetingTable }), 'CONFLICT', 'input.meetingId', 'DUPLICATE_ASSESSMENT');
    expect(await snapshot(server)).toBe(before);
    const listed = await cellA.data(`query($m: ID!) { assessments(filter: { meetingId: $m }) { nodes { id } } meeting(id: $m) { qualityAssessment { id status } } }`, { m: ids['A-04'] });
    expect(listed.assessments.nodes).toEqual([{ id: good.id }]);
    expect(listed.meeting.qualityAssessment).toEqual({ id: good.id, status: 'DRAFT' });
  });

  it('approval by the superior sets the meeting’s quality from the bands (good ≥ 90, fair 70–<90, average 50–<70)', async () => {
    good = ok(await saveScores(cellA, good, 'SELF', [{ itemCode: 'M.5', points: 18 }]), 'saveScores');
    expect(good.selfResult).toMatchObject({ total: 98, level: 'EXCELLENT', complete: true });
    good = ok(await step(cellA, 'submitAssessment', good), 'submitAssessment');
    expectError(await step(cellA, 'approveAssessment', good), 'FORBIDDEN');
    good = ok(await step(commune, 'approveAssessment', good), 'approveAssessment');
    expect(good).toMatchObject({ status: 'APPROVED', total: 98, meeting: { quality: 'GOOD' } });

    // Cell B's January meeting: 3 of 4 present with one absent without reason, incomplete minutes.
    let poor = ok(await create(cellB, { meetingId: ids['B-01'], tableId: ids.meetingTable, period: '2023' }), 'createAssessment');
    const s = byItem(poor);
    expect(s['M.1']).toMatchObject({ selfPoints: 0, metric: { value: 75, points: 0 } });
    expect(s['M.1']!.metric!.explanation).toContain('1 vắng không lý do');
    expect(s['M.4']).toMatchObject({ selfYes: false, metric: { yes: false, explanation: 'Biên bản chưa ghi đầy đủ → không đạt' } });
    expectReason(await saveScores(cellB, poor, 'SELF', [{ itemCode: 'M.4', yes: true }]), 'VALIDATION_FAILED', 'input.scores[0].note', 'OVERRIDE_NEEDS_NOTE');
    poor = ok(await saveScores(cellB, poor, 'SELF', [{ itemCode: 'M.5', points: 20 }]), 'saveScores');
    poor = ok(await step(cellB, 'submitAssessment', poor), 'submitAssessment');
    poor = ok(await step(commune, 'approveAssessment', poor), 'approveAssessment');
    expect(poor).toMatchObject({ total: 60, level: 'COMPLETED', meeting: { quality: 'AVERAGE' } });
    const meetings = await server.data(`query($a: ID!, $b: ID!) { a: meeting(id: $a) { quality qualityAssessment { status total } } b: meeting(id: $b) { quality } }`, { a: ids['A-04'], b: ids['B-01'] });
    expect(meetings).toEqual({ a: { quality: 'GOOD', qualityAssessment: { status: 'APPROVED', total: 98 } }, b: { quality: 'AVERAGE' } });
  });

  it('rated meetings then fill the share of meetings rated good', async () => {
    const a = ok(await create(cellA, { organizationId: ids.cellA, tableId: ids.fourGood, period: '2023-Q2' }), 'createAssessment');
    expect(byItem(a)['II.4']).toMatchObject({ selfYes: true, metric: { value: 1, target: 1, yes: true, explanation: 'Buổi sinh hoạt xếp loại tốt 1/1 → đạt' } });
    const bq1 = ok(await create(cellB, { organizationId: ids.cellB, tableId: ids.fourGood, period: '2023-Q1' }), 'createAssessment');
    expect(byItem(bq1)['II.4']).toMatchObject({ selfYes: false, metric: { value: 0, target: 1, yes: false } });
  });
});

describe('oversight compliance of a committee', () => {
  it('counts the assignments of its committee members that are not behind, as the oversight rule does', async () => {
    const year = ok(await create(commune, { organizationId: ids.commune, tableId: ids.committeeTable, period: '2023' }), 'createAssessment');
    // Khải attended cell A twice (on track); Lụa never attended cell B (behind).
    expect(byItem(year)['II.1']).toMatchObject({ selfPoints: 5, metric: { value: 1, target: 2, points: 5, explanation: 'Cấp ủy viên phụ trách dự sinh hoạt đủ số lần 1/2 → 5/10 điểm' } });
    const rule = (attended: number, asOf: string) => oversightCompliance({ requiredPerYear: 2, from: '2023-01-01', to: '2023-12-31', year: 2023, today: asOf, attended });
    expect([rule(2, '2023-12-31').behind, rule(0, '2023-12-31').behind]).toEqual([false, true]);
    const view = await commune.data(`query($id: ID!) { node(id: $id) { ... on Organization { oversightCompliance(year: 2023) { assignments behind } } } }`, { id: ids.commune });
    expect(view.node.oversightCompliance).toEqual({ assignments: 2, behind: 1 });

    // By the end of March nothing was due yet from either of them.
    expect([rule(1, '2023-03-31').behind, rule(0, '2023-03-31').behind]).toEqual([false, false]);
    const q1 = ok(await create(commune, { organizationId: ids.commune, tableId: ids.committeeTable, period: '2023-Q1' }), 'createAssessment');
    expect(byItem(q1)['II.1']).toMatchObject({ selfPoints: 10, metric: { value: 2, target: 2 } });
  });
});

describe('no data recorded is not none held', () => {
  it('a year without any meeting recorded (minutes kept on paper) leaves the meeting items to a hand score, which needs a note', async () => {
    // Cell A recorded its 2023 meetings in the app, none for 2022.
    const opened = ok(await create(cellA, { organizationId: ids.cellA, tableId: ids.fourGood, period: '2022' }), 'createAssessment');
    const byCode = new Map<string, Score & { metric: Score['metric'] & { recorded: boolean } }>();
    const read = await cellA.data(`query($id: ID!) { assessment(id: $id) { scores { itemCode selfPoints metric { points explanation recorded } } } }`, { id: opened.id });
    for (const s of read.assessment.scores) byCode.set(s.itemCode, s);
    for (const code of ['II.1', 'II.2', 'II.3', 'II.4', 'D.1']) {
      expect(byCode.get(code)!.metric, code).toMatchObject({ points: null, recorded: false });
      expect(byCode.get(code)!.selfPoints, code).toBeNull();
      expect(byCode.get(code)!.metric!.explanation, code).toMatch(/chưa có số liệu/);
    }
    const before = await snapshot(server);
    const refused = await saveScores(cellA, opened, 'SELF', [{ itemCode: 'II.1', points: 9 }]);
    expectReason(refused, 'VALIDATION_FAILED', 'input.scores[0].note', 'NO_DATA_NEEDS_NOTE');
    expect(await snapshot(server)).toEqual(before);
    const saved = ok(await saveScores(cellA, opened, 'SELF', [{ itemCode: 'II.1', points: 9, note: 'Theo sổ biên bản giấy năm 2022: 11/12 kỳ' }]), 'saveScores');
    expect(saved.scores.find((s: Score) => s.itemCode === 'II.1')).toMatchObject({ selfPoints: 9, selfNote: 'Theo sổ biên bản giấy năm 2022: 11/12 kỳ' });
    // A year with meetings recorded keeps scoring from them (2023: recorded).
    const y2023 = await cellA.data(`query($org: ID!) { assessments(filter: { organizationId: $org, period: "2023" }) { nodes { scores { itemCode metric { recorded } } } } }`, { org: ids.cellA });
    for (const a of y2023.assessments.nodes) for (const s of a.scores) if (s.metric) expect(s.metric.recorded, s.itemCode).toBe(true);
  });
});
