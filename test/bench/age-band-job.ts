// Issue #14 (YEAR_BAND), BENCHMARKS.md "Leaders' age bands from YEAR_BAND": times the rebuild of the benchmark province and the daily job's moves on data/bench/sqlite-500000.
// After `pnpm bench -- --sizes 500000 --dbs sqlite` built the province and its users:
//   npx tsx --conditions=source --tsconfig test/tsconfig.json test/bench/age-band-job.ts --job
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { todayInVietnam } from '@fourgood/rules';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { rebuildSubtreeCounts } from '../../apps/server/src/stats/subtree-counts.js';
import { advanceAgeBands } from '../../apps/server/src/stats/age-band-rollup.js';
import { benchEnv, time } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const config = loadConfig(benchEnv, { dataDir: join(root, 'data/bench/sqlite-500000'), seedScale: 0, logLevel: 'warn' });
const orm = await openDatabase(config);
const em = () => orm.em.fork() as never;
const [p] = await orm.em.getConnection().execute<Array<{ id: number }>>(`select id from organization where code = 'BENCH-500000'`);
const today = todayInVietnam();
const y = today.slice(0, 4);
const out: Record<string, number[]> = {};
const t = async (label: string, f: () => Promise<unknown>) => ((out[label] ??= []).push(Number((await time(f)).toFixed(3))));
await advanceAgeBands(em(), today);
for (let i = 0; i < 3; i++) await t('rebuild', () => rebuildSubtreeCounts(em(), Number(p!.id)));
if (process.argv.includes('--job')) {
  for (let i = 0; i < 3; i++) {
    await t('job: today -> 12-30 (same year)', () => advanceAgeBands(em(), `${y}-12-30`));
    await t('job: 12-30 -> 12-31 (same year)', () => advanceAgeBands(em(), `${y}-12-31`));
    await t('job: 12-31 -> 01-01 (year change)', () => advanceAgeBands(em(), `${Number(y) + 1}-01-01`));
    await t('job: 01-01 -> 12-31 (year change back)', () => advanceAgeBands(em(), `${y}-12-31`));
    await t('job: 12-31 -> today (same year)', () => advanceAgeBands(em(), today));
  }
}
console.log(JSON.stringify(out));
await orm.close();
