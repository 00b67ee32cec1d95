import { ageBandOnDay } from '../../apps/server/src/stats/rollup-days.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/knex';
import { isReason, todayInVietnam } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Access } from '../../apps/server/src/auth/access.js';
import { createRequest } from '../../apps/server/src/context.js';
import type { ExportFilter } from '../../apps/server/src/dataio/export.service.js';
import type { ImportReport } from '../../apps/server/src/dataio/import.service.js';
import { dialectOfOrm } from '../../apps/server/src/seed/bulk-writer.js';
import { backgroundCheckpoints } from '../../apps/server/src/db/background-checkpoint.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { startTestServer, testDb, type TestServer } from '../support/server.js';

/*
 * Bringing a commission's data in and out (issue #12, sections 1 and 2): an empty database gets
 * its tree and members from a spreadsheet, a second file corrects them (a transfer, a status
 * change, a correction, the rest unchanged), an export imports back as unchanged, problems are
 * listed by row and column and save nothing, and a staff user imports only inside their scope.
 * Subtree counts equal a live recount after every applied import.
 */

let server: TestServer;
let dir: string;
const today = todayInVietnam();
const sql = () => server.orm.em.fork() as unknown as EntityManager;

function services(access: Access = Access.system()) {
  return createRequest(server.orm.em.fork() as EntityManager, dialectOfOrm(server.orm), access).services;
}

function file(name: string, text: string): { path: string; name: string } {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, name };
}

async function importFiles(files: Array<{ path: string; name: string }>, dryRun = false, access?: Access): Promise<ImportReport> {
  const report = await services(access).dataImport.run(files, { dryRun, label: files.map((f) => f.name).join(', ') });
  for (const p of report.problems) expect(isReason(p.reason), p.reason).toBe(true);
  return report;
}

async function exportTo(name: string, org: string, filter: ExportFilter = {}, access?: Access): Promise<{ path: string; name: string; rows: number }> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  const closed = new Promise<void>((resolve, reject) => out.on('close', () => resolve()).on('error', reject));
  const rows = await services(access).dataExport.write(org, filter, name.endsWith('.xlsx') ? 'xlsx' : 'csv', out);
  if (!out.writableEnded) out.end();
  await closed;
  return { path, name, rows };
}

async function count(table: string): Promise<number> {
  const [row] = await sql().execute<Array<{ n: number | string }>>(`select count(*) as n from ${table}`);
  return Number(row!.n);
}

async function memberRow(card: string) {
  const [m] = await sql().execute<Array<Record<string, unknown>>>(
    `select m.id, m.full_name, m.status, m.position, o.code as cell from member m left join organization o on o.id = m.organization_id where m.card_number = ?`,
    [card],
  );
  return m!;
}

async function history(card: string) {
  const ms = await sql().execute<Array<{ code: string; valid_from: unknown; valid_to: unknown }>>(
    `select o.code, ms.valid_from, ms.valid_to from membership ms join member m on m.id = ms.member_id join organization o on o.id = ms.organization_id
     where m.card_number = ? order by ms.valid_from`,
    [card],
  );
  const sp = await sql().execute<Array<{ status: string; valid_from: unknown; valid_to: unknown }>>(
    `select sp.status, sp.valid_from, sp.valid_to from member_status_period sp join member m on m.id = sp.member_id where m.card_number = ? order by sp.valid_from`,
    [card],
  );
  const d = (v: unknown) => (v == null ? null : v instanceof Date ? `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}` : String(v).slice(0, 10));
  return { cells: ms.map((r) => [r.code, d(r.valid_from), d(r.valid_to)]), statuses: sp.map((r) => [r.status, d(r.valid_from), d(r.valid_to)]) };
}

