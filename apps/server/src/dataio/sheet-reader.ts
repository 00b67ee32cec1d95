import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse';
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
 * Reads import files row by row, never holding a whole file: CSV through csv-parse (UTF-8 with or
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

async function* readCsv(file: ImportFile, source: Readable): AsyncGenerator<SheetEvent> {
  // The separator is the one of `,` and `;` that the header line uses more (Excel in a
  // Vietnamese locale writes `;`); the header line is read from the file's first bytes.
  const buffer = Buffer.alloc(64 * 1024);
  const fd = openSync(file.path, 'r');
  const got = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  const head = buffer.toString('utf8', 0, got).split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parser = source.pipe(parseCsv({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }));
  let header: HeaderMap | null = null;
  let row = 0;
  for await (const records of batches(parser)) {
    let rows: SheetRow[] = [];
    for (const record of records) {
      row++;
      const cells = record.map((c) => unescapeText(c.trim()));
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
    rows = [];
  }
  if (!header) yield { type: 'skipped', file: file.name, sheet: '', reason: 'EMPTY_SHEET' };
}

/**
 * The parser's records, as many as it holds at once (up to BATCH_ROWS) per step: `read()` until
 * it has none, then wait for more, the end or an error (which is thrown).
 */
async function* batches(parser: Readable): AsyncGenerator<string[][]> {
  try {
    yield* drain(parser);
  } finally {
    // Left early (a sheet that is not one): the parser stops.
    if (!parser.readableEnded) parser.destroy();
  }
}

async function* drain(parser: Readable): AsyncGenerator<string[][]> {
  for (;;) {
    const batch: string[][] = [];
    let record: string[] | null;
    while (batch.length < BATCH_ROWS && (record = parser.read() as string[] | null) !== null) batch.push(record);
    if (batch.length > 0) {
      yield batch;
      continue;
    }
    if (parser.readableEnded) return;
    if (parser.errored) throw parser.errored;
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        parser.off('readable', done).off('end', done).off('error', failed);
        resolve();
      };
      const failed = (error: Error) => {
        done();
        reject(error);
      };
      parser.on('readable', done).on('end', done).on('error', failed);
    });
  }
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
