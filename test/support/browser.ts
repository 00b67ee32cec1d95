import type { Page } from 'playwright-core';

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
