/**
 * The two ways of writing a province's year of meetings (test/bench/meetings-data.ts), A/B in one
 * interleaved run on a country of `pnpm bench:national`: `js` (attendance generated row by row,
 * written by the bulk writer) against `sql` (attendance by one INSERT … SELECT), each as the
 * national build writes it (one transaction, the province's meeting rollups rebuilt inside).
 * Each round deletes the province's meetings (not timed) and writes them with one engine, then
 * the other, the order alternating between rounds.
 *
 *   pnpm bench:meetings-engines -- --scale 1 --tag p2 --dbs sqlite,postgres --rounds 2 --data-dir /work/bench-national
 *
 * Prints per write: wall seconds, this process's CPU seconds, attendance rows a second, the load
 * average; then the sql/js ratios of the medians. Leaves the province with the last engine's rows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { writeMeetingYear } from './meetings-data.js';
import { benchEnv, nationalOptions, option, percentile, type NationalDb } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const { dbs, dir, name } = nationalOptions(root, args);
const rounds = Number(option(args, 'rounds', '2'));
const year = Number(todayInVietnam().slice(0, 4)) - 1;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

for (const db of dbs as NationalDb[]) {
  const orm = await openDatabase(loadConfig(benchEnv, db === 'sqlite' ? { dataDir: dir, seedScale: 0, logLevel: 'warn' } : { databaseUrl: databaseUrl(name), seedScale: 0, logLevel: 'warn' }));
  const em = () => orm.em.fork() as unknown as EntityManager;
  const [province] = await em().execute<Array<{ id: number }>>(`select id from organization where parent_id is null order by id limit 1`);
  const rootId = Number(province!.id);
  const results: Record<'js' | 'sql', Array<{ wall: number; cpu: number; rows: number }>> = { js: [], sql: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const engine of round % 2 === 0 ? (['js', 'sql'] as const) : (['sql', 'js'] as const)) {
      await em().transactional(async (tx) => {
        await tx.execute(`delete from attendance where meeting_id in (select id from meeting where root_id = ?)`, [rootId], 'run');
        await tx.execute(`delete from meeting where root_id = ?`, [rootId], 'run');
      });
      const before = load();
      const cpu0 = process.cpuUsage();
      const summary = await writeMeetingYear(orm, rootId, year, { engine, oneTransaction: true });
      const cpu = process.cpuUsage(cpu0);
      const r = { wall: summary.seconds, cpu: (cpu.user + cpu.system) / 1e6, rows: summary.attendance };
      results[engine].push(r);
      console.log(
        `[${db}] round ${round + 1} ${engine}: ${summary.meetings} meetings, ${r.rows} attendance rows in ${r.wall.toFixed(1)} s, ${r.cpu.toFixed(1)} s CPU, ` +
          `${Math.round(r.rows / r.wall)} rows/s (load ${before} → ${load()})`,
      );
    }
  }
  const median = (engine: 'js' | 'sql', k: 'wall' | 'cpu') => percentile(results[engine].map((r) => r[k]), 50);
  console.log(
    `[${db}] sql/js: wall ${(median('sql', 'wall') / median('js', 'wall')).toFixed(2)}, CPU of this process ${(median('sql', 'cpu') / median('js', 'cpu')).toFixed(2)} ` +
      `(medians of ${rounds}: js ${median('js', 'wall').toFixed(1)} s / ${median('js', 'cpu').toFixed(1)} s CPU, sql ${median('sql', 'wall').toFixed(1)} s / ${median('sql', 'cpu').toFixed(1)} s CPU)`,
  );
  await orm.close();
}
process.exit(0);
