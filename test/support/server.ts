import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import { createApp } from '../../apps/server/src/app.js';
import { Access } from '../../apps/server/src/auth/access.js';
import type { Role } from '../../apps/server/src/auth/roles.js';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { createRequest, type Services } from '../../apps/server/src/context.js';
import type { ImportJobHooks } from '../../apps/server/src/dataio/import-jobs.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl as pgDatabaseUrl, dropDatabase, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { fromGlobalId } from '../../apps/server/src/graphql/relay.js';
import type { Logger } from '../../apps/server/src/ops/log.js';
import { dialectOfOrm } from '../../apps/server/src/seed/bulk-writer.js';

export type TestDb = 'sqlite' | 'postgres';

/** The services of one unit of work with unlimited access, on a fresh fork (set-up and tools only). */
export function systemServices(orm: MikroORM, today?: string): Services {
  return createRequest(orm.em.fork() as never, dialectOfOrm(orm), Access.system(), today).services;
}

export function testDb(): TestDb {
  return process.env.FOURGOOD_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string; fields?: Array<{ field: string; reason: string; message: string; [value: string]: unknown }>; reason?: string } }>;
  extensions?: { sql?: { statements: number } };
}

export interface Client {
  /** Posts a GraphQL operation over real HTTP, with this client's session cookie. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The session cookie ("name=value"), or "" for an anonymous client. */
  cookie: string;
}

export interface TestServer extends Client {
  url: string;
  orm: MikroORM;
  config: AppConfig;
  /** A client without a session. */
  anonymous: Client;
  /** Creates a user with these grants (organisation global ids, null = national) and signs in. */
  userWith(username: string, grants: Array<{ role: Role; organizationId: string | null }>): Promise<Client>;
  /** Signs in over HTTP. */
  signIn(username: string, password: string): Promise<Client>;
  /** Logged internal errors (formatError's log), for asserting no leak and no crash. */
  internalErrors: unknown[];
  close(): Promise<void>;
}

/**
 * A real server on a random port over a fresh database: a new SQLite file, or a new PostgreSQL
 * database on 127.0.0.1:5432 that is dropped on close.
 */
