/**
 * Drill-down benchmark (issue: foundation). For a province of 100k and of 500k members, on
 * SQLite and on PostgreSQL, measures over HTTP the query a leader's screen sends when opening an
 * organisation (the organisation, its breadcrumbs, its children with their `stats`), the SQL
 * statements it runs, and the same numbers computed by one hand-written SQL statement on the
 * driver (subtree_count's rows, the exact age bands included, as one JSON value parsed, the way the API
 * reads its counts: db/json-rows.ts). The figure is the ratio API / raw;
 * a second raw figure scans today's members of every child (the way before subtree_count). Every
 * run checks that the API, the rollup and the live scan give the same numbers. Measured as a
 * leader (bands by the age reached this year: birth years) and as staff (exact bands), on today
 * and on 2 July (the rollup moved there by the daily job, then back; and without moving it, the
 * previous way: birth years plus an exact count of the members born on the short side of each
 * threshold, which grows with members and with the distance of the thresholds from a year's end).
 *
 *   pnpm bench                      # all four combinations (builds the data once, cached in data/bench)
 *   pnpm bench -- --sizes 100000 --dbs sqlite --runs 50
 *
 * Databases are cached: SQLite files in data/bench/, PostgreSQL databases fourgood_bench_<size>
 * (kept between runs; --rebuild drops them).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { AGE_BANDS, ageBandThresholds, todayInVietnam } from '@fourgood/rules';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { jsonRows, parseJsonRows } from '../../apps/server/src/db/json-rows.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { rebuildSubtreeCounts } from '../../apps/server/src/stats/subtree-counts.js';
import { advanceAgeBands } from '../../apps/server/src/stats/age-band-rollup.js';
import { bandCuts } from '../../apps/server/src/stats/stats.service.js';
import { systemServices } from '../support/server.js';
import { graphqlClient } from './graphql-client.js';
import { benchEnv, percentile, replaceSection, time } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const sizes = arg('sizes', '100000,500000').split(',').map(Number);
const dbs = arg('dbs', 'sqlite,postgres').split(',') as Array<'sqlite' | 'postgres'>;
const runs = Number(arg('runs', '50'));
const rebuild = args.includes('--rebuild');
const prepareOnly = args.includes('--prepare-only');

const DRILL = `query Drill($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats(asOf: $asOf) { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats(asOf: $asOf) {
    organizations organizationsByKind { kind count } members
    membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;

/** The same numbers as the API reads them on the rollup's day: the children's rows of subtree_count, exact age bands included. */
function rawRollupSql(provinceId: number): { sql: string; params: Array<string | number> } {
  return {
    sql: `select 'r' as t, s.organization_id as id, s.dimension as a, s.key as b, s.n as n from subtree_count s
      where s.organization_id in (select id from organization where parent_id = ? and dissolved_on is null)
      and s.dimension in ('KIND', 'STATUS', 'GENDER', 'AGE_BAND')`,
    params: [provinceId],
  };
}

/** The same numbers scanning today's members of every child (how the API computed them before subtree_count). */
function rawLiveSql(today: string, provinceId: number): { sql: string; params: Array<string | number> } {
  const t = ageBandThresholds(today);
  const band = `case ${t.map(() => 'when m.birth_date > ? then ?').join(' ')} else 'OVER_60' end`;
  return {
    sql: `with c as (select id, path, substr(path, 1, length(path) - 1) || '0' as hi from organization where parent_id = ? and dissolved_on is null),
      m as (select c.id as id, m.status as status, m.gender as gender, ${band} as band, count(*) as n
            from c join member m on m.org_path >= c.path and m.org_path < c.hi group by 1, 2, 3, 4),
      o as (select c.id as id, o.kind as kind, count(*) as n
            from c join organization o on o.path > c.path and o.path < c.hi and o.dissolved_on is null group by 1, 2)
      select 'm' as t, id, status as a, gender as b, band as c, n from m
      union all select 'o' as t, id, kind as a, null as b, null as c, n from o`,
    params: [provinceId, ...t.flatMap((x) => [x.bornAfter, x.band])],
  };
}

type Row = Record<string, string | number | null>;
type Figures = Record<string, Record<string, number>>;

function add(f: Figures, id: unknown, key: string, n: number): void {
  const row = (f[String(id)] ??= {});
  row[key] = (row[key] ?? 0) + n;
}

/** Children's non-zero figures, keyed and sorted alike for the three ways of computing them. */
function normalized(f: Figures): Figures {
  return Object.fromEntries(
    Object.keys(f)
      .sort()
      .map((id) => [id, Object.fromEntries(Object.entries(f[id]!).filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b)))]),
  );
}

