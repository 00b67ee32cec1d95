/**
 * Meeting statistics benchmark (issue #4). On the benchmark province of `--sizes` members (built
 * like `pnpm bench` does when missing, and shared with it: data/bench/sqlite-N, PostgreSQL
 * fourgood_bench_N), writes one year of meetings and attendance in bulk when missing
 * (test/bench/meetings-data.ts), then measures over HTTP, as the benchmark leader scoped to the
 * province: `meetingStats` of the province, and a list of its 200 children with `meetingStats`
 * on every row; median, p95, SQL statements, and the same statements replayed on the driver
 * (no ORM, GraphQL or HTTP: "raw SQL"). Every run checks the children add up to the province.
 *
 *   pnpm bench:meetings                                   # 500k, SQLite and PostgreSQL
 *   pnpm bench:meetings -- --sizes 500000 --dbs sqlite --runs 30
 *   pnpm bench:meetings -- --prepare-only                 # build the data, measure nothing
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection, EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { createApp } from '../../apps/server/src/app.js';
import { Access } from '../../apps/server/src/auth/access.js';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { Organization } from '../../apps/server/src/hierarchy/organization.entity.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { writeMeetingYear } from './meetings-data.js';
import { MEETING_ROLLUPS, MEETING_STREAKS, rebuildMeetingRollups, rebuildMeetingStreaks } from '../../apps/server/src/meetings/meeting-rollups.js';
import { MEETING_SUBTREE_LAST, MEETING_SUBTREE_YEARS, rebuildMeetingSubtreeYears } from '../../apps/server/src/meetings/meeting-subtree-years.js';
import { readRollupDay } from '../../apps/server/src/stats/rollup-days.js';
import { dialectOfOrm } from '../../apps/server/src/seed/bulk-writer.js';
import { createRequest } from '../../apps/server/src/context.js';
import { systemServices } from '../support/server.js';
import { graphqlClient } from './graphql-client.js';
import { benchEnv, percentile, replaceSection, time } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const sizes = arg('sizes', '500000').split(',').map(Number);
const dbs = arg('dbs', 'sqlite,postgres').split(',') as Array<'sqlite' | 'postgres'>;
const runs = Number(arg('runs', '30'));
const year = Number(arg('year', '2025'));
/** The PostgreSQL database's name (default fourgood_bench_N; `--pg-db` for a copy of one's own on a shared server). */
const pgName = (members: number) => arg('pg-db', `fourgood_bench_${members}`);
const prepareOnly = args.includes('--prepare-only');
const WARM_UP = 5;
const TARGET_MS = 20; // issue #14: meeting statistics of a province ≤ 20 ms p95 at 500k

const FIELDS = `from to cells meetings regularHeld regularDue regularMonthsHeld regularInWindow cellsBehindOnRegular
  thematicHeld thematicQuartersCovered thematicQuartersDue cellsBehindOnThematic eligible present attendanceRate
  excusedAbsences unexcusedAbsences membersExcusedStreak eveningMeetings eveningShare ratedMeetings ratedGood ratedGoodShare`;
const PROVINCE = `query($id: ID!) { node(id: $id) { ... on Organization { meetingStats(year: ${year}) { ${FIELDS} } } } }`;
const CHILDREN = `query($id: ID!) { node(id: $id) { ... on Organization { children(first: 200) { totalCount nodes { id name meetingStats(year: ${year}) { ${FIELDS} } } } } } }`;

interface Result {
  db: string;
  members: number;
  meetings: number;
  attendance: number;
  query: string;
  statements: number;
  apiMedian: number;
  apiP95: number;
  rawMedian: number;
  rawP95: number;
  rawStatements: number;
}

