import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR, SHOTS, launchChromium, phoneShot, requireBrowserParts, stillForPicture } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Staff screens in a real browser over a real server: a clerk of the agency bloc edits a criteria
 * table like a spreadsheet (the sum against the total told next to the cell, keyboard moves,
 * publishing, a new version, comparing, export and a refused import), a cell's clerk scores the
 * cell (the "4 good" line at 95 points decided in the browser while typing) and submits, and the
 * bloc's clerk approves. Needs `pnpm --filter @fourgood/admin build` first; screenshots go to
 * test/artifacts/screenshots/criteria-*.png.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const ids: Record<string, string> = {};
const pageErrors: string[] = [];

const BLOC_STAFF = { username: 'canbo.khoicq', password: 'canbo.khoicq-password-1' };
const CELL_STAFF = { username: 'canbo.attp', password: 'canbo.attp-password-1' };

const GROUPS = [
  { code: 'I', title: 'Lãnh đạo thực hiện tốt nhiệm vụ chính trị', minPoints: null },
  { code: 'II', title: 'Chất lượng sinh hoạt tốt', minPoints: null },
  { code: 'III', title: 'Đoàn kết, kỷ luật tốt', minPoints: null },
  { code: 'IV', title: 'Cán bộ, đảng viên tốt', minPoints: null },
];
const ITEMS = [
  { code: 'I.1', groupCode: 'I', text: 'Lãnh đạo hoàn thành nhiệm vụ chuyên môn của cơ quan', kind: 'SCORED', maxPoints: 25, guidance: 'Căn cứ báo cáo tổng kết năm' },
  { code: 'II.1', groupCode: 'II', text: 'Sinh hoạt định kỳ đủ 12 kỳ, đúng ngày 4–10 hằng tháng', kind: 'SCORED', maxPoints: 15 },
  { code: 'II.2', groupCode: 'II', text: 'Sinh hoạt chuyên đề ít nhất mỗi quý một lần', kind: 'YES_NO', maxPoints: 10 },
  { code: 'III.1', groupCode: 'III', text: 'Nội bộ đoàn kết, không có đảng viên vi phạm kỷ luật', kind: 'SCORED', maxPoints: 25 },
  { code: 'IV.1', groupCode: 'IV', text: 'Đảng viên hoàn thành tốt nhiệm vụ trở lên', kind: 'SCORED', maxPoints: 25 },
  { code: 'B.1', groupCode: 'IV', text: 'Được cấp trên khen thưởng trong năm', kind: 'BONUS', maxPoints: 5 },
  { code: 'D.1', groupCode: 'III', text: 'Có đảng viên bị nhắc nhở, phê bình', kind: 'DEDUCTION', maxPoints: 5 },
  { code: 'V.1', groupCode: 'III', text: 'Có đảng viên bị kỷ luật từ khiển trách trở lên', kind: 'VETO', maxPoints: 0, vetoEffect: 'BLOCKS_TOP' },
];
const PERIOD = String(new Date().getUTCFullYear() - 1);

async function signIn(user: { username: string; password: string }) {
  await page.locator('input[autocomplete="username"]').fill(user.username);
  await page.locator('input[autocomplete="current-password"]').fill(user.password);
  await page.locator('[data-testid="login-form"] button[type="submit"]').click();
}

/**
 * Switching users between steps: the session ends through the API and the sign-in page is opened
 * (signing out from the account menu is a journey of its own, in explore.test.ts).
 */
async function signOut() {
  const res = await page.request.post(`${server.url}/graphql`, { data: { query: 'mutation { logout }' } });
  expect(res.ok()).toBe(true);
  await page.goto(`${server.url}/login`);
  await page.locator('input[autocomplete="username"]').waitFor();
}

