/** Why a member record or change is refused. */
export const MEMBER_REASONS = [
  'CARD_TAKEN',
  'NOT_A_CELL',
  'SAME_CELL',
  'FINAL_STATUS',
  'SAME_STATUS',
  'BIRTH_TOO_EARLY',
  'TOO_YOUNG',
  'OFFICIAL_BEFORE_JOINING',
  'BEFORE_JOINING',
  'AGE_RANGE',
] as const;
export type MemberReason = (typeof MEMBER_REASONS)[number];
