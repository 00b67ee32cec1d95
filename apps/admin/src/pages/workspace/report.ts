/**
 * A query's result read like a report: column names in words, enum values in words and in their
 * natural order (age bands young to old, ratings best first), the chart its shape suggests, and a
 * two-dimension pivot. Pure, beside `table.ts`; the words come from the i18n dictionary.
 */
import { AGE_BANDS, CELL_TYPES, GENDERS, MEMBER_POSITIONS, MEMBER_STATUSES, ORGANIZATION_KINDS, RATING_LEVELS } from '@fourgood/rules';
import type { Cell, ResultTable, Row } from './table';

/** The words the report needs: field names and enum values (the app's `t.workspace.fields` and `t.enums`). */
export interface ReportWords {
  fields: Record<string, string>;
  enums: Record<string, Record<string, string>>;
  levels: Record<string, string>;
}

/** Enum types a result may hold, each in its natural order. */
const ENUMS: Array<{ key: string; values: readonly string[] }> = [
  { key: 'kind', values: ORGANIZATION_KINDS },
  { key: 'cellType', values: CELL_TYPES },
  { key: 'status', values: MEMBER_STATUSES },
  { key: 'gender', values: GENDERS },
  { key: 'position', values: MEMBER_POSITIONS },
  { key: 'ageBand', values: AGE_BANDS },
  { key: 'level', values: RATING_LEVELS },
];

export interface ReportColumn {
  key: string;
  /** The column in words: each part of the dotted path named, joined by " · ". */
  label: string;
  numeric: boolean;
  /** The enum whose values the column holds, when every value is one of them. */
  enumKey?: string;
  /** A year or a date: a chart over it is a line. */
  temporal: boolean;
}

const isYear = (v: Cell) => typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100;
const isDate = (v: Cell) => typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v);

/** Names one column of the table. */
export function describeColumn(table: ResultTable, key: string, words: ReportWords): ReportColumn {
  const values = table.rows.map((r) => r[key]).filter((v): v is Exclude<Cell, null> => v !== null && v !== undefined);
  const label = key
    .split('.')
    .map((part) => words.fields[part] ?? part)
    .join(' · ');
  const numeric = values.length > 0 && values.every((v) => typeof v === 'number');
  const enumType = values.length > 0 ? ENUMS.find((e) => values.every((v) => typeof v === 'string' && e.values.includes(v))) : undefined;
  const last = key.split('.').pop() ?? key;
  const temporal = values.length > 0 && (values.every(isDate) || (values.every(isYear) && /year|năm/i.test(last)));
  return { key, label, numeric: numeric && !temporal, enumKey: enumType?.key, temporal };
}

/** A value as the report shows it: enum values in words, the rest as it is. */
export function cellText(value: Cell, column: ReportColumn, words: ReportWords): string {
  if (value === null || value === undefined) return '';
  if (column.enumKey && typeof value === 'string') return (column.enumKey === 'level' ? words.levels[value] : words.enums[column.enumKey]?.[value]) ?? value;
  return String(value);
}

/** Sort rank of a value: an enum's natural order, else the value itself. */
export function rank(value: Cell, column: ReportColumn): number | string {
  if (value === null || value === undefined) return Number.POSITIVE_INFINITY;
  if (column.enumKey) {
    const values = ENUMS.find((e) => e.key === column.enumKey)!.values;
    return values.indexOf(String(value));
  }
  return typeof value === 'number' ? value : String(value);
}

export function compareBy(column: ReportColumn): (a: Row, b: Row) => number {
  return (a, b) => {
    const x = rank(a[column.key] ?? null, column);
    const y = rank(b[column.key] ?? null, column);
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y), 'vi');
  };
}

export type ChartKind = 'bar' | 'line' | 'pie';

export interface ChartPlan {
  kind: ChartKind;
  /** The labels along the axis (or the slices). */
  dimension: ReportColumn;
  /** The figures drawn: one series each. */
  measures: ReportColumn[];
}

/**
 * The chart the result's shape suggests: over a year or a date, a line; a few parts of one whole
 * (one figure, at most 8 rows, none negative), a pie; otherwise bars. Needs a column to label by
 * and at least one figure; null when there is none.
 */
export function planChart(columns: ReportColumn[], rows: Row[]): ChartPlan | null {
  const measures = columns.filter((c) => c.numeric && !/(^|\.)(id|percent)$/i.test(c.key));
  const dimension =
    columns.find((c) => c.temporal) ??
    columns.find((c) => c.enumKey) ??
    columns.find((c) => /(^|\.)(name|fullName)$/.test(c.key)) ??
    columns.find((c) => !c.numeric && !/(^|\.)id$/.test(c.key));
  if (!dimension || measures.length === 0 || rows.length === 0) return null;
  if (dimension.temporal) return { kind: 'line', dimension, measures: measures.slice(0, 6) };
  const parts = measures.length === 1 && rows.length <= 8 && rows.every((r) => Number(r[measures[0]!.key] ?? 0) >= 0);
  return { kind: parts ? 'pie' : 'bar', dimension, measures: measures.slice(0, 6) };
}

/** Columns to group a pivot by, enums (the natural groups) first. */
export function pivotDimensions(columns: ReportColumn[]): ReportColumn[] {
  const candidates = columns.filter((c) => !c.numeric && !/(^|\.)id$/.test(c.key));
  return [...candidates.filter((c) => c.enumKey || c.temporal), ...candidates.filter((c) => !c.enumKey && !c.temporal)];
}

export interface Pivot {
  rowLabels: string[];
  columnLabels: string[];
  /** cells[i][j]: the sum of the figure (or the count of rows) for row label i, column label j. */
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

/**
 * A cross table of two columns: the figure summed per pair of values (or the rows counted when
 * no figure is chosen), labels in the columns' natural order, with totals.
 */
export function pivot(rows: Row[], across: ReportColumn, down: ReportColumn, measure: ReportColumn | null, words: ReportWords): Pivot {
  const order = (column: ReportColumn) => {
    const seen = new Map<string, Cell>();
    for (const r of rows) {
      const v = r[column.key] ?? null;
      const text = cellText(v, column, words);
      if (!seen.has(text)) seen.set(text, v);
    }
    return [...seen.entries()].sort(([, a], [, b]) => compareBy(column)({ [column.key]: a }, { [column.key]: b })).map(([text]) => text);
  };
  const rowLabels = order(down);
  const columnLabels = order(across);
  const cells = rowLabels.map(() => columnLabels.map(() => 0));
  for (const r of rows) {
    const i = rowLabels.indexOf(cellText(r[down.key] ?? null, down, words));
    const j = columnLabels.indexOf(cellText(r[across.key] ?? null, across, words));
    cells[i]![j]! += measure ? Number(r[measure.key] ?? 0) : 1;
  }
  const rowTotals = cells.map((line) => line.reduce((s, n) => s + n, 0));
  const columnTotals = columnLabels.map((_, j) => cells.reduce((s, line) => s + line[j]!, 0));
  return { rowLabels, columnLabels, cells, rowTotals, columnTotals, total: rowTotals.reduce((s, n) => s + n, 0) };
}
