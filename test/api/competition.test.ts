import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '@fourgood/rules';
import { expectError, expectNull, snapshot } from '../support/api.js';
import { createMember, createOrg, globalId } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
let committeeStaff: Client; // staff of the grassroots committee: confers awards on its cells and members
let cellStaff: Client; // staff of cell A: registers its members' commitments
let leader: Client; // reads the committee, changes nothing
let otherStaff: Client; // staff of another province

const today = todayInVietnam();
const thisYear = Number(today.slice(0, 4));
const lastYear = thisYear - 1;

const COMMITMENT = `id year kind description target result resultNote registeredOn lockVersion met member { fullName } organization { code }`;
const REGISTER = `mutation($input: RegisterCommitmentInput!) { registerCommitment(input: $input) { ${COMMITMENT} } }`;
const REPORT = `mutation($input: ReportCommitmentResultInput!) { reportCommitmentResult(input: $input) { ${COMMITMENT} } }`;
const AWARD = `id kind awardedOn year reason decisionNumber organization { code } member { fullName } conferredBy { code }`;
const GRANT = `mutation($input: GrantAwardInput!) { grantAward(input: $input) { ${AWARD} } }`;
const REVOKE = `mutation($input: RevokeAwardInput!) { revokeAward(input: $input) }`;

function register(input: Record<string, unknown>, client: Client = server) {
  return client.gql(REGISTER, { input: { memberId: ids.an, year: lastYear, kind: 'TECHNICAL_INITIATIVE', description: 'Một sáng kiến cải tiến kỹ thuật', target: 1, ...input } });
}

function grant(input: Record<string, unknown>, client: Client = server) {
  return client.gql(GRANT, { input: { kind: 'CERTIFICATE_OF_MERIT', conferredById: ids.committee, awardedOn: '2024-01-15', year: 2023, reason: 'Chi bộ 4 tốt năm 2023', ...input } });
}

/*
 * Thái Nguyên (province)
 *   Thành ủy Thái Nguyên (city)
 *     Đảng bộ Công ty Gang thép (grassroots committee, enterprise)
 *       Chi bộ Phân xưởng Cán (cell A): An, Bình, Cường (moved to cell B on 2024-06-01)
 *       Chi bộ Phân xưởng Luyện (cell B, founded 2005): Dũng
 *     Chi bộ Điện lực (grassroots cell): Hà
 * Bắc Kạn (another province): Xuân
 */
beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-TN', name: 'Đảng bộ tỉnh Thái Nguyên', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.city = await createOrg(server, { code: 'TU-TN', name: 'Thành ủy Thái Nguyên', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'CITY', parentId: ids.province, foundedOn: '2000-01-01' });
  ids.committee = await createOrg(server, { code: 'DU-GANG', name: 'Đảng bộ Công ty Gang thép', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.city, foundedOn: '2000-01-01' });
  ids.cellA = await createOrg(server, { code: 'CB-CAN', name: 'Chi bộ Phân xưởng Cán', kind: 'CELL', cellType: 'ENTERPRISE', parentId: ids.committee, foundedOn: '2000-01-01' });
  ids.cellB = await createOrg(server, { code: 'CB-LUYEN', name: 'Chi bộ Phân xưởng Luyện', kind: 'CELL', cellType: 'ENTERPRISE', parentId: ids.committee, foundedOn: '2005-01-01' });
  ids.power = await createOrg(server, { code: 'CB-DL', name: 'Chi bộ Điện lực', kind: 'GRASSROOTS_CELL', cellType: 'ENTERPRISE', parentId: ids.city, foundedOn: '2000-01-01' });
  ids.other = await createOrg(server, { code: 'T-BK', name: 'Đảng bộ tỉnh Bắc Kạn', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.otherCell = await createOrg(server, { code: 'CB-BK', name: 'Chi bộ Sở Tài chính Bắc Kạn', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.other, foundedOn: '2000-01-01' });
  ids.an = await createMember(server, { organizationId: ids.cellA, fullName: 'An Văn Thép' });
  ids.binh = await createMember(server, { organizationId: ids.cellA, fullName: 'Bình Thị Gang' });
  ids.cuong = await createMember(server, { organizationId: ids.cellA, fullName: 'Cường Văn Lò' });
  ids.dung = await createMember(server, { organizationId: ids.cellB, fullName: 'Dũng Văn Luyện' });
  ids.ha = await createMember(server, { organizationId: ids.power, fullName: 'Hà Thị Điện' });
  ids.xuan = await createMember(server, { organizationId: ids.otherCell, fullName: 'Xuân Văn Xa' });
  ids.gone = await createMember(server, { organizationId: ids.cellA, fullName: 'Giang Văn Mất' });
  await server.data(`mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }`, { input: { id: ids.cuong, organizationId: ids.cellB, effectiveOn: '2024-06-01' } });
  await server.data(`mutation($input: ChangeMemberStatusInput!) { changeMemberStatus(input: $input) { id } }`, { input: { id: ids.gone, status: 'DECEASED', effectiveOn: '2024-06-01' } });
  committeeStaff = await server.userWith('committee-staff', [{ role: 'STAFF', organizationId: ids.committee }]);
  cellStaff = await server.userWith('cell-staff', [{ role: 'STAFF', organizationId: ids.cellA }]);
  leader = await server.userWith('committee-leader', [{ role: 'LEADER', organizationId: ids.committee }]);
  otherStaff = await server.userWith('other-staff', [{ role: 'STAFF', organizationId: ids.other }]);
});
afterAll(async () => server?.close());

