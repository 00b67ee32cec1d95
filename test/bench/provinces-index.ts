/**
 * The provinces list on the national SQLite database (issue #14 §1): its page and count
 * statements (as HierarchyService.provinces sends them: kind = PROVINCIAL_COMMITTEE, not
 * dissolved, by name_sort then id) with and without `organization_kind_name_sort_index`,
 * interleaved in one process: each round drops the index inside a transaction, times the
 * statements, rolls back (the index is back), and times them again.
 *
 *   pnpm exec tsx test/bench/provinces-index.ts --scale 1 --rounds 5
 *
 * Reads data/bench/national-<scale>/ as built by `pnpm bench:national` and migrated (the index is
 * there once the server or bench:national-queries has opened it). Prints plans, medians and ratio.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nationalOptions, option, percentile } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const { dir } = nationalOptions(root, args);
const rounds = Number(option(args, 'rounds', '5'));
const file = join(dir, 'fourgood.sqlite');
if (!existsSync(file)) throw new Error(`no national database at ${file}`);
const db = new Database(file);
const where = `where o.kind = 'PROVINCIAL_COMMITTEE' and o.dissolved_on is null`;
const statements = {
  page: `select o.* from organization as o ${where} order by o.name_sort asc, o.id asc limit 51`,
  count: `select count(*) as n from organization as o ${where}`,
};
const index = db.prepare(`select sql from sqlite_master where type = 'index' and name = 'organization_kind_name_sort_index'`).get() as { sql: string } | undefined;
if (!index) throw new Error('organization_kind_name_sort_index is not there: open the database with the server (migrations) first');
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const times: Record<string, number[]> = {};
const plans: Record<string, string> = {};
const run = (variant: string) => {
  for (const [name, sql] of Object.entries(statements)) {
    const key = `${name} ${variant}`;
    plans[key] = (db.prepare(`explain query plan ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    const statement = db.prepare(sql);
    for (let i = 0; i < 3; i += 1) {
      const t = performance.now();
      statement.all();
      (times[key] ??= []).push(performance.now() - t);
    }
  }
};
console.log(`load before ${load()}`);
for (let r = 0; r < rounds; r += 1) {
  db.exec('begin');
  db.exec('drop index organization_kind_name_sort_index');
  run('without the index');
  db.exec('rollback');
  run('with the index');
}
console.log(`load after ${load()}`);
for (const [key, values] of Object.entries(times)) console.log(`${key}: median ${percentile(values, 50).toFixed(2)} ms, p95 ${percentile(values, 95).toFixed(2)} ms (${values.length} runs) — ${plans[key]}`);
for (const name of Object.keys(statements)) {
  const ratio = percentile(times[`${name} without the index`]!, 50) / percentile(times[`${name} with the index`]!, 50);
  console.log(`${name}: without/with = ${ratio.toFixed(1)}×`);
}
db.close();
