import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyEntity, Configuration, ConnectionType, EntityData, LoggingOptions, MikroORM, QueryResult, Transaction } from '@mikro-orm/core';
import type { AbstractSqlConnection, Knex } from '@mikro-orm/knex';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from '../ops/log.js';
import { recordReadOnPrimary, watchReplicas } from '../ops/metrics.js';
import { describe, ReplicaHealth } from './replica-health.js';
import { isDatabaseUnavailable } from './statement-limits.js';

/**
 * Where the statements of one unit of work go: the primary, or a streaming replica.
 *
 * MikroORM's own routing (`replicas` + `preferReadReplicas`) decides per call: `em.find` and
 * query builders read from a replica unless in a transaction, while `em.execute` and
 * `getConnection()` use the primary. FourGood decides per request instead, so that one request
 * never mixes a replica's (slightly older) snapshot with the primary's: a read-only GraphQL
 * operation runs entirely on one replica pool, a mutation and everything it reads entirely on the
 * primary. Work outside a request (migrations, seeds, tools, the session lookup that starts every
 * request) has no route and goes to the primary.
 */
export type Route = 'primary' | 'replica';

export interface RouteState {
  route: Route;
  /** The session's token and read-your-writes mark, read with the session at the start of the request. */
  session?: { token: string; readsPrimaryUntil: Date | null };
  /**
   * The replica this request reads from, chosen at its first statement among those in the
   * rotation (one snapshot source per request); null: none was in it, or the chosen one failed,
   * so the request reads from the primary (replica-health.ts).
   */
  replica?: number | null;
}

export const routeStorage = new AsyncLocalStorage<RouteState>();

/** Runs `next` (one HTTP request) on the primary until something sets the route to 'replica'. */
export function withRoute(next: () => void): void {
  routeStorage.run({ route: 'primary' }, next);
}

/**
 * A replica's connection: a request's statement (or transaction) that fails because the replica
 * cannot be reached takes the replica out of the rotation and runs again on the primary, as does
 * the rest of the request, so that the caller gets its answer, not an error. Only what has not
 * started yet is re-run: a failure inside a transaction already open on the replica is the
 * request's error (SERVICE_UNAVAILABLE). Work outside a request (the health checks) gets the
 * error as it is.
 */
export class ReplicaConnection extends PostgreSqlConnection {
  driver!: RoutingPostgreSqlDriver;
  index = 0;

  /** The request to move to the primary after `error`, or null when the error is its own. */
  private fallback(error: unknown, nested: boolean): RouteState | null {
    const state = routeStorage.getStore();
    if (nested || !state || state.route !== 'replica' || !isDatabaseUnavailable(error)) return null;
    this.driver.replicaHealth.markOut(this.index, 'unreachable', { cause: describe(error) });
    state.replica = null;
    recordReadOnPrimary('replica_failed');
    return state;
  }

  override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params?: unknown[],
    method?: 'all' | 'get' | 'run',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    try {
      return await super.execute<T>(queryOrKnex, params, method, ctx, loggerContext);
    } catch (error) {
      if (!this.fallback(error, ctx != null)) throw error;
      return this.driver.primaryConnection.execute<T>(queryOrKnex, params, method, undefined, loggerContext);
    }
  }

  override async begin(options: Parameters<PostgreSqlConnection['begin']>[0] = {}): Promise<Knex.Transaction> {
    try {
      return await super.begin(options);
    } catch (error) {
      if (!this.fallback(error, options.ctx != null)) throw error;
      return this.driver.primaryConnection.begin(options);
    }
  }
}

/**
 * PostgreSQL driver whose connection is chosen by the request's route (MikroORM's extension point
 * for this is the driver class; its `getConnection(type)` is what every query asks). Its
 * replicas' connections are ReplicaConnections, and `replicaHealth` says which take reads.
 */
export class RoutingPostgreSqlDriver extends PostgreSqlDriver {
  readonly replicaHealth: ReplicaHealth;

  constructor(config: Configuration) {
    super(config);
    // The same replicas as MikroORM's (made in the constructor above, not connected yet), as ReplicaConnections.
    const replicas = this.createReplicas((options) => new ReplicaConnection(this.config, options, 'read'));
    replicas.forEach((replica, index) => Object.assign(replica, { driver: this, index }));
    this.replicas.splice(0, this.replicas.length, ...replicas);
    this.replicaHealth = new ReplicaHealth(replicas.map((_, i) => `replica-${i + 1}`));
  }

  override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
    void type;
    const replicas = this.replicaConnections;
    const state = routeStorage.getStore();
    if (replicas.length === 0 || state?.route !== 'replica') return this.connection;
    if (state.replica === undefined) {
      state.replica = this.replicaHealth.pick();
      if (state.replica === null) recordReadOnPrimary('replica_out');
    }
    return state.replica === null ? this.connection : replicas[state.replica % replicas.length]!;
  }

  /**
   * `em.execute` (the hand-written hot reads: children and members pages, breadcrumbs, stats…)
   * goes through here, and MikroORM's own version runs it on the primary's pool always. FourGood
   * runs it on the request's route like every other statement, so that a query answers from one
   * replica's snapshot (and takes load off the primary). Inside a transaction the statement runs
   * on the transaction's own connection (`ctx`) whichever pool object carries it; the route's pool
   * is used so that a replica's failure falls back to the primary as for the ORM's reads.
   */
  override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    return this.rethrow(this.getConnection('read').execute<T>(queryOrKnex, params, method, ctx, loggerContext));
  }

  get primaryConnection(): PostgreSqlConnection {
    return this.connection;
  }

  /** The replicas' connections (one pool each). */
  get replicaConnections(): ReplicaConnection[] {
    return this.replicas as ReplicaConnection[];
  }
}

/** Every connection (pool) of the ORM: the primary's, then the replicas'. */
export function connectionsOf(orm: MikroORM): AbstractSqlConnection[] {
  const driver = orm.em.getDriver();
  const primary = orm.em.getConnection('write') as AbstractSqlConnection;
  // Outside any request the route is the primary, so getConnection() above is the primary's pool.
  return driver instanceof RoutingPostgreSqlDriver ? [primary, ...driver.replicaConnections] : [primary];
}

/** Whether the ORM has replicas to route reads to. */
export function hasReplicas(orm: MikroORM): boolean {
  const driver = orm.em.getDriver();
  return driver instanceof RoutingPostgreSqlDriver && driver.replicaConnections.length > 0;
}

/**
 * With replicas: checks them every `checkMs` (reachable, lag within `maxLagMs`) and reports them
 * in the metrics, until the returned stop. Without: nothing.
 */
export function startReplicaChecks(orm: MikroORM, options: { checkMs: number; maxLagMs: number; logger?: Logger }): () => Promise<void> {
  const driver = orm.em.getDriver();
  if (!(driver instanceof RoutingPostgreSqlDriver) || driver.replicaConnections.length === 0) return async () => undefined;
  const health = driver.replicaHealth;
  health.start(driver.primaryConnection, driver.replicaConnections, options);
  const unwatch = watchReplicas(health);
  return async () => {
    unwatch();
    await health.stop();
  };
}
