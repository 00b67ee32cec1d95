import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeAbandonedKeptRows, type ImportJobView } from '../../apps/server/src/dataio/import-jobs.js';
import type { ImportReport } from '../../apps/server/src/dataio/import.service.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { startTestServer, systemServices, type Client, type TestServer } from '../support/server.js';

/*
 * Issue #12 §1 "dry run first … then apply": in the app the apply uploads the file the dry run
 * just read. A dry run that read its file without a problem keeps the rows it read and checked;
 * the apply of the same file (same name and content) replays them instead of parsing the file
 * again (its report's steps say `reused` instead of `read`), and runs every check against the
 * database again. Compared with an apply from scratch on a second database prepared the same
 * way: the same report and the same database content; a change of the database between the dry
 * run and the apply is still caught; another file, or a changed one, is read again.
 */

const ORGS = [
  'Mã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày',
  'RB;Đảng bộ tỉnh Dùng Lại;Đảng bộ tỉnh;;;;01/01/2000',
  'RB-CB1;Chi bộ một;GRASSROOTS_CELL;;AGENCY;RB;2000-01-01',
  'RB-CB2;Chi bộ hai;GRASSROOTS_CELL;;AGENCY;RB;2000-01-01',
  'RX;Đảng bộ tỉnh Khác;PROVINCIAL_COMMITTEE;;;;2000-01-01',
  'RX-CB;Chi bộ tỉnh khác;GRASSROOTS_CELL;;AGENCY;RX;2000-01-01',
].join('\r\n');
const HEADER = 'Số thẻ đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Chức vụ,Mã chi bộ,Từ ngày,Tình trạng';
const row = (i: number, over: { name?: string; cell?: string; status?: string } = {}) =>
  `RB-${String(i).padStart(5, '0')},${over.name ?? `Người ${i}`},${i % 2 ? 'Nam' : 'Nữ'},01/01/1980,01/01/2005,01/01/2006,Đảng viên,${over.cell ?? 'RB-CB1'},01/01/2010,${over.status ?? 'Đang sinh hoạt'}`;
/** 200 members in RB-CB1. */
const BASE = [HEADER, ...Array.from({ length: 200 }, (_, i) => row(i + 1))].join('\n');
/** The second file: 20 transferred, 20 with a status change, 20 corrected, 100 new, the rest unchanged. */
const CHANGES = [
  HEADER,
  ...Array.from({ length: 200 }, (_, i) => {
    const n = i + 1;
    if (n <= 20) return row(n, { cell: 'RB-CB2' });
    if (n <= 40) return row(n, { status: 'Miễn sinh hoạt' });
    if (n <= 60) return row(n, { name: `Người  Sửa ${n}` });
    return row(n);
  }),
  ...Array.from({ length: 100 }, (_, i) => row(1000 + i, { cell: i % 2 ? 'RB-CB2' : 'RB-CB1' })),
].join('\n');

let dir: string;
/** The app's flow (dry run, then apply) runs here; `scratch` applies the same files without a dry run. */
let server: TestServer;
let scratch: TestServer;
let staff: Client;
let scratchStaff: Client;

async function prepare(s: TestServer): Promise<Client> {
  const orgs = join(dir, 'to-chuc.csv');
  const base = join(dir, 'dang-vien-goc.csv');
  writeFileSync(orgs, ORGS);
  writeFileSync(base, BASE);
  for (const [path, name] of [
    [orgs, 'to-chuc.csv'],
    [base, 'dang-vien-goc.csv'],
  ]) {
    const report = await systemServices(s.orm).dataImport.run([{ path: path!, name: name! }], { dryRun: false, label: name! });
    expect(report.problemCount).toBe(0);
  }
  const [rb] = await (s.orm.em.fork() as EntityManager).execute<Array<{ id: number }>>(`select id from organization where code = 'RB'`);
  return s.userWith('canbo.dunglai', [{ role: 'STAFF', organizationId: toGlobalId('Organization', rb!.id) }]);
}

const upload = (s: TestServer, cookie: string, name: string, body: string, query = '') =>
  fetch(`${s.url}/dataio/import${query}`, { method: 'POST', headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) }, body });

/** Uploads and polls the job until it has ended (each poll waits on the server's answer). */
async function job(s: TestServer, cookie: string, name: string, body: string, dryRun = false): Promise<ImportReport> {
  const res = await upload(s, cookie, name, body, dryRun ? '?dryRun=1' : '');
  expect(res.status).toBe(202);
  const { job: started } = (await res.json()) as { job: ImportJobView };
  for (;;) {
    const view = (await (await fetch(`${s.url}/dataio/jobs/${started.id}`, { headers: { cookie } })).json()) as ImportJobView;
    if (['QUEUED', 'RUNNING'].includes(view.state)) continue;
    expect(view.state).toBe('DONE');
    return view.report!;
  }
}

