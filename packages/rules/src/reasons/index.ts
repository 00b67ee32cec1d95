/**
 * Every reason the API gives for refusing input (`extensions.reason` and each
 * `extensions.fields[].reason`), listed per feature. The server throws with these; the admin app
 * maps them to its own words with an exhaustive switch, so a new reason fails its typecheck until
 * it is worded. A reason may appear in several features' lists; the common ones are listed once.
 */
import { ASSESSMENT_REASONS, type AssessmentReason } from './assessments.js';
import { AUTH_REASONS, type AuthReason } from './auth.js';
import { COMMON_REASONS, type CommonReason } from './common.js';
import { COMPETITION_REASONS, type CompetitionReason } from './competition.js';
import { CRITERIA_REASONS, type CriteriaReason } from './criteria.js';
import { DATAIO_REASONS, type DataioReason } from './dataio.js';
import { HIERARCHY_REASONS, type HierarchyReason } from './hierarchy.js';
import { MEETING_REASONS, type MeetingReason } from './meetings.js';
import { MEMBER_REASONS, type MemberReason } from './members.js';
import { OVERSIGHT_REASONS, type OversightReason } from './oversight.js';
import { RATING_REASONS, type RatingReason } from './ratings.js';
import { RECOMMENDATION_REASONS, type RecommendationReason } from './recommendations.js';
import { WORKSPACE_REASONS, type WorkspaceReason } from './workspace.js';

export * from './assessments.js';
export * from './auth.js';
export * from './common.js';
export * from './competition.js';
export * from './criteria.js';
export * from './dataio.js';
export * from './hierarchy.js';
export * from './meetings.js';
export * from './members.js';
export * from './oversight.js';
export * from './ratings.js';
export * from './recommendations.js';
export * from './workspace.js';

export type Reason =
  | CommonReason
  | HierarchyReason
  | MemberReason
  | MeetingReason
  | CriteriaReason
  | AssessmentReason
  | RatingReason
  | OversightReason
  | RecommendationReason
  | CompetitionReason
  | AuthReason
  | WorkspaceReason
  | DataioReason;

export const ALL_REASONS: ReadonlySet<Reason> = new Set<Reason>([
  ...COMMON_REASONS,
  ...HIERARCHY_REASONS,
  ...MEMBER_REASONS,
  ...MEETING_REASONS,
  ...CRITERIA_REASONS,
  ...ASSESSMENT_REASONS,
  ...RATING_REASONS,
  ...OVERSIGHT_REASONS,
  ...RECOMMENDATION_REASONS,
  ...COMPETITION_REASONS,
  ...AUTH_REASONS,
  ...WORKSPACE_REASONS,
  ...DATAIO_REASONS,
]);

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && ALL_REASONS.has(value as Reason);
}

/** What a client needs besides the reason to say it in its own words: a limit, a date, ids. */
export type ProblemValues = Readonly<Record<string, string | number | boolean | null | ReadonlyArray<string | number>>>;
