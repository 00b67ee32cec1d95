/** Why an assessment, its scores or a step of its workflow is refused. */
export const ASSESSMENT_REASONS = [
  'WRONG_MODEL',
  'BAD_PERIOD',
  'DRAFT_TABLE',
  'MEETING_TABLE',
  'WRONG_ORGANIZATION',
  'WRONG_VARIANT',
  'DUPLICATE_ASSESSMENT',
  'MEMBER_REQUIRED',
  'ORGANIZATION_REQUIRED',
  'MEMBER_NOT_ALLOWED',
  'WRONG_STATUS',
  'NOT_REVIEWER',
  'INCOMPLETE',
  'OVERRIDE_NEEDS_NOTE',
  /** A hand score for an item whose data was not recorded (no meeting in the app) needs a note. */
  'NO_DATA_NEEDS_NOTE',
  'REVIEW_CHANGE_NEEDS_NOTE',
  'SAME_PERSON_SELF_AND_APPROVE',
  'UNKNOWN_ITEM',
  'DUPLICATE_ENTRY',
  'USE_YES',
  'USE_POINTS',
  'NOT_A_NUMBER',
  'TOO_MANY_DECIMALS',
] as const;
export type AssessmentReason = (typeof ASSESSMENT_REASONS)[number];
