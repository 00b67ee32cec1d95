import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AppConfig } from '../config.js';
import { loadConfig } from '../config.js';
import { dialectOf, openDatabase, ormOptions, sqliteFile } from '../db/orm.js';
import { isDatabaseEmpty, seedBenchmarkProvince, type SeedSummary } from './seeders/tree.js';
import { seedDemo } from './index.js';

/**
 * Fills the configured database with demo data.
 *
 *   node dist/seed/cli.js [--scale N] [--bench-members N [--bench-code CODE]] [--reset | --append]
 *
 * --scale 0 skips the demo (benchmark province only). A database that already holds data is
 * left alone unless --reset (drop everything first) or --append (add a benchmark province).
 */

const USAGE = 'Usage: seed [--scale N] [--bench-members N] [--bench-code CODE] [--reset | --append]';

function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number ≥ 0, got "${raw}"\n${USAGE}`);
  return n;
}

function printSummary(title: string, s: SeedSummary): void {
  console.log(`${title} in ${(s.millis / 1000).toFixed(1)} s`);
  for (const [table, n] of Object.entries(s.rows)) console.log(`  ${table.padEnd(22)} ${n.toLocaleString('en-US').padStart(12)}`);
  if (s.steps) console.log(`  seeders: ${s.steps.map((step) => `${step.name} ${(step.millis / 1000).toFixed(1)} s`).join(', ')}`);
  console.log('  provinces today:');
  for (const p of s.provinces) {
    console.log(`    ${p.code.padEnd(16)} ${p.name.padEnd(36)} ${String(p.organizations).padStart(7)} organisations ${String(p.members).padStart(9)} members`);
  }
}

/**
 * Drops every table of the configured PostgreSQL schema and re-runs the migrations. Opens the
 * database without migrating first: a half-migrated database must be resettable too.
 */
async function resetPostgres(config: AppConfig): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(config));
  try {
    await orm.getSchemaGenerator().dropSchema({ dropMigrationsTable: true });
    // Tables created by migrations without an entity are unknown to dropSchema.
    const em = orm.em.fork() as unknown as EntityManager;
    const left = await em.execute<Array<{ tablename: string }>>(`select tablename from pg_tables where schemaname = current_schema()`);
    for (const { tablename } of left) await em.execute(`drop table if exists "${tablename.replace(/"/g, '""')}" cascade`);
    await orm.getMigrator().up();
    return orm;
  } catch (error) {
    await orm.close();
    throw error;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    // `pnpm seed -- --reset` passes the `--` along.
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      scale: { type: 'string' },
      'bench-members': { type: 'string' },
      'bench-code': { type: 'string' },
      reset: { type: 'boolean', default: false },
      append: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const scale = wholeNumber('--scale', values.scale, config.seedScale || 1);
  const benchMembers = wholeNumber('--bench-members', values['bench-members'], 0);
  if (values.reset && values.append) throw new Error(`--reset and --append exclude each other\n${USAGE}`);

  const started = performance.now();
  const dialect = dialectOf(config);
  if (values.reset && dialect === 'sqlite') {
    const file = sqliteFile(config);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) await rm(f, { force: true });
  }
  const orm = values.reset && dialect === 'postgresql' ? await resetPostgres(config) : await openDatabase(config);
  try {
    if (!values.append && !(await isDatabaseEmpty(orm))) {
      throw new Error('The database already holds data: use --reset to replace it (or --append to add a benchmark province)');
    }
    console.log(`Seeding ${dialect === 'sqlite' ? sqliteFile(config) : 'PostgreSQL'}`);
    if (scale > 0 && !values.append) {
      printSummary(`Demo data (scale ${scale})`, await seedDemo(orm, { scale }));
      console.log('Demo accounts: see the README (Accounts)');
    }
    if (benchMembers > 0) {
      printSummary(`Benchmark province (${benchMembers} members)`, await seedBenchmarkProvince(orm, { members: Math.round(benchMembers), code: values['bench-code'] }));
    }
    console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
