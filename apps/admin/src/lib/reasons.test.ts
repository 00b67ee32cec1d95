import { describe, expect, it } from 'vitest';
import { COMMON_REASONS } from '@fourgood/rules';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { commonReasonText, reasonedFields, reasonText } from './reasons';

// The dictionary's formats without React or antd: Vietnamese numbers and dd/mm/yyyy dates.
const f = {
  number: (n: number) => new Intl.NumberFormat('vi-VN').format(n),
  percent: (share: number) => `${share * 100}%`,
  date: (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : ''),
};

describe('common reasons in the dictionary’s words', () => {
  it('words every common reason in Vietnamese and in English, differently', () => {
    for (const reason of COMMON_REASONS) {
      const said = commonReasonText(vi, f, reason, { max: 300, min: 1, today: '2026-01-31', date: '2025-05-01' });
      expect(said, reason).toMatch(/\S/);
      expect(said, reason).not.toBe(commonReasonText(en, f, reason, { max: 300, min: 1, today: '2026-01-31', date: '2025-05-01' }));
    }
  });

  it('puts the values carried by the field entry into the words', () => {
    expect(commonReasonText(vi, f, 'TOO_LONG', { max: 2000 })).toBe('Quá dài: tối đa 2.000 ký tự.');
    expect(commonReasonText(vi, f, 'FUTURE_DATE', { today: '2026-01-31' })).toContain('31/01/2026');
    expect(commonReasonText(vi, f, 'DISSOLVED', { dissolvedOn: '2025-07-01' })).toContain('01/07/2025');
    expect(commonReasonText(vi, f, 'BAD_LENGTH', { min: 2, max: 200 })).toBe('Độ dài từ 2 đến 200 ký tự.');
  });

  it('says something generic for a reason it does not know, never the server’s English', () => {
    expect(reasonText(vi, f, 'SOMETHING_NEW', {})).toBe(vi.reasons.UNKNOWN_VALUE);
    expect(reasonText(vi, f, 'REQUIRED', {})).toBe(vi.reasons.REQUIRED);
  });
});

describe('reasonedFields', () => {
  it('reads every field entry with its own reason and its values', () => {
    const fields = reasonedFields(
      {
        code: 'VALIDATION_FAILED',
        field: 'input.date',
        reason: 'DUPLICATE_REGULAR',
        fields: [
          { field: 'input.date', reason: 'DUPLICATE_REGULAR', message: 'The regular meeting of 2026-01 is already recorded (2026-01-05)', meetingId: 'TWVldGluZzox', date: '2026-01-05' },
          { field: 'input.notes', reason: 'TOO_LONG', message: 'Notes: at most 4000 characters', max: 4000 },
        ],
      },
      'ignored',
    );
    expect(fields).toEqual([
      { field: 'input.date', reason: 'DUPLICATE_REGULAR', message: 'The regular meeting of 2026-01 is already recorded (2026-01-05)', values: { meetingId: 'TWVldGluZzox', date: '2026-01-05' } },
      { field: 'input.notes', reason: 'TOO_LONG', message: 'Notes: at most 4000 characters', values: { max: 4000 } },
    ]);
  });

  it('falls back to the error’s own field and reason when it lists no fields', () => {
    expect(reasonedFields({ code: 'CONFLICT', field: 'input.id', reason: 'PUBLISHED' }, 'Version 2 is published')).toEqual([
      { field: 'input.id', reason: 'PUBLISHED', message: 'Version 2 is published', values: {} },
    ]);
    expect(reasonedFields({ code: 'UNAUTHENTICATED' }, 'Please sign in')).toEqual([]);
  });
});