function figuresOfApi(nodes: any[]): Figures {
  const f: Figures = {};
  for (const node of nodes) {
    const id = Buffer.from(node.id, 'base64url').toString().split(':')[1];
    for (const k of node.stats.organizationsByKind) add(f, id, `KIND/${k.kind}`, k.count);
    for (const k of node.stats.membersByStatus) add(f, id, `STATUS/${k.status}`, k.count);
    for (const k of node.stats.membersByGender) add(f, id, `GENDER/${k.gender}`, k.count);
    for (const k of node.stats.membersByAgeBand) add(f, id, `AGE_BAND/${k.ageBand}`, k.count);
  }
  return normalized(f);
}

function figuresOfRaw(rows: Row[], cuts: ReturnType<typeof bandCuts>): Figures {
  const f: Figures = {};
  for (const r of rows) {
    if (r.t === 'r') add(f, r.id, `${r.a}/${r.b}`, Number(r.n));
    else {
      const cut = cuts[Number(String(r.t).slice(1))]!;
      const n = Number(r.n) * (cut.side === 'before' ? 1 : -1);
      add(f, r.id, `AGE_BAND/${AGE_BANDS[cut.index]}`, -n);
      add(f, r.id, `AGE_BAND/${AGE_BANDS[cut.index + 1]}`, n);
    }
  }
  return normalized(f);
}

function figuresOfLive(rows: Row[]): Figures {
  const f: Figures = {};
  for (const r of rows) {
    if (r.t === 'o') add(f, r.id, `KIND/${r.a}`, Number(r.n));
    else {
      add(f, r.id, `STATUS/${r.a}`, Number(r.n));
      add(f, r.id, `GENDER/${r.b}`, Number(r.n));
      add(f, r.id, `AGE_BAND/${r.c}`, Number(r.n));
    }
  }
  return normalized(f);
}

interface Timing {
  median: number;
  p95: number;
  statements: number;
}

interface Result {
  db: string;
  members: number;
  children: number;
  leaderToday: Timing;
  staffToday: Timing;
  staffJuly: Timing;
  beforeToday: Timing;
  beforeJuly: Timing;
  raw: Timing;
  live: Timing;
  cell: Timing;
  buildSeconds: number | null;
  july: string;
}

