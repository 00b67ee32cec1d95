import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AppConfig } from './config.js';
import { dialectOf, openDatabase } from './db/orm.js';
import { installQueryCounter, queryStatsStorage } from './db/query-stats.js';
import { createContext, type Context } from './graphql/context.js';
import { createFormatError } from './graphql/format-error.js';
import { createSchema } from './graphql/schema.js';

export interface RunningApp {
  app: express.Express;
  orm: MikroORM;
  close(): Promise<void>;
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

/** The HTTP application: GraphQL at /graphql, a health check, and the admin app when built. */
export async function createApp(config: AppConfig, options: { orm?: MikroORM; log?: (e: unknown) => void } = {}): Promise<RunningApp> {
  const orm = options.orm ?? (await openDatabase(config));
  installQueryCounter(orm);
  const dialect = dialectOf(config);
  const log = options.log ?? ((e: unknown) => console.error('[graphql]', e));
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...(config.exposeQueryStats ? [queryStatsPlugin()] : [])],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok', database: dialect });
    } catch {
      res.status(503).json({ status: 'unavailable', database: dialect });
    }
  });
  app.use(
    '/graphql',
    (_req, _res, next) => queryStatsStorage.run({ statements: 0 }, next),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => createContext(orm.em.fork() as EntityManager, dialect),
    }),
  );
  if (existsSync(join(config.adminDir, 'index.html'))) {
    app.use(express.static(config.adminDir, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the app shell.
    app.get(/^\/(?!graphql|health).*/, (_req, res) => res.sendFile(join(config.adminDir, 'index.html')));
  }

  return {
    app,
    orm,
    async close() {
      await apollo.stop();
      await orm.close();
    },
  };
}
