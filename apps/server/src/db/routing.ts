import { AsyncLocalStorage } from 'node:async_hooks';
import type { ConnectionType, MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';

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
  /** The replica this request reads from, chosen at its first statement (one snapshot source per request). */
  replica?: number;
}

export const routeStorage = new AsyncLocalStorage<RouteState>();

/** Runs `next` (one HTTP request) on the primary until something sets the route to 'replica'. */
export function withRoute(next: () => void): void {
  routeStorage.run({ route: 'primary' }, next);
}

/**
 * PostgreSQL driver whose connection is chosen by the request's route (MikroORM's extension point
 * for this is the driver class; its `getConnection(type)` is what every query asks).
 */
export class RoutingPostgreSqlDriver extends PostgreSqlDriver {
  override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
    void type;
    const replicas = this.replicaConnections;
    const state = routeStorage.getStore();
    if (replicas.length === 0 || state?.route !== 'replica') return this.connection;
    state.replica ??= Math.floor(Math.random() * replicas.length);
    return replicas[state.replica % replicas.length]!;
  }

  /** The replicas' connections (one pool each). */
  get replicaConnections(): PostgreSqlConnection[] {
    return this.replicas;
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
