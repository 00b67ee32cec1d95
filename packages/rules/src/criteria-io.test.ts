import { describe, expect, it } from 'vitest';
import { CRITERIA_COLUMNS, CRITERIA_HEADERS_VI, parseCsv, rowsToTable, tableToRows, toCsv, type CriteriaGroupDef, type CriteriaItemDef } from './index.js';

const groups: CriteriaGroupDef[] = [
  { code: 'LD', title: 'Lãnh đạo thực hiện tốt nhiệm vụ chính trị' },
  { code: 'SH', title: 'Chất lượng sinh hoạt tốt' },
];
const items: CriteriaItemDef[] = [
  {
    code: 'LD.1',
    groupCode: 'LD',
    text: 'Lãnh đạo hoàn thành chỉ tiêu "kinh tế - xã hội", quốc phòng, an ninh',
    guidance: 'Đủ 100% chỉ tiêu: 30 điểm;\nđạt 80%: 20 điểm.',
    kind: 'SCORED',
    maxPoints: 30,
    vetoEffect: null,
    metric: null,
  },
  { code: 'LD.2', groupCode: 'LD', text: 'Công tác dân vận', guidance: null, kind: 'SCORED', maxPoints: 2.5, vetoEffect: null, metric: null },
  { code: 'SH.1', groupCode: 'SH', text: 'Sinh hoạt chuyên đề ít nhất 1 lần/quý', guidance: null, kind: 'YES_NO', maxPoints: 5, vetoEffect: null, metric: 'thematic_meetings_held' },
  { code: 'SH.V', groupCode: 'SH', text: 'Có đảng viên bị kỷ luật', guidance: null, kind: 'VETO', maxPoints: 0, vetoEffect: 'BLOCKS_TOP', metric: null },
];

describe('tableToRows', () => {
  it('writes the header and one row per item, repeating the group title, in the words of the Vietnamese screens', () => {
    const rows = tableToRows({ groups, items });
    expect(rows[0]).toEqual(['Mã nhóm', 'Tên nhóm', 'Mã tiêu chí', 'Nội dung', 'Loại', 'Điểm tối đa', 'Phủ quyết', 'Hướng dẫn', 'Chỉ số']);
    expect(rows[0]).toEqual(CRITERIA_COLUMNS.map((c) => CRITERIA_HEADERS_VI[c]));
    expect(rows[2]).toEqual(['LD', 'Lãnh đạo thực hiện tốt nhiệm vụ chính trị', 'LD.2', 'Công tác dân vận', 'Chấm điểm', '2.5', '', '', '']);
    expect(rows[3]).toEqual(['SH', 'Chất lượng sinh hoạt tốt', 'SH.1', 'Sinh hoạt chuyên đề ít nhất 1 lần/quý', 'Có / không', '5', '', '', 'Sinh hoạt chuyên đề']);
    expect(rows[4]).toEqual(['SH', 'Chất lượng sinh hoạt tốt', 'SH.V', 'Có đảng viên bị kỷ luật', 'Phủ quyết', '0', 'Chặn xuất sắc, “4 tốt”', '', '']);
    expect(rows).toHaveLength(5);
    // No English word or code of an enum in the file.
    expect(rows.flat().filter((cell) => /\b(SCORED|YES_NO|DEDUCTION|BONUS|VETO|BLOCKS_TOP|FORCES_LOWEST|[a-z]+_[a-z_]+)\b/.test(cell))).toEqual([]);
  });
});

