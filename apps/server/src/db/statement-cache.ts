import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import type { Dialect } from './orm.js';

/**
 * SQLite: every SQL text is prepared once per connection and its better-sqlite3 statement reused
 * (issue #14: re-preparing was about 5 % of a drill-down). knex's better-sqlite3 client calls
 * `connection.prepare(sql)` for each statement it runs and then `all()` or `run()` on it at once
 * (synchronously: a statement is never in use twice at a time); the client's `_query` is handed a
 * view of the connection whose `prepare` looks in a cache of the most recently used texts first.
 * Only knex's statements go through it: code that prepares on the raw handle itself (backups)
 * gets its own statements, so no mode set on a statement (pluck, raw) can leak to another caller.
 * SQLite re-prepares a cached statement by itself when the schema changes (migrations).
 */
export const STATEMENT_CACHE_SIZE = 500;
/** Longer texts (long `in (…)` lists of one request) are prepared each time rather than kept. */
const LONGEST_CACHED = 20_000;

interface Statement {
  readonly reader: boolean;
}
interface SqliteHandle {
  prepare(sql: string): Statement;
}
interface KnexClient {
  _query(connection: SqliteHandle, obj: { sql: string; bindings?: unknown[] }): Promise<unknown>;
  [installed]?: StatementCacheStats;
}
const installed = Symbol('statementCache');

/** Counts since start: statements found in the cache, and prepared. */
export interface StatementCacheStats {
  hits: number;
  prepared: number;
}

/** A cache of prepared statements, most recently used last (a Map keeps insertion order). */
class StatementLru {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly handle: SqliteHandle,
    private readonly size: number,
    private readonly stats: StatementCacheStats,
  ) {}

  prepare(sql: string): Statement {
    const found = this.statements.get(sql);
    if (found) {
      this.stats.hits += 1;
      this.statements.delete(sql);
      this.statements.set(sql, found);
      return found;
    }
    this.stats.prepared += 1;
    const statement = this.handle.prepare(sql);
    if (sql.length <= LONGEST_CACHED) {
      this.statements.set(sql, statement);
      if (this.statements.size > this.size) this.statements.delete(this.statements.keys().next().value!);
    }
    return statement;
  }
}

/** Installs the cache on the ORM's SQLite client (once per ORM); nothing on PostgreSQL. Returns its counters. */
export function installStatementCache(orm: MikroORM, dialect: Dialect, size = STATEMENT_CACHE_SIZE): StatementCacheStats | null {
  if (dialect !== 'sqlite') return null;
  const client = (orm.em.getConnection() as AbstractSqlConnection).getKnex().client as unknown as KnexClient;
  if (client[installed]) return client[installed];
  const stats: StatementCacheStats = { hits: 0, prepared: 0 };
  client[installed] = stats;
  const views = new WeakMap<SqliteHandle, SqliteHandle>();
  const run = client._query.bind(client);
  client._query = (connection, obj) => {
    let view = views.get(connection);
    if (!view) {
      const lru = new StatementLru(connection, size, stats);
      view = { prepare: (sql: string) => lru.prepare(sql) };
      views.set(connection, view);
    }
    return run(view, obj);
  };
  return stats;
}
