import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import {
  MemberCountResolver,
  OrganizationCountResolver,
  OrganizationResolver,
} from './hierarchy/organization.resolver.js';
import { AssessmentResolver, MeetingQualityResolver } from './assessments/assessment.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { CriteriaItemResolver, CriteriaTableResolver, TableProblemResolver } from './criteria/criteria.resolver.js';
import { MemberRatingResolver, OrganizationRatingResolver, RatingMutationResolver } from './ratings/rating.resolver.js';
import { AuthResolver, UserResolver } from './auth/auth.resolver.js';
import { MemberResolver } from './members/member.resolver.js';
import { MeetingResolver, MemberAttendanceResolver, OrganizationMeetingResolver } from './meetings/meeting.resolver.js';
import { MeetingStatsResolver } from './meetings/meeting-stats.resolver.js';
import { OrganizationOversightResolver, OversightAssignmentResolver } from './oversight/oversight.resolver.js';
import { MeetingRecommendationResolver, OrganizationRecommendationResolver, RecommendationResolver } from './recommendations/recommendation.resolver.js';
import { AwardResolver, MemberCommitmentResolver, MemberCompetitionResolver, OrganizationCompetitionResolver } from './competition/competition.resolver.js';
import { OverviewResolver } from './stats/overview.resolver.js';
import { SavedQueryResolver } from './workspace/saved-query.resolver.js';
import { guardSchema } from './auth/scope-guard.js';
import { NodeResolver } from './node.resolver.js';
import { SearchResolver } from './search/search.resolver.js';

export const resolvers = [
  AuthResolver,
  AuditResolver,
  UserResolver,
  NodeResolver,
  SearchResolver,
  OrganizationResolver,
  MemberCountResolver,
  OrganizationCountResolver,
  MemberResolver,
  CriteriaTableResolver,
  TableProblemResolver,
  CriteriaItemResolver,
  AssessmentResolver,
  MeetingQualityResolver,
  OrganizationRatingResolver,
  MemberRatingResolver,
  RatingMutationResolver,
  SavedQueryResolver,
  OverviewResolver,
  OversightAssignmentResolver,
  OrganizationOversightResolver,
  RecommendationResolver,
  OrganizationRecommendationResolver,
  MeetingRecommendationResolver,
  MemberCommitmentResolver,
  AwardResolver,
  OrganizationCompetitionResolver,
  MemberCompetitionResolver,
  MeetingResolver,
  OrganizationMeetingResolver,
  MemberAttendanceResolver,
  MeetingStatsResolver,
] as const;

/**
 * Builds the executable schema. type-graphql's class-validator integration stays off: input
 * checks live in the services, which know the domain rules and name the field at fault. Every
 * field passes the scope guard (auth/scope-guard.ts).
 */
export async function createSchema(): Promise<GraphQLSchema> {
  return guardSchema(await buildSchema({ resolvers, validate: false }));
}
