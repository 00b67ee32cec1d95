import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildMeetingRollups } from '../../apps/server/src/meetings/meeting-rollups.js';
import { monthsDue, quartersDue } from '@fourgood/rules';
import { expectError, expectNull } from '../support/api.js';
import { createMember, createOrg, dbId, recordMeeting, type AttendanceStatus } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
const meetingIds: Record<string, string> = {};
let leaderD2: Client;
let leaderP: Client;

/*
 * Tỉnh Thống kê (P)
 *   Huyện Một (D1)                                   Huyện Hai (D2)
 *     Xã Một (X1)                                      Xã Hai (X2)
 *       Chi bộ A (residential, window 4–10): a1–a4
 *       Chi bộ B (agency, no window): b1–b3
 *       Chi bộ C (founded 2024-07-15): c1
 *       Chi bộ M: m1 ─── moved to X2 on 2024-07-01 ──→ Chi bộ M
 *   Khối cơ quan (K): 24 grassroots cells (the statement count)
 * Tỉnh Thống kê Hai (P2)
 *   Xã Y Một (Y1): Chi bộ N: n1 ─── moved to Y2 on 2024-03-15 ──→   Xã Y Hai (Y2): Chi bộ N
 *
 * Meetings of 2024 (recordMeeting):
 *   A: regular on the 5th every month but June (November on the 15th, outside its window), March
 *      with a thematic part, a thematic meeting on 20 August; all at 19:00. a2 absent with reason
 *      January–May (5 in a row), a3 absent without reason in January and February.
 *   B: regular on the 8th every month at 14:00, with a thematic part in every quarter's last month,
 *      an extraordinary meeting on 20 October at 18:00; b3 absent without reason in January.
 *   C: regular on 20 July (before its first month due), then on the 6th August–December at 19:30,
 *      with a thematic part in September and December.
 *   M: regular on the 7th every month at 08:00: January–June under X1, July–December under X2.
 *   N: regular on the 5th every month, but March's on the 20th (after its move).
 * Qualities (from approved assessments, written in SQL): A January and February good, A March
 * fair, B January good, M February good, M August good.
 */
