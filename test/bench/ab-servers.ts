/**
 * Two builds of the API on the same PostgreSQL database, one request each in turn (issue #14,
 * item 4): `A` and `B` are checkouts with `apps/server/dist` built (`pnpm --filter @fourgood/rules
 * --filter @fourgood/server build`), typically main and a branch. Both processes start, sign in
 * the staff member of the province that `test/bench/postgraphile.ts --members N --keep` created,
 * and answer the harness's three queries (drill-down with full stats, without age bands, cell
 * page), alternating A, B, A, B… in blocks of --block requests (the order flips every block), so
 * the machine's other work falls on both alike. Prints per query the medians and p95 of both,
 * the median of the per-pair wall-time ratios B/A, and each process's CPU time per request
 * (utime + stime from /proc, summed over its blocks) and its ratio B/A (< 1: B cheaper) — on a
 * loaded machine the CPU time is the steadier figure; checks both answers equal.
 *
 *   tsx --tsconfig test/tsconfig.json test/bench/ab-servers.ts --a /tmp/main --b . --database fourgood_pgl_100000 --runs 200
 *
 * With `--sqlite-dir DIR` both processes open the SQLite file of DIR instead (a province built by
 * `pnpm bench -- --sizes N --dbs sqlite --prepare-only`, DIR = data/bench/sqlite-N), signed in as
 * its staff member `bench-staff-N` (created when missing). A fourth query, `{ __typename }`,
 * measures the fixed cost of a request (session, Express, Apollo, plugins) alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
/** CPU time of a process so far, ms (utime + stime; clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
import { resolve } from 'node:path';
import { databaseUrl, queryOnce } from '../../apps/server/src/db/postgres-admin.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { freePort } from '../support/standby.js';
import { percentile } from './support.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const dirs = { A: resolve(arg('a', '.')), B: resolve(arg('b', '.')) };
const database = arg('database', 'fourgood_pgl_100000');
const sqliteDir = arg('sqlite-dir', '') ? resolve(arg('sqlite-dir', '')) : null;
const runs = Number(arg('runs', '100'));
const block = Number(arg('block', '10'));
const only = arg('only', '');
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const url = databaseUrl(database);

async function start(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['apps/server/dist/main.js'], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      ...(sqliteDir ? { FOURGOOD_DATA_DIR: sqliteDir } : { DATABASE_URL: url }),
      FOURGOOD_SEED_SCALE: '0',
      FOURGOOD_QUERY_STATS: '1',
      FOURGOOD_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i += 1) {
    if (await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false)) return { child, url: `http://127.0.0.1:${port}/graphql` };
    if (child.exitCode !== null) throw new Error(`${dir}: the server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${dir}: not ready in 5 minutes`);
}

/** The province, its cell nearest to 113 members, and the staff member to sign in as. */
async function target(): Promise<{ province: { id: number }; cell: { id: number; n: number }; username: string }> {
  const cellSql = (cast: string) =>
    `select organization_id as id, ${cast} as n from member where root_id = ? and organization_id is not null group by organization_id order by abs(count(*) - 113), organization_id limit 1`;
  if (!sqliteDir) {
    const [province] = await queryOnce<{ id: number }>(url, `select id from organization where parent_id is null and code like 'BENCH-%' order by id limit 1`);
    if (!province) throw new Error(`No benchmark province in ${database}: run test/bench/postgraphile.ts --members N --keep first`);
    const [cell] = await queryOnce<{ id: number; n: number }>(url, cellSql('count(*)::int').replace('?', '$1'), [province.id]);
    return { province, cell: cell!, username: `pgl-bench-staff-${province.id}` };
  }
  const { loadConfig } = await import('../../apps/server/src/config.js');
  const { openDatabase } = await import('../../apps/server/src/db/orm.js');
  const { systemServices } = await import('../support/server.js');
  const orm = await openDatabase(loadConfig({}, { dataDir: sqliteDir, seedScale: 0, logLevel: 'warn' }));
  try {
    const conn = orm.em.getConnection();
    const [province] = await conn.execute<Array<{ id: number; code: string }>>(`select id, code from organization where parent_id is null and code like 'BENCH-%' order by id limit 1`);
    if (!province) throw new Error(`No benchmark province in ${sqliteDir}: run pnpm bench -- --sizes N --dbs sqlite --prepare-only first`);
    const [cell] = await conn.execute<Array<{ id: number; n: number }>>(cellSql('count(*)'), [province.id]);
    const username = `bench-staff-${province.code.slice('BENCH-'.length)}`;
    const exists = await conn.execute<Array<{ id: number }>>(`select id from app_user where username = ?`, [username]);
    if (exists.length === 0) {
      const { auth } = systemServices(orm);
      const user = await auth.createUser({ username, displayName: 'Benchmark STAFF', password: 'benchmark-password' });
      await auth.grant(user.id, 'STAFF', Number(province.id));
    }
    return { province: { id: Number(province.id) }, cell: { id: Number(cell!.id), n: Number(cell!.n) }, username };
  } finally {
    await orm.close();
  }
}
const { province, cell, username } = await target();
const STATS = (ages: boolean) =>
  `organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count }${ages ? ' membersByAgeBand { ageBand count }' : ''}`;
