import { todayInVietnam } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, snapshot } from '../support/api.js';
import { createMember, createOrg, globalId } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};

/*
 * Điện Biên (1949)
 *   Huyện ủy Tủa Chùa (district, 1955)
 *     Đảng bộ thị trấn Tủa Chùa (grassroots committee, 1960)
 *       Chi bộ khu dân cư Thành Công (cell, residential): 3 members
 *       Chi bộ Trường THCS Tủa Chùa (cell, public service): 2 members
 *     Chi bộ Trạm Y tế xã Mường Báng (grassroots cell, public service): 1 member
 * Quảng Ninh (1930)
 */
beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-DIENBIEN', name: 'Đảng bộ tỉnh Điện Biên', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1949-01-01' });
  ids.other = await createOrg(server, { code: 'T-QUANGNINH', name: 'Đảng bộ tỉnh Quảng Ninh', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1930-01-01' });
  ids.district = await createOrg(server, { code: 'H-TUACHUA', name: 'Huyện ủy Tủa Chùa', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.province, foundedOn: '1955-01-01' });
  ids.town = await createOrg(server, { code: 'X-TT-TUACHUA', name: 'Đảng bộ thị trấn Tủa Chùa', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.district, foundedOn: '1960-01-01' });
  ids.thanhCong = await createOrg(server, { code: 'CB-THANHCONG', name: 'Chi bộ khu dân cư Thành Công', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.town, foundedOn: '1990-01-01' });
  ids.school = await createOrg(server, { code: 'CB-THCS-TUACHUA', name: 'Chi bộ Trường THCS Tủa Chùa', kind: 'CELL', cellType: 'PUBLIC_SERVICE', parentId: ids.town, foundedOn: '1995-01-01' });
  ids.clinic = await createOrg(server, { code: 'CB-TYT-MUONGBANG', name: 'Chi bộ Trạm Y tế xã Mường Báng', kind: 'GRASSROOTS_CELL', cellType: 'PUBLIC_SERVICE', parentId: ids.district, foundedOn: '2000-01-01' });
  for (const name of ['Giàng A Páo', 'Lò Thị Mai', 'Vàng Văn Sùng']) {
    await createMember(server, { organizationId: ids.thanhCong, fullName: name, gender: name.includes('Thị') ? 'FEMALE' : 'MALE' });
  }
  await createMember(server, { organizationId: ids.school, fullName: 'Trần Thị Hoa', gender: 'FEMALE', birthDate: '1995-03-01', joinedOn: '2018-03-01', since: '2018-03-01' });
  await createMember(server, { organizationId: ids.school, fullName: 'Lê Văn Nam', birthDate: '1960-01-01' });
  await createMember(server, { organizationId: ids.clinic, fullName: 'Quàng Thị Lan', gender: 'FEMALE' });
});
afterAll(async () => server?.close());

const ORG_FIELDS = `id code name kind depth`;

