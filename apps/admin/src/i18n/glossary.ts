import type { RatingLevel } from '@fourgood/rules';

/**
 * The glossary: the one wording of each term of the trade, in both languages. Dictionaries take
 * these terms from here instead of writing them again, so a screen never says "Hoàn thành xuất
 * sắc" where another says "Hoàn thành xuất sắc nhiệm vụ", nor "Đảng bộ 4 tốt" for a cell.
 *
 * - A quality rating level in full (results, lists, exports): `level`; where room is short
 *   (chart legends, narrow columns): `levelShort`.
 * - The "4 good" model as a whole: `fourGoodModel`; for a cell: `fourGoodCell` (Chi bộ 4 tốt);
 *   for a grassroots committee: `fourGoodCommittee` (Đảng bộ cơ sở 4 tốt), never "Đảng bộ 4 tốt".
 */
export const glossaryVi = {
  level: {
    EXCELLENT: 'Hoàn thành xuất sắc nhiệm vụ',
    GOOD: 'Hoàn thành tốt nhiệm vụ',
    COMPLETED: 'Hoàn thành nhiệm vụ',
    NOT_COMPLETED: 'Không hoàn thành nhiệm vụ',
  } satisfies Record<RatingLevel, string>,
  levelShort: {
    EXCELLENT: 'Xuất sắc',
    GOOD: 'Tốt',
    COMPLETED: 'Hoàn thành',
    NOT_COMPLETED: 'Không hoàn thành',
  } satisfies Record<RatingLevel, string>,
  fourGoodModel: 'Mô hình “4 tốt”',
  fourGoodCell: 'Chi bộ 4 tốt',
  fourGoodCommittee: 'Đảng bộ cơ sở 4 tốt',
  fourGoodReached: 'Đạt “4 tốt”',
  fourGoodNotReached: 'Chưa đạt “4 tốt”',
};

export const glossaryEn: typeof glossaryVi = {
  level: {
    EXCELLENT: 'Completed tasks excellently',
    GOOD: 'Completed tasks well',
    COMPLETED: 'Completed tasks',
    NOT_COMPLETED: 'Did not complete tasks',
  },
  levelShort: {
    EXCELLENT: 'Excellent',
    GOOD: 'Good',
    COMPLETED: 'Completed',
    NOT_COMPLETED: 'Not completed',
  },
  fourGoodModel: 'The “4 good” model',
  fourGoodCell: '“4 good” cell',
  fourGoodCommittee: '“4 good” grassroots committee',
  fourGoodReached: 'Reached “4 good”',
  fourGoodNotReached: 'Not “4 good”',
};
