import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, snapshot } from '../support/api.js';
import { createOrg, publishedCriteriaTable } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
let bloc: Client; // staff of the bloc: the cells' superior, reviews them
let cellStaff: Client; // staff of one cell: scores it

/** A "4 good" table for agency cells: four contents of 25 points, a bonus, a deduction and a veto. */
const GROUPS = [
  { code: 'I', title: 'Lãnh đạo thực hiện tốt nhiệm vụ chính trị' },
  { code: 'II', title: 'Chất lượng sinh hoạt tốt' },
  { code: 'III', title: 'Đoàn kết, kỷ luật tốt' },
  { code: 'IV', title: 'Cán bộ, đảng viên tốt' },
];
const ITEMS = [
  { code: 'I.1', groupCode: 'I', text: 'Lãnh đạo hoàn thành nhiệm vụ chuyên môn', kind: 'SCORED', maxPoints: 25 },
  { code: 'II.1', groupCode: 'II', text: 'Sinh hoạt định kỳ đủ 12 kỳ', kind: 'SCORED', maxPoints: 15 },
  { code: 'II.2', groupCode: 'II', text: 'Sinh hoạt chuyên đề mỗi quý', kind: 'YES_NO', maxPoints: 10 },
  { code: 'III.1', groupCode: 'III', text: 'Nội bộ đoàn kết, không vi phạm kỷ luật', kind: 'SCORED', maxPoints: 25 },
  { code: 'IV.1', groupCode: 'IV', text: 'Đảng viên hoàn thành tốt nhiệm vụ trở lên', kind: 'SCORED', maxPoints: 25 },
  { code: 'B.1', groupCode: 'IV', text: 'Được cấp trên khen thưởng', kind: 'BONUS', maxPoints: 5 },
  { code: 'D.1', groupCode: 'III', text: 'Có đảng viên bị nhắc nhở', kind: 'DEDUCTION', maxPoints: 5 },
  { code: 'V.1', groupCode: 'III', text: 'Có đảng viên bị kỷ luật trong năm', kind: 'VETO', maxPoints: 0, vetoEffect: 'BLOCKS_TOP' },
];

const TABLE_FIELDS = `id seriesCode version status lockVersion problems { path code message } items { code maxPoints kind } outcome { total fourGoodThreshold bands { top second third } }`;

beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'T-QN', name: 'Đảng bộ tỉnh Quảng Ninh', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1963-10-30' });
  ids.bloc = await createOrg(server, { code: 'K-CQ', name: 'Đảng bộ Khối các cơ quan tỉnh', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'BLOC', parentId: ids.province, foundedOn: '2006-08-01' });
  for (const n of [1, 2, 3, 4, 5, 6]) {
    ids[`cell${n}`] = await createOrg(server, { code: `CB-CQ-${n}`, name: `Chi bộ cơ quan số ${n}`, kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.bloc, foundedOn: '2010-01-01' });
  }
  bloc = await server.userWith('bloc-staff', [{ role: 'STAFF', organizationId: ids.bloc }]);
  cellStaff = await server.userWith('cell-staff', [{ role: 'STAFF', organizationId: ids.cell1 }]);
});
afterAll(async () => server?.close());

async function newTable(seriesCode: string) {
  const created = await server.data(`mutation($input: CreateCriteriaTableInput!) { createCriteriaTable(input: $input) { ${TABLE_FIELDS} } }`, {
    input: { seriesCode, name: 'Bảng tiêu chí chi bộ 4 tốt khối cơ quan (ví dụ)', model: 'FOUR_GOOD_CELL', cellType: 'AGENCY', ownerId: ids.bloc, isExample: true },
  });
  return created.createCriteriaTable;
}

async function save(id: string, expectedVersion: number, content: { groups?: unknown[]; items?: unknown[] } = {}, client: Client = server) {
  return client.gql(`mutation($input: SaveCriteriaTableInput!) { saveCriteriaTable(input: $input) { table { ${TABLE_FIELDS} } problems { path code } } }`, {
    input: { id, expectedVersion, groups: content.groups ?? GROUPS, items: content.items ?? ITEMS },
  });
}

