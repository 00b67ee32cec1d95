/**
 * The import's reading step alone (issue #12): a members CSV parsed and checked, its staged rows
 * written into a temporary SQLite table as the import does (StageWriter), with the parsing in a
 * worker thread (B) or in the calling thread (A: the same batches, read-batches.ts), the two
 * alternated in one process so that both see the same load. Prints each run and the B/A ratio
 * of the medians, with the load average before and after.
 *
 *   tsx --conditions=source --tsconfig test/tsconfig.json test/bench/import-read.ts --file dang-vien.csv [--rounds 3] [--dist]
 *
 * `--dist`: the built server's modules (`pnpm --filter @fourgood/server build` first), whose worker
 * starts from JavaScript; without it the sources, whose worker compiles them through tsx first.
 *
 * (`pnpm bench:import -- --members N --keep --dir D` leaves such a file in D.)
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { Knex } from '@mikro-orm/knex';
import type * as Reading from '../../apps/server/src/dataio/reading.js';
import type * as Checks from '../../apps/server/src/dataio/row-checks.js';
import type * as Writer from '../../apps/server/src/dataio/stage-writer.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const file = arg('file', '');
const rounds = Number(arg('rounds', '3'));
const from = args.includes('--dist') ? '../../apps/server/dist/dataio' : '../../apps/server/src/dataio';
const { readStaged } = (await import(`${from}/reading.js`)) as typeof Reading;
const { MEMBER_STAGE, ORG_STAGE } = (await import(`${from}/row-checks.js`)) as typeof Checks;
const { StageWriter } = (await import(`${from}/stage-writer.js`)) as typeof Writer;
const widths = { organizations: ORG_STAGE.length, members: MEMBER_STAGE.length };

/**
 * `ms` the wall time; `cpuMs` the process's CPU time (all threads); `mainMs` the main thread's
 * busy wall time (its event loop's active time, which counts waiting for a CPU under load: with
 * the worker, the share of the work left on the main thread is about mainMs of B / ms of A).
 */
async function once(worker: boolean): Promise<{ ms: number; rows: number; cpuMs: number; mainMs: number }> {
  const db = new Database(':memory:');
  db.exec(`create temp table import_raw (row_no integer not null, card text not null, full_name text not null, name_search text not null, name_sort text not null, gender text not null,
    birth_date text, joined_on text not null, official_on text, position text, cell_code text not null, since text, status text, status_since text)`);
  db.exec('begin');
  const knex = { client: { acquireConnection: async () => db } } as unknown as Knex.Transaction;
  const stage = await StageWriter.open(knex, 'sqlite', 'import_raw', MEMBER_STAGE);
  const started = performance.now();
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  for await (const e of readStaged([{ path: file, name: 'dang-vien.csv' }], '2026-12-03', widths, { worker })) {
    if (e.type === 'rows') await stage.addMany(e.values);
  }
  await stage.flush();
  const ms = Math.round(performance.now() - started);
  const mainMs = Math.round(performance.eventLoopUtilization(elu).active);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  const { n } = db.prepare('select count(*) as n from import_raw').get() as { n: number };
  db.exec('rollback');
  db.close();
  return { ms, rows: n, cpuMs, mainMs };
}

const load = [loadavg()[0]!];
const runs: Record<'A' | 'B', number[]> = { A: [], B: [] };
const cpus: Record<'A' | 'B', number[]> = { A: [], B: [] };
const mains: Record<'A' | 'B', number[]> = { A: [], B: [] };
for (let r = 0; r < rounds; r++) {
  for (const who of r % 2 === 0 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
    const { ms, rows, cpuMs, mainMs } = await once(who === 'B');
    runs[who].push(ms);
    cpus[who].push(cpuMs);
    mains[who].push(mainMs);
    console.log(`${who} (${who === 'B' ? 'worker' : 'same thread'}) ${ms} ms, CPU ${cpuMs} ms, main thread busy ${mainMs} ms, ${rows} rows, load ${loadavg()[0]!.toFixed(1)}`);
  }
}
load.push(loadavg()[0]!);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
console.log(
  JSON.stringify({
    wall: { A: runs.A, B: runs.B, ratioBA: ratio(median(runs.B), median(runs.A)) },
    cpu: { A: median(cpus.A), B: median(cpus.B), ratioBA: ratio(median(cpus.B), median(cpus.A)) },
    mainThreadShareB: ratio(median(mains.B), median(runs.A)),
    load: load.map((l) => Math.round(l * 10) / 10),
  }),
);
