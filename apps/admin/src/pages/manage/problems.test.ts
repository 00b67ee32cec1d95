import { describe, expect, it } from 'vitest';
import { AUTH_REASONS, HIERARCHY_REASONS, MEMBER_REASONS } from '@fourgood/rules';
import { en } from '../../i18n/en';
import { manageEn } from '../../i18n/manage.en';
import { manageVi } from '../../i18n/manage.vi';
import { vi } from '../../i18n/vi';
import { manageReasonText } from './problems';

const f = {
  number: (n: number) => new Intl.NumberFormat('vi-VN').format(n),
  percent: (share: number) => `${share * 100}%`,
  date: (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : ''),
};
const tVi = { ...vi, manage: manageVi };
const tEn = { ...en, manage: manageEn };

describe('the management screens’ reasons', () => {
  it('words every reason of the tree, members and accounts in Vietnamese and English, differently', () => {
    for (const reason of [...HIERARCHY_REASONS, ...MEMBER_REASONS, ...AUTH_REASONS]) {
      const said = manageReasonText(tVi, f, reason, { min: 18, foundedOn: '1990-01-01' });
      expect(said, reason).toMatch(/\S/);
      expect(said, reason).not.toBe(vi.reasons.UNKNOWN_VALUE);
      expect(said, reason).not.toBe(manageReasonText(tEn, f, reason, { min: 18, foundedOn: '1990-01-01' }));
    }
  });

  it('puts the values into the words, and says something generic for an unlisted reason', () => {
    expect(manageReasonText(tVi, f, 'BEFORE_PARENT', { foundedOn: '1990-02-03' })).toContain('03/02/1990');
    expect(manageReasonText(tVi, f, 'TOO_YOUNG', { min: 18 })).toBe('Chưa đủ 18 tuổi khi vào Đảng.');
    expect(manageReasonText(tVi, f, 'BEFORE_LAST_CHANGE', { date: '2026-12-02' })).toContain('02/12/2026');
    expect(manageReasonText(tVi, f, 'SOMETHING_NEW')).toBe(vi.reasons.UNKNOWN_VALUE);
  });
});
