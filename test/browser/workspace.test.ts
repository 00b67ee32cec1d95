import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '@fourgood/rules';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { ADMIN_DIR, SHOTS, launchChromium, requireBrowserParts, stillForPicture } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The analyst workspace and the leaders' charts in a real browser over the demo data: an analyst
 * runs a query in GraphiQL, sees it as a table, exports CSV and XLSX, saves the query and finds it
 * in the list; the organisation page shows the ratings and "4 good" charts. Needs
 * `pnpm --filter @fourgood/admin build` first; screenshots go to test/artifacts/screenshots/.
 */

const ANALYST = { username: 'phantich', password: 'demo-analyst-2026' };
const LEADER = { username: 'lanhdao.dienbien', password: 'demo-leader-2026' };
const LAST_YEAR = Number(todayInVietnam().slice(0, 4)) - 1;

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const ids: Record<string, string> = {};

const QUERY = `query Provinces {
  provinces(first: 50) {
    totalCount
    nodes {
      code
      name
      stats {
        members
        organizations
      }
    }
  }
}`;

async function signIn(user: { username: string; password: string }) {
  await page.goto(`${server.url}/login`);
  await page.locator('input[autocomplete="username"]').fill(user.username);
  await page.locator('input[autocomplete="current-password"]').fill(user.password);
  await page.locator('[data-testid="login-form"] button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === '/');
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
  await page.mouse.move(2, (page.viewportSize()?.height ?? 768) - 2);
  await stillForPicture(page);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: options.fullPage ?? true });
}

/** A picture of one part of the page, taken from the full page so that the sticky header does not cover it. */
async function shotOf(testId: string, name: string) {
  await page.mouse.move(2, 2);
  await stillForPicture(page);
  const box = await page.getByTestId(testId).boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  if (!box) throw new Error(`${testId} is not visible`);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true, clip: { x: box.x, y: box.y + scrollY, width: box.width, height: box.height } });
}

/** Waits until GraphiQL's operation editor (Monaco) shows this text (its first line). */
async function editorShows(text: string) {
  const firstLine = text.split('\n')[0]!.trim();
  await page.waitForFunction((line) => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.replace(/\s+/g, ' ').includes(line), firstLine, { timeout: 30_000 });
}

/**
 * Opens the workspace with a query in the editor through its address (`?query=`), the way a shared
 * link does, and waits until the editor is ready and shows it. (Simulated paste into Monaco raced
 * with the editor's own start-up on a busy machine.)
 */
async function openWithQuery(text: string) {
  await page.goto(`${server.url}/workspace?query=${encodeURIComponent(text)}`);
  await page.locator('[data-testid="editor-card"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await editorShows(text);
}

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR }, prepare: (orm) => seedDemo(orm, { scale: 1 }).then(() => undefined) });
  const found = await server.data<{ qn: { id: string }; kccq: { id: string }; db: { id: string } }>(
    `{ qn: organization(code: "QN-QUANGNINH") { id } kccq: organization(code: "QN-KCCQ") { id } db: organization(code: "DB-DIENBIEN") { id } }`,
  );
  ids.qn = found.qn.id;
  ids.kccq = found.kccq.id;
  ids.db = found.db.id;

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  page = await context.newPage();
  page.on('response', async (r) => {
    if (r.status() >= 500) {
      const body = await r.text().catch((e) => `(body unreadable: ${String(e).slice(0, 80)})`);
      pageErrors.push(`HTTP ${r.status()} ${r.request().postDataJSON()?.operationName ?? r.url()} → ${body.slice(0, 300)}`);
    }
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) {
    await page.screenshot({ path: `${SHOTS}FAILED-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`, fullPage: true }).catch(() => undefined);
  }
});

afterAll(async () => {
  if (pageErrors.length) console.error('[browser errors]\n' + pageErrors.join('\n'));
  if (server?.internalErrors.length) console.error('[server errors]\n' + server.internalErrors.map(String).join('\n'));
  await browser?.close();
  await server?.close();
});

