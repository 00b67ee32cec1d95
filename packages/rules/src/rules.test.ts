import { describe, expect, it } from 'vitest';
import {
  addYears,
  ageBandDate,
  ageBandOf,
  ageBandThresholds,
  ageOn,
  birthDateRangeForAge,
  checkPlacement,
  childPath,
  endsMembership,
  foldText,
  holdsMembers,
  isIsoDate,
  isWithin,
  pathIds,
  subtreeUpperBound,
  todayInVietnam,
} from './index.js';

describe('foldText', () => {
  it('folds Vietnamese diacritics, đ and case', () => {
    expect(foldText('Thành Công')).toBe('thanh cong');
    expect(foldText('ĐẢNG BỘ xã Lục Hồn')).toBe('dang bo xa luc hon');
    expect(foldText('  Nguyễn   Thị  Ánh ')).toBe('nguyen thi anh');
    // Precomposed and decomposed input fold the same.
    expect(foldText('Trư\u031Bơ\u0300ng')).toBe(foldText('Trường'));
  });
});

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('computes ages in whole years, the day before and on the birthday', () => {
    expect(ageOn('1990-06-15', '2020-06-14')).toBe(29);
    expect(ageOn('1990-06-15', '2020-06-15')).toBe(30);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it("takes today's date in Vietnam, 7 hours ahead of UTC", () => {
    expect(todayInVietnam(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});

describe('age bands', () => {
  it('puts the boundary ages in the right band', () => {
    expect(ageBandOf(30)).toBe('UP_TO_30');
    expect(ageBandOf(31)).toBe('FROM_31_TO_40');
    expect(ageBandOf(60)).toBe('FROM_51_TO_60');
    expect(ageBandOf(61)).toBe('OVER_60');
  });

  it('without birth dates, bands by the age reached in the year: every day of a year gives the same band', () => {
    const born = '1994-07-20'; // turns 31 on 2025-07-20
    const bandOn = (asOf: string, exact: boolean) => {
      const on = ageBandDate(asOf, exact);
      return ageBandThresholds(on).find((t) => born > t.bornAfter)?.band ?? 'OVER_60';
    };
    const days = ['2025-01-01', '2025-07-19', '2025-07-20', '2025-12-31'];
    expect(days.map((d) => bandOn(d, false))).toEqual(['FROM_31_TO_40', 'FROM_31_TO_40', 'FROM_31_TO_40', 'FROM_31_TO_40']);
    expect(days.map((d) => bandOn(d, true))).toEqual(['UP_TO_30', 'UP_TO_30', 'FROM_31_TO_40', 'FROM_31_TO_40']);
    expect(bandOn('2024-12-31', false)).toBe('UP_TO_30');
    expect(ageBandDate('2025-03-04', true)).toBe('2025-03-04');
  });

  it('gives SQL thresholds that agree with ageBandOf around every birthday', () => {
    const asOf = '2025-07-01';
    const thresholds = ageBandThresholds(asOf);
    const bandBySql = (birth: string) => thresholds.find((t) => birth > t.bornAfter)?.band ?? 'OVER_60';
    for (const birth of ['1994-07-01', '1994-07-02', '1994-06-30', '1984-07-01', '1984-07-02', '1964-07-01', '1964-07-02', '1950-01-01', '2000-01-01']) {
      expect(bandBySql(birth), birth).toBe(ageBandOf(ageOn(birth, asOf)));
    }
  });

  it('turns an age range into a birth-date range', () => {
    const { bornOnOrBefore, bornAfter } = birthDateRangeForAge('2025-07-01', 30, 40);
    expect(bornOnOrBefore).toBe('1995-07-01');
    expect(bornAfter).toBe('1984-07-01');
    expect(ageOn('1995-07-01', '2025-07-01')).toBe(30);
    expect(ageOn('1984-07-02', '2025-07-01')).toBe(40);
  });
});

describe('hierarchy rules', () => {
  it('places each kind only under its allowed parents', () => {
    expect(checkPlacement('PROVINCIAL_COMMITTEE', null)).toBeNull();
    expect(checkPlacement('PROVINCIAL_COMMITTEE', 'PROVINCIAL_COMMITTEE')?.code).toBe('ROOT_HAS_NO_PARENT');
    expect(checkPlacement('GRASSROOTS_COMMITTEE', 'PROVINCIAL_COMMITTEE')).toBeNull();
    expect(checkPlacement('GRASSROOTS_COMMITTEE', 'DIRECTLY_SUPERIOR_COMMITTEE')).toBeNull();
    expect(checkPlacement('CELL', 'PARTIAL_COMMITTEE')).toBeNull();
    expect(checkPlacement('CELL', 'PROVINCIAL_COMMITTEE')?.code).toBe('PARENT_KIND_NOT_ALLOWED');
    expect(checkPlacement('CELL', 'CELL')?.code).toBe('PARENT_HOLDS_MEMBERS');
    expect(checkPlacement('PARTIAL_COMMITTEE', 'GRASSROOTS_CELL')?.code).toBe('PARENT_HOLDS_MEMBERS');
    expect(checkPlacement('CELL', null)?.code).toBe('PARENT_REQUIRED');
  });

  it('lets only cells hold members', () => {
    expect(holdsMembers('CELL')).toBe(true);
    expect(holdsMembers('GRASSROOTS_CELL')).toBe(true);
    expect(holdsMembers('GRASSROOTS_COMMITTEE')).toBe(false);
    expect(endsMembership('DECEASED')).toBe(true);
    expect(endsMembership('EXEMPT')).toBe(false);
  });

  it('ranges a subtree by path in binary order', () => {
    const root = childPath(null, 1);
    const child = childPath(root, 5);
    expect(child).toBe('/1/5/');
    const hi = subtreeUpperBound(child);
    const inside = ['/1/5/', '/1/5/7/', '/1/5/70/8/'];
    const outside = ['/1/50/', '/1/6/', '/1/', '/1/4/'];
    for (const p of inside) expect(p >= child && p < hi, p).toBe(true);
    for (const p of outside) expect(p >= child && p < hi, p).toBe(false);
    expect(pathIds('/1/5/70/')).toEqual([1, 5, 70]);
    expect(isWithin('/1/5/70/', '/1/5/')).toBe(true);
    expect(isWithin('/1/50/', '/1/5/')).toBe(false);
  });
});
