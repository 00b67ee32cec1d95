import { describe, expect, it } from 'vitest';
import { checkRenameDate, nameCarriedFrom, renameReplaces } from './renames.js';

const at = { today: '2026-06-15', foundedOn: '2020-01-01', lastRenamedOn: '2024-03-01', dissolvedOn: null };

describe('checkRenameDate', () => {
  it('takes a day from the last rename to today', () => {
    expect(checkRenameDate('2024-03-01', at)).toBeNull();
    expect(checkRenameDate('2026-06-15', at)).toBeNull();
  });

  it('refuses the future, before the founding, before the last rename and once dissolved', () => {
    expect(checkRenameDate('2026-06-16', at)).toEqual({ code: 'FUTURE_DATE', values: { today: '2026-06-15' } });
    expect(checkRenameDate('2019-12-31', at)).toEqual({ code: 'BEFORE_FOUNDED', values: { foundedOn: '2020-01-01' } });
    expect(checkRenameDate('2024-02-29', at)).toEqual({ code: 'BEFORE_LAST_RENAME', values: { date: '2024-03-01' } });
    expect(checkRenameDate('2025-01-01', { ...at, dissolvedOn: '2025-01-01' })).toEqual({ code: 'DISSOLVED', values: { dissolvedOn: '2025-01-01' } });
    expect(checkRenameDate('2024-12-31', { ...at, dissolvedOn: '2025-01-01' })).toBeNull();
  });

  it('never renamed: the founding day is the limit', () => {
    expect(checkRenameDate('2020-01-01', { ...at, lastRenamedOn: null })).toBeNull();
  });
});

describe('renameReplaces', () => {
  it('replaces the name on the day it took effect, keeps it as a former name after', () => {
    expect(nameCarriedFrom(at)).toBe('2024-03-01');
    expect(nameCarriedFrom({ ...at, lastRenamedOn: null })).toBe('2020-01-01');
    expect(renameReplaces('2024-03-01', at)).toBe(true);
    expect(renameReplaces('2024-03-02', at)).toBe(false);
    expect(renameReplaces('2020-01-01', { ...at, lastRenamedOn: null })).toBe(true);
  });
});
