import { describe, expect, it } from 'vitest';
import {
  capGroupOf,
  checkExcellentCap,
  DEFAULT_EXCELLENT_CAP_SCOPE,
  isAbove,
  DEFAULT_OUTCOME_RULES,
  diffTables,
  levelOfTotal,
  ratingLevelProblem,
  meetingQualityOf,
  scoreAssessment,
  validateEntries,
  validateTable,
  type CriteriaItemDef,
  type CriteriaTableDef,
  type ScoreEntry,
} from './index.js';

/**
 * A "4 good" cell table in the shape staff publish: four content groups whose scored and yes/no
 * items add up to 100, plus deductions, bonuses and two vetoes. Group LD needs at least 30 points.
 */
const cellTable: CriteriaTableDef = {
  model: 'FOUR_GOOD_CELL',
  groups: [
    { code: 'LD', title: 'Lãnh đạo thực hiện tốt nhiệm vụ chính trị', minPoints: 30 },
    { code: 'SH', title: 'Chất lượng sinh hoạt tốt' },
    { code: 'DK', title: 'Đoàn kết, kỷ luật tốt' },
    { code: 'CB', title: 'Cán bộ, đảng viên tốt' },
  ],
  items: [
    { code: 'LD.1', groupCode: 'LD', text: 'Lãnh đạo hoàn thành chỉ tiêu kinh tế - xã hội', kind: 'SCORED', maxPoints: 30 },
    { code: 'LD.2', groupCode: 'LD', text: 'Lãnh đạo công tác dân vận', kind: 'SCORED', maxPoints: 10 },
    { code: 'SH.1', groupCode: 'SH', text: 'Sinh hoạt định kỳ đúng kỳ, đủ nội dung', kind: 'SCORED', maxPoints: 20 },
    { code: 'SH.2', groupCode: 'SH', text: 'Sinh hoạt chuyên đề ít nhất 1 lần/quý', kind: 'YES_NO', maxPoints: 5 },
    { code: 'DK.1', groupCode: 'DK', text: 'Giữ gìn đoàn kết nội bộ', kind: 'SCORED', maxPoints: 15 },
    { code: 'CB.1', groupCode: 'CB', text: 'Đảng viên hoàn thành tốt nhiệm vụ', kind: 'SCORED', maxPoints: 20 },
    { code: 'TRU.1', groupCode: 'DK', text: 'Đảng viên vi phạm quy định nơi cư trú', kind: 'DEDUCTION', maxPoints: 8 },
    { code: 'TRU.2', groupCode: 'SH', text: 'Sinh hoạt không đúng kỳ', kind: 'DEDUCTION', maxPoints: 10 },
    { code: 'THUONG.1', groupCode: 'CB', text: 'Đảng viên có sáng kiến được công nhận', kind: 'BONUS', maxPoints: 3 },
    { code: 'THUONG.2', groupCode: 'LD', text: 'Mô hình tiêu biểu được biểu dương', kind: 'BONUS', maxPoints: 5 },
    { code: 'VETO.1', groupCode: 'DK', text: 'Có đảng viên bị kỷ luật trong năm', kind: 'VETO', maxPoints: 0, vetoEffect: 'BLOCKS_TOP' },
    { code: 'VETO.2', groupCode: 'DK', text: 'Chi bộ mất đoàn kết nghiêm trọng', kind: 'VETO', maxPoints: 0, vetoEffect: 'FORCES_LOWEST' },
  ],
  outcome: DEFAULT_OUTCOME_RULES,
};

/** Full marks, no deduction, no bonus, no veto; `changes` overrides single answers. */
function answers(changes: Record<string, number | boolean> = {}): ScoreEntry[] {
  const entries: ScoreEntry[] = [];
  for (const item of cellTable.items) {
    const change = changes[item.code];
    if (item.kind === 'YES_NO' || item.kind === 'VETO') {
      entries.push({ itemCode: item.code, yes: typeof change === 'boolean' ? change : item.kind === 'YES_NO' });
    } else if (change !== undefined) {
      entries.push({ itemCode: item.code, points: change as number });
    } else if (item.kind === 'SCORED') {
      entries.push({ itemCode: item.code, points: item.maxPoints });
    }
  }
  return entries;
}