function publishedTable(seriesCode: string): Promise<string> {
  return publishedCriteriaTable(server, { seriesCode, name: 'Bảng tiêu chí chi bộ 4 tốt khối cơ quan (ví dụ)', model: 'FOUR_GOOD_CELL', cellType: 'AGENCY', ownerId: ids.bloc!, groups: GROUPS, items: ITEMS });
}

describe('criteria tables', () => {
  it('are edited as drafts, show what keeps them from publishing, and freeze when published', async () => {
    const table = await newTable('QN-KCCQ-4T-CQ');
    expect(table).toMatchObject({ version: 1, status: 'DRAFT', outcome: { total: 100, fourGoodThreshold: 95, bands: { top: 90, second: 70, third: 50 } } });

    const short = await save(table.id, table.lockVersion, { items: ITEMS.map((i) => (i.code === 'I.1' ? { ...i, maxPoints: 20 } : i)) });
    expect(short.errors).toBeUndefined();
    expect(short.data.saveCriteriaTable.problems.map((p: { code: string }) => p.code)).toContain('TOTAL_MISMATCH');
    const draft = short.data.saveCriteriaTable.table;
    expectError(
      await server.gql(`mutation($input: PublishCriteriaTableInput!) { publishCriteriaTable(input: $input) { id } }`, { input: { id: table.id, expectedVersion: draft.lockVersion } }),
      'VALIDATION_FAILED',
    );

    const fixed = (await save(table.id, draft.lockVersion)).data.saveCriteriaTable;
    expect(fixed.problems).toEqual([]);
    const published = await server.data(`mutation($input: PublishCriteriaTableInput!) { publishCriteriaTable(input: $input) { status version } }`, {
      input: { id: table.id, expectedVersion: fixed.table.lockVersion },
    });
    expect(published.publishCriteriaTable).toEqual({ status: 'PUBLISHED', version: 1 });

    const before = await snapshot(server);
    const frozen = await save(table.id, fixed.table.lockVersion + 1);
    expectError(frozen, 'CONFLICT');
    expect(frozen.errors![0]!.extensions!.reason).toBe('PUBLISHED');
    expect(await snapshot(server)).toBe(before);

    const v2 = await server.data(`mutation($id: ID!) { newCriteriaTableVersion(id: $id) { ${TABLE_FIELDS} } }`, { id: table.id });
    expect(v2.newCriteriaTableVersion).toMatchObject({ seriesCode: 'QN-KCCQ-4T-CQ', version: 2, status: 'DRAFT' });
    expect(v2.newCriteriaTableVersion.items).toHaveLength(ITEMS.length);
    expectError(await server.gql(`mutation($id: ID!) { newCriteriaTableVersion(id: $id) { id } }`, { id: table.id }), 'CONFLICT');

    const changed = ITEMS.filter((i) => i.code !== 'B.1').map((i) => (i.code === 'II.1' ? { ...i, maxPoints: 10 } : i.code === 'II.2' ? { ...i, maxPoints: 15 } : i));
    await save(v2.newCriteriaTableVersion.id, v2.newCriteriaTableVersion.lockVersion, { items: [...changed, { code: 'II.3', groupCode: 'II', text: 'Có cấp ủy cấp trên dự', kind: 'YES_NO', maxPoints: 0.01 }] });
    const diff = await server.data(`query($a: ID!, $b: ID!) { compareCriteriaTables(before: $a, after: $b) { added { code } removed { code } changed { code fields } } }`, {
      a: table.id,
      b: v2.newCriteriaTableVersion.id,
    });
    expect(diff.compareCriteriaTables.added).toEqual([{ code: 'II.3' }]);
    expect(diff.compareCriteriaTables.removed).toEqual([{ code: 'B.1' }]);
    expect(diff.compareCriteriaTables.changed.map((c: { code: string }) => c.code).sort()).toEqual(['II.1', 'II.2']);
  });

  it('gives the second of two concurrent editors a CONFLICT and keeps the first save', async () => {
    const table = await newTable('QN-KCCQ-CONFLICT');
    const first = await save(table.id, table.lockVersion, {}, bloc);
    expect(first.errors).toBeUndefined();
    const before = await snapshot(server);
    const second = await save(table.id, table.lockVersion, { items: ITEMS.slice(0, 2) }, server);
    expectError(second, 'CONFLICT', 'input.expectedVersion');
    expect(await snapshot(server)).toBe(before);
    const now = await server.data(`query($id: ID!) { criteriaTable(id: $id) { items { code } } }`, { id: table.id });
    expect(now.criteriaTable.items).toHaveLength(ITEMS.length);
  });

  it('refuses bad content with the field at fault and keeps the draft unchanged', async () => {
    const table = await newTable('QN-KCCQ-BAD');
    const before = await snapshot(server);
    const dup = await save(table.id, table.lockVersion, { items: [...ITEMS, { ...ITEMS[0] }] });
    expectError(dup, 'VALIDATION_FAILED');
    expect(dup.errors![0]!.extensions!.fields!.some((f) => f.field.startsWith('input.items['))).toBe(true);
    expectError(await save(table.id, table.lockVersion, { items: ITEMS.map((i) => (i.code === 'V.1' ? { ...i, maxPoints: 3 } : i)) }), 'VALIDATION_FAILED');
    expectError(await save(table.id, table.lockVersion, { items: ITEMS.map((i) => (i.code === 'I.1' ? { ...i, maxPoints: -5 } : i)) }), 'VALIDATION_FAILED');
    expectError(await save(table.id, table.lockVersion, { items: ITEMS.map((i) => (i.code === 'I.1' ? { ...i, groupCode: 'X' } : i)) }), 'VALIDATION_FAILED');
    expectError(await save(table.id, table.lockVersion, {}, cellStaff), 'FORBIDDEN');
    expect(await snapshot(server)).toBe(before);
  });

  it('exports CSV and XLSX in the staff layout and imports them back, refusing bad rows', async () => {
    const table = await newTable('QN-KCCQ-IO');
    const saved = (await save(table.id, table.lockVersion)).data.saveCriteriaTable.table;
    const files = await server.data(`query($id: ID!) { criteriaTable(id: $id) { csv: export(format: CSV) { filename base64 } xlsx: export(format: XLSX) { filename base64 } } }`, { id: table.id });
    const csv = Buffer.from(files.criteriaTable.csv.base64, 'base64').toString('utf8');
    expect(files.criteriaTable.csv.filename).toBe('QN-KCCQ-IO-v1.csv');
    expect(csv).toContain('Lãnh đạo hoàn thành nhiệm vụ chuyên môn');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(files.criteriaTable.xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(2).getCell(3).value).toBe('I.1');
    // In the words of the Vietnamese screens: the column names and the item kinds, no codes.
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(['Mã nhóm', 'Tên nhóm', 'Mã tiêu chí', 'Nội dung', 'Loại', 'Điểm tối đa', 'Phủ quyết', 'Hướng dẫn', 'Chỉ số']);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFMã nhóm,Tên nhóm,Mã tiêu chí,Nội dung,Loại,Điểm tối đa,Phủ quyết,Hướng dẫn,Chỉ số');
    expect(csv).toContain(',Có / không,');
    expect(csv).not.toMatch(/,(SCORED|YES_NO|DEDUCTION|BONUS|VETO|BLOCKS_TOP|FORCES_LOWEST),/);

    const other = await newTable('QN-KCCQ-IO2');
    const imported = await server.data(`mutation($input: ImportCriteriaTableInput!) { importCriteriaTable(input: $input) { table { items { code maxPoints } } problems { code } } }`, {
      input: { id: other.id, expectedVersion: other.lockVersion, format: 'XLSX', content: files.criteriaTable.xlsx.base64 },
    });
    expect(imported.importCriteriaTable.table.items.map((i: { code: string }) => i.code)).toEqual(ITEMS.map((i) => i.code));
    expect(imported.importCriteriaTable.problems).toEqual([]);

    const broken = csv.replace('Sinh hoạt định kỳ đủ 12 kỳ,15', 'Sinh hoạt định kỳ đủ 12 kỳ,mười lăm').replace(',Có / không,', ',MAYBE,');
    const before = await snapshot(server);
    const bad = await server.gql(`mutation($input: ImportCriteriaTableInput!) { importCriteriaTable(input: $input) { table { id } } }`, {
      input: { id: saved.id, expectedVersion: saved.lockVersion, format: 'CSV', content: Buffer.from(broken, 'utf8').toString('base64') },
    });
    expectError(bad, 'VALIDATION_FAILED');
    expect(bad.errors![0]!.extensions!.fields!.map((f) => f.field)).toEqual(expect.arrayContaining([expect.stringMatching(/^rows\[\d+\]\./)]));
    // Each bad row says why, with the row, the column and the cell's text for the app to word.
    expect(bad.errors![0]!.extensions!.reason).toBe('BAD_ROWS');
    const rows = bad.errors![0]!.extensions!.fields!;
    expect(rows).toEqual([
      { field: 'rows[4].kind', reason: 'UNKNOWN_KIND', message: expect.any(String), row: 4, column: 'kind', given: 'MAYBE', expected: expect.arrayContaining(['YES_NO']) },
    ]);
    expect(await snapshot(server)).toBe(before);
  });
});

