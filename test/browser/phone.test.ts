import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { ADMIN_DIR, SHOTS, launchChromium, pageWidth, requireBrowserParts, seriousAxeViolations, signInThroughForm, stillForPicture } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The screens a leader uses, on a phone (390×844) and a tablet (768×1024), over the demo data:
 * each fits the width (no sideways scrolling), the header folds into a menu that holds the date
 * (its presets on screen), the language and the account, tap targets are at least 44 px tall,
 * and axe-core finds no serious or critical WCAG A/AA violation. The staff's meeting screens too
 * (the list, one meeting, the form). Needs `pnpm --filter @fourgood/admin build` first;
 * screenshots go to test/artifacts/screenshots/phone-*.png.
 */
const LEADER = { username: 'lanhdao.dienbien', password: 'demo-leader-2026' };
const STAFF = { username: 'canbo.quangninh', password: 'demo-staff-2026' };

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

let server: TestServer;
let browser: Browser;
const ids: Record<string, string> = {};
const pageErrors: string[] = [];

const BY_CODE = `query($code: String!) { organization(code: $code) { id children(first: 50) { nodes { id kind } } members(first: 1) { nodes { id } } } }`;
interface ByCode {
  organization: { id: string; children: { nodes: Array<{ id: string; kind: string }> }; members: { nodes: Array<{ id: string }> } };
}

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR }, prepare: (orm) => seedDemo(orm, { scale: 1 }).then(() => undefined) });
  const province = await server.data<ByCode>(BY_CODE, { code: 'DB-DIENBIEN' });
  ids.province = province.organization.id;
  const district = await server.data<ByCode>(BY_CODE, { code: 'DB-TUACHUA' });
  ids.district = district.organization.id;
  const town = await server.data<ByCode>(BY_CODE, { code: 'DB-TUACHUA-THITRAN' });
  ids.town = town.organization.id;
  ids.cell = town.organization.children.nodes.find((c) => c.kind === 'CELL')!.id;
  const cell = await server.data<{ node: { members: { nodes: Array<{ id: string }> } } }>(`query($id: ID!) { node(id: $id) { ... on Organization { members(first: 1) { nodes { id } } } } }`, {
    id: ids.cell,
  });
  ids.member = cell.node.members.nodes[0]!.id;
  const qn = await server.data<{ organization: { id: string; meetings: { nodes: Array<{ id: string }> } } }>(
    `query($code: String!) { organization(code: $code) { id meetings(from: "2023-01-01", to: "2023-12-31", first: 1) { nodes { id } } } }`,
    { code: 'QN-KCCQ-SOYTE-02' },
  );
  ids.qnCell = qn.organization.id;
  ids.meeting = qn.organization.meetings.nodes[0]!.id;
  browser = await launchChromium();
});

afterAll(async () => {
  if (pageErrors.length) console.error('[browser errors]\n' + pageErrors.join('\n'));
  await browser?.close();
  await server?.close();
});

