import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, snapshot } from '../support/api.js';
import { createMember, createOrg } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

let server: TestServer;
let staff: Client;
const ids: Record<string, string> = {};

/*
 * Province P (2000)
 *   District D1: grassroots committee G1 (cells C1 with 3 members, C2 with 1), grassroots cell GC (2 members)
 *   District D2: grassroots committee G2 (cell C3, 1 member)
 * Province Q (staff of P cannot see it)
 */
beforeAll(async () => {
  server = await startTestServer();
  ids.p = await createOrg(server, { code: 'PV-P', name: 'Tỉnh P', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.q = await createOrg(server, { code: 'PV-Q', name: 'Tỉnh Q', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.d1 = await createOrg(server, { code: 'PV-D1', name: 'Huyện D1', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.p, foundedOn: '2000-01-01' });
  ids.d2 = await createOrg(server, { code: 'PV-D2', name: 'Huyện D2', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.p, foundedOn: '2000-01-01' });
  ids.g1 = await createOrg(server, { code: 'PV-G1', name: 'Xã G1', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.d1, foundedOn: '2000-01-01' });
  ids.g2 = await createOrg(server, { code: 'PV-G2', name: 'Xã G2', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.d2, foundedOn: '2000-01-01' });
  ids.c1 = await createOrg(server, { code: 'PV-C1', name: 'Chi bộ C1', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.g1, foundedOn: '2000-01-01' });
  ids.c2 = await createOrg(server, { code: 'PV-C2', name: 'Chi bộ C2', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.g1, foundedOn: '2000-01-01' });
  ids.c3 = await createOrg(server, { code: 'PV-C3', name: 'Chi bộ C3', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.g2, foundedOn: '2000-01-01' });
  ids.gc = await createOrg(server, { code: 'PV-GC', name: 'Chi bộ cơ sở GC', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.d1, foundedOn: '2000-01-01' });
  for (const [cell, n] of [['c1', 3], ['c2', 1], ['c3', 1], ['gc', 2]] as const) {
    for (let i = 0; i < n; i += 1) await createMember(server, { organizationId: ids[cell]!, fullName: `Đảng viên ${cell} ${i}`, since: '2010-01-01' });
  }
  staff = await server.userWith('preview-staff', [{ role: 'STAFF', organizationId: ids.p }]);
});
afterAll(async () => server?.close());

const PREVIEW = `query($input: OrganizationChangeInput!) { previewOrganizationChange(input: $input) {
  organizationsMoving cellsMoving membersMoving
  dissolved { code changed }
  treeAfter { id code name level changed members }
} }`;

describe('previewOrganizationChange', () => {
  it('counts what a move takes along and shows the receiving branch after it, saving nothing', async () => {
    const before = await snapshot(server);
    const data = await staff.data(PREVIEW, { input: { move: { id: ids.g1, newParentId: ids.d2, effectiveOn: '2024-01-01' } } });
    const p = data.previewOrganizationChange;
    expect(p).toMatchObject({ organizationsMoving: 3, cellsMoving: 2, membersMoving: 4, dissolved: [] });
    expect(p.treeAfter.map((n: { code: string; level: number; changed: boolean; members: number }) => [n.code, n.level, n.changed, n.members])).toEqual([
      ['PV-P', 0, false, 7],
      ['PV-D2', 1, false, 5],
      ['PV-G1', 2, true, 4],
      ['PV-G2', 2, false, 1],
    ]);
    expect(await snapshot(server)).toBe(before);
  });

  it('previews a merger: the source’s organisations and members move, the source is dissolved', async () => {
    const before = await snapshot(server);
    const data = await staff.data(PREVIEW, { input: { merge: { sourceId: ids.g1, targetId: ids.g2, effectiveOn: '2024-01-01' } } });
    const p = data.previewOrganizationChange;
    expect(p).toMatchObject({ organizationsMoving: 2, cellsMoving: 2, membersMoving: 4, dissolved: [{ code: 'PV-G1', changed: true }] });
    const tree = p.treeAfter.map((n: { code: string; changed: boolean }) => `${n.code}${n.changed ? '*' : ''}`);
    expect(tree.slice(0, 3)).toEqual(['PV-P', 'PV-D2', 'PV-G2']);
    expect(tree.slice(3).sort()).toEqual(['PV-C1*', 'PV-C2*', 'PV-C3']);
    expect(await snapshot(server)).toBe(before);
  });

  it('previews a creation and a rename with the new names in place', async () => {
    const created = await staff.data(PREVIEW, { input: { create: { code: 'PV-C9', name: 'Chi bộ mới', kind: 'CELL', cellType: 'OTHER', parentId: ids.g2, foundedOn: '2024-01-01' } } });
    expect(created.previewOrganizationChange.treeAfter.find((n: { code: string }) => n.code === 'PV-C9')).toMatchObject({ changed: true, level: 3, members: 0 });
    const renamed = await staff.data(PREVIEW, { input: { update: { id: ids.c3, name: 'Chi bộ C3 (tên mới)' } } });
    expect(renamed.previewOrganizationChange.treeAfter.find((n: { code: string }) => n.code === 'PV-C3')).toMatchObject({ name: 'Chi bộ C3 (tên mới)', changed: true });
    const still = await staff.data(`query($id: ID!) { organization(id: $id) { name } }`, { id: ids.c3 });
    expect(still.organization.name).toBe('Chi bộ C3');
    const none = await staff.data(`{ organization(code: "PV-C9") { id } }`);
    expect(none.organization).toBeNull();
  });

  it('answers with the mutation’s errors on the mutation’s fields', async () => {
    const before = await snapshot(server);
    expectError(await staff.gql(PREVIEW, { input: { move: { id: ids.d1, newParentId: ids.c1, effectiveOn: '2024-01-01' } } }), 'VALIDATION_FAILED', 'input.newParentId');
    expectError(await staff.gql(PREVIEW, { input: { dissolve: { id: ids.c1, effectiveOn: '2024-01-01' } } }), 'CONFLICT', 'input.id');
    expectError(await staff.gql(PREVIEW, { input: { create: { code: 'PV-C1', name: 'x', kind: 'CELL', cellType: 'OTHER', parentId: ids.g2, foundedOn: '2024-01-01' } } }), 'CONFLICT', 'input.code');
    expectError(await staff.gql(PREVIEW, { input: { update: { id: ids.c1, name: 'x' }, dissolve: { id: ids.c1, effectiveOn: '2024-01-01' } } }), 'VALIDATION_FAILED');
    expect(await snapshot(server)).toBe(before);
  });

  it('stays within the caller’s scope: another province is not found', async () => {
    expectError(await staff.gql(PREVIEW, { input: { move: { id: ids.q, newParentId: ids.p, effectiveOn: '2024-01-01' } } }), 'NOT_FOUND', 'input.id');
    expectError(await staff.gql(PREVIEW, { input: { merge: { sourceId: ids.g1, targetId: ids.q, effectiveOn: '2024-01-01' } } }), 'NOT_FOUND', 'input.targetId');
    const leader = await server.userWith('preview-leader', [{ role: 'LEADER', organizationId: ids.p }]);
    expectError(await leader.gql(PREVIEW, { input: { dissolve: { id: ids.c3, effectiveOn: '2024-01-01' } } }), 'FORBIDDEN');
  });
});

describe('audit log filters', () => {
  it('keeps a move’s place before and after (the parent and path that changed)', async () => {
    await staff.data(`mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { id } }`, { input: { id: ids.c3, newParentId: ids.g1, effectiveOn: '2024-02-01' } });
    const data = await server.data(`query($id: ID!) { auditLog(filter: { organizationId: $id, actions: ["moveOrganization"] }) { nodes { before after } } }`, { id: ids.c3 });
    const [entry] = data.auditLog.nodes;
    expect(entry.before.parentId).toBe(ids.g2);
    expect(entry.after.parentId).toBe(ids.g1);
    expect(entry.before.path).not.toBe(entry.after.path);
  });

  it('filters by part of the user name, by action and by kind of object', async () => {
    await staff.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, { input: { id: ids.c2, name: 'Chi bộ C2 mới' } });
    const AUDIT = `query($filter: AuditFilter) { auditLog(filter: $filter, first: 200) { totalCount nodes { username action entityType } } }`;
    const byUser = await server.data(AUDIT, { filter: { username: 'PREVIEW-st' } });
    expect(byUser.auditLog.nodes).toEqual([
      { username: 'preview-staff', action: 'updateOrganization', entityType: 'Organization' },
      { username: 'preview-staff', action: 'moveOrganization', entityType: 'Organization' },
    ]);
    const byAction = await server.data(AUDIT, { filter: { actions: ['createMember'] } });
    expect(byAction.auditLog.totalCount).toBe(7);
    const byType = await server.data(AUDIT, { filter: { entityType: 'Organization' } });
    expect(byType.auditLog.nodes.every((n: { entityType: string }) => n.entityType === 'Organization')).toBe(true);
    expect(byType.auditLog.totalCount).toBe(12);
    const member = await createMember(server, { organizationId: ids.c3, fullName: 'Đảng viên mới', since: '2024-03-01' });
    await server.data(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, { input: { id: member, fullName: 'Đảng viên mới (sửa)' } });
    const aboutMember = await server.data(AUDIT, { filter: { memberId: member } });
    expect(aboutMember.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(['updateMember', 'createMember']);
    expectError(await server.gql(AUDIT, { filter: { memberId: ids.c3 } }), 'VALIDATION_FAILED', 'filter.memberId');
    expectError(await server.gql(AUDIT, { filter: { actions: ['drop table'] } }), 'VALIDATION_FAILED', 'filter.actions');
  });
});
