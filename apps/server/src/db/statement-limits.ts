import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import type { Dialect } from './orm.js';

/**
 * Bounds on single statements, so that one request cannot hold the server.
 *
 * PostgreSQL: every statement run for a GraphQL request has `statement_timeout` (the server
 * cancels it: SQLSTATE 57014, answered as VALIDATION_FAILED / QUERY_TIMEOUT by formatError).
 * Other work on the same pools — migrations, demo data and benchmark provinces built at start —
 * runs without a limit. The limit is applied by a wrapper around each pooled pg connection
 * (`limitStatements`, installed by the pool's `afterCreate` in orm.ts), so it covers the primary's
 * pool and every replica's, and statements inside transactions as well as outside. Two ways,
 * chosen by FOURGOOD_TRANSACTION_POOLER:
 * - a direct connection to PostgreSQL (the default): the connection's own setting is switched
 *   with one session-level `set statement_timeout` when it passes from one kind of work to the
 *   other, and only between transactions (a SET inside a transaction is undone by its rollback);
 * - behind a pooler in transaction mode (PgBouncer), where consecutive statements of one client
 *   connection may run on different server connections and a session-level SET would leak to
 *   other clients: nothing is set on the session. A request's transaction gets
 *   `set local statement_timeout` right after its BEGIN, and a request's statement outside a
 *   transaction is sent inside one of its own (`begin; set local …` in one round trip, the
 *   statement, `commit`): two round trips more per such statement (not measured yet), the price
 *   of a limit that cannot leak to other clients.
 *   Connection-string options (`options=-c statement_timeout=…`) are not used: PgBouncer
 *   refuses or ignores that startup parameter, and it would also bind migrations.
 * A request's COMMIT runs without the limit (`set local statement_timeout = 0` just before it):
 * with synchronous replication a COMMIT waits for the standby, and a cancelled wait answers
 * success for a commit the standby may not have — an acknowledged write a failover would lose.
 *
 * SQLite: better-sqlite3 runs a statement synchronously on the event loop and has no interrupt
 * or progress handler, so a running statement cannot be stopped. What is done instead: each
 * statement starts from a fresh turn of the event loop (setImmediate), so other requests and
 * /health are answered between the statements of a long request instead of after all of them
 * (knex's promise chain would otherwise run statement after statement as microtasks); the
 * length of one statement is bounded by the query cost limit and the batching of aggregates.
 */
const requestStatements = new AsyncLocalStorage<boolean>();

/** Runs `next` (a GraphQL request) with the per-statement limit on. */
export function withStatementLimit(next: () => void): void {
  requestStatements.run(true, next);
}

interface KnexClient {
  _query(connection: unknown, obj: { sql: string; bindings?: unknown[] }): Promise<unknown>;
  [installed]?: true;
}
const installed = Symbol('statementLimits');

/** SQLite: installs the fresh-turn rule on the ORM's driver (once per ORM). PostgreSQL: see limitStatements. */
export function installStatementLimits(orm: MikroORM, dialect: Dialect): void {
  if (dialect !== 'sqlite') return;
  const client = (orm.em.getConnection() as AbstractSqlConnection).getKnex().client as unknown as KnexClient;
  if (client[installed]) return;
  client[installed] = true;
  const run = client._query.bind(client);
  client._query = async (connection, obj) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return run(connection, obj);
  };
}

type QueryConfig = { text?: string; values?: unknown[]; submit?: unknown } | string;
type Callback = (err: Error | null, result?: unknown) => void;
interface PgConnection {
  query(config: QueryConfig, ...rest: unknown[]): unknown;
  [installed]?: true;
}

const BEGIN = /^\s*(begin|start\s+transaction)\b/i;
const END = /^\s*(commit|end|abort|rollback)\b(?!\s+to\b)/i;
const COMMIT = /^\s*(commit|end)\b/i;