describe.each(SIZES)('on a $name ($width×$height)', (size) => {
  let context: BrowserContext;
  let page: Page;

  async function newPage() {
    await context?.close();
    context = await browser.newContext({ viewport: { width: size.width, height: size.height }, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  }

  async function signIn(user: { username: string; password: string }, next: string) {
    await signInThroughForm(page, server.url, user, { next, arrived: (url) => url.pathname === next.split('?')[0] });
  }

  async function settled() {
    await page.waitForLoadState('networkidle');
    await page.locator('[data-testid="page-loading"], .ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
  }

  async function shot(name: string) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await stillForPicture(page);
    await page.screenshot({ path: `${SHOTS}phone-${size.name}-${name}.png`, fullPage: true });
  }

  /** The screen fits the window's width, has no serious accessibility violation, and its controls are tall enough to tap. */
  async function checkScreen(name: string) {
    await settled();
    const width = await pageWidth(page);
    expect(width.scrollWidth, `${name}: wider than the window; furthest: ${width.widest}`).toBeLessThanOrEqual(width.innerWidth);
    await stillForPicture(page);
    const small = await smallTargets(page);
    expect(small, `${name}: controls under 44 px tall`).toEqual([]);
    const violations = await seriousAxeViolations(page);
    expect(violations, `${name}: axe-core`).toEqual([]);
    await shot(name);
  }

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page) {
      await page.screenshot({ path: `${SHOTS}FAILED-phone-${size.name}-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}.png`, fullPage: true }).catch(() => undefined);
    }
  });

  afterAll(async () => {
    await context?.close();
  });

  it('shows the leader’s screens within the width, the header folded into a menu', async () => {
    await newPage();
    await signIn(LEADER, '/');
    await page.getByTestId('provinces-list').waitFor();
    await checkScreen('01-start');

    // The header: the brand, the search's place and the menu button; the rest is in the menu.
    await expect(page.getByTestId('header-menu').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('language').isVisible()).resolves.toBe(false);
    await page.getByTestId('header-menu').click();
    const drawer = page.getByTestId('header-drawer');
    await drawer.waitFor();
    await drawer.getByTestId('language').waitFor();
    await drawer.getByTestId('as-of-presets').waitFor();
    await drawer.getByTestId('drawer-account').waitFor();
    await checkScreen('02-menu');
    // The date presets are on screen.
    const preset = drawer.getByTestId('as-of-presets').locator('button').nth(1);
    const box = (await preset.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    // Opening the calendar: it opens within the window.
    await drawer.getByTestId('as-of').click();
    const calendar = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
    await calendar.waitFor();
    await stillForPicture(page);
    const cal = (await calendar.locator('.ant-picker-panel-container').boundingBox())!;
    expect(cal.x).toBeGreaterThanOrEqual(0);
    expect(cal.x + cal.width).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `${SHOTS}phone-${size.name}-03-calendar.png` });
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });
    await page.getByTestId('header-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    for (const [name, path] of [
      ['04-province', `/org/${ids.province}`],
      ['05-district', `/org/${ids.district}`],
      ['06-committee', `/org/${ids.town}`],
      ['07-cell', `/org/${ids.cell}`],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId('org-name').waitFor();
      await page.getByTestId('ratings-section').waitFor();
      await checkScreen(name);
    }
    // The sub-organisations come right after the figures, before the charts.
    await page.goto(`${server.url}/org/${ids.district}`);
    await page.getByTestId('tab-children').waitFor();
    const tablesTop = (await page.getByTestId('tab-children').boundingBox())!.y;
    const chartsTop = (await page.getByTestId('ratings-section').boundingBox())!.y;
    expect(tablesTop).toBeLessThan(chartsTop);
    expect(tablesTop).toBeLessThan(size.height * 1.5);

    await page.goto(`${server.url}/member/${ids.member}`);
    await page.getByTestId('member-name').waitFor();
    await checkScreen('08-member');

    await page.goto(`${server.url}/org/${ids.cell}/meetings`);
    await page.getByTestId('meetings-title').waitFor();
    await checkScreen('09-meetings');
  }, 240_000);

  it('shows the meeting screens within the width, the form included', async () => {
    await newPage();
    await signIn(STAFF, `/org/${ids.qnCell}/meetings`);
    await page.getByTestId('meetings-title').waitFor();
    await checkScreen('10-staff-meetings');

    await page.goto(`${server.url}/meetings/${ids.meeting}`);
    await page.getByTestId('meeting-title').waitFor();
    await checkScreen('11-meeting');

    await page.goto(`${server.url}/org/${ids.qnCell}/meetings/new`);
    await page.getByTestId('roll').waitFor();
    await checkScreen('12-meeting-form');
    // The save bar at the foot of the window covers no field once the clerk scrolls to the end.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bar = (await page.getByTestId('form-actions').boundingBox())!;
    const notes = (await page.getByTestId('meeting-notes').boundingBox())!;
    expect(notes.y + notes.height).toBeLessThanOrEqual(bar.y + 1);
  }, 180_000);
});

/** Visible buttons, inputs and selects under 44 px tall (tap targets). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>('button, .ant-btn, .ant-select, .ant-picker, input.ant-input, .ant-input-affix-wrapper, .ant-segmented-item, [data-testid="header-menu"]');
    for (const el of Array.from(targets)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Measured on their box: the text box inside a wrapper, clear buttons (the field's own box
      // and the keyboard clear it too), switches (styles.css widens their tap area beyond the track).
      if (el.closest('.ant-table-pagination, .ant-picker-dropdown, .ant-table-thead, .ant-input-affix-wrapper input, .ant-picker-clear, .ant-input-clear-icon, .ant-switch')) continue;
      if (r.height < 43.5) out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.height)} px`);
    }
    return out.slice(0, 10);
  });
}
