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
import { InFlight, runShutdownHooks } from './shutdown.js';

export interface StopOptions {
  /** How long connections are still accepted after readiness fails (the load balancer's time to notice). */
  graceMs?: number;
  /** Then how long requests in flight get to finish before their connections are ended. */
  timeoutMs?: number;
  /** Runs once no request is in flight, before the app and its pools close (the process's shutdown hooks). */
  beforeClose?: () => Promise<boolean>;
}

export interface StartedServer {
  server: Server;
  port: number;
  url: string;
  readiness: Readiness;
  /** Resolves once migrations (and demo data) are done and the app answers; rejects if they fail. */
  ready: Promise<RunningApp>;
  /**
   * Stops gracefully: /health/ready answers 503 `stopping` at once, connections are accepted for
   * `graceMs` more (answers then say `Connection: close`), then refused; the requests in flight
   * finish (at most `timeoutMs`), then `beforeClose`, then the app closes (jobs, pools). Resolves
   * with whether it was clean: no request cut, no hook failed, start-up had not failed.
   */
  stop(options?: StopOptions): Promise<boolean>;
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

/** A stop asked for while the server was migrating: start-up ends there (not a failure). */
class StoppedDuringStartup extends Error {
  constructor() {
    super('stopped during start-up');
  }
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
    const message = readiness.phase === 'stopping' ? 'FourGood is stopping: try again' : 'FourGood is starting: try again in a few seconds';
    res.status(503).set('retry-after', '5').json({ status: readiness.phase, message });
  });
  let handler: RequestListener = boot;
  const server = createServer((req, res) => {
    inFlight.track(res);
    handler(req, res);
  });
  const inFlight = new InFlight(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  logger.info({ port, database: describeDatabase(config) }, 'listening, starting up');

  let running: RunningApp | null = null;
  // A function: the phase changes under the awaits below (stop() may be called meanwhile).
  const stopping = () => readiness.phase === 'stopping';
  const ready = (async () => {
    readiness.phase = 'migrating';
    await hooks.migrationsStarting?.();
    const orm = await migrateAndSeed(config, logger, () => {
      if (readiness.phase === 'migrating') readiness.phase = 'seeding';
    });
    if (stopping()) {
      await orm.close();
      throw new StoppedDuringStartup();
    }
    running = await createApp(config, { orm, logger, readiness });
    if (stopping()) return running;
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
    async stop({ graceMs = 0, timeoutMs = config.shutdownTimeoutMs, beforeClose }: StopOptions = {}) {
      readiness.phase = 'stopping';
      inFlight.drain();
      if (graceMs > 0) {
        logger.info({ graceMs, inFlight: inFlight.count }, 'stopping: not ready any more, connections accepted for the grace period');
        await new Promise((resolve) => setTimeout(resolve, graceMs));
      }
      // The listening socket is closed synchronously by close() before the line is logged: were the
      // line first, a client reading it could still connect (the kernel completes the handshake on
      // a socket still listening) if this process were descheduled between the two.
      const closing = inFlight.close(timeoutMs);
      logger.info({ inFlight: inFlight.count }, 'stopping: new connections refused, finishing the requests in flight');
      const cut = await closing;
      if (cut > 0) logger.warn({ cut, timeoutMs }, 'stopping: requests still running after the timeout were cut');
      const started = await ready.then(
        () => true,
        (error: unknown) => error instanceof StoppedDuringStartup,
      );
      const hooksOk = (await beforeClose?.()) ?? true;
      await (running as RunningApp | null)?.close();
      return cut === 0 && hooksOk && started;
    },
  };
}

/**
 * Opens the database: migrations, then the demo data of an empty database, both under the
 * migration lock on PostgreSQL (processes starting together do each once). `migrated` is called
 * when the migrations are done (the demo data comes next).
 */
async function migrateAndSeed(config: AppConfig, logger: Logger, migrated: () => void = () => undefined): Promise<MikroORM> {
  return openDatabase(config, {}, {
    waiting: () => logger.info('another process is migrating this database: waiting for it'),
    migrated: (names) => {
      logger.info({ applied: names.length, ...(names.length ? { last: names[names.length - 1] } : {}) }, names.length ? 'migrations applied' : 'database schema up to date');
      migrated();
    },
    underLock: (orm) => loadDemoData(orm, config, logger),
  });
}

/**
 * SIGINT and SIGTERM stop once (a terminal's Ctrl+C reaches the workers and the primary alike;
 * later signals are ignored). SIGTERM is what a service manager or load balancer's orchestrator
 * sends; SIGINT is a person at a terminal, who gets no grace period.
 */
function onSignals(stop: (signal: NodeJS.Signals) => void): void {
  let stopped = false;
  const once = (signal: NodeJS.Signals) => {
    if (stopped) return;
    stopped = true;
    stop(signal);
  };
  process.on('SIGINT', once);
  process.on('SIGTERM', once);
}

/**
 * One process (the default, the only choice on SQLite, and each worker of a cluster). SIGTERM:
 * /health/ready fails at once, connections are accepted for FOURGOOD_SHUTDOWN_GRACE_MS (the load
 * balancer takes the process out meanwhile), then refused; the requests in flight finish (at most
 * FOURGOOD_SHUTDOWN_TIMEOUT_MS), background jobs stop (onShutdown hooks, ops/shutdown.ts), the
 * pools close, and the process exits 0 (1 when a request had to be cut or a job failed to stop).
 */
export async function runSingle(config: AppConfig, logger: Logger): Promise<void> {
  const started = await startServer(config, logger);
  let metrics: MetricsServer | null = null;
  if (config.metricsPort !== null) {
    metrics = await startMetricsServer({ host: config.metricsHost, port: config.metricsPort });
    logger.info({ url: metrics.url }, 'metrics listening');
  }
  onSignals((signal) => {
    const begun = Date.now();
    const graceMs = signal === 'SIGTERM' ? config.shutdownGraceMs : 0;
    logger.info({ signal, graceMs }, 'stopping');
    void started
      .stop({ graceMs, timeoutMs: config.shutdownTimeoutMs, beforeClose: runShutdownHooks })
      .then(async (clean) => {
        await metrics?.close();
        logger.info({ ms: Date.now() - begun, clean }, 'stopped');
        process.exit(clean ? 0 : 1);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      });
  });
  await started.ready;
}

/**
 * FOURGOOD_WORKERS=N (PostgreSQL): this primary process runs the migrations and the demo data
 * once, then forks N workers (node:cluster) that share the port; the kernel hands connections
 * to them in turn. A worker that dies is replaced (unless five die within a minute: then the
 * primary stops, as something is wrong with the start-up itself). Metrics, when on, are served
 * by the primary as the sum over the workers. SIGTERM (or SIGINT) is passed to every worker as
 * SIGTERM: each stops gracefully (runSingle); the primary exits when the last has, 0 when every
 * worker stopped cleanly.
 */
export async function runPrimary(config: AppConfig, logger: Logger): Promise<void> {
  await (await migrateAndSeed(config, logger)).close();
  let metrics: MetricsServer | null = null;
  if (config.metricsPort !== null) {
    metrics = await startMetricsServer({ host: config.metricsHost, port: config.metricsPort, aggregate: true });
    logger.info({ url: metrics.url }, 'metrics listening (sum over the workers)');
  }
  let stopping = false;
  let unclean = false;
  const deaths: number[] = [];
  const finish = (code: number) => void Promise.resolve(metrics?.close()).then(() => process.exit(code));
  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (Object.keys(cluster.workers ?? {}).length === 0) finish(0);
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) unclean = true;
      if (Object.keys(cluster.workers ?? {}).length === 0) finish(deaths.length >= 5 || unclean ? 1 : 0);
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
  // SIGTERM (or SIGINT) to the primary: each worker gets SIGTERM and stops gracefully (runSingle).
  onSignals((signal) => {
    logger.info({ signal }, 'stopping the workers');
    stopAll();
  });
  for (let i = 0; i < config.workers; i++) cluster.fork();
  logger.info({ workers: config.workers }, 'workers started');
}
