/**
 * The spreadsheet layout staff use for criteria tables, shared by CSV and XLSX: this module turns
 * tables into rows of strings and back, and rows into CSV text and back. The server writes and
 * reads the XLSX bytes; the rows are the same.
 *
 * One row per item, in order; the group's code and title are repeated on each of its rows. Group
 * minimums and groups without items have no column and do not travel through a spreadsheet.
 */
import {
  ITEM_KINDS,
  VETO_EFFECTS,
  DEFAULT_OUTCOME_RULES,
  validateTable,
  type CriteriaGroupDef,
  type CriteriaItemDef,
  type CriteriaTableDef,
  type ItemKind,
  type VetoEffect,
} from './scoring.js';
import { csvLine, unescapeText } from './spreadsheet-cells.js';
import { VI_LABELS } from './labels-vi.js';
import { isMetricCode, METRIC_CODES, METRICS, type MetricCode } from './metrics.js';
import type { CriteriaReason, ProblemValues } from './reasons/index.js';

/** The columns, in this order (their names in problems and in files written by other programs). */
export const CRITERIA_COLUMNS = ['group', 'group_title', 'item', 'text', 'kind', 'max_points', 'veto_effect', 'guidance', 'metric'] as const;
export type CriteriaColumn = (typeof CRITERIA_COLUMNS)[number];

/**
 * The header row the export writes: the columns as the Vietnamese screens name them. The import
 * reads these and the codes above alike (HEADER_WORDS).
 */
export const CRITERIA_HEADERS_VI: Readonly<Record<CriteriaColumn, string>> = {
  group: 'Mã nhóm',
  group_title: 'Tên nhóm',
  item: 'Mã tiêu chí',
  text: 'Nội dung',
  kind: 'Loại',
  max_points: 'Điểm tối đa',
  veto_effect: 'Phủ quyết',
  guidance: 'Hướng dẫn',
  metric: 'Chỉ số',
};

const REQUIRED_COLUMNS: readonly CriteriaColumn[] = ['group', 'item', 'text', 'kind', 'max_points'];

/**
 * Header row plus one row per item, in table order, in the words of the Vietnamese screens: the
 * column names, the item kinds ("Có / không"), the veto effects and the metrics by their labels
 * (VI_LABELS, METRICS); rowsToTable reads them back. Numbers use a decimal point ("2.5").
 */
export function tableToRows(table: Pick<CriteriaTableDef, 'groups' | 'items'>): string[][] {
  const titles = new Map(table.groups.map((g) => [g.code, g.title] as const));
  const rows: string[][] = [CRITERIA_COLUMNS.map((c) => CRITERIA_HEADERS_VI[c])];
  for (const item of table.items) {
    rows.push([
      item.groupCode,
      titles.get(item.groupCode) ?? '',
      item.code,
      item.text,
      VI_LABELS.itemKind[item.kind],
      String(item.maxPoints),
      item.vetoEffect ? VI_LABELS.vetoEffect[item.vetoEffect] : '',
      item.guidance ?? '',
      item.metric ? (isMetricCode(item.metric) ? METRICS[item.metric].label : item.metric) : '',
    ]);
  }
  return rows;
}

export interface RowProblem {
  /** 1-based spreadsheet row number (the header is row 1). */
  row: number;
  column: string;
  /** Why, for the app to word (an item check of validateTable keeps its code). */
  reason: CriteriaReason;
  message: string;
  /** The cell's text, the group or item code, the earlier row… as the reason needs. */
  values?: ProblemValues;
}

