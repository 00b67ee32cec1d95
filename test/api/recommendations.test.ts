import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, todayInVietnam } from '@fourgood/rules';
import { expectError, expectNull, snapshot } from '../support/api.js';
import { createOrg, globalId, recordMeeting } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
let cellStaff: Client; // staff of cell A: raises and follows its recommendations
let wardStaff: Client; // staff of the ward, the superior: may change the cells' recommendations
let leader: Client; // reads the ward, changes nothing
let otherStaff: Client; // staff of another province

const today = todayInVietnam();
const thisYear = Number(today.slice(0, 4));

/** Records a meeting of `orgId` on `date` through the meetings API (every member expected present). */
function meeting(orgId: string, date: string): Promise<string> {
  return recordMeeting(server, { organizationId: orgId, date, startTime: '19:30', endTime: '21:30' });
}

const FIELDS = `id text raisedBy raisedOn escalatedOn status resolutionNote closedOn lockVersion organization { code } escalatedTo { code } meeting { id date }`;
const RAISE = `mutation($input: RaiseRecommendationInput!) { raiseRecommendation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { ${FIELDS} } }`;

function raise(input: Record<string, unknown>, client: Client = server) {
  return client.gql(RAISE, { input: { organizationId: ids.cellA, text: 'Đề nghị xem xét giá bồi thường đất', raisedBy: 'Đảng viên Nguyễn Văn Dân', raisedOn: '2024-03-10', ...input } });
}

async function version(id: string): Promise<number> {
  return (await server.data(`query($id: ID!) { node(id: $id) { ... on Recommendation { lockVersion } } }`, { id })).node.lockVersion;
}

/*
 * Hà Nội (province) — Quận Hoàn Kiếm (district) — Phường Hàng Bạc (ward) — cells A, B, C
 * Hải Phòng (another province) — one grassroots cell
 */
beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-HN', name: 'Đảng bộ thành phố Hà Nội', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.district = await createOrg(server, { code: 'Q-HK', name: 'Quận ủy Hoàn Kiếm', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.province, foundedOn: '2000-01-01' });
  ids.ward = await createOrg(server, { code: 'P-HB', name: 'Đảng bộ phường Hàng Bạc', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.district, foundedOn: '2000-01-01' });
  ids.cellA = await createOrg(server, { code: 'CB-HB-1', name: 'Chi bộ tổ dân phố 1', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.ward, foundedOn: '2000-01-01' });
  ids.cellB = await createOrg(server, { code: 'CB-HB-2', name: 'Chi bộ tổ dân phố 2', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.ward, foundedOn: '2000-01-01' });
  ids.cellC = await createOrg(server, { code: 'CB-HB-3', name: 'Chi bộ tổ dân phố 3', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.ward, foundedOn: '2000-01-01' });
  ids.other = await createOrg(server, { code: 'T-HP', name: 'Đảng bộ thành phố Hải Phòng', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.otherCell = await createOrg(server, { code: 'CB-HP-1', name: 'Chi bộ Cảng Hải Phòng', kind: 'GRASSROOTS_CELL', cellType: 'ENTERPRISE', parentId: ids.other, foundedOn: '2000-01-01' });
  ids.meetingA = await meeting(ids.cellA, '2024-03-08');
  ids.meetingB = await meeting(ids.cellB, '2024-03-09');
  ids.meetingOther = await meeting(ids.otherCell, '2024-03-09');
  cellStaff = await server.userWith('cell-staff', [{ role: 'STAFF', organizationId: ids.cellA }]);
  wardStaff = await server.userWith('ward-staff', [{ role: 'STAFF', organizationId: ids.ward }]);
  leader = await server.userWith('ward-leader', [{ role: 'LEADER', organizationId: ids.ward }]);
  otherStaff = await server.userWith('other-staff', [{ role: 'STAFF', organizationId: ids.other }]);
});
afterAll(async () => server?.close());