describe('registrations for a model', () => {
  it('are listed on the organisation, latest first, with the day they were registered', async () => {
    const register = `mutation($input: RegisterForModelInput!) { registerForModel(input: $input) { model fromYear toYear registeredOn } }`;
    const first = await committeeStaff.data(register, { input: { organizationId: ids.cellA, model: 'FOUR_GOOD_CELL', fromYear: 2020, toYear: 2022 } });
    expect(first.registerForModel).toEqual({ model: 'FOUR_GOOD_CELL', fromYear: 2020, toYear: 2022, registeredOn: today });
    await committeeStaff.data(register, { input: { organizationId: ids.cellA, model: 'FOUR_GOOD_CELL', fromYear: 2023, toYear: 2025 } });
    const q = `query($id: ID!) { node(id: $id) { ... on Organization { registrations { model fromYear toYear registeredOn } } } }`;
    const listed = await cellStaff.data(q, { id: ids.cellA });
    expect(listed.node.registrations.map((r: { fromYear: number; toYear: number }) => `${r.fromYear}–${r.toYear}`)).toEqual(['2023–2025', '2020–2022']);
    expect((await server.data(q, { id: ids.cellB })).node.registrations).toEqual([]);
    expectNull(await otherStaff.gql(q, { id: ids.cellA }));
  });

  it('take an effective date, checked like the other dates: a registration entered late keeps its real day', async () => {
    const register = `mutation($input: RegisterForModelInput!) { registerForModel(input: $input) { model fromYear toYear registeredOn } }`;
    const input = (registeredOn: string) => ({ input: { organizationId: ids.cellB, model: 'FOUR_GOOD_CELL', fromYear: 2023, toYear: 2025, registeredOn } });
    const refused = async (registeredOn: string, reason: string) => {
      const res = await committeeStaff.gql(register, input(registeredOn));
      expectError(res, 'VALIDATION_FAILED', 'input.registeredOn');
      expect(res.errors![0]!.extensions?.reason).toBe(reason);
    };
    await refused('2999-01-01', 'FUTURE_DATE');
    await refused('2026-01-05', 'AFTER_PERIOD');
    await refused('1901-01-01', 'BEFORE_FOUNDED');
    const done = await committeeStaff.data(register, input('2023-02-20'));
    expect(done.registerForModel).toEqual({ model: 'FOUR_GOOD_CELL', fromYear: 2023, toYear: 2025, registeredOn: '2023-02-20' });
    const listed = await committeeStaff.data(`query($id: ID!) { node(id: $id) { ... on Organization { registrations { registeredOn } } } }`, { id: ids.cellB });
    expect(listed.node.registrations).toEqual([{ registeredOn: '2023-02-20' }]);
  });
});