function configFor(db: 'sqlite' | 'postgres', members: number): AppConfig {
  if (db === 'sqlite') {
    const dir = join(root, 'data/bench', `sqlite-${members}`);
    mkdirSync(dir, { recursive: true });
    return loadConfig(benchEnv, { dataDir: dir, exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
  }
  return loadConfig(benchEnv, { databaseUrl: databaseUrl(pgName(members)), exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
}

/** The benchmark province (built as `pnpm bench` builds it when missing), its leader and a year of meetings. */
async function prepare(db: 'sqlite' | 'postgres', members: number): Promise<{ orm: MikroORM; config: AppConfig; provinceId: number; generated: string | null }> {
  const code = `BENCH-${members}`;
  if (db === 'postgres') {
    const marker = join(root, 'data/bench', `${pgName(members)}.built`);
    if (!existsSync(marker)) {
      await createDatabase(pgName(members));
      rmSync(marker, { force: true });
    }
  }
  const config = configFor(db, members);
  const orm = await openDatabase(config);
  const conn = orm.em.getConnection();
  let [province] = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
  if (!province) {
    console.log(`[${db} ${members}] building the benchmark province…`);
    const seconds = await time(() => seedBenchmarkProvince(orm, { members, code }));
    console.log(`[${db} ${members}] built in ${seconds.toFixed(1)} s`);
    await conn.execute('analyze');
    [province] = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
    if (db === 'postgres') {
      mkdirSync(join(root, 'data/bench'), { recursive: true });
      writeFileSync(join(root, 'data/bench', `${pgName(members)}.built`), new Date().toISOString());
    }
  }
  const provinceId = Number(province!.id);
  // The leader the other benchmarks use (same name and password).
  const username = `bench-leader-${members}`;
  if ((await conn.execute(`select id from app_user where username = ?`, [username])).length === 0) {
    const { auth } = systemServices(orm);
    const user = await auth.createUser({ username, displayName: 'Benchmark leader', password: 'benchmark-password' });
    await auth.grant(user.id, 'LEADER', provinceId);
  }
  let generated: string | null = null;
  const [{ n }] = (await conn.execute<Array<{ n: number }>>(`select count(*) as n from meeting where root_id = ? and date >= ? and date <= ?`, [provinceId, `${year}-01-01`, `${year}-12-31`])) as [{ n: number }];
  if (Number(n) === 0) {
    console.log(`[${db} ${members}] writing the meetings of ${year}…`);
    const summary = await writeMeetingYear(orm, provinceId, year, (line) => console.log(`[${db} ${members}] ${line}`));
    generated = `${summary.meetings.toLocaleString('en')} meetings and ${summary.attendance.toLocaleString('en')} attendance rows written in ${summary.seconds.toFixed(0)} s`;
    console.log(`[${db} ${members}] ${generated} (${summary.flaggedAttendance} rows with a streak ≥ 4)`);
  }
  // A database built before the meeting rollups (migrated just now): build them, as the start-up job would.
  if ((await readRollupDay(orm.em.fork() as unknown as EntityManager, dialectOfOrm(orm), MEETING_ROLLUPS)) == null) {
    const seconds = await time(() => rebuildMeetingRollups(orm.em.fork() as unknown as EntityManager));
    console.log(`[${db} ${members}] meeting rollups built in ${seconds.toFixed(1)} s`);
    await conn.execute(db === 'postgres' ? 'vacuum analyze meeting_month' : 'analyze');
    if (db === 'postgres') await conn.execute('vacuum analyze meeting_cell_year');
  }
  // Built before meeting_streak_year (migrated just now): build it, as the start-up job would.
  if ((await readRollupDay(orm.em.fork() as unknown as EntityManager, dialectOfOrm(orm), MEETING_STREAKS)) == null) {
    const seconds = await time(() => (orm.em.fork() as unknown as EntityManager).transactional((em) => rebuildMeetingStreaks(em as unknown as EntityManager)));
    console.log(`[${db} ${members}] meeting_streak_year built in ${seconds.toFixed(1)} s`);
    await conn.execute(db === 'postgres' ? 'vacuum analyze meeting_streak_year' : 'analyze');
  }
  // Built before meeting_subtree_year (migrated just now): build it, as the start-up job would.
  // (or before meeting_subtree_stage and _entry: no MEETING_SUBTREE_LAST)
  if (
    (await readRollupDay(orm.em.fork() as unknown as EntityManager, dialectOfOrm(orm), MEETING_SUBTREE_YEARS)) == null ||
    (await readRollupDay(orm.em.fork() as unknown as EntityManager, dialectOfOrm(orm), MEETING_SUBTREE_LAST)) == null
  ) {
    const seconds = await time(() => (orm.em.fork() as unknown as EntityManager).transactional((em) => rebuildMeetingSubtreeYears(em as unknown as EntityManager)));
    console.log(`[${db} ${members}] meeting_subtree_year built in ${seconds.toFixed(1)} s`);
    await conn.execute(db === 'postgres' ? 'vacuum analyze meeting_subtree_year' : 'analyze');
    if (db === 'postgres') await conn.execute('vacuum analyze meeting_subtree_stage');
    if (db === 'postgres') await conn.execute('vacuum analyze meeting_subtree_entry');
  }
  return { orm, config, provinceId, generated };
}

type Figures = Record<string, number | string | null>;

/** The statements the service runs for one call, captured from the driver, to replay them raw. */
async function captureStatements(orm: MikroORM, work: () => Promise<unknown>): Promise<string[]> {
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  const captured: string[] = [];
  const listener = (q: { sql: string }) => captured.push(q.sql);
  knex.on('query', listener);
  try {
    await work();
  } finally {
    knex.removeListener('query', listener);
  }
  return captured;
}

async function measure(db: 'sqlite' | 'postgres', members: number): Promise<Result[]> {
  const { orm, config, provinceId } = await prepare(db, members);
  if (prepareOnly) {
    await orm.close();
    return [];
  }
  const conn = orm.em.getConnection();
  const [counts] = await conn.execute<Array<{ meetings: number; attendance: number }>>(
    `select (select count(*) from meeting where root_id = ? and date >= ? and date <= ?) as meetings,
            (select count(*) from attendance where date >= ? and date <= ?) as attendance`,
    [provinceId, `${year}-01-01`, `${year}-12-31`, `${year}-01-01`, `${year}-12-31`],
  );
  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const signIn = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "bench-leader-${members}", password: "benchmark-password") { user { username } } }` }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  if (!cookie) throw new Error('sign-in of the benchmark leader failed');
  // Timed to the answer's last byte, decoded after (graphql-client.ts).
  const client = graphqlClient(url);
  const post = (query: string, variables: Record<string, unknown>) => client.query({ query, variables }, cookie);
  const id = Buffer.from(`Organization:${provinceId}`).toString('base64url');
  const today = todayInVietnam();

  // The raw statements: what the service runs for the province, and for the page of children.
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const em = orm.em.fork() as unknown as EntityManager;
  const provinceOrg = await em.findOneOrFail(Organization, provinceId, { filters: false });
  const childOrgs = await em.find(Organization, { parent: provinceId, dissolvedOn: null }, { orderBy: { nameSearch: 'asc', id: 'asc' }, limit: 200, filters: false });
  const service = () => createRequest(em, db === 'postgres' ? 'postgresql' : 'sqlite', Access.system(), today).services.meetingStats;
  const provinceRaw = await captureStatements(orm, () => service().subtree(provinceOrg, from, to));
  const childrenRaw = await captureStatements(orm, () => {
    const s = service();
    return Promise.all(childOrgs.map((c) => s.subtree(c, from, to)));
  });

  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  const replay = async (statements: string[]) => {
    for (let i = 0; i < WARM_UP; i += 1) for (const sql of statements) await knex.raw(sql);
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      for (const sql of statements) await knex.raw(sql);
      times.push(performance.now() - started);
    }
    return times;
  };

  // Over HTTP first (both queries), then the raw statements: a pause between requests would let
  // the server close the kept-alive connection under the client's feet.
  const measured: Array<{ name: string; raw: string[]; times: number[]; statements: number }> = [];
  const record = async (name: string, query: string, raw: string[], check: (data: any) => void) => {
    for (let i = 0; i < WARM_UP; i += 1) await post(query, { id });
    const times: number[] = [];
    let statements = 0;
    let last: any = null;
    for (let i = 0; i < runs; i += 1) {
      const { ms, body } = await post(query, { id });
      times.push(ms);
      statements = body.extensions!.sql!.statements;
      last = body.data;
    }
    check(last);
    measured.push({ name, raw, times, statements });
  };

  let province: Figures = {};
  await record('province `meetingStats`', PROVINCE, provinceRaw, (data) => {
    province = data.node.meetingStats;
    console.log(JSON.stringify(province));
    if (!(Number(province.meetings) > 0)) throw new Error('No meetings counted');
  });
  await record('200 children with `meetingStats` each', CHILDREN, childrenRaw, (data) => {
    const nodes = data.node.children.nodes as Array<{ meetingStats: Figures }>;
    if (data.node.children.totalCount !== nodes.length) throw new Error('The page does not hold every child');
    // The province's figures are its children's added up (every cell sits under one child).
    for (const key of ['cells', 'meetings', 'regularHeld', 'regularDue', 'regularMonthsHeld', 'cellsBehindOnRegular', 'thematicQuartersCovered', 'eligible', 'present', 'unexcusedAbsences', 'membersExcusedStreak', 'ratedGood']) {
      const sum = nodes.reduce((a, n) => a + Number(n.meetingStats[key]), 0);
      if (sum !== Number(province[key])) throw new Error(`Children's ${key} add up to ${sum}, the province has ${province[key]}`);
    }
  });

  const results: Result[] = [];
  for (const m of measured) {
    const rawTimes = await replay(m.raw);
    const r: Result = {
      db,
      members,
      meetings: Number(counts!.meetings),
      attendance: Number(counts!.attendance),
      query: m.name,
      statements: m.statements,
      apiMedian: percentile(m.times, 50),
      apiP95: percentile(m.times, 95),
      rawMedian: percentile(rawTimes, 50),
      rawP95: percentile(rawTimes, 95),
      rawStatements: m.raw.length,
    };
    console.log(JSON.stringify(r));
    results.push(r);
  }

  client.close();
  await new Promise<void>((ok) => server.close(() => ok()));
  await app.close();
  return results;
}

