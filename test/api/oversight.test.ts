import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oversightCompliance, todayInVietnam } from '@fourgood/rules';
import { expectError, expectNull, snapshot } from '../support/api.js';
import { createMember, createOrg, globalId, recordMeeting } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
let cityStaff: Client; // EDIT on the city committee: assigns its members
let wardStaff: Client; // EDIT on the ward: assigns the ward committee's members, not the city's
let cellStaff: Client; // reads its own cell only
let leader: Client; // reads the city, changes nothing
let otherStaff: Client; // staff of another province

const today = todayInVietnam();
const thisYear = Number(today.slice(0, 4));
const lastYear = thisYear - 1;

/**
 * Records a meeting of `orgId` on `date` (every member expected present) attended by the people
 * of `assignmentIds`, through the meetings API: the guest rows are what compliance counts.
 */
function meetingWithGuests(orgId: string, date: string, assignmentIds: string[]): Promise<string> {
  return recordMeeting(server, { organizationId: orgId, date, kind: 'EXTRAORDINARY', startTime: '08:00', endTime: '10:00', guestAssignmentIds: assignmentIds });
}

const ASSIGN = `mutation($input: AssignOversightInput!) { assignOversight(input: $input) { id fullName title fromDate toDate requiredPerYear lockVersion
  organization { code } committee { code } member { fullName } } }`;
const UPDATE = `mutation($input: UpdateOversightAssignmentInput!) { updateOversightAssignment(input: $input) { id fullName title fromDate toDate requiredPerYear lockVersion member { fullName } } }`;
const END = `mutation($input: EndOversightAssignmentInput!) { endOversightAssignment(input: $input) { id toDate lockVersion } }`;
const COMPLIANCE = `query($id: ID!, $year: Int!, $first: Int, $after: String, $behindOnly: Boolean) { node(id: $id) { ... on Organization {
  oversightCompliance(year: $year, first: $first, after: $after, behindOnly: $behindOnly) { year asOf assignments behind hasNextPage endCursor
    items { attended required dueByNow behind assignment { id fullName fromDate toDate requiredPerYear organization { code } committee { code } } } } } } }`;

async function assign(input: Record<string, unknown>, client: Client = server) {
  return client.gql(ASSIGN, { input: { fromDate: '2020-01-01', ...input } });
}

/*
 * Bắc Ninh (province)
 *   Thành ủy Bắc Ninh (city committee)
 *     Đảng bộ phường Đại Phúc (ward)
 *       Chi bộ khu phố 1 (cell A) — Nguyễn Văn Thư, secretary of the city, is a member here
 *       Chi bộ khu phố 2 (cell B)
 *     Chi bộ Trường Chính trị (grassroots cell under the city)
 * Lạng Sơn (another province)
 *   Chi bộ Sở Y tế Lạng Sơn (grassroots cell)
 */
beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-BN', name: 'Đảng bộ tỉnh Bắc Ninh', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.city = await createOrg(server, { code: 'TU-BN', name: 'Thành ủy Bắc Ninh', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'CITY', parentId: ids.province, foundedOn: '2000-01-01' });
  ids.ward = await createOrg(server, { code: 'P-DAIPHUC', name: 'Đảng bộ phường Đại Phúc', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.city, foundedOn: '2000-01-01' });
  ids.cellA = await createOrg(server, { code: 'CB-KP1', name: 'Chi bộ khu phố 1', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.ward, foundedOn: '2000-01-01' });
  ids.cellB = await createOrg(server, { code: 'CB-KP2', name: 'Chi bộ khu phố 2', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.ward, foundedOn: '2000-01-01' });
  ids.school = await createOrg(server, { code: 'CB-TCT', name: 'Chi bộ Trường Chính trị', kind: 'GRASSROOTS_CELL', cellType: 'PUBLIC_SERVICE', parentId: ids.city, foundedOn: '2000-01-01' });
  ids.other = await createOrg(server, { code: 'T-LS', name: 'Đảng bộ tỉnh Lạng Sơn', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.otherCell = await createOrg(server, { code: 'CB-SYT-LS', name: 'Chi bộ Sở Y tế Lạng Sơn', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.other, foundedOn: '2000-01-01' });
  ids.secretary = await createMember(server, { organizationId: ids.cellA, fullName: 'Nguyễn Văn Thư' });
  ids.teacher = await createMember(server, { organizationId: ids.school, fullName: 'Phạm Thị Giảng' });
  ids.outsider = await createMember(server, { organizationId: ids.otherCell, fullName: 'Hoàng Văn Xa' });
  cityStaff = await server.userWith('city-staff', [{ role: 'STAFF', organizationId: ids.city }]);
  wardStaff = await server.userWith('ward-staff', [{ role: 'STAFF', organizationId: ids.ward }]);
  cellStaff = await server.userWith('cell-staff', [{ role: 'STAFF', organizationId: ids.cellA }]);
  leader = await server.userWith('city-leader', [{ role: 'LEADER', organizationId: ids.city }]);
  otherStaff = await server.userWith('other-staff', [{ role: 'STAFF', organizationId: ids.other }]);
});
afterAll(async () => server?.close());