/** "Max Points", " max-points " and "MAX_POINTS" all name max_points. */
function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Text without accents, case or punctuation: "Có / không" and "co khong" read the same. */
function fold(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The words the Vietnamese screens show for the columns, the item kinds and the veto effects
 * (apps/admin/src/i18n/criteria.vi.ts): a file filled in by hand with them imports like one with
 * the codes. Keys are folded (see `fold`).
 */
const HEADER_WORDS: Record<string, CriteriaColumn> = {
  ...Object.fromEntries(CRITERIA_COLUMNS.map((c) => [fold(CRITERIA_HEADERS_VI[c]), c])),
  'ma nhom': 'group',
  nhom: 'group',
  'ten nhom': 'group_title',
  'ma tieu chi': 'item',
  'noi dung': 'text',
  loai: 'kind',
  'loai tieu chi': 'kind',
  'diem toi da': 'max_points',
  'phu quyet': 'veto_effect',
  'huong dan': 'guidance',
  'chi so': 'metric',
};
const KIND_WORDS: Record<string, ItemKind> = {
  ...Object.fromEntries(ITEM_KINDS.map((k) => [fold(VI_LABELS.itemKind[k]), k])),
  'cham diem': 'SCORED',
  'co khong': 'YES_NO',
  'diem tru': 'DEDUCTION',
  'diem thuong': 'BONUS',
  'phu quyet': 'VETO',
};
const VETO_WORDS: Record<string, VetoEffect> = {
  ...Object.fromEntries(VETO_EFFECTS.map((v) => [fold(VI_LABELS.vetoEffect[v]), v])),
  'chan xuat sac 4 tot': 'BLOCKS_TOP',
  'khong duoc xep loai cao nhat khong dat 4 tot': 'BLOCKS_TOP',
  'buoc xep loai thap nhat': 'FORCES_LOWEST',
  'xep loai khong hoan thanh nhiem vu': 'FORCES_LOWEST',
};

/** The metrics by their Vietnamese labels (METRICS), folded: "Tỷ lệ đảng viên dự sinh hoạt" reads as attendance_rate. */
const METRIC_WORDS: Record<string, MetricCode> = Object.fromEntries(METRIC_CODES.map((m) => [fold(METRICS[m].label), m]));

/** "yes/no", "Yes-No" and "yes_no" all name YES_NO. */
function normalizeEnum(cell: string): string {
  return cell
    .trim()
    .toUpperCase()
    .replace(/[\s/-]+/g, '_');
}

/**
 * Reads a number written the English ("2.5") or Vietnamese ("2,5") way. No thousands separators:
 * points stay far below 1000. Returns null when the text is not a number.
 */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\u00A0/g, '');
  if (!/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const PATH_COLUMN: Record<string, string> = {
  code: 'item',
  groupCode: 'group',
  text: 'text',
  kind: 'kind',
  maxPoints: 'max_points',
  vetoEffect: 'veto_effect',
  guidance: 'guidance',
  metric: 'metric',
};

/**
 * Reads the spreadsheet layout back. The first non-empty row is the header (case, spaces and
 * hyphens in names tolerated; unknown columns ignored; group, item, text, kind and max_points
 * required). Empty rows are skipped. Every bad row is reported with its spreadsheet row number:
 * unknown kind or veto effect, bad number, missing group / item code / text, duplicate item code,
 * a group title that differs from the group's earlier title, and the item checks of validateTable
 * (code format, veto with points, veto without effect, ...). Items that could not be read (no code,
 * duplicate code, unknown kind, bad number) are left out; the caller should refuse the import
 * while problems is non-empty. Table-wide checks (sum against the total) are left to validateTable.
 */
export function rowsToTable(rows: string[][]): { groups: CriteriaGroupDef[]; items: CriteriaItemDef[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const groups: CriteriaGroupDef[] = [];
  const items: CriteriaItemDef[] = [];
  const isEmpty = (row: string[] | undefined) => !row || row.every((cell) => (cell ?? '').trim() === '');

  const headerIndex = rows.findIndex((row) => !isEmpty(row));
  if (headerIndex < 0) {
    problems.push({ row: 1, column: '', reason: 'EMPTY_SHEET', message: 'The sheet is empty: expected a header row.' });
    return { groups, items, problems };
  }
  const headerRow = headerIndex + 1;
  const columnAt = new Map<string, number>();
  rows[headerIndex].forEach((cell, i) => {
    const name = HEADER_WORDS[fold(cell ?? '')] ?? normalizeHeader(cell ?? '');
    if (!(CRITERIA_COLUMNS as readonly string[]).includes(name)) return;
    if (columnAt.has(name)) problems.push({ row: headerRow, column: name, reason: 'COLUMN_TWICE', message: `Column "${name}" appears twice.` });
    else columnAt.set(name, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columnAt.has(c));
  for (const column of missing) problems.push({ row: headerRow, column, reason: 'MISSING_COLUMN', message: `Missing column "${column}".` });
  if (missing.length > 0) return { groups, items, problems };

  const groupTitle = new Map<string, { title: string; row: number }>();
  const groupFirstRow = new Map<string, number>();
  const itemRow = new Map<string, number>();
  const itemRows: number[] = []; // spreadsheet row of items[i]

  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isEmpty(row)) continue;
    const rowNumber = r + 1;
    // The export put a quote in front of text a spreadsheet would read as a formula: take it off.
    const cell = (column: CriteriaColumn) => {
      const at = columnAt.get(column);
      return at === undefined ? '' : unescapeText(row[at] ?? '').trim();
    };
    const problem = (column: string, reason: CriteriaReason, message: string, values?: ProblemValues) => problems.push({ row: rowNumber, column, reason, message, ...(values ? { values } : {}) });
    let usable = true;

    const groupCode = cell('group');
    if (groupCode === '') problem('group', 'MISSING_GROUP', 'Missing group code.');
    else {
      const title = cell('group_title');
      const known = groupTitle.get(groupCode);
      if (!groupFirstRow.has(groupCode)) {
        groupFirstRow.set(groupCode, rowNumber);
        groups.push({ code: groupCode, title });
      }
      if (title !== '') {
        if (!known) {
          groupTitle.set(groupCode, { title, row: rowNumber });
          groups.find((g) => g.code === groupCode)!.title = title;
        } else if (known.title !== title) {
          problem('group_title', 'GROUP_TITLE_DIFFERS', `Group "${groupCode}" is titled "${known.title}" on row ${known.row} but "${title}" here.`, { group: groupCode, title: known.title, row: known.row, given: title });
        }
      }
    }

    const code = cell('item');
    if (code === '') {
      problem('item', 'MISSING_ITEM', 'Missing item code.');
      usable = false;
    } else if (itemRow.has(code)) {
      problem('item', 'DUPLICATE_ITEM', `Item code "${code}" is already used on row ${itemRow.get(code)}.`, { code, row: itemRow.get(code)! });
      usable = false;
    } else itemRow.set(code, rowNumber);

    const text = cell('text');
    if (text === '') problem('text', 'MISSING_TEXT', 'Missing item text.');

    const kindText = cell('kind');
    const kind = KIND_WORDS[fold(kindText)] ?? (normalizeEnum(kindText) as ItemKind);
    if (!ITEM_KINDS.includes(kind)) {
      if (kindText === '') problem('kind', 'MISSING_KIND', `Missing kind: expected one of ${ITEM_KINDS.join(', ')}.`, { expected: ITEM_KINDS });
      else problem('kind', 'UNKNOWN_KIND', `Unknown kind "${kindText}": expected one of ${ITEM_KINDS.join(', ')}.`, { given: kindText, expected: ITEM_KINDS });
      usable = false;
    }

    const pointsText = cell('max_points');
    let maxPoints: number | null;
    if (pointsText === '' && kind === 'VETO') maxPoints = 0;
    else {
      maxPoints = parseDecimal(pointsText);
      if (maxPoints === null) {
        if (pointsText === '') problem('max_points', 'MISSING_POINTS', 'Missing maximum points.');
        else problem('max_points', 'NOT_A_NUMBER', `"${pointsText}" is not a number.`, { given: pointsText });
        usable = false;
      }
    }

    const effectText = cell('veto_effect');
    let vetoEffect: VetoEffect | null = null;
    if (effectText !== '') {
      const effect = VETO_WORDS[fold(effectText)] ?? (normalizeEnum(effectText) as VetoEffect);
      if (VETO_EFFECTS.includes(effect)) vetoEffect = effect;
      else problem('veto_effect', 'UNKNOWN_VETO_EFFECT', `Unknown veto effect "${effectText}": expected one of ${VETO_EFFECTS.join(', ')}.`, { given: effectText, expected: VETO_EFFECTS });
    }

    if (usable && groupCode !== '') {
      items.push({
        code,
        groupCode,
        text,
        kind,
        maxPoints: maxPoints!,
        vetoEffect,
        guidance: cell('guidance') || null,
        // A metric by its label or its code; anything else stays as written (validateTable reports it).
        metric: METRIC_WORDS[fold(cell('metric'))] ?? (cell('metric') || null),
      });
      itemRows.push(rowNumber);
    }
  }

  // The item and group checks of validateTable, mapped back to rows and columns. Problems already
  // reported above (missing text, ...) are not repeated.
  const table: CriteriaTableDef = { model: 'FOUR_GOOD_CELL', groups, items, outcome: DEFAULT_OUTCOME_RULES };
  const reported = new Set(problems.map((p) => `${p.row}:${p.column}`));
  for (const p of validateTable(table)) {
    // A file has no model: whether a metric suits the table's model is checked when it is saved.
    if (p.code === 'METRIC_WRONG_MODEL') continue;
    const itemMatch = /^items\[(\d+)\]\.(\w+)$/.exec(p.path);
    const groupMatch = /^groups\[(\d+)\]\.(\w+)$/.exec(p.path);
    let row: number | undefined;
    let column: string | undefined;
    if (itemMatch) {
      row = itemRows[Number(itemMatch[1])];
      column = PATH_COLUMN[itemMatch[2]];
    } else if (groupMatch && (groupMatch[2] === 'code' || groupMatch[2] === 'title')) {
      row = groupFirstRow.get(groups[Number(groupMatch[1])].code);
      column = groupMatch[2] === 'code' ? 'group' : 'group_title';
    }
    if (row === undefined || column === undefined || reported.has(`${row}:${column}`)) continue;
    reported.add(`${row}:${column}`);
    problems.push({ row, column, reason: p.code, message: p.message, ...(p.values ? { values: p.values } : {}) });
  }
  problems.sort((a, b) => a.row - b.row);
  return { groups, items, problems };
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

const BOM = '\uFEFF';

/**
 * RFC 4180 text: comma separators, CRLF line ends (also after the last row), fields quoted when
 * they hold a comma, semicolon, quote or line break, and a UTF-8 byte order mark so Excel reads
 * Vietnamese correctly. Text a spreadsheet would run as a formula is escaped with a leading quote
 * (`csvField` of spreadsheet-cells.ts); rowsToTable removes it, so the file reads back unchanged.
 */
export function toCsv(rows: string[][]): string {
  return BOM + rows.map((row) => csvLine(row.map((cell) => cell ?? '')) + '\r\n').join('');
}

/** ';' when the first line uses more semicolons than commas outside quotes (Excel in vi-VN), else ','. */
function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads RFC 4180 CSV: byte order mark tolerated, CRLF / LF / CR line ends, quoted fields holding
 * separators, line breaks and doubled quotes. The separator is ';' when the header row uses it
 * (Excel in the vi-VN locale), else ','. A line end after the last row adds no empty row; blank
 * lines inside come back as [''] (rowsToTable skips them). Lenient with malformed input: text
 * after a closing quote is kept, an unterminated quote runs to the end.
 */
export function parseCsv(text: string): string[][] {
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text === '') return [];
  const sep = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let rowOpen = false; // something of the current row has been read
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      rowOpen = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    rowOpen = true;
    if (ch === sep) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '"' && field === '') {
      // A quote opening a field: read to the closing quote, "" standing for one quote.
      i++;
      while (i < n) {
        if (text[i] !== '"') field += text[i++];
        else if (text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else {
          i++;
          break;
        }
      }
      // Keep anything between the closing quote and the next separator or line end.
      while (i < n && text[i] !== sep && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
    } else {
      field += ch;
      i++;
    }
  }
  if (rowOpen) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
