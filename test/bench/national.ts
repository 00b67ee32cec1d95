/**
 * National benchmark (issue #14, item 1): builds once, and keeps, the whole country at a chosen
 * scale through the seed's bulk writer: 34 provinces of about 1,530 grassroots committees of
 * about 5 cells each (about 52,000 committees and 250,000 cells), 5.6 million members with the
 * seed's ages and statuses, organisation and member ratings for 5 years, and a year of meetings
 * and attendance for every cell (attendance rows are the bulk: about 2.1 million a year per
 * province, 72 million for the country); each province's rollups are rebuilt with its rows, then
 * one analyze; reports the time of each step and the database's size.
 *
 *   pnpm bench:national                                  # full size, SQLite and PostgreSQL
 *   pnpm bench:national -- --scale 0.02 --dbs sqlite     # 2% (112,000 members), to time it
 *
 * Ratings and meetings are written province by province, each province in one transaction with
 * its rollups (rating_count; meeting_month, meeting_cell_year, meeting_streak_year,
 * meeting_subtree_year), and only where missing: a province whose ratings of a year (per subject)
 * or whose meetings of the year are on record is skipped. So `--resume` on a stopped build (or on
 * a country built without them) adds only what lacks, and a stop loses at most one province.
 *
 * Options: --scale (default 1), --dbs (sqlite,postgres), --years (5: the last five years),
 * --meeting-provinces (default: all), --meetings-engine (sql, default: attendance by one INSERT …
 * SELECT per province; js: generated row by row, see meetings-data.ts), --provinces (34; fewer to
 * time a part), --rebuild, --resume (an existing country, finished or not: the ratings and
 * meetings it lacks, then analyze and the marker again; the tree is not touched, except for the
 * deferred member indexes of a build stopped in the tree, which are built), --finish (a build
 * stopped while writing the provinces: keeps the provinces written, builds the deferred indexes,
 * no ratings or meetings, rebuilds the rollups, analyzes and leaves the marker; the report counts
 * the provinces; --resume afterwards adds the ratings and meetings), --data-dir (default
 * data/bench), --tag (a second country at the same scale: national-<scale>_<tag>), --plain
 * (without the load settings below, to compare). Databases: <data-dir>/national-<label>/
 * (SQLite) and fourgood_national_<label> (PostgreSQL); a finished build leaves a marker and is not
 * built again (except by --resume).
 * The report gives each step's wall time, the CPU time of this process (all of SQLite's work;
 * on PostgreSQL only the generator's) and rows a second; each province's ratings and meetings are
 * printed as they are written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { subtreeUpperBound } from '@fourgood/rules';
import { rebuildMeetingSubtreeYears, subtreeYearsFrom } from '../../apps/server/src/meetings/meeting-subtree-years.js';
import { rebuildRatingCounts } from '../../apps/server/src/ratings/rating-counts.js';
import { rebuildRollups } from '../../apps/server/src/rollups.js';
import { dialectOfEm } from '../../apps/server/src/stats/subtree-counts.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { insertMemberRatings, insertOrganizationRatings } from '../../apps/server/src/seed/seeders/quality.js';
import { writeMeetingYear } from './meetings-data.js';
import { benchEnv, nationalOptions, option, time, type NationalDb } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => option(args, name, fallback);
const { scale, dbs, label, base, dir, name, marker: markerOf } = nationalOptions(root, args);
const thisYear = Number(todayInVietnam().slice(0, 4));
const years = Array.from({ length: Number(arg('years', '5')) }, (_, i) => thisYear - Number(arg('years', '5')) + i);
const meetingProvinces = Number(arg('meeting-provinces', '1000'));
const meetingYear = thisYear - 1;
const engine = arg('meetings-engine', 'sql') as 'sql' | 'js';
const rebuild = args.includes('--rebuild');
const finish = args.includes('--finish');
const resume = args.includes('--resume');
/** Provinces to write (all 34 unless told: fewer to time one, e.g. `--provinces 1`). */
const provinceCount = Number(arg('provinces', '34'));
/** Without the load settings of SQLite (below): to compare. */
const plain = args.includes('--plain');

export const PROVINCES = 34;
const MEMBERS = 5_600_000;
const COMMITTEES = 52_000;

