import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

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
