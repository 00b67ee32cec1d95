/** Why an oversight assignment is refused. */
export const OVERSIGHT_REASONS = [
  'ALREADY_ENDED',
  'ATTENDANCE_OUTSIDE_TERM',
  'MEMBER_OUTSIDE_COMMITTEE',
  'OVERLAPPING_TERM',
] as const;
export type OversightReason = (typeof OVERSIGHT_REASONS)[number];
