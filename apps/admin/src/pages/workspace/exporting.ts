import { safeText } from '@fourgood/rules';
import { BOM, csvLine, flattenRow, at, type Cell, type ResultTable, type Row } from './table';

/** Progress of an export: `done` of `total` rows (total unknown while pages are still coming). */
export interface ExportProgress {
  phase: 'fetch' | 'write';
  done: number;
  total?: number;
}

export type Post = (body: { query: string; variables?: Record<string, unknown>; operationName?: string | null }) => Promise<{ data?: unknown; errors?: unknown[] }>;

/** Rows handled between two yields to the browser, so the progress bar moves and the tab stays responsive. */
const BATCH = 2000;
/** More rows than this are not fetched for one export (the API pages by 200). */
export const MAX_EXPORT_ROWS = 200_000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function check(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
}

/** True when the query can be paged by the exporter: it declares `$after` and the table came from a connection with a next page. */
export function canFetchAllPages(table: ResultTable, query: string): boolean {
  return !!table.connection?.hasNextPage && !!table.connection.endCursor && /\$after\s*:/.test(query);
}

/**
 * Every page of the result's connection: runs the same query again with `after` set to the last
 * cursor until there is no next page (needs `pageInfo { hasNextPage endCursor }` in the query).
 */
export async function fetchAllPages(
  table: ResultTable,
  request: { query: string; variables: Record<string, unknown>; operationName?: string | null },
  post: Post,
  onProgress: (p: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<ResultTable> {
  const columns = new Set(table.columns);
  const rows: Row[] = [...table.rows];
  const connectionPath = table.connection!.path;
  const listPath = table.path.slice(connectionPath.length + (connectionPath ? 1 : 0));
  let cursor = table.connection!.endCursor;
  let hasNext = !!table.connection!.hasNextPage;
  const total = table.connection!.totalCount;
  onProgress({ phase: 'fetch', done: rows.length, total });
  while (hasNext && cursor && rows.length < MAX_EXPORT_ROWS) {
    check(signal);
    const res = await post({ query: request.query, variables: { ...request.variables, after: cursor }, operationName: request.operationName });
    if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors ?? 'no data'));
    const connection = at(res.data, connectionPath) as { pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } } | undefined;
    const list = listPath === 'edges.node' ? ((at(connection, 'edges') as Array<{ node: unknown }>) ?? []).map((e) => e.node) : ((at(connection, listPath) as unknown[]) ?? []);
    for (const item of list) rows.push(flattenRow(item, columns));
    hasNext = !!connection?.pageInfo?.hasNextPage && list.length > 0;
    cursor = connection?.pageInfo?.endCursor ?? null;
    onProgress({ phase: 'fetch', done: rows.length, total });
  }
  return { ...table, columns: [...columns], rows, connection: { ...table.connection!, hasNextPage: hasNext, endCursor: cursor } };
}

/** CSV (RFC 4180, comma, CRLF) in UTF-8 with a byte order mark, so that Excel shows Vietnamese text right. */
export async function toCsvBlob(table: ResultTable, onProgress: (p: ExportProgress) => void, signal?: AbortSignal): Promise<Blob> {
  const parts: string[] = [BOM, csvLine(table.columns), '\r\n'];
  for (let i = 0; i < table.rows.length; i += BATCH) {
    check(signal);
    const chunk = table.rows.slice(i, i + BATCH).map((row) => csvLine(table.columns.map((c) => row[c] ?? null)));
    parts.push(chunk.join('\r\n'), '\r\n');
    onProgress({ phase: 'write', done: Math.min(i + BATCH, table.rows.length), total: table.rows.length });
    await pause();
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** XLSX with a bold, frozen header row and column widths fitted to the content (write-excel-file, loaded on demand). */
export async function toXlsxBlob(table: ResultTable, sheetName: string, onProgress: (p: ExportProgress) => void, signal?: AbortSignal): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const widths = table.columns.map((c) => Math.min(Math.max(c.length, 6), 60));
  const header = table.columns.map((c) => ({ value: c, fontWeight: 'bold' as const, backgroundColor: '#F0F0F0' }));
  const data: Array<Array<{ value?: string | number | boolean; type?: StringConstructor | NumberConstructor | BooleanConstructor } | null>> = [header];
  for (let i = 0; i < table.rows.length; i += BATCH) {
    check(signal);
    for (const row of table.rows.slice(i, i + BATCH)) {
      data.push(
        table.columns.map((c, k) => {
          const v: Cell = row[c] ?? null;
          if (v === null) return null;
          const length = String(v).length;
          if (length > widths[k]!) widths[k] = Math.min(length, 60);
          if (typeof v === 'number') return { value: v, type: Number };
          if (typeof v === 'boolean') return { value: v, type: Boolean };
          // Text a spreadsheet would run as a formula gets a leading quote, as in the CSV export.
          return { value: safeText(v), type: String };
        }),
      );
    }
    onProgress({ phase: 'write', done: Math.min(i + BATCH, table.rows.length), total: table.rows.length });
    await pause();
  }
  check(signal);
  return writeXlsxFile(data, { sheet: sheetName.slice(0, 31), stickyRowsCount: 1, columns: widths.map((w) => ({ width: w + 2 })) }).toBlob();
}

/** "Đảng viên theo giới tính" → "dang-vien-theo-gioi-tinh-20251231-0930" */
export function fileName(name: string, extension: string, now = new Date()): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'query';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${slug}-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.${extension}`;
}

export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
