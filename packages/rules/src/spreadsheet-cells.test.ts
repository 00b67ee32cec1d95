import { describe, expect, it } from 'vitest';
import { csvField, csvLine, parseCsv, rowsToTable, safeText, tableToRows, toCsv, unescapeText, CRITERIA_COLUMNS, CRITERIA_HEADERS_VI, type CriteriaItemDef } from './index.js';

/** The classic payloads (OWASP CSV Injection and the usual DDE examples). */
const PAYLOADS = [
  '=HYPERLINK("http://x","click")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  "-1+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1',
  '\r=1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1)',
];

describe('safeText (formula injection)', () => {
  it('puts a single quote in front of every classic payload', () => {
    for (const p of PAYLOADS) expect(safeText(p), JSON.stringify(p)).toBe(`'${p}`);
  });

  it('leaves ordinary text and texts that are only numbers alone', () => {
    for (const t of ['', 'Chi bộ 4 tốt', 'a=1', 'x-1', ' =1 (space first)', '-3', '+2.5', '-0,5', '1e-3', '42']) expect(safeText(t), t).toBe(t);
  });

  it('escapes a sign followed by anything that is not just a number', () => {
    expect(safeText('-1+1')).toBe("'-1+1");
    expect(safeText('+84 912 345 678')).toBe("'+84 912 345 678");
    expect(safeText('-')).toBe("'-");
  });

  it('adds one more quote to text that already starts with quotes before a formula', () => {
    expect(safeText("'=1")).toBe("''=1");
    expect(safeText("'-1")).toBe("''-1");
    expect(safeText("'plain")).toBe("'plain");
  });

  it('unescapeText gives back exactly what safeText was given', () => {
    for (const t of [...PAYLOADS, "'=1", "''=1", "'-1", "'plain", "'", '-3', 'text', '']) expect(unescapeText(safeText(t)), JSON.stringify(t)).toBe(t);
    // A quote the escaping did not put there stays.
    expect(unescapeText("'plain")).toBe("'plain");
    expect(unescapeText("'-3")).toBe("'-3");
  });
});

describe('csvField', () => {
  it('escapes and quotes payloads, doubling inner quotes', () => {
    expect(csvField('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvField("-1+cmd|' /C calc'!A0")).toBe(`"'-1+cmd|' /C calc'!A0"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });

  it('writes numbers and booleans as they are, and plain text bare', () => {
    expect(csvLine([-1, 2.5, true, false, null, undefined, 'chữ', 'a,b'])).toBe('-1,2.5,TRUE,FALSE,,,chữ,"a,b"');
  });

  it('reads back through parseCsv as the escaped text, never as a formula', () => {
    const csv = toCsv([PAYLOADS]);
    const [row] = parseCsv(csv);
    expect(row).toEqual(PAYLOADS.map((p) => `'${p}`));
    for (const cell of row!) expect(cell).toMatch(/^'/);
  });
});

describe('criteria table CSV with payloads', () => {
  it('exports the payloads escaped and imports them back unchanged', () => {
    const items: CriteriaItemDef[] = PAYLOADS.filter((p) => p.trim() === p).map((p, i) => ({
      code: `G.${i + 1}`,
      groupCode: 'G',
      text: p,
      guidance: i % 2 ? p : null,
      kind: 'SCORED',
      maxPoints: 1,
      vetoEffect: null,
      metric: null,
    }));
    const groups = [{ code: 'G', title: '=HYPERLINK("http://x","click")' }];
    const csv = toCsv(tableToRows({ groups, items }));
    const cells = parseCsv(csv).slice(1).flat();
    expect(cells).toContain(`'=HYPERLINK("http://x","click")`);
    expect(cells.filter((c) => /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(c))).toEqual([]);
    const back = rowsToTable(parseCsv(csv));
    expect(back.problems).toEqual([]);
    expect(back.groups).toEqual(groups);
    expect(back.items).toEqual(items);
    expect(parseCsv(csv)[0]).toEqual(CRITERIA_COLUMNS.map((c) => CRITERIA_HEADERS_VI[c]));
  });
});
