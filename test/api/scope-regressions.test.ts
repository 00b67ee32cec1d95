import { ageBandOf, ageOn, todayInVietnam } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrg, expectError, expectNull, snapshot } from '../support/api.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

/**
 * The reproductions of issue #10, one by one (the generative walk is scope-walk.test.ts):
 * relations out of the scope, users of other provinces, grantless accounts, the existence
 * oracle, audit entries naming other provinces, and age-band bisection.
 *
 * Province A: district DA: cell CA1 (an; den, transferred in from CB1 in 2020; di, who attended a
 * 2019 meeting and left for CB1 in 2021). Province B: cell CB1 (bich). Card numbers are fixed.
 */
let server: TestServer;
const ids: Record<string, string> = {};
let leaderA: Client; // LEADER of DA
let staffA: Client; // STAFF of A
let adminA: Client; // ADMIN of A
let adminB: Client; // ADMIN of B
const today = todayInVietnam();
const year = Number(today.slice(0, 4));
const card = (key: string) => `RG${String(process.pid).slice(-4)}${key}`;

beforeAll(async () => {
  server = await startTestServer();
  ids.A = await createOrg(server, { code: 'RG-A', name: 'Đảng bộ tỉnh A', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.DA = await createOrg(server, { code: 'RG-DA', name: 'Huyện ủy A', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.A, foundedOn: '2000-01-01' });
  ids.CA1 = await createOrg(server, { code: 'RG-CA1', name: 'Chi bộ A1', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.DA, foundedOn: '2000-01-01' });
  ids.B = await createOrg(server, { code: 'RG-B', name: 'Đảng bộ tỉnh B', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.CB1 = await createOrg(server, { code: 'RG-CB1', name: 'Chi bộ B1', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.B, foundedOn: '2000-01-01' });
  ids.an = await createMember(server, { organizationId: ids.CA1, fullName: 'An Văn A', cardNumber: card('AN'), since: '2010-01-01' });
  ids.di = await createMember(server, { organizationId: ids.CA1, fullName: 'Đi Văn Xa', cardNumber: card('DI'), since: '2010-01-01' });
  ids.den = await createMember(server, { organizationId: ids.CB1, fullName: 'Đến Văn Gần', cardNumber: card('DEN'), since: '2010-01-01' });
  ids.bich = await createMember(server, { organizationId: ids.CB1, fullName: 'Bích Thị Bê', cardNumber: card('BICH'), since: '2010-01-01' });
  const meeting = await server.data(`mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`, {
    input: { organizationId: ids.CA1, kind: 'REGULAR', date: '2019-05-06', startTime: '08:00', endTime: '10:00', place: 'Hội trường', draftResolution: true, fullMinutes: true,
      attendance: [{ memberId: ids.an, status: 'PRESENT' }, { memberId: ids.di, status: 'PRESENT' }] },
  });
  ids.meeting = meeting.recordMeeting.id;
  const transfer = (who: string, to: string, on: string) =>
    server.data(`mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }`, { input: { id: ids[who], organizationId: ids[to], effectiveOn: on } });
  await transfer('den', 'CA1', '2020-01-01');
  await transfer('di', 'CB1', '2021-01-01');
  leaderA = await server.userWith('rg-leader-a', [{ role: 'LEADER', organizationId: ids.DA }]);
  staffA = await server.userWith('rg-staff-a', [{ role: 'STAFF', organizationId: ids.A }]);
  adminA = await server.userWith('rg-admin-a', [{ role: 'ADMIN', organizationId: ids.A }]);
  adminB = await server.userWith('rg-admin-b', [{ role: 'ADMIN', organizationId: ids.B }]);
});
afterAll(async () => server?.close());

describe('relations that point out of the scope', () => {
  it('a member transferred in: the former cell elsewhere keeps its name, not its id, figures or overseers', async () => {
    const q = `query($id: ID!) { member(id: $id) { memberships { organizationName validFrom organization { code name stats { members membersByGender { gender count } }
      meetingStats { meetings present eligible } recommendationStats { open } oversightCompliance(year: 2026) { items { assignment { fullName title } } } } } } }`;
    const res = await leaderA.data(q, { id: ids.den });
    expect(res.member.memberships).toEqual([
      { organizationName: 'Chi bộ B1', validFrom: '2010-01-01', organization: null },
      expect.objectContaining({ organizationName: 'Chi bộ A1', validFrom: '2020-01-01', organization: expect.objectContaining({ code: 'RG-CA1' }) }),
    ]);
    // A national reader still gets the former cell.
    expect((await server.data(q, { id: ids.den })).member.memberships[0].organization.code).toBe('RG-CB1');
  });

  it('the attendance of a member who has left for another province: the row keeps the name, not the member', async () => {
    const q = `query($id: ID!) { meeting(id: $id) { attendance { memberName status member { id cardNumber memberships { organization { code } } } } } }`;
    const rows = (await staffA.data(q, { id: ids.meeting })).meeting.attendance;
    expect(rows.find((r: { memberName: string }) => r.memberName === 'Đi Văn Xa')).toEqual({ memberName: 'Đi Văn Xa', status: 'PRESENT', member: null });
    expect(rows.find((r: { memberName: string }) => r.memberName === 'An Văn A').member.cardNumber).toBe(card('AN'));
  });

  it('an update of that meeting by staff who no longer see him keeps his attendance as recorded', async () => {
    const q = `query($id: ID!) { meeting(id: $id) { lockVersion notes attendance { memberName status } } }`;
    const before = (await staffA.data(q, { id: ids.meeting })).meeting;
    const updated = await staffA.data(`mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { notes } }`, {
      input: { id: ids.meeting, expectedVersion: before.lockVersion, kind: 'REGULAR', date: '2019-05-06', startTime: '08:00', endTime: '10:00', place: 'Hội trường', draftResolution: true, fullMinutes: true,
        notes: 'Bổ sung biên bản', attendance: [{ memberId: ids.an, status: 'EXCUSED', reason: 'Ốm' }] },
    });
    expect(updated.updateMeeting.notes).toBe('Bổ sung biên bản');
    const rows = (await server.data(q, { id: ids.meeting })).meeting.attendance;
    expect(rows.map((r: { memberName: string; status: string }) => `${r.memberName}:${r.status}`).sort()).toEqual(['An Văn A:EXCUSED', 'Đi Văn Xa:PRESENT']);
  });

  it('the other way: staff of B see the transferred-out member, not the cell of A he came from', async () => {
    const staffB = await server.userWith('rg-staff-b', [{ role: 'STAFF', organizationId: ids.B }]);
    const res = await staffB.data(`query($id: ID!) { member(id: $id) { memberships { organizationName organization { code } } attendance { meeting { id } } } }`, { id: ids.di });
    expect(res.member.memberships).toEqual([{ organizationName: 'Chi bộ A1', organization: null }, { organizationName: 'Chi bộ B1', organization: { code: 'RG-CB1' } }]);
    expect(res.member.attendance).toEqual([]);
  });
});

describe('the existence oracle', () => {
  it('answers an object outside the scope exactly as a missing one, for reads', async () => {
    const missingOrg = Buffer.from('Organization:987654').toString('base64url');
    const missingMember = Buffer.from('Member:987654').toString('base64url');
    for (const [query, variables] of [
      [`query($c: String) { organization(code: $c) { id } }`, { c: 'RG-B' }],
      [`query($c: String) { organization(code: $c) { id } }`, { c: 'NO-SUCH' }],
      [`query($c: String) { member(cardNumber: $c) { id } }`, { c: card('BICH') }],
      [`query($c: String) { member(cardNumber: $c) { id } }`, { c: 'NO-SUCH' }],
      [`query($id: ID!) { node(id: $id) { id } }`, { id: ids.CB1 }],
      [`query($id: ID!) { node(id: $id) { id } }`, { id: missingOrg }],
      [`query($id: ID!) { node(id: $id) { id } }`, { id: ids.bich }],
      [`query($id: ID!) { node(id: $id) { id } }`, { id: missingMember }],
    ] as const) {
      expectNull(await leaderA.gql(query, variables));
    }
  });

  it('answers NOT_FOUND for ids outside the scope in changes, as for missing ones, and changes nothing', async () => {
    const before = await snapshot(server);
    const transfer = (id: string, organizationId: string) =>
      staffA.gql(`mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }`, { input: { id, organizationId, effectiveOn: '2024-01-01' } });
    expectError(await transfer(ids.bich!, ids.CA1!), 'NOT_FOUND', 'input.id');
    expectError(await transfer(Buffer.from('Member:987654').toString('base64url'), ids.CA1!), 'NOT_FOUND', 'input.id');
    expectError(await transfer(ids.an!, ids.CB1!), 'NOT_FOUND', 'input.organizationId');
    // FORBIDDEN stays for what the caller reads but may not change.
    expectError(await leaderA.gql(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, { input: { id: ids.an, fullName: 'Tên khác' } }), 'FORBIDDEN', 'input.id');
    expect(await snapshot(server)).toBe(before);
  });
});

describe('users of other provinces and grantless accounts', () => {
  const USERS = `{ users(first: 200) { nodes { username grants { role organization { code } } } } }`;
  const names = async (client: Client) => (await client.data(USERS)).users.nodes.map((u: { username: string }) => u.username);

  it('a province admin sees only accounts granted inside the province, and only their grants there', async () => {
    const both = await server.userWith('rg-both', [{ role: 'LEADER', organizationId: ids.CA1 }, { role: 'LEADER', organizationId: ids.CB1 }]);
    expect(both).toBeDefined();
    const listed = await adminA.data(USERS);
    const usernames = listed.users.nodes.map((u: { username: string }) => u.username);
    expect(usernames).toEqual(expect.arrayContaining(['rg-admin-a', 'rg-leader-a', 'rg-staff-a', 'rg-both']));
    expect(usernames).not.toContain('rg-admin-b');
    expect(usernames).not.toContain('test-admin');
    expect(listed.users.nodes.find((u: { username: string }) => u.username === 'rg-both').grants).toEqual([{ role: 'LEADER', organization: { code: 'RG-CA1' } }]);
    const idOf = async (username: string) => (await server.data(USERS.replace('username grants', 'id username grants'))).users.nodes.find((u: { username: string }) => u.username === username).id;
    const adminBId = await idOf('rg-admin-b');
    expectNull(await adminA.gql(`query($id: ID!) { node(id: $id) { id ... on User { username grants { organization { code } } } } }`, { id: adminBId }));
    expectNull(await adminA.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: Buffer.from('User:987654').toString('base64url') }));
    // Visible, but granted elsewhere too: not manageable.
    expectError(await adminA.gql(`mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { active } }`, { input: { userId: await idOf('rg-both'), active: false } }), 'FORBIDDEN', 'input.userId');
  });

  it('an account without grants belongs to the scope of whoever created it', async () => {
    const created = await adminB.data(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { username: 'rg-new-b', displayName: 'Mới B', password: 'long-enough-pass' } });
    const userId = created.createUser.id;
    expect(await names(adminB)).toContain('rg-new-b');
    expect(await names(adminA)).not.toContain('rg-new-b');
    expect(await names(server)).toContain('rg-new-b');
    const before = await snapshot(server);
    expectNull(await adminA.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: userId }));
    expectError(await adminA.gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { username } }`, { input: { userId, password: 'another-long-pass' } }), 'NOT_FOUND', 'input.userId');
    expectError(await adminA.gql(`mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { active } }`, { input: { userId, active: false } }), 'NOT_FOUND', 'input.userId');
    expectError(await adminA.gql(`mutation($input: GrantRoleInput!) { grantRole(input: $input) { role } }`, { input: { userId, role: 'LEADER', organizationId: ids.CA1 } }), 'NOT_FOUND', 'input.userId');
    expect(await snapshot(server)).toBe(before);
    // Its creator's scope manages it.
    expect((await adminB.data(`mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { active } }`, { input: { userId, active: false } })).setUserActive.active).toBe(false);
    expect((await adminB.data(`mutation($input: GrantRoleInput!) { grantRole(input: $input) { organization { code } } }`, { input: { userId, role: 'LEADER', organizationId: ids.CB1 } })).grantRole.organization.code).toBe('RG-CB1');
  });
});

describe('audit entries', () => {
  it('name nothing outside the reader’s scope', async () => {
    const log = (await staffA.data(`{ auditLog(first: 200) { nodes { action entityId before after } } }`)).auditLog.nodes;
    const text = JSON.stringify(log);
    for (const outside of [ids.B, ids.CB1, ids.bich, ids.di, card('DI'), card('BICH'), 'RG-CB1']) expect(text).not.toContain(outside);
    // Đi was registered in CA1, and has since left for B: the entry stays, without naming him.
    expect(log.find((e: { action: string; entityId: string }) => e.action === 'createMember' && e.entityId === 'OUT_OF_SCOPE')).toMatchObject({ after: { fullName: 'Đi Văn Xa', cardNumber: 'OUT_OF_SCOPE' } });
    // Đến came from CB1: the cell he left is not named.
    expect(log.find((e: { action: string; entityId: string }) => e.action === 'transferMember' && e.entityId === ids.den)).toMatchObject({ before: { organizationId: 'OUT_OF_SCOPE' } });
    // Entries about what the reader sees keep their ids.
    expect(log.some((e: { entityId: string }) => e.entityId === ids.an)).toBe(true);
  });
});

describe('age bands', () => {
  it('cannot narrow a birth date by counting a tiny group on chosen days, for callers who do not read birth dates', async () => {
    // A one-member cell; she turns 31 on 20 July of last year.
    const cell = await createOrg(server, { code: 'RG-TINY', name: 'Chi bộ nhỏ', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.DA, foundedOn: '2000-01-01' });
    const born = `${year - 1 - 31}-07-20`;
    await createMember(server, { organizationId: cell, fullName: 'Cúc Thị Tuổi', birthDate: born, cardNumber: card('TUOI'), joinedOn: '2020-01-01', since: '2020-01-01' });
    const q = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { memberCounts(asOf: $asOf, groupBy: [AGE_BAND]) { ageBand count } stats(asOf: $asOf) { membersByAgeBand { ageBand count } } } } }`;
    const band = async (client: Client, asOf: string) => {
      const node = (await client.data(q, { id: cell, asOf })).node;
      const fromStats = node.stats.membersByAgeBand.filter((b: { count: number }) => b.count > 0).map((b: { ageBand: string }) => b.ageBand);
      expect(node.memberCounts.map((c: { ageBand: string }) => c.ageBand)).toEqual(fromStats);
      return fromStats.join();
    };
    const days = ['01-01', '03-15', '07-19', '07-20', '07-21', '10-01', '12-31'].map((d) => `${year - 1}-${d}`);
    // The leader learns the birth year only: the same band on every day of the year.
    const leaderBands = await Promise.all(days.map((d) => band(leaderA, d)));
    expect(new Set(leaderBands)).toEqual(new Set(['FROM_31_TO_40']));
    // Staff, who read birth dates anyway, get the exact age on the day.
    const staffBands = await Promise.all(days.map((d) => band(staffA, d)));
    expect(staffBands).toEqual(days.map((d) => ageBandOf(ageOn(born, d))));
    // Today (rolled-up counts): the age reached this year for the leader, the exact one for staff.
    const bornThisYear = `${year - 31}-12-31`;
    const today31 = await createOrg(server, { code: 'RG-TINY2', name: 'Chi bộ nhỏ 2', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.DA, foundedOn: '2000-01-01' });
    const lan = await createMember(server, { organizationId: today31, fullName: 'Lan Thị Tuổi', birthDate: bornThisYear, cardNumber: card('TUOI2'), joinedOn: '2020-01-01', since: '2020-01-01' });
    const todayBand = async (client: Client) => (await client.data(q, { id: today31, asOf: null })).node.stats.membersByAgeBand.filter((b: { count: number }) => b.count > 0).map((b: { ageBand: string }) => b.ageBand);
    expect(await todayBand(leaderA)).toEqual(['FROM_31_TO_40']);
    expect(await todayBand(staffA)).toEqual([ageBandOf(ageOn(bornThisYear, today))]);
    // A member's age and the age filter follow the same rule: watching the age tick over day by
    // day would otherwise give the birthday away.
    const ageOf = async (client: Client) => (await client.data(`query($id: ID!) { node(id: $id) { ... on Member { age } } }`, { id: lan })).node.age;
    expect(await ageOf(leaderA)).toBe(31);
    expect(await ageOf(staffA)).toBe(ageOn(bornThisYear, today));
    const filtered = async (client: Client, minAge: number) =>
      (await client.data(`query($id: ID!, $min: Int) { node(id: $id) { ... on Organization { members(first: 5, filter: { minAge: $min }) { nodes { id } } } } }`, { id: today31, min: minAge })).node.members.nodes.length;
    expect(await filtered(leaderA, 31)).toBe(1);
    expect(await filtered(staffA, 31)).toBe(ageOn(bornThisYear, today) >= 31 ? 1 : 0);
  });
});
