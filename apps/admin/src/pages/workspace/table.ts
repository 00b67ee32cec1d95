/**
 * The result of a GraphQL query as a table: the first list found in `data` (a connection's `nodes`
 * or `edges[].node`, or any array), one row per item, nested objects flattened into dotted column
 * names (`stats.members`), lists inside an item joined into one cell. Pure, for the workspace and
 * its exports.
 */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface ResultTable {
  /** Where the list is in `data`, dotted (`organization.children.nodes`). */
  path: string;
  columns: string[];
  rows: Row[];
  /** The connection around the list, when there is one (for exporting every page). */
  connection?: { path: string; totalCount?: number; hasNextPage?: boolean; endCursor?: string | null };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cell for a list inside an item: scalars joined with "; ", objects as compact JSON. */
function listCell(list: unknown[]): string {
  return list.map((v) => (isObject(v) || Array.isArray(v) ? JSON.stringify(v) : String(v))).join('; ');
}

function flattenInto(row: Row, columns: Set<string>, value: unknown, prefix: string) {
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => k !== '__typename' || !prefix);
    if (keys.length === 0 && prefix) {
      row[prefix] = null;
      columns.add(prefix);
    }
    for (const key of keys) flattenInto(row, columns, value[key], prefix ? `${prefix}.${key}` : key);
    return;
  }
  const cell: Cell = Array.isArray(value) ? listCell(value) : value === undefined ? null : (value as Cell);
  row[prefix || 'value'] = cell;
  columns.add(prefix || 'value');
}

/** Flattens one item of the list into a row. */
export function flattenRow(item: unknown, columns: Set<string> = new Set()): Row {
  const row: Row = {};
  flattenInto(row, columns, item, '');
  return row;
}

interface Found {
  path: string[];
  list: unknown[];
  connection?: { path: string[]; value: Record<string, unknown> };
}

/**
 * Depth-first, in the order of the query's fields: the first array, preferring a connection's
 * `nodes`, else its `edges[].node`.
 */
function findList(value: unknown, path: string[]): Found | null {
  if (Array.isArray(value)) return { path, list: value };
  if (!isObject(value)) return null;
  if (Array.isArray(value.nodes)) return { path: [...path, 'nodes'], list: value.nodes, connection: { path, value } };
  if (Array.isArray(value.edges) && value.edges.every((e) => isObject(e) && 'node' in e)) {
    return { path: [...path, 'edges', 'node'], list: (value.edges as Array<{ node: unknown }>).map((e) => e.node), connection: { path, value } };
  }
  for (const [key, child] of Object.entries(value)) {
    const found = findList(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** The table of a result's data, or null when there is no list in it. */
export function toTable(data: unknown): ResultTable | null {
  const found = findList(data, []);
  if (!found) return null;
  const columns = new Set<string>();
  const rows = found.list.map((item) => flattenRow(item, columns));
  const table: ResultTable = { path: found.path.join('.'), columns: [...columns], rows };
  if (found.connection) {
    const c = found.connection.value;
    const pageInfo = isObject(c.pageInfo) ? c.pageInfo : undefined;
    table.connection = {
      path: found.connection.path.join('.'),
      totalCount: typeof c.totalCount === 'number' ? c.totalCount : undefined,
      hasNextPage: typeof pageInfo?.hasNextPage === 'boolean' ? pageInfo.hasNextPage : undefined,
      endCursor: typeof pageInfo?.endCursor === 'string' ? pageInfo.endCursor : null,
    };
  }
  return table;
}

/** The value at a dotted path of `data` (for the next page of the same connection). */
export function at(data: unknown, path: string): unknown {
  let v = data;
  for (const key of path ? path.split('.') : []) v = isObject(v) ? v[key] : undefined;
  return v;
}

/**
 * CSV fields and lines (RFC 4180) with text a spreadsheet would run as a formula escaped by a
 * leading quote: the same function as every other export (packages/rules, spreadsheet-cells.ts).
 */
export { csvField, csvLine } from '@fourgood/rules';

/** Byte order mark: Excel reads the file as UTF-8 (Vietnamese diacritics) only with it. */
export const BOM = '\uFEFF';