describe('raising recommendations', () => {
  it('records one raised at a meeting and escalated to a committee above the cell, which the cell’s staff cannot browse', async () => {
    const res = await raise({ meetingId: ids.meetingA, escalatedToId: ids.ward }, cellStaff);
    expect(res.errors).toBeUndefined();
    const r = res.data.raiseRecommendation;
    expect(r).toMatchObject({
      text: 'Đề nghị xem xét giá bồi thường đất',
      raisedOn: '2024-03-10',
      escalatedOn: '2024-03-10',
      status: 'OPEN',
      resolutionNote: null,
      closedOn: null,
      organization: { code: 'CB-HB-1' },
      // Outside the cell staff's scope.
      escalatedTo: null,
      meeting: { id: ids.meetingA, date: '2024-03-08' },
    });
    ids.first = r.id;
    const seen = await wardStaff.data(`query($id: ID!) { node(id: $id) { ... on Recommendation { escalatedTo { code } meeting { recommendations { id } } } } }`, { id: r.id });
    expect(seen.node).toEqual({ escalatedTo: { code: 'P-HB' }, meeting: { recommendations: [{ id: r.id }] } });

    const audit = await server.data(`query($f: AuditFilter) { auditLog(first: 10, filter: $f) { nodes { action entityId username after } } }`, { f: { organizationId: ids.cellA } });
    expect(audit.auditLog.nodes.find((e: { action: string }) => e.action === 'raiseRecommendation')).toMatchObject({ entityId: r.id, username: 'cell-staff', after: { status: 'OPEN', escalatedToId: ids.ward } });
  });

  it('refuses bad input with the field at fault and the reason, changing nothing', async () => {
    const before = await snapshot(server);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ text: '  ' }, 'input.text', 'REQUIRED'],
      [{ text: 'x'.repeat(4001) }, 'input.text', 'TOO_LONG'],
      [{ raisedBy: 'x'.repeat(201) }, 'input.raisedBy', 'TOO_LONG'],
      [{ raisedBy: '' }, 'input.raisedBy', 'REQUIRED'],
      [{ raisedOn: `${thisYear + 1}-01-01` }, 'input.raisedOn', 'FUTURE_DATE'],
      [{ meetingId: ids.meetingA, raisedOn: '2024-03-07' }, 'input.raisedOn', 'BEFORE_MEETING'],
      [{ meetingId: ids.meetingB }, 'input.meetingId', 'MEETING_ELSEWHERE'],
      [{ meetingId: ids.cellA }, 'input.meetingId', 'WRONG_ID_TYPE'],
      [{ escalatedToId: ids.cellB }, 'input.escalatedToId', 'NOT_AN_ANCESTOR'],
      [{ escalatedToId: ids.cellA }, 'input.escalatedToId', 'NOT_AN_ANCESTOR'],
      [{ escalatedToId: ids.ward, escalatedOn: '2024-03-09' }, 'input.escalatedOn', 'BEFORE_RAISED'],
      [{ escalatedToId: ids.ward, escalatedOn: `${thisYear + 1}-01-01` }, 'input.escalatedOn', 'FUTURE_DATE'],
      [{ escalatedOn: '2024-03-11' }, 'input.escalatedToId', 'ESCALATION_TARGET_REQUIRED'],
      [{ raisedOn: '1999-12-31' }, 'input.raisedOn', 'NOT_EXISTING'],
    ];
    for (const [input, field, reason] of cases) {
      const res = await raise(input);
      expectError(res, 'VALIDATION_FAILED', field);
      expect(res.errors![0]!.extensions!.reason, JSON.stringify(input)).toBe(reason);
    }
    expectError(await raise({ meetingId: globalId('Meeting', 99999) }), 'NOT_FOUND', 'input.meetingId');
    expectError(await raise({ escalatedToId: globalId('Organization', 99999) }), 'NOT_FOUND', 'input.escalatedToId');
    expect(await snapshot(server)).toBe(before);
  });

  it('needs EDIT on the organisation; a leader writes nothing; ids outside the scope answer NOT_FOUND, as missing ones', async () => {
    const before = await snapshot(server);
    expectError(await raise({}, leader), 'FORBIDDEN', 'input.organizationId');
    expectError(await raise({ organizationId: ids.cellB }, cellStaff), 'NOT_FOUND', 'input.organizationId');
    expectError(await raise({}, otherStaff), 'NOT_FOUND', 'input.organizationId');
    expectError(await raise({ meetingId: ids.meetingB }, cellStaff), 'NOT_FOUND', 'input.meetingId');
    expectError(await raise({ meetingId: ids.meetingOther }, wardStaff), 'NOT_FOUND', 'input.meetingId');
    expectError(await raise({ escalatedToId: ids.other }, cellStaff), 'NOT_FOUND', 'input.escalatedToId');
    const v = await version(ids.first!);
    expectError(await leader.gql(UPDATE, { input: { id: ids.first, expectedVersion: v, status: 'IN_PROGRESS' } }), 'FORBIDDEN', 'input.id');
    expectError(await otherStaff.gql(UPDATE, { input: { id: ids.first, expectedVersion: v, status: 'IN_PROGRESS' } }), 'NOT_FOUND', 'input.id');
    expectNull(await otherStaff.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.first }));
    expect(await snapshot(server)).toBe(before);
  });
});

