import { COMMON_REASONS, type CommonReason, type ImportReason, type ProblemValues } from '@fourgood/rules';
import type { Dict, Formats } from '../../i18n';
import type { dataioVi } from '../../i18n/dataio.vi';
import { commonReasonText, unreachable } from '../../lib/reasons';

const COMMON = new Set<string>(COMMON_REASONS);

/** An import problem in the dictionary's words. A new import reason fails the typecheck here until it is worded. */
export function importReasonText(t: Dict, d: typeof dataioVi, f: Formats, reason: ImportReason, values: ProblemValues = {}): string {
  if (COMMON.has(reason)) return commonReasonText(t, f, reason as CommonReason, values);
  const r = d.reasons;
  const specific = reason as Exclude<ImportReason, CommonReason>;
  switch (specific) {
    case 'DUPLICATE_IN_FILE':
      return r.DUPLICATE_IN_FILE(typeof values.firstRow === 'number' ? f.number(values.firstRow) : '…');
    case 'FOUNDED_CHANGED':
      return r.FOUNDED_CHANGED(typeof values.foundedOn === 'string' ? f.date(values.foundedOn) : '');
    case 'UNREADABLE_FILE':
    case 'EMPTY_SHEET':
    case 'UNKNOWN_SHEET':
    case 'MISSING_COLUMN':
    case 'COLUMN_TWICE':
    case 'UNKNOWN_PARENT':
    case 'UNKNOWN_CELL':
    case 'KIND_CHANGED':
    case 'PARENT_CHANGED':
    case 'NEW_MEMBER_LEFT':
    case 'JOB_STATE':
    case 'IMPORT_RUNNING':
    case 'ACCESS_CHANGED':
    case 'CARD_TAKEN':
    case 'NOT_A_CELL':
    case 'FINAL_STATUS':
    case 'BIRTH_TOO_EARLY':
    case 'TOO_YOUNG':
    case 'OFFICIAL_BEFORE_JOINING':
    case 'BEFORE_JOINING':
    case 'CODE_TAKEN':
    case 'PARENT_DISSOLVED':
    case 'BEFORE_PARENT':
    case 'CYCLE':
    case 'ROOT_HAS_NO_PARENT':
    case 'PARENT_REQUIRED':
    case 'PARENT_KIND_NOT_ALLOWED':
    case 'PARENT_HOLDS_MEMBERS':
    case 'SECTOR_REQUIRED':
    case 'SECTOR_NOT_ALLOWED':
    case 'CELL_TYPE_REQUIRED':
    case 'CELL_TYPE_NOT_ALLOWED':
      return r[specific];
    default:
      return unreachable(specific);
  }
}
