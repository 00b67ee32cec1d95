import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, snapshot } from '../support/api.js';
import { createMember, createOrg } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};

const MEMBER_FIELDS = `id cardNumber fullName gender birthDate joinedOn officialOn position status age organization { code }`;

beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-QUANGNINH', name: 'Đảng bộ tỉnh Quảng Ninh', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1930-01-01' });
  ids.commune = await createOrg(server, { code: 'X-LUCHON', name: 'Đảng bộ xã Lục Hồn', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.province, foundedOn: '1960-01-01' });
  ids.lucNa = await createOrg(server, { code: 'CB-LUCNA', name: 'Chi bộ thôn Lục Nà', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '1970-01-01' });
  ids.naAn = await createOrg(server, { code: 'CB-NAAN', name: 'Chi bộ thôn Nà Àn', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '1970-01-01' });
});
afterAll(async () => server?.close());

const mutate = (name: string, type: string, input: Record<string, unknown>) =>
  server.gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${MEMBER_FIELDS} } }`, { input });

describe('members', () => {
  it('registers a member in a cell with the dated history started', async () => {
    const res = await mutate('createMember', 'CreateMemberInput', {
      cardNumber: '79.012345',
      fullName: '  Hoàng   Thị  Thu  ',
      gender: 'FEMALE',
      birthDate: '1990-02-10',
      joinedOn: '2015-03-03',
      officialOn: '2016-03-03',
      position: 'SECRETARY',
      organizationId: ids.lucNa,
      since: '2015-03-03',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createMember).toMatchObject({ fullName: 'Hoàng Thị Thu', status: 'ACTIVE', position: 'SECRETARY', organization: { code: 'CB-LUCNA' } });
    ids.thu = res.data.createMember.id;
    const history = await server.data(`query($id: ID!) { member(id: $id) { memberships { organization { code } validFrom validTo position } statusHistory { status validFrom validTo } } }`, { id: ids.thu });
    expect(history.member.memberships).toEqual([{ organization: { code: 'CB-LUCNA' }, validFrom: '2015-03-03', validTo: null, position: 'SECRETARY' }]);
    expect(history.member.statusHistory).toEqual([{ status: 'ACTIVE', validFrom: '2015-03-03', validTo: null }]);
    const byCard = await server.data(`{ member(cardNumber: "79.012345") { fullName } }`);
    expect(byCard.member.fullName).toBe('Hoàng Thị Thu');
  });

  it('validates every field and changes nothing on failure', async () => {
    const base = { cardNumber: '79.099999', fullName: 'Lý Văn Tài', gender: 'MALE', birthDate: '1985-01-01', joinedOn: '2010-01-01', position: 'MEMBER', organizationId: ids.lucNa, since: '2010-01-01' };
    const before = await snapshot(server);
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, cardNumber: '79.012345' }), 'CONFLICT', 'input.cardNumber');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, cardNumber: '!' }), 'VALIDATION_FAILED', 'input.cardNumber');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, fullName: 'A' }), 'VALIDATION_FAILED', 'input.fullName');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, joinedOn: '1999-01-01' }), 'VALIDATION_FAILED', 'input.joinedOn');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, officialOn: '2009-01-01' }), 'VALIDATION_FAILED', 'input.officialOn');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, birthDate: '2999-01-01' }), 'VALIDATION_FAILED', 'input.birthDate');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, birthDate: 'yesterday' }), 'VALIDATION_FAILED', 'input.birthDate');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, gender: 'OTHER' }), 'VALIDATION_FAILED', 'input.gender');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, organizationId: ids.commune }), 'VALIDATION_FAILED', 'input.organizationId');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, organizationId: 'bm9wZQ' }), 'VALIDATION_FAILED', 'input.organizationId');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, since: '1960-01-01' }), 'VALIDATION_FAILED', 'input.since');
    expectError(await mutate('createMember', 'CreateMemberInput', { ...base, fullName: 'x'.repeat(300) }), 'VALIDATION_FAILED', 'input.fullName');
    expect(await snapshot(server)).toBe(before);
  });

  it('corrects a member record, and refuses bad corrections', async () => {
    const ok = await mutate('updateMember', 'UpdateMemberInput', { id: ids.thu, fullName: 'Hoàng Thị Thu Hà', position: 'DEPUTY_SECRETARY' });
    expect(ok.data.updateMember).toMatchObject({ fullName: 'Hoàng Thị Thu Hà', position: 'DEPUTY_SECRETARY' });
    const found = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { members(filter: { search: "thu ha" }) { nodes { fullName } } } } }`, { id: ids.lucNa });
    expect(found.node.members.nodes).toEqual([{ fullName: 'Hoàng Thị Thu Hà' }]);
    const elsewhere = await createOrg(server, { code: 'CB-KHUONG', name: 'Chi bộ thôn Khương Hạ', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune });
    const other = await createMember(server, { organizationId: elsewhere, fullName: 'Ma Văn Khánh', cardNumber: '79.055555' });
    const before = await snapshot(server);
    expectError(await mutate('updateMember', 'UpdateMemberInput', { id: ids.thu, cardNumber: '79.055555' }), 'CONFLICT', 'input.cardNumber');
    expectError(await mutate('updateMember', 'UpdateMemberInput', { id: ids.thu, joinedOn: '2000-01-01' }), 'VALIDATION_FAILED', 'input.joinedOn');
    expectError(await mutate('updateMember', 'UpdateMemberInput', { id: other, officialOn: '1990-01-01' }), 'VALIDATION_FAILED', 'input.officialOn');
    expectError(await mutate('updateMember', 'UpdateMemberInput', { id: other, position: 'KING' }), 'VALIDATION_FAILED', 'input.position');
    expectError(await mutate('updateMember', 'UpdateMemberInput', { id: ids.lucNa, fullName: 'Sai loại' }), 'VALIDATION_FAILED', 'input.id');
    expect(await snapshot(server)).toBe(before);
    await mutate('updateMember', 'UpdateMemberInput', { id: ids.thu, fullName: 'Hoàng Thị Thu', position: 'SECRETARY' });
  });

  it('transfers a member between cells and keeps the history', async () => {
    const res = await mutate('transferMember', 'TransferMemberInput', { id: ids.thu, organizationId: ids.naAn, effectiveOn: '2024-05-01' });
    expect(res.errors).toBeUndefined();
    expect(res.data.transferMember.organization).toEqual({ code: 'CB-NAAN' });
    const history = await server.data(`query($id: ID!) { member(id: $id) { memberships { organization { code } validFrom validTo } } }`, { id: ids.thu });
    expect(history.member.memberships).toEqual([
      { organization: { code: 'CB-LUCNA' }, validFrom: '2015-03-03', validTo: '2024-05-01' },
      { organization: { code: 'CB-NAAN' }, validFrom: '2024-05-01', validTo: null },
    ]);
    const stats = await server.data(
      `query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Organization { old: stats(asOf: "2024-04-30") { members } now: stats { members } } }
                               b: node(id: $b) { ... on Organization { old: stats(asOf: "2024-04-30") { members } now: stats { members } } } }`,
      { a: ids.lucNa, b: ids.naAn },
    );
    expect(stats).toEqual({ a: { old: { members: 1 }, now: { members: 0 } }, b: { old: { members: 0 }, now: { members: 1 } } });

    const before = await snapshot(server);
    expectError(await mutate('transferMember', 'TransferMemberInput', { id: ids.thu, organizationId: ids.lucNa, effectiveOn: '2020-01-01' }), 'VALIDATION_FAILED', 'input.effectiveOn');
    expectError(await mutate('transferMember', 'TransferMemberInput', { id: ids.thu, organizationId: ids.naAn, effectiveOn: '2025-01-01' }), 'VALIDATION_FAILED', 'input.organizationId');
    expectError(await mutate('transferMember', 'TransferMemberInput', { id: ids.thu, organizationId: ids.commune, effectiveOn: '2025-01-01' }), 'VALIDATION_FAILED', 'input.organizationId');
    expect(await snapshot(server)).toBe(before);
  });

  it('ends membership on death and keeps the member out of today’s counts', async () => {
    const id = await createMember(server, { organizationId: ids.lucNa, fullName: 'Nông Văn Cụ', birthDate: '1935-01-01', joinedOn: '1960-01-01', since: '1970-01-01' });
    const exempt = await mutate('changeMemberStatus', 'ChangeMemberStatusInput', { id, status: 'EXEMPT', effectiveOn: '2010-01-01' });
    expect(exempt.data.changeMemberStatus.status).toBe('EXEMPT');
    const dead = await mutate('changeMemberStatus', 'ChangeMemberStatusInput', { id, status: 'DECEASED', effectiveOn: '2023-08-01' });
    expect(dead.data.changeMemberStatus).toMatchObject({ status: 'DECEASED', organization: null });
    const stats = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Organization {
         y2015: stats(asOf: "2015-06-01") { members membersByStatus { status count } }
         y2023: stats(asOf: "2023-08-01") { members membersByStatus { status count } } } } }`,
      { id: ids.lucNa },
    );
    const statuses = Object.fromEntries(stats.node.y2015.membersByStatus.map((s: { status: string; count: number }) => [s.status, s.count]));
    expect(statuses).toMatchObject({ ACTIVE: 1, EXEMPT: 1 });
    // On the day of death only Hoàng Thị Thu (transferred out in 2024) is left in the cell.
    expect(stats.node.y2023.members).toBe(1);
    const later = Object.fromEntries(stats.node.y2023.membersByStatus.map((s: { status: string; count: number }) => [s.status, s.count]));
    // Statuses with no member are left out (issue #14: no zero-count objects).
    expect(later).toEqual({ ACTIVE: 1 });
    const before = await snapshot(server);
    expectError(await mutate('changeMemberStatus', 'ChangeMemberStatusInput', { id, status: 'ACTIVE', effectiveOn: '2024-01-01' }), 'VALIDATION_FAILED', 'input.status');
    expect(await snapshot(server)).toBe(before);
  });

  it('filters a subtree’s members by status, gender, position, age and accent-free search', async () => {
    await createMember(server, { organizationId: ids.lucNa, fullName: 'Đặng Thị Ngọc Ánh', gender: 'FEMALE', birthDate: '2000-01-01', joinedOn: '2020-01-01', since: '2020-01-01' });
    await createMember(server, { organizationId: ids.naAn, fullName: 'Bùi Đức Anh', position: 'DEPUTY_SECRETARY', birthDate: '1970-01-01' });
    const q = `query($id: ID!, $filter: MemberFilterInput) { node(id: $id) { ... on Organization { members(filter: $filter) { totalCount nodes { fullName } } } } }`;
    const names = async (filter: Record<string, unknown>) =>
      (await server.data(q, { id: ids.commune, filter })).node.members.nodes.map((n: { fullName: string }) => n.fullName);
    expect(await names({ search: 'dang thi ngoc anh' })).toEqual(['Đặng Thị Ngọc Ánh']);
    expect(await names({ search: 'ĐỨC' })).toEqual(['Bùi Đức Anh']);
    expect(await names({ gender: 'FEMALE' })).toEqual(['Đặng Thị Ngọc Ánh', 'Hoàng Thị Thu']);
    expect(await names({ position: ['DEPUTY_SECRETARY', 'SECRETARY'] })).toEqual(['Bùi Đức Anh', 'Hoàng Thị Thu']);
    expect(await names({ maxAge: 30 })).toEqual(['Đặng Thị Ngọc Ánh']);
    expect(await names({ minAge: 50 })).toEqual(['Bùi Đức Anh']);
    expect(await names({ status: ['DECEASED'] })).toEqual([]);
    expectError(await server.gql(q, { id: ids.commune, filter: { minAge: 60, maxAge: 30 } }), 'VALIDATION_FAILED', 'filter.maxAge');
  });
});