describe('the analyst workspace', () => {
  it('is in the menu for an analyst and opens GraphiQL on the app’s own endpoint', async () => {
    await signIn(ANALYST);
    await page.getByTestId('nav-workspace').click();
    await page.waitForURL('**/workspace');
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('current-query').textContent()).toContain('Truy vấn mới (chưa lưu)');
    expect(await page.getByTestId('result-panel').textContent()).toContain('Chạy một truy vấn');
  });

  it('runs a query and shows the first list of the result as a table with dotted columns', async () => {
    await openWithQuery(QUERY);
    // GraphiQL's run button, and the answer of the server, rather than a key press into a focus that may not be there yet.
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postDataJSON()?.query?.includes('provinces(first: 50)'));
    await page.locator('.graphiql-execute-button').click();
    expect((await answered).status()).toBe(200);
    const table = page.getByTestId('result-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor({ timeout: 15_000 });
    // Columns in words (the field names stay in the exports and on hover).
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Mã', 'Tên', 'Số liệu · Đảng viên', 'Số liệu · Tổ chức']));
    expect(await page.getByTestId('result-summary').textContent()).toContain('provinces.nodes');
    expect(await table.textContent()).toContain('QN-QUANGNINH');
    await shot('20-workspace-result', { fullPage: true });
  });

  it('exports the table to CSV (UTF-8 with BOM) and XLSX', async () => {
    await page.getByTestId('result-table').locator('tbody tr.ant-table-row').first().waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/^truy-van-\d{8}-\d{4}\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('code,name,stats.members,stats.organizations');
    const rows = await page.getByTestId('result-summary').textContent();
    expect(rows).toContain(`${lines.length - 1} dòng`);
    const qn = lines.find((l) => l.startsWith('QN-QUANGNINH,'));
    expect(qn).toMatch(/^QN-QUANGNINH,Đảng bộ tỉnh Quảng Ninh,\d+,\d+$/);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await xlsx.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('reads the result like a report: a chart of its shape and a pivot with totals', async () => {
    await page.getByTestId('result-table').locator('tbody tr.ant-table-row').first().waitFor();
    const members = (await page.getByTestId('result-table').locator('tbody tr.ant-table-row').evaluateAll((rows) =>
      rows.map((r) => Number((r.querySelectorAll('td')[2]?.textContent ?? '').replace(/\D/g, ''))),
    )) as number[];
    // The saved queries fold away and the editor takes the width.
    const narrow = (await page.getByTestId('editor-card').boundingBox())!.width;
    await page.getByTestId('toggle-saved').click();
    await page.waitForFunction((w) => document.querySelector('[data-testid="editor-card"]')!.getBoundingClientRect().width > w + 200, narrow);
    await page.getByTestId('toggle-saved').click();
    await page.waitForFunction((w) => Math.abs(document.querySelector('[data-testid="editor-card"]')!.getBoundingClientRect().width - w) < 2, narrow);
    // Two figures per province: bars.
    await page.getByTestId('result-view').getByText('Biểu đồ').click();
    await page.getByTestId('result-chart-bar').locator('svg').waitFor();
    await shot('20b-workspace-chart', { fullPage: true });
    // Provinces by code × name, members summed: the grand total is every province's members.
    await page.getByTestId('result-view').getByText('Bảng chéo').click();
    await page.getByTestId('pivot-table').waitFor();
    expect(Number((await page.getByTestId('pivot-total').textContent())!.replace(/\D/g, ''))).toBe(members.reduce((s, n) => s + n, 0));
    await shot('20c-workspace-pivot', { fullPage: true });
    await page.getByTestId('result-view').getByText('Bảng', { exact: true }).click();
    await page.getByTestId('result-table').waitFor();
  });

  it('names enum values in words, in their natural order, and draws a few parts of a whole as a pie', async () => {
    const query = '{ organization(code: "QN-QUANGNINH") { stats { membersByAgeBand { ageBand count } } } }';
    await openWithQuery(query);
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postDataJSON()?.query?.includes('membersByAgeBand'));
    await page.locator('.graphiql-execute-button').click();
    expect((await answered).status()).toBe(200);
    const table = page.getByTestId('result-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    expect((await table.locator('thead th').allTextContents()).filter(Boolean)).toEqual(['Độ tuổi', 'Số lượng']);
    const bands = await table.locator('tbody tr.ant-table-row td:first-child').allTextContents();
    expect(bands).toEqual(['Từ 30 tuổi trở xuống', 'Từ 31 đến 40 tuổi', 'Từ 41 đến 50 tuổi', 'Từ 51 đến 60 tuổi', 'Trên 60 tuổi']);
    // Sorting the column keeps the ages' order, not the alphabet's.
    await table.locator('thead th').first().click();
    expect(await table.locator('tbody tr.ant-table-row td:first-child').allTextContents()).toEqual(bands);
    await page.getByTestId('result-view').getByText('Biểu đồ').click();
    await page.getByTestId('result-chart-pie').locator('svg').waitFor();
    expect(await page.getByTestId('result-chart-pie').textContent()).toContain('Trên 60 tuổi');
    await shot('20d-workspace-pie', { fullPage: true });
    await openWithQuery(QUERY);
  });

  it('saves the query (name, description, shared) and finds it in the list', async () => {
    await page.getByTestId('save-query').click();
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('save-form') });
    await dialog.waitFor();
    await page.getByTestId('save-name').fill('Đảng viên theo tỉnh');
    await page.getByTestId('save-description').fill('Số đảng viên và tổ chức đảng của từng đảng bộ tỉnh, thành phố');
    await page.getByTestId('save-shared').click();
    await shot('21-workspace-save-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const item = page.locator('[data-testid="saved-query-item"][data-name="Đảng viên theo tỉnh"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('Chia sẻ');
    expect(await page.getByTestId('current-query').textContent()).toContain('Đảng viên theo tỉnh');

    // Still there after a reload, and opening it puts the query back in the editor.
    await openWithQuery('{ viewer { user { username } } }');
    await item.waitFor();
    await item.click();
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.replace(/\s+/g, ' ').includes('provinces(first: 50)'));
    await shot('22-workspace-saved', { fullPage: false });
  });

  it('is not offered to a leader, and says why at its address', async () => {
    await signOut();
    await signIn(LEADER);
    expect(await page.getByTestId('nav-workspace').count()).toBe(0);
    await page.goto(`${server.url}/workspace`);
    await page.getByTestId('workspace-forbidden').waitFor();
  });
});

