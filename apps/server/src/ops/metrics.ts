import cluster from 'node:cluster';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import type { ReplicaState } from '../db/replica-health.js';
import { processLogger } from './log.js';
import type { RequestRecord } from './request-log.js';

/**
 * Prometheus metrics (prom-client). They are always counted (a few increments a request) and
 * served only when FOURGOOD_METRICS_PORT is set, on a listener of their own bound to
 * FOURGOOD_METRICS_HOST (127.0.0.1 by default): never on the public port. With several worker
 * processes the primary serves the sum over the workers (prom-client's AggregatorRegistry).
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });
// Workers answer the primary's aggregation requests from this registry.
if (cluster.isWorker) AggregatorRegistry.setRegistries([metricsRegistry]);

const registers = [metricsRegistry];

const graphqlDuration = new Histogram({
  name: 'fourgood_graphql_request_duration_seconds',
  help: 'GraphQL requests by operation name and type, from the request to the answer sent',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});
const graphqlStatements = new Histogram({
  name: 'fourgood_graphql_request_sql_statements',
  help: 'SQL statements run for one GraphQL request',
  labelNames: ['type'] as const,
  buckets: [0, 1, 2, 5, 10, 20, 50, 100, 200, 500],
  registers,
});
const graphqlErrors = new Counter({
  name: 'fourgood_graphql_errors_total',
  help: 'Errors in GraphQL answers by extensions.code',
  labelNames: ['code'] as const,
  registers,
});
const httpRequests = new Counter({
  name: 'fourgood_http_requests_total',
  help: 'HTTP requests by route (graphql, health, app) and status class',
  labelNames: ['route', 'status'] as const,
  registers,
});
const sqlStatements = new Counter({
  name: 'fourgood_sql_statements_total',
  help: 'SQL statements sent to the database (requests, jobs, start-up)',
  registers,
});
const jobRuns = new Counter({
  name: 'fourgood_job_runs_total',
  help: 'Runs of background jobs (e.g. rollups) by job and outcome',
  labelNames: ['job', 'outcome'] as const,
  registers,
});
const jobDuration = new Histogram({
  name: 'fourgood_job_duration_seconds',
  help: 'Duration of background job runs',
  labelNames: ['job'] as const,
  buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 1800],
  registers,
});
const jobLastSuccess = new Gauge({
  name: 'fourgood_job_last_success_timestamp_seconds',
  help: 'When each job last ran without error (Unix time)',
  labelNames: ['job'] as const,
  registers,
  aggregator: 'max',
});

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}
const pools = new Map<string, TarnPool>();
new Gauge({
  name: 'fourgood_db_pool_connections',
  help: 'Database connections of the pool by state (used, free, pending = requests waiting for one, max)',
  labelNames: ['pool', 'state'] as const,
  registers,
  collect() {
    this.reset();
    for (const [name, pool] of pools) {
      this.set({ pool: name, state: 'used' }, pool.numUsed());
      this.set({ pool: name, state: 'free' }, pool.numFree());
      this.set({ pool: name, state: 'pending' }, pool.numPendingAcquires());
      this.set({ pool: name, state: 'max' }, pool.max);
    }
  },
});

const readsOnPrimary = new Counter({
  name: 'fourgood_db_replica_reads_on_primary_total',
  help: 'Read-only requests served by the primary although replicas are configured: none was in the rotation (replica_out), or the chosen one failed during the request (replica_failed)',
  labelNames: ['reason'] as const,
  registers,
});

/** A read-only request moved to the primary (db/routing.ts). */
export function recordReadOnPrimary(reason: 'replica_out' | 'replica_failed'): void {
  readsOnPrimary.inc({ reason });
}

const responseCacheLookups = new Counter({
  name: 'fourgood_response_cache_lookups_total',
  help: 'Authenticated read-only GraphQL requests looked up in the response cache: hit (answered from it) or miss (computed)',
  labelNames: ['result'] as const,
  registers,
});
const responseCacheStores = new Counter({
  name: 'fourgood_response_cache_stored_total',
  help: 'Answers kept by the response cache (misses whose data version did not move while they were read)',
  registers,
});

/** A response-cache lookup (response-cache/response-cache.ts), or an answer it kept. */
export function recordResponseCache(event: 'hit' | 'miss' | 'stored'): void {
  if (event === 'stored') responseCacheStores.inc();
  else responseCacheLookups.inc({ result: event });
}

