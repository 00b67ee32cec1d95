import { addYears, type IsoDate } from './dates.js';

export const Gender = { MALE: 'MALE', FEMALE: 'FEMALE' } as const;
export type Gender = (typeof Gender)[keyof typeof Gender];
export const GENDERS = Object.values(Gender);

/** Chức vụ trong chi bộ. */
export const MemberPosition = {
  SECRETARY: 'SECRETARY',
  DEPUTY_SECRETARY: 'DEPUTY_SECRETARY',
  COMMITTEE_MEMBER: 'COMMITTEE_MEMBER',
  MEMBER: 'MEMBER',
} as const;
export type MemberPosition = (typeof MemberPosition)[keyof typeof MemberPosition];
export const MEMBER_POSITIONS = Object.values(MemberPosition);

export const MemberStatus = {
  ACTIVE: 'ACTIVE',
  EXEMPT: 'EXEMPT',
  TEMPORARILY_ELSEWHERE: 'TEMPORARILY_ELSEWHERE',
  TRANSFERRED_OUT: 'TRANSFERRED_OUT',
  DECEASED: 'DECEASED',
  REMOVED: 'REMOVED',
} as const;
export type MemberStatus = (typeof MemberStatus)[keyof typeof MemberStatus];
export const MEMBER_STATUSES = Object.values(MemberStatus);

/**
 * Statuses that end cell membership: the member leaves the tree on that date and is no longer
 * counted under any organisation. They are final here; a member who comes back is re-admitted
 * through a transfer in.
 */
export function endsMembership(status: MemberStatus): boolean {
  return status === 'TRANSFERRED_OUT' || status === 'DECEASED' || status === 'REMOVED';
}

/** Probationary ("dự bị") for 12 months after joining. */
export function probationEnds(joinedOn: IsoDate): IsoDate {
  return addYears(joinedOn, 1);
}

export const MIN_JOINING_AGE = 18;

/** Age bands used by every report (dưới 30, 31–40, 41–50, 51–60, trên 60). */
export const AgeBand = {
  UP_TO_30: 'UP_TO_30',
  FROM_31_TO_40: 'FROM_31_TO_40',
  FROM_41_TO_50: 'FROM_41_TO_50',
  FROM_51_TO_60: 'FROM_51_TO_60',
  OVER_60: 'OVER_60',
} as const;
export type AgeBand = (typeof AgeBand)[keyof typeof AgeBand];
export const AGE_BANDS = Object.values(AgeBand);

const BAND_UPPER_AGE: ReadonlyArray<[AgeBand, number]> = [
  ['UP_TO_30', 30],
  ['FROM_31_TO_40', 40],
  ['FROM_41_TO_50', 50],
  ['FROM_51_TO_60', 60],
];

/** The ages (whole years, inclusive) of a band: null where it is open. */
export function ageBandRange(band: AgeBand): { minAge: number | null; maxAge: number | null } {
  const i = BAND_UPPER_AGE.findIndex(([b]) => b === band);
  const last = BAND_UPPER_AGE[BAND_UPPER_AGE.length - 1]![1];
  if (i < 0) return { minAge: last + 1, maxAge: null };
  return { minAge: i === 0 ? null : BAND_UPPER_AGE[i - 1]![1] + 1, maxAge: BAND_UPPER_AGE[i]![1] };
}

export function ageBandOf(age: number): AgeBand {
  for (const [band, upper] of BAND_UPPER_AGE) if (age <= upper) return band;
  return 'OVER_60';
}

/**
 * The same bands as birth-date thresholds for SQL: a member is in `band` on `asOf` when born on
 * or after `bornOnOrAfter` (ages are whole years, so age ≤ N means born after asOf − (N+1) years).
 */
export function ageBandThresholds(asOf: IsoDate): Array<{ band: AgeBand; bornAfter: IsoDate }> {
  return BAND_UPPER_AGE.map(([band, upper]) => ({ band, bornAfter: addYears(asOf, -(upper + 1)) }));
}

/**
 * The date age bands are computed on. For callers who may not read birth dates, the bands are
 * those of the age reached in the year (31 December of `asOf`'s year: year − birth year),
 * whatever the day asked for, so that counting a tiny group on chosen days cannot narrow a
 * birth date below the birth year (issue #10). Callers who read birth dates get `asOf` itself.
 */
export function ageBandDate(asOf: IsoDate, exactAges: boolean): IsoDate {
  return exactAges ? asOf : `${asOf.slice(0, 4)}-12-31`;
}

/** Birth-date bounds for "age between min and max (inclusive) on asOf". */
export function birthDateRangeForAge(asOf: IsoDate, minAge?: number | null, maxAge?: number | null) {
  return {
    bornOnOrBefore: minAge == null ? null : addYears(asOf, -minAge),
    bornAfter: maxAge == null ? null : addYears(asOf, -(maxAge + 1)),
  };
}