async function shot(name: string, options: { fullPage?: boolean } = {}) {
  // A full-page picture from the top, so the sticky header sits where the clerk sees it.
  if (options.fullPage ?? true) await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(2, (page.viewportSize()?.height ?? 900) - 2);
  await stillForPicture(page);
  await page.screenshot({ path: `${SHOTS}criteria-${name}.png`, fullPage: options.fullPage ?? true });
}

async function settled() {
  await page.waitForLoadState('networkidle');
  await page.locator('[data-testid="page-loading"], .ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/** Focuses a cell's input and replaces its text by typing, as a clerk does. */
async function typeInto(testId: string, text: string) {
  const input = page.locator(`:is(input, textarea)[data-testid="${testId}"], [data-testid="${testId}"] :is(input, textarea)`).first();
  await input.click();
  await input.press('Control+A');
  await page.keyboard.type(text);
}

/** The data-testid of the cell holding the focus. */
async function focusedCell(): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.closest('[data-testid^="cell-"]')?.getAttribute('data-testid') ?? el?.getAttribute('data-testid') ?? null;
  });
}

async function confirmPopover(okText: string) {
  await page.locator('.ant-popconfirm:not(.ant-popover-hidden)').getByRole('button', { name: okText }).click();
}

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR } });

  const org = async (key: string, input: Record<string, unknown>) => {
    const res = await server.data<{ createOrganization: { id: string } }>(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input });
    ids[key] = res.createOrganization.id;
  };
  await org('province', { code: 'QN', name: 'Đảng bộ tỉnh Quảng Ninh', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1963-10-30' });
  await org('bloc', { code: 'QN-KCCQ', name: 'Đảng bộ Khối các cơ quan tỉnh', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'BLOC', parentId: ids.province, foundedOn: '2006-08-01' });
  await org('cell', { code: 'QN-KCCQ-ATTP', name: 'Chi bộ Chi cục An toàn vệ sinh thực phẩm', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.bloc, foundedOn: '2010-01-01' });
  await org('cell2', { code: 'QN-KCCQ-VP', name: 'Chi bộ Văn phòng Sở Y tế', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.bloc, foundedOn: '2010-01-01' });

  const created = await server.data<{ createCriteriaTable: { id: string; lockVersion: number } }>(
    `mutation($input: CreateCriteriaTableInput!) { createCriteriaTable(input: $input) { id lockVersion } }`,
    { input: { seriesCode: 'QN-KCCQ-4T-CQ', name: 'Bảng tiêu chí chi bộ 4 tốt khối cơ quan', model: 'FOUR_GOOD_CELL', cellType: 'AGENCY', ownerId: ids.bloc } },
  );
  ids.table = created.createCriteriaTable.id;
  await server.data(`mutation($input: SaveCriteriaTableInput!) { saveCriteriaTable(input: $input) { table { id } } }`, {
    input: { id: ids.table, expectedVersion: created.createCriteriaTable.lockVersion, groups: GROUPS, items: ITEMS },
  });

  await server.userWith(BLOC_STAFF.username, [{ role: 'STAFF', organizationId: ids.bloc }]);
  await server.userWith(CELL_STAFF.username, [{ role: 'STAFF', organizationId: ids.cell }]);

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 500) pageErrors.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()} ${r.request().postData()?.slice(0, 200) ?? ''}`);
  });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) {
    await page.screenshot({ path: `${SHOTS}FAILED-criteria-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`, fullPage: true }).catch(() => undefined);
  }
});

afterAll(async () => {
  if (pageErrors.length) console.error('[browser errors]\n' + pageErrors.join('\n'));
  await browser?.close();
  await server?.close();
});

describe('criteria tables', () => {
  it('lists the tables by model from the staff menu', async () => {
    await page.goto(`${server.url}/login`);
    await signIn(BLOC_STAFF);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('nav-criteria').click();
    await page.waitForURL('**/criteria');
    await page.getByTestId('model-FOUR_GOOD_CELL').waitFor();
    await settled();
    const list = page.getByTestId('criteria-table-list');
    expect(await list.textContent()).toContain('Bảng tiêu chí chi bộ 4 tốt khối cơ quan');
    expect(await list.textContent()).toContain('Bản nháp');
    expect(await list.textContent()).toContain('Đảng bộ Khối các cơ quan tỉnh');
    await shot('01-list');
  });

  it('edits an item like a spreadsheet and tells the sum against 100 next to the cell', async () => {
    await page.getByTestId('criteria-link').first().click();
    await page.waitForURL(`**/criteria/${ids.table}`);
    await page.getByTestId('criteria-grid').waitFor();
    await settled();
    expect(await page.getByTestId('sum-value').textContent()).toBe('100');
    expect(await page.getByTestId('publish').isEnabled()).toBe(true);

    await typeInto('cell-I.1-maxPoints', '20');
    await page.getByTestId('sum-value').filter({ hasText: '95' }).waitFor();
    const cell = page.getByTestId('cell-I.1-maxPoints');
    expect(await cell.textContent()).toContain('Tổng các tiêu chí: 95/100');
    expect(await cell.getAttribute('class')).toContain('fg-error');
    expect(await page.getByTestId('sum-status').textContent()).toContain('Còn thiếu 5 điểm');
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);
    expect(await page.getByTestId('problems').textContent()).toContain('Tổng điểm các tiêu chí là 95, chưa bằng tổng điểm của bảng (100).');

    // Enter goes down the column (over the group row), Tab goes right (over cells a scored item does not have).
    await page.keyboard.press('Enter');
    expect(await focusedCell()).toBe('cell-II.1-maxPoints');
    await page.keyboard.press('Tab');
    expect(await focusedCell()).toBe('cell-II.1-guidance');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell()).toBe('cell-II.1-maxPoints');
    await page.keyboard.press('ArrowUp');
    expect(await focusedCell()).toBe('cell-I.1-maxPoints');
    await shot('02-sum-mismatch');
    await phoneShot(page, `${SHOTS}criteria-02c-editor-390.png`);

    // A half-typed number is told in words too.
    await typeInto('cell-II.1-maxPoints', '1x');
    await page.getByTestId('cell-II.1-maxPoints').filter({ hasText: 'Cần nhập một số' }).waitFor();
    await typeInto('cell-II.1-maxPoints', '15');
    await typeInto('cell-II.1-text', 'Sinh hoạt định kỳ đủ 12 kỳ trong năm, đúng ngày 4–10 hằng tháng');

    await typeInto('cell-I.1-maxPoints', '25');
    await page.getByTestId('sum-value').filter({ hasText: '100' }).waitFor();
    expect(await page.getByTestId('cell-I.1-maxPoints').textContent()).not.toContain('Tổng các tiêu chí');
    expect(await page.getByTestId('problems').count()).toBe(0);
    expect(await page.getByTestId('publish').isDisabled()).toBe(true); // unsaved changes first
  });

  it('saves, publishes the version and shows it read-only', async () => {
    await page.getByTestId('save').click();
    await page.getByText('Đã lưu bảng tiêu chí.').waitFor();
    await page.getByTestId('dirty').waitFor({ state: 'detached' });
    await page.getByTestId('publish').click();
    await confirmPopover('Ban hành');
    await page.getByTestId('table-status').filter({ hasText: 'Đã ban hành' }).waitFor();
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByTestId('criteria-grid').locator('textarea, input').count()).toBe(0);
    expect(await page.getByTestId('cell-II.1-text').textContent()).toContain('Sinh hoạt định kỳ đủ 12 kỳ trong năm');
    await settled();
    await shot('03-published');
  });

  it('makes a new version and compares it with the published one, side by side', async () => {
    await page.getByTestId('new-version').click();
    await page.waitForURL((url) => url.pathname.startsWith('/criteria/') && !url.pathname.endsWith(ids.table));
    await page.getByTestId('table-name-input').waitFor();
    expect(await page.getByTestId('criteria-editor').textContent()).toContain('Phiên bản 2');
    ids.table2 = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

    await typeInto('cell-I.1-text', 'Lãnh đạo cơ quan hoàn thành xuất sắc nhiệm vụ chuyên môn');
    await page.getByTestId('save').click();
    await page.getByTestId('dirty').waitFor({ state: 'detached' });

    await page.getByTestId('compare').click();
    await page.getByTestId('compare-summary').waitFor();
    expect(await page.getByTestId('diff-I.1').textContent()).toBe('Sửa đổi');
    expect(await page.getByTestId('compare-summary').textContent()).toContain('1 tiêu chí sửa đổi');
    await shot('04-compare', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByTestId('compare').waitFor();
  });

  it('explains that someone else saved in between, and reloads their version', async () => {
    await typeInto('cell-II.2-text', 'Sinh hoạt chuyên đề mỗi quý một lần, có cấp ủy cấp trên dự');
    await page.getByTestId('dirty').waitFor();
    // Meanwhile another clerk saves the same draft.
    const TABLE = `lockVersion groups { code title minPoints } items { code groupCode text guidance kind maxPoints vetoEffect metric }`;
    const now = await server.data<{ criteriaTable: { lockVersion: number; groups: unknown[]; items: Array<{ code: string; text: string }> } }>(`query($id: ID!) { criteriaTable(id: $id) { ${TABLE} } }`, { id: ids.table2 });
    const items = now.criteriaTable.items.map((i) => (i.code === 'IV.1' ? { ...i, text: 'Đảng viên hoàn thành tốt nhiệm vụ trở lên, không có đảng viên không hoàn thành' } : i));
    await server.data(`mutation($input: SaveCriteriaTableInput!) { saveCriteriaTable(input: $input) { table { id } } }`, {
      input: { id: ids.table2, expectedVersion: now.criteriaTable.lockVersion, groups: now.criteriaTable.groups, items },
    });

    await page.getByTestId('save').click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.locator('.ant-modal-confirm-title').filter({ hasText: 'Người khác vừa lưu bảng này' }).waitFor();
    await page.getByTestId('conflict').waitFor();
    await shot('04b-conflict', { fullPage: false });
    await dialog.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await page.getByTestId('conflict').waitFor({ state: 'detached' });
    expect(await page.getByTestId('cell-IV.1-text').locator('textarea').inputValue()).toContain('không có đảng viên không hoàn thành');
    expect(await page.getByTestId('cell-II.2-text').locator('textarea').inputValue()).toBe('Sinh hoạt chuyên đề ít nhất mỗi quý một lần');
    expect(await page.getByTestId('dirty').count()).toBe(0);
  });

  it('exports the table for Excel and refuses a file with bad rows, saying which', async () => {
    await page.getByTestId('export').hover();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'CSV (.csv)' }).click();
    expect((await download).suggestedFilename()).toBe('QN-KCCQ-4T-CQ-v2.csv');

    await page.getByTestId('import').click();
    await page.getByTestId('import-dialog').waitFor();
    const csv = [
      'group,group_title,item,text,kind,max_points,veto_effect,guidance,metric',
      'I,Lãnh đạo,I.1,Lãnh đạo hoàn thành nhiệm vụ,SCORED,25,,,',
      'II,Sinh hoạt,II.1,Sinh hoạt định kỳ,CHẤM,mười lăm,,,',
    ].join('\r\n');
    await page.getByTestId('import-dialog').locator('input[type="file"]').setInputFiles({ name: 'tieu-chi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-errors').waitFor();
    const errors = await page.getByTestId('import-errors').textContent();
    expect(errors).toContain('Chưa có gì được lưu');
    expect(errors).toContain('Loại «CHẤM» không hợp lệ');
    expect(errors).toContain('«mười lăm» không phải là số');
    await shot('05-import-errors', { fullPage: false });
    await page.getByTestId('import-dialog').press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    // Nothing was saved: the draft keeps its items.
    expect(await page.getByTestId('cell-IV.1-text').count()).toBe(1);
  });
});

describe('scoring', () => {
  it('lets the cell’s clerk open an assessment on the published table', async () => {
    await signOut();
    await signIn(CELL_STAFF);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('nav-assessments').click();
    await page.waitForURL('**/assessments');
    await settled();
    await page.getByTestId('new-assessment').click();
    await page.getByTestId('new-assessment-form').waitFor();
    // The clerk's only organisation, the "4 good cell" model and the published version are chosen already.
    await page.getByTestId('new-assessment-table').filter({ hasText: 'v1' }).waitFor();
    expect(await page.getByTestId('new-assessment-org').textContent()).toContain('Chi bộ Chi cục An toàn vệ sinh thực phẩm');
    expect(await page.getByTestId('new-assessment-period').inputValue()).toBe(PERIOD);
    await shot('06-new-assessment', { fullPage: false });
    await page.getByTestId('create-assessment').click();
    await page.waitForURL(/\/assessments\/[^/]+$/);
    await page.getByTestId('score-sheet').waitFor();
    await settled();
  });

  it('scores down the column from the keyboard and decides "4 good" at the 95-point line while typing', async () => {
    await page.getByTestId('self-I.1').click();
    // Items in table order: I.1, II.1, II.2 (yes/no), III.1, D.1 (deduction), V.1 (veto), IV.1, B.1 (bonus).
    await page.keyboard.type('19,99');
    for (const key of ['Enter', '15', 'Tab', 'c', 'Enter', '25', 'Enter', '0', 'Tab', 'k', 'Enter', '25', 'Enter', '0']) {
      if (key.length > 1 && !/^\d+$/.test(key)) await page.keyboard.press(key);
      else await page.keyboard.type(key);
    }
    expect(await page.getByTestId('self-II.2').getAttribute('data-value')).toBe('yes');
    expect(await page.getByTestId('self-V.1').getAttribute('data-value')).toBe('no');
    await page.getByTestId('self-total').filter({ hasText: '94,99' }).first().waitFor();
    expect(await page.getByTestId('self-four-good').first().getAttribute('data-value')).toBe('no');
    expect(await page.getByTestId('self-result-explanation').textContent()).toContain('Chưa đạt “4 tốt”: tổng 94,99 điểm, dưới ngưỡng 95 (thiếu 0,01 điểm).');
    await shot('07-score-94.99');

    await typeInto('self-I.1', '20');
    await page.getByTestId('self-total').filter({ hasText: /^95$/ }).first().waitFor();
    expect(await page.getByTestId('self-four-good').first().getAttribute('data-value')).toBe('yes');
    expect(await page.getByTestId('self-result-explanation').textContent()).toContain('Đạt “4 tốt”: tổng 95 điểm, từ ngưỡng 95 trở lên.');
    expect(await page.getByTestId('self-sum-I').textContent()).toBe('20 / 25');

    // A score above the item's maximum is told next to the cell.
    await typeInto('self-III.1', '26');
    await page.getByText('Điểm phải từ 0 đến 25.').waitFor();
    await typeInto('self-III.1', '25');
    await page.getByText('Điểm phải từ 0 đến 25.').waitFor({ state: 'detached' });
    await shot('08-score-95');
    await phoneShot(page, `${SHOTS}criteria-08c-sheet-390.png`);
  });

  it('saves and submits to the superior', async () => {
    await page.getByTestId('save-scores').click();
    await page.getByText('Đã lưu điểm.').waitFor();
    await page.getByTestId('submit').click();
    await confirmPopover('Gửi cấp trên');
    await page.locator('[data-testid="assessment-status"][data-status="SUBMITTED"]').waitFor();
    // The unit can no longer change its scores.
    expect(await page.getByTestId('score-sheet').locator('input').count()).toBe(0);
    ids.assessment = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await settled();
    await shot('09-submitted');
  });

  it('lets the bloc’s clerk review and approve: final', async () => {
    await signOut();
    await signIn(BLOC_STAFF);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('nav-assessments').click();
    await page.getByTestId('assessments-table').getByTestId('assessment-link').first().click();
    await page.waitForURL(`**/assessments/${ids.assessment}`);
    await page.getByTestId('review-I.1').waitFor();
    await settled();
    expect(await page.getByTestId('final-total').first().textContent()).toBe('95');
    expect(await page.getByTestId('final-four-good').first().getAttribute('data-value')).toBe('yes');
    await shot('10-review');
    await page.getByTestId('approve').click();
    await confirmPopover('Phê duyệt');
    await page.locator('[data-testid="assessment-status"][data-status="APPROVED"]').waitFor();
    expect(await page.getByTestId('approved').textContent()).toContain('Đã phê duyệt: 95 điểm, Hoàn thành xuất sắc nhiệm vụ, Đạt “4 tốt”.');
    // The history reads the audit log again once the assessment is approved: wait for that entry.
    await page.getByTestId('history').getByText('Phê duyệt', { exact: false }).first().waitFor();
    expect(await page.getByTestId('history').textContent()).toContain('Phê duyệt');
    await settled();
    await shot('11-approved');

    await page.getByTestId('nav-assessments').click();
    await page.getByTestId('assessments-table').getByText('Đã phê duyệt').waitFor();
    await settled();
    await shot('12-assessments-list');
  });

  it('tries the new draft version on the period’s assessments (what if), saving nothing', async () => {
    await page.goto(`${server.url}/criteria/${ids.table2}`);
    await page.getByTestId('criteria-grid').waitFor();
    await typeInto('cell-I.1-maxPoints', '30');
    await typeInto('cell-II.1-maxPoints', '10');
    await page.getByTestId('save').click();
    await page.getByTestId('dirty').waitFor({ state: 'detached' });
    await page.getByTestId('what-if').click();
    await page.getByTestId('what-if-period').fill(PERIOD);
    expect(await page.getByTestId('what-if-period').inputValue()).toBe(PERIOD);
    // The click must send the question (a click that does nothing would be an app bug), and its answer must be shown.
    const asked = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postDataJSON()?.operationName === 'WhatIf');
    await page.getByTestId('what-if-run').click();
    const answer = (await (await asked).json()) as { data?: { whatIf?: { assessed: number } }; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.whatIf?.assessed).toBe(1);
    await page.getByTestId('what-if-assessed').waitFor();
    const result = await page.getByTestId('what-if-dialog').textContent();
    expect(result).toContain('1 phiếu được chấm lại');
    // 20 of 30 and 10 of 10: 90 points, excellent still, but no longer "4 good".
    expect(result).toContain('1 phiếu có kết quả hoặc tổng điểm thay đổi');
    expect(result).toContain('Chưa đạt “4 tốt”');
    await shot('12b-what-if', { fullPage: false });
    await page.keyboard.press('Escape');
  });

  it('reads in English too', async () => {
    await page.goto(`${server.url}/assessments/${ids.assessment}`);
    await page.getByTestId('language').getByText('English').click();
    await page.getByText('Why this outcome').first().waitFor();
    expect(await page.getByTestId('approved').textContent()).toContain('Approved: 95 points');
    await settled();
    await shot('13-english-assessment');
    await page.goto(`${server.url}/criteria/${ids.table2}`);
    await page.getByTestId('criteria-grid').waitFor();
    await settled();
    expect(await page.getByTestId('sum-status').textContent()).toContain('Matches the table total');
    await shot('14-english-editor');
    await page.getByTestId('language').getByText('Tiếng Việt').click();
  });

  it('logged no error in the browser console', () => {
    expect(pageErrors).toEqual([]);
  });
});