const replicaSets = new Set<{ states: ReplicaState[] }>();
new Gauge({
  name: 'fourgood_db_replica_in_rotation',
  help: 'Whether each replica takes reads (1) or is out of the rotation (0: unreachable or lagging)',
  labelNames: ['replica'] as const,
  registers,
  aggregator: 'min',
  collect() {
    this.reset();
    for (const set of replicaSets) for (const s of set.states) this.set({ replica: s.name }, s.inRotation ? 1 : 0);
  },
});
new Gauge({
  name: 'fourgood_db_replica_lag_seconds',
  help: 'Replay lag of each replica at its last check (time since the primary was at the first WAL position it has not replayed)',
  labelNames: ['replica'] as const,
  registers,
  aggregator: 'max',
  collect() {
    this.reset();
    for (const set of replicaSets) for (const s of set.states) if (s.lagSeconds !== null) this.set({ replica: s.name }, s.lagSeconds);
  },
});

/** Reports the replicas' rotation and lag (db/replica-health.ts); returns the undo (for close). */
export function watchReplicas(health: { states: ReplicaState[] }): () => void {
  replicaSets.add(health);
  return () => void replicaSets.delete(health);
}

/** Counts the ORM's statements and reports its pool; returns the undo (for close). */
export function watchDatabase(orm: MikroORM, name = 'primary'): () => void {
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  const onQuery = () => sqlStatements.inc();
  knex.on('query', onQuery);
  const pool = (knex.client as { pool?: TarnPool }).pool;
  if (pool) pools.set(name, pool);
  return () => {
    knex.off('query', onQuery);
    if (pools.get(name) === pool) pools.delete(name);
  };
}

/**
 * Operation names come from clients: the first 200 distinct names get their own series, any
 * later one counts as "(other)", so that a client cannot grow the metrics without bound.
 */
const MAX_OPERATIONS = 200;
const operations = new Set<string>();
function operationLabel(name: string | null): string {
  const label = name ?? '(anonymous)';
  if (operations.has(label)) return label;
  if (operations.size >= MAX_OPERATIONS) return '(other)';
  operations.add(label);
  return label;
}

/** Called for every finished HTTP request (request-log.ts). */
export function recordRequest(record: RequestRecord, status: number, seconds: number): void {
  const route = record.path === '/graphql' ? 'graphql' : record.path.startsWith('/health') ? 'health' : 'app';
  httpRequests.inc({ route, status: `${Math.floor(status / 100)}xx` });
  if (route !== 'graphql' || !record.operationType) return;
  graphqlDuration.observe({ operation: operationLabel(record.operation), type: record.operationType }, seconds);
  graphqlStatements.observe({ type: record.operationType }, record.statements);
  for (const code of record.errors) graphqlErrors.inc({ code });
}

/**
 * For background jobs (the daily rollup and any later one): one call per run, with its outcome
 * and duration. Counts `fourgood_job_runs_total{job,outcome}`, observes the duration, sets the
 * last-success time, and writes a log line.
 *
 *   const started = Date.now();
 *   try { await rollUp(); recordJobRun('rollup', true, (Date.now() - started) / 1000); }
 *   catch (e) { recordJobRun('rollup', false, (Date.now() - started) / 1000); throw e; }
 */
export function recordJobRun(job: string, ok: boolean, seconds?: number): void {
  jobRuns.inc({ job, outcome: ok ? 'ok' : 'failed' });
  if (seconds !== undefined) jobDuration.observe({ job }, seconds);
  if (ok) jobLastSuccess.set({ job }, Date.now() / 1000);
  const line = { job, ok, ...(seconds !== undefined ? { ms: Math.round(seconds * 1000) } : {}) };
  if (ok) processLogger().info(line, 'job run');
  else processLogger().error(line, 'job run failed');
}

export interface MetricsServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * The metrics listener: GET /metrics in Prometheus' text format, nothing else. `aggregate` (the
 * primary of a cluster) answers the sum of its workers' registries.
 */
export async function startMetricsServer(options: { host: string; port: number; aggregate?: boolean }): Promise<MetricsServer> {
  const aggregator = options.aggregate ? new AggregatorRegistry() : null;
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at /metrics\n');
      return;
    }
    const body = aggregator ? aggregator.clusterMetrics() : metricsRegistry.metrics();
    body.then(
      (text) => res.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' }).end(text),
      (error: Error) => {
        processLogger().error({ err: error.message }, 'metrics failed');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Metrics could not be collected\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host}:${address.port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