describe('criteria spreadsheets and formula injection', () => {
  const PAYLOADS = ['=HYPERLINK("http://x","click")', "=cmd|' /C calc'!A0", '+1+1', "-1+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"];
  const TEXT = `groups { code title } items { code text guidance maxPoints }`;

  it('escapes every payload in the CSV and XLSX exports, and imports both back unchanged', async () => {
    const table = await newTable('QN-KCCQ-CSV-INJ');
    // Payloads in item texts and guidance and in a group title, beside ordinary cells.
    const groups = GROUPS.map((g) => (g.code === 'II' ? { ...g, title: '=HYPERLINK("http://x","click")' } : g));
    const items = ITEMS.map((item, i) => (i < PAYLOADS.length ? { ...item, text: PAYLOADS[i], guidance: i % 2 ? '-2 điểm mỗi lần vi phạm' : "'=1 quoted" } : item));
    const saved = await save(table.id, table.lockVersion, { groups, items });
    expect(saved.errors, JSON.stringify(saved.errors)).toBeUndefined();
    const files = await server.data(`query($id: ID!) { criteriaTable(id: $id) { csv: export(format: CSV) { base64 } xlsx: export(format: XLSX) { base64 } } }`, { id: table.id });

    const csv = Buffer.from(files.criteriaTable.csv.base64, 'base64').toString('utf8');
    for (const p of PAYLOADS) expect(csv).toContain(`"'${p.replace(/"/g, '""')}"`);
    expect(csv).toContain(`"''=1 quoted"`);
    // No line has a field that starts with a formula character.
    for (const line of csv.split('\r\n')) expect(line.split(',').filter((f) => /^[=+\-@]/.test(f))).toEqual([]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(files.criteriaTable.xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    PAYLOADS.forEach((p, i) => expect(sheet.getRow(i + 2).getCell(4).value).toBe(`'${p}`));
    expect(sheet.getRow(3).getCell(8).value).toBe("'-2 điểm mỗi lần vi phạm");
    expect(sheet.getRow(2).getCell(8).value).toBe("''=1 quoted");
    expect(sheet.getRow(2).getCell(6).value).toBe(25); // points stay numbers
    const titles = new Set<unknown>();
    sheet.eachRow((row, n) => n > 1 && row.getCell(1).value === 'II' && titles.add(row.getCell(2).value));
    expect([...titles]).toEqual([`'=HYPERLINK("http://x","click")`]);

    const original = await server.data(`query($id: ID!) { criteriaTable(id: $id) { ${TEXT} } }`, { id: table.id });
    for (const format of ['CSV', 'XLSX'] as const) {
      const other = await newTable(`QN-KCCQ-CSV-INJ-${format}`);
      const imported = await server.data(`mutation($input: ImportCriteriaTableInput!) { importCriteriaTable(input: $input) { table { ${TEXT} } problems { code } } }`, {
        input: { id: other.id, expectedVersion: other.lockVersion, format, content: format === 'CSV' ? files.criteriaTable.csv.base64 : files.criteriaTable.xlsx.base64 },
      });
      expect(imported.importCriteriaTable.table.items, format).toEqual(original.criteriaTable.items);
      expect(imported.importCriteriaTable.table.groups, format).toEqual(original.criteriaTable.groups.filter((g: { code: string }) => items.some((i) => i.groupCode === g.code)));
    }
  });
});

describe('assessments', () => {
  const A = `id status lockVersion total level fourGood returnReason selfResult { total level fourGood complete explanation } finalResult { total level fourGood }`;
  const full = (overrides: Record<string, number | boolean> = {}) =>
    ITEMS.map((i) => {
      const value = overrides[i.code];
      if (i.kind === 'YES_NO' || i.kind === 'VETO') return { itemCode: i.code, yes: value ?? i.kind === 'YES_NO' };
      return { itemCode: i.code, points: value ?? (i.kind === 'SCORED' ? i.maxPoints : 0) };
    });
  const saveScores = (client: Client, id: string, expectedVersion: number, side: string, scores: unknown[]) =>
    client.gql(`mutation($input: SaveScoresInput!) { saveScores(input: $input) { ${A} } }`, { input: { id, expectedVersion, side, scores } });
  const step = (client: Client, name: string, id: string, expectedVersion: number, extra: Record<string, unknown> = {}) =>
    client.gql(`mutation($input: ${name === 'returnAssessment' ? 'ReturnAssessmentInput' : 'AssessmentTransitionInput'}!) { ${name}(input: $input) { ${A} } }`, {
      input: { id, expectedVersion, ...extra },
    });

  let tableId: string;
  beforeAll(async () => {
    tableId = await publishedTable('QN-KCCQ-4T-2023');
  });

  it('refuses a draft table and a wrong kind of organisation', async () => {
    const draft = await newTable('QN-KCCQ-DRAFT');
    const create = (input: Record<string, unknown>) => server.gql(`mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`, { input });
    expectError(await create({ organizationId: ids.cell1, tableId: draft.id, period: '2023' }), 'VALIDATION_FAILED', 'input.tableId');
    expectError(await create({ organizationId: ids.bloc, tableId, period: '2023' }), 'VALIDATION_FAILED', 'input.organizationId');
    expectError(await create({ organizationId: ids.cell1, tableId, period: '2023-Q5' }), 'VALIDATION_FAILED', 'input.period');
    expectError(await create({ organizationId: ids.cell1, tableId, period: '2999' }), 'VALIDATION_FAILED', 'input.period');
  });

  it('goes draft → submitted → returned → submitted → approved, each step by the right person', async () => {
    const created = await cellStaff.data(`mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { ${A} } }`, { input: { organizationId: ids.cell1, tableId, period: '2023' } });
    let a = created.createAssessment;
    expect(a.status).toBe('DRAFT');

    // Self scores: 95 points exactly reaches "4 good".
    const res = await saveScores(cellStaff, a.id, a.lockVersion, 'SELF', full({ 'I.1': 20 }));
    expect(res.errors).toBeUndefined();
    a = res.data.saveScores;
    expect(a.selfResult).toMatchObject({ total: 95, level: 'EXCELLENT', fourGood: true, complete: true });
    // 94.99 does not.
    a = (await saveScores(cellStaff, a.id, a.lockVersion, 'SELF', full({ 'I.1': 19.99 }))).data.saveScores;
    expect(a.selfResult).toMatchObject({ total: 94.99, fourGood: false });
    expect(a.selfResult.explanation).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'LOST_POINTS', itemCode: 'I.1' })]));

    const before = await snapshot(server);
    expectError(await saveScores(cellStaff, a.id, a.lockVersion, 'SELF', [{ itemCode: 'I.1', points: 26 }]), 'VALIDATION_FAILED', 'input.scores[0].points');
    expectError(await saveScores(cellStaff, a.id, a.lockVersion, 'SELF', [{ itemCode: 'II.2', points: 5 }]), 'VALIDATION_FAILED');
    expectError(await saveScores(cellStaff, a.id, a.lockVersion, 'SELF', [{ itemCode: 'ZZ', points: 1 }]), 'VALIDATION_FAILED', 'input.scores[0].itemCode');
    expectError(await saveScores(cellStaff, a.id, a.lockVersion - 1, 'SELF', full()), 'CONFLICT', 'input.expectedVersion');
    expectError(await saveScores(cellStaff, a.id, a.lockVersion, 'REVIEW', full()), 'FORBIDDEN');
    expectError(await step(bloc, 'approveAssessment', a.id, a.lockVersion), 'CONFLICT');
    expect(await snapshot(server)).toBe(before);

    a = (await step(cellStaff, 'submitAssessment', a.id, a.lockVersion)).data.submitAssessment;
    expect(a.status).toBe('SUBMITTED');
    expectError(await saveScores(cellStaff, a.id, a.lockVersion, 'SELF', full()), 'CONFLICT');
    expectError(await step(cellStaff, 'approveAssessment', a.id, a.lockVersion), 'FORBIDDEN');
    expectError(await step(bloc, 'returnAssessment', a.id, a.lockVersion, { reason: '  ' }), 'VALIDATION_FAILED', 'input.reason');

    a = (await step(bloc, 'returnAssessment', a.id, a.lockVersion, { reason: 'Thiếu minh chứng nội dung II' })).data.returnAssessment;
    expect(a).toMatchObject({ status: 'RETURNED', returnReason: 'Thiếu minh chứng nội dung II' });
    a = (await saveScores(cellStaff, a.id, a.lockVersion, 'SELF', full({ 'I.1': 25 }))).data.saveScores;
    a = (await step(cellStaff, 'submitAssessment', a.id, a.lockVersion)).data.submitAssessment;

    // The superior reviews: a member was disciplined (veto) → no "4 good", level at most good.
    a = (await saveScores(bloc, a.id, a.lockVersion, 'REVIEW', [{ itemCode: 'V.1', yes: true, note: 'Đồng chí A bị khiển trách' }])).data.saveScores;
    expect(a.finalResult).toMatchObject({ total: 100, level: 'GOOD', fourGood: false });
    a = (await step(bloc, 'approveAssessment', a.id, a.lockVersion)).data.approveAssessment;
    expect(a).toMatchObject({ status: 'APPROVED', total: 100, level: 'GOOD', fourGood: false });

    const final = await snapshot(server);
    expectError(await saveScores(bloc, a.id, a.lockVersion, 'REVIEW', full()), 'CONFLICT');
    expectError(await step(bloc, 'returnAssessment', a.id, a.lockVersion, { reason: 'Xem lại' }), 'CONFLICT');
    expect(await snapshot(server)).toBe(final);
  });

  it('rolls up registered / evaluated / reached, and shows what another version would change', async () => {
    for (const n of [2, 3, 4]) {
      await server.data(`mutation($input: RegisterForModelInput!) { registerForModel(input: $input) { fromYear } }`, { input: { organizationId: ids[`cell${n}`], model: 'FOUR_GOOD_CELL', fromYear: 2023, toYear: 2025 } });
      let a = (await bloc.data(`mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id lockVersion } }`, { input: { organizationId: ids[`cell${n}`], tableId, period: '2023' } })).createAssessment;
      // Self scores by someone other than the approver (separation of duties).
      a = (await saveScores(server, a.id, a.lockVersion, 'SELF', full({ 'I.1': 25 - n }))).data.saveScores;
      a = (await step(server, 'submitAssessment', a.id, a.lockVersion)).data.submitAssessment;
      expect((await step(bloc, 'approveAssessment', a.id, a.lockVersion)).data.approveAssessment.status).toBe('APPROVED');
    }
    const rollup = await bloc.data(`query($id: ID!) { node(id: $id) { ... on Organization { fourGood(year: 2023) { registered evaluated reached } } } }`, { id: ids.bloc });
    // cell1 (veto) + cells 2, 3, 4 at 98, 97, 96 (all 4 good).
    expect(rollup.node.fourGood).toEqual({ registered: 3, evaluated: 4, reached: 3 });

    // A stricter draft (threshold 97) would drop cell 4.
    const v2 = (await server.data(`mutation($id: ID!) { newCriteriaTableVersion(id: $id) { id lockVersion } }`, { id: tableId })).newCriteriaTableVersion;
    await server.data(`mutation($input: SaveCriteriaTableInput!) { saveCriteriaTable(input: $input) { problems { code } } }`, {
      input: { id: v2.id, expectedVersion: v2.lockVersion, outcome: { fourGoodThreshold: 97 }, groups: GROUPS, items: ITEMS },
    });
    const whatIf = await bloc.data(`query($org: ID!, $table: ID!) { whatIf(organizationId: $org, model: FOUR_GOOD_CELL, period: "2023", tableId: $table) { assessed current { fourGood } candidate { fourGood } changed { assessment { organization { code } } currentFourGood candidateFourGood } } }`, {
      org: ids.bloc,
      table: v2.id,
    });
    expect(whatIf.whatIf).toMatchObject({ assessed: 4, current: { fourGood: 3 }, candidate: { fourGood: 2 } });
    expect(whatIf.whatIf.changed).toEqual([{ assessment: { organization: { code: 'CB-CQ-4' } }, currentFourGood: true, candidateFourGood: false }]);
  });
});

