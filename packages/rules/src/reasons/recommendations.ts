/** Why a recommendation or its follow-up is refused. */
export const RECOMMENDATION_REASONS = [
  'ESCALATION_TARGET_REQUIRED',
  'BEFORE_RAISED',
  'BEFORE_MEETING',
  'MEETING_ELSEWHERE',
  'CLOSED',
  'BAD_TRANSITION',
  'ONLY_WHEN_CLOSING',
  'BEFORE_ESCALATED',
  'BEFORE_LAST_ESCALATION',
] as const;
export type RecommendationReason = (typeof RECOMMENDATION_REASONS)[number];
