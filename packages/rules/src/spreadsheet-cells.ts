/**
 * Cells for CSV and XLSX files that people open in a spreadsheet, safe from formula injection
 * (OWASP "CSV Injection"): a text that a spreadsheet would read as a formula — it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return, or their full-width forms `＝＋－＠` that some
 * spreadsheets fold to the same — is written with a single quote in front, so that
 * `=HYPERLINK("http://x","click")` shows as text instead of a link or a command. Every export of
 * the server and of the admin app writes its text cells through `safeText` (XLSX) or `csvField`
 * (CSV); `unescapeText` undoes it on import, so an export reads back unchanged.
 *
 * Decisions: a number value (a JavaScript number) is never changed, and neither is a text that is
 * only a number (`-3`, `+2.5`, `1e-3`: a spreadsheet reads it as that number, never as a formula).
 * Anything else with a sign in front (`-1+cmd|' /C calc'!A0`, `+1+1`) is escaped. A text that
 * already starts with quotes before such a character (`'=1`) gets one more quote, so that the
 * import, which removes exactly one, gives back what was exported.
 */

/** Optional leading quotes, then a character that starts a formula. */
const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A text that is only a number, in the English or Vietnamese decimal style. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** The text as it must be written into a spreadsheet cell: with a leading `'` when it would be read as a formula. */
export function safeText(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Undoes safeText on a cell read from a file: the leading `'` is removed only where safeText put it. */
export function unescapeText(cell: string): string {
  if (!cell.startsWith("'")) return cell;
  const original = cell.slice(1);
  return safeText(original) === cell ? original : cell;
}

export type SheetValue = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): empty for null, TRUE/FALSE for booleans, numbers as they are, text
 * through safeText. A text field is quoted (inner quotes doubled) when it was escaped or holds a
 * comma, semicolon, quote or line break.
 */
export function csvField(value: SheetValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  const text = safeText(value);
  return text !== value || /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (comma separated, no line end). */
export function csvLine(values: readonly SheetValue[]): string {
  return values.map(csvField).join(',');
}
