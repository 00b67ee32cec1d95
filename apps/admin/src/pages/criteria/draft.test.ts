import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTCOME_RULES, validateTable } from '@fourgood/rules';
import { checkDraft, draftFromTable, nextGroupCode, nextItemCode, orderItems, saveInput, toDefinition } from './draft';

const TABLE = {
  name: 'Bảng tiêu chí chi bộ 4 tốt',
  outcome: DEFAULT_OUTCOME_RULES,
  groups: [
    { code: 'I', title: 'Lãnh đạo', minPoints: null },
    { code: 'II', title: 'Sinh hoạt', minPoints: 20.5 },
  ],
  items: [
    { code: 'I.1', groupCode: 'I', text: 'Lãnh đạo nhiệm vụ', kind: 'SCORED' as const, maxPoints: 49.5 },
    { code: 'II.1', groupCode: 'II', text: 'Sinh hoạt định kỳ', kind: 'SCORED' as const, maxPoints: 40 },
    { code: 'V.1', groupCode: 'II', text: 'Kỷ luật', kind: 'VETO' as const, maxPoints: 0, vetoEffect: 'BLOCKS_TOP' as const },
    { code: 'I.2', groupCode: 'I', text: 'Nghị quyết', kind: 'YES_NO' as const, maxPoints: 10.5 },
  ],
};

describe('the criteria editor draft', () => {
  it('shows numbers with a decimal comma in Vietnamese and reads them back exactly', () => {
    const draft = draftFromTable(TABLE, 'vi');
    expect(draft.items.map((i) => i.code)).toEqual(['I.1', 'I.2', 'II.1', 'V.1']); // in group order
    expect(draft.items[0]!.maxText).toBe('49,5');
    expect(draft.groups[1]!.minText).toBe('20,5');
    const def = toDefinition(draft, 'FOUR_GOOD_CELL');
    expect(def.items.map((i) => i.maxPoints)).toEqual([49.5, 10.5, 40, 0]);
    expect(validateTable(def)).toEqual([]);
    expect(checkDraft(draft, 'FOUR_GOOD_CELL')).toMatchObject({ problems: [], baseSum: 100, total: 100 });
  });

  it('places the rules’ problems on the cells at fault, and tells the sum against the total', () => {
    const draft = draftFromTable(TABLE, 'vi');
    draft.items[0]!.maxText = '44,5';
    draft.items[2]!.maxText = '4x';
    draft.items[3]!.text = ' ';
    const check = checkDraft(draft, 'FOUR_GOOD_CELL');
    expect(check.baseSum).toBe(55);
    expect(check.table.map((p) => p.code)).toEqual(['TOTAL_MISMATCH']);
    expect(check.cells.get(`${draft.items[2]!.key}:maxPoints`)?.map((p) => p.code)).toEqual(['NOT_A_NUMBER']);
    expect(check.cells.get(`${draft.items[3]!.key}:text`)?.map((p) => p.code)).toEqual(['TEXT_REQUIRED']);
    // A draft may be saved with the sum wrong, not with a cell that is not a number.
    expect(check.blocking.map((p) => p.code).sort()).toEqual(['NOT_A_NUMBER', 'TEXT_REQUIRED']);
    expect(check.groupSums.get(draft.groups[0]!.key)).toBe(55);
  });

  it('keeps items in group order and carries them along when a group code is renamed', () => {
    const draft = draftFromTable(TABLE, 'en');
    const groups = [draft.groups[1]!, { ...draft.groups[0]!, code: 'A' }];
    const items = orderItems(draft.items, groups);
    expect(items.map((i) => i.code)).toEqual(['II.1', 'V.1', 'I.1', 'I.2']);
    const input = saveInput({ ...draft, groups, items }, 'FOUR_GOOD_CELL');
    expect(input.items.map((i) => `${i.groupCode}:${i.code}`)).toEqual(['II:II.1', 'II:V.1', 'A:I.1', 'A:I.2']);
    expect(input.outcome.bands).toEqual({ top: 90, second: 70, third: 50 });
  });

  it('suggests the next free codes', () => {
    const draft = draftFromTable(TABLE, 'vi');
    expect(nextGroupCode(draft.groups)).toBe('III');
    expect(nextItemCode(draft.items, draft.groups[0]!)).toBe('I.3');
  });
});
