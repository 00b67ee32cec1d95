/**
 * Check of the country of `pnpm bench:national` (issue #14 item 1): its rollups and the API's
 * meeting statistics against the definitions, recounted from the base tables.
 *
 *   pnpm bench:national-check -- --scale 0.05 --dbs sqlite,postgres --tag p2 --data-dir /work/bench-national/small
 *
 * Same options as bench:national (--scale, --dbs, --data-dir, --tag). Checks, per database:
 * rating_count against a recount of `rating` (countedPaths); meeting_month, meeting_cell_year,
 * meeting_streak_year and meeting_subtree_year against the recount of the rollups' property test
 * (test/support/meeting-recount.ts); then, over HTTP as a national staff reader, meetingStats of
 * every province, two grassroots organisations and two cells of each, for the meeting year and
 * two spans inside it, against `expectedStats` of the same module. The recount reads every
 * meeting and organisation link into memory and is quadratic in cells per subtree: for small
 * builds (scale ≤ 0.1), not the whole country. Exits 1 on a difference.
 */
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/knex';
import { EXCUSED_STREAK_FLAG, todayInVietnam } from '@fourgood/rules';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { MEETING_FACT_COLUMNS } from '../../apps/server/src/meetings/meeting-rollups.js';
import { countedPaths } from '../../apps/server/src/ratings/rating-counts.js';
import { systemServices } from '../support/server.js';
import { meetingRecount, sorted, sortedKeys, type FlagRow, type Link, type MeetingRow } from '../support/meeting-recount.js';
import { benchEnv, nationalOptions, type NationalDb } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const { scale, dbs, dir, name, marker: markerOf } = nationalOptions(root, args);
const today = todayInVietnam();
const year = Number(today.slice(0, 4)) - 1;

let failures = 0;
function same(what: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) return;
  failures += 1;
  console.error(`DIFFERENT ${what}:\n  stored/API ${a.slice(0, 600)}\n  recount    ${e.slice(0, 600)}`);
}