describe('reading the tree', () => {
  it('lists provinces by name and finds an organisation by code or global id', async () => {
    const data = await server.data(`{ provinces { totalCount nodes { code } } }`);
    expect(data.provinces.totalCount).toBe(2);
    expect(data.provinces.nodes.map((n: { code: string }) => n.code)).toEqual(['T-DIENBIEN', 'T-QUANGNINH']);

    const byCode = await server.data(`{ organization(code: "CB-THANHCONG") { ${ORG_FIELDS} cellType province { code } parent { code } } }`);
    expect(byCode.organization).toMatchObject({ kind: 'CELL', cellType: 'RESIDENTIAL', depth: 3, province: { code: 'T-DIENBIEN' }, parent: { code: 'X-TT-TUACHUA' } });
    const byNode = await server.data(`query($id: ID!) { node(id: $id) { id ... on Organization { code } } }`, { id: ids.thanhCong });
    expect(byNode.node).toEqual({ id: ids.thanhCong, code: 'CB-THANHCONG' });
  });

  it('gives breadcrumbs from the province down', async () => {
    const data = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { ancestors { code } } } }`, { id: ids.school });
    expect(data.node.ancestors.map((a: { code: string }) => a.code)).toEqual(['T-DIENBIEN', 'H-TUACHUA', 'X-TT-TUACHUA']);
  });

  it('lists children and filtered descendants, searching without accents', async () => {
    const data = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Organization {
         children { totalCount nodes { code } }
         cells: descendants(filter: { kind: CELL }) { totalCount }
         publicService: descendants(filter: { cellType: PUBLIC_SERVICE }) { nodes { code } }
         search: descendants(filter: { search: "thanh cong" }) { nodes { name } }
         upper: descendants(filter: { search: "TRƯỜNG thcs" }) { nodes { code } }
       } } }`,
      { id: ids.district },
    );
    expect(data.node.children.nodes.map((n: { code: string }) => n.code)).toEqual(['CB-TYT-MUONGBANG', 'X-TT-TUACHUA']);
    expect(data.node.cells.totalCount).toBe(2);
    expect(data.node.publicService.nodes.map((n: { code: string }) => n.code).sort()).toEqual(['CB-THCS-TUACHUA', 'CB-TYT-MUONGBANG']);
    expect(data.node.search.nodes).toEqual([{ name: 'Chi bộ khu dân cư Thành Công' }]);
    expect(data.node.upper.nodes).toEqual([{ code: 'CB-THCS-TUACHUA' }]);
  });

  it('counts organisations and members over a subtree', async () => {
    const data = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Organization { stats {
         organizations organizationsByKind { kind count } members
         membersByGender { gender count } membersByStatus { status count } membersByAgeBand { ageBand count } } } } }`,
      { id: ids.province },
    );
    const stats = data.node.stats;
    expect(stats.organizations).toBe(5);
    const kinds = Object.fromEntries(stats.organizationsByKind.map((k: { kind: string; count: number }) => [k.kind, k.count]));
    // Only non-zero counts are listed (issue #14: no zero-count objects), in the enum's order.
    expect(kinds).toEqual({ DIRECTLY_SUPERIOR_COMMITTEE: 1, GRASSROOTS_COMMITTEE: 1, CELL: 2, GRASSROOTS_CELL: 1 });
    expect(stats.organizationsByKind.every((k: { count: number }) => k.count > 0)).toBe(true);
    expect(stats.members).toBe(6);
    const genders = Object.fromEntries(stats.membersByGender.map((g: { gender: string; count: number }) => [g.gender, g.count]));
    expect(genders).toEqual({ MALE: 3, FEMALE: 3 });
    const bands = Object.fromEntries(stats.membersByAgeBand.map((b: { ageBand: string; count: number }) => [b.ageBand, b.count]));
    // Born 1995-03-01: 31 in 2026; born 1960-01-01: 66; the others 1980-05-05: 46.
    expect(bands).toEqual({ FROM_31_TO_40: 1, FROM_41_TO_50: 4, OVER_60: 1 });
    expect(stats.membersByAgeBand.map((b: { ageBand: string }) => b.ageBand)).toEqual(['FROM_31_TO_40', 'FROM_41_TO_50', 'OVER_60']);
  });

  it('groups counts by any combination of dimensions for analysts', async () => {
    const data = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Organization {
         byChildAndGender: memberCounts(groupBy: [CHILD, GENDER]) { child { code } gender count status }
         byKind: organizationCounts(groupBy: [KIND, CHILD]) { kind child { code } count }
       } } }`,
      { id: ids.district },
    );
    const rows = data.node.byChildAndGender.map((r: { child: { code: string }; gender: string; count: number; status: null }) => `${r.child.code}/${r.gender}=${r.count}/${r.status}`);
    expect(rows.sort()).toEqual(['CB-TYT-MUONGBANG/FEMALE=1/null', 'X-TT-TUACHUA/FEMALE=2/null', 'X-TT-TUACHUA/MALE=3/null']);
    const kinds = data.node.byKind.map((r: { kind: string; child: { code: string }; count: number }) => `${r.child.code}/${r.kind}=${r.count}`);
    expect(kinds.sort()).toEqual(['CB-TYT-MUONGBANG/GRASSROOTS_CELL=1', 'X-TT-TUACHUA/CELL=2', 'X-TT-TUACHUA/GRASSROOTS_COMMITTEE=1']);
  });

  it('pages with cursors and caps the page size', async () => {
    const first = await server.data(`{ provinces(first: 1) { pageInfo { hasNextPage endCursor } nodes { code } } }`);
    expect(first.provinces.nodes).toEqual([{ code: 'T-DIENBIEN' }]);
    expect(first.provinces.pageInfo.hasNextPage).toBe(true);
    const second = await server.data(`query($after: String) { provinces(first: 1, after: $after) { pageInfo { hasNextPage hasPreviousPage } nodes { code } } }`, {
      after: first.provinces.pageInfo.endCursor,
    });
    expect(second.provinces.nodes).toEqual([{ code: 'T-QUANGNINH' }]);
    expect(second.provinces.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });

    expectError(await server.gql(`{ provinces(first: 201) { totalCount } }`), 'VALIDATION_FAILED', 'first');
    expectError(await server.gql(`{ provinces(after: "not-a-cursor") { totalCount } }`), 'VALIDATION_FAILED', 'after');
  });

  it('rejects malformed and mistyped global ids', async () => {
    expectError(await server.gql(`{ node(id: "%%%") { id } }`), 'VALIDATION_FAILED', 'id');
    const memberId = globalId('Member', 1);
    expectError(await server.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: memberId }), 'VALIDATION_FAILED', 'id');
    const missing = globalId('Organization', 999999);
    expect((await server.data(`query($id: ID!) { organization(id: $id) { id } }`, { id: missing })).organization).toBeNull();
  });
});

