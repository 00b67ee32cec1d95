import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import type { Dialect } from './orm.js';

/**
 * Bounds on single statements, so that one request cannot hold the server.
 *
 * PostgreSQL: every statement run for a GraphQL request has `statement_timeout` (the server
 * cancels it: SQLSTATE 57014, answered as VALIDATION_FAILED / QUERY_TIMEOUT by formatError).
 * Other work on the same pool — migrations, demo data and benchmark provinces built at start —
 * runs without a limit: a pooled connection is switched with one `set statement_timeout` only
 * when it passes from one kind of work to the other.
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
const TIMEOUT = Symbol('statementTimeout');

/** Installs the bounds on the ORM's driver (once per ORM); `timeoutMs` 0 turns PostgreSQL's off. */
export function installStatementLimits(orm: MikroORM, dialect: Dialect, timeoutMs: number): void {
  const client = (orm.em.getConnection() as AbstractSqlConnection).getKnex().client as unknown as KnexClient;
  if (client[installed]) return;
  client[installed] = true;
  const run = client._query.bind(client);
  if (dialect === 'sqlite') {
    client._query = async (connection, obj) => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return run(connection, obj);
    };
    return;
  }
  client._query = async (connection, obj) => {
    const wanted = requestStatements.getStore() ? timeoutMs : 0;
    const conn = connection as { [TIMEOUT]?: number };
    if (conn[TIMEOUT] !== wanted) {
      await run(connection, { sql: `set statement_timeout = ${Math.trunc(wanted)}`, bindings: [] });
      conn[TIMEOUT] = wanted;
    }
    return run(connection, obj);
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
