import { describe, expect, it } from 'vitest';
import { columnByKey, formatSheetDate, MEMBER_COLUMNS, parseSheetDate, parseSheetEnum, readHeader, sheetKindOfName } from './people-io.js';

describe('people spreadsheet columns', () => {
  it('read Vietnamese headers and API field names, in any case and with or without accents', () => {
    const header = readHeader(['Số thẻ đảng viên', 'HO VA TEN', 'gender', 'Ngày sinh', 'joinedOn', 'Mã chi bộ', 'Ghi chú']);
    expect(header?.kind).toBe('members');
    expect(header?.index).toMatchObject({ cardNumber: 0, fullName: 1, gender: 2, birthDate: 3, joinedOn: 4, cellCode: 5 });
    expect(header?.problems).toEqual([]);
    expect(readHeader(['Mã', 'Tên', 'Loại', 'Từ ngày'])?.kind).toBe('organizations');
    expect(readHeader(['a', 'b'])).toBeNull();
  });

  it('report a missing required column and a column given twice', () => {
    const header = readHeader(['cardNumber', 'Số thẻ đảng viên', 'fullName'], 'members');
    expect(header?.problems.map((p) => `${p.column}:${p.reason}`)).toEqual(['cardNumber:COLUMN_TWICE', 'gender:MISSING_COLUMN', 'joinedOn:MISSING_COLUMN', 'cellCode:MISSING_COLUMN']);
  });

  it('read enum cells as codes or as the labels the app shows', () => {
    const gender = columnByKey('members', 'gender');
    expect(parseSheetEnum(gender, 'Nữ')).toBe('FEMALE');
    expect(parseSheetEnum(gender, 'nu')).toBe('FEMALE');
    expect(parseSheetEnum(gender, 'MALE')).toBe('MALE');
    expect(parseSheetEnum(columnByKey('members', 'position'), 'Bí thư')).toBe('SECRETARY');
    expect(parseSheetEnum(columnByKey('members', 'position'), 'Phó bí thư')).toBe('DEPUTY_SECRETARY');
    expect(parseSheetEnum(columnByKey('members', 'status'), 'Đang sinh hoạt')).toBe('ACTIVE');
    expect(parseSheetEnum(columnByKey('organizations', 'kind'), 'Chi bộ cơ sở')).toBe('GRASSROOTS_CELL');
    expect(parseSheetEnum(gender, 'X')).toBeNull();
  });

  it('read dates as YYYY-MM-DD or dd/mm/yyyy and refuse days that do not exist', () => {
    expect(parseSheetDate('1980-03-15')).toBe('1980-03-15');
    expect(parseSheetDate('15/03/1980')).toBe('1980-03-15');
    expect(parseSheetDate('5/3/1980')).toBe('1980-03-05');
    expect(parseSheetDate('31/02/1980')).toBeNull();
    expect(parseSheetDate('03/15/1980')).toBeNull();
    expect(formatSheetDate('1980-03-05')).toBe('05/03/1980');
  });

  it('name the sheets in Vietnamese or English', () => {
    expect(sheetKindOfName('Tổ chức')).toBe('organizations');
    expect(sheetKindOfName('Đảng viên')).toBe('members');
    expect(sheetKindOfName('Members')).toBe('members');
    expect(sheetKindOfName('Sheet1')).toBeNull();
    expect(MEMBER_COLUMNS.filter((c) => c.personal).map((c) => c.key)).toEqual(['birthDate']);
  });
});
