import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { parse as parseCookies } from 'cookie';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { Kind, visit, type DocumentNode, type GraphQLError, type ValidationContext } from 'graphql';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { readSession, SESSION_COOKIE } from './auth/auth.service.js';
import { requireSignIn } from './auth/require-sign-in.js';
import type { AppConfig } from './config.js';
import './http-types.js';
import { DomainError, ErrorCode, toGraphQLError } from './graphql/errors.js';
import { dialectOf, openDatabase } from './db/orm.js';
import { startDailyRollups } from './rollups.js';
import { installQueryCounter, queryStatsStorage } from './db/query-stats.js';
import { hasReplicas, routeStorage, startReplicaChecks, withRoute } from './db/routing.js';
import { installStatementLimits, withStatementLimit } from './db/statement-limits.js';
import { installStatementCache } from './db/statement-cache.js';
import { createContext, type Context } from './context.js';
import { COST, costLimitPlugin } from './graphql/cost.js';
import { createFormatError } from './graphql/format-error.js';
import { inputGuard } from './graphql/input-guard.js';
import { compressSmallAnswers } from './graphql/small-answers.js';
import { healthRoutes, Readiness } from './ops/health.js';
import { createLogger, type Logger } from './ops/log.js';
import { recordRequest, watchDatabase } from './ops/metrics.js';
import { currentRequest, requestLog, requestRecordPlugin } from './ops/request-log.js';
import { onShutdown } from './ops/shutdown.js';
import { readRouting } from './read-routing.js';
import { createSchema } from './schema.js';
import { createJitExecutor } from './graphql/jit-executor.js';
import { dataioRoutes } from './dataio/http.js';
import { interruptAbandonedImportJobs, type ImportJobHooks } from './dataio/import-jobs.js';
import { dataVersion } from './response-cache/data-version.js';
import { ResponseCache, sessionOnce } from './response-cache/response-cache.js';

/** Limits on what one request may ask (graphql-armor rules; the token limit is the parser's). */
export const LIMITS = { maxTokens: 5000, maxDepth: 12, maxAliases: 20, maxDirectives: 20, maxCost: COST.maxCost, bodyBytes: '100kb' } as const;

/** graphql-armor throws by default (a 500); reporting through the validation context makes it a 400 like any invalid query. */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Whether a parsed document asks introspection, kept per document (Apollo hands back the same object for the same text). */
const introspecting = new WeakMap<DocumentNode, boolean>();

function asksIntrospection(document: DocumentNode): boolean {
  const known = introspecting.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  introspecting.set(document, found);
  return found;
}

/** The schema's introspection is for signed-in analysts and admins (the query workspace). */
function introspectionGate(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (asksIntrospection(document) && !contextValue.access.canSomewhere('QUERY_WORKSPACE')) {
            const error = toGraphQLError(
              new DomainError(contextValue.access.authenticated ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED, 'The schema can be explored by signed-in analysts and admins'),
            );
            // Thrown before execution, so Apollo would answer 500 without a status of our own.
            error.extensions.http = { status: contextValue.access.authenticated ? 403 : 401 };
            throw error;
          }
        },
      };
    },
  };
}

export interface RunningApp {
  app: express.Express;
  orm: MikroORM;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * Answers are never cached. Apollo's own cache-control plugin (disabled in createApp) would say
 * the same, but its hook on every resolved field costs a sixth of a drill-down of 200 children.
 */
function noStorePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

function queryStatsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const stats = queryStatsStorage.getStore();
          if (stats && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sql: { statements: stats.statements } };
          }
        },
      };
    },
  };
}

