import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { addDays, isReason, todayInVietnam } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Access } from '../../apps/server/src/auth/access.js';
import { createRequest } from '../../apps/server/src/context.js';
import { dialectOfOrm } from '../../apps/server/src/seed/bulk-writer.js';
import { expectError, snapshot as tables } from '../support/api.js';
import { createOrg, dbId } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Dated renames (issue #12 §4): a rename takes effect on a day; the tree read as of an earlier
 * day shows the name of that day (the organisation, its lists, its breadcrumbs), search still
 * finds the former name, the rules of the date are refused on input.effectiveOn with nothing
 * changed, and an import renames from today and re-imports as unchanged.
 *
 *   Đảng bộ tỉnh Sơn La (1950)
 *     Huyện ủy Mai Sơn (1960)           renamed "Huyện ủy Mai Sơn mới" from 2018-01-01
 *       Chi bộ bản Nà Pá (2005)           renamed "Chi bộ bản Noong Bua" from 2020-03-01
 *       Chi bộ bản Cò Nòi (2005)
 */
let server: TestServer;
const ids: Record<string, string> = {};
const today = todayInVietnam();

const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name nameSince formerNames { name usedFrom usedUntil } } }`;
const rename = (id: string, name: string, effectiveOn?: string) => server.gql(UPDATE, { input: { id, name, ...(effectiveOn ? { effectiveOn } : {}) } });
const names = (nodes: Array<{ name: string }>) => nodes.map((n) => n.name);

/** Every table the shared snapshot reads, and the former names. */
async function snapshot(s: TestServer): Promise<string> {
  const former = await s.orm.em.fork().getConnection().execute(`select * from organization_former_name order by id`);
  return `${await tables(s)}\n${JSON.stringify(former)}`;
}

beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'RN-SONLA', name: 'Đảng bộ tỉnh Sơn La', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1950-01-01' });
  ids.district = await createOrg(server, { code: 'RN-MAISON', name: 'Huyện ủy Mai Sơn', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.province, foundedOn: '1960-01-01' });
  ids.commune = await createOrg(server, { code: 'RN-XA', name: 'Đảng bộ xã Chiềng Mung', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.district, foundedOn: '1970-01-01' });
  ids.naPa = await createOrg(server, { code: 'RN-NAPA', name: 'Chi bộ bản Nà Pá', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '2005-01-01' });
  ids.coNoi = await createOrg(server, { code: 'RN-CONOI', name: 'Chi bộ bản Cò Nòi', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '2005-01-01' });
});
afterAll(async () => server?.close());

describe('a rename dated in the past', () => {
  it('answers the new name and keeps the old one for the days it was carried', async () => {
    const res = await rename(ids.naPa, 'Chi bộ bản Noong Bua', '2020-03-01');
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOrganization).toEqual({
      id: ids.naPa,
      name: 'Chi bộ bản Noong Bua',
      nameSince: '2020-03-01',
      formerNames: [{ name: 'Chi bộ bản Nà Pá', usedFrom: '2005-01-01', usedUntil: '2020-02-29' }],
    });
    await server.data(UPDATE, { input: { id: ids.district, name: 'Huyện ủy Mai Sơn mới', effectiveOn: '2018-01-01' } });
  });

  it('reads the name of each day: the organisation, its children, descendants and breadcrumbs', async () => {
    const data = await server.data(
      `query($cell: ID!, $commune: ID!) {
        cell: node(id: $cell) { ... on Organization {
          name before: name(asOf: "2020-02-29") on: name(asOf: "2020-03-01") now: name(asOf: "${today}")
          oldCrumbs: ancestors(asOf: "2017-12-31") { name } crumbs: ancestors { name }
        } }
        commune: node(id: $commune) { ... on Organization {
          before: children(asOf: "2020-02-29") { totalCount nodes { name } }
          after: children(asOf: "2020-03-01") { nodes { name } }
          today: children { nodes { name } }
          byRating: children(asOf: "2019-06-01", orderBy: { field: RATING, year: 2018 }) { nodes { name } }
          found: descendants(asOf: "2019-06-01", filter: { kind: CELL }) { nodes { name } }
          byOldName: descendants(asOf: "2019-06-01", filter: { search: "na pa" }) { nodes { name } }
          byNewName: descendants(asOf: "2019-06-01", filter: { search: "noong bua" }) { nodes { name } }
          oldNameToday: descendants(filter: { search: "na pa" }) { totalCount }
          byOldNameRated: descendants(asOf: "2019-06-01", filter: { search: "na pa" }, orderBy: { field: RATING, year: 2018 }) { nodes { name } }
        } }
      }`,
      { cell: ids.naPa, commune: ids.commune },
    );
    expect(data.cell).toMatchObject({ name: 'Chi bộ bản Noong Bua', before: 'Chi bộ bản Nà Pá', on: 'Chi bộ bản Noong Bua', now: 'Chi bộ bản Noong Bua' });
    expect(names(data.cell.oldCrumbs)).toEqual(['Đảng bộ tỉnh Sơn La', 'Huyện ủy Mai Sơn', 'Đảng bộ xã Chiềng Mung']);
    expect(names(data.cell.crumbs)).toEqual(['Đảng bộ tỉnh Sơn La', 'Huyện ủy Mai Sơn mới', 'Đảng bộ xã Chiềng Mung']);
    // Ordered by today's name (a stable order across days), named as on the day asked.
    expect(data.commune.before).toEqual({ totalCount: 2, nodes: [{ name: 'Chi bộ bản Cò Nòi' }, { name: 'Chi bộ bản Nà Pá' }] });
    expect(names(data.commune.after.nodes)).toEqual(['Chi bộ bản Cò Nòi', 'Chi bộ bản Noong Bua']);
    expect(names(data.commune.today.nodes)).toEqual(['Chi bộ bản Cò Nòi', 'Chi bộ bản Noong Bua']);
    expect(names(data.commune.byRating.nodes).sort()).toEqual(['Chi bộ bản Cò Nòi', 'Chi bộ bản Nà Pá']);
    expect(names(data.commune.found.nodes)).toEqual(['Chi bộ bản Cò Nòi', 'Chi bộ bản Nà Pá']);
    // A list searched on a past day finds the name of that day (and today's, which people type too).
    expect(names(data.commune.byOldName.nodes)).toEqual(['Chi bộ bản Nà Pá']);
    expect(names(data.commune.byNewName.nodes)).toEqual(['Chi bộ bản Nà Pá']);
    expect(data.commune.oldNameToday.totalCount).toBe(0);
    expect(names(data.commune.byOldNameRated.nodes)).toEqual(['Chi bộ bản Nà Pá']);

    const district = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { children(asOf: "2017-06-01") { nodes { name } } } } }`, { id: ids.province });
    expect(names(district.node.children.nodes)).toEqual(['Huyện ủy Mai Sơn']);
    const provinces = await server.data(`{ old: provinces(asOf: "2017-06-01") { nodes { name } } }`);
    expect(names(provinces.old.nodes)).toEqual(['Đảng bộ tỉnh Sơn La']);
  });

  it('still finds the organisation by its former name', async () => {
    const res = await server.data(`{ search(text: "na pa", first: 5) { organizations { match matchedText organization { code name } } } }`);
    expect(res.search.organizations).toEqual([{ match: 'FORMER_NAME', matchedText: 'Chi bộ bản Nà Pá', organization: { code: 'RN-NAPA', name: 'Chi bộ bản Noong Bua' } }]);
  });

  it('records the date in the audit log', async () => {
    const log = await server.data(`query($filter: AuditFilter) { auditLog(first: 10, filter: $filter) { nodes { action entityId before after } } }`, { filter: { organizationId: ids.naPa } });
    const entry = log.auditLog.nodes.find((e: { action: string; entityId: string }) => e.action === 'updateOrganization' && e.entityId === ids.naPa);
    expect(entry).toMatchObject({ before: { name: 'Chi bộ bản Nà Pá' }, after: { name: 'Chi bộ bản Noong Bua', effectiveOn: '2020-03-01' } });
  });

  it('a rename on the day of the previous one replaces it; a later one keeps it', async () => {
    const same = await server.data(UPDATE, { input: { id: ids.naPa, name: 'Chi bộ bản Noong Bua 1', effectiveOn: '2020-03-01' } });
    expect(same.updateOrganization).toMatchObject({ name: 'Chi bộ bản Noong Bua 1', nameSince: '2020-03-01', formerNames: [{ name: 'Chi bộ bản Nà Pá', usedFrom: '2005-01-01', usedUntil: '2020-02-29' }] });
    const later = await server.data(UPDATE, { input: { id: ids.naPa, name: 'Chi bộ bản Noong Bua', effectiveOn: '2023-06-01' } });
    expect(later.updateOrganization).toMatchObject({
      nameSince: '2023-06-01',
      formerNames: [
        { name: 'Chi bộ bản Nà Pá', usedFrom: '2005-01-01', usedUntil: '2020-02-29' },
        { name: 'Chi bộ bản Noong Bua 1', usedFrom: '2020-03-01', usedUntil: '2023-05-31' },
      ],
    });
    const data = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { a: name(asOf: "2021-01-01") b: name(asOf: "2023-06-01") } } }`, { id: ids.naPa });
    expect(data.node).toEqual({ a: 'Chi bộ bản Noong Bua 1', b: 'Chi bộ bản Noong Bua' });
  });

  it('a rename without a date takes effect today; on the founding day it replaces the name', async () => {
    const created = await createOrg(server, { code: 'RN-MOI', name: 'Chi bộ bản Mới', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '2024-01-01' });
    const now = await server.data(UPDATE, { input: { id: created, name: 'Chi bộ bản Mới Một' } });
    expect(now.updateOrganization).toMatchObject({ nameSince: today, formerNames: [{ name: 'Chi bộ bản Mới', usedFrom: '2024-01-01', usedUntil: addDays(today, -1) }] });
    const fixed = await server.data(UPDATE, { input: { id: ids.coNoi, name: 'Chi bộ bản Cò Nòi (sửa)', effectiveOn: '2005-01-01' } });
    expect(fixed.updateOrganization).toMatchObject({ nameSince: '2005-01-01', formerNames: [] });
  });
});

describe('refused rename dates', () => {
  it('each rule on input.effectiveOn with its reason, and nothing changed', async () => {
    const dissolved = await createOrg(server, { code: 'RN-GIAITHE', name: 'Chi bộ giải thể', kind: 'CELL', cellType: 'OTHER', parentId: ids.commune, foundedOn: '2010-01-01' });
    await server.data(`mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { id } }`, { input: { id: dissolved, effectiveOn: '2022-01-01' } });
    const before = await snapshot(server);
    const cases: Array<[string, string, string, Record<string, unknown>]> = [
      [ids.naPa, addDays(today, 1), 'FUTURE_DATE', { today }],
      [ids.coNoi, '2004-12-31', 'BEFORE_FOUNDED', { foundedOn: '2005-01-01' }],
      [ids.naPa, '2023-05-31', 'BEFORE_LAST_RENAME', { date: '2023-06-01' }],
      [dissolved, '2022-01-01', 'DISSOLVED', { dissolvedOn: '2022-01-01' }],
    ];
    for (const [id, on, reason, values] of cases) {
      const res = await rename(id, 'Tên bị từ chối', on);
      expectError(res, 'VALIDATION_FAILED', 'input.effectiveOn');
      expect(res.errors![0]!.extensions).toMatchObject({ reason });
      expect(res.errors![0]!.extensions!.fields![0]).toMatchObject({ field: 'input.effectiveOn', reason, ...values });
      // The preview checks as the mutation does.
      const preview = await server.gql(`query($input: OrganizationChangeInput!) { previewOrganizationChange(input: $input) { treeAfter { name } } }`, {
        input: { update: { id, name: 'Tên bị từ chối', effectiveOn: on } },
      });
      expectError(preview, 'VALIDATION_FAILED', 'input.effectiveOn');
    }
    // A malformed date is refused before anything is read.
    expectError(await rename(ids.naPa, 'Tên bị từ chối', '2024-02-30'), 'VALIDATION_FAILED');
    expect(await snapshot(server)).toBe(before);
    const still = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { name } } }`, { id: ids.naPa });
    expect(still.node.name).toBe('Chi bộ bản Noong Bua');
  });

  it('a correction of the code alone is not dated by a rename rule', async () => {
    const res = await server.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { code formerNames { name } } }`, {
      input: { id: ids.coNoi, code: 'RN-CONOI-2', effectiveOn: '2004-12-31' },
    });
    expect(res.updateOrganization).toEqual({ code: 'RN-CONOI-2', formerNames: [] });
  });
});

describe('renames by import', () => {
  let dir: string;
  const services = () => createRequest(server.orm.em.fork() as EntityManager, dialectOfOrm(server.orm), Access.system()).services;
  const importText = async (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const report = await services().dataImport.run([{ path, name }], { dryRun: false, label: name });
    for (const p of report.problems) expect(isReason(p.reason), p.reason).toBe(true);
    return report;
  };
  const HEADER = 'Mã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fourgood-renames-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a new name in the file is a rename from today; the same file again is unchanged', async () => {
    const first = await importText('a.csv', [HEADER, 'RN-IM;Đảng bộ tỉnh Nhập Tên;Đảng bộ tỉnh;;;;01/01/2000'].join('\r\n'));
    expect(first.counts.organizations).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const text = [HEADER, 'RN-IM;Đảng bộ tỉnh Nhập Tên Mới;Đảng bộ tỉnh;;;;01/01/2000'].join('\r\n');
    const renamed = await importText('b.csv', text);
    expect(renamed.problems).toEqual([]);
    expect(renamed.counts.organizations).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const org = await server.data(`{ organization(code: "RN-IM") { name nameSince old: name(asOf: "${addDays(today, -1)}") formerNames { name usedFrom usedUntil } } }`);
    expect(org.organization).toEqual({
      name: 'Đảng bộ tỉnh Nhập Tên Mới',
      nameSince: today,
      old: 'Đảng bộ tỉnh Nhập Tên',
      formerNames: [{ name: 'Đảng bộ tỉnh Nhập Tên', usedFrom: '2000-01-01', usedUntil: addDays(today, -1) }],
    });
    const log = await server.data(`{ auditLog(first: 5, filter: { actions: ["updateOrganization"] }) { nodes { after } } }`);
    expect(log.auditLog.nodes[0].after).toMatchObject({ name: 'Đảng bộ tỉnh Nhập Tên Mới', effectiveOn: today });

    const before = await snapshot(server);
    const again = await importText('b.csv', text);
    expect(again.counts.organizations).toEqual({ created: 0, updated: 0, unchanged: 1 });
    // Only the import's own entry is added to the log.
    expect((await snapshot(server)).split('\n').filter((t, i) => t !== before.split('\n')[i]).length).toBe(1);

    // A second rename the same day replaces the name of today.
    await importText('c.csv', [HEADER, 'RN-IM;Đảng bộ tỉnh Nhập Tên Khác;Đảng bộ tỉnh;;;;01/01/2000'].join('\r\n'));
    const after = await server.data(`{ organization(code: "RN-IM") { name formerNames { name } } }`);
    expect(after.organization).toEqual({ name: 'Đảng bộ tỉnh Nhập Tên Khác', formerNames: [{ name: 'Đảng bộ tỉnh Nhập Tên' }] });
  });
});

describe('the migration that dates former names', () => {
  it('gives rows written before it a first day: the founding, then the day after the previous one', async () => {
    const orm = server.orm;
    const conn = orm.em.fork().getConnection();
    const cell = await createOrg(server, { code: 'RN-CU', name: 'Chi bộ C', kind: 'CELL', cellType: 'OTHER', parentId: ids.commune, foundedOn: '2001-01-01' });
    const id = dbId(cell);
    // The table as it was: no first day; three renames, two of them written the same day.
    await conn.execute(`alter table organization_former_name drop column used_from`);
    for (const [name, until] of [['Chi bộ A', '2010-05-31'], ['Chi bộ B1', '2015-12-31'], ['Chi bộ B2', '2015-12-31']] as const) {
      await conn.execute(`insert into organization_former_name (organization_id, name, name_search, used_until) values (?, ?, ?, ?)`, [id, name, name.toLowerCase(), until]);
    }
    const { Migration20261203073600 } = await import('../../apps/server/src/db/migrations/sqlite/Migration20261203073600.js');
    const { Migration20261203073603 } = await import('../../apps/server/src/db/migrations/postgresql/Migration20261203073603.js');
    const Migration = dialectOfOrm(orm) === 'sqlite' ? Migration20261203073600 : Migration20261203073603;
    const migration = new Migration(orm.em.getDriver() as never, orm.config as never);
    await migration.up();
    for (const q of migration.getQueries()) await conn.execute(String(q));
    const data = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { nameSince formerNames { name usedFrom usedUntil } a: name(asOf: "2012-01-01") } } }`, { id: cell });
    expect(data.node).toEqual({
      nameSince: '2016-01-01',
      formerNames: [
        { name: 'Chi bộ A', usedFrom: '2001-01-01', usedUntil: '2010-05-31' },
        { name: 'Chi bộ B1', usedFrom: '2010-06-01', usedUntil: '2015-12-31' },
        // Carried no day (replaced the day it was given): an empty range, still searchable.
        { name: 'Chi bộ B2', usedFrom: '2016-01-01', usedUntil: '2015-12-31' },
      ],
      a: 'Chi bộ B1',
    });
  });
});
