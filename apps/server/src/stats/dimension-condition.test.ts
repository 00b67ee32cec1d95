import { describe, expect, it } from 'vitest';
import { dimensionCondition } from './stats.service.js';
import { SUBTREE_DIMENSIONS } from './subtree-count.entity.js';

describe('dimensionCondition', () => {
  it('reads GENDER, KIND and STATUS as one range of the key, nothing else in it', () => {
    expect(dimensionCondition(['KIND', 'STATUS', 'GENDER'])).toBe(`s.dimension >= 'GENDER' and s.dimension <= 'STATUS'`);
    // The range holds exactly those three of the table's dimensions, whatever the collation (first letters differ).
    expect(SUBTREE_DIMENSIONS.filter((d) => d >= 'GENDER' && d <= 'STATUS').sort()).toEqual(['GENDER', 'KIND', 'STATUS']);
    expect(new Set(SUBTREE_DIMENSIONS.map((d) => d[0])).size).toBe(SUBTREE_DIMENSIONS.length);
  });

  it('lists the dimensions when a range would read others', () => {
    expect(dimensionCondition(['STATUS', 'GENDER'])).toBe(`s.dimension in ('GENDER', 'STATUS')`);
    expect(dimensionCondition(['KIND'])).toBe(`s.dimension = 'KIND'`);
    expect(dimensionCondition(['STATUS', 'KIND'])).toBe(`s.dimension >= 'KIND' and s.dimension <= 'STATUS'`);
  });
});
