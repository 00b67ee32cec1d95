/**
 * Meeting statistics before / after a change of MeetingStatsService, in one interleaved run on
 * the data of `pnpm bench:meetings` (build it first: `pnpm bench:meetings -- --prepare-only`).
 * The service as it was at `--before` (a git ref, default main) is written next to the current
 * one for the run (and removed after), both compute `meetingStats(year)` of the benchmark
 * province and of its 200 children on the same database, their figures are compared, and the
 * statements each ran are replayed on the driver, before and after alternately, run by run
 * (the machine is shared: only ratios measured side by side mean something). Prints medians,
 * p95, the ratio and the 1-minute load average.
 *
 *   npx tsx --conditions=source --tsconfig test/tsconfig.json test/bench/meeting-stats-before-after.ts --dbs sqlite,postgres --runs 30
 *
 * `--running`: the running year as the screens ask for it (`meetingStats` without arguments:
 * Jan 1 to today) instead of `--year`; `--today YYYY-MM-DD` sets the requests' today (default
 * the real one), e.g. a day of the benchmark's year of meetings. `--pg-db`: the PostgreSQL
 * database (default fourgood_bench_N).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AbstractSqlConnection, EntityManager } from '@mikro-orm/knex';
import { isDeepStrictEqual } from 'node:util';
import { Access } from '../../apps/server/src/auth/access.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { createRequest } from '../../apps/server/src/context.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { Organization } from '../../apps/server/src/hierarchy/organization.entity.js';
import type { MeetingStatsKey } from '../../apps/server/src/meetings/meeting-stats.service.js';
import { benchEnv, option, percentile } from './support.js';
import { meetingStatsSpan } from '@fourgood/rules';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const dbs = option(args, 'dbs', 'sqlite,postgres').split(',') as Array<'sqlite' | 'postgres'>;
const members = Number(option(args, 'size', '500000'));
const runs = Number(option(args, 'runs', '30'));
const year = Number(option(args, 'year', '2025'));
const before = option(args, 'before', 'main');
const running = args.includes('--running');
const today = option(args, 'today', '');
const WARM_UP = 5;

const servicePath = 'apps/server/src/meetings/meeting-stats.service.ts';
const beforeFile = join(root, 'apps/server/src/meetings/meeting-stats.before-bench.ts');
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

writeFileSync(beforeFile, execFileSync('git', ['show', `${before}:${servicePath}`], { cwd: root, encoding: 'utf8' }));
try {
  const Before = (await import(pathToFileURL(beforeFile).href)).MeetingStatsService as new (deps: unknown) => {
    loadBatch(keys: readonly MeetingStatsKey[]): Promise<unknown[]>;
  };
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const base = execFileSync('git', ['rev-parse', '--short', before], { cwd: root, encoding: 'utf8' }).trim();
  console.log(`before: ${before} (${base}), after: working tree at ${head}; ${runs} runs after ${WARM_UP} warm-up, ${running ? 'running year' : year}, ${members} members`);
  for (const db of dbs) {
    const config =
      db === 'sqlite'
        ? loadConfig(benchEnv, { dataDir: join(root, 'data/bench', `sqlite-${members}`), seedScale: 0, logLevel: 'warn' })
        : loadConfig(benchEnv, { databaseUrl: databaseUrl(option(args, 'pg-db', `fourgood_bench_${members}`)), seedScale: 0, logLevel: 'warn' });
    const orm = await openDatabase(config);
    try {
      const em = orm.em.fork() as unknown as EntityManager;
      const [province] = await em.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [`BENCH-${members}`]);
      if (!province) throw new Error(`No benchmark province in ${db}: run pnpm bench:meetings -- --prepare-only first`);
      const provinceOrg = await em.findOneOrFail(Organization, Number(province.id), { filters: false });
      const children = await em.find(Organization, { parent: provinceOrg.id, dissolvedOn: null }, { orderBy: { nameSearch: 'asc', id: 'asc' }, limit: 200, filters: false });
      const { deps, services } = createRequest(em, db === 'postgres' ? 'postgresql' : 'sqlite', Access.system(), today || undefined);
      const span = meetingStatsSpan(running ? {} : { year }, deps.today);
      if ('field' in span) throw new Error(`bad span: ${span.code}`);
      const { from, to } = span;
      console.log(`${db}: ${from} to ${to} (today ${deps.today})`);
      const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
      const capture = async (work: () => Promise<unknown>): Promise<{ statements: string[]; result: unknown }> => {
        const statements: string[] = [];
        const listener = (q: { sql: string }) => statements.push(q.sql);
        knex.on('query', listener);
        try {
          return { result: await work(), statements };
        } finally {
          knex.removeListener('query', listener);
        }
      };
      const old = new Before(deps);
      for (const [name, orgs] of [
        ['province', [provinceOrg]],
        ['200 children', children],
      ] as const) {
        const keys = orgs.map((org) => ({ org, from, to }));
        const a = await capture(() => old.loadBatch(keys));
        const b = await capture(() => services.meetingStats.loadBatch(keys));
        if (!isDeepStrictEqual(a.result, b.result)) throw new Error(`${db} ${name}: the figures differ\n${JSON.stringify(a.result).slice(0, 2000)}\n${JSON.stringify(b.result).slice(0, 2000)}`);
        const replay = async (statements: string[]) => {
          const started = performance.now();
          for (const sql of statements) await knex.raw(sql);
          return performance.now() - started;
        };
        for (let i = 0; i < WARM_UP; i += 1) {
          await replay(a.statements);
          await replay(b.statements);
        }
        const loadBefore = load();
        const times = { before: [] as number[], after: [] as number[] };
        for (let i = 0; i < runs; i += 1) {
          // Alternating which goes first, so that neither always follows the other.
          if (i % 2 === 0) {
            times.before.push(await replay(a.statements));
            times.after.push(await replay(b.statements));
          } else {
            times.after.push(await replay(b.statements));
            times.before.push(await replay(a.statements));
          }
        }
        const m = (t: number[]) => percentile(t, 50);
        const p = (t: number[]) => percentile(t, 95);
        console.log(
          `${db} ${name}: before ${m(times.before).toFixed(1)} / ${p(times.before).toFixed(1)} ms (median / p95, ${a.statements.length} statements), ` +
            `after ${m(times.after).toFixed(1)} / ${p(times.after).toFixed(1)} ms (${b.statements.length}), ` +
            `ratio ${(m(times.before) / m(times.after)).toFixed(1)}× median, ${(p(times.before) / p(times.after)).toFixed(1)}× p95; figures equal; load ${loadBefore} → ${load()}`,
        );
      }
    } finally {
      await orm.close();
    }
  }
} finally {
  rmSync(beforeFile, { force: true });
}
