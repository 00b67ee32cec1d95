import {
  ageOn,
  columnByKey,
  foldText,
  hasLetter,
  personNameSortKey,
  MIN_JOINING_AGE,
  parseSheetDate,
  parseSheetEnum,
  takesCellType,
  takesSector,
  type HeaderMap,
  type ImportReason,
  type OrganizationKind,
  type ProblemValues,
  type SheetKind,
} from '@fourgood/rules';

const CARD_PATTERN = /^[0-9A-Za-z.\-/]{4,32}$/;
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/** The staging tables' columns, one row per file row that passed the row checks (temporary: gone with the transaction). */
export const ORG_STAGE = ['row_no', 'code', 'name', 'kind', 'sector', 'cell_type', 'parent_code', 'valid_from'] as const;
export const MEMBER_STAGE = [
  'row_no', 'card', 'full_name', 'name_search', 'name_sort', 'gender', 'birth_date', 'joined_on', 'official_on', 'position', 'cell_code', 'since', 'status', 'status_since',
] as const;

/** A staged row: the row number, then text or null (never empty text: an empty cell is null). */
export type StagedRow = Array<string | number | null>;

/** Where a row check reports a problem (the row and sheet are the caller's). */
export type AddProblem = (column: string, reason: ImportReason, given?: string, values?: ProblemValues) => void;

/**
 * The checks of one row on its own (no database): required cells, formats, enumerations, dates
 * not in the future, and the row's staged values (null: the row has problems). Pure: they run in
 * the reading worker (read-worker.ts), `today` given.
 */
export class RowChecks {
  constructor(private readonly today: string) {}

  orgRow(header: HeaderMap, row: number, cells: string[], add: AddProblem): StagedRow | null {
    let found = false;
    const report: AddProblem = (column, reason, given, values) => {
      found = true;
      add(column, reason, given, values);
    };
    const code = cell(header, cells, 'code');
    const name = cell(header, cells, 'name').replace(/\s+/g, ' ');
    if (!code) report('code', 'REQUIRED');
    else if (!CODE_PATTERN.test(code)) report('code', 'BAD_CODE', code);
    if (!name) report('name', 'REQUIRED');
    else if (name.length > 300) report('name', 'BAD_LENGTH', undefined, { min: 1, max: 300 });
    // A name of no letter has no sort key to order it by (sort-key.ts hasLetter): a row problem, not a failed import.
    else if (!hasLetter(name)) report('name', 'NO_LETTER', name);
    const kind = this.enumCell(header, cells, 'organizations', 'kind', true, report) as OrganizationKind | null;
    const sector = this.enumCell(header, cells, 'organizations', 'sector', false, report);
    const cellType = this.enumCell(header, cells, 'organizations', 'cellType', false, report);
    if (kind) {
      if (takesSector(kind) && !sector) report('sector', 'SECTOR_REQUIRED');
      if (!takesSector(kind) && sector) report('sector', 'SECTOR_NOT_ALLOWED', cell(header, cells, 'sector'));
      if (takesCellType(kind) && !cellType) report('cellType', 'CELL_TYPE_REQUIRED');
      if (!takesCellType(kind) && cellType) report('cellType', 'CELL_TYPE_NOT_ALLOWED', cell(header, cells, 'cellType'));
    }
    const parentCode = cell(header, cells, 'parentCode') || null;
    const validFrom = this.dateCell(header, cells, 'validFrom', true, report);
    if (found) return null;
    return [row, code, name, kind, sector, cellType, parentCode, validFrom];
  }

  memberRow(header: HeaderMap, row: number, cells: string[], add: AddProblem): StagedRow | null {
    let found = false;
    const report: AddProblem = (column, reason, given, values) => {
      found = true;
      add(column, reason, given, values);
    };
    const card = cell(header, cells, 'cardNumber');
    const fullName = cell(header, cells, 'fullName').replace(/\s+/g, ' ');
    if (!card) report('cardNumber', 'REQUIRED');
    else if (!CARD_PATTERN.test(card)) report('cardNumber', 'BAD_CODE', card);
    if (!fullName) report('fullName', 'REQUIRED');
    else if (fullName.length < 2 || fullName.length > 200) report('fullName', 'BAD_LENGTH', fullName, { min: 2, max: 200 });
    else if (!hasLetter(fullName)) report('fullName', 'NO_LETTER', fullName);
    const gender = this.enumCell(header, cells, 'members', 'gender', true, report);
    const position = this.enumCell(header, cells, 'members', 'position', false, report);
    const status = this.enumCell(header, cells, 'members', 'status', false, report);
    const cellCode = cell(header, cells, 'cellCode');
    if (!cellCode) report('cellCode', 'REQUIRED');
    // Birth date: may be left empty for an existing member (an export for a role that may not read it).
    const birthDate = this.dateCell(header, cells, 'birthDate', false, report);
    const joinedOn = this.dateCell(header, cells, 'joinedOn', true, report);
    const officialOn = this.dateCell(header, cells, 'officialOn', false, report);
    const since = this.dateCell(header, cells, 'since', false, report);
    const statusSince = this.dateCell(header, cells, 'statusSince', false, report);
    if (birthDate && birthDate < '1900-01-01') report('birthDate', 'BIRTH_TOO_EARLY', undefined, { min: '1900-01-01' });
    if (birthDate && joinedOn && ageOn(birthDate, joinedOn) < MIN_JOINING_AGE) report('joinedOn', 'TOO_YOUNG', undefined, { min: MIN_JOINING_AGE });
    if (joinedOn && officialOn && officialOn < joinedOn) report('officialOn', 'OFFICIAL_BEFORE_JOINING');
    if (joinedOn && since && since < joinedOn) report('since', 'BEFORE_JOINING');
    if (found) return null;
    return [row, card, fullName, foldText(fullName), personNameSortKey(fullName), gender, birthDate, joinedOn, officialOn, position, cellCode, since, status, statusSince];
  }

  private enumCell(header: HeaderMap, cells: string[], sheet: SheetKind, key: string, required: boolean, add: AddProblem): string | null {
    const text = cell(header, cells, key);
    if (!text) {
      if (required) add(key, 'REQUIRED');
      return null;
    }
    const value = parseSheetEnum(columnByKey(sheet, key), text);
    if (!value) add(key, 'UNKNOWN_VALUE', text);
    return value;
  }

  private dateCell(header: HeaderMap, cells: string[], key: string, required: boolean, add: AddProblem): string | null {
    const text = cell(header, cells, key);
    if (!text) {
      if (required) add(key, 'REQUIRED');
      return null;
    }
    const date = parseSheetDate(text);
    if (!date) add(key, 'BAD_DATE', text);
    else if (date > this.today) add(key, 'FUTURE_DATE', text, { today: this.today });
    return date;
  }
}

function cell(header: HeaderMap, cells: string[], key: string): string {
  const i = header.index[key];
  return i === undefined ? '' : (cells[i] ?? '').trim();
}