/**
 * Wraps one pooled pg connection so that a request's statements run with `timeoutMs` (0: no
 * limit) and other work without. `pooler`: the connection goes through a transaction-mode pooler.
 *
 * It also turns PostgreSQL's JIT off, the same two ways: with the first session SET of a direct
 * connection, and as `set local jit = off` with a request's limit behind a pooler. JIT compiles
 * any statement whose estimated cost passes jit_above_cost (100,000): at the whole country's size
 * a province's meeting statistics (0.3 ms to run) spent 33 ms compiling (issue #14); FourGood's
 * statements are short lookups.
 */
export function limitStatements(conn: PgConnection, timeoutMs: number, pooler: boolean): void {
  if (conn[installed]) return;
  conn[installed] = true;
  const original = conn.query.bind(conn) as (config: QueryConfig) => Promise<unknown>;
  const limit = Math.trunc(timeoutMs);
  /** Direct: the session's current value (null: unknown). Both: whether a transaction is open. */
  let session: number | null = null;
  let inTransaction = false;

  const run = async (config: QueryConfig): Promise<unknown> => {
    const text = typeof config === 'string' ? config : (config.text ?? '');
    const wanted = requestStatements.getStore() ? limit : 0;
    const begins = BEGIN.test(text);
    const ends = END.test(text);
    if (!pooler) {
      if (!inTransaction && session !== wanted) {
        // The connection's first statement also turns JIT off for the session (see below).
        await original(session === null ? `set statement_timeout = ${wanted}; set jit = off` : `set statement_timeout = ${wanted}`);
        session = wanted;
      }
      if (inTransaction && wanted > 0 && COMMIT.test(text)) await original('set local statement_timeout = 0');
      const result = await original(config);
      if (begins) inTransaction = true;
      if (ends) inTransaction = false;
      return result;
    }
    if (wanted === 0 || inTransaction) {
      if (inTransaction && wanted > 0 && COMMIT.test(text)) await original('set local statement_timeout = 0');
      const result = await original(config);
      if (ends) inTransaction = false;
      return result;
    }
    if (begins) {
      const result = await original(config);
      inTransaction = true;
      await original(`set local statement_timeout = ${wanted}; set local jit = off`);
      return result;
    }
    // A request's statement outside a transaction: in a transaction of its own.
    await original(`begin; set local statement_timeout = ${wanted}; set local jit = off`);
    try {
      const result = await original(config);
      await original('commit');
      return result;
    } catch (error) {
      await original('rollback').catch(() => undefined);
      throw error;
    }
  };

  conn.query = (config: QueryConfig, ...rest: unknown[]) => {
    // Cursors and streams (objects with submit), and calls with their own values array: as they are.
    if (typeof config === 'object' && typeof config.submit === 'function') return original.call(conn, config, ...(rest as []));
    const callback = rest.find((r): r is Callback => typeof r === 'function');
    const values = rest.find((r) => Array.isArray(r)) as unknown[] | undefined;
    const full: QueryConfig = values ? { text: typeof config === 'string' ? config : config.text, values } : config;
    const promise = run(full);
    if (!callback) return promise;
    promise.then((result) => callback(null, result), (error: Error) => callback(error));
    return undefined;
  };
}

/** Whether an error (or what it wraps) is PostgreSQL cancelling a statement at statement_timeout. */
export function isStatementTimeout(error: unknown): boolean {
  for (let e = error as { code?: unknown; originalError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth += 1) {
    if (e.code === '57014') return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}

/**
 * SQLSTATEs and socket errors that mean "the database is not reachable or not the primary right
 * now", not "this request is wrong": connection exceptions (class 08), the server shutting down or
 * starting (57P01–57P03), too many connections (53300), a write reaching a server that is (again) a
 * standby (25006, after a failover), and the socket or pool giving up.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '25006']);
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// Matched at the start or after MikroORM's "<statement> - " prefix.
const UNAVAILABLE_MESSAGE = /(^|\s-\s)(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Knex: Timeout acquiring a connection)/;

/** Whether an error (or what it wraps) is the database being unreachable or switching primaries: worth a retry. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; name?: unknown; originalError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth += 1) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (code.startsWith('08') || UNAVAILABLE_STATES.has(code) || UNAVAILABLE_SOCKET.has(code)) return true;
    if (e.name === 'KnexTimeoutError' || e.name === 'ConnectionException') return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}
