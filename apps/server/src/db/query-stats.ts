import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/core';
import { connectionsOf } from './routing.js';

/** Counts the SQL statements run on behalf of one request (tests assert it; benchmarks report it). */
export interface QueryStats {
  statements: number;
}

export const queryStatsStorage = new AsyncLocalStorage<QueryStats>();

/** Counts on every pool of the ORM: the primary's and each replica's. */
export function installQueryCounter(orm: MikroORM): void {
  for (const connection of connectionsOf(orm)) {
    connection.getKnex().on('query', () => {
      const stats = queryStatsStorage.getStore();
      if (stats) stats.statements += 1;
    });
  }
}
