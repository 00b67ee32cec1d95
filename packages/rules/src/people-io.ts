import { isIsoDate } from './dates.js';
import { CELL_TYPES, COMMITTEE_SECTORS, ORGANIZATION_KINDS } from './hierarchy.js';
import { VI_LABELS } from './labels-vi.js';
import { GENDERS, MEMBER_POSITIONS, MEMBER_STATUSES } from './members.js';
import { foldText } from './text.js';

/**
 * The spreadsheet layout of organisations and members: one column list per sheet, used by the
 * import (header matching, cell reading), the export (same columns, same headers, so an export
 * reads back as "unchanged") and the downloadable template (headers, drop-down lists, example).
 *
 * A header names a column by its Vietnamese title or by the API's field name (any case, accents
 * and spaces ignored). Enum cells take the API's code or the Vietnamese label the app shows.
 * Dates are read as `YYYY-MM-DD` or `dd/mm/yyyy` (also `d/m/yyyy`); the export writes dd/mm/yyyy.
 */

export type SheetKind = 'organizations' | 'members';

export interface ColumnDef {
  key: string;
  /** Vietnamese header, as exported and in the template. */
  header: string;
  type: 'text' | 'date' | 'enum';
  /** The API's codes (enum columns). */
  values?: readonly string[];
  /** Vietnamese labels of the codes (enum columns). */
  labels?: Readonly<Record<string, string>>;
  /** Must be given on every row (for members: on new members; see `requiredForNew`). */
  required: boolean;
  /** Personal data: written only for callers who may read it (birth dates). */
  personal?: boolean;
  /** Maximum length of a text cell. */
  max?: number;
  /** The template's example row. */
  example: string;
}

export const ORGANIZATION_COLUMNS: readonly ColumnDef[] = [
  { key: 'code', header: 'Mã', type: 'text', required: true, max: 64, example: 'QN-HL-P1-CB1' },
  { key: 'name', header: 'Tên', type: 'text', required: true, max: 300, example: 'Chi bộ khu phố 1' },
  { key: 'kind', header: 'Loại', type: 'enum', values: ORGANIZATION_KINDS, labels: VI_LABELS.kind, required: true, example: VI_LABELS.kind.CELL },
  { key: 'sector', header: 'Khối', type: 'enum', values: COMMITTEE_SECTORS, labels: VI_LABELS.sector, required: false, example: '' },
  { key: 'cellType', header: 'Loại hình chi bộ', type: 'enum', values: CELL_TYPES, labels: VI_LABELS.cellType, required: false, example: VI_LABELS.cellType.RESIDENTIAL },
  { key: 'parentCode', header: 'Mã cấp trên', type: 'text', required: false, max: 64, example: 'QN-HL-P1' },
  { key: 'validFrom', header: 'Từ ngày', type: 'date', required: true, example: '01/07/2025' },
];

export const MEMBER_COLUMNS: readonly ColumnDef[] = [
  { key: 'cardNumber', header: 'Số thẻ đảng viên', type: 'text', required: true, max: 32, example: '01.234567' },
  { key: 'fullName', header: 'Họ và tên', type: 'text', required: true, max: 200, example: 'Nguyễn Văn An' },
  { key: 'gender', header: 'Giới tính', type: 'enum', values: GENDERS, labels: VI_LABELS.gender, required: true, example: VI_LABELS.gender.MALE },
  { key: 'birthDate', header: 'Ngày sinh', type: 'date', required: true, personal: true, example: '15/03/1980' },
  { key: 'joinedOn', header: 'Ngày vào Đảng', type: 'date', required: true, example: '03/02/2005' },
  { key: 'officialOn', header: 'Ngày chính thức', type: 'date', required: false, example: '03/02/2006' },
  { key: 'position', header: 'Chức vụ', type: 'enum', values: MEMBER_POSITIONS, labels: VI_LABELS.position, required: false, example: VI_LABELS.position.MEMBER },
  { key: 'cellCode', header: 'Mã chi bộ', type: 'text', required: true, max: 64, example: 'QN-HL-P1-CB1' },
  { key: 'since', header: 'Từ ngày', type: 'date', required: false, example: '01/07/2025' },
  { key: 'status', header: 'Tình trạng', type: 'enum', values: MEMBER_STATUSES, labels: VI_LABELS.status, required: false, example: VI_LABELS.status.ACTIVE },
  { key: 'statusSince', header: 'Tình trạng từ ngày', type: 'date', required: false, example: '' },
];

