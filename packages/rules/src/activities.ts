/**
 * Rules of a cell's activities besides its meetings: oversight by superior committee members
 * (phân công phụ trách), recommendations (kiến nghị) and their life cycle, members' competition
 * commitments and awards. Pure: the server applies them (and repeats the oversight arithmetic
 * in SQL so that a subtree's compliance is sorted and counted in the database; the API tests
 * check that both agree), the admin app shows the same figures.
 */
import { hasAtMostTwoDecimals } from './scoring.js';
import type { IsoDate } from './dates.js';

// ---------------------------------------------------------------------------------------------
// Oversight (phân công phụ trách)

/** Activities a superior committee member must attend per year where assigned (seed 003). */
export const OVERSIGHT_DEFAULT_PER_YEAR = 2;
export const OVERSIGHT_MAX_PER_YEAR = 24;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  if (to < from) return 0;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * Days of the term [from, to] (to included; null: still running) that fall in `year`, counting
 * no further than `until` when given (e.g. today).
 */
export function termDaysInYear(from: IsoDate, to: IsoDate | null, year: number, until?: IsoDate): number {
  const start = `${year}-01-01`;
  let end = `${year}-12-31`;
  if (to !== null && to < end) end = to;
  if (until !== undefined && until < end) end = until;
  return daysInclusive(from > start ? from : start, end);
}

/**
 * Attendances required in `year`: the yearly number prorated to the part of the year the term
 * covers, rounded up (a term of half a year owes 1 of 2). 0 when the term misses the year.
 */
export function oversightRequired(requiredPerYear: number, from: IsoDate, to: IsoDate | null, year: number): number {
  const covered = termDaysInYear(from, to, year);
  if (covered === 0) return 0;
  const days = daysInYear(year);
  return Math.floor((requiredPerYear * covered + days - 1) / days);
}

/**
 * Attendances that should have happened by `today`: the k-th of the `required` falls due once
 * k/required of the term's days in the year have passed (rounded down), so nobody is behind on
 * the first day and everything is due by the term's last day in the year. A past year owes all
 * of `required`, a future one nothing.
 */
export function oversightDueByNow(required: number, from: IsoDate, to: IsoDate | null, year: number, today: IsoDate): number {
  const covered = termDaysInYear(from, to, year);
  if (covered === 0) return 0;
  const elapsed = termDaysInYear(from, to, year, today);
  return Math.floor((required * elapsed) / covered);
}

export interface OversightCompliance {
  required: number;
  dueByNow: number;
  behind: boolean;
}

export function oversightCompliance(input: { requiredPerYear: number; from: IsoDate; to: IsoDate | null; year: number; today: IsoDate; attended: number }): OversightCompliance {
  const required = oversightRequired(input.requiredPerYear, input.from, input.to, input.year);
  const dueByNow = oversightDueByNow(required, input.from, input.to, input.year, input.today);
  return { required, dueByNow, behind: input.attended < dueByNow };
}

/** Whether the term [from, to] (to included, null: open) covers `date`. */
export function termCovers(from: IsoDate, to: IsoDate | null, date: IsoDate): boolean {
  return from <= date && (to === null || date <= to);
}

/** Whether two terms share at least one day. */
export function termsOverlap(a: { from: IsoDate; to: IsoDate | null }, b: { from: IsoDate; to: IsoDate | null }): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

// ---------------------------------------------------------------------------------------------
// Recommendations (kiến nghị)

export const RecommendationState = {
  OPEN: 'OPEN',
  IN_PROGRESS: 'IN_PROGRESS',
  RESOLVED: 'RESOLVED',
  DECLINED: 'DECLINED',
} as const;
export type RecommendationState = (typeof RecommendationState)[keyof typeof RecommendationState];
export const RECOMMENDATION_STATES = Object.values(RecommendationState);

/** Resolved and declined recommendations are final. */
export function isClosedRecommendation(status: RecommendationState): boolean {
  return status === 'RESOLVED' || status === 'DECLINED';
}

export type RecommendationTransitionProblem = 'CLOSED' | 'BACKWARDS';

/**
 * Whether a recommendation may go from `from` to `to`: open → in progress → resolved or
 * declined, open → resolved or declined directly; closed ones never change; never back to open.
 * Staying in the same (not closed) status is no transition and allowed.
 */
export function recommendationTransitionProblem(from: RecommendationState, to: RecommendationState): RecommendationTransitionProblem | null {
  if (isClosedRecommendation(from)) return 'CLOSED';
  if (from === to) return null;
  if (to === 'OPEN') return 'BACKWARDS';
  return null;
}

/** Whole days from `from` to `to` (the age of an open recommendation raised on `from`, today `to`). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// ---------------------------------------------------------------------------------------------
// Competition: members' commitments and awards

/** Largest target or result a commitment stores (numeric(9, 2)). */
export const COMMITMENT_MAX_AMOUNT = 9_999_999.99;

/** A target: more than 0, at most two decimals, within the column. */
export function isValidCommitmentTarget(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= COMMITMENT_MAX_AMOUNT && hasAtMostTwoDecimals(value);
}

/** A result: 0 or more, at most two decimals, within the column. */
export function isValidCommitmentResult(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= COMMITMENT_MAX_AMOUNT && hasAtMostTwoDecimals(value);
}

/** A commitment is met once a result is reported and reaches the target. */
export function commitmentMet(target: number, result: number | null): boolean {
  return result !== null && Math.round(result * 100) >= Math.round(target * 100);
}

/**
 * The year an award honours: from 2000, and not after the year it was conferred (an award for
 * 2024 is conferred in 2024 or later). Returns a problem code, or null.
 */
export function awardYearProblem(year: number, awardedOn: IsoDate): 'BAD_YEAR' | 'YEAR_AFTER_AWARD' | null {
  if (!Number.isInteger(year) || year < 2000) return 'BAD_YEAR';
  if (year > Number(awardedOn.slice(0, 4))) return 'YEAR_AFTER_AWARD';
  return null;
}
