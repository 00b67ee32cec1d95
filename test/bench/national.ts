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
 * --meeting-provinces (default 1), --rebuild, --finish (a build stopped while writing the
 * provinces: keeps the provinces written, no ratings or meetings, rebuilds the rollups, analyzes
 * and leaves the marker; the report counts the provinces). Databases: data/bench/national-<scale>/ (SQLite,
 * outside the tracked files) and fourgood_national_<scale> (PostgreSQL); a finished build leaves
 * a marker and is not built again.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const { scale, dbs, label, dir, name, marker: markerOf } = nationalOptions(root, args);
const thisYear = Number(todayInVietnam().slice(0, 4));
const years = Array.from({ length: Number(arg('years', '5')) }, (_, i) => thisYear - Number(arg('years', '5')) + i);
const meetingProvinces = Number(arg('meeting-provinces', '1'));
const rebuild = args.includes('--rebuild');
const finish = args.includes('--finish');

export const PROVINCES = 34;
const MEMBERS = 5_600_000;
const COMMITTEES = 52_000;

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
  if (db === 'postgres') await createDatabase(name);
  const config = loadConfig({}, db === 'sqlite' ? { dataDir: dir, seedScale: 0 } : { databaseUrl: databaseUrl(name), seedScale: 0 });
  const orm = await openDatabase(config);
  const em = () => orm.em.fork() as unknown as EntityManager;
  const steps: Array<[string, number]> = [];
  const members = Math.round((MEMBERS * scale) / PROVINCES);
  const committees = Math.max(1, Math.round((COMMITTEES * scale) / PROVINCES));
  const roots: number[] = [];
  let seconds = 0;
  for (let p = 1; p <= (finish ? 0 : PROVINCES); p += 1) {
    const code = `NAT${label}-${String(p).padStart(2, '0')}`;
    seconds += await time(() => seedBenchmarkProvince(orm, { members: Math.max(1000, members), code, shape: { committees, cells: [4, 6] } }));
    const [row] = await em().execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
    roots.push(Number(row!.id));
    console.log(`[${db} ${scale}] province ${p}/${PROVINCES}: ${members.toLocaleString('en')} members, ${committees} committees (${seconds.toFixed(0)} s so far)`);
  }
  if (!finish) steps.push(['tree and members (34 provinces, subtree_count per province)', seconds]);
  seconds = 0;
  for (const rootId of roots) {
    seconds += await time(async () => {
      await insertOrganizationRatings(em(), years, rootId);
      await insertMemberRatings(em(), years, rootId);
    });
  }
  if (!finish) steps.push([`ratings ${years[0]}–${years.at(-1)} (rating_count per province)`, seconds]);
  seconds = 0;
  for (const rootId of roots.slice(0, meetingProvinces)) seconds += await time(() => writeMeetingYear(orm, rootId, thisYear - 1));
  if (!finish) steps.push([`meetings and attendance of ${thisYear - 1}, ${meetingProvinces} province(s)`, seconds]);
  steps.push(['rebuildRollups (everything, once)', await time(() => rebuildRollups(em()))]);
  if (db === 'postgres') steps.push(['vacuum analyze', await time(() => em().execute('vacuum analyze'))]);
  else steps.push(['analyze', await time(() => em().execute('analyze'))]);
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