/** Answers that reach `total` by losing points in CB.1, then DK.1, then SH.1 (never in LD). */
function answersForTotal(total: number, changes: Record<string, number | boolean> = {}): ScoreEntry[] {
  let toLoseH = Math.round((100 - total) * 100);
  const lose: Record<string, number> = {};
  for (const [code, max] of [['CB.1', 20], ['DK.1', 15], ['SH.1', 20]] as const) {
    const h = Math.min(toLoseH, max * 100);
    if (h > 0) lose[code] = (max * 100 - h) / 100;
    toLoseH -= h;
  }
  return answers({ ...lose, ...changes });
}

const score = (entries: ScoreEntry[]) => scoreAssessment(cellTable, entries);

describe('scoreAssessment: full marks', () => {
  it('gives 100 points, excellent and "4 good", with nothing to explain but the outcome', () => {
    const result = score(answers());
    expect(result).toMatchObject({ base: 100, bonus: 0, deductions: 0, total: 100, level: 'EXCELLENT', fourGood: true, complete: true });
    expect(result.groups).toEqual([
      { code: 'LD', points: 40, max: 40, belowMinimum: false },
      { code: 'SH', points: 25, max: 25, belowMinimum: false },
      { code: 'DK', points: 15, max: 15, belowMinimum: false },
      { code: 'CB', points: 20, max: 20, belowMinimum: false },
    ]);
    expect(result.explanation).toEqual([
      { kind: 'LEVEL', level: 'EXCELLENT', total: 100, band: 'top', bound: 90 },
      { kind: 'FOUR_GOOD', reached: true, total: 100, threshold: 95, reason: 'THRESHOLD' },
    ]);
  });
});

describe('scoreAssessment: "4 good" threshold (95)', () => {
  it.each([
    [94.99, false, 'BELOW_THRESHOLD'],
    [95, true, 'THRESHOLD'],
    [95.01, true, 'THRESHOLD'],
  ] as const)('a cell with %s points: 4 good = %s', (total, reached, reason) => {
    const result = score(answersForTotal(total));
    expect(result.total).toBe(total);
    expect(result.fourGood).toBe(reached);
    expect(result.explanation.at(-1)).toEqual({ kind: 'FOUR_GOOD', reached, total, threshold: 95, reason });
  });

  it('is decided in hundredths, whatever the binary floating point sum would say', () => {
    // 0.1 + 0.2 style sums: 24.99 + 10 + 20 + 5 + 15 + 20 = 94.99 exactly, and 0.7 + 0.1 + 0.2 in bonuses.
    const result = score(answers({ 'LD.1': 24.99 }));
    expect(result.total).toBe(94.99);
    expect(result.fourGood).toBe(false);
    const withBonus = score(answers({ 'LD.1': 24.3, 'THUONG.1': 0.7 }));
    expect(withBonus.total).toBe(95);
    expect(withBonus.fourGood).toBe(true);
  });

  it('is null for models without "4 good"', () => {
    const rating = scoreAssessment({ ...cellTable, model: 'ORGANIZATION_RATING' }, answers());
    expect(rating.fourGood).toBeNull();
    expect(rating.explanation.some((e) => e.kind === 'FOUR_GOOD')).toBe(false);
  });
});