describe('ratings', () => {
  it('counts levels with percentages, checks the 20% excellent cap, and follows a transfer', async () => {
    const levels = ['EXCELLENT', 'EXCELLENT', 'GOOD', 'GOOD', 'GOOD', 'COMPLETED'];
    for (const [i, level] of levels.entries()) {
      const res = await bloc.gql(`mutation($input: RecordRatingInput!) { recordRating(input: $input) { level } }`, { input: { organizationId: ids[`cell${i + 1}`], year: 2024, level } });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    }
    const q = `query($id: ID!) { node(id: $id) { ... on Organization { ratingDistribution(year: 2024, subject: ORGANIZATION) { rated levels { level count percent } } excellentCapExcesses(year: 2024) { superior { code } good excellent allowed over } } } }`;
    const data = await bloc.data(q, { id: ids.bloc });
    expect(data.node.ratingDistribution.rated).toBe(6);
    expect(data.node.ratingDistribution.levels).toEqual([
      { level: 'EXCELLENT', count: 2, percent: 33.3 },
      { level: 'GOOD', count: 3, percent: 50 },
      { level: 'COMPLETED', count: 1, percent: 16.7 },
      { level: 'NOT_COMPLETED', count: 0, percent: 0 },
    ]);
    // 3 good → 0 excellent allowed at 20%: the bloc is over by 2.
    expect(data.node.excellentCapExcesses).toEqual([{ superior: { code: 'K-CQ' }, good: 3, excellent: 2, allowed: 0, over: 2 }]);
    expectError(await cellStaff.gql(`mutation($input: RecordRatingInput!) { recordRating(input: $input) { level } }`, { input: { organizationId: ids.cell1, year: 2024, level: 'EXCELLENT' } }), 'FORBIDDEN');
    expectError(await bloc.gql(`mutation($input: RecordRatingInput!) { recordRating(input: $input) { level } }`, { input: { organizationId: ids.cell1, year: 1999, level: 'GOOD' } }), 'VALIDATION_FAILED', 'input.year');

    // A cell moved to another bloc in 2025 still counts with the first bloc for 2024.
    const other = await createOrg(server, { code: 'K-DN', name: 'Đảng bộ Khối doanh nghiệp tỉnh', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'BLOC', parentId: ids.province, foundedOn: '2006-08-01' });
    await server.data(`mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { id } }`, { input: { id: ids.cell6, newParentId: other, effectiveOn: '2025-02-01' } });
    const after = await server.data(`query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Organization { ratingDistribution(year: 2024, subject: ORGANIZATION) { rated } } } b: node(id: $b) { ... on Organization { ratingDistribution(year: 2024, subject: ORGANIZATION) { rated } } } }`, { a: ids.bloc, b: other });
    expect(after.a.ratingDistribution.rated).toBe(6);
    expect(after.b.ratingDistribution.rated).toBe(0);
  });
});