describe('the rules of the tree', () => {
  const create = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { foundedOn: '2000-01-01', ...input } });

  it('refuses children under a cell, a province with a parent, and a cell outside a committee', async () => {
    const before = await snapshot(server);
    expectError(await create({ code: 'X-1', name: 'Con của chi bộ', kind: 'CELL', cellType: 'OTHER', parentId: ids.thanhCong }), 'VALIDATION_FAILED', 'input.parentId');
    expectError(await create({ code: 'X-2', name: 'Tỉnh con', kind: 'PROVINCIAL_COMMITTEE', parentId: ids.province }), 'VALIDATION_FAILED', 'input.parentId');
    expectError(await create({ code: 'X-3', name: 'Chi bộ lạc', kind: 'CELL', cellType: 'OTHER', parentId: ids.province }), 'VALIDATION_FAILED', 'input.parentId');
    expectError(await create({ code: 'X-4', name: 'Không cha', kind: 'GRASSROOTS_COMMITTEE' }), 'VALIDATION_FAILED', 'input.parentId');
    expect(await snapshot(server)).toBe(before);
  });

  it('validates codes, names, dates, kinds and attributes with the field at fault', async () => {
    const before = await snapshot(server);
    expectError(await create({ code: 'CB-THANHCONG', name: 'Trùng mã', kind: 'CELL', cellType: 'OTHER', parentId: ids.town }), 'CONFLICT', 'input.code');
    expectError(await create({ code: 'a b', name: 'Mã sai', kind: 'CELL', cellType: 'OTHER', parentId: ids.town }), 'VALIDATION_FAILED', 'input.code');
    expectError(await create({ code: 'X-5', name: '   ', kind: 'CELL', cellType: 'OTHER', parentId: ids.town }), 'VALIDATION_FAILED', 'input.name');
    expectError(await create({ code: 'X-6', name: 'Quá sớm', kind: 'CELL', cellType: 'OTHER', parentId: ids.town, foundedOn: '1950-01-01' }), 'VALIDATION_FAILED', 'input.foundedOn');
    expectError(await create({ code: 'X-7', name: 'Tương lai', kind: 'CELL', cellType: 'OTHER', parentId: ids.town, foundedOn: '2999-01-01' }), 'VALIDATION_FAILED', 'input.foundedOn');
    expectError(await create({ code: 'X-8', name: 'Ngày sai', kind: 'CELL', cellType: 'OTHER', parentId: ids.town, foundedOn: '2023-02-30' }), 'VALIDATION_FAILED', 'input.foundedOn');
    expectError(await create({ code: 'X-9', name: 'Thiếu loại hình', kind: 'CELL', parentId: ids.town }), 'VALIDATION_FAILED', 'input.cellType');
    expectError(await create({ code: 'X-10', name: 'Thiếu khối', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', parentId: ids.province }), 'VALIDATION_FAILED', 'input.sector');
    expectError(await create({ code: 'X-11', name: 'Loại lạ', kind: 'GALAXY', parentId: ids.town }), 'VALIDATION_FAILED', 'input.kind');
    const ghost = globalId('Organization', 424242);
    expectError(await create({ code: 'X-12', name: 'Cha ma', kind: 'CELL', cellType: 'OTHER', parentId: ghost }), 'NOT_FOUND', 'input.parentId');
    expect(await snapshot(server)).toBe(before);
  });

  it('refuses to move an organisation under its own subtree', async () => {
    const before = await snapshot(server);
    const res = await server.gql(`mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { id } }`, {
      input: { id: ids.district, newParentId: ids.town, effectiveOn: '2024-01-01' },
    });
    expectError(res, 'VALIDATION_FAILED', 'input.newParentId');
    expect(res.errors![0]!.extensions!.reason).toBe('CYCLE');
    expect(await snapshot(server)).toBe(before);
  });

  it('refuses to dissolve an organisation that still has children or members', async () => {
    const before = await snapshot(server);
    const dissolve = (id: string) =>
      server.gql(`mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { id } }`, { input: { id, effectiveOn: '2024-01-01' } });
    const withChildren = await dissolve(ids.town);
    expectError(withChildren, 'CONFLICT', 'input.id');
    expect(withChildren.errors![0]!.extensions!.reason).toBe('HAS_CHILDREN');
    const withMembers = await dissolve(ids.clinic);
    expect(withMembers.errors![0]!.extensions!.reason).toBe('HAS_MEMBERS');
    expect(await snapshot(server)).toBe(before);
  });

  it('validates updates and merges with the field at fault', async () => {
    const before = await snapshot(server);
    const update = (input: Record<string, unknown>) => server.gql(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, { input });
    expectError(await update({ id: ids.school, code: 'CB-THANHCONG' }), 'CONFLICT', 'input.code');
    expectError(await update({ id: ids.school, name: '' }), 'VALIDATION_FAILED', 'input.name');
    expectError(await update({ id: ids.school, sector: 'BLOC' }), 'VALIDATION_FAILED', 'input.sector');
    expectError(await update({ id: ids.school, cellType: 'SPACESHIP' }), 'VALIDATION_FAILED', 'input.cellType');
    expectError(await update({ id: globalId('Organization', 777777), name: 'Không có' }), 'NOT_FOUND', 'input.id');
    const merge = (input: Record<string, unknown>) => server.gql(`mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { id } }`, { input });
    expectError(await merge({ sourceId: ids.town, targetId: ids.town, effectiveOn: '2024-01-01' }), 'VALIDATION_FAILED', 'input.targetId');
    expectError(await merge({ sourceId: ids.district, targetId: ids.town, effectiveOn: '2024-01-01' }), 'VALIDATION_FAILED', 'input.targetId');
    // A cell's members can only go to another cell.
    expectError(await merge({ sourceId: ids.thanhCong, targetId: ids.town, effectiveOn: '2024-01-01' }), 'VALIDATION_FAILED', 'input.targetId');
    // Cells cannot be placed under a grassroots cell.
    expectError(await merge({ sourceId: ids.town, targetId: ids.clinic, effectiveOn: '2024-01-01' }), 'VALIDATION_FAILED', 'input.targetId');
    expectError(await merge({ sourceId: ids.school, targetId: ids.thanhCong, effectiveOn: '2024-13-01' }), 'VALIDATION_FAILED', 'input.effectiveOn');
    expect(await snapshot(server)).toBe(before);
  });

  it('updates names and keeps search in step', async () => {
    const res = await server.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name code } }`, {
      input: { id: ids.other, name: 'Đảng bộ tỉnh Quảng Ninh (mới)' },
    });
    expect(res.updateOrganization).toEqual({ name: 'Đảng bộ tỉnh Quảng Ninh (mới)', code: 'T-QUANGNINH' });
    const found = await server.data(`{ provinces { nodes { name } } }`);
    expect(found.provinces.nodes.map((n: { name: string }) => n.name)).toContain('Đảng bộ tỉnh Quảng Ninh (mới)');
  });
});

describe('a dated restructure', () => {
  // A second province with a district of its own, restructured as on 1 July 2025.
  const local: Record<string, string> = {};
  beforeAll(async () => {
    local.province = await createOrg(server, { code: 'T-VINHPHUC', name: 'Đảng bộ tỉnh Vĩnh Phúc', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1997-01-01' });
    local.target = await createOrg(server, { code: 'T-PHUTHO', name: 'Đảng bộ tỉnh Phú Thọ', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1997-01-01' });
    local.city = await createOrg(server, { code: 'TP-VINHYEN', name: 'Thành ủy Vĩnh Yên', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'CITY', parentId: local.province, foundedOn: '2006-01-01' });
    local.ward = await createOrg(server, { code: 'P-DINHTRUNG', name: 'Đảng bộ phường Định Trung', kind: 'GRASSROOTS_COMMITTEE', parentId: local.city, foundedOn: '2006-01-01' });
    local.cell = await createOrg(server, { code: 'CB-TDP-1', name: 'Chi bộ tổ dân phố số 1', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: local.ward, foundedOn: '2006-01-01' });
    local.member = await createMember(server, { organizationId: local.cell, fullName: 'Đỗ Minh Đức' });
  });

  const move = (input: Record<string, unknown>) => server.gql(`mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { depth parent { code } } }`, { input });

  it('moves a ward directly under the province and keeps the old shape readable', async () => {
    const moved = await move({ id: local.ward, newParentId: local.province, effectiveOn: '2025-07-01' });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.moveOrganization).toEqual({ depth: 1, parent: { code: 'T-VINHPHUC' } });

    const q = `query($id: ID!, $before: Date, $after: Date) { node(id: $id) { ... on Organization {
      before: ancestors(asOf: $before) { code } after: ancestors(asOf: $after) { code } now: ancestors { code } } } }`;
    const crumbs = await server.data(q, { id: local.cell, before: '2025-06-30', after: '2025-07-01' });
    expect(crumbs.node.before.map((a: { code: string }) => a.code)).toEqual(['T-VINHPHUC', 'TP-VINHYEN', 'P-DINHTRUNG']);
    expect(crumbs.node.after.map((a: { code: string }) => a.code)).toEqual(['T-VINHPHUC', 'P-DINHTRUNG']);
    expect(crumbs.node.now).toEqual(crumbs.node.after);

    const stats = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Organization { old: stats(asOf: "2025-06-30") { members organizations } now: stats { members organizations }
        oldChildren: children(asOf: "2025-06-30") { nodes { code } } } } }`,
      { id: local.city },
    );
    expect(stats.node.old).toEqual({ members: 1, organizations: 2 });
    expect(stats.node.now).toEqual({ members: 0, organizations: 0 });
    expect(stats.node.oldChildren.nodes).toEqual([{ code: 'P-DINHTRUNG' }]);
  });

  it('refuses a change dated before the last change of the subtree, and in the future', async () => {
    const before = await snapshot(server);
    const early = await move({ id: local.ward, newParentId: local.city, effectiveOn: '2025-01-01' });
    expectError(early, 'VALIDATION_FAILED', 'input.effectiveOn');
    expect(early.errors![0]!.extensions!.reason).toBe('BEFORE_LAST_CHANGE');
    expectError(await move({ id: local.ward, newParentId: local.city, effectiveOn: '2999-01-01' }), 'VALIDATION_FAILED', 'input.effectiveOn');
    expect(await snapshot(server)).toBe(before);
  });

  it('dissolves the emptied city committee and merges the province into another', async () => {
    const dissolved = await server.data(`mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { dissolvedOn } }`, {
      input: { id: local.city, effectiveOn: '2025-07-01' },
    });
    expect(dissolved.dissolveOrganization.dissolvedOn).toBe('2025-07-01');
    const merged = await server.data(`mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { code stats { members organizations } } }`, {
      input: { sourceId: local.province, targetId: local.target, effectiveOn: '2025-07-01' },
    });
    expect(merged.mergeOrganizations).toEqual({ code: 'T-PHUTHO', stats: { members: 1, organizations: 2 } });

    const provinces = await server.data(`{ before: provinces(asOf: "2025-06-30") { nodes { code } } now: provinces { nodes { code } } }`);
    expect(provinces.before.nodes.map((n: { code: string }) => n.code)).toContain('T-VINHPHUC');
    expect(provinces.now.nodes.map((n: { code: string }) => n.code)).not.toContain('T-VINHPHUC');

    const crumbs = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { ancestors { code } old: ancestors(asOf: "2025-01-01") { code } } } }`, { id: local.cell });
    expect(crumbs.node.ancestors.map((a: { code: string }) => a.code)).toEqual(['T-PHUTHO', 'P-DINHTRUNG']);
    expect(crumbs.node.old.map((a: { code: string }) => a.code)).toEqual(['T-VINHPHUC', 'TP-VINHYEN', 'P-DINHTRUNG']);

    const below = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Organization {
         old: descendants(asOf: "2025-06-30", filter: { kind: CELL }) { nodes { code } }
         now: descendants(filter: { kind: CELL }) { nodes { code } }
         oldCounts: organizationCounts(groupBy: [KIND], asOf: "2025-06-30") { kind count }
         oldMembers: memberCounts(groupBy: [CHILD], asOf: "2025-06-30") { child { code } count } } } }`,
      { id: local.target },
    );
    expect(below.node.old.nodes).toEqual([]);
    expect(below.node.now.nodes).toEqual([{ code: 'CB-TDP-1' }]);
    expect(below.node.oldCounts).toEqual([]);
    expect(below.node.oldMembers).toEqual([]);
    const vinhPhucBefore = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Organization { descendants(asOf: "2025-06-30") { nodes { code } } memberCounts(groupBy: [CHILD], asOf: "2025-06-30") { child { code } count } } } }`,
      { id: local.province },
    );
    expect(vinhPhucBefore.node.descendants.nodes.map((n: { code: string }) => n.code)).toEqual(['CB-TDP-1', 'P-DINHTRUNG', 'TP-VINHYEN']);
    expect(vinhPhucBefore.node.memberCounts).toEqual([{ child: { code: 'TP-VINHYEN' }, count: 1 }]);

    const member = await server.data(`query($id: ID!) { node(id: $id) { ... on Member { organization { code province { code } } } } }`, { id: local.member });
    expect(member.node.organization).toEqual({ code: 'CB-TDP-1', province: { code: 'T-PHUTHO' } });
  });
});

describe('a drill-down does not grow in statements with the number of children', () => {
  const DRILL = `query($id: ID!) { node(id: $id) { ... on Organization {
      name ancestors { name }
      children(first: 200) { totalCount nodes { id name kind stats { organizations members membersByStatus { status count } } } } } } }`;

  it('uses the same bounded number of statements for 3 and for 120 children', async () => {
    const small = await server.gql(DRILL, { id: ids.town });
    expect(small.errors).toBeUndefined();
    const bloc = await createOrg(server, { code: 'K-COQUAN', name: 'Đảng bộ Khối các cơ quan tỉnh', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'BLOC', parentId: ids.other, foundedOn: '1990-01-01' });
    for (let i = 1; i <= 120; i += 1) {
      const cell = await createOrg(server, { code: `K-CB-${i}`, name: `Chi bộ cơ quan số ${i}`, kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: bloc });
      if (i % 40 === 0) await createMember(server, { organizationId: cell, fullName: `Phạm Văn ${i}` });
    }
    const large = await server.gql(DRILL, { id: bloc });
    expect(large.errors).toBeUndefined();
    expect(large.data.node.children.totalCount).toBe(120);
    expect(large.data.node.children.nodes.filter((n: { stats: { members: number } }) => n.stats.members === 1)).toHaveLength(3);
    const statements = large.extensions!.sql!.statements;
    // The counter sees the statements at all: the session, the organisation with its breadcrumbs, the children page, their stats.
    expect(statements).toBeGreaterThanOrEqual(4);
    expect(statements).toBeLessThanOrEqual(4);
    expect(statements).toBe(small.extensions!.sql!.statements);
    // 121 organisations and 3 members are made one mutation each: on PostgreSQL at a load of
    // 12–14 with two test files at a time that alone took 30 s (the project's default timeout).
  }, 120_000);
});

describe('a cell page: the organisation, its breadcrumbs and its own figures in one statement', () => {
  const FIGURES = `organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count }`;
  const CELL = `query($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
      members(first: 50) { totalCount nodes { fullName } } } } }`;

  it('reads today’s figures with the organisation: the same figures as the stats batch gives', async () => {
    for (const id of [ids.thanhCong, ids.school, ids.town, ids.district, ids.province]) {
      // With a date (even today's), stats goes through its batch (StatsService.loadBatch); without one, with the organisation.
      const dated = await server.gql(`query($id: ID!, $on: Date) { node(id: $id) { ... on Organization { name ancestors { name } stats(asOf: $on) { ${FIGURES} } } } }`, { id, on: todayInVietnam() });
      const own = await server.gql(`query($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { ${FIGURES} } } } }`, { id });
      expect(dated.errors).toBeUndefined();
      expect(own.errors).toBeUndefined();
      expect(own.data).toEqual(dated.data);
      // The session and the organisation (with its breadcrumbs and figures); the dated read adds the stats batch.
      expect(own.extensions!.sql!.statements).toBe(2);
      expect(dated.extensions!.sql!.statements).toBe(3);
    }
  });

  it('answers a cell page in three statements: the session, the organisation, the members page', async () => {
    const res = await server.gql(CELL, { id: ids.thanhCong });
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toMatchObject({ name: 'Chi bộ khu dân cư Thành Công', stats: { members: 3 }, members: { totalCount: 3 } });
    expect(res.data.node.ancestors.map((a: { name: string }) => a.name)).toEqual(['Đảng bộ tỉnh Điện Biên', 'Huyện ủy Tủa Chùa', 'Đảng bộ thị trấn Tủa Chùa']);
    expect(res.extensions!.sql!.statements).toBe(3);
    // By code too (`organization`), and without breadcrumbs.
    const byCode = await server.gql(`{ organization(code: "CB-THCS-TUACHUA") { stats { members membersByStatus { status count } } } }`);
    expect(byCode.data.organization.stats.members).toBe(2);
    expect(byCode.extensions!.sql!.statements).toBe(2);
  });

  it('leaves age bands, aliases with a date and other callers’ scopes as they were', async () => {
    // Age bands need the rollup's day and the birth-year correction: the stats batch, as before.
    const bands = await server.gql(`query($id: ID!) { node(id: $id) { ... on Organization { stats { members membersByAgeBand { ageBand count } } } } }`, { id: ids.school });
    expect(bands.errors).toBeUndefined();
    expect(bands.data.node.stats.members).toBe(2);
    expect(bands.data.node.stats.membersByAgeBand.reduce((a: number, b: { count: number }) => a + b.count, 0)).toBe(2);
    expect(bands.extensions!.sql!.statements).toBe(3);
    // Two selections: the one without a date from the organisation's statement, the dated one from the batch.
    const two = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { now: stats { members } then: stats(asOf: "1989-01-01") { members } } } }`, { id: ids.thanhCong });
    expect(two.node).toEqual({ now: { members: 3 }, then: { members: 0 } });
    // A leader of the other province sees neither the cell nor its figures.
    const other = await server.userWith('cell-page-other-leader', [{ role: 'LEADER', organizationId: ids.other }]);
    const res = await other.gql(CELL, { id: ids.thanhCong });
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toBeNull();
  });
});

describe('national overview', () => {
  it('adds up every province the caller can see', async () => {
    const data = await server.data(`{ overview { provinces stats { members organizations membersByGender { gender count } } } provinces(first: 200) { nodes { stats { members organizations } } } }`);
    const nodes = data.provinces.nodes as Array<{ stats: { members: number; organizations: number } }>;
    expect(data.overview.provinces).toBe(nodes.length);
    expect(data.overview.stats.members).toBe(nodes.reduce((a, n) => a + n.stats.members, 0));
    expect(data.overview.stats.organizations).toBe(nodes.reduce((a, n) => a + n.stats.organizations, 0));
    const genders = data.overview.stats.membersByGender.reduce((a: number, g: { count: number }) => a + g.count, 0);
    expect(genders).toBe(data.overview.stats.members);
  });
});
