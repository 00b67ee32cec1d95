import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The built admin app the browser tests serve (`pnpm --filter @fourgood/admin build`). */
export const ADMIN_DIR = fileURLToPath(new URL('../../apps/admin/dist', import.meta.url));
/** Where the browser tests leave their screenshots (looked at by people, kept by CI). */
export const SHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What a browser test needs before it starts: the admin app built, Chromium there, a folder for pictures. */
export function requireBrowserParts(): void {
  if (!existsSync(`${ADMIN_DIR}/index.html`)) {
    throw new Error(`The admin app is not built: ${ADMIN_DIR}/index.html is missing. Run \`pnpm --filter @fourgood/admin build\` first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, { recursive: true });
}

/**
 * Debian's Chromium, headless, as the tests run it (as root: no sandbox; no background networking,
 * whose connections this machine's closed network refuses).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
}

/** The text box of an antd input (the test id sits on the box or around it, depending on the component). */
export function inputOf(page: Page, testId: string) {
  return page.locator(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`).first();
}

/** Types into a date or time picker as a clerk does (dd/mm/yyyy, hh:mm), and leaves the picker. */
export async function typeIntoPicker(page: Page, testId: string, value: string): Promise<void> {
  const input = inputOf(page, testId);
  await input.click();
  await input.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** Picks an option of an antd Select by its text. */
export async function chooseOption(page: Page, testId: string, text: string): Promise<void> {
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text }).first();
  await page.getByTestId(testId).click();
  // Under load the list can be drawn again while it opens (the option "detached" for as long as the
  // click waited, once in CI): a click that found no stable option is tried again, the list reopened
  // when it closed. A click that happened does not throw, so an option is never toggled twice.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await option.click({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      if (!(await option.isVisible())) await page.getByTestId(testId).click();
    }
  }
}

/**
 * Signs in through the app's own form at `${baseUrl}/login` (with `?next=` when given) and waits
 * until `arrived` holds for the address, or else until the header's search trigger is drawn (the
 * signed-in shell is on screen).
 */
export async function signInThroughForm(
  page: Page,
  baseUrl: string,
  user: { username: string; password: string },
  options: { next?: string; arrived?: (url: URL) => boolean } = {},
): Promise<void> {
  await page.goto(options.next ? `${baseUrl}/login?next=${encodeURIComponent(options.next)}` : `${baseUrl}/login`);
  await fillSignInForm(page, user);
  if (options.arrived) await page.waitForURL(options.arrived);
  else await page.locator('[data-testid="search-open"]').waitFor();
}

/** Fills the sign-in form already on the page and sends it (no wait: the caller knows what follows). */
export async function fillSignInForm(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.locator('input[autocomplete="username"]').fill(user.username);
  await page.locator('input[autocomplete="current-password"]').fill(user.password);
  await page.locator('[data-testid="login-form"] button[type="submit"]').click();
}

/**
 * Before a picture, once the pointer has been moved out of the way: waits until no hover tooltip
 * is still open (antd closes it a moment after the pointer leaves) and antd's finite motions
 * (dropdowns, modals, tabs, fades) have finished. Waits on the page's state, not on a timer;
 * endless animations (spinners, skeleton shimmer) are not waited for.
 */
export async function stillForPicture(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const tooltipOpen = Array.from(document.querySelectorAll<HTMLElement>('.ant-tooltip')).some((el) => !el.classList.contains('ant-tooltip-hidden') && el.getClientRects().length > 0);
    const moving = document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
    return !tooltipOpen && !moving;
  });
}

/** A full-page picture at a phone's width (390 px), then the window as it was. */
export async function phoneShot(page: Page, path: string): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(2, 842);
  await stillForPicture(page);
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(size);
}

/** Neither the page nor anything on it is wider than the window: no sideways scrolling. */
export async function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    // The element that sticks out furthest, to name in a failure; not one inside a box that
    // scrolls or clips it sideways (a wide table in its scroll box does not widen the page).
    // (No named function in here: tsx's __name helper does not exist in the page.)
    let widest = '';
    let right = innerWidth;
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (!(r.right > right + 0.5 && r.width > 0 && getComputedStyle(el).position !== 'fixed')) continue;
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body && !clipped; a = a.parentElement) clipped = getComputedStyle(a).overflowX !== 'visible';
      if (!clipped) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} (${Math.round(r.right)} px)`;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, widest };
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (its source from node_modules, injected into the page) against WCAG 2 A/AA rules
 * and returns the serious and critical violations.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol: the app's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => `${n.target.map(String).join(' ')} ${n.html.slice(0, 160)}`) }));
  });
}
