import type { TableProblem } from '@fourgood/rules';
import type { Formats } from '../../i18n';
import type { StaffDict } from '../../i18n/staff';

/** A problem of the rules (by its stable `code`) in the clerk's words; the English message is the fallback. */
export function tableProblemText(t: StaffDict, f: Formats, p: TableProblem, ctx: { baseSum: number; total: number }): string {
  const m = t.criteria.problems;
  if (p.code === 'TOTAL_MISMATCH') return m.TOTAL_MISMATCH(f.number(ctx.baseSum), f.number(ctx.total));
  const text = (m as Record<string, unknown>)[p.code];
  return typeof text === 'string' ? text : p.message;
}

/**
 * The import's row problems come from the server as English sentences (no code): the known ones
 * are put in the clerk's words, anything else is shown as it came.
 */
export function rowProblemText(t: StaffDict, message: string): string {
  const r = t.criteria.io.rowProblems;
  const rules: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^The sheet is empty/, () => r.empty],
    [/^Column "(.+)" appears twice/, (x) => r.columnTwice(columnName(t, x[1]!))],
    [/^Missing column "(.+)"/, (x) => r.missingColumn(columnName(t, x[1]!))],
    [/^Missing group code/, () => r.missingGroup],
    [/^Group "(.+)" is titled "(.*)" on row (\d+) but "(.*)" here/, (x) => r.groupTitleDiffers(x[1]!, x[2]!, x[3]!)],
    [/^Missing item code/, () => r.missingItem],
    [/^Item code "(.+)" is already used on row (\d+)/, (x) => r.duplicateItem(x[1]!, x[2]!)],
    [/^Missing item text/, () => r.missingText],
    [/^Missing kind/, () => r.missingKind],
    [/^Unknown kind "(.+?)"/, (x) => r.unknownKind(x[1]!)],
    [/^Missing maximum points/, () => r.missingPoints],
    [/^"(.+)" is not a number/, (x) => r.notANumber(x[1]!)],
    [/^Unknown veto effect "(.+?)"/, (x) => r.unknownVeto(x[1]!)],
    [/^Code "(.*)" must be/, (x) => r.badCode(x[1]!)],
    [/^A veto carries no points/, () => t.criteria.problems.VETO_HAS_POINTS],
    [/^A veto must say/, () => t.criteria.problems.VETO_EFFECT_REQUIRED],
    [/^Only veto items have a veto effect/, () => t.criteria.problems.VETO_EFFECT_NOT_ALLOWED],
    [/must be worth more than 0 points/, () => t.criteria.problems.POINTS_REQUIRED],
    [/must not be negative/, () => t.criteria.problems.NEGATIVE],
    [/at most 2 decimals/, () => t.criteria.problems.TOO_MANY_DECIMALS],
    [/^Item text may have at most/, () => t.criteria.problems.TEXT_TOO_LONG],
    [/^A group needs a title/, () => t.criteria.problems.TITLE_REQUIRED],
    [/^A group title may have at most/, () => t.criteria.problems.TITLE_TOO_LONG],
    [/is already used by/, () => t.criteria.problems.DUPLICATE_CODE],
    [/^The file is not a readable/, () => r.unreadable],
    [/^The file is larger than/, () => r.tooLarge],
  ];
  for (const [re, say] of rules) {
    const found = re.exec(message);
    if (found) return say(found);
  }
  return message;
}

export function columnName(t: StaffDict, column: string): string {
  const names = t.criteria.io.columns as Record<string, string>;
  return names[column] ? `${names[column]} (${column})` : column;
}
