import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
// One copy of graphql for everything: type-graphql (CommonJS) and our ESM sources must share it,
// or the schema throws "from another module or realm".
const graphqlEntry = realpathSync(here('./node_modules/graphql/index.js'));

const shared = {
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: graphqlEntry },
      { find: /^@fourgood\/rules$/, replacement: here('./packages/rules/src/index.ts') },
    ],
  },
};

const apiProject = (db: 'sqlite' | 'postgres'): TestProjectInlineConfiguration => ({
  ...shared,
  test: {
    name: `api-${db}`,
    include: ['test/api/**/*.test.ts'],
    environment: 'node',
    // The process-wide logger (background jobs' "job run" lines) stays quiet in the test output;
    // tests that read log lines build their own logger or start a process with its own level.
    env: { FOURGOOD_TEST_DB: db, FOURGOOD_LOG_LEVEL: 'warn' },
    // One migrated database that each test server's database is copied from.
    ...(db === 'postgres' ? { globalSetup: ['test/support/pg-template.ts'] } : {}),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    // Two files at a time for the unit, API and browser projects: vitest's default on 2 cores is
    // availableParallelism − 1 = 1 file at a time, which left one core idle while an API file
    // waited on its database (api-sqlite 167 s with 2 against 267 s with 1). Every API file
    // starts its own server on a free port with its own SQLite file or PostgreSQL database, so
    // two files do not share state. The browser files too: each starts its own server (SQLite file,
    // free port) and its own Chromium (the project took 448 s of wall time with two at a time, its
    // files' own times adding up to 803 s; 109/109 passed at load 4–8). The replica project sets fileParallelism: false
    // (its files start clusters and a PgBouncer), which vitest turns into one worker for it.
    maxWorkers: 2,
    projects: [
      { ...shared, test: { name: 'unit', include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'], environment: 'node' } },
      apiProject('sqlite'),
      apiProject('postgres'),
      {
        // Issue #15: replicas, PgBouncer and failover against throw-away clusters the tests start
        // themselves (test/support/standby.ts; root and Debian's PostgreSQL and pgbouncer).
        ...shared,
        test: {
          name: 'replicas',
          include: ['test/replicas/**/*.test.ts'],
          environment: 'node',
          env: { FOURGOOD_TEST_DB: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        ...shared,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
