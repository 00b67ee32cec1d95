import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { ADMIN_DIR, SHOTS, launchChromium, pageWidth, requireBrowserParts, seriousAxeViolations, signInThroughForm, stillForPicture } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue #13 §6 on the staff's screens, over the demo data, at 1280 px and at 390 px: axe-core finds
 * no serious or critical WCAG 2.1 A/AA violation on the criteria tables (list, a published table,
 * a draft and its import dialog), the data import screen, the organisations and members admin (a
 * member's record too), the
 * users, the audit log, the assessments (list and score sheet) and the meeting form; at 390 px none
 * is wider than the window. Then the keyboard: a refused save of the criteria editor moves the focus
 * to the cell at fault, and the attendance roll is one Tab stop with the arrow keys inside. (The
 * meeting, organisation and member forms' focus on a refused save: resilience.test.ts and
 * manage.test.ts.) Needs `pnpm --filter @fourgood/admin build`; screenshots in
 * test/artifacts/screenshots/a11y-*.png.
 */
const ADMIN = { username: 'admin', password: 'demo-admin-2026' };

let server: TestServer;
let browser: Browser;
const ids: Record<string, string> = {};
const pageErrors: string[] = [];

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR }, prepare: (orm) => seedDemo(orm, { scale: 1 }).then(() => undefined) });
  const data = await server.data<{
    criteriaTables: { nodes: Array<{ id: string; status: string; model: string; cellType: string | null }> };
    assessments: { nodes: Array<{ id: string }> };
    bloc: { id: string };
    cell: { id: string; members: { nodes: Array<{ id: string }> } };
  }>(`{
    criteriaTables(first: 50) { nodes { id status model cellType } }
    assessments(first: 1) { nodes { id } }
    bloc: organization(code: "QN-KCCQ") { id }
    cell: organization(code: "QN-KCCQ-SOYTE-02") { id members(first: 1) { nodes { id } } }
  }`);
  const published = data.criteriaTables.nodes.find((t) => t.status === 'PUBLISHED' && t.model === 'FOUR_GOOD_CELL' && t.cellType === 'AGENCY')!;
  ids.published = published.id;
  // A draft to edit: the next version of that table.
  const draft = await server.data<{ newCriteriaTableVersion: { id: string } }>(`mutation($id: ID!) { newCriteriaTableVersion(id: $id) { id } }`, { id: published.id });
  ids.draft = draft.newCriteriaTableVersion.id;
  ids.assessment = data.assessments.nodes[0]!.id;
  ids.bloc = data.bloc.id;
  ids.cell = data.cell.id;
  ids.member = data.cell.members.nodes[0]!.id;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  if (pageErrors.length) console.error('[browser errors]\n' + pageErrors.join('\n'));
  await browser?.close();
  await server?.close();
});

const SIZES = [
  { name: 'desktop', width: 1280, height: 800, phone: false },
  { name: 'phone', width: 390, height: 844, phone: true },
] as const;