describe('the excellent cap, per kind or together', () => {
  it('compares each kind under one superior apart by default (Regulation 366 as read here), or all together when asked', async () => {
    for (const n of [1, 2]) {
      ids[`committee${n}`] = await createOrg(server, { code: `DB-CQ-${n}`, name: `Đảng bộ cơ quan số ${n}`, kind: 'GRASSROOTS_COMMITTEE', parentId: ids.bloc, foundedOn: '2010-01-01' });
    }
    const record = (organizationId: string, level: string) => bloc.data(`mutation($input: RecordRatingInput!) { recordRating(input: $input) { level } }`, { input: { organizationId, year: 2022, level } });
    await record(ids.cell1!, 'EXCELLENT');
    for (const n of [2, 3, 4, 5]) await record(ids[`cell${n}`]!, 'GOOD');
    for (const n of [1, 2]) await record(ids[`committee${n}`]!, 'GOOD');
    const q = `query($id: ID!) { node(id: $id) { ... on Organization {
      perKind: excellentCapExcesses(year: 2022) { superior { code } kind good excellent allowed over }
      explicit: excellentCapExcesses(year: 2022, scope: PER_KIND) { kind over }
      together: excellentCapExcesses(year: 2022, scope: TOGETHER) { superior { code } kind good excellent allowed over }
      cells: ratingDistribution(year: 2022, subject: ORGANIZATION, filter: { kinds: [GRASSROOTS_CELL] }) { rated }
      committees: ratingDistribution(year: 2022, subject: ORGANIZATION, filter: { kinds: [GRASSROOTS_COMMITTEE] }) { rated }
      agency: ratingDistribution(year: 2022, subject: ORGANIZATION, filter: { cellTypes: [AGENCY] }) { rated } } } }`;
    const data = await bloc.data(q, { id: ids.bloc });
    // Cells: 4 good allow 0 excellent, 1 is over; the committees have no excellent.
    expect(data.node.perKind).toEqual([{ superior: { code: 'K-CQ' }, kind: 'GRASSROOTS_CELL', good: 4, excellent: 1, allowed: 0, over: 1 }]);
    expect(data.node.explicit).toEqual([{ kind: 'GRASSROOTS_CELL', over: 1 }]);
    // Together: 6 good allow 1 excellent.
    expect(data.node.together).toEqual([]);
    expect([data.node.cells.rated, data.node.committees.rated, data.node.agency.rated]).toEqual([5, 2, 5]);
  });
});
