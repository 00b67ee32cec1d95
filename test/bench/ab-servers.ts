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
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { databaseUrl, queryOnce } from '../../apps/server/src/db/postgres-admin.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { freePort } from '../support/standby.js';
import { CELL, DRILL, interleave, stopAll, whenReady, type AbServer } from './interleave.js';
import { benchEnv } from './support.js';

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
const url = databaseUrl(database);

async function start(dir: string): Promise<AbServer> {
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
  return whenReady(child, port, dir);
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
  const orm = await openDatabase(loadConfig(benchEnv, { dataDir: sqliteDir, seedScale: 0, logLevel: 'warn' }));
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
const QUERIES = [
  { name: '{ __typename }', query: '{ __typename }', id: '' },
  { name: 'drill-down, full stats', query: DRILL(true), id: toGlobalId('Organization', Number(province.id)) },
  { name: 'drill-down, no age bands', query: DRILL(false), id: toGlobalId('Organization', Number(province.id)) },
  { name: `cell page (${cell.n} members, first 50)`, query: CELL, id: toGlobalId('Organization', Number(cell.id)) },
].filter((q) => !only || q.name.startsWith(only));

const servers = { A: await start(dirs.A), B: await start(dirs.B) };
try {
  await interleave(servers, username, QUERIES, { runs, block, title: `A = ${dirs.A}, B = ${dirs.B}, database ${sqliteDir ?? database}` });
} finally {
  await stopAll(Object.values(servers));
}
process.exit(0);
