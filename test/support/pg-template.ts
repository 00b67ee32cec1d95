/**
 * vitest globalSetup of the PostgreSQL projects: one database migrated once for the whole run,
 * which every test server's database is then copied from (`create database … template …`,
 * test/support/server.ts) instead of running the 24 migrations again (1.3–2.5 s each, for ~60
 * servers a run). The template is dropped when the run ends.
 *
 * Handed to the test workers in FOURGOOD_TEST_PG_TEMPLATE: vitest builds a worker's environment
 * from this process's when it starts the files, after this setup (and test/support/server.ts is
 * also imported by the benchmarks, outside vitest, where `inject` does not exist).
 */
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, dropDatabase, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  // Without PostgreSQL the servers' own check says so, with the usual message.
  if (!(await postgresReachable())) return undefined;
  const name = `fourgood_test_template_${process.pid}`;
  const url = await createDatabase(name);
  const orm = await openDatabase(loadConfig({}, { databaseUrl: url, seedScale: 0, logLevel: 'silent' }));
  await orm.close(true);
  process.env.FOURGOOD_TEST_PG_TEMPLATE = name;
  return async () => {
    delete process.env.FOURGOOD_TEST_PG_TEMPLATE;
    await dropDatabase(name);
  };
}
