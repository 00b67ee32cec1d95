import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessment } from '../../apps/server/src/assessments/assessment.entity.js';
import { expectError, expectNull, snapshot } from '../support/api.js';
import { assignOversight, createMember, createOrg, dbId, globalId } from '../support/factories.js';
import { startTestServer, type Client, type GraphQLResponse, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
const versions: Record<string, number> = {};
let leader: Client;
let staffElsewhere: Client;
let staffCellB: Client;

/*
 * Tỉnh Thử (P)                         Tỉnh Khác (Q)
 *   Đảng bộ xã Hòa Bình (commune)
 *     Chi bộ thôn Đông (A): An, Bình, Cúc (2019), Dũng (exempt from 2019-06-01),
 *                           Én (from 2020-06-15), Giang (until 2020-05-01, then B)
 *     Chi bộ thôn Tây (B):  Hà (2019), Giang (from 2020-05-01)
 * leader: LEADER of P; staffElsewhere: STAFF of Q; staffCellB: STAFF of B.
 */
beforeAll(async () => {
  server = await startTestServer();
  ids.p = await createOrg(server, { code: 'T-THU', name: 'Đảng bộ tỉnh Thử', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' });
  ids.q = await createOrg(server, { code: 'T-KHAC', name: 'Đảng bộ tỉnh Khác', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' });
  ids.commune = await createOrg(server, { code: 'X-HOABINH', name: 'Đảng bộ xã Hòa Bình', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.p, foundedOn: '1995-01-01' });
  ids.a = await createOrg(server, { code: 'CB-DONG', name: 'Chi bộ thôn Đông', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '2000-01-01' });
  ids.b = await createOrg(server, { code: 'CB-TAY', name: 'Chi bộ thôn Tây', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '2000-01-01' });
  const member = (org: string, fullName: string, since = '2019-01-01') => createMember(server, { organizationId: ids[org]!, fullName, since });
  ids.an = await member('a', 'Nguyễn Văn An');
  ids.binh = await member('a', 'Trần Thị Bình');
  ids.cuc = await member('a', 'Lê Thị Cúc');
  ids.dung = await member('a', 'Phạm Văn Dũng');
  ids.giang = await member('a', 'Hoàng Văn Giang');
  ids.en = await member('a', 'Đỗ Thị Én', '2020-06-15');
  ids.ha = await member('b', 'Vũ Thị Hà');
  await server.data(`mutation($input: ChangeMemberStatusInput!) { changeMemberStatus(input: $input) { status } }`, {
    input: { id: ids.dung, status: 'EXEMPT', effectiveOn: '2019-06-01' },
  });
  await server.data(`mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }`, {
    input: { id: ids.giang, organizationId: ids.b, effectiveOn: '2020-05-01' },
  });
  // Oversight assignments have their own tests elsewhere; two are enough here.
  const assign = (org: string, fullName: string, toDate: string | null) =>
    assignOversight(server, { organizationId: ids[org]!, committeeId: ids.commune!, fullName, title: 'Phó Bí thư Đảng ủy xã', fromDate: '2020-01-01', toDate, requiredPerYear: 2 });
  ids.assignA = await assign('a', 'Bùi Văn Khải', '2020-12-31');
  ids.assignB = await assign('b', 'Ngô Thị Lụa', null);

  leader = await server.userWith('leader-p', [{ role: 'LEADER', organizationId: ids.p }]);
  staffElsewhere = await server.userWith('staff-q', [{ role: 'STAFF', organizationId: ids.q }]);
  staffCellB = await server.userWith('staff-b', [{ role: 'STAFF', organizationId: ids.b }]);
});
afterAll(async () => server?.close());

const MEETING_FIELDS = `id kind date startTime endTime place topic draftResolution fullMinutes notes
  eligibleCount presentCount excusedCount unexcusedCount durationMinutes evening inWindow quality lockVersion
  organization { code }
  attendance { member { id fullName } status reason excusedStreak }
  guests { fullName title assignment { id fullName } }`;

type Att = [string, 'PRESENT' | 'EXCUSED' | 'UNEXCUSED', string?];
const attendance = (rows: Att[]) => rows.map(([m, status, reason]) => ({ memberId: ids[m] ?? m, status, ...(reason !== undefined ? { reason } : {}) }));

function meeting(org: string, date: string, rows: Att[], extra: Record<string, unknown> = {}) {
  return {
    organizationId: ids[org],
    kind: 'REGULAR',
    date,
    startTime: '19:00',
    endTime: '21:00',
    place: 'Nhà văn hóa thôn',
    draftResolution: true,
    fullMinutes: true,
    attendance: attendance(rows),
    ...extra,
  };
}

const record = (input: Record<string, unknown>, client: Client = server) =>
  client.gql(`mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { ${MEETING_FIELDS} } }`, { input });

async function recorded(name: string, input: Record<string, unknown>) {
  const res = await record(input);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  ids[name] = res.data.recordMeeting.id;
  versions[name] = res.data.recordMeeting.lockVersion;
  return res.data.recordMeeting;
}

const update = (name: string, input: Record<string, unknown>, expectedVersion = versions[name]) => {
  const { organizationId: _, ...rest } = input;
  return server.gql(`mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${MEETING_FIELDS} } }`, { input: { ...rest, id: ids[name], expectedVersion } });
};

const remove = (name: string, expectedVersion = versions[name]) =>
  server.gql(`mutation($input: DeleteMeetingInput!) { deleteMeeting(input: $input) }`, { input: { id: ids[name], expectedVersion } });

const roll = async (org: string, date: string, client: Client = server) =>
  (await client.data(`query($o: ID!, $d: Date!) { meetingRoll(organizationId: $o, date: $d) { fullName } }`, { o: ids[org], d: date })).meetingRoll.map((m: { fullName: string }) => m.fullName);

async function streaksOf(member: string): Promise<Array<[string, string, number]>> {
  const data = await server.data(`query($id: ID!) { member(id: $id) { attendance { meeting { date kind } status excusedStreak } } }`, { id: ids[member] });
  return data.member.attendance.map((r: { meeting: { date: string }; status: string; excusedStreak: number }) => [r.meeting.date, r.status, r.excusedStreak]);
}

function expectReason(res: GraphQLResponse, code: string, field: string, reason: string): void {
  expectError(res, code, field);
  expect(res.errors![0]!.extensions?.reason, JSON.stringify(res.errors)).toBe(reason);
}

describe('the roll', () => {
  it('lists the members active in the cell on the date: not the exempt, not those who joined later, transfers on each side', async () => {
    expect(await roll('a', '2020-03-05')).toEqual(['Hoàng Văn Giang', 'Lê Thị Cúc', 'Nguyễn Văn An', 'Trần Thị Bình']);
    expect(await roll('a', '2020-07-06')).toEqual(['Đỗ Thị Én', 'Lê Thị Cúc', 'Nguyễn Văn An', 'Trần Thị Bình']);
    expect(await roll('b', '2020-03-05')).toEqual(['Vũ Thị Hà']);
    expect(await roll('b', '2020-07-06')).toEqual(['Hoàng Văn Giang', 'Vũ Thị Hà']);
    // Before the exemption, Dũng was expected.
    expect(await roll('a', '2019-05-31')).toContain('Phạm Văn Dũng');
    expect(await roll('a', '2020-06-15')).toContain('Đỗ Thị Én');
    expect(await roll('a', '2020-06-14')).not.toContain('Đỗ Thị Én');
    expect(await roll('b', '2020-03-05', leader)).toEqual(['Vũ Thị Hà']);
    expectReason(await server.gql(`query($o: ID!) { meetingRoll(organizationId: $o, date: "2999-01-01") { id } }`, { o: ids.a }), 'VALIDATION_FAILED', 'date', 'FUTURE_DATE');
    expectReason(await server.gql(`query($o: ID!) { meetingRoll(organizationId: $o, date: "2020-01-01") { id } }`, { o: ids.commune }), 'VALIDATION_FAILED', 'organizationId', 'WRONG_KIND');
    expectError(await staffElsewhere.gql(`query($o: ID!) { meetingRoll(organizationId: $o, date: "2020-01-01") { id } }`, { o: ids.a }), 'NOT_FOUND', 'organizationId');
  });
});

describe('recording a meeting', () => {
  it('sets the cell’s meeting window, and refuses a bad one', async () => {
    const set = (input: Record<string, unknown>, client: Client = server) =>
      client.gql(`mutation($input: MeetingWindowInput!) { setMeetingWindow(input: $input) { meetingDayFrom meetingDayTo } }`, { input });
    const before = await snapshot(server);
    expectReason(await set({ organizationId: ids.a, fromDay: 10, toDay: 4 }), 'VALIDATION_FAILED', 'input.toDay', 'BAD_WINDOW');
    expectReason(await set({ organizationId: ids.a, fromDay: 0, toDay: 4 }), 'VALIDATION_FAILED', 'input.fromDay', 'BAD_WINDOW');
    expectReason(await set({ organizationId: ids.a, fromDay: 4 }), 'VALIDATION_FAILED', 'input.toDay', 'BAD_WINDOW');
    expectReason(await set({ organizationId: ids.commune, fromDay: 4, toDay: 10 }), 'VALIDATION_FAILED', 'input.organizationId', 'WRONG_KIND');
    expectError(await set({ organizationId: ids.a, fromDay: 4, toDay: 10 }, leader), 'FORBIDDEN');
    expect(await snapshot(server)).toBe(before);
    expect((await set({ organizationId: ids.a, fromDay: 4, toDay: 10 })).data.setMeetingWindow).toEqual({ meetingDayFrom: 4, meetingDayTo: 10 });
  });

  it('records a whole meeting with attendance and guests in one mutation and reads it back', async () => {
    const m = await recorded('march', meeting('a', '2020-03-05', [['an', 'PRESENT'], ['binh', 'EXCUSED', ' Ốm '], ['cuc', 'UNEXCUSED'], ['giang', 'PRESENT']], {
      startTime: '19:30',
      endTime: '21:15',
      notes: ' Bàn kế hoạch vụ xuân ',
      guests: [{ assignmentId: ids.assignA }, { fullName: 'Nguyễn Văn Bình', title: 'Bí thư Huyện ủy' }],
    }));
    expect(m).toMatchObject({
      kind: 'REGULAR',
      date: '2020-03-05',
      place: 'Nhà văn hóa thôn',
      notes: 'Bàn kế hoạch vụ xuân',
      topic: null,
      eligibleCount: 4,
      presentCount: 2,
      excusedCount: 1,
      unexcusedCount: 1,
      durationMinutes: 105,
      evening: true,
      inWindow: true,
      quality: null,
      organization: { code: 'CB-DONG' },
    });
    expect(m.attendance.map((a: { member: { fullName: string }; status: string; reason: string | null; excusedStreak: number }) => [a.member.fullName, a.status, a.reason, a.excusedStreak])).toEqual([
      ['Hoàng Văn Giang', 'PRESENT', null, 0],
      ['Lê Thị Cúc', 'UNEXCUSED', null, 0],
      ['Nguyễn Văn An', 'PRESENT', null, 0],
      ['Trần Thị Bình', 'EXCUSED', 'Ốm', 1],
    ]);
    expect(m.guests).toEqual([
      { fullName: 'Bùi Văn Khải', title: 'Phó Bí thư Đảng ủy xã', assignment: { id: ids.assignA, fullName: 'Bùi Văn Khải' } },
      { fullName: 'Nguyễn Văn Bình', title: 'Bí thư Huyện ủy', assignment: null },
    ]);
    const again = await server.data(`query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } node(id: $id) { id ... on Meeting { date } } }`, { id: ids.march });
    expect(again.meeting).toEqual(m);
    expect(again.node).toEqual({ id: ids.march, date: '2020-03-05' });
    const audit = await server.orm.em.fork().getConnection().execute(`select count(*) as n from audit_entry where action = 'recordMeeting'`);
    expect(Number(audit[0].n)).toBe(1);
  });

  it('answers each bad input with a typed error naming the field, and changes nothing', async () => {
    const ok: Att[] = [['an', 'PRESENT'], ['binh', 'PRESENT'], ['cuc', 'PRESENT']];
    const april = (rows: Att[], extra: Record<string, unknown> = {}) => record(meeting('a', '2020-04-06', rows, extra));
    const before = await snapshot(server);
    // Hà is in the other cell; Én joined in June; Dũng is exempt; Giang left for B on 1 May.
    const notOnRoll = await april([...ok, ['ha', 'PRESENT']]);
    expectReason(notOnRoll, 'VALIDATION_FAILED', 'input.attendance[3].memberId', 'NOT_ON_ROLL');
    // Besides the reason, the field entry carries what the app needs to say it: here, who.
    expect(notOnRoll.errors![0]!.extensions!.fields![0]).toMatchObject({ field: 'input.attendance[3].memberId', reason: 'NOT_ON_ROLL', memberId: ids.ha });
    expectReason(await april([...ok, ['en', 'PRESENT']]), 'VALIDATION_FAILED', 'input.attendance[3].memberId', 'NOT_ON_ROLL');
    expectReason(await april([...ok, ['dung', 'PRESENT']]), 'VALIDATION_FAILED', 'input.attendance[3].memberId', 'NOT_ON_ROLL');
    expectReason(await record(meeting('a', '2020-05-06', [...ok, ['giang', 'PRESENT']])), 'VALIDATION_FAILED', 'input.attendance[3].memberId', 'NOT_ON_ROLL');
    const missing = await april([['an', 'PRESENT'], ['binh', 'PRESENT']]);
    expectReason(missing, 'VALIDATION_FAILED', 'input.attendance', 'MISSING_MEMBERS');
    expect(missing.errors![0]!.message).toMatch(/^2 members .*Hoàng Văn Giang, Lê Thị Cúc/);
    const missingEntry = missing.errors![0]!.extensions!.fields![0] as unknown as { count: number; memberIds: string[] };
    expect(missingEntry.count).toBe(2);
    expect([...missingEntry.memberIds].sort()).toEqual([ids.cuc, ids.giang].sort());
    // Several problems at once: each field entry has its own reason, not only the first.
    const several = await april([...ok, ['giang', 'EXCUSED']], { endTime: '18:30', notes: 'x'.repeat(4001) });
    expectReason(several, 'VALIDATION_FAILED', 'input.endTime', 'END_BEFORE_START');
    expect(several.errors![0]!.extensions!.fields!.map((f) => [f.field, f.reason])).toEqual([
      ['input.endTime', 'END_BEFORE_START'],
      ['input.notes', 'TOO_LONG'],
      ['input.attendance[3].reason', 'REASON_REQUIRED'],
    ]);
    expect(several.errors![0]!.extensions!.fields![1]).toMatchObject({ max: 4000 });
    expectReason(await april([...ok, ['giang', 'PRESENT'], ['an', 'UNEXCUSED']]), 'VALIDATION_FAILED', 'input.attendance[4].memberId', 'DUPLICATE_MEMBER');
    expectReason(await april([...ok, ['giang', 'EXCUSED']]), 'VALIDATION_FAILED', 'input.attendance[3].reason', 'REASON_REQUIRED');
    expectReason(await april([...ok, ['giang', 'EXCUSED', '   ']]), 'VALIDATION_FAILED', 'input.attendance[3].reason', 'REASON_REQUIRED');
    expectReason(await april([...ok, ['giang', 'PRESENT']], { endTime: '18:30' }), 'VALIDATION_FAILED', 'input.endTime', 'END_BEFORE_START');
    expectReason(await april([...ok, ['giang', 'PRESENT']], { startTime: '7h30' }), 'VALIDATION_FAILED', 'input.startTime', 'BAD_TIME');
    expectReason(await april([...ok, ['giang', 'PRESENT']], { date: '2999-04-06' }), 'VALIDATION_FAILED', 'input.date', 'FUTURE_DATE');
    expectReason(await april([...ok, ['giang', 'PRESENT']], { kind: 'THEMATIC' }), 'VALIDATION_FAILED', 'input.topic', 'TOPIC_REQUIRED');
    expectReason(await april([...ok, ['giang', 'PRESENT']], { place: ' ' }), 'VALIDATION_FAILED', 'input.place', 'REQUIRED');
    expectReason(await april([...ok, ['giang', 'PRESENT']], { notes: 'x'.repeat(4001) }), 'VALIDATION_FAILED', 'input.notes', 'TOO_LONG');
    expectReason(await april([...ok, ['giang', 'PRESENT']], { guests: [{ assignmentId: ids.assignB }] }), 'VALIDATION_FAILED', 'input.guests[0].assignmentId', 'NOT_ASSIGNED');
    expectReason(await april([...ok, ['giang', 'PRESENT']], { guests: [{ title: 'Bí thư' }] }), 'VALIDATION_FAILED', 'input.guests[0].fullName', 'NAME_REQUIRED');
    expectReason(await record(meeting('a', '2021-03-05', [['an', 'PRESENT'], ['binh', 'PRESENT'], ['cuc', 'PRESENT'], ['en', 'PRESENT']], { guests: [{ assignmentId: ids.assignA }] })), 'VALIDATION_FAILED', 'input.guests[0].assignmentId', 'NOT_ASSIGNED');
    expectReason(await record(meeting('commune', '2020-04-06', [])), 'VALIDATION_FAILED', 'input.organizationId', 'WRONG_KIND');
    expectReason(await record(meeting('a', '1999-04-06', [])), 'VALIDATION_FAILED', 'input.date', 'NOT_EXISTING');
    expectError(await april([...ok, ['giang', 'PRESENT']], { organizationId: ids.an }), 'VALIDATION_FAILED', 'input.organizationId');
    expectError(await april([...ok, ['giang', 'PRESENT']], { kind: 'WEEKLY' }), 'VALIDATION_FAILED');
    // A second regular meeting in March (regular with a thematic part counts as regular).
    const second = await record(meeting('a', '2020-03-20', [['an', 'PRESENT'], ['binh', 'PRESENT'], ['cuc', 'PRESENT'], ['giang', 'PRESENT']], { kind: 'REGULAR_WITH_THEMATIC', topic: 'Chuyên đề' }));
    expectReason(second, 'CONFLICT', 'input.date', 'DUPLICATE_REGULAR');
    // The other meeting's id and date, for the app to link to it (not read back out of the message).
    expect(second.errors![0]!.extensions!.fields![0]).toMatchObject({ reason: 'DUPLICATE_REGULAR', meetingId: ids.march, date: '2020-03-05', month: '2020-03' });
    expect(await snapshot(server)).toBe(before);
  });

  it('refuses leaders and staff outside the cell’s scope', async () => {
    const input = meeting('a', '2020-04-06', [['an', 'PRESENT'], ['binh', 'PRESENT'], ['cuc', 'PRESENT'], ['giang', 'PRESENT']]);
    const before = await snapshot(server);
    expectError(await record(input, leader), 'FORBIDDEN', 'input.organizationId');
    expectError(await record(input, staffElsewhere), 'NOT_FOUND', 'input.organizationId');
    expectError(await record(input, staffCellB), 'NOT_FOUND', 'input.organizationId');
    expect(await snapshot(server)).toBe(before);
  });

  it('records the meetings of the other cell, with the transferred member on its roll', async () => {
    const m = await recorded('julyB', meeting('b', '2020-07-06', [['giang', 'EXCUSED', 'Đi công tác'], ['ha', 'PRESENT']], { startTime: '08:00', endTime: '09:30' }));
    expect(m).toMatchObject({ eligibleCount: 2, presentCount: 1, excusedCount: 1, evening: false, inWindow: null, durationMinutes: 90 });
    // Giang's run of absences with reason continues across cells (one member, one order).
    expect(m.attendance.find((a: { member: { fullName: string } }) => a.member.fullName === 'Hoàng Văn Giang').excusedStreak).toBe(1);
    expectReason(await record(meeting('b', '2020-07-20', [['ha', 'PRESENT']])), 'VALIDATION_FAILED', 'input.attendance', 'MISSING_MEMBERS');
  });
});

describe('reading meetings', () => {
  it('lists an organisation’s meetings newest first, within dates, without a query per meeting', async () => {
    await recorded('extra', meeting('a', '2020-03-25', [['an', 'PRESENT'], ['binh', 'PRESENT'], ['cuc', 'PRESENT'], ['giang', 'PRESENT']], { kind: 'EXTRAORDINARY', startTime: '14:00', endTime: '15:00' }));
    const query = `query($id: ID!, $from: Date, $to: Date) { organization(id: $id) { meetings(from: $from, to: $to) { totalCount nodes { date kind inWindow attendance { member { fullName } status } guests { fullName assignment { fullName } } } } } }`;
    const res = await server.gql(query, { id: ids.a });
    expect(res.data.organization.meetings.nodes.map((n: { date: string; kind: string; inWindow: boolean | null }) => [n.date, n.kind, n.inWindow])).toEqual([
      ['2020-03-25', 'EXTRAORDINARY', null],
      ['2020-03-05', 'REGULAR', true],
    ]);
    expect(res.data.organization.meetings.nodes.every((n: { attendance: unknown[] }) => n.attendance.length === 4)).toBe(true);
    const statements = res.extensions!.sql!.statements;
    expect(statements).toBeLessThanOrEqual(8);
    const window = await server.data(query, { id: ids.a, from: '2020-03-10', to: '2020-03-31' });
    expect(window.organization.meetings.totalCount).toBe(1);
    expectReason(await server.gql(query, { id: ids.a, from: '2020-04-01', to: '2020-03-01' }), 'VALIDATION_FAILED', 'to', 'BAD_PERIOD');
  });

  it('shows meetings to readers in scope only', async () => {
    expect((await leader.data(`query($id: ID!) { meeting(id: $id) { date attendance { member { fullName } } } }`, { id: ids.march })).meeting.attendance).toHaveLength(4);
    expectNull(await staffElsewhere.gql(`query($id: ID!) { meeting(id: $id) { date } }`, { id: ids.march }));
    expectNull(await staffElsewhere.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.march }));
    expectNull(await staffElsewhere.gql(`query($id: ID!) { organization(id: $id) { meetings { totalCount } } }`, { id: ids.a }));
    expectNull(await staffCellB.gql(`query($id: ID!) { meeting(id: $id) { date } }`, { id: ids.march }));
    expect((await staffCellB.data(`query($id: ID!) { meeting(id: $id) { date } }`, { id: ids.julyB })).meeting.date).toBe('2020-07-06');
    expect((await server.data(`query($id: ID!) { meeting(id: $id) { id } }`, { id: globalId('Meeting', 999999) })).meeting).toBeNull();
  });

  it('lists a member’s attendance, at the meetings the reader may see', async () => {
    const q = `query($id: ID!, $from: Date) { member(id: $id) { attendance(from: $from) { meeting { date organization { code } } status reason } } }`;
    expect((await server.data(q, { id: ids.giang })).member.attendance).toEqual([
      { meeting: { date: '2020-03-05', organization: { code: 'CB-DONG' } }, status: 'PRESENT', reason: null },
      { meeting: { date: '2020-03-25', organization: { code: 'CB-DONG' } }, status: 'PRESENT', reason: null },
      { meeting: { date: '2020-07-06', organization: { code: 'CB-TAY' } }, status: 'EXCUSED', reason: 'Đi công tác' },
    ]);
    expect((await server.data(q, { id: ids.giang, from: '2020-03-06' })).member.attendance).toHaveLength(2);
    // Staff of cell B see Giang (now in B) and B's meeting, not cell A's.
    expect((await staffCellB.data(q, { id: ids.giang })).member.attendance.map((r: { meeting: { date: string } }) => r.meeting.date)).toEqual(['2020-07-06']);
    expectNull(await staffElsewhere.gql(q, { id: ids.binh }));
  });
});

describe('runs of absences with reason', () => {
  const full = (binh: Att[1], reason?: string): Att[] => [['an', 'PRESENT'], ['binh', binh, reason], ['cuc', 'PRESENT']];

  it('counts four absences with reason in a row, and a back-dated meeting attended resets the later runs', async () => {
    await recorded('april', meeting('a', '2020-04-06', [...full('EXCUSED', 'Ốm'), ['giang', 'PRESENT']]));
    await recorded('may', meeting('a', '2020-05-12', full('EXCUSED', 'Đi viện')));
    await recorded('june', meeting('a', '2020-06-05', full('EXCUSED', 'Chăm con ốm')));
    const july = await recorded('july', meeting('a', '2020-07-06', [...full('EXCUSED', 'Đi làm xa'), ['en', 'PRESENT']]));
    expect(july.attendance.find((a: { member: { fullName: string } }) => a.member.fullName === 'Trần Thị Bình').excusedStreak).toBe(4);
    expect(await streaksOf('binh')).toEqual([
      ['2020-03-05', 'EXCUSED', 1],
      ['2020-03-25', 'PRESENT', 0],
      ['2020-04-06', 'EXCUSED', 1],
      ['2020-05-12', 'EXCUSED', 2],
      ['2020-06-05', 'EXCUSED', 3],
      ['2020-07-06', 'EXCUSED', 4],
    ]);
    // Correct the extraordinary meeting of 25 March: Bình was away with reason too.
    const fixed = await update('extra', meeting('a', '2020-03-25', [['an', 'PRESENT'], ['binh', 'EXCUSED', 'Ốm'], ['cuc', 'PRESENT'], ['giang', 'PRESENT']], { kind: 'EXTRAORDINARY', startTime: '14:00', endTime: '15:00' }));
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data.updateMeeting.lockVersion).toBeGreaterThan(versions.extra!);
    versions.extra = fixed.data.updateMeeting.lockVersion;
    expect((await streaksOf('binh')).map((r) => r[2])).toEqual([1, 2, 3, 4, 5, 6]);
    // A back-dated extraordinary meeting on 20 April that Bình attended.
    await recorded('aprilExtra', meeting('a', '2020-04-20', [...full('PRESENT'), ['giang', 'PRESENT']], { kind: 'EXTRAORDINARY' }));
    expect(await streaksOf('binh')).toEqual([
      ['2020-03-05', 'EXCUSED', 1],
      ['2020-03-25', 'EXCUSED', 2],
      ['2020-04-06', 'EXCUSED', 3],
      ['2020-04-20', 'PRESENT', 0],
      ['2020-05-12', 'EXCUSED', 1],
      ['2020-06-05', 'EXCUSED', 2],
      ['2020-07-06', 'EXCUSED', 3],
    ]);
    // May's regular meeting fell outside the 4–10 window.
    expect((await server.data(`query($id: ID!) { meeting(id: $id) { inWindow } }`, { id: ids.may })).meeting.inWindow).toBe(false);
  });

  it('moves a meeting to another date and recomputes from the earlier of the two dates', async () => {
    // 20 April → 20 June: Én (joined 15 June) is now expected, Giang (left 1 May) no longer.
    const moved = await update('aprilExtra', meeting('a', '2020-06-20', [...full('PRESENT'), ['en', 'PRESENT']], { kind: 'EXTRAORDINARY' }));
    expect(moved.errors, JSON.stringify(moved.errors)).toBeUndefined();
    expect(moved.data.updateMeeting).toMatchObject({ date: '2020-06-20', eligibleCount: 4 });
    const staleVersion = versions.aprilExtra!;
    versions.aprilExtra = moved.data.updateMeeting.lockVersion;
    expect((await streaksOf('binh')).map((r) => r[2])).toEqual([1, 2, 3, 4, 5, 0, 1]);
    expect((await streaksOf('giang')).map((r) => r[0])).toEqual(['2020-03-05', '2020-03-25', '2020-04-06', '2020-07-06']);

    const before = await snapshot(server);
    expectReason(await update('aprilExtra', meeting('a', '2020-06-20', [...full('PRESENT'), ['en', 'PRESENT']], { kind: 'EXTRAORDINARY', place: 'Khác' }), staleVersion), 'CONFLICT', 'input.expectedVersion', 'STALE_VERSION');
    expectReason(await update('may', meeting('a', '2020-06-08', full('PRESENT'))), 'CONFLICT', 'input.date', 'DUPLICATE_REGULAR');
    expectReason(await update('may', meeting('a', '2020-06-25', full('PRESENT'))), 'VALIDATION_FAILED', 'input.attendance', 'MISSING_MEMBERS');
    expectError(await staffElsewhere.gql(`mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, {
      input: { ...meeting('a', '2020-05-12', full('PRESENT')), organizationId: undefined, id: ids.may, expectedVersion: versions.may },
    }), 'NOT_FOUND', 'input.id');
    expectReason(await remove('may', staleVersion + 100), 'CONFLICT', 'input.expectedVersion', 'STALE_VERSION');
    expectError(await leader.gql(`mutation($input: DeleteMeetingInput!) { deleteMeeting(input: $input) }`, { input: { id: ids.may, expectedVersion: versions.may } }), 'FORBIDDEN', 'input.id');
    expect(await snapshot(server)).toBe(before);
  });

  it('deletes a meeting and recomputes the later runs', async () => {
    const res = await remove('april');
    expect(res.errors).toBeUndefined();
    expect(res.data.deleteMeeting).toBe(ids.april);
    expect(await streaksOf('binh')).toEqual([
      ['2020-03-05', 'EXCUSED', 1],
      ['2020-03-25', 'EXCUSED', 2],
      ['2020-05-12', 'EXCUSED', 3],
      ['2020-06-05', 'EXCUSED', 4],
      ['2020-06-20', 'PRESENT', 0],
      ['2020-07-06', 'EXCUSED', 1],
    ]);
    expect((await server.data(`query($id: ID!) { meeting(id: $id) { id } }`, { id: ids.april })).meeting).toBeNull();
    const rows = await server.orm.em.fork().getConnection().execute(`select count(*) as n from attendance where meeting_id = ?`, [dbId(ids.april!)]);
    expect(Number(rows[0].n)).toBe(0);
    expectError(await remove('april'), 'NOT_FOUND', 'input.id');
  });

  it('refuses to delete a meeting whose quality was submitted, and takes a draft assessment along otherwise', async () => {
    // Meeting-quality assessments are scored elsewhere; rows written here are enough.
    const table = await server.data(`mutation($owner: ID!) { createCriteriaTable(input: { seriesCode: "MQ-TEST", name: "Chất lượng sinh hoạt", model: MEETING_QUALITY, ownerId: $owner }) { id } }`, { owner: ids.p });
    const em = server.orm.em.fork();
    em.setFilterParams('scope', { ranges: null });
    const [org] = await em.getConnection().execute(`select path, root_id from organization where id = ?`, [dbId(ids.a!)]);
    const assess = (meetingName: string, status: 'DRAFT' | 'SUBMITTED') =>
      em.create(Assessment, {
        table: dbId(table.createCriteriaTable.id), model: 'MEETING_QUALITY', organization: dbId(ids.a!), memberKey: 0,
        meeting: dbId(ids[meetingName]!), meetingKey: dbId(ids[meetingName]!), period: '2020', year: 2020, subjectPath: String(org.path), rootId: Number(org.root_id), status,
      });
    assess('june', 'SUBMITTED');
    assess('may', 'DRAFT');
    await em.flush();
    const before = await snapshot(server);
    expectReason(await remove('june'), 'CONFLICT', 'input.id', 'QUALITY_ASSESSED');
    expect(await snapshot(server)).toBe(before);
    const res = await remove('may');
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const left = await em.getConnection().execute(`select count(*) as n from assessment where meeting_id is not null`);
    expect(Number(left[0].n)).toBe(1);
    expect((await streaksOf('binh')).map((r) => r[2])).toEqual([1, 2, 3, 0, 1]);
  });
});

describe('after the meetings', () => {
  it('keeps a member who has since died on the meetings they were expected at', async () => {
    await server.data(`mutation($input: ChangeMemberStatusInput!) { changeMemberStatus(input: $input) { status } }`, {
      input: { id: ids.cuc, status: 'DECEASED', effectiveOn: '2020-08-01' },
    });
    const names = async (client: Client) =>
      (await client.data(`query($id: ID!) { meeting(id: $id) { attendance { memberName member { fullName } } } }`, { id: ids.march })).meeting.attendance;
    // She has left the register: she stays with the readers of her last cell.
    expect((await names(leader)).find((a: { memberName: string }) => a.memberName === 'Lê Thị Cúc')).toEqual({ memberName: 'Lê Thị Cúc', member: { fullName: 'Lê Thị Cúc' } });
    expect(await roll('a', '2020-07-06', leader)).toContain('Lê Thị Cúc');
    expect(await roll('a', '2020-08-01', leader)).not.toContain('Lê Thị Cúc');
  });

  it('re-evaluates the window of regular meetings from a date when asked', async () => {
    const inWindow = async (name: string) => (await server.data(`query($id: ID!) { meeting(id: $id) { inWindow } }`, { id: ids[name] })).meeting.inWindow;
    const res = await server.data(`mutation($input: MeetingWindowInput!) { setMeetingWindow(input: $input) { meetingDayFrom meetingDayTo } }`, {
      input: { organizationId: ids.a, fromDay: 6, toDay: 12, applyFrom: '2020-06-01' },
    });
    expect(res.setMeetingWindow).toEqual({ meetingDayFrom: 6, meetingDayTo: 12 });
    expect([await inWindow('march'), await inWindow('june'), await inWindow('july'), await inWindow('aprilExtra')]).toEqual([true, false, true, null]);
    await server.data(`mutation($input: MeetingWindowInput!) { setMeetingWindow(input: $input) { id } }`, { input: { organizationId: ids.a, fromDay: null, toDay: null } });
    expect(await inWindow('july')).toBe(true);
    const audit = await server.orm.em.fork().getConnection().execute(`select count(*) as n from audit_entry where action = 'setMeetingWindow'`);
    expect(Number(audit[0].n)).toBe(3);
  });
});
