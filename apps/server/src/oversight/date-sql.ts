import type { Dialect } from '../db/orm.js';

/**
 * Date arithmetic that differs between the two databases, for statements built with a
 * parameter collector: `param(value)` adds a bound value and returns its placeholder, so the
 * parameters follow the text in order whatever the statement's shape.
 */
export interface DateSql {
  /** A bound date, typed as a date where the database needs it. */
  date(value: string): string;
  /** The later / earlier of two date expressions. */
  later(a: string, b: string): string;
  earlier(a: string, b: string): string;
  /** Whole days from `from` to `to` (an integer expression). */
  days(from: string, to: string): string;
}

export class Params {
  readonly values: Array<string | number> = [];
  /** Binds `value` and returns its placeholder. */
  bind(value: string | number): string {
    this.values.push(value);
    return '?';
  }
}

export function dateSql(dialect: Dialect, params: Params): DateSql {
  if (dialect === 'postgresql') {
    return {
      date: (v) => `cast(${params.bind(v)} as date)`,
      later: (a, b) => `greatest(${a}, ${b})`,
      earlier: (a, b) => `least(${a}, ${b})`,
      days: (from, to) => `(${to} - ${from})`,
    };
  }
  // SQLite keeps dates as ISO text: min/max compare them as text, julianday counts days.
  return {
    date: (v) => params.bind(v),
    later: (a, b) => `max(${a}, ${b})`,
    earlier: (a, b) => `min(${a}, ${b})`,
    days: (from, to) => `cast(julianday(${to}) - julianday(${from}) as integer)`,
  };
}