describe('scoreAssessment: rating bands (90 / 70 / 50)', () => {
  it.each([
    [100, 'EXCELLENT', 'top', 90],
    [90, 'EXCELLENT', 'top', 90],
    [89.99, 'GOOD', 'second', 70],
    [70, 'GOOD', 'second', 70],
    [69.99, 'COMPLETED', 'third', 50],
    [50, 'COMPLETED', 'third', 50],
    [49.99, 'NOT_COMPLETED', 'below', null],
  ] as const)('%s points → %s', (total, level, band, bound) => {
    const result = score(answersForTotal(total));
    expect(result.total).toBe(total);
    expect(result.level).toBe(level);
    expect(result.explanation).toContainEqual({ kind: 'LEVEL', level, total, band, bound });
  });

  it('reads meeting quality under its own names', () => {
    expect(meetingQualityOf('EXCELLENT')).toBe('GOOD');
    expect(meetingQualityOf('GOOD')).toBe('FAIR');
    expect(meetingQualityOf('COMPLETED')).toBe('AVERAGE');
    expect(meetingQualityOf('NOT_COMPLETED')).toBe('POOR');
    const meeting = scoreAssessment({ ...cellTable, model: 'MEETING_QUALITY' }, answersForTotal(72.5));
    expect(meetingQualityOf(meeting.level)).toBe('FAIR');
    expect(meeting.fourGood).toBeNull();
  });
});

describe('scoreAssessment: bonus and deduction caps (5 and 10)', () => {
  it('adds bonuses below the cap in full', () => {
    const result = score(answersForTotal(90, { 'THUONG.1': 3, 'THUONG.2': 1.5 }));
    expect(result).toMatchObject({ base: 90, bonus: 4.5, total: 94.5 });
    expect(result.explanation.filter((e) => e.kind.startsWith('BONUS'))).toEqual([
      { kind: 'BONUS', itemCode: 'THUONG.1', points: 3 },
      { kind: 'BONUS', itemCode: 'THUONG.2', points: 1.5 },
    ]);
  });

  it('adds bonuses exactly at the cap in full, without a cap note', () => {
    const result = score(answersForTotal(90, { 'THUONG.1': 3, 'THUONG.2': 2 }));
    expect(result).toMatchObject({ bonus: 5, total: 95, fourGood: true });
    expect(result.explanation.some((e) => e.kind === 'BONUS_CAPPED')).toBe(false);
  });

  it('caps bonuses above the cap and says so', () => {
    const result = score(answersForTotal(90, { 'THUONG.1': 3, 'THUONG.2': 5 }));
    expect(result).toMatchObject({ bonus: 5, total: 95 });
    expect(result.explanation).toContainEqual({ kind: 'BONUS_CAPPED', raw: 8, cap: 5 });
  });

  it('lets a bonus lift the total above 100', () => {
    expect(score(answers({ 'THUONG.2': 4 })).total).toBe(104);
  });

  it('subtracts deductions below and at the cap in full', () => {
    expect(score(answers({ 'TRU.1': 2.5 }))).toMatchObject({ deductions: 2.5, total: 97.5 });
    const atCap = score(answers({ 'TRU.2': 10 }));
    expect(atCap).toMatchObject({ deductions: 10, total: 90, level: 'EXCELLENT', fourGood: false });
    expect(atCap.explanation.some((e) => e.kind === 'DEDUCTION_CAPPED')).toBe(false);
  });

  it('caps deductions above the cap and says so', () => {
    const result = score(answers({ 'TRU.1': 8, 'TRU.2': 7 }));
    expect(result).toMatchObject({ base: 100, deductions: 10, total: 90 });
    expect(result.explanation.slice(0, 3)).toEqual([
      { kind: 'DEDUCTION', itemCode: 'TRU.1', points: 8 },
      { kind: 'DEDUCTION', itemCode: 'TRU.2', points: 7 },
      { kind: 'DEDUCTION_CAPPED', raw: 15, cap: 10 },
    ]);
  });

  it('never goes below 0', () => {
    const nothing = cellTable.items.filter((i) => i.kind === 'SCORED').map((i) => ({ itemCode: i.code, points: 0 }));
    const result = score([...nothing, { itemCode: 'SH.2', yes: false }, { itemCode: 'TRU.2', points: 10 }]);
    expect(result).toMatchObject({ base: 0, deductions: 10, total: 0, level: 'NOT_COMPLETED' });
  });
});

