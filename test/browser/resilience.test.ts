import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { ADMIN_DIR, SHOTS, fillSignInForm, launchChromium, requireBrowserParts, stillForPicture } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Never a dead end, in a real browser over the demo data: a screen whose code cannot be fetched
 * (the request answered 404, as after a deployment that renamed the files) reloads the page once
 * by itself, then shows the app's own error in Vietnamese with the header and a retry that works
 * once the file is back; a session that ends while a clerk fills in the meeting form sends them
 * to sign in and brings the form back as they left it. Needs `pnpm --filter @fourgood/admin build`
 * first; screenshots go to test/artifacts/screenshots/resilience-*.png.
 */
const STAFF = { username: 'canbo.quangninh', password: 'demo-staff-2026' };

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cellId = '';
let memberId = '';
let assessmentId = '';
let firstItem = '';
const pageErrors: string[] = [];

async function shot(name: string) {
  await page.mouse.move(2, (page.viewportSize()?.height ?? 800) - 2);
  await stillForPicture(page);
  await page.screenshot({ path: `${SHOTS}resilience-${name}.png`, fullPage: true });
}

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR }, prepare: (orm) => seedDemo(orm, { scale: 1 }).then(() => undefined) });
  const found = await server.data<{ organization: { id: string; members: { nodes: Array<{ id: string }> } } }>(
    `query($code: String!) { organization(code: $code) { id members(first: 1) { nodes { id } } } }`,
    { code: 'QN-KCCQ-SOYTE-02' },
  );
  cellId = found.organization.id;
  memberId = found.organization.members.nodes[0]!.id;
  // A draft assessment of the cell on the published example table for agency cells ("4 good cell").
  const tables = await server.data<{ criteriaTables: { nodes: Array<{ id: string; items: Array<{ code: string; kind: string }> }> } }>(
    `{ criteriaTables(filter: { seriesCode: "VD-4T-CB-AGENCY", status: PUBLISHED }, first: 1) { nodes { id items { code kind } } } }`,
  );
  const table = tables.criteriaTables.nodes[0]!;
  firstItem = table.items.find((i) => i.kind === 'SCORED')!.code;
  const created = await server.data<{ createAssessment: { id: string } }>(`mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`, {
    input: { organizationId: cellId, tableId: table.id, period: '2026' },
  });
  assessmentId = created.createAssessment.id;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) {
    await page.screenshot({ path: `${SHOTS}FAILED-resilience-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`, fullPage: true }).catch(() => undefined);
  }
});

afterAll(async () => {
  if (pageErrors.length) console.error('[browser errors]\n' + pageErrors.join('\n'));
  await browser?.close();
  await server?.close();
});

describe('never a dead end', () => {
  it('reloads once for a screen whose code is missing, then shows the error with the header and a retry', async () => {
    await page.goto(`${server.url}/login?next=${encodeURIComponent(`/org/${cellId}`)}`);
    await fillSignInForm(page, STAFF);
    await page.getByTestId('org-name').waitFor();

    // The member screen's code is gone (a deployment renamed it): every request for it answers 404.
    const missing = '**/assets/MemberPage-*.js';
    await page.route(missing, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
    // Loads of the member page's document: the first, and the one automatic reload.
    let fetches = 0;
    page.on('request', (r) => {
      if (r.resourceType() === 'document' && new URL(r.url()).pathname === `/member/${memberId}`) fetches += 1;
    });
    await page.goto(`${server.url}/member/${memberId}`);
    const error = page.getByTestId('route-error');
    await error.waitFor();
    // One automatic reload, then no more (no loop).
    expect(fetches).toBe(2);
    expect(await error.getAttribute('data-error-kind')).toBe('CHUNK');
    expect(await error.textContent()).toContain('Không tải được màn hình');
    expect(await error.textContent()).not.toMatch(/Unexpected Application Error|Hey developer/);
    // The header stays: the brand, the date, the account.
    await page.getByTestId('brand').waitFor();
    await page.getByTestId('account').waitFor();
    await shot('01-chunk-missing');

    // The file is back: "Try again" loads the screen.
    await page.unroute(missing);
    await page.getByTestId('route-retry').click();
    await page.getByTestId('member-name').waitFor();
    expect(fetches).toBe(3);
  });

  it('moves the focus to the first problem of a refused save; keeps the meeting form when the session ends while a clerk types, and restores it after signing in', async () => {
    await page.goto(`${server.url}/org/${cellId}/meetings/new`);
    await page.getByTestId('roll').locator('tr[data-roll-index]').first().waitFor();
    // A save refused by the form's checks: the focus goes to the first field at fault (the place is required).
    await page.getByTestId('meeting-place').fill('');
    await page.getByTestId('save-meeting').click();
    await page.getByTestId('problem-place').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'meeting-place');

    await page.getByTestId('meeting-place').fill('Phòng họp tầng 3');
    await page.getByTestId('meeting-notes').fill('Bàn kế hoạch kiểm tra an toàn thực phẩm quý I.');
    const rows = page.getByTestId('roll').locator('tr[data-roll-index]');
    const absent = (await rows.nth(1).getAttribute('data-testid'))!.replace('roll-row-', '');
    await rows.nth(1).focus();
    await page.keyboard.press('3');
    await page.getByTestId('count-unexcused').filter({ hasText: '1' }).waitFor();

    // The session ends on the server (expired, or signed out elsewhere).
    await server.orm.em.fork().getConnection().execute(`delete from app_session where user_id = (select id from app_user where username = ?)`, [STAFF.username]);

    await page.getByTestId('save-meeting').click();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/org/${cellId}/meetings/new`);
    await fillSignInForm(page, STAFF);
    await page.waitForURL((url) => url.pathname === `/org/${cellId}/meetings/new`);
    await page.getByTestId('draft-restored').waitFor();
    expect(await page.getByTestId('meeting-place').inputValue()).toBe('Phòng họp tầng 3');
    expect(await page.getByTestId('meeting-notes').inputValue()).toBe('Bàn kế hoạch kiểm tra an toàn thực phẩm quý I.');
    await page.getByTestId('roll').locator('tr[data-roll-index]').first().waitFor();
    expect(await page.getByTestId(`roll-row-${absent}`).getAttribute('aria-label')).toContain('Vắng không lý do');
    await shot('02-form-restored');

    // Kept once: the copy is gone from the tab's storage once the form has it back.
    expect(await page.evaluate(() => Object.keys(window.sessionStorage).filter((k) => k.startsWith('fourgood.draft:')))).toEqual([]);
  });

  it('keeps the scores typed on an assessment when the session ends, and restores them after signing in', async () => {
    await page.goto(`${server.url}/assessments/${assessmentId}`);
    await page.getByTestId('score-sheet').waitFor();
    const cell = page.getByTestId(`self-${firstItem}`);
    await cell.click();
    await page.keyboard.type('8');
    await page.getByTestId('save-scores').filter({ hasText: 'Lưu điểm' }).waitFor();

    await server.orm.em.fork().getConnection().execute(`delete from app_session where user_id = (select id from app_user where username = ?)`, [STAFF.username]);
    await page.getByTestId('save-scores').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await fillSignInForm(page, STAFF);
    await page.waitForURL((url) => url.pathname === `/assessments/${assessmentId}`);
    await page.getByTestId('draft-restored').waitFor();
    await page.getByTestId('score-sheet').waitFor();
    expect(await cell.inputValue()).toBe('8');
    await shot('03-scores-restored');
  });
});
