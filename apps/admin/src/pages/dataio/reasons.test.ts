import { describe, expect, it } from 'vitest';
import { DATAIO_REASONS, IMPORT_ROW_REASONS } from '@fourgood/rules';
import { dataioEn } from '../../i18n/dataio.en';
import { dataioVi } from '../../i18n/dataio.vi';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';
import { importReasonText } from './reasons';

const f = {
  number: (n: number) => new Intl.NumberFormat('vi-VN').format(n),
  percent: (share: number) => `${share * 100}%`,
  date: (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : ''),
};

describe('import problems in the dictionary’s words', () => {
  it('word every reason an import gives, in Vietnamese and in English, differently', () => {
    for (const reason of [...DATAIO_REASONS, ...IMPORT_ROW_REASONS, 'REQUIRED', 'BAD_DATE', 'UNKNOWN_VALUE'] as const) {
      const said = importReasonText(vi, dataioVi, f, reason, { firstRow: 3, foundedOn: '2000-01-01' });
      expect(said, reason).toMatch(/\S/);
      expect(said, reason).not.toBe(importReasonText(en, dataioEn, f, reason, { firstRow: 3, foundedOn: '2000-01-01' }));
    }
    expect(importReasonText(vi, dataioVi, f, 'DUPLICATE_IN_FILE', { firstRow: 12 })).toBe('Trùng với dòng 12 của tệp');
    expect(importReasonText(vi, dataioVi, f, 'FOUNDED_CHANGED', { foundedOn: '2000-01-31' })).toContain('31/01/2000');
  });
});
