import { describe, expect, it } from 'vitest';
import {
  awardYearProblem,
  commitmentMet,
  daysBetween,
  daysInclusive,
  daysInYear,
  isValidCommitmentResult,
  isValidCommitmentTarget,
  oversightCompliance,
  oversightDueByNow,
  oversightRequired,
  recommendationTransitionProblem,
  termCovers,
  termDaysInYear,
  termsOverlap,
} from './index.js';

describe('oversight terms', () => {
  it('counts the days of a term inside a year, both ends included', () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2025)).toBe(365);
    expect(daysInYear(2100)).toBe(365);
    expect(daysInclusive('2025-01-01', '2025-01-01')).toBe(1);
    expect(daysInclusive('2025-01-02', '2025-01-01')).toBe(0);
    expect(termDaysInYear('2020-05-01', null, 2025)).toBe(365);
    expect(termDaysInYear('2025-07-01', null, 2025)).toBe(184);
    expect(termDaysInYear('2020-01-01', '2025-06-30', 2025)).toBe(181);
    expect(termDaysInYear('2020-01-01', '2024-12-31', 2025)).toBe(0);
    expect(termDaysInYear('2026-01-01', null, 2025)).toBe(0);
    // Up to a day (today) inside the year.
    expect(termDaysInYear('2020-01-01', null, 2025, '2025-01-10')).toBe(10);
    expect(termDaysInYear('2025-03-01', null, 2025, '2025-02-01')).toBe(0);
  });

  it('tells whether a term covers a day and whether two terms overlap', () => {
    expect(termCovers('2025-01-01', '2025-06-30', '2025-06-30')).toBe(true);
    expect(termCovers('2025-01-01', '2025-06-30', '2025-07-01')).toBe(false);
    expect(termCovers('2025-01-01', null, '2030-01-01')).toBe(true);
    expect(termsOverlap({ from: '2025-01-01', to: '2025-06-30' }, { from: '2025-06-30', to: null })).toBe(true);
    expect(termsOverlap({ from: '2025-01-01', to: '2025-06-30' }, { from: '2025-07-01', to: null })).toBe(false);
    expect(termsOverlap({ from: '2025-01-01', to: null }, { from: '2020-01-01', to: '2024-12-31' })).toBe(false);
    expect(termsOverlap({ from: '2025-01-01', to: null }, { from: '2020-01-01', to: null })).toBe(true);
  });

  it('prorates the yearly number to the part of the year the term covers, rounding up', () => {
    expect(oversightRequired(2, '2020-01-01', null, 2025)).toBe(2);
    // Half a year owes one of two; a single day still owes one.
    expect(oversightRequired(2, '2025-07-01', null, 2025)).toBe(2); // 184/365 × 2 = 1.008 → 2
    expect(oversightRequired(2, '2025-07-03', null, 2025)).toBe(1); // 182/365 × 2 = 0.997 → 1
    expect(oversightRequired(2, '2025-12-31', null, 2025)).toBe(1);
    expect(oversightRequired(12, '2020-01-01', '2025-03-31', 2025)).toBe(3); // 90/365 × 12 = 2.96 → 3
    expect(oversightRequired(2, '2026-01-01', null, 2025)).toBe(0);
  });

  it('spreads what is due over the covered days: nobody is behind on day one, all is due at the end', () => {
    // A full year with 2 required: the first falls due at half the year, the second on 31 December.
    expect(oversightDueByNow(2, '2020-01-01', null, 2025, '2025-01-01')).toBe(0);
    expect(oversightDueByNow(2, '2020-01-01', null, 2025, '2025-07-01')).toBe(0); // 182/365 × 2 = 0.997
    expect(oversightDueByNow(2, '2020-01-01', null, 2025, '2025-07-02')).toBe(1); // 183/365 × 2 = 1.003
    expect(oversightDueByNow(2, '2020-01-01', null, 2025, '2025-12-30')).toBe(1);
    expect(oversightDueByNow(2, '2020-01-01', null, 2025, '2025-12-31')).toBe(2);
    // A past year owes everything, a future one nothing.
    expect(oversightDueByNow(2, '2020-01-01', null, 2024, '2025-03-01')).toBe(2);
    expect(oversightDueByNow(2, '2020-01-01', null, 2026, '2025-03-01')).toBe(0);
    // A term that ended during the year owes all of its prorated number from its last day on.
    expect(oversightDueByNow(1, '2020-01-01', '2025-03-31', 2025, '2025-04-15')).toBe(1);
    expect(oversightDueByNow(1, '2020-01-01', '2025-03-31', 2025, '2025-03-30')).toBe(0);
  });

  it('says who is behind', () => {
    const base = { requiredPerYear: 2, from: '2020-01-01', to: null, year: 2025 };
    expect(oversightCompliance({ ...base, today: '2025-08-01', attended: 0 })).toEqual({ required: 2, dueByNow: 1, behind: true });
    expect(oversightCompliance({ ...base, today: '2025-08-01', attended: 1 })).toEqual({ required: 2, dueByNow: 1, behind: false });
    expect(oversightCompliance({ ...base, today: '2026-02-01', attended: 1 })).toEqual({ required: 2, dueByNow: 2, behind: true });
    expect(oversightCompliance({ ...base, today: '2026-02-01', attended: 5 })).toEqual({ required: 2, dueByNow: 2, behind: false });
  });
});

