import { describe, expect, it } from 'vitest';
import { COMMON_REASONS, CRITERIA_REASONS, rowsToTable } from '@fourgood/rules';
import { criteriaVi, scoringVi } from '../../i18n/criteria.vi';
import { vi } from '../../i18n/vi';
import { criteriaReasonText } from './messages';

const f = {
  number: (n: number) => new Intl.NumberFormat('vi-VN').format(n),
  percent: (share: number) => `${share * 100}%`,
  date: (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : ''),
};
const t = { ...vi, criteria: criteriaVi, scoring: scoringVi };

describe('criteria reasons in the clerk’s words', () => {
  it('words every criteria and common reason', () => {
    for (const reason of [...CRITERIA_REASONS, ...COMMON_REASONS]) expect(criteriaReasonText(t, f, reason, {}), reason).toMatch(/\S/);
  });

  it('words the import’s bad rows from their reasons and values', () => {
    const { problems } = rowsToTable([
      ['group', 'group_title', 'item', 'text', 'kind', 'max_points'],
      ['LD', 'Lãnh đạo', 'LD.1', 'Mục một', 'CHẤM', '10'],
      ['LD', 'Lãnh đạo khác', 'LD.2', 'Mục hai', 'SCORED', 'mười lăm'],
      ['LD', '', 'LD.2', 'Mục ba', 'SCORED', '5'],
    ]);
    expect(problems.map((p) => criteriaReasonText(t, f, p.reason, p.values))).toEqual([
      'Loại «CHẤM» không hợp lệ: dùng «Chấm điểm», «Có / không», «Điểm trừ», «Điểm thưởng» hoặc «Phủ quyết».',
      'Nhóm LD đã có tên «Lãnh đạo» ở dòng 2, dòng này ghi khác.',
      '«mười lăm» không phải là số.',
      'Mã tiêu chí LD.2 đã dùng ở dòng 3.',
    ]);
  });

  it('says a reason it does not know generically, never in the server’s English', () => {
    expect(criteriaReasonText(t, f, 'NEW_REASON', {})).toBe(vi.reasons.UNKNOWN_VALUE);
  });
});