/** Stored subtree counts = a live recount over path ranges (the property test's recount). */
async function expectCountsRight(): Promise<void> {
  const upper = `substr(a.path, 1, length(a.path) - 1) || '0'`;
  const year = testDb() === 'postgres' ? `to_char(m.birth_date, 'YYYY')` : 'substr(m.birth_date, 1, 4)';
  const live = new Map<string, number>();
  const add = (key: string, n: number) => live.set(key, (live.get(key) ?? 0) + n);
  for (const r of await sql().execute<Array<{ id: number; kind: string; n: number | string }>>(
    `select a.id, o.kind, count(*) as n from organization a join organization o on o.path > a.path and o.path < ${upper} and o.dissolved_on is null
     where a.dissolved_on is null group by a.id, o.kind`,
  )) add(`${r.id}/KIND/${r.kind}`, Number(r.n));
  const birth = testDb() === 'postgres' ? `to_char(m.birth_date, 'YYYY-MM-DD')` : 'm.birth_date';
  const [band] = await sql().execute<Array<{ day: string }>>(`select day from rollup_day where name = 'AGE_BANDS'`);
  for (const r of await sql().execute<Array<{ id: number; status: string; gender: string; y: string; b: string }>>(
    `select a.id, m.status, m.gender, ${year} as y, ${birth} as b from organization a join member m on m.org_path >= a.path and m.org_path < ${upper} where a.dissolved_on is null`,
  )) {
    add(`${r.id}/STATUS/${r.status}`, 1);
    add(`${r.id}/GENDER/${r.gender}`, 1);
    add(`${r.id}/BIRTH_YEAR/${r.y}`, 1);
    // Exact age bands on the rollup's day (issue #14).
    add(`${r.id}/AGE_BAND/${ageBandOnDay(r.b, band!.day)}`, 1);
    // Bands on that day's year's end (leaders' bands, issue #14).
    add(`${r.id}/YEAR_BAND/${ageBandOnDay(r.b, `${band!.day.slice(0, 4)}-12-31`)}`, 1);
  }
  const stored = new Map<string, number>();
  for (const r of await sql().execute<Array<{ organization_id: number; dimension: string; key: string; n: number | string }>>(`select * from subtree_count`)) {
    stored.set(`${r.organization_id}/${r.dimension}/${r.key}`, Number(r.n));
  }
  const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
  expect(sorted(stored)).toEqual(sorted(live));
}

const ORGS = [
  'Mã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày',
  // Children before their parent on purpose: the import places parents first.
  'IM-X1-C1;Chi bộ thôn 1;Chi bộ;;Khu dân cư;IM-X1;01/07/2025',
  'IM-X1-C2;Chi bộ thôn 2;Chi bộ;;Khu dân cư;IM-X1;01/07/2025',
  'IM-X1;Đảng ủy xã Một;Đảng bộ cơ sở;;;IM;01/07/2025',
  'IM;Đảng bộ tỉnh Nhập;Đảng bộ tỉnh;;;;01/01/2000',
  'IM-H;Huyện ủy Hai;Cấp ủy trực thuộc tỉnh;Huyện;;IM;01/01/2000',
  'IM-H-CB;Chi bộ cơ quan;Chi bộ cơ sở;;Cơ quan;IM-H;2000-01-01',
  'IM2;Đảng bộ tỉnh Khác;PROVINCIAL_COMMITTEE;;;;2000-01-01',
  'IM2-CB;Chi bộ tỉnh khác;GRASSROOTS_CELL;;AGENCY;IM2;2000-01-01',
].join('\r\n');

const MEMBER_HEADER = ['Số thẻ đảng viên', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Ngày chính thức', 'Chức vụ', 'Mã chi bộ', 'Từ ngày', 'Tình trạng'];
const MEMBERS: string[][] = [
  ['IM-0001', 'Nguyễn Văn An', 'Nam', '15/03/1970', '03/02/1995', '03/02/1996', 'Bí thư', 'IM-X1-C1', '01/07/2025', 'Đang sinh hoạt'],
  ['IM-0002', 'Trần Thị Bình', 'Nữ', '1985-06-01', '2010-05-19', '', 'Đảng viên', 'IM-X1-C1', '01/07/2025', ''],
  ['IM-0003', 'Lê Văn Cường', 'MALE', '1990-01-20', '2015-01-20', '2016-01-20', 'MEMBER', 'IM-X1-C2', '2025-07-01', 'ACTIVE'],
  ['IM-0004', '=HYPERLINK("http://x","bấm")', 'Nữ', '02/02/1992', '02/02/2014', '', 'Phó Bí thư', 'IM-X1-C2', '01/07/2025', 'Đang sinh hoạt'],
  ['IM-0005', 'Phạm Thị Dung', 'Nữ', '10/10/1960', '10/10/1985', '10/10/1986', 'Chi ủy viên', 'IM-H-CB', '01/01/2010', 'Miễn sinh hoạt'],
  ['IM-0006', 'Hoàng Văn Em', 'Nam', '11/11/1980', '11/11/2005', '11/11/2006', 'Đảng viên', 'IM2-CB', '01/01/2010', 'Đang sinh hoạt'],
];

async function membersXlsx(name: string, rows: string[][], header = MEMBER_HEADER): Promise<{ path: string; name: string }> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Ghi chú').addRow(['Danh sách đảng viên']);
  const sheet = book.addWorksheet('Đảng viên');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return { path, name };
}