describe('charts for leaders on the organisation page', () => {
  it('shows the rating distributions, "4 good" and the trend of the last full year', async () => {
    await page.goto(`${server.url}/org/${ids.db}`);
    await page.getByTestId('org-charts').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('org-charts').getAttribute('data-year')).toBe(String(LAST_YEAR));
    await page.locator('[data-testid="chart-organizations"] svg').first().waitFor();
    await page.locator('[data-testid="chart-members"] svg').first().waitFor();
    await page.locator('[data-testid="chart-trend"] svg').first().waitFor();
    expect(await page.getByTestId('chart-organizations').textContent()).toContain('Hoàn thành xuất sắc');
    await shot('23-org-page-leader', { fullPage: false });
    await shotOf('ratings-section', '23b-org-charts-leader');
  });

  it('shows the 2023 "4 good" pilot of the Provincial Agencies Bloc', async () => {
    await signOut();
    await signIn(ANALYST);
    await page.goto(`${server.url}/org/${ids.kccq}?year=2023`);
    await page.getByTestId('org-charts').waitFor({ timeout: 20_000 });
    const fourGood = page.getByTestId('chart-four-good');
    await fourGood.locator('svg').first().waitFor();
    expect(await fourGood.textContent()).toContain('47');
    await shotOf('ratings-section', '24-org-charts-4good-2023');
  });

  it('loaded without script errors in the page', () => {
    // HTTP failures are listed in afterAll's log; a script error or a React warning fails the run.
    expect(pageErrors.filter((e) => !/Download the React DevTools|^Failed to load resource|^HTTP \d+/.test(e))).toEqual([]);
  });
});
