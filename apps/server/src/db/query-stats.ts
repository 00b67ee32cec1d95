import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';

/** Counts the SQL statements run on behalf of one request (tests assert it; benchmarks report it). */
export interface QueryStats {
  statements: number;
}

export const queryStatsStorage = new AsyncLocalStorage<QueryStats>();

export function installQueryCounter(orm: MikroORM): void {
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  knex.on('query', () => {
    const stats = queryStatsStorage.getStore();
    if (stats) stats.statements += 1;
  });
}