describe('scoreAssessment: vetoes', () => {
  it('a member disciplined in the year (BLOCKS_TOP) drops 100 points to good and blocks "4 good"', () => {
    const result = score(answers({ 'VETO.1': true }));
    expect(result).toMatchObject({ total: 100, level: 'GOOD', fourGood: false });
    expect(result.vetoes).toEqual([{ itemCode: 'VETO.1', effect: 'BLOCKS_TOP' }]);
    expect(result.explanation).toEqual([
      { kind: 'VETO', itemCode: 'VETO.1', effect: 'BLOCKS_TOP' },
      { kind: 'LEVEL', level: 'GOOD', total: 100, band: 'top', bound: 90 },
      { kind: 'FOUR_GOOD', reached: false, total: 100, threshold: 95, reason: 'VETO' },
    ]);
  });

  it('a BLOCKS_TOP veto leaves lower levels alone', () => {
    expect(score(answersForTotal(60, { 'VETO.1': true })).level).toBe('COMPLETED');
  });

  it('a FORCES_LOWEST veto gives not completed whatever the points', () => {
    const result = score(answers({ 'VETO.2': true }));
    expect(result).toMatchObject({ total: 100, level: 'NOT_COMPLETED', fourGood: false });
    expect(result.explanation).toContainEqual({ kind: 'VETO', itemCode: 'VETO.2', effect: 'FORCES_LOWEST' });
  });

  it('a veto answered "no" changes nothing', () => {
    expect(score(answers({ 'VETO.1': false, 'VETO.2': false }))).toMatchObject({ level: 'EXCELLENT', fourGood: true, vetoes: [] });
  });
});

describe('scoreAssessment: group minimum', () => {
  // The same table with a 35-point minimum for LD (lãnh đạo): 25 + 10 meets it, 24.99 + 10 does not.
  const strictLd = { ...cellTable, groups: cellTable.groups.map((g) => (g.code === 'LD' ? { ...g, minPoints: 35 } : g)) };

  it('a group exactly at its minimum is fine', () => {
    const result = scoreAssessment(strictLd, answers({ 'LD.1': 25, 'THUONG.1': 1 }));
    expect(result).toMatchObject({ total: 96, level: 'EXCELLENT', fourGood: true });
    expect(result.groups[0]).toEqual({ code: 'LD', points: 35, max: 40, belowMinimum: false });
  });

  it('LD 0.01 below its minimum blocks excellent and "4 good" although the total is 95.99', () => {
    const result = scoreAssessment(strictLd, answers({ 'LD.1': 24.99, 'THUONG.1': 1 }));
    expect(result).toMatchObject({ total: 95.99, level: 'GOOD', fourGood: false });
    expect(result.groups[0]).toEqual({ code: 'LD', points: 34.99, max: 40, belowMinimum: true });
    expect(result.explanation).toEqual([
      { kind: 'LOST_POINTS', itemCode: 'LD.1', groupCode: 'LD', lost: 5.01, max: 30 },
      { kind: 'BONUS', itemCode: 'THUONG.1', points: 1 },
      { kind: 'GROUP_BELOW_MINIMUM', groupCode: 'LD', points: 34.99, minimum: 35 },
      { kind: 'LEVEL', level: 'GOOD', total: 95.99, band: 'top', bound: 90 },
      { kind: 'FOUR_GOOD', reached: false, total: 95.99, threshold: 95, reason: 'GROUP_MINIMUM' },
    ]);
  });

  it('bonuses and deductions do not count towards a group minimum', () => {
    const result = scoreAssessment(strictLd, answers({ 'LD.1': 24.99, 'THUONG.2': 5 }));
    expect(result.groups[0].belowMinimum).toBe(true);
  });
});

