/**
 * Drill-down benchmark (issue: foundation). For a province of 100k and of 500k members, on
 * SQLite and on PostgreSQL, measures over HTTP the query a leader's screen sends when opening an
 * organisation (the organisation, its breadcrumbs, its children with their `stats`), the SQL
 * statements it runs, and the same numbers computed by one hand-written SQL statement on the
 * driver. The figure is the ratio API / raw.
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
import { ageBandThresholds, todayInVietnam } from '@fourgood/rules';
import { createApp } from '../../apps/server/src/app.js';
import { Access } from '../../apps/server/src/auth/access.js';
import { AuthService } from '../../apps/server/src/auth/auth.service.js';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { percentile, replaceSection, time } from './support.js';

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

const DRILL = `query Drill($id: ID!) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats {
    organizations organizationsByKind { kind count } members
    membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;

/** The same numbers as DRILL's children stats, in one statement. */
function rawDrillSql(today: string): { sql: string; params: string[] } {
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
    params: t.flatMap((x) => [x.bornAfter, x.band]),
  };
}

interface Result {
  db: string;
  members: number;
  children: number;
  statements: number;
  apiMedian: number;
  apiP95: number;
  rawMedian: number;
  rawP95: number;
  cellMedian: number;
  cellP95: number;
  cellStatements: number;
}

async function prepare(db: 'sqlite' | 'postgres', members: number): Promise<{ config: AppConfig; orm: MikroORM; provinceId: number }> {
  const code = `BENCH-${members}`;
  let config: AppConfig;
  if (db === 'sqlite') {
    const dir = join(root, 'data/bench', `sqlite-${members}`);
    if (rebuild) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    config = loadConfig({}, { dataDir: dir, exposeQueryStats: true, seedScale: 0 });
  } else {
    const name = `fourgood_bench_${members}`;
    const marker = join(root, 'data/bench', `${name}.built`);
    if (rebuild || !existsSync(marker)) {
      await createDatabase(name);
      rmSync(marker, { force: true });
    }
    config = loadConfig({}, { databaseUrl: databaseUrl(name), exposeQueryStats: true, seedScale: 0 });
  }
  const orm = await openDatabase(config);
  const conn = orm.em.getConnection();
  let found = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
  if (found.length === 0) {
    console.log(`[${db} ${members}] building the benchmark province…`);
    const seconds = await time(() => seedBenchmarkProvince(orm, { members, code }));
    console.log(`[${db} ${members}] built in ${seconds.toFixed(1)} s`);
    found = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
    if (db === 'postgres') {
      await conn.execute('analyze');
      mkdirSync(join(root, 'data/bench'), { recursive: true });
      writeFileSync(join(root, 'data/bench', `fourgood_bench_${members}.built`), new Date().toISOString());
    } else {
      await conn.execute('analyze');
    }
  }
  return { config, orm, provinceId: Number(found[0]!.id) };
}

async function measure(db: 'sqlite' | 'postgres', members: number): Promise<Result> {
  const { config, orm, provinceId } = await prepare(db, members);
  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  // A leader scoped to the province, as on a real screen (the scope filter is part of every query).
  const username = `bench-leader-${members}`;
  const auth = new AuthService(orm.em.fork() as never, Access.system());
  const exists = await orm.em.getConnection().execute<Array<{ id: number }>>(`select id from app_user where username = ?`, [username]);
  if (exists.length === 0) {
    const user = await auth.createUser({ username, displayName: 'Benchmark leader', password: 'benchmark-password' });
    await auth.grant(user.id, 'LEADER', provinceId);
  }
  const signIn = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const post = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown; extensions?: { sql?: { statements: number } } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  const id = Buffer.from(`Organization:${provinceId}`).toString('base64url');

  // Warm-up, then the measured runs.
  for (let i = 0; i < 5; i += 1) await post(DRILL, { id });
  const apiTimes: number[] = [];
  let statements = 0;
  let children = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const body = await post(DRILL, { id });
    apiTimes.push(performance.now() - started);
    statements = body.extensions!.sql!.statements;
    children = body.data.node.children.totalCount;
  }

  // One cell's members page (a leaf of the drill-down).
  const conn = orm.em.getConnection();
  const [cell] = await conn.execute<Array<{ id: number }>>(
    `select o.id from organization o where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and o.dissolved_on is null order by o.id limit 1`,
    [provinceId],
  );
  const CELL = `query($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
    members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;
  const cellId = Buffer.from(`Organization:${cell!.id}`).toString('base64url');
  for (let i = 0; i < 5; i += 1) await post(CELL, { id: cellId });
  const cellTimes: number[] = [];
  let cellStatements = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const body = await post(CELL, { id: cellId });
    cellTimes.push(performance.now() - started);
    cellStatements = body.extensions!.sql!.statements;
  }

  // The raw statement on the driver (no ORM, no GraphQL, no HTTP).
  const raw = rawDrillSql(todayInVietnam());
  const knex = (orm.em.getConnection() as unknown as { getKnex(): { raw(sql: string, params: unknown[]): Promise<unknown> } }).getKnex();
  for (let i = 0; i < 5; i += 1) await knex.raw(raw.sql, [provinceId, ...raw.params]);
  const rawTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await knex.raw(raw.sql, [provinceId, ...raw.params]);
    rawTimes.push(performance.now() - started);
  }

  await new Promise<void>((ok) => server.close(() => ok()));
  await app.close();
  return {
    db,
    members,
    children,
    statements,
    apiMedian: percentile(apiTimes, 50),
    apiP95: percentile(apiTimes, 95),
    rawMedian: percentile(rawTimes, 50),
    rawP95: percentile(rawTimes, 95),
    cellMedian: percentile(cellTimes, 50),
    cellP95: percentile(cellTimes, 95),
    cellStatements,
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
    console.log(JSON.stringify(r));
    results.push(r);
  }
}

const ms = (n: number) => n.toFixed(1);
const table = [
  '| database | members | children | statements | API median ms | API p95 ms | raw SQL median ms | raw p95 ms | API/raw (median) | cell page median / p95 ms (statements) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...results.map(
    (r) =>
      `| ${r.db} | ${r.members.toLocaleString('en')} | ${r.children} | ${r.statements} | ${ms(r.apiMedian)} | ${ms(r.apiP95)} | ${ms(r.rawMedian)} | ${ms(r.rawP95)} | ${(r.apiMedian / r.rawMedian).toFixed(2)} | ${ms(r.cellMedian)} / ${ms(r.cellP95)} (${r.cellStatements}) |`,
  ),
].join('\n');
console.log(`\n${table}\n`);
const file = join(root, 'BENCHMARKS.md');
const body = `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores), ${runs} runs after 5 warm-up runs, \`pnpm bench -- ${args.join(' ')}\`.\n\n${table}`;
writeFileSync(file, replaceSection(existsSync(file) ? readFileSync(file, 'utf8') : '', 'drilldown', body));
console.log(`updated ${file}`);
process.exit(0);
