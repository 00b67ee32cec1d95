import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { AssessmentService } from '../assessments/assessment.service.js';
import { MetricFillService } from '../assessments/metric-fill.service.js';
import { Access } from '../auth/access.js';
import { AuthService } from '../auth/auth.service.js';
import { applyScope } from '../auth/scope-filter.js';
import { CriteriaService } from '../criteria/criteria.service.js';
import type { Dialect } from '../db/orm.js';
import { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { MeetingService } from '../meetings/meeting.service.js';
import { MeetingStatsService } from '../meetings/meeting-stats.service.js';
import { MemberService } from '../members/member.service.js';
import { RatingService } from '../ratings/rating.service.js';
import { OversightService } from '../oversight/oversight.service.js';
import { RecommendationService } from '../recommendations/recommendation.service.js';
import { CompetitionService } from '../competition/competition.service.js';
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
  oversight: OversightService;
  recommendations: RecommendationService;
  competition: CompetitionService;
  meetings: MeetingService;
  meetingStats: MeetingStatsService;
  loaders: Loaders;
  /** The HTTP exchange, for the session cookie (absent outside HTTP). */
  http?: { req: Request; res: Response };
}

export function createContext(em: EntityManager, dialect: Dialect, access: Access, http?: Context['http'], today = todayInVietnam()): Context {
  applyScope(em, access);
  const hierarchy = new HierarchyService(em, today, access);
  const members = new MemberService(em, today, hierarchy);
  const criteria = new CriteriaService(em, access, hierarchy, hierarchy.audit);
  const meetingStats = new MeetingStatsService(em, dialect, today);
  return {
    em,
    today,
    access,
    auth: new AuthService(em, access),
    hierarchy,
    members,
    stats: new StatsService(em, dialect, today),
    criteria,
    assessments: new AssessmentService(em, today, access, hierarchy, members, criteria, hierarchy.audit, new MetricFillService(em, dialect, today, meetingStats)),
    ratings: new RatingService(em, today, access, hierarchy, members, hierarchy.audit, criteria),
    oversight: new OversightService(em, dialect, today, access, hierarchy, members, hierarchy.audit),
    recommendations: new RecommendationService(em, dialect, today, access, hierarchy, hierarchy.audit),
    competition: new CompetitionService(em, today, access, hierarchy, members, hierarchy.audit),
    meetings: new MeetingService(em, dialect, today, access, hierarchy, hierarchy.audit),
    meetingStats,
    loaders: createLoaders(em),
    http,
  };
}
