import ExcelJS from 'exceljs';
import { parseCsv } from '@fourgood/rules';
import { describe, expect, it } from 'vitest';
import { toCsvBlob, toXlsxBlob } from './exporting';
import { toTable } from './table';

const PAYLOADS = ['=HYPERLINK("http://x","click")', "=cmd|' /C calc'!A0", '+1+1', "-1+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", '\t=1', '\r=1'];

/** A query result whose text cells are the classic payloads, beside real numbers. */
const table = toTable({ organizations: { nodes: PAYLOADS.map((name, i) => ({ name, delta: -1 - i, ok: i % 2 === 0 })) } })!;

describe('workspace export (formula injection)', () => {
  it('CSV: every payload starts with a quote, numbers stay numbers', async () => {
    const text = await (await toCsvBlob(table, () => {})).text();
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['name', 'delta', 'ok']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(PAYLOADS.map((p) => `'${p}`));
    expect(rows.slice(1).map((r) => r[1])).toEqual(PAYLOADS.map((_, i) => String(-1 - i)));
    expect(rows[1]![2]).toBe('TRUE');
  });

  it('XLSX: every payload cell is text starting with a quote, numbers are numbers', async () => {
    const blob = await toXlsxBlob(table, 'Payloads', () => {});
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    const sheet = book.worksheets[0]!;
    const names: unknown[] = [];
    const deltas: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      names.push(row.getCell(1).value);
      deltas.push(row.getCell(2).value);
    });
    // XML reads a bare carriage return back as a line feed; the quote in front is what matters.
    expect(names).toEqual(PAYLOADS.map((p) => `'${p}`.replace(/\r/g, '\n')));
    expect(deltas).toEqual(PAYLOADS.map((_, i) => -1 - i));
  });
});
