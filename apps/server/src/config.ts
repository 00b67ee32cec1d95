import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { LOG_LEVELS, type LogLevel } from './ops/log.js';

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
  /**
   * Express's `trust proxy` setting: which proxies in front of the server may tell it the client's
   * address (X-Forwarded-For) and scheme (X-Forwarded-Proto). false = none (the default).
   */
  trustProxy: TrustProxy;
  /** PostgreSQL: time limit of each statement run for a GraphQL request, in ms (0: none). */
  statementTimeoutMs: number;
  /** The JSON log's level (pino): `info` logs one line per request. */
  logLevel: LogLevel;
  /** Port of the Prometheus metrics listener (GET /metrics); null: not served. */
  metricsPort: number | null;
  /** Address the metrics listener binds to: loopback unless a scraper elsewhere needs it. */
  metricsHost: string;
  /** Server processes (node:cluster) sharing the port; above 1 only on PostgreSQL. */
  workers: number;
  /** PostgreSQL streaming replicas (postgres:// URLs) that serve read-only GraphQL requests. */
  databaseReplicaUrls: string[];
  /** After a session's mutation, how long its reads stay on the primary (read-your-writes), in ms. */
  readYourWritesMs: number;
  /**
   * The database URLs point at a pooler in transaction mode (PgBouncer `pool_mode = transaction`):
   * no session state is set on a connection, the statement limit is `SET LOCAL` in a transaction.
   */
  transactionPooler: boolean;
  /**
   * Answers of read-only GraphQL operations kept per process, keyed by the request and the
   * database's data version (response-cache/); 0 = no cache.
   */
  responseCacheEntries: number;
  /**
   * graphql-jit (graphql/jit-executor.ts): a query document is compiled at its n-th run (1: the
   * first; 2, the default since the whole API suite passed with 1 on both databases, issue #14);
   * 0: every operation runs on graphql-js.
   */
  graphqlJit: number;
  /** With replicas: a replica whose replay is further behind the primary than this is left out of reads (ms; 0: lag not checked). */
  replicaMaxLagMs: number;
  /** With replicas: how often each replica's reachability and lag are checked (ms); a replica left out is retried at each check. */
  replicaCheckMs: number;
  /** After SIGTERM: how long the server keeps accepting connections while /health/ready already fails (ms). */
  shutdownGraceMs: number;
  /** After the grace period: how long requests in flight and background jobs get to finish before they are cut (ms). */
  shutdownTimeoutMs: number;
}

/** false, true (every hop: only when nothing reaches the server except through the proxy), a hop count, or addresses/subnets. */
export type TrustProxy = boolean | number | string;

export class ConfigError extends Error {}

