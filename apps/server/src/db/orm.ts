import { MikroORM, type MigrationObject, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Migrator } from '@mikro-orm/migrations';
import type { AppConfig } from '../config.js';
import { processLogger } from '../ops/log.js';
import { entities } from './entities.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { sqliteFile } from './sqlite-file.js';
import { RoutingPostgreSqlDriver } from './routing.js';
import { limitStatements } from './statement-limits.js';
import { withMigrationLock } from './migration-lock.js';

export type Dialect = 'sqlite' | 'postgresql';

export function dialectOf(config: Pick<AppConfig, 'databaseUrl'>): Dialect {
  return config.databaseUrl ? 'postgresql' : 'sqlite';
}

export { sqliteFile };

interface SqliteHandle {
  pragma(source: string): unknown;
}

const knexLog = {
  warn: (message: unknown) => processLogger().warn({ driver: String(message) }, 'database driver warning'),
  error: (message: unknown) => processLogger().error({ driver: String(message) }, 'database driver error'),
  deprecate: () => undefined,
  debug: () => undefined,
};

/**
 * ORM options for either database. The schema comes from the committed migrations of that
 * dialect (listed in code, so they load the same from src and dist).
 */
export function ormOptions(config: AppConfig, extra: Partial<Options> = {}): Options {
  const dialect = dialectOf(config);
  const migrationsList: MigrationObject[] = dialect === 'sqlite' ? sqliteMigrations : postgresqlMigrations;
  const common: Options = {
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: `src/db/migrations/${dialect}`,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    // The SQLite search index (FTS5 tables and their shadow tables, written by hand in the search
    // migration) is no entity: the schema reader would fail on its untyped columns.
    schemaGenerator: { skipTables: [/^(member|organization)_search(_\w+)?$/] },
    debug: config.logSql ? ['query'] : false,
    // FOURGOOD_LOG_SQL=1 (a debug switch): each statement, values included, as a line of the JSON log.
    ...(config.logSql ? { logger: (message: string) => processLogger().info({ sql: message }, 'sql'), colors: false } : {}),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ...extra,
  };
  if (dialect === 'postgresql') {
    return {
      ...common,
      // Reads of read-only requests go to the replicas (db/routing.ts); without replicas, all to DATABASE_URL.
      driver: RoutingPostgreSqlDriver,
      clientUrl: config.databaseUrl!,
      // A replica that does not answer a connection attempt within 5 s counts as unreachable (its
      // reads go elsewhere, db/replica-health.ts) instead of holding requests for the system's TCP timeout.
      replicas: config.databaseReplicaUrls.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl, driverOptions: { log: knexLog, connection: { connectionTimeoutMillis: 5000 } } })),
      preferReadReplicas: false,
      // knex's own warnings (e.g. "Connection Error: …" when a pooled connection's server goes
      // away: a failover, a replica stopped) as lines of the JSON log instead of bare console text.
      driverOptions: { log: knexLog },
      // The same pool settings for the primary and each replica (MikroORM copies `pool` to replicas).
      pool: {
        min: 0,
        max: 10,
        afterCreate: (conn: Parameters<typeof limitStatements>[0], done: (err: Error | null, conn: unknown) => void) => {
          limitStatements(conn, config.statementTimeoutMs, config.transactionPooler);
          done(null, conn);
        },
      },
    };
  }
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: sqliteFile(config),
    pool: {
      min: 1,
      max: 1,
      // One connection: SQLite serialises writers anyway. WAL lets readers of other processes
      // (benchmarks, a second server) work beside a writer; busy_timeout waits instead of failing.
      afterCreate: (conn: SqliteHandle, done: (err: Error | null, conn: SqliteHandle) => void) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('foreign_keys = ON');
        conn.pragma('synchronous = NORMAL');
        done(null, conn);
      },
    },
  };
}

export interface OpenSteps {
  /** Another process is migrating this PostgreSQL database: this one waits for it. */
  waiting?: () => void;
  /** The migrations this call applied (none when another process had applied them). */
  migrated?: (names: string[]) => void;
  /** Runs before the lock is released (the demo data of an empty database: loaded once). */
  underLock?: (orm: MikroORM) => Promise<void>;
}

/**
 * Opens the database and brings its schema up to date from the committed migrations. On
 * PostgreSQL under an advisory lock (db/migration-lock.ts), so that processes starting together,
 * on one host or several, migrate one after the other: the first applies them, the others wait
 * and find nothing left to do.
 */
export async function openDatabase(config: AppConfig, extra: Partial<Options> = {}, steps: OpenSteps = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(config, extra));
  const migrate = async () => {
    const applied = await orm.getMigrator().up();
    steps.migrated?.(applied.map((m) => m.name));
    await steps.underLock?.(orm);
  };
  try {
    if (dialectOf(config) === 'postgresql') await withMigrationLock(config.databaseUrl!, migrate, { waiting: steps.waiting });
    else await migrate();
  } catch (error) {
    await orm.close();
    throw error;
  }
  return orm;
}
