import type { EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { MemberService } from '../members/member.service.js';
import { StatsService } from '../stats/stats.service.js';
import type { Dialect } from '../db/orm.js';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * Everything one GraphQL request works with: its own EntityManager fork (identity map and
 * batching live for one request only) and the services built on it.
 */
export interface Context {
  em: EntityManager;
  /** Today in Vietnam: the date of every "current" answer and the latest allowed effective date. */
  today: string;
  hierarchy: HierarchyService;
  members: MemberService;
  stats: StatsService;
  loaders: Loaders;
}

export function createContext(em: EntityManager, dialect: Dialect, today = todayInVietnam()): Context {
  const hierarchy = new HierarchyService(em, today);
  return {
    em,
    today,
    hierarchy,
    members: new MemberService(em, today, hierarchy),
    stats: new StatsService(em, dialect, today),
    loaders: createLoaders(em),
  };
}