describe('scoreAssessment: missing and partial answers', () => {
  it('counts an item without an entry as 0 and marks the assessment incomplete', () => {
    const entries = answers({ 'LD.2': 7.5 }).filter((e) => e.itemCode !== 'CB.1' && e.itemCode !== 'SH.2');
    const result = score(entries);
    expect(result).toMatchObject({ base: 72.5, total: 72.5, level: 'GOOD', complete: false });
    expect(result.explanation.slice(0, 3)).toEqual([
      { kind: 'LOST_POINTS', itemCode: 'LD.2', groupCode: 'LD', lost: 2.5, max: 10 },
      { kind: 'NOT_SCORED', itemCode: 'SH.2' },
      { kind: 'NOT_SCORED', itemCode: 'CB.1' },
    ]);
  });

  it('a yes/no item answered "no" loses its points', () => {
    expect(score(answers({ 'SH.2': false })).explanation[0]).toEqual({ kind: 'LOST_POINTS', itemCode: 'SH.2', groupCode: 'SH', lost: 5, max: 5 });
  });

  it('an unanswered veto makes the assessment incomplete but does not fire', () => {
    const result = score(answers().filter((e) => e.itemCode !== 'VETO.2'));
    expect(result).toMatchObject({ complete: false, level: 'EXCELLENT', vetoes: [] });
  });

  it('deductions and bonuses need no entry to be complete', () => {
    expect(score(answers()).complete).toBe(true);
  });
});