async function prepare(db: 'sqlite' | 'postgres', members: number): Promise<{ config: AppConfig; orm: MikroORM; provinceId: number; buildSeconds: number | null }> {
  const code = `BENCH-${members}`;
  let config: AppConfig;
  if (db === 'sqlite') {
    const dir = join(root, 'data/bench', `sqlite-${members}`);
    if (rebuild) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    config = loadConfig(benchEnv, { dataDir: dir, exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
  } else {
    const name = `fourgood_bench_${members}`;
    const marker = join(root, 'data/bench', `${name}.built`);
    if (rebuild || !existsSync(marker)) {
      await createDatabase(name);
      rmSync(marker, { force: true });
    }
    config = loadConfig(benchEnv, { databaseUrl: databaseUrl(name), exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
  }
  const orm = await openDatabase(config);
  const conn = orm.em.getConnection();
  let found = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
  let buildSeconds: number | null = null;
  if (found.length === 0) {
    console.log(`[${db} ${members}] building the benchmark province…`);
    const seconds = await time(() => seedBenchmarkProvince(orm, { members, code }));
    console.log(`[${db} ${members}] built in ${seconds.toFixed(1)} s`);
    // The rebuild of subtree_count alone (the seed ran it once already), for the record.
    const [province] = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
    buildSeconds = await time(() => rebuildSubtreeCounts(orm.em.fork() as never, Number(province!.id)));
    console.log(`[${db} ${members}] subtree_count rebuilt in ${buildSeconds.toFixed(2)} s`);
    found = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
    if (db === 'postgres') {
      await conn.execute('analyze');
      mkdirSync(join(root, 'data/bench'), { recursive: true });
      writeFileSync(join(root, 'data/bench', `fourgood_bench_${members}.built`), new Date().toISOString());
    } else {
      await conn.execute('analyze');
    }
  }
  return { config, orm, provinceId: Number(found[0]!.id), buildSeconds };
}

async function measure(db: 'sqlite' | 'postgres', members: number): Promise<Result | null> {
  const { config, orm, provinceId, buildSeconds } = await prepare(db, members);
  if (prepareOnly) {
    await orm.close();
    return null;
  }
  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  // A leader and a staff member scoped to the province, as on a real screen (the scope filter is
  // part of every query): leaders see age bands by the age reached this year, staff exact ones.
  const { auth } = systemServices(orm);
  const signIn = async (role: 'LEADER' | 'STAFF') => {
    const username = `bench-${role.toLowerCase()}-${members}`;
    const exists = await orm.em.getConnection().execute<Array<{ id: number }>>(`select id from app_user where username = ?`, [username]);
    if (exists.length === 0) {
      const user = await auth.createUser({ username, displayName: `Benchmark ${role}`, password: 'benchmark-password' });
      await auth.grant(user.id, role, provinceId);
    }
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
    });
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const leader = await signIn('LEADER');
  const staff = await signIn('STAFF');
  // Timed to the answer's last byte, decoded after (graphql-client.ts).
  const client = graphqlClient(url);
  const post = (cookie: string, query: string, variables: Record<string, unknown>) => client.query({ query, variables }, cookie);
  const id = Buffer.from(`Organization:${provinceId}`).toString('base64url');
  const timed = async (cookie: string, query: string, variables: Record<string, unknown>): Promise<Timing & { body: any }> => {
    for (let i = 0; i < 5; i += 1) await post(cookie, query, variables);
    const times: number[] = [];
    let body: any = null;
    for (let i = 0; i < runs; i += 1) {
      const answer = await post(cookie, query, variables);
      body = answer.body;
      times.push(answer.ms);
    }
    return { median: percentile(times, 50), p95: percentile(times, 95), statements: body.extensions!.sql!.statements, body };
  };

  const today = todayInVietnam();
  const july = today <= `${today.slice(0, 4)}-07-02` ? `${today.slice(0, 4)}-07-02` : `${Number(today.slice(0, 4)) + 1}-07-02`;
  const em = () => orm.em.fork() as never;
  await advanceAgeBands(em(), today);
  const rows = async (q: { sql: string; params: unknown[] }) => orm.em.fork().getConnection().execute<Row[]>(q.sql, q.params as never[]);
  const check = async (body: any, on: string) => {
    const api = figuresOfApi(body.data.node.children.nodes);
    const live = figuresOfLive(await rows(rawLiveSql(on, provinceId)));
    if (JSON.stringify(api) !== JSON.stringify(live)) throw new Error(`The API and the live scan disagree on ${on}`);
    return api;
  };

  // The rollup on today: leader and staff today; staff on 2 July the previous way (the rollup's day is not 2 July).
  const leaderToday = await timed(leader, DRILL, { id, asOf: today });
  const staffToday = await timed(staff, DRILL, { id, asOf: today });
  const fromRollup = await check(staffToday.body, today);
  if (JSON.stringify(figuresOfRaw(await rows(rawRollupSql(provinceId)), [])) !== JSON.stringify(fromRollup)) throw new Error('The rollup and the API disagree');
  const beforeJuly = await timed(staff, DRILL, { id, asOf: july });
  await check(beforeJuly.body, july);
  const children = staffToday.body.data.node.children.totalCount;

  // One cell's members page (a leaf of the drill-down).
  const conn = orm.em.getConnection();
  const [cell] = await conn.execute<Array<{ id: number }>>(
    `select o.id from organization o where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and o.dissolved_on is null order by o.id limit 1`,
    [provinceId],
  );
  const CELL = `query($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
    members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;
  const cellTiming = await timed(staff, CELL, { id: Buffer.from(`Organization:${cell!.id}`).toString('base64url') });

  // The raw statements on the driver (no ORM, no GraphQL, no HTTP): the rollup's rows, and the live scan.
  const knex = (orm.em.getConnection() as unknown as { getKnex(): { raw(sql: string, params: unknown[]): Promise<unknown> } }).getKnex();
  const timeRaw = async (raw: { sql: string; params: unknown[] }, read: (result: unknown) => void = () => {}): Promise<Timing> => {
    for (let i = 0; i < 5; i += 1) read(await knex.raw(raw.sql, raw.params));
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      read(await knex.raw(raw.sql, raw.params));
      times.push(performance.now() - started);
    }
    return { median: percentile(times, 50), p95: percentile(times, 95), statements: 1 };
  };
  // Like for like with the API, which reads its counts as one JSON value (db/json-rows.ts): the
  // rollup's rows aggregated the same way and parsed, not one driver object per row.
  const rollup = rawRollupSql(provinceId);
  const rawJson = { sql: `select ${jsonRows(db === 'postgres' ? 'postgresql' : 'sqlite', ['t', 'id', 'a', 'b', 'n'])} as rows from (${rollup.sql}) x`, params: rollup.params };
  const raw = await timeRaw(rawJson, (result) => {
    const [first] = db === 'postgres' ? (result as { rows: Array<{ rows: string }> }).rows : (result as Array<{ rows: string }>);
    if (parseJsonRows(first?.rows).length === 0) throw new Error('the raw statement read no row');
  });
  const live = await timeRaw(rawLiveSql(today, provinceId));

  // The daily job moves the rollup to 2 July: staff on 2 July from the rollup, today the previous way.
  await advanceAgeBands(em(), july);
  const staffJuly = await timed(staff, DRILL, { id, asOf: july });
  await check(staffJuly.body, july);
  const beforeToday = await timed(staff, DRILL, { id, asOf: today });
  await advanceAgeBands(em(), today);

  client.close();
  await new Promise<void>((ok) => server.close(() => ok()));
  await app.close();
  const t = (x: Timing): Timing => ({ median: x.median, p95: x.p95, statements: x.statements });
  return {
    db,
    members,
    children,
    leaderToday: t(leaderToday),
    staffToday: t(staffToday),
    staffJuly: t(staffJuly),
    beforeToday: t(beforeToday),
    beforeJuly: t(beforeJuly),
    raw,
    live,
    cell: t(cellTiming),
    buildSeconds,
    july,
  };
}

const results: Result[] = [];
for (const db of dbs) {
  if (db === 'postgres' && !(await postgresReachable())) {
    console.warn('PostgreSQL is not reachable: skipping its rows');
    continue;
  }
  for (const members of sizes) {
    const r = await measure(db, members);
    if (!r) continue;
    console.log(JSON.stringify(r));
    results.push(r);
  }
}
if (prepareOnly) process.exit(0);

const ms = (n: number) => n.toFixed(1);
const mp = (x: Timing) => `${ms(x.median)} / ${ms(x.p95)}`;
const file = join(root, 'BENCHMARKS.md');
let document = existsSync(file) ? readFileSync(file, 'utf8') : '';
// One section per database; a run on some sizes keeps the rows of the other sizes from the last run.
const header =
  '| database | members | children | statements | leader today median / p95 ms | staff today median / p95 | staff 2 July median / p95 | before (no rollup of the day): staff today / 2 July median / p95 (statements) | raw rollup (one JSON value, parsed) median / p95 | API/raw (staff today, median) | raw live scan median / p95 | cell page median / p95 (statements) |';
for (const db of dbs) {
  const measured = results.filter((r) => r.db === db);
  if (measured.length === 0) continue;
  const start = document.indexOf(`<!-- bench:drilldown-${db} -->`);
  const end = document.indexOf(`<!-- /bench:drilldown-${db} -->`);
  const previous = start >= 0 && end > start ? document.slice(start, end) : '';
  const lines = new Map<number, string>();
  const rebuilds = new Map<number, string>();
  for (const line of previous.split('\n')) {
    const m = /^\| \w+ \| ([\d,]+) \|/.exec(line);
    if (m && line.split('|').length === header.split('|').length) lines.set(Number(m[1]!.replace(/,/g, '')), line);
  }
  for (const m of previous.matchAll(/([\d,]+) members: ([\d.]+) s/g)) rebuilds.set(Number(m[1]!.replace(/,/g, '')), m[2]!);
  for (const r of measured) {
    lines.set(
      r.members,
      `| ${r.db} | ${r.members.toLocaleString('en')} | ${r.children} | ${r.staffToday.statements} | ${mp(r.leaderToday)} | ${mp(r.staffToday)} | ${mp(r.staffJuly)} | ${mp(r.beforeToday)} / ${mp(r.beforeJuly)} (${r.beforeToday.statements}) | ${mp(r.raw)} | ${(r.staffToday.median / r.raw.median).toFixed(2)} | ${mp(r.live)} | ${mp(r.cell)} (${r.cell.statements}) |`,
    );
    if (r.buildSeconds != null) rebuilds.set(r.members, r.buildSeconds.toFixed(2));
  }
  const sizesDone = [...lines.keys()].sort((x, y) => x - y);
  const table = [header, `|${' --- |'.repeat(header.split('|').length - 2)}`, ...sizesDone.map((n) => lines.get(n)!)].join('\n');
  console.log(`\n${table}\n`);
  const rebuilt = rebuilds.size
    ? `\n\nRebuild of subtree_count for the province (\`rebuildSubtreeCounts\`, timed when the database was built): ${[...rebuilds]
        .sort(([x], [y]) => x - y)
        .map(([n, secs]) => `${n.toLocaleString('en')} members: ${secs} s`)
        .join('; ')}.`
    : '';
  const body = `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores, shared), ${runs} runs after 5 warm-up runs, 2 July = ${measured[0]!.july}; last run \`pnpm bench ${args.join(' ')}\` (rows of other sizes are from earlier runs).\n\n${table}${rebuilt}`;
  document = replaceSection(document, `drilldown-${db}`, body);
}
writeFileSync(file, document);
console.log(`updated ${file}`);
process.exit(0);