describe('recommendations', () => {
  it('go forward from open to in progress to resolved or declined, and closed ones are final', () => {
    expect(recommendationTransitionProblem('OPEN', 'IN_PROGRESS')).toBeNull();
    expect(recommendationTransitionProblem('OPEN', 'RESOLVED')).toBeNull();
    expect(recommendationTransitionProblem('OPEN', 'DECLINED')).toBeNull();
    expect(recommendationTransitionProblem('IN_PROGRESS', 'RESOLVED')).toBeNull();
    expect(recommendationTransitionProblem('IN_PROGRESS', 'DECLINED')).toBeNull();
    expect(recommendationTransitionProblem('IN_PROGRESS', 'IN_PROGRESS')).toBeNull();
    expect(recommendationTransitionProblem('IN_PROGRESS', 'OPEN')).toBe('BACKWARDS');
    expect(recommendationTransitionProblem('RESOLVED', 'RESOLVED')).toBe('CLOSED');
    expect(recommendationTransitionProblem('DECLINED', 'IN_PROGRESS')).toBe('CLOSED');
  });

  it('ages in whole days', () => {
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
    expect(daysBetween('2024-12-31', '2025-03-01')).toBe(60);
  });
});

describe('commitments and awards', () => {
  it('accept targets above 0 and results from 0, with at most two decimals', () => {
    expect(isValidCommitmentTarget(1)).toBe(true);
    expect(isValidCommitmentTarget(0.5)).toBe(true);
    expect(isValidCommitmentTarget(0)).toBe(false);
    expect(isValidCommitmentTarget(-1)).toBe(false);
    expect(isValidCommitmentTarget(1.005)).toBe(false);
    expect(isValidCommitmentTarget(10_000_000)).toBe(false);
    expect(isValidCommitmentResult(0)).toBe(true);
    expect(isValidCommitmentResult(-0.01)).toBe(false);
    expect(isValidCommitmentResult(Number.NaN)).toBe(false);
  });

  it('are met once the reported result reaches the target', () => {
    expect(commitmentMet(1, null)).toBe(false);
    expect(commitmentMet(1, 0)).toBe(false);
    expect(commitmentMet(1, 1)).toBe(true);
    expect(commitmentMet(0.3, 0.1 + 0.2)).toBe(true);
  });

  it('honour a year no later than the award date', () => {
    expect(awardYearProblem(2024, '2025-01-15')).toBeNull();
    expect(awardYearProblem(2025, '2025-01-15')).toBeNull();
    expect(awardYearProblem(2026, '2025-12-31')).toBe('YEAR_AFTER_AWARD');
    expect(awardYearProblem(1999, '2025-01-15')).toBe('BAD_YEAR');
    expect(awardYearProblem(2024.5, '2025-01-15')).toBe('BAD_YEAR');
  });
});
