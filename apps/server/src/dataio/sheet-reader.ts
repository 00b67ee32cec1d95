import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readHeader, sheetKindOfName, unescapeText, type HeaderMap, type SheetKind } from '@fourgood/rules';

/** One file to import: where it is on disk and the name the user gave it (its extension decides the format). */
export interface ImportFile {
  path: string;
  name: string;
}

/** One row of a sheet: its number as the spreadsheet shows it (the header is row 1) and its cells. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** Rows per `rows` event: one await per batch, not per row (a promise per row was a tenth of the reading time). */
const BATCH_ROWS = 2000;

export type SheetEvent =
  | { type: 'header'; file: string; sheet: string; header: HeaderMap }
  | { type: 'rows'; kind: SheetKind; rows: SheetRow[] }
  | { type: 'skipped'; file: string; sheet: string; reason: 'EMPTY_SHEET' | 'UNKNOWN_SHEET' | 'UNREADABLE_FILE' };

/**
 * Reads import files row by row, never holding a whole file: CSV through papaparse (UTF-8 with or
 * without BOM; `,` or `;` separated, told apart on the header line) and XLSX through exceljs's
 * streaming reader (the sheets named `Tổ chức` / `Đảng viên`, or the first sheet, told apart by its
 * header). Yields one header event per sheet and then its rows in batches (numbered as the
 * spreadsheet shows them: the header is row 1). `onBytes` reports how much of the files was read.
 */
export async function* readSheets(files: readonly ImportFile[], onBytes: (read: number, total: number) => void = () => {}): AsyncGenerator<SheetEvent> {
  const total = files.reduce((n, f) => n + statSync(f.path).size, 0);
  let before = 0;
  for (const file of files) {
    const counted = counter((n) => onBytes(before + n, total));
    const source = createReadStream(file.path).pipe(counted);
    try {
      if (/\.xlsx$/i.test(file.name)) yield* readXlsx(file, source);
      else yield* readCsv(file, source);
    } catch {
      yield { type: 'skipped', file: file.name, sheet: '', reason: 'UNREADABLE_FILE' };
    }
    before += statSync(file.path).size;
  }
}

function counter(report: (bytes: number) => void): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      report(bytes);
      done(null, chunk);
    },
  });
}

/** Longest CSV record accepted (a record not ended by then — an unclosed quote — makes the file unreadable). */
const MAX_RECORD_CHARS = 1 << 20;

async function* readCsv(file: ImportFile, source: Readable): AsyncGenerator<SheetEvent> {
  // The separator is the one of `,` and `;` that the header line uses more (Excel in a
  // Vietnamese locale writes `;`); the header line is read from the file's first bytes.
  const buffer = Buffer.alloc(64 * 1024);
  const fd = openSync(file.path, 'r');
  const got = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  const start = buffer.toString('utf8', 0, got);
  const head = start.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
  const newline = /\r\n/.test(start) ? '\r\n' : !start.includes('\n') && start.includes('\r') ? '\r' : '\n';
  let header: HeaderMap | null = null;
  let row = 0;
  for await (const records of csvRecords(source, delimiter, newline)) {
    const rows: SheetRow[] = [];
    for (const record of records) {
      // An empty line is no record (csv-parse's skip_empty_lines before: not counted either).
      if (record.length === 1 && record[0] === '') continue;
      row++;
      for (let i = 0; i < record.length; i++) record[i] = unescapeText(record[i]!.trim());
      const cells = record;
      if (!header) {
        header = readHeader(cells);
        if (!header) {
          yield { type: 'skipped', file: file.name, sheet: '', reason: 'UNKNOWN_SHEET' };
          return;
        }
        yield { type: 'header', file: file.name, sheet: '', header };
        continue;
      }
      if (cells.every((c) => c === '')) continue;
      rows.push({ row, cells });
    }
    if (rows.length > 0) yield { type: 'rows', kind: header!.kind, rows };
  }
  if (!header) yield { type: 'skipped', file: file.name, sheet: '', reason: 'EMPTY_SHEET' };
}

/**
 * The file's records (arrays of cells, as written: RFC 4180 quoting), at least BATCH_ROWS per
 * step until the last, through papaparse's core parser (4–5× csv-parse's speed here, measured:
 * BENCHMARKS.md) fed the decoded text piece by piece: each piece's complete records are taken,
 * the unfinished last one is parsed again with the next piece. UTF-8 with or without BOM. An
 * unclosed quote (at the end, or a record longer than MAX_RECORD_CHARS) throws.
 */
async function* csvRecords(source: AsyncIterable<Buffer>, delimiter: string, newline: '\r\n' | '\n' | '\r'): AsyncGenerator<string[][]> {
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let first = true;
  let batch: string[][] = [];
  for await (const chunk of source) {
    let text = decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const input = partial + text;
    const result = parser.parse(input, 0, true) as { data: string[][]; meta: { cursor: number } };
    partial = input.slice(result.meta.cursor);
    if (partial.length > MAX_RECORD_CHARS) throw new Error('a CSV record does not end (unclosed quote?)');
    for (const r of result.data) batch.push(r);
    if (batch.length >= BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  const rest = partial + decoder.end();
  if (rest.length > 0) {
    const result = parser.parse(first && rest.charCodeAt(0) === 0xfeff ? rest.slice(1) : rest, 0, false) as { data: string[][]; errors: unknown[] };
    // The records before an unclosed quote are read (as csv-parse gave them), then it throws.
    const complete = result.errors.length > 0 ? result.data.slice(0, -1) : result.data;
    for (const r of complete) batch.push(r);
    if (result.errors.length > 0) {
      if (batch.length > 0) yield batch;
      throw new Error('the CSV file does not end its quotes');
    }
  }
  if (batch.length > 0) yield batch;
}

async function* readXlsx(file: ImportFile, source: Readable): AsyncGenerator<SheetEvent> {
  // Loaded for an XLSX file only: each import's reading worker starts without it (a large library).
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(source, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  let index = 0;
  let read = 0;
  let unknownFirst: string | null = null;
  for await (const sheet of reader) {
    index++;
    const name = String((sheet as unknown as { name?: string }).name ?? '');
    const named = sheetKindOfName(name);
    // Sheets named for organisations or members; otherwise only the first sheet, by its header.
    if (!named && index > 1) continue;
    let header: HeaderMap | null = null;
    let rows: SheetRow[] = [];
    for await (const raw of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const values = raw.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      if (!header) {
        if (cells.every((c) => c === '')) continue;
        header = readHeader(cells, named);
        if (!header) {
          // A first sheet of notes is fine when named sheets follow: told only if nothing was read.
          unknownFirst = name;
          break;
        }
        read++;
        yield { type: 'header', file: file.name, sheet: name, header };
        continue;
      }
      if (cells.every((c) => c === '')) continue;
      rows.push({ row: raw.number, cells });
      if (rows.length >= BATCH_ROWS) {
        yield { type: 'rows', kind: header.kind, rows };
        rows = [];
      }
    }
    if (header && rows.length > 0) yield { type: 'rows', kind: header.kind, rows };
    if (!header && named) yield { type: 'skipped', file: file.name, sheet: name, reason: 'EMPTY_SHEET' };
  }
  if (read === 0 && unknownFirst !== null) yield { type: 'skipped', file: file.name, sheet: unknownFirst, reason: 'UNKNOWN_SHEET' };
}

/** A cell as text: dates as YYYY-MM-DD (the calendar day written in the cell), numbers as written, text without the export's formula escape. */
function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return unescapeText(value.trim());
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return unescapeText(v.richText.map((p) => p.text).join('').trim());
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
  }
  return '';
}