describe('following a recommendation to its end', () => {
  it('goes open → in progress → resolved, escalates later, and is final once closed', async () => {
    const created = (await raise({ organizationId: ids.cellB, raisedOn: '2024-05-02', text: 'Cấp giấy chứng nhận quyền sử dụng đất' }, wardStaff)).data.raiseRecommendation;
    let v = created.lockVersion;
    const progress = await wardStaff.gql(UPDATE, { input: { id: created.id, expectedVersion: v, status: 'IN_PROGRESS', escalatedToId: ids.district, escalatedOn: '2024-05-10' } });
    expect(progress.errors).toBeUndefined();
    // The district is above the ward staff's scope: they see that it is escalated and when, not the committee's record.
    expect(progress.data.updateRecommendation).toMatchObject({ status: 'IN_PROGRESS', escalatedTo: null, escalatedOn: '2024-05-10', lockVersion: v + 1 });
    const byAdmin = await server.data(`query($id: ID!) { node(id: $id) { ... on Recommendation { escalatedTo { code } } } }`, { id: created.id });
    expect(byAdmin.node.escalatedTo).toEqual({ code: 'Q-HK' });
    v += 1;

    const before = await snapshot(server);
    const cases: Array<[Record<string, unknown>, string, string, string]> = [
      [{ status: 'OPEN' }, 'CONFLICT', 'input.status', 'BAD_TRANSITION'],
      [{ status: 'RESOLVED' }, 'VALIDATION_FAILED', 'input.resolutionNote', 'REQUIRED'],
      [{ status: 'DECLINED', resolutionNote: '   ' }, 'VALIDATION_FAILED', 'input.resolutionNote', 'REQUIRED'],
      [{ status: 'RESOLVED', resolutionNote: 'Đã cấp', closedOn: '2024-05-01' }, 'VALIDATION_FAILED', 'input.closedOn', 'BEFORE_RAISED'],
      [{ status: 'RESOLVED', resolutionNote: 'Đã cấp', closedOn: '2024-05-05' }, 'VALIDATION_FAILED', 'input.closedOn', 'BEFORE_ESCALATED'],
      [{ status: 'RESOLVED', resolutionNote: 'Đã cấp', closedOn: `${thisYear + 1}-01-01` }, 'VALIDATION_FAILED', 'input.closedOn', 'FUTURE_DATE'],
      [{ status: 'RESOLVED', resolutionNote: 'x'.repeat(4001) }, 'VALIDATION_FAILED', 'input.resolutionNote', 'TOO_LONG'],
      [{ resolutionNote: 'Đang xử lý' }, 'VALIDATION_FAILED', 'input.resolutionNote', 'ONLY_WHEN_CLOSING'],
      [{ closedOn: '2024-06-01' }, 'VALIDATION_FAILED', 'input.closedOn', 'ONLY_WHEN_CLOSING'],
      [{ escalatedToId: ids.province, escalatedOn: '2024-05-09' }, 'VALIDATION_FAILED', 'input.escalatedOn', 'BEFORE_LAST_ESCALATION'],
      [{ escalatedToId: ids.cellA }, 'VALIDATION_FAILED', 'input.escalatedToId', 'NOT_AN_ANCESTOR'],
      [{ text: '' }, 'VALIDATION_FAILED', 'input.text', 'REQUIRED'],
    ];
    for (const [change, code, field, reason] of cases) {
      const res = await wardStaff.gql(UPDATE, { input: { id: created.id, expectedVersion: v, ...change } });
      expectError(res, code, field);
      expect(res.errors![0]!.extensions!.reason, JSON.stringify(change)).toBe(reason);
    }
    const stale = await wardStaff.gql(UPDATE, { input: { id: created.id, expectedVersion: v - 1, status: 'DECLINED', resolutionNote: 'Không thuộc thẩm quyền' } });
    expectError(stale, 'CONFLICT', 'input.expectedVersion');
    expect(await snapshot(server)).toBe(before);

    // Escalated again, higher, then resolved by the superior's staff (they hold EDIT on the cell).
    const higher = await wardStaff.gql(UPDATE, { input: { id: created.id, expectedVersion: v, escalatedToId: ids.province, escalatedOn: '2024-06-01' } });
    expect(higher.data.updateRecommendation).toMatchObject({ status: 'IN_PROGRESS', escalatedOn: '2024-06-01' });
    expect((await server.data(`query($id: ID!) { node(id: $id) { ... on Recommendation { escalatedTo { code } } } }`, { id: created.id })).node.escalatedTo).toEqual({ code: 'T-HN' });
    v += 1;
    const resolved = await wardStaff.gql(UPDATE, { input: { id: created.id, expectedVersion: v, status: 'RESOLVED', resolutionNote: 'Đã cấp giấy chứng nhận', closedOn: '2024-09-15' } });
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data.updateRecommendation).toMatchObject({ status: 'RESOLVED', resolutionNote: 'Đã cấp giấy chứng nhận', closedOn: '2024-09-15' });
    v += 1;

    const closed = await snapshot(server);
    for (const change of [{ status: 'IN_PROGRESS' }, { text: 'Sửa lại' }, { status: 'DECLINED', resolutionNote: 'x' }]) {
      const res = await wardStaff.gql(UPDATE, { input: { id: created.id, expectedVersion: v, ...change } });
      expectError(res, 'CONFLICT', 'input.id');
      expect(res.errors![0]!.extensions!.reason).toBe('CLOSED');
    }
    expect(await snapshot(server)).toBe(closed);
  });

  it('may be declined straight from open, closing today by default', async () => {
    const created = (await raise({ organizationId: ids.cellA, raisedOn: '2024-07-01', text: 'Đề nghị sửa đường' }, cellStaff)).data.raiseRecommendation;
    const declined = await cellStaff.gql(UPDATE, { input: { id: created.id, expectedVersion: created.lockVersion, status: 'DECLINED', resolutionNote: 'Không thuộc thẩm quyền' } });
    expect(declined.errors).toBeUndefined();
    expect(declined.data.updateRecommendation).toMatchObject({ status: 'DECLINED', closedOn: today });
  });
});