export async function startTestServer(
  options: {
    prepare?: (orm: MikroORM) => Promise<void>;
    config?: Partial<AppConfig>;
    /**
     * PostgreSQL elsewhere than 127.0.0.1:5432 (test/support/standby.ts): the database is made
     * through `adminUrl`, and `replicaAdminUrls` (the same server's streaming replicas) become
     * DATABASE_REPLICA_URLS for the same database name.
     */
    cluster?: { adminUrl: string; replicaAdminUrls?: string[] };
    logger?: Logger;
    /** Hooks into the import jobs (to hold one while the test looks at it). */
    importJobHooks?: ImportJobHooks;
  } = {},
): Promise<TestServer> {
  const db = options.cluster ? 'postgres' : testDb();
  const adminUrl = options.cluster?.adminUrl;
  const dataDir = mkdtempSync(join(tmpdir(), 'fourgood-test-'));
  const pgName = `fourgood_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let databaseUrl: string | null = null;
  if (db === 'postgres') {
    if (!(await postgresReachable(adminUrl))) throw new Error(`PostgreSQL is not reachable on ${adminUrl ?? '127.0.0.1:5432'} (user postgres)`);
    // A copy of the run's migrated template (test/support/pg-template.ts) on the default server;
    // a cluster of a test's own (replicas) and runs outside vitest migrate from scratch.
    const template = adminUrl ? undefined : process.env.FOURGOOD_TEST_PG_TEMPLATE;
    databaseUrl = await createDatabase(pgName, adminUrl, template);
  }
  const databaseReplicaUrls = (options.cluster?.replicaAdminUrls ?? []).map((url) => pgDatabaseUrl(pgName, url));
  // FOURGOOD_RESPONSE_CACHE_ENTRIES reaches the servers of a test run (the suites run once with the response cache on).
  // So does FOURGOOD_GRAPHQL_JIT (graphql-jit: 1 compiles every query at its first run, 0 is graphql-js only).
  const config = loadConfig({ FOURGOOD_RESPONSE_CACHE_ENTRIES: process.env.FOURGOOD_RESPONSE_CACHE_ENTRIES, FOURGOOD_GRAPHQL_JIT: process.env.FOURGOOD_GRAPHQL_JIT }, { databaseUrl, dataDir, exposeQueryStats: true, seedScale: 0, adminDir: join(dataDir, 'no-admin'), logLevel: 'silent', databaseReplicaUrls, ...options.config });
  const orm = await openDatabase(config);
  if (options.prepare) await options.prepare(orm);
  const internalErrors: unknown[] = [];
  const running = await createApp(config, { orm, log: (e) => internalErrors.push(e), logger: options.logger, importJobHooks: options.importJobHooks });
  const server: Server = await new Promise((resolve) => {
    const s = running.app.listen(0, '127.0.0.1', () => resolve(s));
    // The client (undici) drops idle sockets after 4 s; were the server to drop them first (its
    // default is 5 s, late timers under load), a request sent on a socket being closed fails
    // with "other side closed". close() still ends idle sockets at once.
    s.keepAliveTimeout = 60_000;
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cacheTally = { hit: 0, miss: 0 };
  const replay = process.env.FOURGOOD_RESPONSE_CACHE_REPLAY === '1' && config.responseCacheEntries > 0;

  const client = (cookie: string): Client => {
    const send = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const cached = res.headers.get('x-response-cache');
      if (cached) cacheTally[cached as 'hit' | 'miss'] += 1;
      return { cached, body: (await res.json()) as GraphQLResponse<T> };
    };
    const gql = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const first = await send<T>(query, variables, headers);
      // FOURGOOD_RESPONSE_CACHE_REPLAY=1 (with the cache on): every query is asked twice and the
      // test checks the second answer, from the cache when the first was kept; both must agree.
      if (!replay || first.cached !== 'miss' || /^\s*mutation\b/.test(query)) return first.body;
      const second = await send<T>(query, variables, headers);
      const same = (r: GraphQLResponse) => JSON.stringify({ data: r.data, errors: r.errors });
      // Compared when the second answer came from the cache: two fresh answers may differ by
      // design (an exported .xlsx carries the time it was made, and is never kept).
      if (second.cached === 'hit' && same(second.body) !== same(first.body)) throw new Error(`the cached answer differs: ${same(first.body)} then ${same(second.body)}`);
      // The statements are the computed answer's (a hit reports only its own session lookup), so
      // the tests that bound a query's statements still measure the query.
      return first.body.extensions ? { ...second.body, extensions: first.body.extensions } : second.body;
    };
    return {
      cookie,
      gql,
      async data<T>(query: string, variables?: Record<string, unknown>) {
        const res = await gql<T>(query, variables);
        if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
        return res.data as T;
      },
    };
  };
  const signIn = async (username: string, password: string): Promise<Client> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username } } }', variables: { u: username, p: password } }),
    });
    const body = (await res.json()) as GraphQLResponse;
    if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
    const setCookie = res.headers.get('set-cookie') ?? '';
    return client(setCookie.split(';')[0]!);
  };
  const { auth } = systemServices(orm);
  const userWith = async (username: string, grants: Array<{ role: Role; organizationId: string | null }>) => {
    const password = `${username}-password-1`;
    const user = await auth.createUser({ username, displayName: username, password });
    for (const g of grants) {
      const orgId = g.organizationId === null ? null : fromGlobalId(g.organizationId).id;
      await auth.grant(user.id, g.role, orgId);
    }
    return signIn(username, password);
  };
  const admin = await userWith('test-admin', [{ role: 'ADMIN', organizationId: null }]);

  return {
    url,
    orm,
    config,
    ...admin,
    anonymous: client(''),
    userWith,
    signIn,
    internalErrors,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await running.close();
      // With the response cache on, how often the file's requests were answered from it.
      if (config.responseCacheEntries > 0) console.log(`response cache: ${cacheTally.hit} hits, ${cacheTally.miss} misses`);
      if (db === 'postgres') await dropDatabase(pgName, adminUrl);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
