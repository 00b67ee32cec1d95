import pg from 'pg';

/**
 * One migrator at a time across every process and host on one PostgreSQL database.
 *
 * The lock is PostgreSQL's advisory lock, taken on a dedicated connection (not the ORM's pool)
 * as a *transaction-level* lock (`pg_advisory_xact_lock`) inside a transaction that stays open
 * while the migrations (and the demo data of an empty database) run on the pool, and ends with
 * `commit` afterwards. Why a transaction-level lock in an open transaction rather than a
 * session-level `pg_advisory_lock`: it works the same on a direct connection and through a
 * pooler in transaction mode (PgBouncer pins a server connection to its client for the length
 * of a transaction, so the lock and its release happen on one server session), while a
 * session-level lock taken through such a pooler would stay behind on a server connection that
 * other clients then use. The open transaction holds no table lock and no snapshot between
 * statements, so it blocks neither the migrations' DDL nor vacuum. A process that dies while
 * holding it loses its connection, and PostgreSQL (or PgBouncer, closing the server side of an
 * unfinished transaction) releases the lock.
 *
 * A process that finds the lock taken does not queue on it (a queued `pg_advisory_xact_lock`
 * would keep a server connection of the pooler busy per waiting process, and with enough of them
 * the one migrating could not get the connection its migrations need): it ends its transaction
 * and tries again every 250 ms.
 *
 * Needs: one more connection during start-up (through PgBouncer: a pool of at least 2 server
 * connections, which the pool's default of 20 is); PgBouncer's `idle_transaction_timeout` and
 * PostgreSQL's `idle_in_transaction_session_timeout` at 0 or longer than the longest migration.
 */
export const MIGRATION_LOCK = `hashtext('fourgood:migrations')`;

export interface MigrationLockEvents {
  /** Another process holds the lock: this one waits (its /health/ready says `migrating`). */
  waiting?: () => void;
}

/** How often a waiting process tries the lock again. */
const retryMs = 250;

export async function withMigrationLock<T>(url: string, fn: () => Promise<T>, events: MigrationLockEvents = {}): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'fourgood-migration-lock' });
  // A connection that breaks while waiting or holding: the query in progress fails; nothing else to do.
  client.on('error', () => undefined);
  await client.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      await client.query('begin');
      const tried = await client.query<{ locked: boolean }>(`select pg_try_advisory_xact_lock(${MIGRATION_LOCK}) as locked`);
      if (tried.rows[0]?.locked) break;
      // Wait without a transaction: through a pooler, a waiting process holds no server
      // connection, so the one migrating always finds the connection its migrations need.
      await client.query('rollback');
      if (attempt === 0) events.waiting?.();
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
    const result = await fn();
    await client.query('commit');
    return result;
  } finally {
    await client.end().catch(() => undefined);
  }
}