describe('lists and figures', () => {
  beforeAll(async () => {
    // Cell C: two open ones raised on known days, one in progress.
    await raise({ organizationId: ids.cellC, raisedOn: '2024-01-01', text: 'C1' }, wardStaff);
    await raise({ organizationId: ids.cellC, raisedOn: '2024-12-31', text: 'C2' }, wardStaff);
    const c3 = (await raise({ organizationId: ids.cellC, raisedOn: '2025-01-10', text: 'C3' }, wardStaff)).data.raiseRecommendation;
    await wardStaff.data(UPDATE, { input: { id: c3.id, expectedVersion: c3.lockVersion, status: 'IN_PROGRESS' } });
    await raise({ organizationId: ids.otherCell, raisedOn: '2024-01-01', text: 'Far away' }, otherStaff);
  });

  const LIST = `query($id: ID!, $status: [RecommendationStatus!], $first: Int, $after: String) { node(id: $id) { ... on Organization {
    recommendations(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { text raisedOn status organization { code } } } } } }`;
  const STATS = `recommendationStats { open inProgress resolved declined oldestOpenDays averageOpenDays }`;

  it('lists the subtree’s recommendations newest first, filtered by status, page by page', async () => {
    const all = (await wardStaff.data(LIST, { id: ids.ward })).node.recommendations;
    expect(all.totalCount).toBe(6);
    const dates = all.nodes.map((n: { raisedOn: string }) => n.raisedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.nodes.map((n: { text: string }) => n.text)).not.toContain('Far away');

    const open = (await wardStaff.data(LIST, { id: ids.ward, status: ['OPEN', 'IN_PROGRESS'] })).node.recommendations;
    expect(open.nodes.map((n: { text: string }) => n.text)).toEqual(['C3', 'C2', 'Đề nghị xem xét giá bồi thường đất', 'C1']);
    const page1 = (await wardStaff.data(LIST, { id: ids.ward, status: ['OPEN'], first: 2 })).node.recommendations;
    expect(page1.nodes.map((n: { text: string }) => n.text)).toEqual(['C2', 'Đề nghị xem xét giá bồi thường đất']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await wardStaff.data(LIST, { id: ids.ward, status: ['OPEN'], first: 2, after: page1.pageInfo.endCursor })).node.recommendations;
    expect(page2.nodes.map((n: { text: string }) => n.text)).toEqual(['C1']);

    // The cell sees its own only; a leader reads; another province cannot open the ward.
    const mine = (await cellStaff.data(LIST, { id: ids.cellA })).node.recommendations;
    expect(mine.nodes.every((n: { organization: { code: string } }) => n.organization.code === 'CB-HB-1')).toBe(true);
    expect(mine.totalCount).toBe(2);
    expect((await leader.data(LIST, { id: ids.ward })).node.recommendations.totalCount).toBe(6);
    expectNull(await otherStaff.gql(LIST, { id: ids.ward }));
    expectNull(await cellStaff.gql(LIST, { id: ids.cellB }));
  });

  it('counts by status and ages the open ones in the database', async () => {
    const stats = (await wardStaff.data(`query($id: ID!) { node(id: $id) { ... on Organization { ${STATS} } } }`, { id: ids.cellC })).node.recommendationStats;
    const ages = ['2024-01-01', '2024-12-31', '2025-01-10'].map((d) => daysBetween(d, today));
    expect(stats).toEqual({
      open: 2,
      inProgress: 1,
      resolved: 0,
      declined: 0,
      oldestOpenDays: ages[0],
      averageOpenDays: Math.round(((ages[0]! + ages[1]! + ages[2]!) / 3) * 10) / 10,
    });
    const ward = (await wardStaff.data(`query($id: ID!) { node(id: $id) { ... on Organization { ${STATS} } } }`, { id: ids.ward })).node.recommendationStats;
    expect(ward).toMatchObject({ open: 3, inProgress: 1, resolved: 1, declined: 1, oldestOpenDays: ages[0] });
    const empty = (await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { ${STATS} } } }`, { id: ids.district })).node.recommendationStats;
    expect(empty.open).toBe(3);
    const none = (await server.data(`query { organization(code: "T-HP") { ${STATS} } }`)).organization.recommendationStats;
    expect(none).toEqual({ open: 1, inProgress: 0, resolved: 0, declined: 0, oldestOpenDays: daysBetween('2024-01-01', today), averageOpenDays: daysBetween('2024-01-01', today) });
  });

  it('computes the figures of a list of children in one batch (no statement per child)', async () => {
    const q = (first: number) => `query($id: ID!) { node(id: $id) { ... on Organization { children(first: ${first}) { nodes { code ${STATS} } } } } }`;
    const one = await wardStaff.gql(q(1), { id: ids.ward });
    const three = await wardStaff.gql(q(3), { id: ids.ward });
    expect(three.errors).toBeUndefined();
    const byCode = Object.fromEntries(three.data.node.children.nodes.map((n: any) => [n.code, n.recommendationStats]));
    expect(byCode['CB-HB-1']).toMatchObject({ open: 1, declined: 1 });
    expect(byCode['CB-HB-2']).toMatchObject({ open: 0, resolved: 1, oldestOpenDays: null, averageOpenDays: null });
    expect(byCode['CB-HB-3']).toMatchObject({ open: 2, inProgress: 1 });
    expect(three.extensions!.sql!.statements).toBe(one.extensions!.sql!.statements);
  });
});