/**
 * While the script loads a database it owns. SQLite: no syncs (a stopped process loses nothing
 * committed: the write-ahead log stays; only a crash of the machine would), a page cache of 1 GB,
 * fewer checkpoints. Both: the member indexes no step of the build reads (names, card numbers,
 * birth dates; on SQLite also the name search's insert trigger) are dropped during the provinces
 * and built once after them: a sort instead of 5.6 million random inserts. Their definitions wait
 * in `deferred-<db>.json` beside the databases until restoreDeferred has run, so a stopped build
 * finished by --finish gets them back.
 */
const DEFERRED = {
  sqlite: ['member_card_number_unique', 'member_name_search_index', 'member_root_birth_index', 'member_org_path_name_sort_index', 'member_search_insert'],
  postgres: ['member_name_search_index', 'member_card_number_prefix_index', 'member_name_search_words_index', 'member_root_birth_index', 'member_org_path_name_sort_index'],
};
type Deferred = Array<{ name: string; type: string; sql: string }>;

async function loadSettings(em: EntityManager): Promise<void> {
  await em.execute('pragma synchronous = OFF');
  await em.execute('pragma cache_size = -1048576');
  await em.execute('pragma temp_store = MEMORY');
  await em.execute('pragma wal_autocheckpoint = 50000');
}

async function deferIndexes(em: EntityManager, db: NationalDb, file: string): Promise<void> {
  if (existsSync(file)) return;
  const names = DEFERRED[db];
  const marks = names.map(() => '?').join(',');
  // PostgreSQL: plain indexes only (one that backs a constraint stays).
  const rows = await em.execute<Deferred>(
    db === 'sqlite'
      ? `select name, type, sql from sqlite_master where name in (${marks})`
      : `select indexname as name, 'index' as type, indexdef as sql from pg_indexes
         where schemaname = current_schema() and indexname in (${marks}) and not exists (select 1 from pg_constraint c where c.conname = indexname)`,
    names,
  );
  writeFileSync(file, JSON.stringify(rows, null, 2));
  for (const r of rows) await em.execute(`drop ${r.type === 'trigger' ? 'trigger' : 'index'} ${r.name}`);
}

async function restoreDeferred(em: EntityManager, db: NationalDb, file: string): Promise<void> {
  if (!existsSync(file)) return;
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Deferred;
  await em.transactional(async (tx) => {
    if (db === 'postgres') await tx.execute(`set local maintenance_work_mem = '512MB'`);
    for (const r of rows.filter((r) => r.type === 'index')) await tx.execute(r.sql);
    if (rows.some((r) => r.type === 'trigger')) {
      await tx.execute(`insert into member_search(member_search) values ('rebuild')`);
      for (const r of rows.filter((r) => r.type === 'trigger')) await tx.execute(r.sql);
    }
  });
  rmSync(file);
}

