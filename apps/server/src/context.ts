import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { AssessmentService } from './assessments/assessment.service.js';
import { MetricFillService } from './assessments/metric-fill.service.js';
import { AuditLog } from './audit/audit.service.js';
import type { Access } from './auth/access.js';
import { AuthService } from './auth/auth.service.js';
import { applyScope } from './auth/scope-filter.js';
import { CompetitionService } from './competition/competition.service.js';
import { CriteriaService } from './criteria/criteria.service.js';
import { ExportService } from './dataio/export.service.js';
import { ImportService } from './dataio/import.service.js';
import type { Dialect } from './db/orm.js';
import { HierarchyService } from './hierarchy/hierarchy.service.js';
import { createLoaders, type Loaders } from './loaders.js';
import { MeetingStatsService } from './meetings/meeting-stats.service.js';
import { MeetingService } from './meetings/meeting.service.js';
import { MemberService } from './members/member.service.js';
import { OversightService } from './oversight/oversight.service.js';
import { RatingService } from './ratings/rating.service.js';
import { RecommendationService } from './recommendations/recommendation.service.js';
import { SearchService } from './search/search.service.js';
import { StatsService } from './stats/stats.service.js';
import { SUBTREE_MOVED_HANDLERS } from './subtree-moved.js';
import { SavedQueryService } from './workspace/saved-query.service.js';

/**
 * What every service of one request (or one command-line run) works with, built once here and
 * passed as one object. `access` has no default anywhere: unlimited access is asked for by name
 * (`Access.system()`, seeds and tools only).
 */
export interface RequestDeps {
  /** The request's own EntityManager fork, its `scope` filter set from `access`. */
  em: EntityManager;
  dialect: Dialect;
  /** Today in Vietnam: the date of every "current" answer and the latest allowed effective date. */
  today: string;
  access: Access;
  /** The audit log of the caller's changes (written in each change's transaction). */
  audit: AuditLog;
  loaders: Loaders;
}

/** The services of one request; each takes the deps and the services it reads. */
export interface Services {
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
  savedQueries: SavedQueryService;
  dataImport: ImportService;
  dataExport: ExportService;
  search: SearchService;
}

/** Everything one GraphQL request works with. */
export interface Context extends RequestDeps, Services {
  /** The HTTP exchange, for the session cookie (absent outside HTTP). */
  http?: { req: Request; res: Response };
}

/** The composition root: the deps and services of one unit of work on `em` for `access`. */
export function createRequest(em: EntityManager, dialect: Dialect, access: Access, today: string = todayInVietnam()): { deps: RequestDeps; services: Services } {
  applyScope(em, access);
  // The loaders batch through the services, which read the loaders: the first load comes after both exist.
  const deps: RequestDeps = { em, dialect, today, access, audit: new AuditLog(access), loaders: createLoaders(em, () => services) };
  const hierarchy = new HierarchyService(deps, { onSubtreeMoved: SUBTREE_MOVED_HANDLERS });
  const members = new MemberService(deps, { hierarchy });
  const criteria = new CriteriaService(deps, { hierarchy });
  const meetingStats = new MeetingStatsService(deps);
  const services: Services = {
    auth: new AuthService(deps),
    hierarchy,
    members,
    stats: new StatsService(deps),
    criteria,
    assessments: new AssessmentService(deps, { hierarchy, members, criteria, metrics: new MetricFillService(deps, { meetingStats }) }),
    ratings: new RatingService(deps, { hierarchy, members, criteria }),
    oversight: new OversightService(deps, { hierarchy, members }),
    recommendations: new RecommendationService(deps, { hierarchy }),
    competition: new CompetitionService(deps, { hierarchy, members }),
    meetings: new MeetingService(deps, { hierarchy }),
    meetingStats,
    savedQueries: new SavedQueryService(deps),
    dataImport: new ImportService(deps),
    dataExport: new ExportService(deps),
    search: new SearchService(deps),
  };
  return { deps, services };
}

export function createContext(em: EntityManager, dialect: Dialect, access: Access, http?: Context['http'], today: string = todayInVietnam()): Context {
  const { deps, services } = createRequest(em, dialect, access, today);
  return { ...deps, ...services, http };
}