describe('member commitments', () => {
  it('registers a commitment in the member’s cell and lists it on the member', async () => {
    const res = await register({}, cellStaff);
    expect(res.errors).toBeUndefined();
    expect(res.data.registerCommitment).toMatchObject({
      year: lastYear,
      kind: 'TECHNICAL_INITIATIVE',
      target: 1,
      result: null,
      met: false,
      registeredOn: today,
      member: { fullName: 'An Văn Thép' },
      organization: { code: 'CB-CAN' },
    });
    ids.anInitiative = res.data.registerCommitment.id;
    const listed = await cellStaff.data(`query($id: ID!) { node(id: $id) { ... on Member { commitments { id } other: commitments(year: 2001) { id } } } }`, { id: ids.an });
    expect(listed.node).toEqual({ commitments: [{ id: ids.anInitiative }], other: [] });
    const node = await cellStaff.data(`query($id: ID!) { node(id: $id) { id ... on MemberCommitment { kind } } }`, { id: ids.anInitiative });
    expect(node.node).toEqual({ id: ids.anInitiative, kind: 'TECHNICAL_INITIATIVE' });
  });

  it('refuses bad input and duplicates, and writes only in the caller’s cells, changing nothing', async () => {
    const before = await snapshot(server);
    const cases: Array<[Record<string, unknown>, string, string, string]> = [
      [{ target: 0 }, 'VALIDATION_FAILED', 'input.target', 'BAD_AMOUNT'],
      [{ target: -1 }, 'VALIDATION_FAILED', 'input.target', 'BAD_AMOUNT'],
      [{ target: 1.005 }, 'VALIDATION_FAILED', 'input.target', 'BAD_AMOUNT'],
      [{ year: 1999 }, 'VALIDATION_FAILED', 'input.year', 'BAD_YEAR'],
      [{ year: thisYear + 2 }, 'VALIDATION_FAILED', 'input.year', 'BAD_YEAR'],
      [{ description: ' ' }, 'VALIDATION_FAILED', 'input.description', 'REQUIRED'],
      [{ description: 'x'.repeat(2001) }, 'VALIDATION_FAILED', 'input.description', 'TOO_LONG'],
      [{ memberId: ids.gone }, 'VALIDATION_FAILED', 'input.memberId', 'NOT_IN_A_CELL'],
      [{}, 'CONFLICT', 'input.kind', 'DUPLICATE_COMMITMENT'],
    ];
    for (const [input, code, field, reason] of cases) {
      const res = await register(input);
      expectError(res, code, field);
      expect(res.errors![0]!.extensions!.reason, JSON.stringify(input)).toBe(reason);
    }
    expectError(await register({ kind: 'OTHER' }, leader), 'FORBIDDEN', 'input.memberId');
    expectError(await register({ kind: 'OTHER', memberId: ids.dung }, cellStaff), 'NOT_FOUND', 'input.memberId');
    expectError(await register({ kind: 'OTHER' }, otherStaff), 'NOT_FOUND', 'input.memberId');
    expectError(await register({ kind: 'OTHER', memberId: globalId('Member', 99999) }), 'NOT_FOUND', 'input.memberId');
    expect(await snapshot(server)).toBe(before);
  });

  it('reports results with optimistic locking; a year not begun has no result yet', async () => {
    const v = (await server.data(`query($id: ID!) { node(id: $id) { ... on MemberCommitment { lockVersion } } }`, { id: ids.anInitiative })).node.lockVersion;
    const before = await snapshot(server);
    const cases: Array<[Record<string, unknown>, string, string, string]> = [
      [{ result: -1 }, 'VALIDATION_FAILED', 'input.result', 'BAD_AMOUNT'],
      [{ result: 0.001 }, 'VALIDATION_FAILED', 'input.result', 'BAD_AMOUNT'],
      [{ result: 1, note: 'x'.repeat(2001) }, 'VALIDATION_FAILED', 'input.note', 'TOO_LONG'],
      [{ result: 1, expectedVersion: v + 5 }, 'CONFLICT', 'input.expectedVersion', 'STALE_VERSION'],
    ];
    for (const [input, code, field, reason] of cases) {
      const res = await cellStaff.gql(REPORT, { input: { id: ids.anInitiative, expectedVersion: v, ...input } });
      expectError(res, code, field);
      expect(res.errors![0]!.extensions!.reason, JSON.stringify(input)).toBe(reason);
    }
    expectError(await leader.gql(REPORT, { input: { id: ids.anInitiative, expectedVersion: v, result: 1 } }), 'FORBIDDEN', 'input.id');
    expectError(await otherStaff.gql(REPORT, { input: { id: ids.anInitiative, expectedVersion: v, result: 1 } }), 'NOT_FOUND', 'input.id');
    const next = (await register({ year: thisYear + 1, kind: 'CANDIDATE_INTRODUCED' }, cellStaff)).data.registerCommitment;
    const afterNext = await snapshot(server);
    expect(afterNext).not.toBe(before);
    const early = await cellStaff.gql(REPORT, { input: { id: next.id, expectedVersion: next.lockVersion, result: 1 } });
    expectError(early, 'VALIDATION_FAILED', 'input.id');
    expect(early.errors![0]!.extensions!.reason).toBe('YEAR_NOT_BEGUN');
    expect(await snapshot(server)).toBe(afterNext);

    const reported = await cellStaff.gql(REPORT, { input: { id: ids.anInitiative, expectedVersion: v, result: 2, note: 'Sáng kiến tiết kiệm điện' } });
    expect(reported.errors).toBeUndefined();
    expect(reported.data.reportCommitmentResult).toMatchObject({ result: 2, resultNote: 'Sáng kiến tiết kiệm điện', met: true, lockVersion: v + 1 });
  });

  it('sums up a subtree per kind in the database: members, targets, results, targets met', async () => {
    const commit = async (memberId: string, kind: string, target: number, result: number | null) => {
      const c = (await register({ memberId, kind, target }, committeeStaff)).data.registerCommitment;
      if (result !== null) await committeeStaff.data(REPORT, { input: { id: c.id, expectedVersion: c.lockVersion, result } });
    };
    // An: initiative 1 → 2 (above). Bình: initiative 1 → 0; two other commitments 1 + 2 → 1 + 1 (not met in sum).
    // Dũng (cell B): initiative 2, not reported. An: a candidate introduced, 1 → 1. Hà (outside the committee): initiative 1 → 1.
    await commit(ids.binh, 'TECHNICAL_INITIATIVE', 1, 0);
    await commit(ids.binh, 'OTHER', 1, 1);
    await commit(ids.binh, 'OTHER', 2, 1);
    await commit(ids.dung, 'TECHNICAL_INITIATIVE', 2, null);
    await commit(ids.an, 'CANDIDATE_INTRODUCED', 1, 1);
    const ha = (await register({ memberId: ids.ha, target: 1 })).data.registerCommitment;
    await server.data(REPORT, { input: { id: ha.id, expectedVersion: ha.lockVersion, result: 1 } });

    const q = `query($id: ID!, $year: Int!) { node(id: $id) { ... on Organization { commitmentSummary(year: $year) { kind members target result met } } } }`;
    const committee = (await leader.data(q, { id: ids.committee, year: lastYear })).node.commitmentSummary;
    expect(committee).toEqual([
      { kind: 'TECHNICAL_INITIATIVE', members: 3, target: 4, result: 2, met: 1 },
      { kind: 'CANDIDATE_INTRODUCED', members: 1, target: 1, result: 1, met: 1 },
      { kind: 'OTHER', members: 1, target: 3, result: 2, met: 0 },
    ]);
    const cellA = (await cellStaff.data(q, { id: ids.cellA, year: lastYear })).node.commitmentSummary;
    expect(cellA[0]).toEqual({ kind: 'TECHNICAL_INITIATIVE', members: 2, target: 2, result: 2, met: 1 });
    const city = (await server.data(q, { id: ids.city, year: lastYear })).node.commitmentSummary;
    expect(city[0]).toEqual({ kind: 'TECHNICAL_INITIATIVE', members: 4, target: 5, result: 3, met: 2 });
    const empty = (await server.data(q, { id: ids.committee, year: 2001 })).node.commitmentSummary;
    expect(empty.every((k: { members: number; target: number }) => k.members === 0 && k.target === 0)).toBe(true);
    expectError(await server.gql(q, { id: ids.committee, year: 1990 }), 'VALIDATION_FAILED', 'year');
  });
});

