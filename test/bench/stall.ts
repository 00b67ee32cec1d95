/**
 * Event-loop hold benchmark (issue #10). On the 500,000-member benchmark province (built as
 * `pnpm bench:meetings` builds it, with a year of meetings, when missing; member and organisation
 * ratings for every year of 2006–2025 are added when missing), runs over HTTP, as the benchmark
 * leader, the heaviest queries the cost limit accepts, and for each reports the longest time the
 * event loop was held (perf_hooks.monitorEventLoopDelay, max over the runs), the median time of
 * the query, its statements, and how long /health took at worst while it ran (polled back to back).
 *
 *   pnpm bench:stall                                   # 500k, SQLite
 *   pnpm bench:stall -- --dbs sqlite,postgres --runs 5
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parse } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { COST, costOf } from '../../apps/server/src/graphql/cost.js';
import { createSchema } from '../../apps/server/src/schema.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { insertMemberRatings, insertOrganizationRatings } from '../../apps/server/src/seed/seeders/quality.js';
import { systemServices } from '../support/server.js';
import { writeMeetingYear } from './meetings-data.js';
import { benchEnv, percentile, replaceSection, time } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const members = Number(arg('members', '500000'));
const dbs = arg('dbs', 'sqlite').split(',') as Array<'sqlite' | 'postgres'>;
const runs = Number(arg('runs', '5'));
const TARGET_MS = 250;
const YEARS = Array.from({ length: 20 }, (_, i) => 2006 + i);
const MEETING_YEAR = 2025;

const MEETING_FIELDS = `from to cells meetings regularHeld regularDue regularMonthsHeld regularInWindow cellsBehindOnRegular
  thematicHeld thematicQuartersCovered thematicQuartersDue cellsBehindOnThematic eligible present attendanceRate
  excusedAbsences unexcusedAbsences membersExcusedStreak eveningMeetings eveningShare ratedMeetings ratedGood ratedGoodShare`;
const LEVELS = 'year rated levels { level count percent }';

/** The queries measured: the (refused), then the heaviest of each kind the limit accepts. */
const QUERIES: Array<{ name: string; query: string; refused?: boolean }> = [
  {
    name: 'issue #10: 200 descendants × member trend 2006–2025',
    query: `query($id: ID!) { node(id: $id) { ... on Organization { descendants(first: 200) { nodes { ratingTrend(subject: MEMBER, fromYear: 2006, toYear: 2025) { rated } } } } } }`,
    refused: true,
  },
  {
    name: '90 descendants × member trend 2006–2025',
    query: `query($id: ID!) { node(id: $id) { ... on Organization { descendants(first: 90) { nodes { ratingTrend(subject: MEMBER, fromYear: 2006, toYear: 2025) { rated } } } } } }`,
  },
  {
    name: '200 children × member and organisation distributions',
    query: `query($id: ID!) { node(id: $id) { ... on Organization { children(first: 200) { nodes { name m: ratingDistribution(subject: MEMBER, year: 2025) { ${LEVELS} } o: ratingDistribution(subject: ORGANIZATION, year: 2025) { ${LEVELS} } } } } } }`,
  },
  {
    name: 'province: member and organisation trends 2006–2025, 4 good, cap',
    query: `query($id: ID!) { node(id: $id) { ... on Organization { m: ratingTrend(subject: MEMBER, fromYear: 2006, toYear: 2025) { ${LEVELS} } o: ratingTrend(subject: ORGANIZATION, fromYear: 2006, toYear: 2025) { ${LEVELS} } fourGood(year: 2025) { registered evaluated reached } excellentCapExcesses(year: 2025) { kind over } } } }`,
  },
  {
    name: `200 children × meetingStats(${MEETING_YEAR})`,
    query: `query($id: ID!) { node(id: $id) { ... on Organization { children(first: 200) { nodes { name meetingStats(year: ${MEETING_YEAR}) { ${MEETING_FIELDS} } } } } } }`,
  },
  {
    name: '200 descendants × stats on 2020-06-30',
    query: `query($id: ID!) { node(id: $id) { ... on Organization { descendants(first: 200, asOf: "2020-06-30") { nodes { name stats(asOf: "2020-06-30") { organizations members membersByStatus { status count } } } } } } }`,
  },
  {
    name: 'province: stats on 2020-06-30',
    query: `query($id: ID!) { node(id: $id) { ... on Organization { stats(asOf: "2020-06-30") { organizations members membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } }`,
  },
  {
    name: 'province: member counts by child and status today',
    query: `query($id: ID!) { node(id: $id) { ... on Organization { memberCounts(groupBy: [CHILD, STATUS]) { count } } } }`,
  },
  {
    name: 'province: member counts by child and status on 2020-06-30',
    query: `query($id: ID!) { node(id: $id) { ... on Organization { memberCounts(groupBy: [CHILD, STATUS], asOf: "2020-06-30") { count } } } }`,
  },
  {
    name: '40 children × member counts by status (one statement per row)',
    query: `query($id: ID!) { node(id: $id) { ... on Organization { children(first: 40) { nodes { memberCounts(groupBy: [STATUS]) { status count } } } } } }`,
  },
];

