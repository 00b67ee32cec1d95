import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/factories.js';
import { ADMIN_DIR, SHOTS, inputOf, launchChromium, phoneShot, requireBrowserParts, signInThroughForm, stillForPicture, typeIntoPicker } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * A dated rename in a real browser (issue #12 §4): a clerk renames a cell from a past day on the
 * organisations screen; a day before its founding is refused next to the date; the line under the
 * date says what the rename does; the preview, the confirmation, the former name with its days;
 * then the organisation's page read as of a day before the rename shows the name of that day.
 * Needs `pnpm --filter @fourgood/admin build` first; screenshots go to test/artifacts/screenshots/rename-*.png.
 */

let server: TestServer;
let browser: Browser;
let page: Page;
const ids: Record<string, string> = {};
const pageErrors: string[] = [];

async function bothShots(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(2, (page.viewportSize()?.height ?? 900) - 2);
  await stillForPicture(page);
  await page.screenshot({ path: `${SHOTS}rename-${name}.png`, fullPage: true });
  await phoneShot(page, `${SHOTS}rename-${name}-phone.png`);
}

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR } });
  ids.p = await createOrg(server, { code: 'SL-TINH', name: 'Đảng bộ tỉnh Sơn La', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1950-01-01' });
  ids.g = await createOrg(server, { code: 'SL-CHIENGMUNG', name: 'Đảng bộ xã Chiềng Mung', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.p, foundedOn: '1970-01-01' });
  ids.c = await createOrg(server, { code: 'SL-NAPA', name: 'Chi bộ bản Nà Pá', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.g, foundedOn: '2005-01-01' });
  await server.userWith('canbo.sonla', [{ role: 'STAFF', organizationId: ids.p }]);

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) pageErrors.push(m.text());
  });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) {
    await page.screenshot({ path: `${SHOTS}FAILED-rename-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`, fullPage: true }).catch(() => undefined);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a dated rename', () => {
  it('renames a cell from a past day: the date checked by its field, a line saying what happens, the preview, the former name kept', async () => {
    await signInThroughForm(page, server.url, { username: 'canbo.sonla', password: 'canbo.sonla-password-1' });
    await page.goto(`${server.url}/manage/organizations?org=${encodeURIComponent(ids.c)}&action=update`);
    const form = page.getByTestId('org-update-form');
    await form.waitFor();
    await page.getByTestId('org-details').getByText('SL-NAPA').waitFor();
    await inputOf(page, 'org-name').fill('Chi bộ bản Noong Bua');

    // Before the founding: refused next to the date, with the founding day.
    await typeIntoPicker(page, 'org-rename-on', '31/12/2004');
    await page.getByTestId('org-preview-button').click();
    const dateItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('org-rename-on') });
    await dateItem.getByText('Không được trước ngày thành lập (01/01/2005).').waitFor();
    expect(await page.getByTestId('org-preview').count()).toBe(0);
    await bothShots('01-before-founding');

    await typeIntoPicker(page, 'org-rename-on', '01/03/2020');
    const line = page.getByTestId('rename-line');
    await line.getByText('Từ ngày 01/03/2020 tên mới là “Chi bộ bản Noong Bua”.').waitFor();
    expect(await line.innerText()).toContain('Tên “Chi bộ bản Nà Pá” được giữ là tên cũ đến hết ngày 29/02/2020.');
    await page.getByTestId('org-preview-button').click();
    await page.getByTestId('tree-changed').filter({ hasText: 'Chi bộ bản Noong Bua' }).waitFor();
    await bothShots('02-preview');
    // Nothing is saved by the preview.
    const before = await server.data(`query($id: ID!) { organization(id: $id) { name formerNames { name } } }`, { id: ids.c });
    expect(before.organization).toEqual({ name: 'Chi bộ bản Nà Pá', formerNames: [] });

    await page.getByTestId('org-confirm').click();
    await page.locator('.ant-message').getByText('Đã lưu Chi bộ bản Noong Bua.').waitFor();
    await page.getByTestId('org-former-names').getByText('Chi bộ bản Nà Pá (01/01/2005 – 29/02/2020)').waitFor();
    // The form starts again from the saved name: nothing to rename, no line.
    await page.waitForFunction(() => (document.querySelector('[data-testid="org-name"] input, input[data-testid="org-name"]') as HTMLInputElement | null)?.value === 'Chi bộ bản Noong Bua');
    expect(await page.getByTestId('rename-line').count()).toBe(0);
    const after = await server.data(`query($id: ID!) { organization(id: $id) { name nameSince } }`, { id: ids.c });
    expect(after.organization).toEqual({ name: 'Chi bộ bản Noong Bua', nameSince: '2020-03-01' });
    await bothShots('03-saved');
  });

  it('the organisation page read as of a day before the rename shows the name of that day', async () => {
    await page.goto(`${server.url}/org/${encodeURIComponent(ids.c)}?asOf=2020-02-01`);
    await page.getByTestId('org-name').filter({ hasText: 'Chi bộ bản Nà Pá' }).waitFor();
    await bothShots('04-page-as-of');
    await page.goto(`${server.url}/org/${encodeURIComponent(ids.g)}?asOf=2020-02-01`);
    await page.getByText('Chi bộ bản Nà Pá').first().waitFor();
    await page.goto(`${server.url}/org/${encodeURIComponent(ids.c)}`);
    await page.getByTestId('org-name').filter({ hasText: 'Chi bộ bản Noong Bua' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