function sizeOfDir(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** Ratings of `subject` for `year` under the province `rootId`? (one probe of rating_rollup_index) */
async function hasRatings(em: EntityManager, rootId: number, subject: 'ORGANIZATION' | 'MEMBER', year: number): Promise<boolean> {
  const lo = `/${rootId}/`;
  const rows = await em.execute(`select 1 as x from rating where subject = ? and year = ? and org_path >= ? and org_path < ? limit 1`, [subject, year, lo, subtreeUpperBound(lo)]);
  return rows.length > 0;
}

/** The ratings of `subject` for `year` under the province (a range of rating_rollup_index). */
async function countRatings(em: EntityManager, rootId: number, subject: 'ORGANIZATION' | 'MEMBER', year: number): Promise<number> {
  const lo = `/${rootId}/`;
  const [row] = await em.execute<Array<{ n: number | string }>>(`select count(*) as n from rating where subject = ? and year = ? and org_path >= ? and org_path < ?`, [
    subject,
    year,
    lo,
    subtreeUpperBound(lo),
  ]);
  return Number(row!.n);
}

/**
 * A province stopped in the tree (no subtree_count yet): its rows, in one transaction. A build
 * writes ratings and meetings only after the tree, so there are none; they are deleted too, with
 * their rollups, so that the province can always be written again.
 */
async function dropProvince(em: EntityManager, rootId: number): Promise<void> {
  const range = [`/${rootId}/`, subtreeUpperBound(`/${rootId}/`)];
  await em.transactional(async (tx) => {
    // SQLite: the organisations refer to each other (parent_id); checked at the commit.
    if (dialectOfEm(tx as unknown as EntityManager) === 'sqlite') await tx.execute('pragma defer_foreign_keys = on');
    await tx.execute(`delete from attendance where meeting_id in (select id from meeting where root_id = ?)`, [rootId], 'run');
    await tx.execute(`delete from meeting_cell_year where organization_id in (select id from organization where root_id = ?)`, [rootId], 'run');
    for (const table of ['meeting_streak_year', 'meeting_subtree_year']) await tx.execute(`delete from ${table} where path >= ? and path < ?`, range, 'run');
    for (const table of ['meeting', 'meeting_month', 'rating', 'rating_count', 'member_status_period', 'membership', 'member', 'organization_link', 'subtree_count', 'organization']) {
      await tx.execute(`delete from ${table} where root_id = ?`, [rootId], 'run');
    }
  });
}

const perSecond = (rows: number, seconds: number) => Math.round(rows / Math.max(seconds, 1e-3));

async function build(db: NationalDb): Promise<void> {
  const marker = markerOf(db);
  if (rebuild && !resume) {
    rmSync(marker, { force: true });
    if (db === 'sqlite') rmSync(dir, { recursive: true, force: true });
  }
  if (existsSync(marker) && !resume) {
    console.log(`[${db} ${scale}] already built (${marker}); --rebuild to build again, --resume to add missing ratings and meetings`);
    return;
  }
  if (resume && db === 'sqlite' && !existsSync(dir)) throw new Error(`[sqlite ${label}] --resume: no country in ${dir}`);
  mkdirSync(dir, { recursive: true });
  // A new database, except when finishing or resuming a build (createDatabase drops one that exists).
  if (db === 'postgres' && !finish && !resume) await createDatabase(name);
  const config = loadConfig(benchEnv, db === 'sqlite' ? { dataDir: dir, seedScale: 0 } : { databaseUrl: databaseUrl(name), seedScale: 0 });
  const orm = await openDatabase(config);
  const em = () => orm.em.fork() as unknown as EntityManager;
  const steps: Array<{ label: string; wall: number; cpu: number; rows?: number }> = [];
  // CPU time of this process (SQLite runs in it; PostgreSQL's server work is not counted) per step:
  // steadier than the wall clock on a shared machine.
  let cpuMark = process.cpuUsage();
  const step = (label: string, wall: number, rows?: number) => {
    const used = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    steps.push({ label, wall, cpu: (used.user + used.system) / 1e6, rows });
  };
  const members = Math.round((MEMBERS * scale) / PROVINCES);
  const committees = Math.max(1, Math.round((COMMITTEES * scale) / PROVINCES));
  const deferred = join(base, `deferred-${db === 'sqlite' ? `national-${label}` : name}.json`);
  const tag = `[${db} ${label}]`;
  const codeOf = (p: number) => `NAT${label}-${String(p).padStart(2, '0')}`;
  // A new database has all its indexes: definitions left by an earlier build no longer apply.
  if ((rebuild && !resume) || (db === 'postgres' && !finish && !resume)) rmSync(deferred, { force: true });
  if (!plain && db === 'sqlite') await loadSettings(em());

  // The provinces to write: 1..--provinces on a new build; on --resume, after the last complete one
  // (a province stopped in the tree, without its subtree_count, is deleted and written again).
  let first = 1;
  if (resume) {
    const existing = await em().execute<Array<{ id: number; code: string; done: number | boolean }>>(
      `select o.id, o.code, case when exists (select 1 from subtree_count s where s.organization_id = o.id) then 1 else 0 end as done
       from organization o where o.parent_id is null order by o.id`,
    );
    for (const r of existing.filter((r) => !Number(r.done))) {
      const wall = await time(() => dropProvince(em(), Number(r.id)));
      console.log(`${tag} province ${r.code} (id ${r.id}) stopped in the tree: deleted in ${wall.toFixed(1)} s, written again`);
    }
    const numbers = existing.filter((r) => Number(r.done) && r.code.startsWith(`NAT${label}-`)).map((r) => Number(r.code.slice(`NAT${label}-`.length)));
    first = Math.max(0, ...numbers) + 1;
  }
  const toWrite = finish ? 0 : Math.max(0, provinceCount - first + 1);
  if (!plain && !finish && toWrite > 0) await deferIndexes(em(), db, deferred);

  // Ratings and meetings, province by province where missing, each province in one transaction.
  const totals = { ratingWall: 0, ratingCpu: 0, ratingRows: 0, ratingProvinces: 0, meetingWall: 0, meetingCpu: 0, attendance: 0, meetingProvinces: 0, treeWall: 0 };
  let withMeetings: Set<number> | null = null;
  const fill = async (rootId: number, n: number) => {
    const orgYears: number[] = [];
    const memberYears: number[] = [];
    for (const year of years) {
      if (!(await hasRatings(em(), rootId, 'ORGANIZATION', year))) orgYears.push(year);
      if (!(await hasRatings(em(), rootId, 'MEMBER', year))) memberYears.push(year);
    }
    if (orgYears.length > 0 || memberYears.length > 0) {
      const cpu0 = process.cpuUsage();
      let rows = 0;
      const wall = await time(() =>
        em().transactional(async (tx) => {
          const t = tx as unknown as EntityManager;
          await insertOrganizationRatings(t, orgYears, rootId, false);
          await insertMemberRatings(t, memberYears, rootId, false);
          // The rows written: counted on rating_rollup_index (one range per subject and year).
          for (const [subject, list] of [['ORGANIZATION', orgYears], ['MEMBER', memberYears]] as const) {
            for (const year of list) rows += await countRatings(t, rootId, subject, year);
          }
          await rebuildRatingCounts(t, rootId);
        }),
      );
      const cpu = process.cpuUsage(cpu0);
      totals.ratingWall += wall;
      totals.ratingCpu += (cpu.user + cpu.system) / 1e6;
      totals.ratingRows += rows;
      totals.ratingProvinces += 1;
      console.log(
        `${tag} ratings of province ${n} (id ${rootId}; organisations ${orgYears.join(',') || '–'}, members ${memberYears.join(',') || '–'}): ` +
          `${rows.toLocaleString('en')} rows in ${wall.toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, ${perSecond(rows, wall).toLocaleString('en')} rows/s, with rating_count`,
      );
    }
    withMeetings ??= new Set(
      (await em().execute<Array<{ id: number }>>(`select distinct root_id as id from meeting where date >= ? and date <= ?`, [`${meetingYear}-01-01`, `${meetingYear}-12-31`])).map((r) =>
        Number(r.id),
      ),
    );
    if (n > meetingProvinces || withMeetings.has(rootId)) return;
    const cpu0 = process.cpuUsage();
    const summary = await writeMeetingYear(orm, rootId, meetingYear, { engine, oneTransaction: true, log: (line) => console.log(`${tag} province ${n}: ${line}`) });
    const cpu = process.cpuUsage(cpu0);
    withMeetings.add(rootId);
    totals.meetingWall += summary.seconds;
    totals.meetingCpu += (cpu.user + cpu.system) / 1e6;
    totals.attendance += summary.attendance;
    totals.meetingProvinces += 1;
    console.log(
      `${tag} meetings of province ${n} (id ${rootId}, ${meetingYear}, ${engine}): ${summary.meetings.toLocaleString('en')} meetings, ` +
        `${summary.attendance.toLocaleString('en')} attendance rows (${summary.flaggedAttendance.toLocaleString('en')} flagged) in ${summary.seconds.toFixed(1)} s, ` +
        `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, ${perSecond(summary.attendance, summary.seconds).toLocaleString('en')} attendance rows/s, with the meeting rollups`,
    );
  };

  // Resume: the complete provinces already on record get what they lack before the tree goes on.
  if (resume && !finish) {
    const done = await em().execute<Array<{ id: number }>>(`select o.id from organization o where o.parent_id is null order by o.id`);
    for (const [i, r] of done.entries()) await fill(Number(r.id), i + 1);
  }
  let cpuTree = 0;
  for (let p = first; p <= (finish ? 0 : provinceCount); p += 1) {
    const cpu0 = process.cpuUsage();
    const wall = await time(() => seedBenchmarkProvince(orm, { members: Math.max(1000, members), code: codeOf(p), shape: { committees, cells: [4, 6] } }));
    const cpu = process.cpuUsage(cpu0);
    cpuTree += (cpu.user + cpu.system) / 1e6;
    totals.treeWall += wall;
    console.log(
      `${tag} province ${p}/${provinceCount}: ${members.toLocaleString('en')} members, ${committees} committees in ${wall.toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (${totals.treeWall.toFixed(0)} s so far)`,
    );
    if (!finish) {
      const [row] = await em().execute<Array<{ id: number }>>(`select id from organization where code = ?`, [codeOf(p)]);
      await fill(Number(row!.id), p);
    }
  }
  if (toWrite > 0) {
    steps.push({ label: `tree and members (${toWrite} provinces, subtree_count per province)`, wall: totals.treeWall, cpu: cpuTree, rows: toWrite * members });
    cpuMark = process.cpuUsage();
  }
  step('member indexes (and SQLite name search) built after the load', await time(() => restoreDeferred(em(), db, deferred)));
  if (finish) {
    // A build stopped in the tree: the rollups of what was written (no ratings, no meetings yet).
    step('rebuildRollups (everything, once)', await time(() => rebuildRollups(em())));
  } else {
    // Every province on record: what it lacks (nothing, unless a province was skipped above).
    const roots = (await em().execute<Array<{ id: number }>>(`select id from organization where parent_id is null order by id`)).map((r) => Number(r.id));
    for (const [i, rootId] of roots.entries()) await fill(rootId, i + 1);
    // Provinces left without meetings (--meeting-provinces): their cells in meeting_subtree_year
    // (due, none held), as a rebuild of everything would count them.
    if ((await subtreeYearsFrom(em())) != null) {
      for (const rootId of roots.filter((r) => !withMeetings!.has(r))) {
        await em().transactional((tx) => rebuildMeetingSubtreeYears(tx as unknown as EntityManager, rootId));
      }
    }
    const r = totals;
    steps.push({ label: `ratings ${years[0]}–${years.at(-1)} where missing (${r.ratingProvinces} provinces, each with its rating_count)`, wall: r.ratingWall, cpu: r.ratingCpu, rows: r.ratingRows });
    steps.push({
      label: `meetings and attendance of ${meetingYear} where missing (${r.meetingProvinces} provinces, ${engine}, each with its meeting rollups)`,
      wall: r.meetingWall,
      cpu: r.meetingCpu,
      rows: r.attendance,
    });
    cpuMark = process.cpuUsage();
  }
  if (db === 'postgres') step('vacuum analyze', await time(() => em().execute('vacuum analyze')));
  else step('analyze', await time(() => em().execute('analyze')));
  const counts = await em().execute<Array<{ provinces: number; members: number; orgs: number; cells: number; ratings: number; meetings: number; attendance: number }>>(
    `select (select count(*) from organization where parent_id is null) as provinces, (select count(*) from member) as members, (select count(*) from organization) as orgs,
            (select count(*) from organization where kind in ('CELL', 'GRASSROOTS_CELL')) as cells,
            (select count(*) from rating) as ratings, (select count(*) from meeting) as meetings, (select count(*) from attendance) as attendance`,
  );
  let bytes: number;
  if (db === 'sqlite') bytes = sizeOfDir(dir);
  else bytes = Number((await em().execute<Array<{ n: string }>>(`select pg_database_size(current_database()) as n`))[0]!.n);
  await orm.close();
  const total = steps.reduce((n, s) => n + s.wall, 0);
  const report = {
    db,
    scale,
    ...(finish ? { finished: 'stopped while writing the provinces: no ratings, no meetings (--resume adds them)' } : {}),
    ...(resume ? { resumed: new Date().toISOString() } : {}),
    ...Object.fromEntries(Object.entries(counts[0]!).map(([k, v]) => [k, Number(v)])),
    steps: Object.fromEntries(steps.map((s) => [s.label, Number(s.wall.toFixed(1))])),
    cpuSeconds: Object.fromEntries(steps.map((s) => [s.label, Number(s.cpu.toFixed(1))])),
    rowsPerSecond: Object.fromEntries(steps.filter((s) => s.rows != null).map((s) => [s.label, perSecond(s.rows!, s.wall)])),
    totalSeconds: Number(total.toFixed(1)),
    databaseMB: Math.round(bytes / 1e6),
  };
  console.log(JSON.stringify(report, null, 2));
  writeFileSync(marker, JSON.stringify(report, null, 2));
}

for (const db of dbs) {
  if (db === 'postgres' && !(await postgresReachable())) {
    console.warn('PostgreSQL is not reachable: skipping it');
    continue;
  }
  await build(db);
}
process.exit(0);