describe('assigning superior committee members', () => {
  it('assigns a member of the committee for a term, 2 attendances a year by default, and records it in the audit log', async () => {
    const res = await assign({ organizationId: ids.cellA, committeeId: ids.city, memberId: ids.secretary, title: 'Bí thư Thành ủy', fromDate: '2021-01-01' }, cityStaff);
    expect(res.errors).toBeUndefined();
    const a = res.data.assignOversight;
    expect(a).toMatchObject({
      fullName: 'Nguyễn Văn Thư',
      title: 'Bí thư Thành ủy',
      fromDate: '2021-01-01',
      toDate: null,
      requiredPerYear: 2,
      organization: { code: 'CB-KP1' },
      committee: { code: 'TU-BN' },
      member: { fullName: 'Nguyễn Văn Thư' },
    });
    ids.secretaryAssignment = a.id;

    const listed = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization {
      now: oversightAssignments(activeOn: "${today}") { id } before: oversightAssignments(activeOn: "2020-12-31") { id } all: oversightAssignments { id } } } }`, { id: ids.cellA });
    expect(listed.node.now.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect(listed.node.before).toEqual([]);
    expect(listed.node.all.map((x: { id: string }) => x.id)).toEqual([a.id]);

    const node = await server.data(`query($id: ID!) { node(id: $id) { id ... on OversightAssignment { fullName } } }`, { id: a.id });
    expect(node.node).toEqual({ id: a.id, fullName: 'Nguyễn Văn Thư' });

    const audit = await server.data(`query($f: AuditFilter) { auditLog(first: 20, filter: $f) { nodes { action entityType entityId username after } } }`, { f: { organizationId: ids.cellA } });
    const entry = audit.auditLog.nodes.find((e: { action: string }) => e.action === 'assignOversight');
    expect(entry).toMatchObject({ entityType: 'OversightAssignment', entityId: a.id, username: 'city-staff', after: { requiredPerYear: 2, fromDate: '2021-01-01', committeeId: ids.city } });
  });

  it('refuses bad input with the field at fault and the reason, changing nothing', async () => {
    const before = await snapshot(server);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ organizationId: ids.cellA, committeeId: ids.cellB, fullName: 'X' }, 'input.committeeId', 'NOT_AN_ANCESTOR'],
      [{ organizationId: ids.cellA, committeeId: ids.cellA, fullName: 'X' }, 'input.committeeId', 'NOT_AN_ANCESTOR'],
      [{ organizationId: ids.ward, committeeId: ids.school, fullName: 'X' }, 'input.committeeId', 'NOT_AN_ANCESTOR'],
      [{ organizationId: ids.cellA, committeeId: ids.ward, fullName: 'X', requiredPerYear: 0 }, 'input.requiredPerYear', 'OUT_OF_RANGE'],
      [{ organizationId: ids.cellA, committeeId: ids.ward, fullName: 'X', requiredPerYear: 25 }, 'input.requiredPerYear', 'OUT_OF_RANGE'],
      [{ organizationId: ids.cellA, committeeId: ids.ward, fullName: 'X', fromDate: '2024-05-01', toDate: '2024-04-30' }, 'input.toDate', 'END_BEFORE_START'],
      [{ organizationId: ids.cellA, committeeId: ids.ward, fullName: 'X', fromDate: `${thisYear + 1}-01-01` }, 'input.fromDate', 'FUTURE_DATE'],
      [{ organizationId: ids.cellA, committeeId: ids.ward, fullName: 'X', fromDate: '1999-12-31' }, 'input.fromDate', 'BEFORE_FOUNDED'],
      [{ organizationId: ids.cellA, committeeId: ids.ward }, 'input.fullName', 'REQUIRED'],
      [{ organizationId: ids.cellA, committeeId: ids.ward, fullName: '   ' }, 'input.fullName', 'BAD_LENGTH'],
      [{ organizationId: ids.cellA, committeeId: ids.ward, fullName: 'X'.repeat(201) }, 'input.fullName', 'BAD_LENGTH'],
      [{ organizationId: ids.cellA, committeeId: ids.ward, fullName: 'X', title: 'T'.repeat(201) }, 'input.title', 'BAD_LENGTH'],
      // The teacher is a member under the city, not under the ward.
      [{ organizationId: ids.cellA, committeeId: ids.ward, memberId: ids.teacher }, 'input.memberId', 'MEMBER_OUTSIDE_COMMITTEE'],
      [{ organizationId: ids.cellA, committeeId: ids.city, fullName: 'X', memberId: ids.cellA }, 'input.memberId', 'WRONG_ID_TYPE'],
    ];
    for (const [input, field, reason] of cases) {
      const res = await assign(input);
      expectError(res, 'VALIDATION_FAILED', field);
      expect(res.errors![0]!.extensions!.reason, JSON.stringify(input)).toBe(reason);
    }
    expectError(await assign({ organizationId: globalId('Organization', 99999), committeeId: ids.city, fullName: 'X' }), 'NOT_FOUND', 'input.organizationId');
    // The same person cannot follow the same organisation twice at once.
    const twice = await assign({ organizationId: ids.cellA, committeeId: ids.city, memberId: ids.secretary, fromDate: '2023-01-01' });
    expectError(twice, 'CONFLICT', 'input.fromDate');
    expect(twice.errors![0]!.extensions!.reason).toBe('OVERLAPPING_TERM');
    expect(await snapshot(server)).toBe(before);
  });

  it('needs EDIT on the committee: the ward cannot assign the city’s members, a leader nothing, another province nothing', async () => {
    const before = await snapshot(server);
    expectError(await assign({ organizationId: ids.cellB, committeeId: ids.city, fullName: 'Trần Văn Ủy' }, wardStaff), 'NOT_FOUND', 'input.committeeId');
    expectError(await assign({ organizationId: ids.cellB, committeeId: ids.ward, fullName: 'Trần Văn Ủy' }, leader), 'FORBIDDEN', 'input.committeeId');
    expectError(await assign({ organizationId: ids.cellB, committeeId: ids.city, fullName: 'Trần Văn Ủy' }, otherStaff), 'NOT_FOUND', 'input.organizationId');
    expectError(await assign({ organizationId: ids.cellA, committeeId: ids.city, memberId: ids.outsider }, cityStaff), 'NOT_FOUND', 'input.memberId');
    const assignment = await server.data(`query($id: ID!) { node(id: $id) { ... on OversightAssignment { lockVersion } } }`, { id: ids.secretaryAssignment });
    const update = { id: ids.secretaryAssignment, expectedVersion: assignment.node.lockVersion, requiredPerYear: 3 };
    expectError(await wardStaff.gql(UPDATE, { input: update }), 'FORBIDDEN', 'input.id');
    expectError(await leader.gql(UPDATE, { input: update }), 'FORBIDDEN', 'input.id');
    expectError(await otherStaff.gql(UPDATE, { input: update }), 'NOT_FOUND', 'input.id');
    expectError(await otherStaff.gql(END, { input: { id: ids.secretaryAssignment, expectedVersion: 1, toDate: today } }), 'NOT_FOUND', 'input.id');
    expect(await snapshot(server)).toBe(before);

    // The ward assigns its own committee's members.
    const own = await assign({ organizationId: ids.cellB, committeeId: ids.ward, fullName: 'Trần Văn Ủy', fromDate: '2022-01-01', requiredPerYear: 4 }, wardStaff);
    expect(own.errors).toBeUndefined();
    expect(own.data.assignOversight).toMatchObject({ committee: { code: 'P-DAIPHUC' }, requiredPerYear: 4, member: null });
    ids.wardAssignment = own.data.assignOversight.id;
  });

  it('lets the cell read its assignments (the committee above its scope reads as null), and other provinces not at all', async () => {
    const mine = await cellStaff.data(`query($id: ID!) { node(id: $id) { ... on Organization { oversightAssignments { fullName committee { code } organization { code } } } } }`, { id: ids.cellA });
    expect(mine.node.oversightAssignments).toEqual([{ fullName: 'Nguyễn Văn Thư', committee: null, organization: { code: 'CB-KP1' } }]);
    expectNull(await otherStaff.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.secretaryAssignment }));
    expectNull(await cellStaff.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.wardAssignment }));
  });

  it('corrects an assignment with optimistic locking, and ends it no earlier than its last attendance', async () => {
    const created = (await assign({ organizationId: ids.cellB, committeeId: ids.city, fullName: 'Lê Văn Sửa', title: 'Ủy viên', fromDate: '2022-01-01' }, cityStaff)).data.assignOversight;
    const updated = await cityStaff.gql(UPDATE, { input: { id: created.id, expectedVersion: created.lockVersion, requiredPerYear: 3, title: null, memberId: ids.teacher } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateOversightAssignment).toMatchObject({ requiredPerYear: 3, title: null, fullName: 'Phạm Thị Giảng', member: { fullName: 'Phạm Thị Giảng' }, lockVersion: created.lockVersion + 1 });

    const before = await snapshot(server);
    const stale = await cityStaff.gql(UPDATE, { input: { id: created.id, expectedVersion: created.lockVersion, requiredPerYear: 5 } });
    expectError(stale, 'CONFLICT', 'input.expectedVersion');
    expect(stale.errors![0]!.extensions!.reason).toBe('STALE_VERSION');
    const version = updated.data.updateOversightAssignment.lockVersion;
    await meetingWithGuests(ids.cellB, '2023-06-10', [created.id]);
    const afterMeeting = await snapshot(server);
    expect(afterMeeting).not.toBe(before);
    const cases: Array<[Record<string, unknown>, string, string, string]> = [
      [{ toDate: '2023-06-09' }, END, 'input.toDate', 'ATTENDANCE_OUTSIDE_TERM'],
      [{ toDate: `${thisYear + 1}-01-01` }, END, 'input.toDate', 'FUTURE_DATE'],
      [{ toDate: '2021-12-31' }, END, 'input.toDate', 'END_BEFORE_START'],
      [{ fromDate: '2023-07-01' }, UPDATE, 'input.fromDate', 'ATTENDANCE_OUTSIDE_TERM'],
      [{ toDate: '2023-01-01' }, UPDATE, 'input.toDate', 'ATTENDANCE_OUTSIDE_TERM'],
      [{ toDate: '2021-01-01' }, UPDATE, 'input.toDate', 'END_BEFORE_START'],
      [{ requiredPerYear: 30 }, UPDATE, 'input.requiredPerYear', 'OUT_OF_RANGE'],
    ];
    for (const [change, mutation, field, reason] of cases) {
      const res = await cityStaff.gql(mutation, { input: { id: created.id, expectedVersion: version, ...change } });
      expectError(res, 'VALIDATION_FAILED', field);
      expect(res.errors![0]!.extensions!.reason, JSON.stringify(change)).toBe(reason);
    }
    expect(await snapshot(server)).toBe(afterMeeting);

    const ended = await cityStaff.gql(END, { input: { id: created.id, expectedVersion: version, toDate: '2023-12-31' } });
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endOversightAssignment).toMatchObject({ toDate: '2023-12-31', lockVersion: version + 1 });
    const again = await cityStaff.gql(END, { input: { id: created.id, expectedVersion: version + 1, toDate: '2024-01-31' } });
    expectError(again, 'CONFLICT', 'input.id');
    expect(again.errors![0]!.extensions!.reason).toBe('ALREADY_ENDED');
    // A new term for the same person may start after the old one ended.
    const next = await assign({ organizationId: ids.cellB, committeeId: ids.city, memberId: ids.teacher, fromDate: '2024-01-01', toDate: '2024-12-31' }, cityStaff);
    expect(next.errors).toBeUndefined();
  });
});

describe('oversight compliance', () => {
  const assignments: Record<string, { id: string; from: string; to: string | null; perYear: number }> = {};

  let cellCStaff: Client;

  beforeAll(async () => {
    // A ward of its own, so that only these assignments are in its subtree.
    ids.ward2 = await createOrg(server, { code: 'P-VANAN', name: 'Đảng bộ phường Vạn An', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.city, foundedOn: '2000-01-01' });
    ids.cellC = await createOrg(server, { code: 'CB-VA1', name: 'Chi bộ khu phố Vạn An 1', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.ward2, foundedOn: '2000-01-01' });
    ids.cellD = await createOrg(server, { code: 'CB-VA2', name: 'Chi bộ khu phố Vạn An 2', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.ward2, foundedOn: '2000-01-01' });
    cellCStaff = await server.userWith('cell-c-staff', [{ role: 'STAFF', organizationId: ids.cellC }]);
    // In the ward: An (cell A, all along, 2 a year), Bùi (cell B from 1 July last year), Cao (cell A, 4 a year, ended 31 March last year),
    // Đỗ (cell B, from 1 January this year); Đinh (the other province) never counts here.
    const specs: Array<[string, string, string, string | null, number]> = [
      ['An Văn Một', ids.cellC, '2020-01-01', null, 2],
      ['Bùi Thị Hai', ids.cellD, `${lastYear}-07-01`, null, 2],
      ['Cao Văn Ba', ids.cellC, '2020-01-01', `${lastYear}-03-31`, 4],
      ['Đỗ Văn Bốn', ids.cellD, `${thisYear}-01-01`, null, 2],
    ];
    for (const [name, org, from, to, perYear] of specs) {
      const res = await assign({ organizationId: org, committeeId: ids.ward2, fullName: name, fromDate: from, toDate: to, requiredPerYear: perYear }, cityStaff);
      expect(res.errors).toBeUndefined();
      assignments[name] = { id: res.data.assignOversight.id, from, to, perYear };
    }
    const far = await assign({ organizationId: ids.otherCell, committeeId: ids.other, fullName: 'Đinh Văn Xa', fromDate: '2020-01-01' }, otherStaff);
    expect(far.errors).toBeUndefined();
    // An attended twice last year (one meeting of each cell he follows is his: only cell A counts), Bùi once,
    // and both of them once this year; the year before last does not count.
    await meetingWithGuests(ids.cellC, `${lastYear}-02-10`, [assignments['An Văn Một']!.id]);
    await meetingWithGuests(ids.cellC, `${lastYear}-09-10`, [assignments['An Văn Một']!.id]);
    await meetingWithGuests(ids.cellC, `${lastYear - 1}-09-10`, [assignments['An Văn Một']!.id, assignments['Cao Văn Ba']!.id]);
    await meetingWithGuests(ids.cellD, `${lastYear}-10-10`, [assignments['Bùi Thị Hai']!.id]);
    await meetingWithGuests(ids.cellD, `${thisYear}-01-01`, [assignments['Bùi Thị Hai']!.id, assignments['Đỗ Văn Bốn']!.id]);
  });

  async function compliance(orgId: string, year: number, extra: Record<string, unknown> = {}, client: Client = server) {
    return (await client.data(COMPLIANCE, { id: orgId, year, ...extra })).node.oversightCompliance;
  }

  it('counts a past year in full: required prorated to the term, everything due, those behind first', async () => {
    const result = await compliance(ids.ward2, lastYear);
    expect(result).toMatchObject({ year: lastYear, asOf: today, assignments: 3, behind: 2, hasNextPage: false });
    const rows = result.items.map((i: any) => ({ name: i.assignment.fullName, attended: i.attended, required: i.required, dueByNow: i.dueByNow, behind: i.behind }));
    expect(rows).toEqual([
      // Half a year (from 1 July) owes ceil(2 × 184/365) = 2.
      { name: 'Bùi Thị Hai', attended: 1, required: 2, dueByNow: 2, behind: true },
      // A quarter at 4 a year owes ceil(4 × 90/365) = 1.
      { name: 'Cao Văn Ba', attended: 0, required: 1, dueByNow: 1, behind: true },
      { name: 'An Văn Một', attended: 2, required: 2, dueByNow: 2, behind: false },
    ]);
    for (const item of result.items) {
      const a = assignments[item.assignment.fullName]!;
      expect(oversightCompliance({ requiredPerYear: a.perYear, from: a.from, to: a.to, year: lastYear, today, attended: item.attended })).toEqual({
        required: item.required,
        dueByNow: item.dueByNow,
        behind: item.behind,
      });
    }
    expect(result.items[1].assignment).toMatchObject({ organization: { code: 'CB-VA1' }, committee: { code: 'P-VANAN' } });
  });

  it('counts the running year up to today with the shared rule', async () => {
    const result = await compliance(ids.ward2, thisYear);
    const names = result.items.map((i: any) => i.assignment.fullName);
    expect(names.sort()).toEqual(['An Văn Một', 'Bùi Thị Hai', 'Đỗ Văn Bốn']);
    for (const item of result.items) {
      const a = assignments[item.assignment.fullName]!;
      const expected = oversightCompliance({ requiredPerYear: a.perYear, from: a.from, to: a.to, year: thisYear, today, attended: item.attended });
      expect({ required: item.required, dueByNow: item.dueByNow, behind: item.behind }, item.assignment.fullName).toEqual(expected);
    }
    const attended = Object.fromEntries(result.items.map((i: any) => [i.assignment.fullName, i.attended]));
    expect(attended).toEqual({ 'An Văn Một': 0, 'Bùi Thị Hai': 1, 'Đỗ Văn Bốn': 1 });
    expect(result.behind).toBe(result.items.filter((i: any) => i.behind).length);
    // Behind first.
    const flags = result.items.map((i: any) => i.behind);
    expect(flags).toEqual([...flags].sort((x: boolean, y: boolean) => Number(y) - Number(x)));
  });

  it('pages with a cursor, filters to those behind, and stays inside the subtree', async () => {
    const first = await compliance(ids.ward2, lastYear, { first: 1 });
    expect(first).toMatchObject({ assignments: 3, behind: 2, hasNextPage: true });
    expect(first.items.map((i: any) => i.assignment.fullName)).toEqual(['Bùi Thị Hai']);
    const second = await compliance(ids.ward2, lastYear, { first: 2, after: first.endCursor });
    expect(second.items.map((i: any) => i.assignment.fullName)).toEqual(['Cao Văn Ba', 'An Văn Một']);
    expect(second.hasNextPage).toBe(false);
    const behind = await compliance(ids.ward2, lastYear, { behindOnly: true });
    expect(behind.items.map((i: any) => i.assignment.fullName)).toEqual(['Bùi Thị Hai', 'Cao Văn Ba']);
    const cellA = await compliance(ids.cellC, lastYear);
    expect(cellA.items.map((i: any) => i.assignment.fullName)).toEqual(['Cao Văn Ba', 'An Văn Một']);
    // The city's subtree holds the ward's assignments and the city's own, never another province's.
    const city = await compliance(ids.city, lastYear);
    expect(city.items.map((i: any) => i.assignment.fullName)).not.toContain('Đinh Văn Xa');
    expect(city.items.map((i: any) => i.assignment.fullName)).toEqual(expect.arrayContaining(['An Văn Một', 'Bùi Thị Hai', 'Cao Văn Ba']));
    expect(city.assignments).toBeGreaterThan(3);
    expectError(await server.gql(COMPLIANCE, { id: ids.ward2, year: lastYear, first: 0 }), 'VALIDATION_FAILED', 'first');
    expectError(await server.gql(COMPLIANCE, { id: ids.ward2, year: lastYear, after: 'not-a-cursor' }), 'VALIDATION_FAILED', 'after');
    expectError(await server.gql(COMPLIANCE, { id: ids.ward2, year: 1990 }), 'VALIDATION_FAILED', 'year');
  });

  it('is readable by a leader of the city and by the cell for itself; another province cannot open the organisation', async () => {
    const byLeader = await compliance(ids.ward2, lastYear, {}, leader);
    expect(byLeader.assignments).toBe(3);
    const byCell = await compliance(ids.cellC, lastYear, {}, cellCStaff);
    expect(byCell.items.map((i: any) => [i.assignment.fullName, i.assignment.committee])).toEqual([
      ['Cao Văn Ba', null],
      ['An Văn Một', null],
    ]);
    expectNull(await otherStaff.gql(COMPLIANCE, { id: ids.ward2, year: lastYear }));
  });

  it('answers in a bounded number of statements, whatever the number of assignments', async () => {
    const res = await server.gql(COMPLIANCE, { id: ids.city, year: lastYear });
    expect(res.errors).toBeUndefined();
    const statements = res.extensions?.sql?.statements;
    expect(statements).toBeDefined();
    // The organisation, the page, the totals, the assignments, their organisations (one batch).
    expect(statements!).toBeLessThanOrEqual(8);
  });
});

describe('when the organisation followed moves', () => {
  it('its assignments follow it: they count under the new parent, no longer under the old one', async () => {
    const cell = await createOrg(server, { code: 'CB-KP9', name: 'Chi bộ khu phố 9', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.ward, foundedOn: '2000-01-01' });
    ids.ward3 = await createOrg(server, { code: 'P-NINHXA', name: 'Đảng bộ phường Ninh Xá', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.city, foundedOn: '2000-01-01' });
    const assigned = await assign({ organizationId: cell, committeeId: ids.city, fullName: 'Lê Văn Chín' }, cityStaff);
    expect(assigned.errors).toBeUndefined();
    const names = async (orgId: string) =>
      (await server.data(COMPLIANCE, { id: orgId, year: thisYear })).node.oversightCompliance.items.map((i: any) => i.assignment.fullName);
    expect(await names(ids.ward)).toContain('Lê Văn Chín');
    expect(await names(ids.ward3)).not.toContain('Lê Văn Chín');
    await server.data(`mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { id } }`, { input: { id: cell, newParentId: ids.ward3, effectiveOn: today } });
    expect(await names(ids.ward)).not.toContain('Lê Văn Chín');
    expect(await names(ids.ward3)).toContain('Lê Văn Chín');
  });
});
