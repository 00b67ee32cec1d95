/**
 * FourGood against PostGraphile 5.1.5 on the same PostgreSQL database (issue #14, item 5): the
 * three queries of the issue's table — a province's drill-down (its first 200 children with full
 * stats), the same without age bands, a cell page (first 50 members) — answered by both servers,
 * checked equal child by child and member by member, then timed with autocannon (closed loop,
 * 127.0.0.1 only) at 1 and at 8 connections, in interleaved rounds (the order of the two
 * servers alternates from round to round, so the machine's other work falls on both).
 *
 *   pnpm bench:postgraphile -- --members 100000           # builds its own database: one province of 100,000 members
 *   pnpm bench:postgraphile -- --scale 0.4                 # the national database of bench:national
 *   pnpm bench:postgraphile -- --database fourgood_bench_500000 --seconds 10 --rounds 3
 *
 * With --members N the script creates the PostgreSQL database fourgood_pgl_<N>, builds in it one
 * province of N members the way `pnpm bench` builds its provinces (seedBenchmarkProvince: about
 * 200 committees directly under it), runs, and drops the database at the end (--keep keeps it;
 * a kept database is reused by the next run with the same N).
 *
 * PostGraphile is not a dependency of this repo and needs Node 22: on the first run the script
 * installs `node@22` and `postgraphile@5.1.5` from npm into a cache folder
 * (~/.cache/fourgood-bench/postgraphile-5.1.5, or --postgraphile-dir / FOURGOOD_POSTGRAPHILE_DIR)
 * and says so; `test/bench/postgraphile-server.mjs` is copied there and run with that Node
 * (amber preset, the relation subtree_count → organization declared in its config). FourGood runs
 * as `pnpm start` runs it (`apps/server/dist/main.js`, FOURGOOD_SEED_SCALE=0), signed in as staff
 * of the province (PostGraphile has no sign-in and no scope: it answers anyone). On demand only,
 * not in CI.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl, dropDatabase, queryOnce } from '../../apps/server/src/db/postgres-admin.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { systemServices } from '../support/server.js';
import { freePort } from '../support/standby.js';
import { benchEnv, replaceSection } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const scale = arg('scale', '1');
const members = args.includes('--members') ? Number(arg('members', '0')) : null;
const keep = args.includes('--keep');
const database = members ? `fourgood_pgl_${members}` : arg('database', `fourgood_national_${scale.replace('.', '_')}`);
const seconds = Number(arg('seconds', '10'));
const rounds = Number(arg('rounds', '3'));
const cacheDir = resolve(arg('postgraphile-dir', process.env.FOURGOOD_POSTGRAPHILE_DIR ?? join(homedir(), '.cache/fourgood-bench/postgraphile-5.1.5')));
const write = !args.includes('--no-write');
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

// ------------------------------------------------------------------ PostGraphile, installed on demand

function ensurePostGraphile(): string {
  const node = join(cacheDir, 'node_modules/.bin/node');
  const installed = join(cacheDir, 'node_modules/postgraphile/package.json');
  const runs = () => {
    try {
      return execFileSync(node, ['--version'], { encoding: 'utf8' }).startsWith('v22.');
    } catch {
      return false;
    }
  };
  if (!runs() || !existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== '5.1.5') {
    console.log(`Installing PostGraphile 5.1.5 and Node 22 from npm into ${cacheDir} (on demand, for this benchmark only; not a dependency of the repo)…`);
    mkdirSync(cacheDir, { recursive: true });
    // The `node` package fetches its binary in a preinstall script, which npm 11 runs only when allowed.
    if (!existsSync(join(cacheDir, 'package.json'))) writeFileSync(join(cacheDir, 'package.json'), JSON.stringify({ name: 'fourgood-bench-postgraphile', private: true, allowScripts: { node: true } }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', cacheDir, 'node@22', 'postgraphile@5.1.5'], { stdio: 'inherit' });
    if (!runs()) execFileSync('npm', ['rebuild', '--prefix', cacheDir, 'node'], { stdio: 'inherit' });
    if (!runs()) throw new Error(`Node 22 did not install into ${cacheDir}`);
  }
  copyFileSync(join(root, 'test/bench/postgraphile-server.mjs'), join(cacheDir, 'server.mjs'));
  return node;
}

interface Server {
  name: 'FourGood' | 'PostGraphile';
  url: string;
  child: ChildProcess;
  headers: Record<string, string>;
}

async function waitForExitOr<T>(child: ChildProcess, work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<never>((_, failed) => child.once('exit', (code) => failed(new Error(`server process exited with ${code}`))))]);
}

async function startPostGraphile(node: string, connectionString: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(node, [join(cacheDir, 'server.mjs'), connectionString, String(port)], {
    cwd: cacheDir,
    env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await waitForExitOr(
    child,
    new Promise<void>((ready) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        if (String(chunk).includes('PostGraphile listening')) ready();
      });
    }),
  );
  return { name: 'PostGraphile', url: `http://127.0.0.1:${port}/graphql`, child, headers: { 'content-type': 'application/json' } };
}

async function startFourGood(connectionString: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['apps/server/dist/main.js'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: connectionString, FOURGOOD_SEED_SCALE: '0', FOURGOOD_QUERY_STATS: '1', FOURGOOD_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Ready when /health/ready answers 200 (migrations and start-up done): asked once a second, at most 10 minutes.
  await waitForExitOr(
    child,
    (async () => {
      for (let i = 0; i < 600; i += 1) {
        const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false);
        if (ok) return;
        await new Promise((r) => setTimeout(r, 1000));
      }
      throw new Error('FourGood did not become ready in 10 minutes');
    })(),
  );
  return { name: 'FourGood', url: `http://127.0.0.1:${port}/graphql`, child, headers: { 'content-type': 'application/json' } };
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  // SIGKILL if it has not exited 20 s later.
  if (!(await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 20_000).unref())]))) {
    console.warn(`${server.name} did not exit within 20 s of SIGTERM: killed`);
    server.child.kill('SIGKILL');
    await exited;
  }
}

async function post(server: Server, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(server.url, { method: 'POST', headers: server.headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (!res.ok || body.errors) throw new Error(`${server.name}: ${JSON.stringify(body.errors ?? body).slice(0, 1500)}`);
  return body;
}

/** PostGraphile's statements since the last question (its server counts them). */
async function postgraphileStatements(server: Server): Promise<number> {
  return new Promise((answer) => {
    server.child.once('message', (m: { statements: number }) => answer(m.statements));
    server.child.send('statements');
  });
}

