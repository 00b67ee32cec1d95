import { isIsoDate } from '@fourgood/rules';
import { invalid } from '../graphql/errors.js';

/** Validates an optional "as of" date argument; defaults to today. */
export function asOfDate(value: string | null | undefined, today: string, field = 'asOf'): string {
  if (value == null) return today;
  if (!isIsoDate(value)) throw invalid(field, 'Expected a date as YYYY-MM-DD', 'BAD_DATE');
  return value;
}

/** Validates an effective date of a change: a real date, not in the future. */
export function effectiveDate(value: string, today: string, field: string): string {
  if (!isIsoDate(value)) throw invalid(field, 'Expected a date as YYYY-MM-DD', 'BAD_DATE');
  if (value > today) throw invalid(field, `The date cannot be in the future (today is ${today})`, 'FUTURE_DATE', { today: today });
  return value;
}

/** SQL condition for "row valid on date ?" over [valid_from, valid_to), with its two parameters. */
export function validOn(alias: string, date: string): { sql: string; params: string[] } {
  return {
    sql: `${alias}.valid_from <= ? and (${alias}.valid_to is null or ${alias}.valid_to > ?)`,
    params: [date, date],
  };
}