export const SHEET_COLUMNS: Record<SheetKind, readonly ColumnDef[]> = { organizations: ORGANIZATION_COLUMNS, members: MEMBER_COLUMNS };

/** Sheet names of the XLSX template and export (the import also accepts the English names). */
export const SHEET_NAMES: Record<SheetKind, string> = { organizations: 'Tổ chức', members: 'Đảng viên' };

const fold = (text: string): string => foldText(text).replace(/[\s_]+/g, '');

/** Which sheet a name means (`Tổ chức`, `organizations`…), or null. */
export function sheetKindOfName(name: string): SheetKind | null {
  const f = fold(name);
  if (f === fold(SHEET_NAMES.organizations) || f === 'organizations' || f === 'organisations' || f === 'tochuc') return 'organizations';
  if (f === fold(SHEET_NAMES.members) || f === 'members' || f === 'dangvien') return 'members';
  return null;
}

export interface HeaderProblem {
  column: string;
  reason: 'MISSING_COLUMN' | 'COLUMN_TWICE' | 'EMPTY_SHEET';
  given: string;
}

export interface HeaderMap {
  kind: SheetKind;
  /** For each column key, the index of its cell in a row (absent: not in the file). */
  index: Record<string, number>;
  problems: HeaderProblem[];
}

function columnOfHeader(columns: readonly ColumnDef[], text: string): ColumnDef | undefined {
  const f = fold(text);
  return columns.find((c) => fold(c.header) === f || fold(c.key) === f);
}

/**
 * Reads a header row: the sheet it belongs to (`kind`, or guessed: a card-number column means
 * members, a code column organisations) and where each column is. Unknown headers are ignored
 * (a national export has more columns than these); a required column missing is a problem.
 */
export function readHeader(cells: readonly string[], kind?: SheetKind | null): HeaderMap | null {
  let sheet = kind ?? null;
  if (!sheet) {
    if (cells.some((c) => columnOfHeader(MEMBER_COLUMNS, c)?.key === 'cardNumber')) sheet = 'members';
    else if (cells.some((c) => columnOfHeader(ORGANIZATION_COLUMNS, c)?.key === 'code')) sheet = 'organizations';
    else return null;
  }
  const columns = SHEET_COLUMNS[sheet];
  const index: Record<string, number> = {};
  const problems: HeaderProblem[] = [];
  cells.forEach((text, i) => {
    const column = columnOfHeader(columns, text);
    if (!column) return;
    if (index[column.key] !== undefined) problems.push({ column: column.key, reason: 'COLUMN_TWICE', given: text });
    else index[column.key] = i;
  });
  for (const c of columns) {
    // A birth-date column may be left out of a file for existing members only; the rows say so.
    if (c.required && index[c.key] === undefined && c.key !== 'birthDate') problems.push({ column: c.key, reason: 'MISSING_COLUMN', given: c.header });
  }
  return { kind: sheet, index, problems };
}

/** `YYYY-MM-DD` or `dd/mm/yyyy` (or d/m/yyyy, `.` or `-` between) as an ISO date; null if it is neither or no such day. */
export function parseSheetDate(text: string): string | null {
  const t = text.trim();
  let iso: string | null = null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = iso ? null : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return iso && isIsoDate(iso) ? iso : null;
}

/** An ISO date as the export writes it: dd/mm/yyyy. */
export function formatSheetDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const enumIndexes = new Map<ColumnDef, Map<string, string>>();

/** The API code an enum cell means (its code or its Vietnamese label, case and accents as typed or not); null if none. */
export function parseSheetEnum(column: ColumnDef, text: string): string | null {
  let index = enumIndexes.get(column);
  if (!index) {
    index = new Map();
    for (const v of column.values ?? []) {
      index.set(fold(v), v);
      const label = column.labels?.[v];
      if (label) index.set(fold(label), v);
    }
    enumIndexes.set(column, index);
  }
  return index.get(fold(text)) ?? null;
}

/** The Vietnamese label of a code, as the export writes it. */
export function enumLabel(column: ColumnDef, code: string | null | undefined): string {
  if (!code) return '';
  return column.labels?.[code] ?? code;
}

export function columnByKey(kind: SheetKind, key: string): ColumnDef {
  const c = SHEET_COLUMNS[kind].find((col) => col.key === key);
  if (!c) throw new Error(`No column ${key} in ${kind}`);
  return c;
}