// ------------------------------------------------------------------ the three queries, both ways

const FG_STATS = (ages: boolean) =>
  `organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count }${ages ? ' membersByAgeBand { ageBand count }' : ''}`;
const fgDrill = (ages: boolean) => `query Drill($id: ID!) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats { ${FG_STATS(ages)} } } } } } }`;
const FG_CELL = `query Cell($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
  members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;

// PostGraphile: the rollup rows of each dimension through the declared relation (one connection
// per dimension: equality conditions only), children and members in FourGood's order (name_sort, id).
const counts = (alias: string, dimension: string) => `${alias}: subtreeCountsByOrganizationId(condition: { dimension: "${dimension}" }) { nodes { key n } }`;
const pgDrill = (ages: boolean) => `query Drill($id: Int!) { organizationByRowId(rowId: $id) {
  rowId name kind parent: organizationByParentId { rowId name } ${counts('kinds', 'KIND')} ${counts('genders', 'GENDER')}
  children: organizationsByParentId(first: 200, condition: { dissolvedOn: null }, orderBy: [NAME_SORT_ASC, ROW_ID_ASC]) { totalCount nodes {
    rowId name kind ${counts('kinds', 'KIND')} ${counts('statuses', 'STATUS')} ${counts('genders', 'GENDER')}${ages ? ` ${counts('ages', 'AGE_BAND')}` : ''} } } } }`;
const PG_CELL = `query Cell($id: Int!) { organizationByRowId(rowId: $id) { name
  parent: organizationByParentId { name parent: organizationByParentId { name parent: organizationByParentId { name } } }
  ${counts('genders', 'GENDER')}
  members: membersByOrganizationId(first: 50, orderBy: [NAME_SORT_ASC, ROW_ID_ASC]) { totalCount nodes { rowId fullName gender birthDate position status } } } }`;

type Figures = Record<string, Record<string, number>>;
const dbIdOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const sorted = (f: Figures): Figures =>
  Object.fromEntries(Object.keys(f).sort().map((id) => [id, Object.fromEntries(Object.entries(f[id]!).filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b)))]));

function fourGoodDrill(data: any, ages: boolean): { order: number[]; total: number; figures: Figures } {
  const figures: Figures = {};
  const children = data.node.children;
  for (const c of children.nodes) {
    const f: Record<string, number> = {};
    for (const k of c.stats.organizationsByKind) f[`KIND/${k.kind}`] = k.count;
    for (const k of c.stats.membersByStatus) f[`STATUS/${k.status}`] = k.count;
    for (const k of c.stats.membersByGender) f[`GENDER/${k.gender}`] = k.count;
    if (ages) for (const k of c.stats.membersByAgeBand) f[`AGE_BAND/${k.ageBand}`] = k.count;
    f.organizations = c.stats.organizations;
    f.members = c.stats.members;
    figures[dbIdOf(c.id)] = f;
  }
  figures.root = { organizations: data.node.stats.organizations, members: data.node.stats.members };
  return { order: children.nodes.map((c: { id: string }) => dbIdOf(c.id)), total: children.totalCount, figures: sorted(figures) };
}

function postGraphileDrill(data: any, ages: boolean): { order: number[]; total: number; figures: Figures } {
  const figures: Figures = {};
  const sum = (rows: { nodes: Array<{ n: number }> }) => rows.nodes.reduce((a, r) => a + r.n, 0);
  const org = data.organizationByRowId;
  for (const c of org.children.nodes) {
    const f: Record<string, number> = {};
    for (const [alias, dim] of [['kinds', 'KIND'], ['statuses', 'STATUS'], ['genders', 'GENDER'], ...(ages ? [['ages', 'AGE_BAND']] : [])] as const) {
      for (const r of c[alias].nodes) f[`${dim}/${r.key}`] = r.n;
    }
    f.organizations = sum(c.kinds);
    f.members = sum(c.genders);
    figures[c.rowId] = f;
  }
  figures.root = { organizations: sum(org.kinds), members: sum(org.genders) };
  return { order: org.children.nodes.map((c: { rowId: number }) => c.rowId), total: org.children.totalCount, figures: sorted(figures) };
}

function fourGoodCell(data: any) {
  const n = data.node;
  return { name: n.name, ancestors: n.ancestors.map((a: { name: string }) => a.name), members: n.stats.members, total: n.members.totalCount, page: n.members.nodes.map((m: any) => [dbIdOf(m.id), m.fullName, m.gender, m.birthDate, m.position, m.status]) };
}

function postGraphileCell(data: any) {
  const n = data.organizationByRowId;
  const ancestors: string[] = [];
  for (let p = n.parent; p; p = p.parent) ancestors.unshift(p.name);
  return { name: n.name, ancestors, members: n.genders.nodes.reduce((a: number, r: { n: number }) => a + r.n, 0), total: n.members.totalCount, page: n.members.nodes.map((m: any) => [m.rowId, m.fullName, m.gender, m.birthDate, m.position, m.status]) };
}

function assertSame(what: string, a: unknown, b: unknown): void {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x !== y) {
    const at = [...x].findIndex((ch, i) => ch !== y[i]);
    throw new Error(`${what}: FourGood and PostGraphile disagree at character ${at}:\n  FourGood     …${x.slice(Math.max(0, at - 200), at + 200)}\n  PostGraphile …${y.slice(Math.max(0, at - 200), at + 200)}`);
  }
}

// ------------------------------------------------------------------ run

const connectionString = databaseUrl(database);
const node = ensurePostGraphile();
// --members N: a database of its own, built on the first run (a kept one is reused).
const build = members ? (await queryOnce<{ n: number }>(databaseUrl('postgres'), `select count(*)::int as n from pg_database where datname = $1`, [database]))[0]!.n === 0 : false;
if (build) await createDatabase(database);
// The province with the most members, its largest cell, and a staff member of the province.
const orm = await openDatabase(loadConfig(benchEnv, { databaseUrl: connectionString, seedScale: 0, logLevel: 'warn' }));
const conn = orm.em.getConnection();
if (build) {
  console.log(`Building one province of ${members!.toLocaleString('en')} members in ${database}…`);
  const started = performance.now();
  try {
    await seedBenchmarkProvince(orm, { members: members!, code: `BENCH-${members}` });
    await conn.execute('analyze');
  } catch (error) {
    await orm.close();
    await dropDatabase(database);
    throw error;
  }
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const [province] = await conn.execute<Array<{ id: number; name: string }>>(
  `select o.id, o.name from organization o join subtree_count s on s.organization_id = o.id and s.dimension = 'GENDER'
   where o.parent_id is null and o.dissolved_on is null group by o.id, o.name order by sum(s.n) desc, o.id limit 1`,
);
if (!province) throw new Error(`No province in ${database}: build it first (pnpm bench:national -- --scale ${scale} --dbs postgres)`);
const [cell] = await conn.execute<Array<{ id: number; n: number }>>(
  `select organization_id as id, count(*) as n from member where root_id = ? and organization_id is not null group by organization_id
   order by abs(count(*) - 113), organization_id limit 1`,
  [province.id],
);
const username = `pgl-bench-staff-${province.id}`;
if ((await conn.execute(`select id from app_user where username = ?`, [username])).length === 0) {
  const { auth } = systemServices(orm);
  const user = await auth.createUser({ username, displayName: 'PostGraphile comparison staff', password: 'benchmark-password' });
  await auth.grant(user.id, 'STAFF', Number(province.id));
}
await orm.close();

const servers: Server[] = [];
const stopAll = async () => {
  for (const s of servers) await stop(s);
};
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
try {
  servers.push(await startFourGood(connectionString));
  servers.push(await startPostGraphile(node, connectionString));
  const [fg, pgl] = servers as [Server, Server];
  const login = await fetch(fg.url, {
    method: 'POST',
    headers: fg.headers,
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
  });
  fg.headers = { ...fg.headers, cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]! };

  const provinceGid = toGlobalId('Organization', Number(province.id));
  const cellGid = toGlobalId('Organization', Number(cell!.id));
  const QUERIES = [
    { name: 'province drill-down, 200 children, full stats', fg: { query: fgDrill(true), variables: { id: provinceGid } }, pgl: { query: pgDrill(true), variables: { id: Number(province.id) } } },
    { name: 'the same without age bands', fg: { query: fgDrill(false), variables: { id: provinceGid } }, pgl: { query: pgDrill(false), variables: { id: Number(province.id) } } },
    { name: `cell page (${cell!.n} members, first 50)`, fg: { query: FG_CELL, variables: { id: cellGid } }, pgl: { query: PG_CELL, variables: { id: Number(cell!.id) } } },
  ];

  // Same figures child by child, same members in the same order.
  const statements: Record<string, [number, number]> = {};
  for (const [i, q] of QUERIES.entries()) {
    const a = await post(fg, q.fg.query, q.fg.variables);
    await postgraphileStatements(pgl);
    const b = await post(pgl, q.pgl.query, q.pgl.variables);
    statements[q.name] = [a.extensions?.sql?.statements ?? NaN, await postgraphileStatements(pgl)];
    if (i < 2) {
      const x = fourGoodDrill(a.data, i === 0);
      const y = postGraphileDrill(b.data, i === 0);
      assertSame(`${q.name}: children and their order`, [x.total, x.order], [y.total, y.order]);
      assertSame(`${q.name}: figures`, x.figures, y.figures);
      console.log(`${q.name}: ${x.order.length} of ${x.total} children, figures equal child by child (${Object.values(x.figures).reduce((n, f) => n + Object.keys(f).length, 0)} numbers)`);
    } else {
      const x = fourGoodCell(a.data);
      const y = postGraphileCell(b.data);
      assertSame(q.name, x, y);
      console.log(`${q.name}: ${x.page.length} of ${x.total} members equal, in the same order`);
    }
  }

  const run = (server: Server, body: { query: string; variables: Record<string, unknown> }, connections: number, duration: number) =>
    autocannon({ url: server.url, method: 'POST', headers: server.headers, body: JSON.stringify(body), connections, duration, timeout: 60 });

  type Sample = { p50: number; rps: number; errors: number };
  const samples = new Map<string, Sample[]>();
  const key = (q: string, s: string, c: number) => `${q}|${s}|${c}`;
  console.log(`load average before: ${load()}`);
  for (const q of QUERIES) for (const s of servers) await run(s, s === fg ? q.fg : q.pgl, 1, 2); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (const q of QUERIES) {
      const order = round % 2 === 0 ? servers : [...servers].reverse();
      for (const c of [1, 8]) {
        for (const s of order) {
          const r = await run(s, s === fg ? q.fg : q.pgl, c, seconds);
          // autocannon stops at the deadline, the server may still be answering what it queued:
          // one more request, answered after all of those, so the next run starts on an idle server.
          await post(s, (s === fg ? q.fg : q.pgl).query, (s === fg ? q.fg : q.pgl).variables);
          const sample = { p50: r.latency.p50, rps: r.requests.average, errors: r.errors + r.non2xx + r.timeouts };
          samples.set(key(q.name, s.name, c), [...(samples.get(key(q.name, s.name, c)) ?? []), sample]);
          console.log(`round ${round + 1} ${q.name} ${s.name} c=${c}: p50 ${sample.p50} ms, ${sample.rps.toFixed(1)} req/s, ${sample.errors} errors (load ${load()})`);
        }
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const get = (q: string, s: string, c: number) => samples.get(key(q, s, c))!;
  const lines = QUERIES.map((q) => {
    // Ratios round by round (both servers measured back to back), then their median.
    const ratio = (f: (x: Sample) => number, c: number, invert = false) =>
      median(get(q.name, 'FourGood', c).map((x, i) => (invert ? f(get(q.name, 'PostGraphile', c)[i]!) / f(x) : f(x) / f(get(q.name, 'PostGraphile', c)[i]!))));
    const m = (s: string, c: number, f: (x: Sample) => number) => median(get(q.name, s, c).map(f));
    const errors = [...samples].filter(([k]) => k.startsWith(`${q.name}|`)).reduce((n, [, xs]) => n + xs.reduce((a, x) => a + x.errors, 0), 0);
    return `| ${q.name} | ${m('FourGood', 1, (x) => x.p50)} / ${m('PostGraphile', 1, (x) => x.p50)} | **${ratio((x) => x.p50, 1).toFixed(2)}** | ${m('FourGood', 1, (x) => x.rps).toFixed(1)} vs ${m('PostGraphile', 1, (x) => x.rps).toFixed(1)} (${ratio((x) => x.rps, 1).toFixed(2)}) | ${m('FourGood', 8, (x) => x.rps).toFixed(1)} vs ${m('PostGraphile', 8, (x) => x.rps).toFixed(1)} (**${ratio((x) => x.rps, 8).toFixed(2)}**) | ${statements[q.name]![0]} vs ${statements[q.name]![1]} | ${errors} |`;
  });
  const table = [
    '| query | p50 ms at c=1, FourGood / PostGraphile | p50 ratio FourGood/PostGraphile (c=1; < 1: FourGood faster) | req/s at c=1, FourGood vs PostGraphile (ratio) | req/s at c=8, FourGood vs PostGraphile (ratio; ≥ 1: target met) | SQL statements | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...lines,
  ].join('\n');
  const body = `Measured ${new Date().toISOString().slice(0, 16)} UTC, \`pnpm bench:postgraphile ${args.join(' ')}\` on database ${database} (province ${province.name}, cell ${cell!.id}), ${rounds} interleaved rounds of ${seconds} s per server, query and concurrency (medians of the rounds' values; ratios taken round by round); load average at the end ${load()}.\n\n${table}`;
  console.log(`\n${table}`);
  if (write) {
    const file = join(root, 'BENCHMARKS.md');
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), 'postgraphile', body));
    console.log(`updated ${file}`);
  }
} finally {
  await stopAll();
  if (members && !keep) {
    await dropDatabase(database);
    console.log(`dropped ${database} (--keep keeps it)`);
  }
}
process.exit(0);