/** A report without its timings. */
const same = (r: ImportReport) => ({ ...r, millis: 0, steps: {} });

/** The imported province as rows of natural keys (ids differ between the two databases). */
async function content(s: TestServer): Promise<Record<string, unknown[]>> {
  const em = s.orm.em.fork() as EntityManager;
  const q = async (sql: string) => JSON.parse(JSON.stringify(await em.execute(sql))) as unknown[];
  return {
    members: await q(
      `select m.card_number, m.full_name, m.name_search, m.name_sort, m.gender, m.birth_date, m.joined_on, m.official_on, m.position, m.status, o.code as org, m.org_path is null as unplaced
       from member m left join organization o on o.id = m.organization_id where m.card_number like 'RB-%' order by m.card_number`,
    ),
    memberships: await q(
      `select m.card_number, o.code, x.position, x.valid_from, x.valid_to from membership x join member m on m.id = x.member_id join organization o on o.id = x.organization_id
       where m.card_number like 'RB-%' order by m.card_number, x.valid_from, o.code`,
    ),
    statuses: await q(
      `select m.card_number, x.status, x.valid_from, x.valid_to from member_status_period x join member m on m.id = x.member_id where m.card_number like 'RB-%' order by m.card_number, x.valid_from`,
    ),
    organizations: await q(
      `select o.code, o.name, o.kind, o.cell_type, o.founded_on, o.dissolved_on, p.code as parent from organization o left join organization p on p.id = o.parent_id where o.code like 'R%' order by o.code`,
    ),
    counts: await q(`select o.code, s.dimension, s.key, s.n from subtree_count s join organization o on o.id = s.organization_id where o.code like 'R%' order by o.code, s.dimension, s.key`),
    audit: await q(`select action, entity_type, count(*) as n from audit_entry group by action, entity_type order by action, entity_type`),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fourgood-reuse-'));
  server = await startTestServer();
  scratch = await startTestServer();
  staff = await prepare(server);
  scratchStaff = await prepare(scratch);
});
afterAll(async () => {
  await server?.close();
  await scratch?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('apply after a dry run', () => {
  it('replays the rows the dry run read: the same report and the same database content as an apply from scratch', async () => {
    const dry = await job(server, staff.cookie, 'dang-vien.csv', CHANGES, true);
    expect(dry.steps.read).toBeGreaterThanOrEqual(0);
    expect(dry).toMatchObject({ applied: false, problemCount: 0, counts: { members: { created: 100, transferred: 20, statusChanged: 20, updated: 20, unchanged: 140 } } });

    const reused = await job(server, staff.cookie, 'dang-vien.csv', CHANGES);
    expect(reused.steps.reused).toBeGreaterThanOrEqual(0);
    expect(reused.steps.read).toBeUndefined();
    const fresh = await job(scratch, scratchStaff.cookie, 'dang-vien.csv', CHANGES);
    expect(fresh.steps.read).toBeGreaterThanOrEqual(0);
    expect(fresh.applied).toBe(true);
    expect(same(reused)).toEqual(same(fresh));
    expect(same(reused)).toEqual({ ...same(dry), dryRun: false, applied: true });
    const [a, b] = [await content(server), await content(scratch)];
    expect(a.members).toHaveLength(300);
    expect(a).toEqual(b);
    // Replayed once: the same upload again (a re-import, unchanged) reads the file.
    const again = await job(server, staff.cookie, 'dang-vien.csv', CHANGES);
    expect(again).toMatchObject({ applied: true, counts: { members: { created: 0, unchanged: 300 } } });
    expect(again.steps.read).toBeGreaterThanOrEqual(0);
    await job(scratch, scratchStaff.cookie, 'dang-vien.csv', CHANGES);
  });

  it('a row problem found against the database is reported the same way (the dry run kept its rows: reading found none)', async () => {
    const file = [HEADER, row(2000), row(2001, { cell: 'RB-KHONG' }), row(2002, { cell: 'RX-CB' })].join('\n');
    await job(server, staff.cookie, 'sai.csv', file, true);
    const reused = await job(server, staff.cookie, 'sai.csv', file);
    expect(reused.steps.reused).toBeGreaterThanOrEqual(0);
    const fresh = await job(scratch, scratchStaff.cookie, 'sai.csv', file);
    expect(fresh.steps.read).toBeGreaterThanOrEqual(0);
    expect(reused.problemCount).toBe(2);
    expect(same(reused)).toEqual(same(fresh));
    expect(await content(server)).toEqual(await content(scratch));
  });

  it('a member created between the dry run and the apply with a card number of the file is still caught (CARD_TAKEN), nothing written', async () => {
    const file = [HEADER, row(3000), row(3001)].join('\n');
    const dry = await job(server, staff.cookie, 'moi.csv', file, true);
    expect(dry).toMatchObject({ problemCount: 0, counts: { members: { created: 2 } } });
    // Meanwhile, in the other province (outside the staff user's scope), card RB-03001 is taken.
    const other = join(dir, 'tinh-khac.csv');
    writeFileSync(other, [HEADER, row(3001, { cell: 'RX-CB' })].join('\n'));
    expect((await systemServices(server.orm).dataImport.run([{ path: other, name: 'tinh-khac.csv' }], { dryRun: false, label: 'tinh-khac.csv' })).applied).toBe(true);

    const applied = await job(server, staff.cookie, 'moi.csv', file);
    expect(applied.steps.reused).toBeGreaterThanOrEqual(0);
    expect(applied).toMatchObject({ applied: false, problemCount: 1, problems: [{ row: 3, column: 'cardNumber', reason: 'CARD_TAKEN', given: 'RB-03001' }] });
    const [{ n }] = await (server.orm.em.fork() as EntityManager).execute<Array<{ n: number | string }>>(`select count(*) as n from member where card_number = 'RB-03000'`);
    expect(Number(n)).toBe(0);
  });

  it('reads the file again when it is another file, the same content under another name, or when the user ran another job in between', async () => {
    const file = [HEADER, row(4000), row(4001)].join('\n');
    const changed = [HEADER, row(4000), row(4001, { name: 'Người Khác' })].join('\n');
    await job(server, staff.cookie, 'a.csv', file, true);
    expect((await job(server, staff.cookie, 'a.csv', changed)).steps.read).toBeGreaterThanOrEqual(0);
    await job(server, staff.cookie, 'b.csv', file, true);
    expect((await job(server, staff.cookie, 'c.csv', file)).steps.read).toBeGreaterThanOrEqual(0);
    await job(server, staff.cookie, 'd.csv', file, true);
    await job(server, staff.cookie, 'e.csv', changed, true);
    expect((await job(server, staff.cookie, 'd.csv', file)).steps.read).toBeGreaterThanOrEqual(0);
  });

  it('a dry run whose reading found problems keeps nothing', async () => {
    const file = [HEADER, row(5000), row(5001).replace('01/01/1980', '31/02/1980')].join('\n');
    const dry = await job(server, staff.cookie, 'ngay.csv', file, true);
    expect(dry.problems).toMatchObject([{ row: 3, column: 'birthDate', reason: 'BAD_DATE' }]);
    expect((await job(server, staff.cookie, 'ngay.csv', file)).steps.read).toBeGreaterThanOrEqual(0);
  });

  it('rows kept on another day, or whose description is missing, are not used (the service reads the file)', async () => {
    const path = join(dir, 'ngay-khac.csv');
    writeFileSync(path, [HEADER, row(6000)].join('\n'));
    const files = [{ path, name: 'ngay-khac.csv' }];
    const stash = { path: join(dir, 'kept.rows'), key: 'k' };
    const run = (today: string, options: object) => systemServices(server.orm, today).dataImport.run(files, { dryRun: true, label: 'x', ...options });
    expect((await run('2026-12-01', { keep: stash })).steps.read).toBeGreaterThanOrEqual(0);
    expect((await run('2026-12-02', { reuse: stash })).steps.read).toBeGreaterThanOrEqual(0);
    expect((await run('2026-12-01', { reuse: { ...stash, key: 'other' } })).steps.read).toBeGreaterThanOrEqual(0);
    expect((await run('2026-12-01', { reuse: stash })).steps.reused).toBeGreaterThanOrEqual(0);
    rmSync(`${stash.path}.json`);
    expect((await run('2026-12-01', { reuse: stash })).steps.read).toBeGreaterThanOrEqual(0);
  });

  it('at start-up the kept rows of a process that is gone are removed, those of a live one kept', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const folder = join(dir, 'tmp');
    mkdirSync(join(folder, `fourgood-staged-${gone}-abc`), { recursive: true });
    writeFileSync(join(folder, `fourgood-staged-${gone}-abc`, 'job-1.rows'), 'x');
    mkdirSync(join(folder, `fourgood-staged-${process.pid}-def`));
    mkdirSync(join(folder, 'fourgood-import-xyz'));
    expect(removeAbandonedKeptRows(folder)).toBe(1);
    expect(existsSync(join(folder, `fourgood-staged-${gone}-abc`))).toBe(false);
    expect(existsSync(join(folder, `fourgood-staged-${process.pid}-def`))).toBe(true);
    expect(existsSync(join(folder, 'fourgood-import-xyz'))).toBe(true);
  });
});
