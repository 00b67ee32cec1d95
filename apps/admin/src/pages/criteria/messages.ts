import { COMMON_REASONS, CRITERIA_REASONS, type CommonReason, type CriteriaReason, type ProblemValues, type TableProblem } from '@fourgood/rules';
import type { Formats } from '../../i18n';
import type { StaffDict } from '../../i18n/staff';
import { commonReasonText } from '../../lib/reasons';

/** A problem of the rules (by its stable `code`) in the clerk's words. */
export function tableProblemText(t: StaffDict, f: Formats, p: TableProblem, ctx: { baseSum: number; total: number }): string {
  if (p.code === 'TOTAL_MISMATCH') return t.criteria.problems.TOTAL_MISMATCH(f.number(ctx.baseSum), f.number(ctx.total));
  return criteriaReasonText(t, f, p.code, p.values);
}

const KNOWN = new Set<string>([...CRITERIA_REASONS, ...COMMON_REASONS]);

/**
 * A criteria reason (a table check, an import row, a refused save) in the clerk's words, from the
 * reason and its values: the server's English message is never read. A reason added to
 * CRITERIA_REASONS and not worded here fails the typecheck (the `default` takes common ones only).
 */
export function criteriaReasonText(t: StaffDict, f: Formats, reason: string, values: ProblemValues = {}): string {
  if (!KNOWN.has(reason)) return commonReasonText(t, f, 'UNKNOWN_VALUE');
  const r = reason as CriteriaReason | CommonReason;
  const m = t.criteria.problems;
  const rows = t.criteria.io.rowProblems;
  const text = (key: string) => (values[key] == null ? '' : String(values[key]));
  const num = (key: string) => (typeof values[key] === 'number' ? f.number(values[key]) : text(key));
  switch (r) {
    case 'UNKNOWN_MODEL':
    case 'NO_GROUPS':
    case 'NO_ITEMS':
    case 'DUPLICATE_CODE':
    case 'TITLE_REQUIRED':
    case 'TITLE_TOO_LONG':
    case 'UNKNOWN_GROUP':
    case 'TEXT_REQUIRED':
    case 'TEXT_TOO_LONG':
    case 'VETO_HAS_POINTS':
    case 'VETO_EFFECT_REQUIRED':
    case 'VETO_EFFECT_NOT_ALLOWED':
    case 'POINTS_REQUIRED':
    case 'NEGATIVE':
    case 'TOO_MANY_DECIMALS':
    case 'EMPTY_GROUP':
    case 'GROUP_MINIMUM_TOO_HIGH':
    case 'OUTCOME_REQUIRED':
    case 'BANDS_NOT_DECREASING':
    case 'BANDS_OUT_OF_RANGE':
    case 'THRESHOLD_OUT_OF_RANGE':
    case 'PERCENT_OUT_OF_RANGE':
    case 'UNKNOWN_METRIC':
    case 'METRIC_WRONG_KIND':
    case 'METRIC_WRONG_MODEL':
      return m[r];
    case 'INVALID_CODE':
      return values.code !== undefined ? rows.badCode(text('code')) : m.INVALID_CODE;
    case 'UNKNOWN_KIND':
      return values.given !== undefined ? rows.unknownKind(text('given')) : m.UNKNOWN_KIND;
    case 'UNKNOWN_VETO_EFFECT':
      return values.given !== undefined ? rows.unknownVeto(text('given')) : m.UNKNOWN_VETO_EFFECT;
    case 'NOT_A_NUMBER':
      return values.given !== undefined ? rows.notANumber(text('given')) : m.NOT_A_NUMBER;
    case 'TOTAL_MISMATCH':
      return m.TOTAL_MISMATCH(num('sum'), num('total'));
    case 'EMPTY_SHEET':
      return rows.empty;
    case 'COLUMN_TWICE':
      return rows.columnTwice(columnName(t, text('column')));
    case 'MISSING_COLUMN':
      return rows.missingColumn(columnName(t, text('column')));
    case 'MISSING_GROUP':
      return rows.missingGroup;
    case 'GROUP_TITLE_DIFFERS':
      return rows.groupTitleDiffers(text('group'), text('title'), text('row'));
    case 'MISSING_ITEM':
      return rows.missingItem;
    case 'DUPLICATE_ITEM':
      return rows.duplicateItem(text('code'), text('row'));
    case 'MISSING_TEXT':
      return rows.missingText;
    case 'MISSING_KIND':
      return rows.missingKind;
    case 'MISSING_POINTS':
      return rows.missingPoints;
    case 'UNREADABLE_FILE':
      return rows.unreadable;
    case 'TOO_LARGE':
      return rows.tooLarge;
    case 'BAD_ROWS':
      return rows.badRows;
    case 'PUBLISHED':
      return t.criteria.editor.alreadyPublished;
    case 'DRAFT_EXISTS':
      return rows.draftExistsShort;
    case 'SERIES_TAKEN':
      return t.criteria.create.seriesTaken;
    case 'TABLE_INVALID':
      return t.criteria.editor.cannotPublishYet;
    default:
      return commonReasonText(t, f, r, values);
  }
}

export function columnName(t: StaffDict, column: string): string {
  const names = t.criteria.io.columns as Record<string, string>;
  return names[column] ? `${names[column]} (${column})` : column;
}
