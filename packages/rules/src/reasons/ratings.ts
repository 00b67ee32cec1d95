/** Why an annual rating or a model registration is refused. */
export const RATING_REASONS = [
  'FROM_ASSESSMENT',
  'OVERLAP',
  'ORGANIZATION_REQUIRED',
  'TOO_MANY_YEARS',
  'LEVEL_ABOVE_BANDS',
  'RATING_EXISTS',
] as const;
export type RatingReason = (typeof RATING_REASONS)[number];
