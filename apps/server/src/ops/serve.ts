import cluster from 'node:cluster';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createApp, type RunningApp } from '../app.js';
import type { AppConfig } from '../config.js';
import { dialectOf, openDatabase } from '../db/orm.js';
import { isDatabaseEmpty, seedDemo } from '../seed/index.js';
import type { MikroORM } from '@mikro-orm/core';
import { healthRoutes, Readiness } from './health.js';
import type { Logger } from './log.js';
import { recordRequest, startMetricsServer, type MetricsServer } from './metrics.js';
import { requestLog } from './request-log.js';

export interface StartedServer {
  server: Server;
  port: number;
  url: string;
  readiness: Readiness;
  /** Resolves once migrations (and demo data) are done and the app answers; rejects if they fail. */
  ready: Promise<RunningApp>;
  stop(): Promise<void>;
}

async function loadDemoData(orm: MikroORM, config: AppConfig, logger: Logger): Promise<void> {
  if (config.seedScale > 0 && (await isDatabaseEmpty(orm))) {
    logger.info({ scale: config.seedScale }, 'empty database: loading the demo data');
    const started = Date.now();
    await seedDemo(orm, { scale: config.seedScale });
    logger.info({ ms: Date.now() - started }, 'demo data loaded');
  }
}

function describeDatabase(config: AppConfig): string {
  return dialectOf(config) === 'sqlite' ? `SQLite ${config.dataDir}` : 'PostgreSQL';
}

/**
 * One server process. It listens at once, so that `/health/live` answers and `/health/ready`
 * says 503 `migrating` while migrations run (every other path answers 503 until then), then runs
 * the migrations, loads the demo data into an empty database, and hands the port to the app.
 * `migrationsStarting` is for tests (to look at the server while it is not ready).
 */
export async function startServer(config: AppConfig, logger: Logger, hooks: { migrationsStarting?: () => Promise<void> } = {}): Promise<StartedServer> {
  const readiness = new Readiness('starting');
  const boot = express();
  boot.disable('x-powered-by');
  boot.use(requestLog(logger, recordRequest));
  boot.use(healthRoutes(readiness, dialectOf(config), null));
  boot.use((_req, res) => {
    res.status(503).set('retry-after', '5').json({ status: readiness.phase, message: 'FourGood is starting: try again in a few seconds' });
  });
  let handler: RequestListener = boot;
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  logger.info({ port, database: describeDatabase(config) }, 'listening, starting up');

  let running: RunningApp | null = null;
  const ready = (async () => {
    readiness.phase = 'migrating';
    await hooks.migrationsStarting?.();
    const orm = await openDatabase(config);
    readiness.phase = 'seeding';
    await loadDemoData(orm, config, logger);
    running = await createApp(config, { orm, logger, readiness });
    handler = running.app;
    readiness.phase = 'ready';
    logger.info({ port, database: describeDatabase(config) }, `FourGood ready on ${url} (GraphQL at /graphql)`);
    return running;
  })();
  ready.catch(() => undefined);

  return {
    server,
    port,
    url,
    readiness,
    ready,
    async stop() {
      readiness.phase = 'stopping';
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ready.catch(() => undefined);
      await (running as RunningApp | null)?.close();
    },
  };
}

/** SIGINT and SIGTERM stop once (a terminal's Ctrl+C reaches the workers and the primary alike). */
function onSignals(stop: () => void): void {
  let stopped = false;
  const once = () => {
    if (stopped) return;
    stopped = true;
    stop();
  };
  process.on('SIGINT', once);
  process.on('SIGTERM', once);
}

/** One process (the default, and the only choice on SQLite). */
export async function runSingle(config: AppConfig, logger: Logger): Promise<void> {
  const started = await startServer(config, logger);
  let metrics: MetricsServer | null = null;
  if (config.metricsPort !== null) {
    metrics = await startMetricsServer({ host: config.metricsHost, port: config.metricsPort });
    logger.info({ url: metrics.url }, 'metrics listening');
  }
  onSignals(() => {
    logger.info('stopping');
    void Promise.all([started.stop(), metrics?.close()]).then(() => process.exit(0));
  });
  await started.ready;
}

/**
 * FOURGOOD_WORKERS=N (PostgreSQL): this primary process runs the migrations and the demo data
 * once, then forks N workers (node:cluster) that share the port; the kernel hands connections
 * to them in turn. A worker that dies is replaced (unless five die within a minute: then the
 * primary stops, as something is wrong with the start-up itself). Metrics, when on, are served
 * by the primary as the sum over the workers. SIGTERM stops the workers, each finishing its
 * requests, then the primary.
 */
export async function runPrimary(config: AppConfig, logger: Logger): Promise<void> {
  const orm = await openDatabase(config);
  try {
    await loadDemoData(orm, config, logger);
  } finally {
    await orm.close();
  }
  let metrics: MetricsServer | null = null;
  if (config.metricsPort !== null) {
    metrics = await startMetricsServer({ host: config.metricsHost, port: config.metricsPort, aggregate: true });
    logger.info({ url: metrics.url }, 'metrics listening (sum over the workers)');
  }
  let stopping = false;
  const deaths: number[] = [];
  const finish = (code: number) => void Promise.resolve(metrics?.close()).then(() => process.exit(code));
  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (Object.keys(cluster.workers ?? {}).length === 0) finish(0);
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) finish(deaths.length >= 5 ? 1 : 0);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0]! < now - 60_000) deaths.shift();
    if (deaths.length >= 5) {
      logger.fatal({ workerPid: worker.process.pid, code, signal }, 'workers keep dying: stopping');
      stopAll();
      return;
    }
    logger.error({ workerPid: worker.process.pid, code, signal }, 'worker exited: starting another');
    cluster.fork();
  });
  onSignals(() => {
    logger.info('stopping the workers');
    stopAll();
  });
  for (let i = 0; i < config.workers; i++) cluster.fork();
  logger.info({ workers: config.workers }, 'workers started');
}
