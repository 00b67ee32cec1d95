/** Why an annual rating or a model registration is refused. */
export const RATING_REASONS = [
  'FROM_ASSESSMENT',
  'OVERLAP',
  'ORGANIZATION_REQUIRED',
  'TOO_MANY_YEARS',
  'LEVEL_ABOVE_BANDS',
  'RATING_EXISTS',
  /** registerForModel: the effective date falls after the span's last year. */
  'AFTER_PERIOD',
  /** recordRating: a level above the approved assessment's needs the rating decision that sets it. */
  'ABOVE_ASSESSMENT',
] as const;
export type RatingReason = (typeof RATING_REASONS)[number];