/** Hashed build output never changes under its name; the app shell and anything else is revalidated. */
function cacheControlFor(path: string): string {
  return /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The HTTP application: GraphQL at /graphql, a health check, and the admin app when built. */
export async function createApp(config: AppConfig, options: { orm?: MikroORM; log?: (e: unknown) => void; logger?: Logger; readiness?: Readiness; importJobHooks?: ImportJobHooks } = {}): Promise<RunningApp> {
  const orm = options.orm ?? (await openDatabase(config));
  installQueryCounter(orm);
  const unwatch = watchDatabase(orm);
  const dialect = dialectOf(config);
  installStatementLimits(orm, dialect);
  installStatementCache(orm, dialect);
  const logger = options.logger ?? createLogger(config.logLevel);
  // Unexpected errors, already stripped of values by formatError (describeForLog).
  const log = options.log ?? ((e: unknown) => logger.error({ reqId: currentRequest.getStore()?.id, err: e }, 'unexpected error'));
  // Date-dependent rollups (exact age bands): a missed day caught up now, then every midnight.
  const daily = await startDailyRollups(orm, (message, error) => (error ? logger.error({ err: error }, message) : logger.info(message)));
  // On SIGTERM the job stops with the other background jobs, before the pools close.
  const unregisterDaily = onShutdown(() => daily.stop());
  // Replicas out of reach or too far behind leave the read rotation, and come back (db/replica-health.ts).
  const stopReplicaChecks = startReplicaChecks(orm, { checkMs: config.replicaCheckMs, maxLagMs: config.replicaMaxLagMs, logger });
  // Import jobs left running by a process that is gone (dataio/import-jobs.ts).
  const interrupted = await interruptAbandonedImportJobs(orm, dialect);
  if (interrupted > 0) logger.warn({ jobs: interrupted }, 'import jobs of a stopped process marked INTERRUPTED');
  // The session every GraphQL request starts with, looked up once (the response cache may ask first).
  const sessionOf = (req: express.Request) =>
    sessionOnce(req, () => readSession(orm.em.fork() as EntityManager, req.cookies[SESSION_COOKIE]));
  const replicas = hasReplicas(orm);
  const responseCache =
    config.responseCacheEntries > 0
      ? new ResponseCache(config.responseCacheEntries, dataVersion(orm, dialect), {
          session: sessionOf,
          readsReplica: (session) => replicas && !(session.readsPrimaryUntil && session.readsPrimaryUntil.getTime() > Date.now()),
          exposeQueryStats: config.exposeQueryStats,
        })
      : null;
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    // FOURGOOD_GRAPHQL_JIT ≥ 1: graphql-jit executes queries (graphql/jit-executor.ts); 0: graphql-js.
    ...(config.graphqlJit > 0 ? { gateway: createJitExecutor(schema, { compileAt: config.graphqlJit }).gateway } : { schema }),
    formatError: createFormatError(log, { logValues: config.logSql }),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    // No automatic persisted queries (the admin app does not use them): a hash alone answers
    // VALIDATION_FAILED with reason PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: [
      maxDepthRule({ n: LIMITS.maxDepth, ...reportAsValidationError }),
      maxAliasesRule({ n: LIMITS.maxAliases, ...reportAsValidationError }),
      maxDirectivesRule({ n: LIMITS.maxDirectives, ...reportAsValidationError }),
    ],
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), noStorePlugin(), requestRecordPlugin(), requireSignIn(), introspectionGate(), inputGuard(), costLimitPlugin(LIMITS.maxCost), readRouting({ replicas, readYourWritesMs: config.readYourWritesMs }), ...(config.exposeQueryStats ? [queryStatsPlugin()] : []), ...(responseCache ? [responseCache.plugin()] : [])],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind a TLS proxy: req.secure (the cookie's Secure flag) and req.ip (sign-in locks) come from
  // the X-Forwarded-* headers of the proxies trusted here, and only from them.
  app.set('trust proxy', config.trustProxy);
  // Security headers; no CORS headers at all, so browsers allow only same-origin calls.
  // Styles: the app's own files, and inline styles, which antd's CSS-in-JS, GraphiQL's Monaco editor
  // and rc-component's measuring code need (README, "Content security policy"); no other origin.
  app.use(helmet({ crossOriginEmbedderPolicy: false, contentSecurityPolicy: { directives: { styleSrc: ["'self'", "'unsafe-inline'"] } } }));
  app.use(requestLog(logger, recordRequest));
  app.use((req, _res, next) => {
    req.cookies = parseCookies(req.headers.cookie ?? '');
    next();
  });
  app.get('/health', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok', database: dialect });
    } catch {
      res.status(503).json({ status: 'unavailable', database: dialect });
    }
  });
  app.use(healthRoutes(options.readiness ?? new Readiness('ready'), dialect, () => orm.em.fork().getConnection().execute('select 1')));
  app.use(
    '/graphql',
    // Answers over 1 kB compressed: brotli (quality 4, fast enough per request) or gzip; those
    // below 32 kB in one call rather than a zlib stream each (graphql/small-answers.ts).
    compression(),
    compressSmallAnswers(),
    (_req, _res, next) => withStatementLimit(next),
    (_req, _res, next) => withRoute(next),
    express.json({ limit: LIMITS.bodyBytes }),
    ...(responseCache ? [responseCache.middleware] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork() as EntityManager;
        const token = req.cookies[SESSION_COOKIE];
        const session = await sessionOf(req);
        const route = routeStorage.getStore();
        if (route && token && session.access.authenticated) route.session = { token, readsPrimaryUntil: session.readsPrimaryUntil };
        return createContext(em, dialect, session.access, { req, res });
      },
    }),
  );
  // Body-parser failures (too large, not JSON) answer like any other GraphQL error.
  app.use('/graphql', (error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!error?.status || error.status >= 500) return next(error);
    currentRequest.getStore()?.errors.push(ErrorCode.VALIDATION_FAILED);
    const message = error.type === 'entity.too.large' ? `The request is larger than ${LIMITS.bodyBytes}` : 'The request body is not valid JSON';
    res.status(error.status).json({ errors: [{ message, extensions: { code: ErrorCode.VALIDATION_FAILED, reason: error.type } }] });
  });
  // Spreadsheet import and export: files, not GraphQL bodies (dataio/http.ts).
  app.use('/dataio', dataioRoutes(orm, dialect, options.importJobHooks));
  if (existsSync(join(config.adminDir, 'index.html'))) {
    // The build writes .br and .gz copies beside each asset; the one the browser accepts is sent
    // as is. Hashed files under /assets never change: a year, immutable. Anything else (the app
    // shell) is checked on every visit, so a deployment reaches every browser at once.
    const assets = expressStaticGzip(config.adminDir, {
        index: false,
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
      serveStatic: { setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControlFor(path)) },
    });
    app.use(assets);
    // Client-side routes: every other GET gets the app shell (a missing /assets file stays a 404,
    // which the app reads as "a new version was deployed").
    app.get(/^\/(?!graphql|health|dataio\/|assets\/).*/, (req, res, next) => {
      req.url = '/index.html';
      assets(req, res, next);
    });
  }

  return {
    app,
    orm,
    logger,
    async close() {
      unwatch();
      unregisterDaily();
      await daily.stop();
      await stopReplicaChecks();
      await apollo.stop();
      await orm.close();
    },
  };
}
