import type { Dialect } from './orm.js';

/**
 * An aggregate of a statement's rows as one JSON array of arrays, `[[c1, c2, …], …]`, as text
 * (SQL NULL when there is no row), in `orderBy` when given.
 *
 * For the hot reads of issue #14 (the drill-down's children and their counts): the driver builds
 * one JavaScript object per row (better-sqlite3 through V8's object API, pg in JavaScript), which
 * cost more than the statement itself for a few thousand small rows; one text value parsed by
 * `JSON.parse` gives the same values for a fraction of that. Values keep their JSON types: numbers
 * stay numbers, text stays text; dates arrive as ISO text (`YYYY-MM-DD`) on both databases.
 */
export function jsonRows(dialect: Dialect, columns: string[], orderBy?: string): string {
  const order = orderBy ? ` order by ${orderBy}` : '';
  return dialect === 'postgresql'
    ? `json_agg(json_build_array(${columns.join(', ')})${order})::text`
    : `json_group_array(json_array(${columns.join(', ')})${order})`;
}

/** The rows of a jsonRows value. */
export function parseJsonRows<T extends unknown[]>(text: string | null | undefined): T[] {
  return text ? (JSON.parse(text) as T[]) : [];
}
