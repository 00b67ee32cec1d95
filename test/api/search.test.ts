import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../support/api.js';
import { createMember, createOrg } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

let server: TestServer;
let leader: Client;
let cellLeader: Client;
const ids: Record<string, string> = {};

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) {
  organizations { organization { id code name dissolvedOn } match matchedText context }
  members { member { id fullName cardNumber organization { code } } match matchedText context } } }`;

const search = async (client: Client, text: string, first?: number) => (await client.data(SEARCH, { text, first })).search;
const orgCodes = (result: any) => result.organizations.map((h: any) => h.organization.code);
const cards = (result: any) => result.members.map((h: any) => h.member.cardNumber);

beforeAll(async () => {
  server = await startTestServer();
  ids.dienBien = await createOrg(server, { code: 'T-DIENBIEN', name: 'Đảng bộ tỉnh Điện Biên', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1950-01-01' });
  ids.tuaChua = await createOrg(server, { code: 'H-TUACHUA', name: 'Đảng bộ huyện Tủa Chùa', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.dienBien, foundedOn: '1960-01-01' });
  ids.xa = await createOrg(server, { code: 'X-SINHPHINH', name: 'Đảng bộ xã Sính Phình', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.tuaChua, foundedOn: '1970-01-01' });
  ids.cell = await createOrg(server, { code: 'CB-TUACHUA1', name: 'Chi bộ bản Tủa Chùa 1', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.xa, foundedOn: '1980-01-01' });
  ids.cell2 = await createOrg(server, { code: 'CB-DEPUA', name: 'Chi bộ bản Đề Pua', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.xa, foundedOn: '1980-01-01' });
  ids.gone = await createOrg(server, { code: 'CB-NAMMUC', name: 'Chi bộ bản Nậm Mức', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.xa, foundedOn: '1980-01-01' });
  ids.old = await createOrg(server, { code: 'CB-CU', name: 'Chi bộ bản Huổi Só', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.xa, foundedOn: '1980-01-01' });
  // Outside the leader's scope: a province with the same kind of names.
  ids.laiChau = await createOrg(server, { code: 'T-LAICHAU', name: 'Đảng bộ tỉnh Lai Châu', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1950-01-01' });
  ids.otherXa = await createOrg(server, { code: 'X-TUACHUA-LC', name: 'Đảng bộ xã Tủa Chùa Lai Châu', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.laiChau, foundedOn: '1970-01-01' });
  ids.otherCell = await createOrg(server, { code: 'CB-LC1', name: 'Chi bộ bản Đề Pua Lai Châu', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.otherXa, foundedOn: '1980-01-01' });

  ids.duc = await createMember(server, { organizationId: ids.cell, fullName: 'Nguyễn Văn Đức', cardNumber: '62.000101' });
  ids.ducAnh = await createMember(server, { organizationId: ids.cell, fullName: 'Nguyễn Văn Đức Anh', cardNumber: '62.000102' });
  ids.dao = await createMember(server, { organizationId: ids.cell2, fullName: 'Lò Thị Đào', gender: 'FEMALE', cardNumber: '62.000103' });
  ids.thanhDuc = await createMember(server, { organizationId: ids.cell2, fullName: 'Trần Thành Đức', cardNumber: '62.000104' });
  ids.otherDuc = await createMember(server, { organizationId: ids.otherCell, fullName: 'Nguyễn Văn Đức', cardNumber: '12.000101' });

  leader = await server.userWith('leader-dienbien', [{ role: 'LEADER', organizationId: ids.dienBien }]);
  cellLeader = await server.userWith('leader-cell', [{ role: 'LEADER', organizationId: ids.cell2 }]);

  // A rename keeps the former name searchable; a dissolved cell is still found.
  await server.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, { input: { id: ids.old, name: 'Chi bộ bản Pa Pao' } });
  await server.data(`mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { id } }`, { input: { id: ids.gone, effectiveOn: '2020-01-01' } });
});
afterAll(async () => server?.close());

describe('search', () => {
  it('ignores accents and case, đ included, and gives each hit its place', async () => {
    for (const text of ['tua chua', 'TỦA CHÙA', 'Tủa chùa', '  tua   CHUA ']) {
      const result = await search(leader, text);
      expect(orgCodes(result)).toEqual(['H-TUACHUA', 'CB-TUACHUA1']);
    }
    const result = await search(leader, 'tua chua');
    expect(result.organizations[0]).toMatchObject({ match: 'NAME', matchedText: 'Đảng bộ huyện Tủa Chùa', context: ['Đảng bộ tỉnh Điện Biên'] });
    expect(result.organizations[1].context).toEqual(['Đảng bộ tỉnh Điện Biên', 'Đảng bộ huyện Tủa Chùa', 'Đảng bộ xã Sính Phình']);

    const duc = await search(leader, 'nguyen van duc');
    expect(cards(duc)).toEqual(['62.000101', '62.000102']);
    expect(duc.members[0]).toMatchObject({
      match: 'NAME',
      matchedText: 'Nguyễn Văn Đức',
      context: ['Đảng bộ tỉnh Điện Biên', 'Đảng bộ huyện Tủa Chùa', 'Đảng bộ xã Sính Phình', 'Chi bộ bản Tủa Chùa 1'],
    });
    expect(cards(await search(leader, 'ĐỨC'))).toEqual(cards(await search(leader, 'duc')));
  });

  it('ranks exact, then start, then a word start, then inside', async () => {
    // "duc": nobody is called exactly "duc"; "Nguyễn Văn Đức", "… Đức Anh" and "Trần Thành Đức" hold it as a word.
    const byWord = await search(leader, 'duc');
    expect(new Set(cards(byWord))).toEqual(new Set(['62.000101', '62.000102', '62.000104']));
    const exact = await search(leader, 'Nguyễn Văn Đức');
    expect(cards(exact)[0]).toBe('62.000101');
    // The district (a word start, higher in the tree) before the cell.
    expect(orgCodes(await search(leader, 'chua'))).toEqual(['H-TUACHUA', 'CB-TUACHUA1']);
    // Members: every word typed, in any order, the last one as a prefix ("thanh" in "Trần Thành Đức"),
    // after the names where the text stands as typed.
    expect(cards(await search(leader, 'duc tran th'))).toEqual(['62.000104']);
    expect(cards(await search(leader, 'hanh duc'))).toEqual([]);
    const ordered = await search(leader, 'van duc');
    expect(cards(ordered)).toEqual(['62.000101', '62.000102']);
    expect(cards(await search(leader, 'duc van'))).toEqual(['62.000101', '62.000102']);
  });

  it('finds codes, card numbers, former names and dissolved organisations', async () => {
    const code = await search(leader, 'h-tuachua');
    expect(code.organizations[0]).toMatchObject({ match: 'CODE', matchedText: 'H-TUACHUA' });
    const card = await search(leader, '62.0001');
    expect(card.members.map((h: any) => h.match)).toEqual(['CARD_NUMBER', 'CARD_NUMBER', 'CARD_NUMBER', 'CARD_NUMBER']);
    expect((await search(leader, '62.000103')).members).toMatchObject([{ match: 'CARD_NUMBER', matchedText: '62.000103', member: { fullName: 'Lò Thị Đào' } }]);
    const former = await search(leader, 'huoi so');
    expect(former.organizations).toMatchObject([{ match: 'FORMER_NAME', matchedText: 'Chi bộ bản Huổi Só', organization: { code: 'CB-CU', name: 'Chi bộ bản Pa Pao' } }]);
    expect(orgCodes(await search(leader, 'pa pao'))).toEqual(['CB-CU']);
    const dissolved = await search(leader, 'nam muc');
    expect(dissolved.organizations).toMatchObject([{ organization: { code: 'CB-NAMMUC', dissolvedOn: '2020-01-01' } }]);
  });

  it('never returns anything outside the scope', async () => {
    for (const text of ['tua chua', 'de pua', 'nguyen van duc', 'lai chau', '12.0001', 'x-tuachua-lc', 'cb-lc1', 'duc']) {
      const result = await search(leader, text);
      expect(orgCodes(result)).not.toContain('X-TUACHUA-LC');
      expect(orgCodes(result)).not.toContain('CB-LC1');
      expect(orgCodes(result)).not.toContain('T-LAICHAU');
      expect(cards(result)).not.toContain('12.000101');
      for (const hit of [...result.organizations, ...result.members]) expect(hit.context.join('|')).not.toContain('Lai Châu');
    }
    // The admin (whole country) finds both.
    expect(cards(await search(server, 'nguyen van duc')).sort()).toEqual(['12.000101', '62.000101', '62.000102']);
    // A leader of one cell: the cell, its members, and no ancestor named above it.
    const cell = await search(cellLeader, 'de pua');
    expect(cell.organizations).toMatchObject([{ organization: { code: 'CB-DEPUA' }, context: [] }]);
    expect(cards(await search(cellLeader, 'duc'))).toEqual(['62.000104']);
    expect((await search(cellLeader, 'dao')).members).toMatchObject([{ member: { fullName: 'Lò Thị Đào' }, context: ['Chi bộ bản Đề Pua'] }]);
    expect(orgCodes(await search(cellLeader, 'tua chua'))).toEqual([]);
  });

  it('limits the hits and refuses bad arguments', async () => {
    expect((await search(leader, 'chi bo', 1)).organizations).toHaveLength(1);
    expect((await search(leader, 'd')).organizations).toEqual([]);
    expectError(await leader.gql(SEARCH, { text: 'x'.repeat(101) }), 'VALIDATION_FAILED', 'text');
    expectError(await leader.gql(SEARCH, { text: 'duc', first: 0 }), 'VALIDATION_FAILED', 'first');
    expectError(await leader.gql(SEARCH, { text: 'duc', first: 51 }), 'VALIDATION_FAILED', 'first');
    expectError(await server.anonymous.gql(SEARCH, { text: 'duc' }), 'UNAUTHENTICATED');
    // LIKE wildcards are text, not patterns.
    expect((await search(leader, '%%%')).organizations).toEqual([]);
    expect((await search(leader, '__')).members).toEqual([]);
  });
});
