/** Why a member commitment or an award is refused. */
export const COMPETITION_REASONS = [
  'BAD_KIND',
  'BAD_AMOUNT',
  'DUPLICATE_COMMITMENT',
  'YEAR_NOT_BEGUN',
  'ONE_RECIPIENT',
  'YEAR_AFTER_AWARD',
  'DUPLICATE_AWARD',
] as const;
export type CompetitionReason = (typeof COMPETITION_REASONS)[number];