const csv = (rows: string[][], sep = ',') => [MEMBER_HEADER, ...rows].map((r) => r.map((c) => (/[",;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\n');

beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'fourgood-dataio-'));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('import and export of organisations and members', () => {
  it('loads a tree and its members into an empty database: a dry run first saves nothing, then apply', async () => {
    const audited = await count('audit_entry');
    // SQLite builds member's indexes again after loading more rows than the table held: the same ones afterwards.
    const indexes = () =>
      testDb() === 'postgres'
        ? sql().execute<Array<{ name: string; sql: string }>>(`select indexname as name, indexdef as sql from pg_indexes where tablename = 'member' order by 1`)
        : sql().execute<Array<{ name: string; sql: string }>>(`select name, sql from sqlite_master where type = 'index' and tbl_name = 'member' order by 1`);
    const indexesBefore = await indexes();
    const orgs = file('to-chuc.csv', `\uFEFF${ORGS}`);
    const members = await membersXlsx('dang-vien.xlsx', MEMBERS);
    const dry = await importFiles([orgs, members], true);
    expect(dry.problems).toEqual([]);
    expect(dry.applied).toBe(false);
    expect(dry.counts.organizations).toEqual({ created: 8, updated: 0, unchanged: 0 });
    expect(dry.counts.members).toEqual({ created: 6, updated: 0, transferred: 0, statusChanged: 0, unchanged: 0 });
    expect(await count('organization')).toBe(0);
    expect(await count('member')).toBe(0);
    expect(await count('audit_entry')).toBe(audited);

    const applied = await importFiles([orgs, members]);
    expect(applied.applied).toBe(true);
    expect(applied.counts).toEqual(dry.counts);
    expect(await count('organization')).toBe(8);
    expect(await count('member')).toBe(6);
    expect(await indexes()).toEqual(indexesBefore);
    expect(indexesBefore.length).toBeGreaterThan(3);
    expect(await memberRow('IM-0001')).toMatchObject({ full_name: 'Nguyễn Văn An', position: 'SECRETARY', status: 'ACTIVE', cell: 'IM-X1-C1' });
    expect(await memberRow('IM-0004')).toMatchObject({ full_name: '=HYPERLINK("http://x","bấm")', position: 'DEPUTY_SECRETARY' });
    expect(await memberRow('IM-0005')).toMatchObject({ status: 'EXEMPT', position: 'COMMITTEE_MEMBER' });
    expect(await history('IM-0002')).toEqual({ cells: [['IM-X1-C1', '2025-07-01', null]], statuses: [['ACTIVE', '2025-07-01', null]] });
    await expectCountsRight();

    // The API answers from the imported tree.
    const data = await server.data(`{ organization(code: "IM") { stats { organizations members } } }`);
    expect(data.organization.stats).toEqual({ organizations: 5, members: 5 });
    // One audit entry for the import, one per created row.
    const [entry] = await sql().execute<Array<{ after: unknown }>>(`select after from audit_entry where action = 'importData'`);
    const after = typeof entry!.after === 'string' ? JSON.parse(entry!.after) : entry!.after;
    expect(after).toMatchObject({ files: 'to-chuc.csv, dang-vien.xlsx', counts: { members: { created: 6 } } });
    expect(await count('audit_entry')).toBe(audited + 1 + 8 + 6);
    // Each created member's entry carries the member's global id (built in SQL on both databases).
    const created = await sql().execute<Array<{ entity_id: string; id: number; card: string }>>(
      `select a.entity_id, m.id, m.card_number as card from audit_entry a join member m on a.entity_id is not null
       where a.action = 'createMember' and m.org_path = a.org_path and cast(a.after as text) like '%' || m.card_number || '%' order by m.id`,
    );
    expect(created.map((r) => r.entity_id)).toEqual(created.map((r) => toGlobalId('Member', Number(r.id))));
    expect(created.map((r) => r.card)).toEqual(MEMBERS.map((m) => m[0]));
    if (testDb() === 'sqlite') {
      // The apply's WAL was checkpointed by a worker thread after the commit, all of it, and the
      // connection's automatic checkpoint is back on.
      const checkpoints = await backgroundCheckpoints();
      expect(checkpoints.length).toBeGreaterThanOrEqual(1);
      const last = checkpoints[checkpoints.length - 1]!;
      expect(last!.log).toBeGreaterThan(0);
      expect(last!.checkpointed).toBe(last!.log);
      expect(await sql().execute(`pragma wal_autocheckpoint`)).toEqual([{ wal_autocheckpoint: 1000 }]);
    }
  });

  it('importing the same files again changes nothing', async () => {
    const before = await count('audit_entry');
    const report = await importFiles([file('to-chuc.csv', ORGS), await membersXlsx('dang-vien.xlsx', MEMBERS)]);
    expect(report.counts.organizations).toEqual({ created: 0, updated: 0, unchanged: 8 });
    expect(report.counts.members).toEqual({ created: 0, updated: 0, transferred: 0, statusChanged: 0, unchanged: 6 });
    expect(await count('membership')).toBe(6);
    expect(await count('audit_entry')).toBe(before + 1);
  });

  it('a second file with corrections: a transfer on its date, a status change, a correction, a new member, the rest unchanged', async () => {
    const rows = MEMBERS.map((r) => [...r]);
    rows[0]![7] = 'IM-X1-C2'; // transferred
    rows[0]![8] = '01/10/2025';
    rows[1]![9] = 'Sinh hoạt tạm thời nơi khác'; // status change, today
    rows[2]![1] = 'Lê Văn Cương'; // correction
    rows.push(['IM-0007', 'Đỗ Thị Giang', 'Nữ', '07/07/1999', '07/07/2021', '', '', 'IM-X1-C2', '', '']);
    const report = await importFiles([file('sua.csv', csv(rows, ';'))]);
    expect(report.problems).toEqual([]);
    expect(report.counts.members).toEqual({ created: 1, updated: 1, transferred: 1, statusChanged: 1, unchanged: 3 });
    expect(await history('IM-0001')).toEqual({ cells: [['IM-X1-C1', '2025-07-01', '2025-10-01'], ['IM-X1-C2', '2025-10-01', null]], statuses: [['ACTIVE', '2025-07-01', null]] });
    expect(await history('IM-0002')).toEqual({ cells: [['IM-X1-C1', '2025-07-01', null]], statuses: [['ACTIVE', '2025-07-01', today], ['TEMPORARILY_ELSEWHERE', today, null]] });
    expect(await memberRow('IM-0003')).toMatchObject({ full_name: 'Lê Văn Cương', cell: 'IM-X1-C2' });
    expect(await memberRow('IM-0007')).toMatchObject({ position: 'MEMBER', status: 'ACTIVE', cell: 'IM-X1-C2' });
    expect(await history('IM-0007')).toEqual({ cells: [['IM-X1-C2', today, null]], statuses: [['ACTIVE', today, null]] });
    const actions = await sql().execute<Array<{ action: string; n: number | string }>>(
      `select action, count(*) as n from audit_entry where action in ('transferMember', 'changeMemberStatus', 'updateMember') group by action order by action`,
    );
    expect(actions.map((a) => [a.action, Number(a.n)])).toEqual([['changeMemberStatus', 1], ['transferMember', 1], ['updateMember', 1]]);
    await expectCountsRight();
  });

  it('an export (XLSX and CSV) imports back as unchanged, formula text escaped', async () => {
    const xlsx = await exportTo('export.xlsx', 'IM');
    expect(xlsx.rows).toBe(6);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.path);
    const sheet = book.getWorksheet('Đảng viên')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...MEMBER_HEADER, 'Tình trạng từ ngày']);
    const names = sheet.getColumn(2).values.slice(2);
    expect(names).toContain(`'=HYPERLINK("http://x","bấm")`);
    const csvOut = await exportTo('export.csv', 'IM');
    const text = readFileSync(csvOut.path, 'utf8');
    expect(text.startsWith('\uFEFFSố thẻ đảng viên,Họ và tên,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(text).toContain('IM-0002,Trần Thị Bình,Nữ,01/06/1985,19/05/2010,,Đảng viên,IM-X1-C1,01/07/2025,Sinh hoạt tạm thời nơi khác');
    for (const f of [xlsx, csvOut]) {
      const report = await importFiles([f], true);
      expect(report.problems, f.name).toEqual([]);
      expect(report.counts.members, f.name).toEqual({ created: 0, updated: 0, transferred: 0, statusChanged: 0, unchanged: 6 });
    }
  });

  it('exports with filters and as of a past date; birth dates only for roles that may read them', async () => {
    expect((await exportTo('exempt.csv', 'IM', { status: ['EXEMPT'] })).rows).toBe(1);
    expect((await exportTo('agency.csv', 'IM', { cellType: 'AGENCY' })).rows).toBe(1);
    expect((await exportTo('old.csv', 'IM', { ageBand: ['OVER_60'] })).rows).toBe(1);
    // Before the transfer of 1 October 2025 IM-0001 was in C1; before 1 July 2025 the commune did not exist.
    const past = await exportTo('past.csv', 'IM-X1-C1', { asOf: '2025-09-30' });
    expect(past.rows).toBe(2);
    expect(readFileSync(past.path, 'utf8')).toContain('IM-0001,');
    const [{ path: provincePath }] = await sql().execute<Array<{ path: string }>>(`select path from organization where code = 'IM'`);
    const leader = Access.of({ userId: 999, username: 'leader', displayName: 'leader' }, [{ role: 'LEADER', scopePath: provincePath! }]);
    const forLeader = await exportTo('leader.csv', 'IM', {}, leader);
    const header = readFileSync(forLeader.path, 'utf8').split('\r\n')[0]!;
    expect(header).not.toContain('Ngày sinh');
    expect(header).toContain('Ngày vào Đảng');
    // Outside the scope: not found, as if it did not exist.
    await expect(exportTo('other.csv', 'IM2', {}, leader)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists every problem by row and column with its reason, and saves nothing', async () => {
    const before = { members: await count('member'), memberships: await count('membership'), audit: await count('audit_entry') };
    const rows = [
      ['IM-0100', 'Người Mới Một', 'Nam', '01/01/1990', '01/01/2015', '', '', 'IM-KHONG-CO', '', ''], // unknown cell
      ['IM-0101', 'Người Mới Hai', 'Nam', '01/01/1990', '01/01/2015', '', '', 'IM-X1', '', ''], // not a cell
      ['IM-0100', 'Người Mới Ba', 'Nam', '01/01/1990', '01/01/2015', '', '', 'IM-X1-C1', '', ''], // duplicate card
      ['IM-0102', 'Người Mới Bốn', 'X', '31/02/1990', '01/01/2015', '', 'Trưởng', 'IM-X1-C1', '', ''], // bad gender, date, position
      ['IM-0103', 'Người Mới Năm', 'Nam', '01/01/2000', '01/01/2010', '', '', 'IM-X1-C1', '', ''], // too young
      ['IM-0104', 'Người Mới Sáu', 'Nam', '01/01/1990', '01/01/2015', '01/01/2014', '', 'IM-X1-C1', '', ''], // official before joining
      ['IM-0001', 'Nguyễn Văn An', 'Nam', '15/03/1970', '03/02/1995', '03/02/1996', 'Bí thư', 'IM-X1-C1', '01/09/2025', ''], // transfer before the last one
      ['IM-0105', 'Người Mới Bảy', 'Nam', '01/01/1990', '01/01/2015', '', '', 'IM-X1-C1', '', 'Đã từ trần'], // new and deceased
      ['IM-0106', 'Người Mới Tám', 'Nam', '01/01/1990', '01/01/2015', '', '', 'IM-X1-C1', '', ''], // fine on its own
    ];
    const report = await importFiles([file('loi.csv', csv(rows))]);
    expect(report.applied).toBe(false);
    const found = report.problems.map((p) => `${p.row}:${p.column}:${p.reason}`).sort();
    expect(found).toEqual(
      [
        '2:cellCode:UNKNOWN_CELL',
        '3:cellCode:NOT_A_CELL',
        '4:cardNumber:DUPLICATE_IN_FILE',
        '5:gender:UNKNOWN_VALUE',
        '5:position:UNKNOWN_VALUE',
        '5:birthDate:BAD_DATE',
        '6:joinedOn:TOO_YOUNG',
        '7:officialOn:OFFICIAL_BEFORE_JOINING',
        '8:since:BEFORE_LAST_CHANGE',
        '9:status:NEW_MEMBER_LEFT',
      ].sort(),
    );
    expect(report.problems.find((p) => p.reason === 'DUPLICATE_IN_FILE')?.values).toEqual({ firstRow: 2 });
    expect(report.problems.find((p) => p.reason === 'BEFORE_LAST_CHANGE')?.values).toEqual({ date: '2025-10-01' });
    expect(report.problems.find((p) => p.reason === 'UNKNOWN_VALUE' && p.column === 'gender')?.given).toBe('X');
    expect(report.problemCount).toBe(10);
    // All or nothing: the good row was not saved either.
    expect({ members: await count('member'), memberships: await count('membership'), audit: await count('audit_entry') }).toEqual(before);
    // A header without a required column.
    const bad = await importFiles([file('thieu.csv', 'Số thẻ đảng viên,Họ và tên\nIM-0200,Ai Đó\n')]);
    expect(bad.problems.map((p) => `${p.row}:${p.column}:${p.reason}`).sort()).toEqual(
      ['1:gender:MISSING_COLUMN', '1:joinedOn:MISSING_COLUMN', '1:cellCode:MISSING_COLUMN', '2:gender:REQUIRED', '2:joinedOn:REQUIRED', '2:cellCode:REQUIRED'].sort(),
    );
    expect(await count('member')).toBe(before.members);
  });

  it('a staff user imports only inside their scope: elsewhere looks like missing or taken', async () => {
    const [{ path }] = await sql().execute<Array<{ path: string }>>(`select path from organization where code = 'IM'`);
    const staff = Access.of({ userId: 998, username: 'canbo.im', displayName: 'canbo' }, [{ role: 'STAFF', scopePath: path! }]);
    const before = await count('member');
    const rows = [
      ['IM-0300', 'Người Ngoài Một', 'Nam', '01/01/1990', '01/01/2015', '', '', 'IM2-CB', '', ''], // a cell of another province
      ['IM-0006', 'Hoàng Văn Em', 'Nam', '11/11/1980', '11/11/2005', '11/11/2006', 'Đảng viên', 'IM-X1-C1', '', ''], // a member of another province
      ['IM-0301', 'Người Trong', 'Nữ', '01/01/1990', '01/01/2015', '', '', 'IM-X1-C1', '', ''],
    ];
    const report = await importFiles([file('pham-vi.csv', csv(rows))], false, staff);
    expect(report.problems.map((p) => `${p.row}:${p.column}:${p.reason}`)).toEqual(['2:cellCode:UNKNOWN_CELL', '3:cardNumber:CARD_TAKEN']);
    const orgs = await importFiles([file('tinh-moi.csv', 'Mã,Tên,Loại,Mã cấp trên,Từ ngày\nIM3,Tỉnh mới,Đảng bộ tỉnh,,01/01/2020\nIM2-X,Xã,Đảng bộ cơ sở,IM2,01/01/2020\n')], false, staff);
    expect(orgs.problems.map((p) => `${p.row}:${p.column}:${p.reason}`)).toEqual(['2:parentCode:FORBIDDEN', '3:parentCode:UNKNOWN_PARENT']);
    expect(await count('member')).toBe(before);
    // Inside the scope it goes through, with the staff user in the audit log.
    const ok = await importFiles([file('trong.csv', csv([rows[2]!]))], false, staff);
    expect(ok.counts.members.created).toBe(1);
    const [entry] = await sql().execute<Array<{ username: string; org_path: string }>>(`select username, org_path from audit_entry where action = 'importData' order by id desc limit 1`);
    expect(entry).toEqual({ username: 'canbo.im', org_path: path });
    await expectCountsRight();
  });

  it('one file creating, transferring (across provinces, and on the day a membership began), changing status and correcting members in two provinces: the counts equal a recount', async () => {
    const [{ id: lastAudit }] = await sql().execute<Array<{ id: number }>>(`select max(id) as id from audit_entry`);
    const rows = [
      ['IM-0001', 'Nguyễn Văn An', 'Nam', '15/03/1970', '03/02/1995', '03/02/1996', 'Bí thư', 'IM-X1-C2', '01/10/2025', 'Đang sinh hoạt'], // unchanged
      ['IM-0003', 'Lê Văn Cương', 'MALE', '1990-01-20', '2015-01-20', '2016-01-20', 'MEMBER', 'IM2-CB', '01/11/2025', 'ACTIVE'], // to the other province
      ['IM-0004', '=HYPERLINK("http://x","bấm")', 'Nữ', '02/02/1992', '02/02/2014', '', 'Phó Bí thư', 'IM-H-CB', '', 'Miễn sinh hoạt'], // transfer and status, today
      ['IM-0005', 'Phạm Thị Dung', 'Nam', '10/10/1961', '10/10/1985', '10/10/1986', 'Đảng viên', 'IM-H-CB', '01/01/2010', 'Miễn sinh hoạt'], // gender, birth date, position corrected
      ['IM-0006', 'Hoàng Văn Em', 'Nam', '11/11/1980', '11/11/2005', '11/11/2006', 'Đảng viên', 'IM2-CB', '01/01/2010', 'Đã từ trần'], // leaves (other province)
      ['IM-0007', 'Đỗ Thị Giang', 'Nữ', '07/07/1999', '07/07/2021', '', '', 'IM2-CB', '', ''], // moved the day its membership began: replaced
      ['IM-0500', 'Mới Tỉnh Khác', 'Nữ', '05/05/1975', '05/05/2000', '', '', 'IM-X1-C1', '', ''], // the other province changes only by the rows above
      ['IM-0501', 'Mới Huyện', 'Nam', '06/06/1966', '06/06/1990', '', '', 'IM-H-CB', '', 'Miễn sinh hoạt'],
    ];
    const report = await importFiles([file('hai-tinh.csv', csv(rows))]);
    expect(report.problems).toEqual([]);
    expect(report.counts.members).toEqual({ created: 2, updated: 1, transferred: 3, statusChanged: 1, unchanged: 1 });
    expect(await history('IM-0003')).toEqual({ cells: [['IM-X1-C2', '2025-07-01', '2025-11-01'], ['IM2-CB', '2025-11-01', null]], statuses: [['ACTIVE', '2025-07-01', null]] });
    expect(await history('IM-0004')).toEqual({
      cells: [['IM-X1-C2', '2025-07-01', today], ['IM-H-CB', today, null]],
      statuses: [['ACTIVE', '2025-07-01', today], ['EXEMPT', today, null]],
    });
    expect(await memberRow('IM-0005')).toMatchObject({ position: 'MEMBER', status: 'EXEMPT', cell: 'IM-H-CB' });
    expect(await history('IM-0006')).toEqual({ cells: [['IM2-CB', '2010-01-01', today]], statuses: [['ACTIVE', '2010-01-01', today], ['DECEASED', today, null]] });
    expect(await memberRow('IM-0006')).toMatchObject({ status: 'DECEASED', cell: null });
    expect(await history('IM-0007')).toEqual({ cells: [['IM2-CB', today, null]], statuses: [['ACTIVE', today, null]] });
    expect(await history('IM-0501')).toEqual({ cells: [['IM-H-CB', today, null]], statuses: [['EXEMPT', today, null]] });
    const actions = await sql().execute<Array<{ action: string; n: number | string }>>(
      `select action, count(*) as n from audit_entry where id > ? and entity_type = 'Member' group by action order by action`,
      [lastAudit],
    );
    expect(actions.map((a) => [a.action, Number(a.n)])).toEqual([['changeMemberStatus', 1], ['createMember', 2], ['transferMember', 3], ['updateMember', 1]]);
    await expectCountsRight();
    // Again: nothing changes, the counts stay right.
    const again = await importFiles([file('hai-tinh.csv', csv(rows))]);
    expect(again.counts.members).toEqual({ created: 0, updated: 0, transferred: 0, statusChanged: 0, unchanged: 8 });
    await expectCountsRight();
    // A correction only (no new member): its province's counts follow.
    const corrected = await importFiles([file('sua-gioi-tinh.csv', csv([['IM-0005', 'Phạm Thị Dung', 'Nữ', '10/10/1961', '10/10/1985', '10/10/1986', 'Đảng viên', 'IM-H-CB', '01/01/2010', 'Miễn sinh hoạt']]))]);
    expect(corrected.counts.members).toEqual({ created: 0, updated: 1, transferred: 0, statusChanged: 0, unchanged: 0 });
    await expectCountsRight();
  });
});

describe('the spreadsheet routes over HTTP (session cookie, beside GraphQL)', () => {
  const upload = (cookie: string, name: string, body: string | Uint8Array, query = '') =>
    fetch(`${server.url}/dataio/import${query}`, { method: 'POST', headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) }, body: body as unknown as BodyInit });

  /** The upload answers 202 with a job (import-jobs.ts); its report, polled until the job is DONE. */
  const reportOf = async (res: Response): Promise<ImportReport> => {
    const { job } = (await res.json()) as { job: { id: number } };
    for (;;) {
      const polled = (await (await fetch(`${server.url}/dataio/jobs/${job.id}`, { headers: { cookie: server.cookie } })).json()) as { state: string; report: ImportReport };
      if (polled.state === 'DONE') return polled.report;
      expect(['QUEUED', 'RUNNING']).toContain(polled.state);
    }
  };

  it('uploads a file for a dry run and then applies it (as jobs); refuses without a session or the right to edit', async () => {
    const rows = [['IM-0400', 'Qua Mạng', 'Nữ', '01/01/1990', '01/01/2015', '', '', 'IM-X1-C1', '', '']];
    const before = await count('member');
    const dry = await upload(server.cookie, 'tải lên.csv', csv(rows), '?dryRun=1');
    expect(dry.status).toBe(202);
    const dryReport = await reportOf(dry);
    expect(dryReport).toMatchObject({ dryRun: true, applied: false, problemCount: 0, counts: { members: { created: 1 } } });
    expect(await count('member')).toBe(before);
    const applied = await reportOf(await upload(server.cookie, 'tải lên.csv', csv(rows)));
    expect(applied).toMatchObject({ applied: true, counts: { members: { created: 1 } } });
    expect(await count('member')).toBe(before + 1);

    const anonymous = await upload('', 'a.csv', csv(rows));
    expect(anonymous.status).toBe(401);
    const leader = await server.userWith('leader.im', [{ role: 'LEADER', organizationId: null }]);
    expect((await upload(leader.cookie, 'a.csv', csv(rows))).status).toBe(403);
    const badName = await upload(server.cookie, 'a.txt', csv(rows));
    expect(badName.status).toBe(400);
    expect(await badName.json()).toEqual({ error: { code: 'VALIDATION_FAILED', field: 'file', reason: 'UNREADABLE_FILE' } });
  });

  it('refuses a file over 50 MB before reading it all', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x41);
    const res = await upload(server.cookie, 'big.csv', big);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { reason: 'TOO_LARGE' } });
  });

  it('streams an export as CSV and XLSX, and serves the templates with drop-down lists', async () => {
    const res = await fetch(`${server.url}/dataio/members.csv?org=IM-X1&status=ACTIVE`, { headers: { cookie: server.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('dang-vien-IM-X1.csv');
    const text = await res.text();
    expect(text.split('\r\n').filter(Boolean).length).toBeGreaterThan(3);
    expect(text).not.toContain('Sinh hoạt tạm thời nơi khác');
    const xlsx = await fetch(`${server.url}/dataio/members.xlsx?org=IM`, { headers: { cookie: server.cookie } });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(book.getWorksheet('Đảng viên')!.rowCount).toBeGreaterThan(5);
    expect((await fetch(`${server.url}/dataio/members.csv?org=NOPE`, { headers: { cookie: server.cookie } })).status).toBe(404);
    expect((await fetch(`${server.url}/dataio/members.csv?org=IM&asOf=2099-01-01`, { headers: { cookie: server.cookie } })).status).toBe(400);
    expect((await fetch(`${server.url}/dataio/members.csv?org=IM`)).status).toBe(401);

    const template = await fetch(`${server.url}/dataio/template/members.xlsx`, { headers: { cookie: server.cookie } });
    expect(template.status).toBe(200);
    const t = new ExcelJS.Workbook();
    await t.xlsx.load(Buffer.from(await template.arrayBuffer()) as never);
    const sheet = t.getWorksheet('Đảng viên')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...MEMBER_HEADER, 'Tình trạng từ ngày']);
    expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: [`'Danh mục'!$A$2:$A$3`] });
    expect((t.getWorksheet('Danh mục')!.getColumn(1).values as unknown[]).slice(1)).toEqual(['Giới tính', 'Nam', 'Nữ']);
    // The template's example row imports (as a dry run) with only its cell unknown.
    const path = join(dir, 'mau.xlsx');
    await t.xlsx.writeFile(path);
    const report = await importFiles([{ path, name: 'mau.xlsx' }], true);
    expect(report.problems.map((p) => `${p.row}:${p.column}:${p.reason}`)).toEqual(['2:cellCode:UNKNOWN_CELL']);
  });
});