function intFrom(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

/**
 * FOURGOOD_TRUST_PROXY: unset, "" or "false" = off; "true" = trust every hop; a whole number n =
 * trust the n proxies nearest the server; otherwise a comma-separated list of addresses, subnets
 * (CIDR) and the names loopback, linklocal, uniquelocal. The value is checked by express itself.
 */
export function trustProxyFrom(raw: string | undefined): TrustProxy {
  const text = raw?.trim() ?? '';
  if (text === '' || text.toLowerCase() === 'false') return false;
  if (text.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(text)) return intFrom('FOURGOOD_TRUST_PROXY', text, 0, 0, 100);
  try {
    // express compiles the list at once (proxy-addr) and throws on an address it cannot read.
    express().set('trust proxy', text);
  } catch (error) {
    throw new ConfigError(`FOURGOOD_TRUST_PROXY: ${(error as Error).message} (expected false, true, a hop count, or addresses/subnets such as "loopback, 10.0.0.0/8")`);
  }
  return text;
}

function logLevelFrom(raw: string | undefined): LogLevel {
  const text = raw?.trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(text)) throw new ConfigError(`FOURGOOD_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return text as LogLevel;
}

/** DATABASE_REPLICA_URLS: comma-separated postgres:// URLs of streaming replicas (PostgreSQL only). */
export function replicaUrlsFrom(raw: string | undefined, databaseUrl: string | null): string[] {
  const urls = (raw ?? '').split(',').map((u) => u.trim()).filter((u) => u !== '');
  if (urls.length === 0) return [];
  if (!databaseUrl) throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL (replicas are PostgreSQL streaming replicas of that database)');
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError('DATABASE_REPLICA_URLS must be comma-separated postgres:// URLs');
  }
  return urls;
}

/** Reads the configuration once, from the environment, with clear errors. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite file)');
  }
  const workers = intFrom('FOURGOOD_WORKERS', env.FOURGOOD_WORKERS, 1, 1, 64);
  if (workers > 1 && !databaseUrl) {
    // SQLite has one writer, and better-sqlite3 waits for the file lock synchronously: a worker
    // waiting for another's write would stop answering anything for up to busy_timeout, and a
    // transaction that reads before it writes can fail outright (SQLITE_BUSY) instead of waiting.
    throw new ConfigError('FOURGOOD_WORKERS above 1 needs PostgreSQL (DATABASE_URL): the embedded SQLite database runs in one process');
  }
  return {
    databaseUrl,
    dataDir: resolve(env.FOURGOOD_DATA_DIR || resolve(repoRoot, 'data')),
    port: intFrom('PORT', env.PORT, 4000, 0, 65535),
    seedScale: Number(env.FOURGOOD_SEED_SCALE ?? 1),
    adminDir: resolve(env.FOURGOOD_ADMIN_DIR || resolve(repoRoot, 'apps/admin/dist')),
    exposeQueryStats: env.FOURGOOD_QUERY_STATS === '1',
    logSql: env.FOURGOOD_LOG_SQL === '1',
    trustProxy: trustProxyFrom(env.FOURGOOD_TRUST_PROXY),
    statementTimeoutMs: intFrom('FOURGOOD_STATEMENT_TIMEOUT_MS', env.FOURGOOD_STATEMENT_TIMEOUT_MS, 5000, 0, 600_000),
    logLevel: logLevelFrom(env.FOURGOOD_LOG_LEVEL),
    metricsPort: env.FOURGOOD_METRICS_PORT?.trim() ? intFrom('FOURGOOD_METRICS_PORT', env.FOURGOOD_METRICS_PORT.trim(), 0, 0, 65535) : null,
    metricsHost: env.FOURGOOD_METRICS_HOST?.trim() || '127.0.0.1',
    workers,
    databaseReplicaUrls: replicaUrlsFrom(env.DATABASE_REPLICA_URLS, databaseUrl),
    readYourWritesMs: intFrom('FOURGOOD_READ_YOUR_WRITES_MS', env.FOURGOOD_READ_YOUR_WRITES_MS, 5000, 0, 3_600_000),
    transactionPooler: env.FOURGOOD_TRANSACTION_POOLER === '1',
    // On by default since the API projects passed with it on, without the replay as with it
    // (2026-12-04): see README's row and BENCHMARKS.md "Response cache". `0` turns it off.
    responseCacheEntries: intFrom('FOURGOOD_RESPONSE_CACHE_ENTRIES', env.FOURGOOD_RESPONSE_CACHE_ENTRIES, 5000, 0, 1_000_000),
    graphqlJit: intFrom('FOURGOOD_GRAPHQL_JIT', env.FOURGOOD_GRAPHQL_JIT, 2, 0, 1000),
    // Defaults that keep read-your-writes: a replica in the rotation is at most max lag + 2 check
    // intervals behind (the lag is known to within one interval, one interval late), within 5 s.
    replicaMaxLagMs: intFrom('FOURGOOD_REPLICA_MAX_LAG_MS', env.FOURGOOD_REPLICA_MAX_LAG_MS, 3000, 0, 3_600_000),
    replicaCheckMs: intFrom('FOURGOOD_REPLICA_CHECK_MS', env.FOURGOOD_REPLICA_CHECK_MS, 1000, 10, 3_600_000),
    shutdownGraceMs: intFrom('FOURGOOD_SHUTDOWN_GRACE_MS', env.FOURGOOD_SHUTDOWN_GRACE_MS, 5000, 0, 600_000),
    shutdownTimeoutMs: intFrom('FOURGOOD_SHUTDOWN_TIMEOUT_MS', env.FOURGOOD_SHUTDOWN_TIMEOUT_MS, 30_000, 0, 3_600_000),
    ...overrides,
  };
}