describe('validateTable', () => {
  it('accepts the sample table', () => {
    expect(validateTable(cellTable)).toEqual([]);
  });

  it('reports items that do not add up to the total', () => {
    const items = cellTable.items.map((i) => (i.code === 'CB.1' ? { ...i, maxPoints: 19.5 } : i));
    expect(validateTable({ ...cellTable, items })).toEqual([
      { path: 'items', code: 'TOTAL_MISMATCH', message: 'Scored and yes/no items add up to 99.5 points; the table total is 100.', values: { sum: 99.5, total: 100 } },
    ]);
  });

  it('reports duplicate and malformed codes', () => {
    const groups = [...cellTable.groups, { code: 'CB', title: 'Trùng mã' }];
    const items: CriteriaItemDef[] = cellTable.items.map((i, n) =>
      n === 1 ? { ...i, code: 'LD.1' } : n === 2 ? { ...i, code: 'SH 1' } : i,
    );
    const problems = validateTable({ ...cellTable, groups, items });
    expect(problems.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        ['groups[4].code', 'DUPLICATE_CODE'],
        ['items[1].code', 'DUPLICATE_CODE'],
        ['items[2].code', 'INVALID_CODE'],
      ]),
    );
  });

  it('reports bands that do not decrease or leave 0..total, and a threshold above total + bonus cap', () => {
    const problems = validateTable({
      ...cellTable,
      outcome: { ...DEFAULT_OUTCOME_RULES, bands: { top: 70, second: 70, third: 50 }, fourGoodThreshold: 105.01 },
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['outcome.bands', 'BANDS_NOT_DECREASING'],
      ['outcome.fourGoodThreshold', 'THRESHOLD_OUT_OF_RANGE'],
    ]);
    const outOfRange = validateTable({ ...cellTable, outcome: { ...DEFAULT_OUTCOME_RULES, bands: { top: 101, second: 70, third: 50 } } });
    expect(outOfRange.map((p) => p.code)).toEqual(['BANDS_OUT_OF_RANGE']);
  });

  it('reports vetoes with points or without an effect, and effects on other items', () => {
    const items = cellTable.items.map((i) =>
      i.code === 'VETO.1' ? { ...i, maxPoints: 5 } : i.code === 'VETO.2' ? { ...i, vetoEffect: null } : i.code === 'TRU.1' ? { ...i, vetoEffect: 'BLOCKS_TOP' as const } : i,
    );
    expect(validateTable({ ...cellTable, items }).map((p) => [p.path, p.code])).toEqual([
      ['items[6].vetoEffect', 'VETO_EFFECT_NOT_ALLOWED'],
      ['items[10].maxPoints', 'VETO_HAS_POINTS'],
      ['items[11].vetoEffect', 'VETO_EFFECT_REQUIRED'],
    ]);
  });

  it('reports bad points, texts, groups, caps and percents', () => {
    const table: CriteriaTableDef = {
      model: 'FOUR_GOOD_CELL',
      groups: [
        { code: 'A', title: 'A', minPoints: 60.5 },
        { code: 'B', title: 'Không có mục nào' },
      ],
      items: [
        { code: 'A1', groupCode: 'A', text: 'Mục', kind: 'SCORED', maxPoints: 60.125 },
        { code: 'A2', groupCode: 'A', text: ' ', kind: 'YES_NO', maxPoints: 0 },
        { code: 'A3', groupCode: 'Z', text: 'x'.repeat(2001), kind: 'BONUS', maxPoints: -1 },
        { code: 'A4', groupCode: 'A', text: 'Mục', kind: 'SCORED', maxPoints: Number.NaN },
      ],
      outcome: { ...DEFAULT_OUTCOME_RULES, total: 60, bands: { top: 55, second: 40, third: 20 }, bonusCap: -1, excellentCapPercent: 120 },
    };
    expect(validateTable(table).map((p) => [p.path, p.code])).toEqual([
      ['items[0].maxPoints', 'TOO_MANY_DECIMALS'],
      ['items[1].text', 'TEXT_REQUIRED'],
      ['items[1].maxPoints', 'POINTS_REQUIRED'],
      ['items[2].groupCode', 'UNKNOWN_GROUP'],
      ['items[2].text', 'TEXT_TOO_LONG'],
      ['items[2].maxPoints', 'NEGATIVE'],
      ['items[3].maxPoints', 'NOT_A_NUMBER'],
      ['groups[0].minPoints', 'GROUP_MINIMUM_TOO_HIGH'],
      ['groups[1]', 'EMPTY_GROUP'],
      // Items whose points are unusable are left out of the sum.
      ['items', 'TOTAL_MISMATCH'],
      ['outcome.bonusCap', 'NEGATIVE'],
      ['outcome.excellentCapPercent', 'PERCENT_OUT_OF_RANGE'],
    ]);
  });
});

describe('validateEntries', () => {
  it('accepts complete, well-formed answers', () => {
    expect(validateEntries(cellTable, answers({ 'LD.1': 27.25, 'TRU.1': 2 }))).toEqual([]);
  });

  it('reports each kind of bad entry', () => {
    const problems = validateEntries(cellTable, [
      { itemCode: 'XX.9', points: 1 },
      { itemCode: 'LD.1', points: 30.5 },
      { itemCode: 'LD.1', points: 20 },
      { itemCode: 'LD.2', points: 2.555 },
      { itemCode: 'SH.1', points: -1 },
      { itemCode: 'SH.2', points: 5 },
      { itemCode: 'VETO.1', points: 0 },
      { itemCode: 'DK.1', yes: true },
      { itemCode: 'CB.1', points: Number.POSITIVE_INFINITY },
      { itemCode: 'TRU.1', points: Number.NaN },
      { itemCode: 'THUONG.1', points: 3.01 },
    ]);
    expect(problems.map((p) => [p.itemCode, p.code])).toEqual([
      ['XX.9', 'UNKNOWN_ITEM'],
      ['LD.1', 'OUT_OF_RANGE'],
      ['LD.1', 'DUPLICATE_ENTRY'],
      ['LD.2', 'TOO_MANY_DECIMALS'],
      ['SH.1', 'OUT_OF_RANGE'],
      ['SH.2', 'USE_YES'],
      ['VETO.1', 'USE_YES'],
      ['DK.1', 'USE_POINTS'],
      ['CB.1', 'NOT_A_NUMBER'],
      ['TRU.1', 'NOT_A_NUMBER'],
      ['THUONG.1', 'OUT_OF_RANGE'],
    ]);
  });

  it('scoring still reads what it can: out-of-range points are clamped, the first duplicate counts', () => {
    const result = score(answers({ 'LD.1': 31 }).concat({ itemCode: 'LD.1', points: 0 }));
    expect(result.base).toBe(100);
  });
});

