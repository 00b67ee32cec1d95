/**
 * National benchmark (issue #14, item 1): builds once, and keeps, the whole country at a chosen
 * scale through the seed's bulk writer: 34 provinces of about 1,530 grassroots committees of
 * about 5 cells each (about 52,000 committees and 250,000 cells), 5.6 million members with the
 * seed's ages and statuses, organisation and member ratings for 5 years, and a year of meetings
 * and attendance for the first `--meeting-provinces` provinces (attendance rows are the bulk:
 * about 12 million a year per 500,000 members); then rebuilds the rollups once (rebuildRollups)
 * and reports the time of each step and the database's size.
 *
 *   pnpm bench:national                                  # full size, SQLite and PostgreSQL
 *   pnpm bench:national -- --scale 0.02 --dbs sqlite     # 2% (112,000 members), to time it
 *
 * Options: --scale (default 1), --dbs (sqlite,postgres), --years (5: the last five years),
 * --meeting-provinces (default 1), --provinces (34; fewer to time a part), --rebuild, --finish (a
 * build stopped while writing the provinces: keeps the provinces written, builds the deferred
 * indexes, no ratings or meetings, rebuilds the rollups, analyzes and leaves the marker; the
 * report counts the provinces), --data-dir (default data/bench), --plain (without the load
 * settings below, to compare). Databases: <data-dir>/national-<scale>/ (SQLite) and
 * fourgood_national_<scale> (PostgreSQL); a finished build leaves a marker and is not built again.
 * The report gives each step's wall time and the CPU time of this process (all of SQLite's work;
 * on PostgreSQL only the generator's).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { rebuildRollups } from '../../apps/server/src/rollups.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { insertMemberRatings, insertOrganizationRatings } from '../../apps/server/src/seed/seeders/quality.js';
import { writeMeetingYear } from './meetings-data.js';
import { nationalOptions, option, type NationalDb, time } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => option(args, name, fallback);
const { scale, dbs, label, base, dir, name, marker: markerOf } = nationalOptions(root, args);
const thisYear = Number(todayInVietnam().slice(0, 4));
const years = Array.from({ length: Number(arg('years', '5')) }, (_, i) => thisYear - Number(arg('years', '5')) + i);
const meetingProvinces = Number(arg('meeting-provinces', '1'));
const rebuild = args.includes('--rebuild');
const finish = args.includes('--finish');
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

async function build(db: NationalDb): Promise<void> {
  const marker = markerOf(db);
  if (rebuild) {
    rmSync(marker, { force: true });
    if (db === 'sqlite') rmSync(dir, { recursive: true, force: true });
  }
  if (existsSync(marker)) {
    console.log(`[${db} ${scale}] already built (${marker}); --rebuild to build again`);
    return;
  }
  mkdirSync(dir, { recursive: true });
  // A new database, except when finishing a stopped build (createDatabase drops one that exists).
  if (db === 'postgres' && !finish) await createDatabase(name);
  const config = loadConfig({}, db === 'sqlite' ? { dataDir: dir, seedScale: 0 } : { databaseUrl: databaseUrl(name), seedScale: 0 });
  const orm = await openDatabase(config);
  const em = () => orm.em.fork() as unknown as EntityManager;
  const steps: Array<[string, number, number]> = [];
  // CPU time of this process (SQLite runs in it; PostgreSQL's server work is not counted) per step:
  // steadier than the wall clock on a shared machine.
  let cpuMark = process.cpuUsage();
  const step = (label: string, wall: number) => {
    const used = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    steps.push([label, wall, (used.user + used.system) / 1e6]);
  };
  const members = Math.round((MEMBERS * scale) / PROVINCES);
  const committees = Math.max(1, Math.round((COMMITTEES * scale) / PROVINCES));
  const roots: number[] = [];
  const deferred = join(base, `deferred-${db === 'sqlite' ? `national-${label}` : name}.json`);
  // A new database has all its indexes: definitions left by an earlier build no longer apply.
  if (rebuild || (db === 'postgres' && !finish)) rmSync(deferred, { force: true });
  if (!plain) {
    if (db === 'sqlite') await loadSettings(em());
    if (!finish) await deferIndexes(em(), db, deferred);
  }
  let seconds = 0;
  for (let p = 1; p <= (finish ? 0 : provinceCount); p += 1) {
    const code = `NAT${label}-${String(p).padStart(2, '0')}`;
    seconds += await time(() => seedBenchmarkProvince(orm, { members: Math.max(1000, members), code, shape: { committees, cells: [4, 6] } }));
    const [row] = await em().execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
    roots.push(Number(row!.id));
    console.log(`[${db} ${scale}] province ${p}/${PROVINCES}: ${members.toLocaleString('en')} members, ${committees} committees (${seconds.toFixed(0)} s so far)`);
  }
  if (!finish) step(`tree and members (${provinceCount} provinces, subtree_count per province)`, seconds);
  if (!plain) step('member indexes (and SQLite name search) built after the load', await time(() => restoreDeferred(em(), db, deferred)));
  seconds = 0;
  for (const rootId of roots) {
    seconds += await time(async () => {
      await insertOrganizationRatings(em(), years, rootId);
      await insertMemberRatings(em(), years, rootId);
    });
  }
  if (!finish) step(`ratings ${years[0]}–${years.at(-1)} (rating_count per province)`, seconds);
  seconds = 0;
  for (const rootId of roots.slice(0, meetingProvinces)) seconds += await time(() => writeMeetingYear(orm, rootId, thisYear - 1));
  if (!finish) step(`meetings and attendance of ${thisYear - 1}, ${meetingProvinces} province(s)`, seconds);
  step('rebuildRollups (everything, once)', await time(() => rebuildRollups(em())));
  if (db === 'postgres') step('vacuum analyze', await time(() => em().execute('vacuum analyze')));
  else step('analyze', await time(() => em().execute('analyze')));
  const counts = await em().execute<Array<{ provinces: number; members: number; orgs: number; cells: number; ratings: number; attendance: number }>>(
    `select (select count(*) from organization where parent_id is null) as provinces, (select count(*) from member) as members, (select count(*) from organization) as orgs,
            (select count(*) from organization where kind in ('CELL', 'GRASSROOTS_CELL')) as cells,
            (select count(*) from rating) as ratings, (select count(*) from attendance) as attendance`,
  );
  let bytes: number;
  if (db === 'sqlite') bytes = sizeOfDir(dir);
  else bytes = Number((await em().execute<Array<{ n: string }>>(`select pg_database_size(current_database()) as n`))[0]!.n);
  await orm.close();
  const total = steps.reduce((n, [, s]) => n + s, 0);
  const report = {
    db,
    scale,
    ...(finish ? { finished: 'stopped while writing the provinces: no ratings, no meetings' } : {}),
    ...Object.fromEntries(Object.entries(counts[0]!).map(([k, v]) => [k, Number(v)])),
    steps: Object.fromEntries(steps.map(([k, s]) => [k, Number(s.toFixed(1))])),
    cpuSeconds: Object.fromEntries(steps.map(([k, , c]) => [k, Number(c.toFixed(1))])),
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