describe('awards', () => {
  it('confers awards on organisations and members, by the organisation itself or a committee above', async () => {
    const toCell = await grant({ organizationId: ids.cellA, decisionNumber: '125-QĐ/ĐU' }, committeeStaff);
    expect(toCell.errors).toBeUndefined();
    expect(toCell.data.grantAward).toMatchObject({ kind: 'CERTIFICATE_OF_MERIT', awardedOn: '2024-01-15', year: 2023, decisionNumber: '125-QĐ/ĐU', organization: { code: 'CB-CAN' }, member: null, conferredBy: { code: 'DU-GANG' } });
    ids.cellAward = toCell.data.grantAward.id;
    const itself = await grant({ organizationId: ids.committee, conferredById: ids.committee, reason: 'Hoàn thành xuất sắc nhiệm vụ' }, committeeStaff);
    expect(itself.errors).toBeUndefined();
    const toMember = await grant({ memberId: ids.an, kind: 'DIPLOMA_OF_MERIT', conferredById: ids.city, awardedOn: '2024-02-01', reason: 'Đảng viên tiêu biểu' });
    expect(toMember.data.grantAward).toMatchObject({ kind: 'DIPLOMA_OF_MERIT', organization: { code: 'CB-CAN' }, member: { fullName: 'An Văn Thép' }, conferredBy: { code: 'TU-TN' } });
    // Cường was in cell A in March 2024: the award counts there, and cell B could not confer it.
    const moved = await grant({ memberId: ids.cuong, awardedOn: '2024-03-01', reason: 'Lao động giỏi' }, committeeStaff);
    expect(moved.data.grantAward).toMatchObject({ organization: { code: 'CB-CAN' }, member: { fullName: 'Cường Văn Lò' } });
    // A member's own cell may commend them.
    const byCell = await grant({ memberId: ids.binh, conferredById: ids.cellA, kind: 'OTHER', reason: 'Khen thưởng đột xuất' }, cellStaff);
    expect(byCell.errors).toBeUndefined();

    const audit = await server.data(`query($f: AuditFilter) { auditLog(first: 20, filter: $f) { nodes { action entityType entityId after } } }`, { f: { organizationId: ids.cellA } });
    expect(audit.auditLog.nodes.find((e: { entityId: string }) => e.entityId === ids.cellAward)).toMatchObject({ action: 'grantAward', entityType: 'Award', after: { year: 2023, conferredById: ids.committee } });
  });

  it('refuses bad input with the field at fault and the reason, changing nothing', async () => {
    const before = await snapshot(server);
    const cases: Array<[Record<string, unknown>, string, string, string]> = [
      [{}, 'VALIDATION_FAILED', 'input.organizationId', 'ONE_RECIPIENT'],
      [{ organizationId: ids.cellA, memberId: ids.an }, 'VALIDATION_FAILED', 'input.memberId', 'ONE_RECIPIENT'],
      [{ organizationId: ids.cellA, year: 2025, awardedOn: '2024-12-31' }, 'VALIDATION_FAILED', 'input.year', 'YEAR_AFTER_AWARD'],
      [{ organizationId: ids.cellA, year: 1999 }, 'VALIDATION_FAILED', 'input.year', 'BAD_YEAR'],
      [{ organizationId: ids.cellA, awardedOn: `${thisYear + 1}-01-01` }, 'VALIDATION_FAILED', 'input.awardedOn', 'FUTURE_DATE'],
      [{ organizationId: ids.cellA, reason: '' }, 'VALIDATION_FAILED', 'input.reason', 'REQUIRED'],
      [{ organizationId: ids.cellA, reason: 'x'.repeat(2001) }, 'VALIDATION_FAILED', 'input.reason', 'TOO_LONG'],
      [{ organizationId: ids.cellA, decisionNumber: 'x'.repeat(65) }, 'VALIDATION_FAILED', 'input.decisionNumber', 'TOO_LONG'],
      [{ organizationId: ids.cellA, conferredById: ids.cellB }, 'VALIDATION_FAILED', 'input.conferredById', 'NOT_AN_ANCESTOR'],
      [{ organizationId: ids.committee, conferredById: ids.cellA }, 'VALIDATION_FAILED', 'input.conferredById', 'NOT_AN_ANCESTOR'],
      [{ memberId: ids.cuong, conferredById: ids.cellB, awardedOn: '2024-03-01' }, 'VALIDATION_FAILED', 'input.conferredById', 'NOT_AN_ANCESTOR'],
      [{ memberId: ids.an, awardedOn: '2009-05-01', year: 2008 }, 'VALIDATION_FAILED', 'input.memberId', 'NOT_IN_A_CELL'],
      [{ organizationId: ids.cellB, awardedOn: '2004-06-01', year: 2003 }, 'VALIDATION_FAILED', 'input.organizationId', 'NOT_EXISTING'],
      [{ organizationId: ids.cellA, decisionNumber: '125-QĐ/ĐU' }, 'CONFLICT', 'input.organizationId', 'DUPLICATE_AWARD'],
    ];
    for (const [input, code, field, reason] of cases) {
      const res = await grant(input);
      expectError(res, code, field);
      expect(res.errors![0]!.extensions!.reason, JSON.stringify(input)).toBe(reason);
    }
    expectError(await grant({ organizationId: globalId('Organization', 99999) }), 'NOT_FOUND', 'input.organizationId');
    // EDIT on the conferring committee.
    expectError(await grant({ organizationId: ids.cellA }, cellStaff), 'NOT_FOUND', 'input.conferredById');
    expectError(await grant({ organizationId: ids.cellA, conferredById: ids.city }, committeeStaff), 'NOT_FOUND', 'input.conferredById');
    expectError(await grant({ organizationId: ids.cellA, awardedOn: '2024-05-05' }, leader), 'FORBIDDEN', 'input.conferredById');
    expectError(await grant({ organizationId: ids.otherCell, awardedOn: '2024-05-05' }, committeeStaff), 'NOT_FOUND', 'input.organizationId');
    expectError(await grant({ memberId: ids.xuan, awardedOn: '2024-05-05' }, committeeStaff), 'NOT_FOUND', 'input.memberId');
    expect(await snapshot(server)).toBe(before);
  });

  it('lists awards of an organisation, of its subtree and of a member, and counts a year by kind', async () => {
    const q = `query($id: ID!, $year: Int, $subtree: Boolean) { node(id: $id) { ... on Organization { awards(year: $year, subtree: $subtree) { totalCount nodes { reason member { fullName } } } } } }`;
    const own = (await server.data(q, { id: ids.cellA })).node.awards;
    // To the cell and to its members (An, Cường in March 2024, Bình).
    expect(own.totalCount).toBe(4);
    expect(own.nodes.map((n: { reason: string }) => n.reason)).toEqual(['Lao động giỏi', 'Đảng viên tiêu biểu', 'Khen thưởng đột xuất', 'Chi bộ 4 tốt năm 2023']);
    const committeeOwn = (await server.data(q, { id: ids.committee })).node.awards;
    expect(committeeOwn.nodes.map((n: { reason: string }) => n.reason)).toEqual(['Hoàn thành xuất sắc nhiệm vụ']);
    const subtree = (await server.data(q, { id: ids.committee, subtree: true, year: 2023 })).node.awards;
    expect(subtree.totalCount).toBe(5);
    expect((await server.data(q, { id: ids.committee, subtree: true, year: 2022 })).node.awards.totalCount).toBe(0);

    const member = await cellStaff.data(`query($id: ID!) { node(id: $id) { ... on Member { awards { kind conferredBy { code } organization { code } } } } }`, { id: ids.an });
    // The city is above the cell staff's scope.
    expect(member.node.awards).toEqual([{ kind: 'DIPLOMA_OF_MERIT', conferredBy: null, organization: { code: 'CB-CAN' } }]);

    const counts = (await leader.data(`query($id: ID!) { node(id: $id) { ... on Organization { awardCounts(year: 2023) { kind organizations members } } } }`, { id: ids.committee })).node.awardCounts;
    expect(counts).toEqual([
      { kind: 'CERTIFICATE_OF_MERIT', organizations: 2, members: 1 },
      { kind: 'DIPLOMA_OF_MERIT', organizations: 0, members: 1 },
      { kind: 'OTHER', organizations: 0, members: 1 },
    ]);
    expectNull(await otherStaff.gql(q, { id: ids.cellA }));
    expectNull(await otherStaff.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.cellAward }));
  });

  it('revokes an award recorded by mistake: only the conferring committee’s staff', async () => {
    const before = await snapshot(server);
    expectError(await cellStaff.gql(REVOKE, { input: { id: ids.cellAward } }), 'FORBIDDEN', 'input.id');
    expectError(await leader.gql(REVOKE, { input: { id: ids.cellAward } }), 'FORBIDDEN', 'input.id');
    expectError(await otherStaff.gql(REVOKE, { input: { id: ids.cellAward } }), 'NOT_FOUND', 'input.id');
    expect(await snapshot(server)).toBe(before);
    const res = await committeeStaff.gql(REVOKE, { input: { id: ids.cellAward } });
    expect(res.errors).toBeUndefined();
    expect(res.data.revokeAward).toBe(ids.cellAward);
    expect((await server.data(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.cellAward })).node).toBeNull();
    expectError(await committeeStaff.gql(REVOKE, { input: { id: ids.cellAward } }), 'NOT_FOUND', 'input.id');
    const audit = await server.data(`query($f: AuditFilter) { auditLog(first: 5, filter: $f) { nodes { action entityId before } } }`, { f: { organizationId: ids.cellA } });
    expect(audit.auditLog.nodes[0]).toMatchObject({ action: 'revokeAward', entityId: ids.cellAward, before: { reason: 'Chi bộ 4 tốt năm 2023' } });
  });
});