describe('checkExcellentCap', () => {
  it('allows no excellent unit among 0 to 4 good ones at 20% (rounding down)', () => {
    for (const good of [0, 1, 2, 3, 4]) {
      expect(checkExcellentCap({ excellent: 0, good }, 20)).toEqual({ good, excellent: 0, percent: 20, allowed: 0, exceeded: false, over: 0 });
      expect(checkExcellentCap({ excellent: 1, good }, 20)).toMatchObject({ allowed: 0, exceeded: true, over: 1 });
    }
  });

  it('allows 1 among 5 good and 2 among 10', () => {
    expect(checkExcellentCap({ excellent: 1, good: 5 }, 20)).toMatchObject({ allowed: 1, exceeded: false, over: 0 });
    expect(checkExcellentCap({ excellent: 2, good: 10 }, 20)).toMatchObject({ allowed: 2, exceeded: false, over: 0 });
    expect(checkExcellentCap({ excellent: 3, good: 10 }, 20)).toMatchObject({ allowed: 2, exceeded: true, over: 1 });
  });

  it('allows 25% for outstanding units', () => {
    expect(checkExcellentCap({ excellent: 1, good: 4 }, 25)).toMatchObject({ allowed: 1, exceeded: false });
    expect(checkExcellentCap({ excellent: 3, good: 10 }, 25)).toMatchObject({ allowed: 2, exceeded: true, over: 1 });
    expect(checkExcellentCap({ excellent: 3, good: 12 }, 25)).toMatchObject({ allowed: 3, exceeded: false });
  });

  it('rejects counts and percents that make no sense', () => {
    expect(() => checkExcellentCap({ excellent: -1, good: 5 }, 20)).toThrow(RangeError);
    expect(() => checkExcellentCap({ excellent: 1, good: 2.5 }, 20)).toThrow(RangeError);
    expect(() => checkExcellentCap({ excellent: 1, good: 5 }, 101)).toThrow(RangeError);
  });
});

describe('diffTables', () => {
  it('lists added, removed and changed items with the changed fields', () => {
    const next: CriteriaTableDef = {
      ...cellTable,
      groups: cellTable.groups.map((g) => (g.code === 'SH' ? { ...g, minPoints: 15 } : g)).concat({ code: 'KT', title: 'Kiểm tra, giám sát' }),
      items: cellTable.items
        .filter((i) => i.code !== 'THUONG.2')
        .map((i) => (i.code === 'LD.1' ? { ...i, maxPoints: 25, text: 'Lãnh đạo hoàn thành chỉ tiêu năm' } : i))
        .concat({ code: 'KT.1', groupCode: 'KT', text: 'Thực hiện kiểm tra theo kế hoạch', kind: 'SCORED', maxPoints: 5 }),
      outcome: { ...DEFAULT_OUTCOME_RULES, bands: { top: 90, second: 75, third: 50 }, bonusCap: 3 },
    };
    const diff = diffTables(cellTable, next);
    expect(diff.added.map((i) => i.code)).toEqual(['KT.1']);
    expect(diff.removed.map((i) => i.code)).toEqual(['THUONG.2']);
    expect(diff.changed.map((c) => [c.code, c.fields])).toEqual([['LD.1', ['text', 'maxPoints']]]);
    expect(diff.changed[0].before.maxPoints).toBe(30);
    expect(diff.changed[0].after.maxPoints).toBe(25);
    expect(diff).toMatchObject({ groupsAdded: ['KT'], groupsRemoved: [], groupsChanged: ['SH'], outcomeChanged: ['bands.second', 'bonusCap'] });
  });

  it('treats a missing optional field and null as equal', () => {
    const next = { ...cellTable, items: cellTable.items.map((i) => ({ ...i, guidance: null, metric: undefined })) };
    expect(diffTables(cellTable, next).changed).toEqual([]);
  });
});

