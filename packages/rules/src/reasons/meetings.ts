/** Why a meeting, its roll, its window or its figures are refused. */
export const MEETING_REASONS = [
  'BAD_PERIOD',
  'BAD_WINDOW',
  'DUPLICATE_REGULAR',
  'NOT_ASSIGNED',
  'QUALITY_ASSESSED',
  'BAD_TIME',
  'TOPIC_REQUIRED',
  'NAME_REQUIRED',
  'NAME_FROM_ASSIGNMENT',
  'REASON_REQUIRED',
  'REASON_NOT_EXPECTED',
  'NOT_ON_ROLL',
  'DUPLICATE_MEMBER',
  'MISSING_MEMBERS',
  'DUPLICATE_GUEST',
  'YEAR_OR_SPAN',
  'SPAN_INCOMPLETE',
  'SPAN_TOO_LONG',
] as const;
export type MeetingReason = (typeof MEETING_REASONS)[number];