const results: Result[] = [];
for (const db of dbs) {
  if (db === 'postgres' && !(await postgresReachable())) {
    console.warn('PostgreSQL is not reachable: skipping its rows');
    continue;
  }
  for (const members of sizes) results.push(...(await measure(db, members)));
}
if (prepareOnly) process.exit(0);

const ms = (n: number) => n.toFixed(1);
const file = join(root, 'BENCHMARKS.md');
let document = existsSync(file) ? readFileSync(file, 'utf8') : '';
// Rows of databases and sizes not measured this time are kept from the last run.
const start = document.indexOf('<!-- bench:meetings -->');
const end = document.indexOf('<!-- /bench:meetings -->');
const previous = start >= 0 && end > start ? document.slice(start, end) : '';
const rows = new Map<string, string>();
for (const line of previous.split('\n')) {
  const m = /^\| (\w+) \| ([\d,]+) \| [\d,]+ \| [\d,]+ \| ([^|]+) \|/.exec(line);
  if (m) rows.set(`${m[1]}|${m[2]!.replace(/,/g, '')}|${m[3]!.trim()}`, line);
}
for (const r of results) {
  rows.set(
    `${r.db}|${r.members}|${r.query}`,
    `| ${r.db} | ${r.members.toLocaleString('en')} | ${r.meetings.toLocaleString('en')} | ${r.attendance.toLocaleString('en')} | ${r.query} | ${r.statements} | ${ms(r.apiMedian)} | ${ms(r.apiP95)} | ${ms(r.rawMedian)} | ${ms(r.rawP95)} | ${r.rawStatements} |`,
  );
}
const table = [
  `| database | members | meetings in ${year} | attendance rows | query | statements | API median ms | API p95 ms | raw SQL median ms | raw p95 ms | raw statements |`,
  '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...[...rows.keys()].sort().map((k) => rows.get(k)!),
].join('\n');
console.log(`\n${table}\n`);
// The target: p95 under 150 ms for the province on SQLite (500,000 members).
const verdicts = [...rows.values()]
  .map((line) => line.split('|').map((c) => c.trim()))
  .filter((c) => c[5] === 'province `meetingStats`')
  .map((c) => {
    const p95 = Number(c[8]);
    return `${c[1]} ${c[2]}: API p95 ${p95.toFixed(1)} ms, ${p95 < TARGET_MS ? `under the ${TARGET_MS} ms target` : `over the ${TARGET_MS} ms target by ${(p95 - TARGET_MS).toFixed(1)} ms`}`;
  });
const body = `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores, shared with other work), ${runs} runs after ${WARM_UP} warm-up runs, over HTTP as the benchmark leader scoped to the province; last run \`pnpm bench:meetings -- ${args.join(' ')}\` (rows of other databases and sizes are from earlier runs). "raw SQL" replays on the driver the statements the service ran (the request's other statements — session, the organisation, the page of children — are not in it).\n\n${table}\n\n${verdicts.map((v) => `- ${v}`).join('\n')}`;
document = replaceSection(document, 'meetings', body);
writeFileSync(file, document);
console.log(`updated ${file}`);
process.exit(0);