describe('CSV', () => {
  it('writes RFC 4180 with a byte order mark, CRLF and quotes only where needed', () => {
    expect(toCsv([['a', 'b,c'], ['say "hi"', 'two\nlines']])).toBe('\uFEFFa,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('round-trips a criteria table with commas, quotes, newlines and Vietnamese text', () => {
    const csv = toCsv(tableToRows({ groups, items }));
    const back = rowsToTable(parseCsv(csv));
    expect(back.problems).toEqual([]);
    expect(back.groups).toEqual(groups);
    expect(back.items).toEqual(items);
  });

  it('reads LF or CRLF line ends, with or without a final line end', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\n\nc,d\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('reads quoted fields holding separators, quotes, line breaks, and empty quoted fields', () => {
    expect(parseCsv('"x, y","He said ""có""","dòng 1\r\ndòng 2",""\r\n,last')).toEqual([
      ['x, y', 'He said "có"', 'dòng 1\r\ndòng 2', ''],
      ['', 'last'],
    ]);
  });

  it('accepts the semicolons Excel writes in the vi-VN locale, with decimal commas', () => {
    const csv = '\uFEFFgroup;group_title;item;text;kind;max_points\r\nLD;Lãnh đạo;LD.1;"Mục a; mục b";SCORED;2,5\r\n';
    expect(parseCsv(csv)).toEqual([
      ['group', 'group_title', 'item', 'text', 'kind', 'max_points'],
      ['LD', 'Lãnh đạo', 'LD.1', 'Mục a; mục b', 'SCORED', '2,5'],
    ]);
    expect(rowsToTable(parseCsv(csv)).items[0]).toMatchObject({ text: 'Mục a; mục b', maxPoints: 2.5 });
  });

  it('keeps a comma-separated file comma-separated even when texts hold semicolons', () => {
    expect(parseCsv('group,text\nLD,"a; b; c"')).toEqual([['group', 'text'], ['LD', 'a; b; c']]);
  });
});

describe('rowsToTable', () => {
  const header = ['Group', ' Group Title ', 'ITEM', 'Text', 'Kind', 'Max-Points', 'veto effect'];

  it('tolerates header case and spaces, Vietnamese decimals, lower-case kinds and blank rows', () => {
    const { groups: g, items: i, problems } = rowsToTable([
      header,
      ['LD', 'Lãnh đạo', 'LD.1', 'Mục một', 'scored', '2,5', ''],
      ['', '', '', '', '', '', ''],
      ['LD', '', 'LD.2', 'Mục hai', 'yes/no', '7.5', ''],
      ['LD', 'Lãnh đạo', 'LD.V', 'Bị kỷ luật', 'Veto', '', 'forces lowest'],
    ]);
    expect(problems).toEqual([]);
    expect(g).toEqual([{ code: 'LD', title: 'Lãnh đạo' }]);
    expect(i.map((x) => [x.code, x.kind, x.maxPoints, x.vetoEffect])).toEqual([
      ['LD.1', 'SCORED', 2.5, null],
      ['LD.2', 'YES_NO', 7.5, null],
      ['LD.V', 'VETO', 0, 'FORCES_LOWEST'],
    ]);
  });

  it('reports every bad row with its spreadsheet row number', () => {
    const { items: read, problems } = rowsToTable([
      header, // row 1
      ['LD', 'Lãnh đạo', 'LD.1', 'Mục một', 'SCORED', '10', ''], // row 2: fine
      ['LD', 'Lãnh đạo khác', 'LD.2', 'Mục hai', 'SCORED', '5', ''], // row 3: title conflict
      ['LD', '', 'LD.3', 'Mục ba', 'diem', '5', ''], // row 4: unknown kind
      ['LD', '', 'LD.4', 'Mục bốn', 'SCORED', 'năm', ''], // row 5: bad number
      [], // row 6: skipped
      ['LD', '', 'LD.5', '', 'SCORED', '5', ''], // row 7: missing text
      ['LD', '', 'LD.1', 'Trùng mã', 'SCORED', '5', ''], // row 8: duplicate item code
      ['LD', '', 'LD.6', 'Phủ quyết', 'VETO', '3', ''], // row 9: veto with points and without effect
      ['LD', '', 'LD 7', 'Mã có dấu cách', 'BONUS', '1,255', ''], // row 10: bad code, 3 decimals
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'group_title'],
      [4, 'kind'],
      [5, 'max_points'],
      [7, 'text'],
      [8, 'item'],
      [9, 'max_points'],
      [9, 'veto_effect'],
      [10, 'item'],
      [10, 'max_points'],
    ]);
    // Each with a reason for the app to word, and the values it needs to do so.
    expect(problems.map((p) => p.reason)).toEqual([
      'GROUP_TITLE_DIFFERS',
      'UNKNOWN_KIND',
      'NOT_A_NUMBER',
      'MISSING_TEXT',
      'DUPLICATE_ITEM',
      'VETO_HAS_POINTS',
      'VETO_EFFECT_REQUIRED',
      'INVALID_CODE',
      'TOO_MANY_DECIMALS',
    ]);
    expect(problems[0].values).toEqual({ group: 'LD', title: 'Lãnh đạo', row: 2, given: 'Lãnh đạo khác' });
    expect(problems[1].values).toMatchObject({ given: 'diem' });
    expect(problems[4].values).toEqual({ code: 'LD.1', row: 2 });
    expect(problems[7].values).toEqual({ code: 'LD 7' });
    expect(problems[0].message).toBe('Group "LD" is titled "Lãnh đạo" on row 2 but "Lãnh đạo khác" here.');
    expect(problems[2].message).toBe('"năm" is not a number.');
    expect(problems[4].message).toBe('Item code "LD.1" is already used on row 2.');
    // Rows that could not be read are left out; the rest are kept for the editor to show.
    expect(read.map((x) => x.code)).toEqual(['LD.1', 'LD.2', 'LD.5', 'LD.6', 'LD 7']);
  });

  it('reports missing required columns on the header row', () => {
    expect(rowsToTable([['group', 'item', 'text']]).problems).toEqual([
      { row: 1, column: 'kind', reason: 'MISSING_COLUMN', message: 'Missing column "kind".' },
      { row: 1, column: 'max_points', reason: 'MISSING_COLUMN', message: 'Missing column "max_points".' },
    ]);
  });

  it('reports an empty sheet', () => {
    expect(rowsToTable([[''], []]).problems).toEqual([{ row: 1, column: '', reason: 'EMPTY_SHEET', message: 'The sheet is empty: expected a header row.' }]);
  });

  it('reads the column names, kinds and veto effects the Vietnamese screens show', () => {
    const { items, groups, problems } = rowsToTable([
      ['Mã nhóm', 'Tên nhóm', 'Mã tiêu chí', 'Nội dung', 'Loại', 'Điểm tối đa', 'Phủ quyết'],
      ['SH', 'Sinh hoạt', 'SH.1', 'Sinh hoạt chuyên đề mỗi quý', 'Có / không', '5', ''],
      ['SH', '', 'SH.2', 'Sinh hoạt định kỳ', 'chấm điểm', '10', ''],
      ['SH', '', 'SH.3', 'Có đảng viên bị kỷ luật', 'Phủ quyết', '', 'Chặn xuất sắc, “4 tốt”'],
      ['SH', '', 'SH.4', 'Vi phạm nghiêm trọng', 'PHU QUYET', '', 'Buộc xếp loại thấp nhất'],
    ]);
    expect(problems).toEqual([]);
    expect(groups.map((g) => [g.code, g.title])).toEqual([['SH', 'Sinh hoạt']]);
    expect(items.map((i) => [i.code, i.kind, i.maxPoints, i.vetoEffect])).toEqual([
      ['SH.1', 'YES_NO', 5, null],
      ['SH.2', 'SCORED', 10, null],
      ['SH.3', 'VETO', 0, 'BLOCKS_TOP'],
      ['SH.4', 'VETO', 0, 'FORCES_LOWEST'],
    ]);
  });

  it('reads the codes too, and a metric by its label or its code', () => {
    const { items, problems } = rowsToTable([
      ['group', 'group_title', 'item', 'text', 'kind', 'max_points', 'veto_effect', 'guidance', 'Chỉ số'],
      ['SH', 'Sinh hoạt', 'SH.1', 'Sinh hoạt chuyên đề mỗi quý', 'YES_NO', '5', '', '', 'Sinh hoạt chuyên đề'],
      ['SH', '', 'SH.2', 'Tỷ lệ dự sinh hoạt', 'co khong', '5', '', '', 'ty le dang vien du sinh hoat'],
      ['SH', '', 'SH.3', 'Sinh hoạt định kỳ', 'SCORED', '10', '', '', 'regular_meetings_held'],
      ['SH', '', 'SH.4', 'Có đảng viên bị kỷ luật', 'VETO', '0', 'BLOCKS_TOP', '', ''],
    ]);
    expect(problems).toEqual([]);
    expect(items.map((i) => [i.code, i.kind, i.metric, i.vetoEffect])).toEqual([
      ['SH.1', 'YES_NO', 'thematic_meetings_held', null],
      ['SH.2', 'YES_NO', 'attendance_rate', null],
      ['SH.3', 'SCORED', 'regular_meetings_held', null],
      ['SH.4', 'VETO', null, 'BLOCKS_TOP'],
    ]);
  });

  it('reports a metric neither label nor code as it was written', () => {
    const { problems } = rowsToTable([
      ['Mã nhóm', 'Tên nhóm', 'Mã tiêu chí', 'Nội dung', 'Loại', 'Điểm tối đa', 'Phủ quyết', 'Hướng dẫn', 'Chỉ số'],
      ['SH', 'Sinh hoạt', 'SH.1', 'Sinh hoạt chuyên đề mỗi quý', 'Có / không', '5', '', '', 'Số buổi họp'],
    ]);
    expect(problems.map((p) => [p.row, p.column, p.reason])).toEqual([[2, 'metric', 'UNKNOWN_METRIC']]);
  });
});