interface Result {
  db: string;
  query: string;
  cost: number;
  outcome: string;
  statements: number;
  median: number;
  maxHold: number;
  maxHealth: number;
}

function configFor(db: 'sqlite' | 'postgres'): AppConfig {
  if (db === 'sqlite') {
    const dir = join(root, 'data/bench', `sqlite-${members}`);
    mkdirSync(dir, { recursive: true });
    return loadConfig(benchEnv, { dataDir: dir, exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
  }
  return loadConfig(benchEnv, { databaseUrl: databaseUrl(`fourgood_bench_${members}`), exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
}

async function prepare(db: 'sqlite' | 'postgres'): Promise<{ orm: MikroORM; config: AppConfig; provinceId: number }> {
  const code = `BENCH-${members}`;
  const marker = join(root, 'data/bench', `fourgood_bench_${members}.built`);
  if (db === 'postgres' && !existsSync(marker)) {
    await createDatabase(`fourgood_bench_${members}`);
    rmSync(marker, { force: true });
  }
  const config = configFor(db);
  const orm = await openDatabase(config);
  const conn = orm.em.getConnection();
  let [province] = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
  if (!province) {
    console.log(`[${db}] building the benchmark province…`);
    await seedBenchmarkProvince(orm, { members, code });
    await conn.execute('analyze');
    [province] = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
    if (db === 'postgres') writeFileSync(marker, new Date().toISOString());
  }
  const provinceId = Number(province!.id);
  const username = `bench-leader-${members}`;
  if ((await conn.execute(`select id from app_user where username = ?`, [username])).length === 0) {
    const { auth } = systemServices(orm);
    const user = await auth.createUser({ username, displayName: 'Benchmark leader', password: 'benchmark-password' });
    await auth.grant(user.id, 'LEADER', provinceId);
  }
  const [{ n: meetings }] = (await conn.execute<Array<{ n: number }>>(`select count(*) as n from meeting where root_id = ? and date >= ?`, [provinceId, `${MEETING_YEAR}-01-01`])) as [{ n: number }];
  if (Number(meetings) === 0) {
    console.log(`[${db}] writing the meetings of ${MEETING_YEAR}…`);
    await writeMeetingYear(orm, provinceId, MEETING_YEAR, (line) => console.log(`[${db}] ${line}`));
  }
  const em = orm.em.fork() as EntityManager;
  const missing: number[] = [];
  for (const year of YEARS) {
    const [{ n }] = (await conn.execute<Array<{ n: number }>>(`select count(*) as n from rating where root_id = ? and year = ?`, [provinceId, year])) as [{ n: number }];
    if (Number(n) === 0) missing.push(year);
  }
  if (missing.length > 0) {
    const seconds = await time(async () => {
      await insertOrganizationRatings(em, missing, provinceId);
      await insertMemberRatings(em, missing, provinceId);
      await conn.execute(db === 'sqlite' ? 'analyze' : 'analyze rating');
    });
    console.log(`[${db}] ratings of ${missing.join(', ')} written in ${seconds.toFixed(1)} s`);
  }
  return { orm, config, provinceId };
}

async function measure(db: 'sqlite' | 'postgres'): Promise<Result[]> {
  const { orm, config, provinceId } = await prepare(db);
  const schema = await createSchema();
  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  // fetch keeps connections alive between runs; the server's default 5 s would reset an idle one under it.
  server.keepAliveTimeout = 120_000;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signIn = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "bench-leader-${members}", password: "benchmark-password") { user { username } } }` }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  if (!cookie) throw new Error('sign-in of the benchmark leader failed');
  const id = Buffer.from(`Organization:${provinceId}`).toString('base64url');
  const post = async (query: string) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables: { id } }) });
    return (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string; reason?: string } }>; extensions?: { sql?: { statements: number } } };
  };

  const results: Result[] = [];
  for (const q of QUERIES) {
    const cost = costOf(schema, parse(q.query), { id })!;
    await post(q.query); // warm-up
    const times: number[] = [];
    let maxHold = 0;
    let maxHealth = 0;
    let statements = 0;
    let outcome = 'answered';
    for (let i = 0; i < runs; i += 1) {
      const histogram = monitorEventLoopDelay({ resolution: 1 });
      histogram.enable();
      let done = false;
      // /health back to back while the query runs: the longest wait a bystander saw.
      const health = (async () => {
        while (!done) {
          const started = performance.now();
          await fetch(`${base}/health`).then((r) => r.text());
          maxHealth = Math.max(maxHealth, performance.now() - started);
        }
      })();
      const started = performance.now();
      const body = await post(q.query);
      times.push(performance.now() - started);
      done = true;
      await health;
      histogram.disable();
      maxHold = Math.max(maxHold, histogram.max / 1e6);
      statements = body.extensions?.sql?.statements ?? 0;
      if (body.errors) outcome = `${body.errors[0]!.extensions?.code} ${body.errors[0]!.extensions?.reason ?? ''}`.trim();
    }
    if (Boolean(q.refused) !== outcome.startsWith('VALIDATION_FAILED QUERY_TOO_COSTLY')) throw new Error(`${q.name}: ${outcome} (cost ${cost})`);
    const r: Result = { db, query: q.name, cost, outcome, statements, median: percentile(times, 50), maxHold, maxHealth };
    console.log(JSON.stringify(r));
    results.push(r);
  }
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
  results.push(...(await measure(db)));
}

const ms = (n: number) => n.toFixed(1);
const file = join(root, 'BENCHMARKS.md');
let document = existsSync(file) ? readFileSync(file, 'utf8') : '';
for (const db of new Set(results.map((r) => r.db))) {
  const rows = results.filter((r) => r.db === db);
  const table = [
    `| query | cost (limit ${COST.maxCost.toLocaleString('en')}) | outcome | statements | median ms | max event-loop hold ms | max /health ms |`,
    '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.query} | ${r.cost.toLocaleString('en')} | ${r.outcome} | ${r.statements} | ${ms(r.median)} | ${ms(r.maxHold)} | ${ms(r.maxHealth)} |`),
  ].join('\n');
  const over = rows.filter((r) => r.maxHold > TARGET_MS);
  const verdict = over.length === 0 ? `Every query held the event loop less than ${TARGET_MS} ms.` : over.map((r) => `- over the ${TARGET_MS} ms target: ${r.query}, ${ms(r.maxHold)} ms (by ${ms(r.maxHold - TARGET_MS)} ms)`).join('\n');
  const body = `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores, shared with other work), BENCH-${members} (${members.toLocaleString('en')} members, ratings 2006–2025, meetings of ${MEETING_YEAR}), ${runs} runs after one warm-up, over HTTP as the benchmark leader, \`pnpm bench:stall -- ${args.join(' ')}\`.\n\n${table}\n\n${verdict}`;
  console.log(`\n${body}\n`);
  document = replaceSection(document, `stall-${db}`, body);
}
writeFileSync(file, document);
console.log(`updated ${file}`);
process.exit(0);