describe.each(SIZES)('the staff screens at $width px', (size) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: size.width, height: size.height }, isMobile: size.phone, hasTouch: size.phone, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
    await signInThroughForm(page, server.url, ADMIN);
  });

  afterAll(async () => {
    await context?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page) {
      await page.screenshot({ path: `${SHOTS}FAILED-a11y-${size.width}-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}.png`, fullPage: true }).catch(() => undefined);
    }
  });

  async function settled() {
    await page.waitForLoadState('networkidle');
    await page.locator('[data-testid="page-loading"], .ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    await page.mouse.move(2, size.height - 2);
    await stillForPicture(page);
  }

  /** No serious or critical axe-core violation; at a phone's width, nothing wider than the window. Then a picture. */
  async function check(name: string) {
    await settled();
    if (size.phone) {
      const width = await pageWidth(page);
      expect(width.scrollWidth, `${name}: wider than the window; furthest: ${width.widest}`).toBeLessThanOrEqual(size.width);
    }
    expect(await seriousAxeViolations(page), `${name}: axe-core`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}a11y-${size.width}-${name}.png`, fullPage: true });
  }

  const SCREENS: Array<[name: string, path: () => string, ready: string]> = [
    ['01-criteria-list', () => '/criteria', 'criteria-table-list'],
    ['02-criteria-published', () => `/criteria/${ids.published}`, 'criteria-grid'],
    ['03-criteria-draft', () => `/criteria/${ids.draft}`, 'save'],
    ['05-data-import', () => '/import', 'import-page'],
    ['06-manage-organizations', () => `/manage/organizations?org=${encodeURIComponent(ids.bloc!)}`, 'org-details'],
    ['07-manage-members', () => `/manage/members?org=${encodeURIComponent(ids.cell!)}`, 'members-table'],
    ['07b-manage-member', () => `/manage/members/${encodeURIComponent(ids.member!)}`, 'member-tabs'],
    ['08-users', () => '/manage/users', 'users-table'],
    ['09-audit', () => '/manage/audit', 'audit-table'],
    ['10-assessments', () => '/assessments', 'assessments-table'],
    ['11-assessment', () => `/assessments/${ids.assessment}`, 'score-sheet'],
    ['12-meeting-form', () => `/org/${ids.cell}/meetings/new`, 'roll'],
  ];

  it.each(SCREENS)('%s: no serious accessibility violation', async (name, path, ready) => {
    await page.goto(`${server.url}${path()}`);
    await page.getByTestId(ready).first().waitFor();
    await check(name);
  });

  it('04: the criteria import dialog has no serious accessibility violation', async () => {
    await page.goto(`${server.url}/criteria/${ids.draft}`);
    await page.getByTestId('import').click();
    await page.getByTestId('import-dialog').waitFor();
    await check('04-criteria-import');
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
  });
});

describe('the keyboard', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    await signInThroughForm(page, server.url, ADMIN);
  });

  afterAll(async () => {
    await context?.close();
  });

  const focusedTestId = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest('[data-testid^="cell-"]')?.getAttribute('data-testid') ?? el?.getAttribute('data-testid') ?? null;
    });

  it('a refused save of the criteria editor moves the focus to the cell at fault', async () => {
    await page.goto(`${server.url}/criteria/${ids.draft}`);
    await page.getByTestId('criteria-grid').waitFor();
    // The second item's points: not a number. Then the focus elsewhere (the page's title), and save.
    const points = page.locator('[data-testid$="-maxPoints"] input').nth(1);
    const cell = (await points.locator('xpath=ancestor::*[starts-with(@data-testid, "cell-")][1]').getAttribute('data-testid'))!;
    await points.fill('1x');
    await page.getByTestId(cell).filter({ hasText: 'Cần nhập một số' }).waitFor();
    await page.getByTestId('table-name-input').focus();
    expect(await focusedTestId()).not.toBe(cell);
    await page.getByTestId('save').click();
    await page.waitForFunction((id) => document.activeElement?.closest(`[data-testid="${id}"]`) !== null, cell);
    expect(await points.getAttribute('aria-invalid')).toBe('true');
  });

  it('the organisation actions turn from tabs into a list on a phone, keeping what was typed', async () => {
    await page.goto(`${server.url}/manage/organizations?org=${encodeURIComponent(ids.bloc!)}`);
    const actions = page.getByTestId('org-actions');
    await actions.getByRole('tab', { name: 'Thành lập' }).waitFor();
    const code = page.locator('[data-testid="org-code"] input, input[data-testid="org-code"]').first();
    await code.fill('QN-KCCQ-THU');
    await page.setViewportSize({ width: 390, height: 844 });
    await actions.locator('.ant-segmented').waitFor();
    expect(await actions.getByRole('tab').count()).toBe(0);
    expect(await code.inputValue()).toBe('QN-KCCQ-THU');
    await page.setViewportSize({ width: 1280, height: 800 });
    await actions.getByRole('tab', { name: 'Thành lập' }).waitFor();
    expect(await code.inputValue()).toBe('QN-KCCQ-THU');
  });

  it('the attendance roll is one Tab stop, the arrow keys move inside it', async () => {
    await page.goto(`${server.url}/org/${ids.cell}/meetings/new`);
    const rows = page.getByTestId('roll').locator('tr[data-roll-index]');
    await rows.nth(2).waitFor();
    // One row of the roll takes part in the Tab order.
    expect(await page.getByTestId('roll').locator('[tabindex="0"]').count()).toBe(1);
    expect(await page.getByTestId('roll').locator('tr[data-roll-index][tabindex="-1"]').count()).toBe((await rows.count()) - 1);
    await rows.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-roll-index'))).toBe('2');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-roll-index'))).toBe('1');
    // Tab leaves the roll at once; Shift+Tab comes back to the row last focused.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="roll"]') === null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-roll-index'))).toBe('1');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="roll"]') === null)).toBe(true);
  });
});
