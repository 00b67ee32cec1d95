import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { AssessmentService } from '../assessments/assessment.service.js';
import { Access } from '../auth/access.js';
import { AuthService } from '../auth/auth.service.js';
import { applyScope } from '../auth/scope-filter.js';
import { CriteriaService } from '../criteria/criteria.service.js';
import type { Dialect } from '../db/orm.js';
import { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { MemberService } from '../members/member.service.js';
import { RatingService } from '../ratings/rating.service.js';
import { StatsService } from '../stats/stats.service.js';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * Everything one GraphQL request works with: its own EntityManager fork (identity map, batching
 * and the scope filter live for one request only), the caller's access, and the services.
 */
export interface Context {
  em: EntityManager;
  /** Today in Vietnam: the date of every "current" answer and the latest allowed effective date. */
  today: string;
  access: Access;
  auth: AuthService;
  hierarchy: HierarchyService;
  members: MemberService;
  stats: StatsService;
  criteria: CriteriaService;
  assessments: AssessmentService;
  ratings: RatingService;
  loaders: Loaders;
  /** The HTTP exchange, for the session cookie (absent outside HTTP). */
  http?: { req: Request; res: Response };
}

export function createContext(em: EntityManager, dialect: Dialect, access: Access, http?: Context['http'], today = todayInVietnam()): Context {
  applyScope(em, access);
  const hierarchy = new HierarchyService(em, today, access);
  const members = new MemberService(em, today, hierarchy);
  const criteria = new CriteriaService(em, access, hierarchy, hierarchy.audit);
  return {
    em,
    today,
    access,
    auth: new AuthService(em, access),
    hierarchy,
    members,
    stats: new StatsService(em, dialect, today),
    criteria,
    assessments: new AssessmentService(em, today, access, hierarchy, members, criteria, hierarchy.audit),
    ratings: new RatingService(em, today, access, hierarchy, members, hierarchy.audit),
    loaders: createLoaders(em),
    http,
  };
}
