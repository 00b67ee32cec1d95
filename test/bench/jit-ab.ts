/**
 * graphql-jit on and off (issue #14, graphql/jit-executor.ts), interleaved: two server processes
 * of this checkout (apps/server/src/main.ts through tsx, no build needed) on the same database,
 * A with FOURGOOD_GRAPHQL_JIT=0 (graphql-js) and B with graphql-jit, answer the drill-down of the
 * benchmark province (200 children with full stats, as staff), the same without age bands, and a
 * cell's page, alternating A, B, A, B… in blocks of --block requests (the order flips every
 * block), so the machine's other work falls on both alike. Prints per query the medians and p95
 * of both, the median of the per-pair wall-time ratios B/A, each process's CPU time per request
 * (utime + stime from /proc, summed over its blocks) and its ratio B/A (< 1: jit cheaper), the
 * load average; checks both answers equal.
 *
 *   # SQLite: the database of `pnpm bench -- --sizes 500000 --dbs sqlite` (data/bench/sqlite-500000)
 *   tsx --conditions=source --tsconfig test/tsconfig.json test/bench/jit-ab.ts --members 500000 --runs 200
 *   # PostgreSQL: fourgood_bench_<members> of the same script
 *   tsx --conditions=source --tsconfig test/tsconfig.json test/bench/jit-ab.ts --members 500000 --db postgres
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { freePort } from '../support/standby.js';
import { systemServices } from '../support/server.js';
import { option, percentile } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const members = Number(option(args, 'members', '500000'));
const db = option(args, 'db', 'sqlite') as 'sqlite' | 'postgres';
const runs = Number(option(args, 'runs', '100'));
const block = Number(option(args, 'block', '10'));
const only = option(args, 'only', '');
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
/** CPU time of a process so far, ms (utime + stime; clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const dataDir = join(root, 'data/bench', `sqlite-${members}`);
const dbEnv: Record<string, string> = db === 'sqlite' ? { FOURGOOD_DATA_DIR: dataDir } : { DATABASE_URL: databaseUrl(`fourgood_bench_${members}`) };

// The staff member of the benchmark province (the drill-down benchmark's), made when missing.
const config = loadConfig({}, { ...(db === 'sqlite' ? { dataDir } : { databaseUrl: dbEnv.DATABASE_URL! }), seedScale: 0, logLevel: 'warn' });
const orm = await openDatabase(config);
const conn = orm.em.getConnection();
const [province] = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [`BENCH-${members}`]);
if (!province) throw new Error(`No benchmark province BENCH-${members}: run pnpm bench -- --sizes ${members} --dbs ${db} --prepare-only first`);
const username = `bench-staff-${members}`;
if ((await conn.execute<Array<{ id: number }>>(`select id from app_user where username = ?`, [username])).length === 0) {
  const { auth } = systemServices(orm);
  const user = await auth.createUser({ username, displayName: 'Benchmark STAFF', password: 'benchmark-password' });
  await auth.grant(user.id, 'STAFF', Number(province.id));
}
const [cell] = await conn.execute<Array<{ id: number; n: number }>>(
  `select organization_id as id, count(*) as n from member where root_id = ? and organization_id is not null group by organization_id order by abs(count(*) - 113), organization_id limit 1`,
  [province.id],
);
await orm.close();

const STATS = (ages: boolean) =>
  `organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count }${ages ? ' membersByAgeBand { ageBand count }' : ''}`;
const drill = (ages: boolean) => `query Drill($id: ID!) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats { ${STATS(ages)} } } } } } }`;
const CELL = `query Cell($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
  members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;
const QUERIES = [
  { name: 'drill-down, full stats', query: drill(true), id: toGlobalId('Organization', Number(province.id)) },
  { name: 'drill-down, no age bands', query: drill(false), id: toGlobalId('Organization', Number(province.id)) },
  { name: `cell page (${cell!.n} members, first 50)`, query: CELL, id: toGlobalId('Organization', Number(cell!.id)) },
].filter((q) => !only || q.name.startsWith(only));

async function start(jit: boolean): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  // node itself (not the tsx launcher) runs the server, so /proc/<pid> is the server's CPU.
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ...dbEnv,
      TSX_TSCONFIG_PATH: join(root, 'test/tsconfig.json'),
      NODE_ENV: 'production',
      PORT: String(port),
      FOURGOOD_SEED_SCALE: '0',
      FOURGOOD_QUERY_STATS: '1',
      FOURGOOD_LOG_LEVEL: 'warn',
      FOURGOOD_GRAPHQL_JIT: jit ? '1' : '0',
      FOURGOOD_ADMIN_DIR: join(root, 'data/bench/no-admin'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i += 1) {
    if (await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false)) return { child, url: `http://127.0.0.1:${port}/graphql` };
    if (child.exitCode !== null) throw new Error(`the server (jit ${jit}) exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server (jit ${jit}) was not ready in 5 minutes`);
}

const servers = { A: await start(false), B: await start(true) };
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
    const res = await fetch(servers[k].url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip', cookie: cookies[k]! }, body: JSON.stringify({ query, variables: { id } }) });
    const body = (await res.json()) as { data?: unknown; errors?: unknown; extensions?: { sql?: { statements: number } } };
    if (body.errors) throw new Error(`${k}: ${JSON.stringify(body.errors)}`);
    return body;
  };
  console.log(`A = graphql-js (FOURGOOD_GRAPHQL_JIT=0), B = graphql-jit; ${db} ${members}; ${runs} runs of each query on each, alternating in blocks of ${block}; load before ${load()}`);
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