async function check(db: NationalDb): Promise<void> {
  if (!existsSync(markerOf(db))) throw new Error(`[${db}] no country at scale ${scale} (${markerOf(db)})`);
  const config: AppConfig = loadConfig(benchEnv, db === 'sqlite' ? { dataDir: dir, seedScale: 0, logLevel: 'warn' } : { databaseUrl: databaseUrl(name), seedScale: 0, logLevel: 'warn' });
  const orm = await openDatabase(config);
  const em = () => orm.em.fork() as unknown as EntityManager;
  const execute = (sql: string, params: unknown[] = []) => em().execute(sql, params);
  const recount = meetingRecount(execute, today);
  const started = performance.now();
  const counts = (await execute(`select (select count(*) from meeting) as meetings, (select count(*) from attendance) as attendance, (select count(*) from rating) as ratings`)) as Array<
    Record<string, number>
  >;
  console.log(`[${db}] ${JSON.stringify(Object.fromEntries(Object.entries(counts[0]!).map(([k, v]) => [k, Number(v)])))}`);
  if (!(Number(counts[0]!.meetings) > 0) || !(Number(counts[0]!.ratings) > 0)) throw new Error(`[${db}] no meetings or no ratings to check`);

  // rating_count: every rating counted under every path countedPaths gives it.
  const ratingRows = (await execute(`select subject, year, org_path, level, count(*) as n from rating group by subject, year, org_path, level`)) as Array<Record<string, unknown>>;
  const live: Record<string, number> = {};
  for (const r of ratingRows) {
    for (const path of countedPaths(String(r.subject), String(r.org_path))) {
      const key = `${String(r.subject)}|${Number(r.year)}|${path}|${String(r.level)}`;
      live[key] = (live[key] ?? 0) + Number(r.n);
    }
  }
  const kept = (await execute(`select subject, year, path, level, n from rating_count where n <> 0`)) as Array<Record<string, unknown>>;
  same(`[${db}] rating_count`, sortedKeys(Object.fromEntries(kept.map((r) => [`${String(r.subject)}|${Number(r.year)}|${String(r.path)}|${String(r.level)}`, Number(r.n)]))), sortedKeys(live));

  // The meeting rollups.
  const [liveRollups, storedRollups] = [await recount.liveRecount(), await recount.stored()];
  same(`[${db}] meeting_month`, sorted(storedRollups.months), sorted(liveRollups.months));
  same(`[${db}] meeting_cell_year`, sorted(storedRollups.cells), sorted(liveRollups.cells));
  const streaks = await recount.liveStreaks();
  if (Object.keys(streaks).length === 0) throw new Error(`[${db}] no flagged attendance: the check would not cover the streaks`);
  same(`[${db}] meeting_streak_year`, sortedKeys(await recount.storedStreaks()), sortedKeys(streaks));
  const [keptSubtree, liveSubtree] = [await recount.storedSubtree(), await recount.liveSubtree()];
  same(`[${db}] meeting_subtree_year`, sorted(keptSubtree.years), sorted(liveSubtree.years));
  same(`[${db}] meeting_subtree_stage`, sorted(keptSubtree.stages), sorted(liveSubtree.stages));
  same(`[${db}] meeting_subtree_entry`, sorted(keptSubtree.entries), sorted(liveSubtree.entries));
  console.log(`[${db}] rollups checked in ${((performance.now() - started) / 1000).toFixed(1)} s (${Object.keys(liveRollups.months).length} meeting_month rows, ${Object.keys(streaks).length} streak rows)`);

  // meetingStats over HTTP against the definition.
  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const username = 'national-check-staff';
  if (((await execute(`select id from app_user where username = ?`, [username])) as unknown[]).length === 0) {
    const { auth } = systemServices(orm);
    const user = await auth.createUser({ username, displayName: 'National check', password: 'benchmark-password' });
    await auth.grant(user.id, 'STAFF', null);
  }
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const links = (await execute(`select l.organization_id, l.path, l.valid_from, l.valid_to, o.kind from organization_link l join organization o on o.id = l.organization_id`)) as Link[];
  for (const l of links) l.organization_id = Number(l.organization_id);
  const meetings = (await execute(`select ${MEETING_FACT_COLUMNS} from meeting`)) as MeetingRow[];
  // expectedStats reads only the rows whose run reached the flag.
  const flags = (await execute(`select member_id, org_path, date, excused_streak from attendance where excused_streak >= ?`, [EXCUSED_STREAK_FLAG])) as FlagRow[];
  const provinces = ((await execute(`select id from organization where parent_id is null order by id`)) as Array<{ id: number }>).map((r) => Number(r.id));
  const orgs: number[] = [];
  for (const p of provinces) {
    orgs.push(p);
    for (const r of (await execute(`select id from organization where parent_id = ? order by id limit 2`, [p])) as Array<{ id: number }>) orgs.push(Number(r.id));
    for (const r of (await execute(`select id from organization where root_id = ? and kind in ('CELL', 'GRASSROOTS_CELL') order by id desc limit 2`, [p])) as Array<{ id: number }>) {
      orgs.push(Number(r.id));
    }
  }
  const fields = Object.keys(recount.expectedStats(0, today, today, [], [], []));
  let compared = 0;
  let flagged = 0;
  for (const [from, to] of [
    [`${year}-01-01`, `${year}-12-31`],
    [`${year}-02-15`, `${year}-08-03`],
    [`${year}-11-20`, `${year + 1}-01-10`],
  ] as const) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query: `query($from: Date!, $to: Date!) { ${orgs.map((id, j) => `o${j}: node(id: "${toGlobalId('Organization', id)}") { ... on Organization { meetingStats(from: $from, to: $to) { ${fields.join(' ')} } } }`).join(' ')} }`,
        variables: { from, to },
      }),
    });
    const body = (await res.json()) as { data?: Record<string, { meetingStats: Record<string, number> } | null>; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 1000));
    orgs.forEach((id, j) => {
      const expected = recount.expectedStats(id, from, to, links, meetings, flags);
      flagged += expected.membersExcusedStreak;
      same(`[${db}] meetingStats of ${id}, ${from}–${to}`, body.data![`o${j}`]!.meetingStats, expected);
      compared += 1;
    });
  }
  if (flagged === 0) throw new Error(`[${db}] no organisation checked had a member flagged: the check would not cover it`);
  console.log(`[${db}] meetingStats of ${orgs.length} organisations × 3 spans compared (${compared}), ${flagged} flagged members counted; ${failures} difference(s) so far`);
  await new Promise<void>((ok) => server.close(() => ok()));
  await app.close();
}

for (const db of dbs) await check(db);
console.log(failures === 0 ? 'national check: all equal' : `national check: ${failures} difference(s)`);
process.exit(failures === 0 ? 0 : 1);
