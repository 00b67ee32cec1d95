/**
 * Drill-down benchmark (issue: foundation). For a province of 100k and of 500k members, on
 * SQLite and on PostgreSQL, measures over HTTP the query a leader's screen sends when opening an
 * organisation (the organisation, its breadcrumbs, its children with their `stats`), the SQL
 * statements it runs, and the same numbers computed by one hand-written SQL statement on the
 * driver, the way the API computes them (subtree_count plus the age-band correction). The figure
 * is the ratio API / raw; a second raw figure scans today's members of every child (the way before
 * subtree_count). Every run checks that the three give the same numbers.
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
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { rebuildSubtreeCounts } from '../../apps/server/src/stats/subtree-counts.js';
import { bandCuts } from '../../apps/server/src/stats/stats.service.js';
import { systemServices } from '../support/server.js';
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

/**
 * The same numbers as DRILL's children stats, computed the way the API computes them, in one
 * statement: the children's rows of subtree_count (birth years summed into age bands by year)
 * and the exact count of the members born in each threshold's year on the other side of it,
 * by child.
 */
function rawDrillSql(db: 'sqlite' | 'postgres', today: string, provinceId: number): { sql: string; params: Array<string | number> } {
  const cuts = bandCuts(today);
  const parent = `/${provinceId}/`;
  const child =
    db === 'postgres'
      ? `split_part(substr(m.org_path, ${parent.length + 1}), '/', 1)`
      : `substr(m.org_path, ${parent.length + 1}, instr(substr(m.org_path, ${parent.length + 1}), '/') - 1)`;
  const bands = AGE_BANDS.map((band, i) => {
    const conditions = [
      ...(cuts[i] ? [{ sql: `s.key ${cuts[i]!.side === 'before' ? '>=' : '>'} ?`, year: cuts[i]!.year }] : []),
      ...(cuts[i - 1] ? [{ sql: `s.key ${cuts[i - 1]!.side === 'before' ? '<' : '<='} ?`, year: cuts[i - 1]!.year }] : []),
    ];
    return {
      sql: `select s.organization_id, 'AGE_BAND', '${band}', sum(s.n) from subtree_count s
        where s.organization_id in (select id from c) and s.dimension = 'BIRTH_YEAR' and ${conditions.map((x) => x.sql).join(' and ')} group by s.organization_id`,
      params: conditions.map((x) => x.year),
    };
  });
  const windows = cuts.map((c) => ({
    sql: `select ${c.index} as i, ${child} as child, count(*) as n from member m
      where m.root_id = ? and ${c.window.sql} and substr(m.org_path, 1, ${parent.length}) = ? group by 2`,
    params: [provinceId, ...c.window.params, parent],
  }));
  return {
    sql: `with c as (select id from organization where parent_id = ? and dissolved_on is null),
      r(id, dim, k, n) as (${['KIND', 'STATUS', 'GENDER']
        .map((d) => `select s.organization_id, s.dimension, s.key, s.n from subtree_count s where s.organization_id in (select id from c) and s.dimension = '${d}'`)
        .join(' union all ')}
            union all ${bands.map((x) => x.sql).join(' union all ')}),
      w(i, child, n) as (${windows.map((x) => x.sql).join(' union all ')})
      select 'r' as t, r.id as id, r.dim as a, r.k as b, r.n as n from r
      union all select 'x' || w.i, o.id, null, null, w.n from w join organization o on o.id = cast(w.child as integer)
      where o.parent_id = ? and o.dissolved_on is null`,
    params: [provinceId, ...bands.flatMap((x) => x.params), ...windows.flatMap((x) => x.params), provinceId],
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

interface Result {
  db: string;
  members: number;
  children: number;
  statements: number;
  apiMedian: number;
  apiP95: number;
  rawMedian: number;
  rawP95: number;
  liveMedian: number;
  liveP95: number;
  buildSeconds: number | null;
  cellMedian: number;
  cellP95: number;
  cellStatements: number;
}

async function prepare(db: 'sqlite' | 'postgres', members: number): Promise<{ config: AppConfig; orm: MikroORM; provinceId: number; buildSeconds: number | null }> {
  const code = `BENCH-${members}`;
  let config: AppConfig;
  if (db === 'sqlite') {
    const dir = join(root, 'data/bench', `sqlite-${members}`);
    if (rebuild) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    config = loadConfig({}, { dataDir: dir, exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
  } else {
    const name = `fourgood_bench_${members}`;
    const marker = join(root, 'data/bench', `${name}.built`);
    if (rebuild || !existsSync(marker)) {
      await createDatabase(name);
      rmSync(marker, { force: true });
    }
    config = loadConfig({}, { databaseUrl: databaseUrl(name), exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
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

async function measure(db: 'sqlite' | 'postgres', members: number): Promise<Result> {
  const { config, orm, provinceId, buildSeconds } = await prepare(db, members);
  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  // A leader scoped to the province, as on a real screen (the scope filter is part of every query).
  const username = `bench-leader-${members}`;
  const { auth } = systemServices(orm);
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
  let lastBody: { data?: any } = {};
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const body = await post(DRILL, { id });
    apiTimes.push(performance.now() - started);
    statements = body.extensions!.sql!.statements;
    children = body.data.node.children.totalCount;
    lastBody = body;
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

  // The raw statements on the driver (no ORM, no GraphQL, no HTTP): the API's way, and the live scan.
  const knex = (orm.em.getConnection() as unknown as { getKnex(): { raw(sql: string, params: unknown[]): Promise<unknown> } }).getKnex();
  const timeRaw = async (raw: { sql: string; params: unknown[] }) => {
    for (let i = 0; i < 5; i += 1) await knex.raw(raw.sql, raw.params);
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await knex.raw(raw.sql, raw.params);
      times.push(performance.now() - started);
    }
    return times;
  };
  const raw = rawDrillSql(db, todayInVietnam(), provinceId);
  const live = rawLiveSql(todayInVietnam(), provinceId);
  // The three ways give the same figures (a check of the rollup at this size, and of the raw SQL).
  const apiFigures = figuresOfApi(lastBody.data.node.children.nodes);
  const rows = async (q: { sql: string; params: unknown[] }) => (await orm.em.fork().getConnection().execute<Row[]>(q.sql, q.params as never[]));
  const fromRaw = figuresOfRaw(await rows(raw), bandCuts(todayInVietnam()));
  const fromLive = figuresOfLive(await rows(live));
  if (JSON.stringify(fromRaw) !== JSON.stringify(apiFigures)) throw new Error('The raw statement and the API disagree');
  if (JSON.stringify(fromLive) !== JSON.stringify(apiFigures)) throw new Error('The live scan and the API disagree');
  const rawTimes = await timeRaw(raw);
  const liveTimes = await timeRaw(live);

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
    liveMedian: percentile(liveTimes, 50),
    liveP95: percentile(liveTimes, 95),
    buildSeconds,
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
const file = join(root, 'BENCHMARKS.md');
let document = existsSync(file) ? readFileSync(file, 'utf8') : '';
// One section per database; a run on some sizes keeps the rows of the other sizes from the last run.
const header =
  '| database | members | children | statements | API median ms | API p95 ms | raw SQL median ms | raw p95 ms | API/raw (median) | raw live scan median / p95 ms | cell page median / p95 ms (statements) |';
for (const db of dbs) {
  const measured = results.filter((r) => r.db === db);
  if (measured.length === 0) continue;
  const start = document.indexOf(`<!-- bench:drilldown-${db} -->`);
  const end = document.indexOf(`<!-- /bench:drilldown-${db} -->`);
  const previous = start >= 0 && end > start ? document.slice(start, end) : '';
  const rows = new Map<number, string>();
  const rebuilds = new Map<number, string>();
  for (const line of previous.split('\n')) {
    const m = /^\| \w+ \| ([\d,]+) \|/.exec(line);
    if (m) rows.set(Number(m[1]!.replace(/,/g, '')), line);
  }
  for (const m of previous.matchAll(/([\d,]+) members: ([\d.]+) s/g)) rebuilds.set(Number(m[1]!.replace(/,/g, '')), m[2]!);
  for (const r of measured) {
    rows.set(
      r.members,
      `| ${r.db} | ${r.members.toLocaleString('en')} | ${r.children} | ${r.statements} | ${ms(r.apiMedian)} | ${ms(r.apiP95)} | ${ms(r.rawMedian)} | ${ms(r.rawP95)} | ${(r.apiMedian / r.rawMedian).toFixed(2)} | ${ms(r.liveMedian)} / ${ms(r.liveP95)} | ${ms(r.cellMedian)} / ${ms(r.cellP95)} (${r.cellStatements}) |`,
    );
    if (r.buildSeconds != null) rebuilds.set(r.members, r.buildSeconds.toFixed(2));
  }
  const sizes = [...rows.keys()].sort((x, y) => x - y);
  const table = [header, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |', ...sizes.map((n) => rows.get(n)!)].join('\n');
  console.log(`\n${table}\n`);
  const rebuilt = rebuilds.size
    ? `\n\nRebuild of subtree_count for the province (\`rebuildSubtreeCounts\`, timed when the database was built): ${[...rebuilds]
        .sort(([x], [y]) => x - y)
        .map(([n, secs]) => `${n.toLocaleString('en')} members: ${secs} s`)
        .join('; ')}.`
    : '';
  const body = `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores), ${runs} runs after 5 warm-up runs; last run \`pnpm bench ${args.join(' ')}\` (rows of other sizes are from earlier runs).\n\n${table}${rebuilt}`;
  document = replaceSection(document, `drilldown-${db}`, body);
}
writeFileSync(file, document);
console.log(`updated ${file}`);
process.exit(0);