const drill = (ages: boolean) => `query Drill($id: ID!) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats { ${STATS(ages)} } } } } } }`;
const CELL = `query Cell($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
  members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;
const QUERIES = [
  { name: '{ __typename }', query: '{ __typename }', id: '' },
  { name: 'drill-down, full stats', query: drill(true), id: toGlobalId('Organization', Number(province.id)) },
  { name: 'drill-down, no age bands', query: drill(false), id: toGlobalId('Organization', Number(province.id)) },
  { name: `cell page (${cell.n} members, first 50)`, query: CELL, id: toGlobalId('Organization', Number(cell.id)) },
].filter((q) => !only || q.name.startsWith(only));

const servers = { A: await start(dirs.A), B: await start(dirs.B) };
try {
  const cookies: Record<string, string> = {};
  for (const [k, s] of Object.entries(servers)) {
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
    });
    cookies[k] = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
  // As a browser asks (compressed answers), timed to the last byte of the decoded body.
  const post = async (k: 'A' | 'B', query: string, id: string) => {
    const res = await fetch(servers[k].url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip', cookie: cookies[k]! }, body: JSON.stringify(id ? { query, variables: { id } } : { query }) });
    const body = (await res.json()) as { data?: unknown; errors?: unknown; extensions?: { sql?: { statements: number } } };
    if (body.errors) throw new Error(`${k}: ${JSON.stringify(body.errors)}`);
    return body;
  };
  console.log(`A = ${dirs.A}, B = ${dirs.B}, database ${sqliteDir ?? database}, ${runs} runs of each query on each, alternating in blocks of ${block}; load before ${load()}`);
  console.log('| query | A median / p95 ms | B median / p95 ms | wall B/A (median of pairs) | CPU ms per request A / B | CPU B/A | statements A / B | load at the end |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const q of QUERIES) {
    const a0 = await post('A', q.query, q.id);
    const b0 = await post('B', q.query, q.id);
    if (JSON.stringify(a0.data) !== JSON.stringify(b0.data)) throw new Error(`${q.name}: A and B answer differently`);
    for (let i = 0; i < 10; i += 1) {
      await post('A', q.query, q.id);
      await post('B', q.query, q.id);
    }
    const times = { A: [] as number[], B: [] as number[] };
    const cpu = { A: 0, B: 0 };
    for (let b = 0; b * block < runs; b += 1) {
      for (const k of (b % 2 === 0 ? ['A', 'B'] : ['B', 'A']) as Array<'A' | 'B'>) {
        const c0 = cpuMs(servers[k].child.pid!);
        for (let i = 0; i < block; i += 1) {
          const t0 = performance.now();
          await post(k, q.query, q.id);
          times[k].push(performance.now() - t0);
        }
        cpu[k] += cpuMs(servers[k].child.pid!) - c0;
      }
    }
    const ratios = times.A.map((a, i) => times.B[i]! / a);
    const ms = (xs: number[]) => `${percentile(xs, 50).toFixed(1)} / ${percentile(xs, 95).toFixed(1)}`;
    console.log(
      `| ${q.name} | ${ms(times.A)} | ${ms(times.B)} | ${percentile(ratios, 50).toFixed(2)} | ${(cpu.A / times.A.length).toFixed(2)} / ${(cpu.B / times.B.length).toFixed(2)} | ${(cpu.B / cpu.A).toFixed(2)} | ${a0.extensions?.sql?.statements ?? '?'} / ${b0.extensions?.sql?.statements ?? '?'} | ${load()} |`,
    );
  }
} finally {
  for (const s of Object.values(servers)) {
    const exited = new Promise((done) => s.child.once('exit', done));
    s.child.kill('SIGTERM');
    if (!(await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 20_000).unref())]))) s.child.kill('SIGKILL');
  }
}
process.exit(0);
