/**
 * The apply's `reused` step alone on PostgreSQL (issue #12): the staged rows a dry run kept
 * (staged-rows.ts) replayed into a temporary `import_raw` inside a transaction, as the import
 * does, by this tree's StageWriter (B) and by another tree's (A, `--before`: a worktree of main),
 * alternated in one process so that both see the same load. Prints each run (wall time, this
 * process's CPU, the PostgreSQL backend's CPU) and the B/A ratios of the medians, with the load.
 *
 *   tsx --conditions=source --tsconfig test/tsconfig.json test/bench/import-stage-pg.ts --file dang-vien.csv --before ../main/apps/server/src/dataio [--rounds 5]
 *
 * (`pnpm bench:import -- --members N --keep --dir D` leaves such a file in D.)
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import type { Knex } from '@mikro-orm/knex';
import { createDatabase, dropDatabase } from '../../apps/server/src/db/postgres-admin.js';
import { readStaged, SEPARATOR } from '../../apps/server/src/dataio/reading.js';
import { MEMBER_STAGE, ORG_STAGE } from '../../apps/server/src/dataio/row-checks.js';
import { StagedRowsWriter } from '../../apps/server/src/dataio/staged-rows.js';
import { cpuMs, option } from './support.js';

// The server's driver (pg is its dependency, not the workspace's).
interface PgClient {
  connect(): Promise<void>;
  query<T>(sql: string): Promise<{ rows: T[] }>;
  end(): Promise<void>;
}
const pg = createRequire(new URL('../../apps/server/package.json', import.meta.url))('pg') as { Client: new (config: { connectionString: string }) => PgClient };

const args = process.argv.slice(2).filter((a) => a !== '--');
const file = option(args, 'file', '');
const before = option(args, 'before', '');
const rounds = Number(option(args, 'rounds', '5'));
const widths = { organizations: ORG_STAGE.length, members: MEMBER_STAGE.length };
const TYPES = ['int', 'text', 'text', 'text', 'text', 'text', 'date', 'date', 'date', 'text', 'text', 'date', 'text', 'date'];
interface Writer {
  addMany(values: ReadonlyArray<string | number | null>): Promise<void>;
  addJoined?(text: string, rows: number, separator: string): Promise<void>;
  flush(): Promise<void>;
}
type Open = (knex: Knex.Transaction, dialect: 'postgresql', table: string, columns: readonly string[], types: readonly string[]) => Promise<Writer>;
const writers: Record<'A' | 'B', Open> = {
  A: ((await import(join(before, 'stage-writer.ts'))) as { StageWriter: { open: Open } }).StageWriter.open,
  B: ((await import('../../apps/server/src/dataio/stage-writer.js')) as unknown as { StageWriter: { open: Open } }).StageWriter.open,
};

const name = `fourgood_pgwrite_stage_${process.pid}`;
const client = new pg.Client({ connectionString: await createDatabase(name) });
await client.connect();
const dir = mkdtempSync(join(tmpdir(), 'fourgood-stage-'));
const kept = { path: join(dir, 'kept.rows'), key: 'bench' };
try {
  // The dry run's rows, kept once.
  const record = new StagedRowsWriter(kept);
  for await (const _ of readStaged([{ path: file, name: 'dang-vien.csv' }], '2026-12-03', widths, { record })) void _;
  record.finish('2026-12-03');
  const [{ pid }] = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows;
  const knex = { client: { acquireConnection: async () => client } } as unknown as Knex.Transaction;

  const once = async (who: 'A' | 'B') => {
    await client.query('begin');
    await client.query(`create temporary table import_raw (row_no integer not null, card text not null, full_name text not null, name_search text not null, name_sort text not null,
      gender text not null, birth_date date, joined_on date not null, official_on date, position text, cell_code text not null, since date, status text, status_since date) on commit drop`);
    const stage = await writers[who](knex, 'postgresql', 'import_raw', MEMBER_STAGE, TYPES);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const db = cpuMs(pid);
    // As the import does: the batches as text where the writer takes them so.
    for await (const e of readStaged([], '2026-12-03', widths, { replay: kept.path, joined: stage.addJoined !== undefined })) {
      if (e.type !== 'rows') continue;
      if (e.joined !== undefined) await stage.addJoined!(e.joined, e.staged, SEPARATOR);
      else await stage.addMany(e.values);
    }
    await stage.flush();
    const ms = Math.round(performance.now() - started);
    const used = process.cpuUsage(cpu);
    const dbMs = cpuMs(pid) - db;
    const [{ n }] = (await client.query<{ n: string }>('select count(*) as n from import_raw')).rows;
    await client.query('rollback');
    return { ms, cpuMs: Math.round((used.user + used.system) / 1000), dbMs, rows: Number(n) };
  };

  const load = [loadavg()[0]!];
  const runs: Record<'A' | 'B', Array<{ ms: number; cpuMs: number; dbMs: number }>> = { A: [], B: [] };
  for (let r = 0; r < rounds; r++) {
    for (const who of r % 2 === 0 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
      const run = await once(who);
      runs[who].push(run);
      console.log(`${who} ${run.ms} ms, CPU ${run.cpuMs} ms + backend ${run.dbMs} ms, ${run.rows} rows, load ${loadavg()[0]!.toFixed(1)}`);
    }
  }
  load.push(loadavg()[0]!);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const of = (who: 'A' | 'B', k: 'ms' | 'cpuMs' | 'dbMs') => median(runs[who].map((x) => x[k]));
  const ratio = (k: 'ms' | 'cpuMs' | 'dbMs') => Math.round((of('B', k) / of('A', k)) * 100) / 100;
  console.log(
    JSON.stringify({
      wall: { A: of('A', 'ms'), B: of('B', 'ms'), ratioBA: ratio('ms') },
      cpu: { A: of('A', 'cpuMs'), B: of('B', 'cpuMs'), ratioBA: ratio('cpuMs') },
      backendCpu: { A: of('A', 'dbMs'), B: of('B', 'dbMs'), ratioBA: ratio('dbMs') },
      load: load.map((l) => Math.round(l * 10) / 10),
    }),
  );
} finally {
  await client.end();
  await dropDatabase(name);
  rmSync(dir, { recursive: true, force: true });
}