beforeAll(async () => {
  server = await startTestServer();
  ids.p = await createOrg(server, { code: 'T-TK', name: 'Đảng bộ tỉnh Thống kê', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' });
  ids.d1 = await createOrg(server, { code: 'H-MOT', name: 'Đảng bộ huyện Một', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.p, foundedOn: '1991-01-01' });
  ids.d2 = await createOrg(server, { code: 'H-HAI', name: 'Đảng bộ huyện Hai', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.p, foundedOn: '1991-01-01' });
  ids.x1 = await createOrg(server, { code: 'X-MOT', name: 'Đảng bộ xã Một', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.d1, foundedOn: '1995-01-01' });
  ids.x2 = await createOrg(server, { code: 'X-HAI', name: 'Đảng bộ xã Hai', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.d2, foundedOn: '1995-01-01' });
  const cell = (code: string, name: string, cellType: string, foundedOn = '2000-01-01') =>
    createOrg(server, { code, name, kind: 'CELL', cellType, parentId: ids.x1, foundedOn });
  ids.a = await cell('CB-A', 'Chi bộ A', 'RESIDENTIAL');
  ids.b = await cell('CB-B', 'Chi bộ B', 'AGENCY');
  ids.c = await cell('CB-C', 'Chi bộ C', 'RESIDENTIAL', '2024-07-15');
  ids.m = await cell('CB-M', 'Chi bộ M', 'RESIDENTIAL');
  for (const [org, names, since] of [
    ['a', ['a1', 'a2', 'a3', 'a4'], '2020-01-01'],
    ['b', ['b1', 'b2', 'b3'], '2020-01-01'],
    ['c', ['c1'], '2024-07-15'],
    ['m', ['m1'], '2020-01-01'],
  ] as const) {
    for (const name of names) ids[name] = await createMember(server, { organizationId: ids[org]!, fullName: `Đảng viên ${name}`, since });
  }
  await server.data(`mutation($input: MeetingWindowInput!) { setMeetingWindow(input: $input) { id } }`, { input: { organizationId: ids.a, fromDay: 4, toDay: 10 } });
  // Another province: cell N moves from Y1 to Y2 on 15 March 2024, after March's 10th.
  ids.p2 = await createOrg(server, { code: 'T-TK2', name: 'Đảng bộ tỉnh Thống kê Hai', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' });
  ids.y1 = await createOrg(server, { code: 'X-Y1', name: 'Đảng bộ xã Y Một', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.p2, foundedOn: '1995-01-01' });
  ids.y2 = await createOrg(server, { code: 'X-Y2', name: 'Đảng bộ xã Y Hai', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.p2, foundedOn: '1995-01-01' });
  ids.n = await createOrg(server, { code: 'CB-N', name: 'Chi bộ N', kind: 'CELL', cellType: 'AGENCY', parentId: ids.y1, foundedOn: '2000-01-01' });
  ids.n1 = await createMember(server, { organizationId: ids.n, fullName: 'Đảng viên n1', since: '2020-01-01' });
  await server.data(`mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { id } }`, { input: { id: ids.n, newParentId: ids.y2, effectiveOn: '2024-03-15' } });
  await server.data(`mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { id } }`, { input: { id: ids.m, newParentId: ids.x2, effectiveOn: '2024-07-01' } });

  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  // A
  for (const [i, mm] of months.entries()) {
    if (mm === '06') continue;
    const kind = mm === '03' ? 'REGULAR_WITH_THEMATIC' : 'REGULAR';
    const day = mm === '11' ? '15' : '05';
    const rows: Array<[string, AttendanceStatus]> = [
      ['a1', 'PRESENT'],
      ['a2', i < 5 ? 'EXCUSED' : 'PRESENT'],
      ['a3', i < 2 ? 'UNEXCUSED' : 'PRESENT'],
      ['a4', 'PRESENT'],
    ];
    await meet(`a-${mm}`, 'a', kind, `2024-${mm}-${day}`, '19:00', '21:00', rows);
  }
  await meet('a-thematic', 'a', 'THEMATIC', '2024-08-20', '19:00', '21:30', [['a1', 'PRESENT'], ['a2', 'PRESENT'], ['a3', 'PRESENT'], ['a4', 'PRESENT']]);
  // B
  for (const mm of months) {
    const kind = ['03', '06', '09', '12'].includes(mm) ? 'REGULAR_WITH_THEMATIC' : 'REGULAR';
    await meet(`b-${mm}`, 'b', kind, `2024-${mm}-08`, '14:00', '16:00', [['b1', 'PRESENT'], ['b2', 'PRESENT'], ['b3', mm === '01' ? 'UNEXCUSED' : 'PRESENT']]);
  }
  await meet('b-extra', 'b', 'EXTRAORDINARY', '2024-10-20', '18:00', '19:30', [['b1', 'PRESENT'], ['b2', 'PRESENT'], ['b3', 'PRESENT']]);
  // C
  await meet('c-07', 'c', 'REGULAR', '2024-07-20', '19:30', '21:30', [['c1', 'PRESENT']]);
  for (const mm of ['08', '09', '10', '11', '12']) {
    await meet(`c-${mm}`, 'c', ['09', '12'].includes(mm) ? 'REGULAR_WITH_THEMATIC' : 'REGULAR', `2024-${mm}-06`, '19:30', '21:30', [['c1', 'PRESENT']]);
  }
  // M
  for (const mm of months) await meet(`m-${mm}`, 'm', 'REGULAR', `2024-${mm}-07`, '08:00', '10:00', [['m1', 'PRESENT']]);
  // N: January and February at Y1; March on the 20th, after its move, at Y2; then the 5th at Y2.
  for (const mm of months) await meet(`n-${mm}`, 'n', 'REGULAR', `2024-${mm}-${mm === '03' ? '20' : '05'}`, '08:00', '10:00', [['n1', 'PRESENT']]);

  // Qualities come from approved meeting-quality assessments, which this file does not go through.
  const conn = server.orm.em.fork().getConnection();
  for (const [name, quality] of [['a-01', 'GOOD'], ['a-02', 'GOOD'], ['a-03', 'FAIR'], ['b-01', 'GOOD'], ['m-02', 'GOOD'], ['m-08', 'GOOD']] as const) {
    await conn.execute(`update meeting set quality = ? where id = ?`, [quality, dbId(meetingIds[name]!)]);
  }
  // Written behind the services' back, like a bulk load: the meeting rollups are rebuilt as after one.
  await rebuildMeetingRollups(server.orm.em.fork() as unknown as EntityManager);

  leaderP = await server.userWith('leader-p', [{ role: 'LEADER', organizationId: ids.p }]);
  leaderD2 = await server.userWith('leader-d2', [{ role: 'LEADER', organizationId: ids.d2 }]);
});
afterAll(async () => server?.close());

async function meet(name: string, org: string, kind: string, date: string, startTime: string, endTime: string, rows: Array<[string, AttendanceStatus]>) {
  const attendance = Object.fromEntries(rows.map(([member, status]) => [ids[member]!, status]));
  meetingIds[name] = await recordMeeting(server, { organizationId: ids[org]!, kind, date, startTime, endTime, attendance });
}

const FIELDS = `from to cells meetings regularHeld regularMonthsHeld regularDue regularInWindow cellsBehindOnRegular
  thematicHeld thematicQuartersCovered thematicQuartersDue cellsBehindOnThematic eligible present attendanceRate
  excusedAbsences unexcusedAbsences membersExcusedStreak eveningMeetings eveningShare ratedMeetings ratedGood ratedGoodShare`;

async function stats(org: string, args = 'year: 2024', client: Client = server) {
  const data = await client.data(`query($id: ID!) { node(id: $id) { ... on Organization { meetingStats${args ? `(${args})` : ''} { ${FIELDS} } } } }`, { id: ids[org] });
  return data.node.meetingStats;
}

describe('one cell', () => {
  it('a month without a meeting: 11 regular meetings of 12 months due, the cell is behind', async () => {
    const a = await stats('a');
    expect(a).toMatchObject({ from: '2024-01-01', to: '2024-12-31', cells: 1, meetings: 12 });
    expect(a).toMatchObject({ regularHeld: 11, regularMonthsHeld: 11, regularDue: 12, cellsBehindOnRegular: 1 });
    // November's meeting was on the 15th, outside days 4–10.
    expect(a.regularInWindow).toBe(10);
  });

  it('thematic quarters: March (regular with a thematic part) and August cover Q1 and Q3 of four', async () => {
    const a = await stats('a');
    expect(a).toMatchObject({ thematicHeld: 2, thematicQuartersCovered: 2, thematicQuartersDue: 4, cellsBehindOnThematic: 1 });
    const b = await stats('b');
    expect(b).toMatchObject({ thematicHeld: 4, thematicQuartersCovered: 4, thematicQuartersDue: 4, cellsBehindOnThematic: 0 });
  });

  it('attendance: present over expected, absences with and without reason', async () => {
    const a = await stats('a');
    expect(a).toMatchObject({ eligible: 48, present: 41, excusedAbsences: 5, unexcusedAbsences: 2 });
    expect(a.attendanceRate).toBeCloseTo(41 / 48, 10);
  });

  it('a member absent with reason five times in a row is counted once', async () => {
    expect((await stats('a')).membersExcusedStreak).toBe(1);
    // The run reached 4 in April: a span that stops in March does not see it.
    expect((await stats('a', 'from: "2024-01-01", to: "2024-03-31"')).membersExcusedStreak).toBe(0);
    expect((await stats('a', 'from: "2024-04-01", to: "2024-04-30"')).membersExcusedStreak).toBe(1);
    expect((await stats('b')).membersExcusedStreak).toBe(0);
  });

  it('evening share and rated-good share', async () => {
    const a = await stats('a');
    expect(a).toMatchObject({ eveningMeetings: 12, eveningShare: 1, ratedMeetings: 3, ratedGood: 2 });
    expect(a.ratedGoodShare).toBeCloseTo(2 / 3, 10);
    const b = await stats('b');
    // Only the extraordinary meeting (18:00) was in the evening.
    expect(b).toMatchObject({ meetings: 13, regularHeld: 12, eveningMeetings: 1, ratedMeetings: 1, ratedGood: 1, ratedGoodShare: 1 });
    expect(b.eveningShare).toBeCloseTo(1 / 13, 10);
  });

  it('a cell founded on 15 July owes August to December and Q3–Q4 only; its July meeting is held but not owed', async () => {
    const c = await stats('c');
    expect(c).toMatchObject({ cells: 1, meetings: 6, regularHeld: 6, regularMonthsHeld: 5, regularDue: 5, cellsBehindOnRegular: 0 });
    expect(c).toMatchObject({ thematicQuartersCovered: 2, thematicQuartersDue: 2, cellsBehindOnThematic: 0, eligible: 6, present: 6 });
  });

  it('a span: the first half of the year owes six months, A held five', async () => {
    const a = await stats('a', 'from: "2024-01-01", to: "2024-06-30"');
    expect(a).toMatchObject({ from: '2024-01-01', to: '2024-06-30', meetings: 5, regularHeld: 5, regularMonthsHeld: 5, regularDue: 6, cellsBehindOnRegular: 1 });
    expect(a).toMatchObject({ thematicQuartersDue: 2, thematicQuartersCovered: 1, eligible: 20, present: 13, excusedAbsences: 5, unexcusedAbsences: 2 });
  });

  it('a cell that moved is followed through both places', async () => {
    const m = await stats('m');
    expect(m).toMatchObject({ cells: 1, meetings: 12, regularHeld: 12, regularMonthsHeld: 12, regularDue: 12, cellsBehindOnRegular: 0 });
    expect(m).toMatchObject({ thematicQuartersDue: 4, thematicQuartersCovered: 0, ratedMeetings: 2, ratedGood: 2 });
  });
});

describe('a subtree', () => {
  it('a commune adds up its cells, each meeting where its cell sat on the meeting date', async () => {
    const x1 = await stats('x1');
    // A, B, C, and M until it moved on 1 July (January–June owed and held here).
    expect(x1).toMatchObject({ cells: 4, meetings: 12 + 13 + 6 + 6, regularHeld: 11 + 12 + 6 + 6, regularMonthsHeld: 11 + 12 + 5 + 6, regularDue: 12 + 12 + 5 + 6 });
    expect(x1).toMatchObject({ regularInWindow: 10, cellsBehindOnRegular: 1 });
    expect(x1).toMatchObject({ thematicHeld: 2 + 4 + 2, thematicQuartersCovered: 2 + 4 + 2, thematicQuartersDue: 4 + 4 + 2 + 2, cellsBehindOnThematic: 2 });
    // Attendance and absences of two cells (and the others, all present) added up.
    expect(x1).toMatchObject({ eligible: 48 + 39 + 6 + 6, present: 41 + 38 + 6 + 6, excusedAbsences: 5, unexcusedAbsences: 2 + 1, membersExcusedStreak: 1 });
    expect(x1.attendanceRate).toBeCloseTo(91 / 99, 10);
    expect(x1).toMatchObject({ eveningMeetings: 12 + 1 + 6, ratedMeetings: 5, ratedGood: 4 });
    expect(x1.eveningShare).toBeCloseTo(19 / 37, 10);
    expect(x1.ratedGoodShare).toBeCloseTo(4 / 5, 10);
  });

  it('after the move, M’s meetings count under its new parent', async () => {
    const d2 = await stats('d2');
    expect(d2).toMatchObject({ cells: 1, meetings: 6, regularHeld: 6, regularDue: 6, regularMonthsHeld: 6, cellsBehindOnRegular: 0 });
    expect(d2).toMatchObject({ thematicQuartersDue: 2, thematicQuartersCovered: 0, cellsBehindOnThematic: 1, eligible: 6, present: 6, ratedMeetings: 1, ratedGood: 1 });
    expect(await stats('x2')).toEqual(d2);
    // Before the move the new parent had nothing of it.
    expect(await stats('x2', 'from: "2024-01-01", to: "2024-06-30"')).toMatchObject({ cells: 0, meetings: 0, regularDue: 0, attendanceRate: null, eveningShare: null, ratedGoodShare: null });
  });

  it('a month owed at the old place and met at the new one counts as held where it was owed', async () => {
    // N owed January–March at Y1 (March's 10th was before the move) and April–December at Y2;
    // Q1 ended after the move, so it is owed at Y2.
    expect(await stats('y1')).toMatchObject({ cells: 1, meetings: 2, regularHeld: 2, regularDue: 3, regularMonthsHeld: 3, cellsBehindOnRegular: 0, thematicQuartersDue: 0 });
    expect(await stats('y2')).toMatchObject({ cells: 1, meetings: 10, regularHeld: 10, regularDue: 9, regularMonthsHeld: 9, cellsBehindOnRegular: 0, thematicQuartersDue: 4 });
    expect(await stats('n')).toMatchObject({ cells: 1, meetings: 12, regularHeld: 12, regularDue: 12, regularMonthsHeld: 12, cellsBehindOnRegular: 0, thematicQuartersDue: 4 });
    expect(await stats('p2')).toMatchObject({ cells: 1, meetings: 12, regularDue: 12, regularMonthsHeld: 12, cellsBehindOnRegular: 0 });
  });

  it('the province counts M once, with its two places, and its districts add up to it', async () => {
    const p = await stats('p');
    expect(p).toMatchObject({ cells: 4, meetings: 43, regularHeld: 41, regularDue: 12 + 12 + 5 + 12, regularMonthsHeld: 11 + 12 + 5 + 12, cellsBehindOnRegular: 1 });
    expect(p).toMatchObject({ thematicQuartersDue: 4 + 4 + 2 + 4, thematicQuartersCovered: 8, cellsBehindOnThematic: 2 });
    const [d1, d2] = [await stats('d1'), await stats('d2')];
    for (const key of ['meetings', 'regularHeld', 'regularDue', 'regularMonthsHeld', 'thematicQuartersDue', 'eligible', 'present', 'unexcusedAbsences', 'ratedGood']) {
      expect(d1[key] + d2[key], key).toBe(p[key]);
    }
  });

  it('another year has nothing held; months are owed all the same', async () => {
    const x1 = await stats('x1', 'year: 2023');
    // A, B and M existed all of 2023; C did not yet.
    expect(x1).toMatchObject({ cells: 3, meetings: 0, regularHeld: 0, regularDue: 36, cellsBehindOnRegular: 3, thematicQuartersDue: 12, attendanceRate: null, eveningShare: null, ratedGoodShare: null });
  });

  it('by default: the current year up to today', async () => {
    const a = await stats('a', '');
    const today = a.to as string;
    expect(a.from).toBe(`${today.slice(0, 4)}-01-01`);
    expect(a).toMatchObject({ meetings: 0, regularDue: monthsDue(a.from, today, today).length, thematicQuartersDue: quartersDue(a.from, today, today).length });
  });
});

describe('arguments and access', () => {
  const query = (args: string, org = 'a', client: Client = server) =>
    client.gql(`query($id: ID!) { node(id: $id) { ... on Organization { meetingStats(${args}) { meetings } } } }`, { id: ids[org] });

  it('a year or a span, not both; both ends of a span; the end not before the start; at most five years', async () => {
    expectError(await query('year: 2024, from: "2024-01-01", to: "2024-12-31"'), 'VALIDATION_FAILED', 'year');
    expectError(await query('from: "2024-01-01"'), 'VALIDATION_FAILED', 'to');
    expectError(await query('to: "2024-01-01"'), 'VALIDATION_FAILED', 'from');
    expectError(await query('from: "2024-06-01", to: "2024-05-31"'), 'VALIDATION_FAILED', 'to');
    expectError(await query('from: "2019-01-01", to: "2024-01-01"'), 'VALIDATION_FAILED', 'to');
    expectError(await query('year: 2999'), 'VALIDATION_FAILED', 'year');
    expectError(await query('from: "2999-01-01", to: "2999-12-31"'), 'VALIDATION_FAILED', 'from');
    expectError(await query('from: "2024-02-30", to: "2024-12-31"'), 'VALIDATION_FAILED');
    const fiveYears = await query('from: "2020-01-01", to: "2024-12-31"');
    expect(fiveYears.errors).toBeUndefined();
    expect(fiveYears.data.node.meetingStats.meetings).toBe(12);
  });

  it('a leader reads the figures of their subtree, not of another', async () => {
    expect((await stats('x1', 'year: 2024', leaderP)).meetings).toBe(37);
    expect((await stats('d2', 'year: 2024', leaderD2)).meetings).toBe(6);
    expectNull(await query('year: 2024', 'x1', leaderD2));
  });
});

describe('statements', () => {
  const CHILDREN = `query($id: ID!) { node(id: $id) { ... on Organization {
    children(first: 200) { totalCount nodes { id meetingStats(year: 2024) { cells meetings regularDue regularMonthsHeld thematicQuartersCovered present membersExcusedStreak } } } } } }`;

  it('meetingStats on every row of a list does not grow with the number of rows', async () => {
    const small = await server.gql(CHILDREN, { id: ids.x1 });
    expect(small.errors).toBeUndefined();
    expect(small.data.node.children.totalCount).toBe(3);
    const byId = new Map(small.data.node.children.nodes.map((n: { id: string; meetingStats: unknown }) => [n.id, n.meetingStats]));
    expect(byId.get(ids.a)).toEqual({ cells: 1, meetings: 12, regularDue: 12, regularMonthsHeld: 11, thematicQuartersCovered: 2, present: 41, membersExcusedStreak: 1 });
    expect(byId.get(ids.c)).toMatchObject({ cells: 1, meetings: 6, regularDue: 5 });

    const bloc = await createOrg(server, { code: 'K-CQ', name: 'Đảng bộ Khối cơ quan', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'BLOC', parentId: ids.p, foundedOn: '1990-01-01' });
    for (let i = 1; i <= 24; i += 1) {
      await createOrg(server, { code: `K-CB-${i}`, name: `Chi bộ cơ quan ${i}`, kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: bloc, foundedOn: '2000-01-01' });
    }
    const large = await server.gql(CHILDREN, { id: bloc });
    expect(large.errors).toBeUndefined();
    expect(large.data.node.children.totalCount).toBe(24);
    expect(large.data.node.children.nodes.every((n: { meetingStats: { cells: number; regularDue: number } }) => n.meetingStats.cells === 1 && n.meetingStats.regularDue === 12)).toBe(true);
    const statements = large.extensions!.sql!.statements;
    expect(statements).toBeGreaterThanOrEqual(4); // the counter sees the statements at all
    expect(statements).toBeLessThanOrEqual(8);
    expect(statements).toBe(small.extensions!.sql!.statements);
  });

  it('one organisation: a fixed number of statements', async () => {
    const res = await server.gql(`query($id: ID!) { node(id: $id) { ... on Organization { meetingStats(year: 2024) { ${FIELDS} } } } }`, { id: ids.p });
    expect(res.errors).toBeUndefined();
    // The session, the organisation, and the four statements of the figures.
    expect(res.extensions!.sql!.statements).toBeLessThanOrEqual(6);
  });
});
