import { COMMON_REASONS, type CommonReason, type ProblemValues } from '@fourgood/rules';
import type { Dict, Formats } from '../i18n';

/**
 * A field at fault as the server reports it (`extensions.fields[]`): the path, the reason from the
 * shared lists, the English message (never read to decide anything) and the values the reason needs.
 */
export interface ReasonedField<R extends string = string> {
  field: string;
  reason: R;
  message: string;
  values: ProblemValues;
}

/** Every field at fault of a GraphQL error, values apart from field/reason/message. */
export function reasonedFields(extensions: Record<string, unknown> | undefined, message: string): ReasonedField[] {
  const raw = (extensions?.fields as Array<Record<string, unknown>> | undefined) ?? [];
  if (raw.length === 0 && typeof extensions?.field === 'string') {
    return [{ field: extensions.field, reason: String(extensions.reason ?? ''), message, values: {} }];
  }
  return raw.map(({ field, reason, message: text, ...values }) => ({ field: String(field), reason: String(reason ?? ''), message: String(text ?? ''), values: values as ProblemValues }));
}

const text = (values: ProblemValues, key: string): string => (values[key] == null ? '' : String(values[key]));
const num = (f: Formats, values: ProblemValues, key: string, fallback = ''): string => (typeof values[key] === 'number' ? f.number(values[key]) : fallback);
const date = (f: Formats, values: ProblemValues, key: string): string => (typeof values[key] === 'string' ? f.date(values[key]) : '');

/** A reason any feature may give, in the dictionary's words. A new common reason fails the typecheck here. */
export function commonReasonText(t: Dict, f: Formats, reason: CommonReason, values: ProblemValues = {}): string {
  const r = t.reasons;
  switch (reason) {
    case 'REQUIRED':
    case 'BAD_CODE':
    case 'NO_LETTER':
    case 'ONE_OF_TWO':
    case 'UNKNOWN_VALUE':
    case 'TOO_LARGE':
    case 'MALFORMED_ID':
    case 'WRONG_ID_TYPE':
    case 'EMPTY_ID':
    case 'CONTROL_CHARACTER':
    case 'INVALID_UNICODE':
    case 'MALFORMED_CURSOR':
    case 'FIRST_AND_LAST':
    case 'BAD_DATE':
    case 'TO_BEFORE_FROM':
    case 'END_BEFORE_START':
    case 'NOT_FOUND':
    case 'FORBIDDEN':
    case 'STALE_VERSION':
    case 'UNIQUE':
    case 'NOT_EXISTING':
    case 'NOT_AN_ANCESTOR':
    case 'NOT_IN_A_CELL':
    case 'WRONG_KIND':
    case 'TODAY_ONLY':
    case 'QUERY_TOO_COSTLY':
    case 'QUERY_TIMEOUT':
      return r[reason];
    case 'TOO_LONG':
      return r.TOO_LONG(num(f, values, 'max', '…'));
    case 'TOO_MANY':
      return r.TOO_MANY(num(f, values, 'max', '…'));
    case 'PAGE_SIZE':
      return r.PAGE_SIZE(num(f, values, 'max', '…'));
    case 'BAD_LENGTH':
      return r.BAD_LENGTH(num(f, values, 'min', '…'), num(f, values, 'max', '…'));
    case 'OUT_OF_RANGE':
      return r.OUT_OF_RANGE(num(f, values, 'min', '0'), num(f, values, 'max', '…'));
    case 'BAD_YEAR':
      return r.BAD_YEAR(text(values, 'min') || '2000', text(values, 'max') || '…');
    case 'FUTURE_DATE':
      return r.FUTURE_DATE(date(f, values, 'today'));
    case 'DISSOLVED':
      return r.DISSOLVED(date(f, values, 'dissolvedOn'));
    case 'BEFORE_FOUNDED':
      return r.BEFORE_FOUNDED(date(f, values, 'foundedOn'));
    case 'BEFORE_LAST_CHANGE':
      return r.BEFORE_LAST_CHANGE(date(f, values, 'date'));
    default:
      return unreachable(reason);
  }
}

/** The `never` check of the exhaustive switches: a reason added to a list and not worded fails here. */
export function unreachable(reason: never): string {
  return String(reason);
}

const COMMON = new Set<string>(COMMON_REASONS);

/** Any reason a screen has no words of its own for: a common one in the dictionary's words, else a generic sentence. */
export function reasonText(t: Dict, f: Formats, reason: string, values: ProblemValues = {}): string {
  return COMMON.has(reason) ? commonReasonText(t, f, reason as CommonReason, values) : t.reasons.UNKNOWN_VALUE;
}
