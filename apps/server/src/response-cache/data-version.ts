import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import type { Dialect } from '../db/orm.js';
import { queryStatsStorage } from '../db/query-stats.js';
import { routeStorage } from '../db/routing.js';

/**
 * The database's data version as the request's reads see it: two equal values mean the same
 * committed data. Read without any trigger or counter table, so writes pay nothing for it.
 *
 * - PostgreSQL: `pg_current_snapshot()` (xmin:xmax:in-progress xids) of the server the request
 *   reads from. Any transaction that ends (commits or aborts) changes it: an xid below xmax
 *   leaves the in-progress list, one at or above xmax moves xmax; xids are never reused (64-bit),
 *   so the text never comes back. A read-only statement takes no xid, so an idle database keeps it.
 *   A replica's snapshot is the replica's own; the source (primary or replica n) is part of the value.
 *   It is the whole server's, not the database's: a commit in any other database of the server
 *   moves it too, which costs hits, never freshness. Kept so on purpose (issue #14, 2026-12-03):
 *   no cheap per-database signal is also transactional. `pg_stat_database`'s counters are
 *   per-database but statistics: `xact_commit` counts read-only transactions too (every read
 *   would move it), and the tuple counters (`tup_inserted`/`updated`/`deleted`) reach shared
 *   memory only when the writing backend flushes its pending statistics, up to seconds after
 *   its commit is visible: an answer read before the commit would still be found under the
 *   unchanged counters after it (stale). Which database a committed xid wrote to is not known
 *   after its end (only `pg_stat_activity.backend_xid` while it runs, read apart from the
 *   snapshot: racy). A counter row or sequence bumped by triggers would be per-database, but
 *   every writing statement would pay for it (and a row counter serialises all writers; a
 *   sequence moves before its transaction commits, so it would need the snapshot beside it
 *   anyway). A FourGood server normally holds one FourGood database, where the two agree.
 * - SQLite (one connection per process): `PRAGMA data_version` (moves when another connection,
 *   such as the import or restore tools, commits) and `total_changes()` of this connection (moves
 *   with every row this process inserts, updates or deletes, rolled back or not). null while the
 *   connection is inside a transaction: what it reads then may still be rolled back.
 */
export interface DataVersion {
  /** The version the current request's reads see, or null when no answer may be cached now. */
  read(): Promise<string | null>;
  /**
   * PostgreSQL with replicas: runs `work` (the version read at the start of a request) on the
   * replica the request's query will read from, and keeps that replica for the request.
   */
  onReadSource<T>(useReplica: boolean, work: () => Promise<T>): Promise<T>;
}

interface SqliteHandle {
  inTransaction: boolean;
  prepare(sql: string): { get(): unknown };
}
interface PoolClient<C> {
  acquireConnection(): Promise<C>;
  releaseConnection(connection: C): unknown;
}

function sqliteVersion(orm: MikroORM): DataVersion {
  const client = (orm.em.getConnection() as AbstractSqlConnection).getKnex().client as unknown as PoolClient<SqliteHandle>;
  const statements = new WeakMap<SqliteHandle, { get(): unknown }>();
  return {
    async read() {
      // The pool's one connection: while a transaction holds it, this waits for its end.
      const handle = await client.acquireConnection();
      try {
        if (handle.inTransaction) return null;
        let statement = statements.get(handle);
        if (!statement) {
          statement = handle.prepare('select data_version as d, total_changes() as t from pragma_data_version');
          statements.set(handle, statement);
        }
        const row = statement.get() as { d: number; t: number };
        return `${row.d}:${row.t}`;
      } finally {
        client.releaseConnection(handle);
      }
    },
    onReadSource: (_useReplica, work) => work(),
  };
}

function postgresVersion(orm: MikroORM): DataVersion {
  return {
    async read() {
      // The cache's own statement, not one of the query's: left out of the request's statement
      // count (extensions.sql.statements, the statements histogram; SQLite's read is not a knex
      // statement either), so a miss reports what the query costs. fourgood_sql_statements_total
      // still counts it.
      const rows = await queryStatsStorage.exit(() => orm.em.getDriver().getConnection().execute<Array<{ s: string }>>('select pg_current_snapshot()::text as s'));
      // Where the statement ran (db/routing.ts): a replica still picked after it, or else the
      // primary (no replica was in the rotation, or the picked one failed and it ran again there).
      const state = routeStorage.getStore();
      const source = state?.route === 'replica' && state.replica != null ? `r${state.replica}` : 'p';
      return `${source}/${rows[0]!.s}`;
    },
    async onReadSource(useReplica, work) {
      const state = routeStorage.getStore();
      if (!useReplica || !state) return work();
      // The replica is picked at the first statement on the route 'replica' (db/routing.ts); the
      // request stays on 'primary' (a mutation must never read a replica) but keeps that pick,
      // which its query, once routed to replicas by read-routing.ts, then uses.
      const probe = { ...state, route: 'replica' as const };
      const result = await routeStorage.run(probe, work);
      state.replica = probe.replica;
      return result;
    },
  };
}

export function dataVersion(orm: MikroORM, dialect: Dialect): DataVersion {
  return dialect === 'sqlite' ? sqliteVersion(orm) : postgresVersion(orm);
}
