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
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { freePort } from '../support/standby.js';
import { systemServices } from '../support/server.js';
import { CELL, DRILL, interleave, stopAll, whenReady, type AbServer } from './interleave.js';
import { benchEnv, option } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const members = Number(option(args, 'members', '500000'));
const db = option(args, 'db', 'sqlite') as 'sqlite' | 'postgres';
const runs = Number(option(args, 'runs', '100'));
const block = Number(option(args, 'block', '10'));
const only = option(args, 'only', '');

const dataDir = join(root, 'data/bench', `sqlite-${members}`);
const dbEnv: Record<string, string> = db === 'sqlite' ? { FOURGOOD_DATA_DIR: dataDir } : { DATABASE_URL: databaseUrl(`fourgood_bench_${members}`) };

// The staff member of the benchmark province (the drill-down benchmark's), made when missing.
const config = loadConfig(benchEnv, { ...(db === 'sqlite' ? { dataDir } : { databaseUrl: dbEnv.DATABASE_URL! }), seedScale: 0, logLevel: 'warn' });
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

const QUERIES = [
  { name: 'drill-down, full stats', query: DRILL(true), id: toGlobalId('Organization', Number(province.id)) },
  { name: 'drill-down, no age bands', query: DRILL(false), id: toGlobalId('Organization', Number(province.id)) },
  { name: `cell page (${cell!.n} members, first 50)`, query: CELL, id: toGlobalId('Organization', Number(cell!.id)) },
].filter((q) => !only || q.name.startsWith(only));

async function start(jit: boolean): Promise<AbServer> {
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
  return whenReady(child, port, `the server (jit ${jit})`);
}

const servers = { A: await start(false), B: await start(true) };
try {
  await interleave(servers, username, QUERIES, { runs, block, title: `A = graphql-js (FOURGOOD_GRAPHQL_JIT=0), B = graphql-jit; ${db} ${members}` });
} finally {
  await stopAll(Object.values(servers));
}
process.exit(0);