describe('a recorded level against the bands', () => {
  it('derives the level of a total from the bands, to the hundredth', () => {
    expect(levelOfTotal(90, DEFAULT_OUTCOME_RULES.bands)).toBe('EXCELLENT');
    expect(levelOfTotal(89.99, DEFAULT_OUTCOME_RULES.bands)).toBe('GOOD');
    expect(levelOfTotal(70, DEFAULT_OUTCOME_RULES.bands)).toBe('GOOD');
    expect(levelOfTotal(50, DEFAULT_OUTCOME_RULES.bands)).toBe('COMPLETED');
    expect(levelOfTotal(49.99, DEFAULT_OUTCOME_RULES.bands)).toBe('NOT_COMPLETED');
    expect(levelOfTotal(80, { top: 85, second: 80, third: 60 })).toBe('GOOD');
  });

  it('refuses a level above what the points reach, allows one below (vetoes lower levels), and anything without points', () => {
    expect(ratingLevelProblem('EXCELLENT', 40)).toMatch(/40 points reach NOT_COMPLETED: EXCELLENT needs at least 90/);
    expect(ratingLevelProblem('GOOD', 69.99)).not.toBeNull();
    expect(ratingLevelProblem('COMPLETED', 49)).not.toBeNull();
    expect(ratingLevelProblem('EXCELLENT', 90)).toBeNull();
    expect(ratingLevelProblem('GOOD', 95)).toBeNull();
    expect(ratingLevelProblem('NOT_COMPLETED', 100)).toBeNull();
    expect(ratingLevelProblem('EXCELLENT', null)).toBeNull();
    expect(ratingLevelProblem('EXCELLENT', 86, { top: 85, second: 70, third: 50 })).toBeNull();
  });
});

describe('the excellent cap scope and level order', () => {
  it('groups per kind under one superior by default, or every kind together', () => {
    expect(DEFAULT_EXCELLENT_CAP_SCOPE).toBe('PER_KIND');
    expect(capGroupOf('PER_KIND', 7, 'CELL')).toEqual({ key: '7|CELL', superiorId: 7, kind: 'CELL' });
    expect(capGroupOf('PER_KIND', 7, 'CELL').key).not.toBe(capGroupOf('PER_KIND', 7, 'GRASSROOTS_COMMITTEE').key);
    expect(capGroupOf('TOGETHER', 7, 'CELL')).toEqual({ key: '7', superiorId: 7, kind: null });
    expect(capGroupOf('TOGETHER', 7, 'CELL').key).toBe(capGroupOf('TOGETHER', 7, 'GRASSROOTS_COMMITTEE').key);
    // 4 good cells and 5 good committees under one district: per kind, 0 + 1 excellent allowed; together, 1.
    expect(checkExcellentCap({ excellent: 1, good: 4 }, 20).exceeded).toBe(true);
    expect(checkExcellentCap({ excellent: 1, good: 9 }, 20).exceeded).toBe(false);
  });

  it('orders levels best first', () => {
    expect(isAbove('EXCELLENT', 'GOOD')).toBe(true);
    expect(isAbove('GOOD', 'GOOD')).toBe(false);
    expect(isAbove('COMPLETED', 'GOOD')).toBe(false);
    expect(isAbove('COMPLETED', 'NOT_COMPLETED')).toBe(true);
  });
});
