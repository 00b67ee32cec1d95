import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so the default data folder does not depend on the working directory. */
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export interface AppConfig {
  /** postgres://… to use PostgreSQL; unset for the embedded SQLite file. */
  databaseUrl: string | null;
  /** Folder of the SQLite file (and anything else the server keeps on disk). */
  dataDir: string;
  port: number;
  /** Demo-data scale used when the database is empty at start (0 = leave it empty). */
  seedScale: number;
  /** Folder with the built admin app, served at `/` when present. */
  adminDir: string;
  /** Adds `extensions.sql` (statement count) to GraphQL responses: tests and benchmarks read it. */
  exposeQueryStats: boolean;
  /** Debug logging of SQL statements. */
  logSql: boolean;
}

export class ConfigError extends Error {}

function intFrom(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

/** Reads the configuration once, from the environment, with clear errors. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite file)');
  }
  return {
    databaseUrl,
    dataDir: resolve(env.FOURGOOD_DATA_DIR || resolve(repoRoot, 'data')),
    port: intFrom('PORT', env.PORT, 4000, 0, 65535),
    seedScale: Number(env.FOURGOOD_SEED_SCALE ?? 1),
    adminDir: resolve(env.FOURGOOD_ADMIN_DIR || resolve(repoRoot, 'apps/admin/dist')),
    exposeQueryStats: env.FOURGOOD_QUERY_STATS === '1',
    logSql: env.FOURGOOD_LOG_SQL === '1',
    ...overrides,
  };
}
