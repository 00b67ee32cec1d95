import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ageOn, todayInVietnam } from '@fourgood/rules';
import { ADMIN_DIR, SHOTS, launchChromium, requireBrowserParts, stillForPicture } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Explores the admin app in a real browser over a real server: start page → province → grassroots
 * committee → cell → member, breadcrumbs, back button, reload, the "as of" date and the language
 * switch. Needs `pnpm --filter @fourgood/admin build` first; screenshots go to test/artifacts.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const ids: Record<string, string> = {};
/** Uncaught errors and console errors of the page: a clean run has none. */
const pageErrors: string[] = [];

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`;

async function org(key: string, input: Record<string, unknown>) {
  const res = await server.data<{ createOrganization: { id: string } }>(CREATE_ORG, { input });
  ids[key] = res.createOrganization.id;
}

async function member(key: string, input: Record<string, unknown>) {
  const res = await server.data<{ createMember: { id: string } }>(CREATE_MEMBER, { input });
  ids[key] = res.createMember.id;
}

const STAFF = { username: 'chuyenvien.qn', password: 'chuyenvien.qn-password-1' };
const LEADER = { username: 'bithu.luchon', password: 'bithu.luchon-password-1' };

async function signIn(user: { username: string; password: string }) {
  await page.locator('input[autocomplete="username"]').fill(user.username);
  await page.locator('input[autocomplete="current-password"]').fill(user.password);
  await page.locator('[data-testid="login-form"] button[type="submit"]').click();
}

async function shot(name: string, options: { fullPage?: boolean } = {}) {
  // Let antd finish its motion (tabs, dropdowns, skeleton fade) so the picture shows the settled screen.
  await page.mouse.move(2, (page.viewportSize()?.height ?? 768) - 2);
  await stillForPicture(page);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: options.fullPage ?? true });
}

/** Waits until the page shows no skeleton and no table spinner. */
async function settled() {
  await page.waitForLoadState('networkidle');
  await page.locator('[data-testid="page-loading"], .ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR } });

  await org('province', { code: 'QN', name: 'Đảng bộ tỉnh Quảng Ninh', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1949-01-01' });
  await org('commune', { code: 'QN-LUCHON', name: 'Đảng bộ xã Lục Hồn', kind: 'GRASSROOTS_COMMITTEE', foundedOn: '1960-03-01', parentId: ids.province });
  await org('cellA', { code: 'QN-LUCHON-LUCNA', name: 'Chi bộ thôn Lục Nà', kind: 'CELL', cellType: 'RESIDENTIAL', foundedOn: '1975-05-01', parentId: ids.commune });
  // Founded after the provincial merger: absent when the date is 31/12/2024.
  await org('cellB', { code: 'QN-LUCHON-THANHCONG', name: 'Chi bộ khu dân cư Thành Công', kind: 'CELL', cellType: 'RESIDENTIAL', foundedOn: '2025-08-01', parentId: ids.commune });

  const base = { organizationId: ids.cellA, since: '2020-01-01' };
  await member('hong', { ...base, cardNumber: '01.000101', fullName: 'Nguyễn Thị Hồng', gender: 'FEMALE', birthDate: '1972-04-12', joinedOn: '1998-05-19', officialOn: '1999-05-19', position: 'SECRETARY' });
  await member('duc', { ...base, cardNumber: '01.000102', fullName: 'Trần Văn Đức', gender: 'MALE', birthDate: '1965-09-02', joinedOn: '1990-02-03', officialOn: '1991-02-03', position: 'DEPUTY_SECRETARY' });
  await member('thuy', { ...base, cardNumber: '01.000103', fullName: 'Lê Thị Thủy', gender: 'FEMALE', birthDate: '1988-11-30', joinedOn: '2012-07-01', officialOn: '2013-07-01', position: 'COMMITTEE_MEMBER' });
  await member('anh', { ...base, since: '2026-03-15', cardNumber: '01.000104', fullName: 'Hoàng Văn Ánh', gender: 'MALE', birthDate: '2001-01-20', joinedOn: '2026-03-15', position: 'MEMBER' });
  const cellB = { organizationId: ids.cellB, since: '2025-08-01' };
  await member('dong', { ...cellB, cardNumber: '01.000201', fullName: 'Phạm Văn Đông', gender: 'MALE', birthDate: '1958-06-15', joinedOn: '1980-12-22', officialOn: '1981-12-22', position: 'SECRETARY' });
  await member('lan', { ...cellB, cardNumber: '01.000202', fullName: 'Vũ Thị Lan', gender: 'FEMALE', birthDate: '1979-03-08', joinedOn: '2005-03-26', officialOn: '2006-03-26', position: 'MEMBER' });

  // A ward with more cells than one page holds, in another province.
  await org('vp', { code: 'VP', name: 'Đảng bộ tỉnh Vĩnh Phúc', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1950-02-01' });
  await org('ward', { code: 'VP-DINHTRUNG', name: 'Đảng bộ phường Định Trung', kind: 'GRASSROOTS_COMMITTEE', foundedOn: '1962-06-01', parentId: ids.vp });
  for (let i = 1; i <= 60; i++) {
    const n = String(i).padStart(2, '0');
    await org(`ward${n}`, { code: `VP-DT-TDP${n}`, name: `Chi bộ tổ dân phố số ${n}`, kind: 'CELL', cellType: 'RESIDENTIAL', foundedOn: '1990-01-01', parentId: ids.ward });
  }

  // A clerk of the organisation commission (sees personal data everywhere) and a commune secretary
  // who only sees the commune's subtree.
  await server.userWith(STAFF.username, [{ role: 'STAFF', organizationId: null }]);
  await server.userWith(LEADER.username, [{ role: 'LEADER', organizationId: ids.commune! }]);

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
});

afterEach(async ({ task }) => {
  // A picture of the screen at the moment a step failed.
  if (task.result?.state === 'fail' && page) {
    await page.screenshot({ path: `${SHOTS}FAILED-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`, fullPage: true }).catch(() => undefined);
  }
});

afterAll(async () => {
  if (pageErrors.length) console.error('[browser errors]\n' + pageErrors.join('\n'));
  await browser?.close();
  await server?.close();
});

describe('exploring the hierarchy', () => {
  it('asks to sign in, explains a wrong password, then opens the start page', async () => {
    await page.goto(server.url);
    await page.waitForURL('**/login');
    await page.locator('[data-testid="login-form"]').waitFor();
    await shot('00-login', { fullPage: false });

    await signIn({ username: STAFF.username, password: 'not-the-password' });
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    await shot('00b-login-wrong-password', { fullPage: false });

    await signIn(STAFF);
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('lists the provinces with their member counts on the start page, in Vietnamese', async () => {
    await page.getByRole('link', { name: 'Đảng bộ tỉnh Quảng Ninh' }).waitFor();
    await settled();
    expect(await page.getByTestId('province-members').first().textContent()).toBe('6');
    expect(await page.getByTestId('figure-members').textContent()).toBe('6');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByText('Tổ chức cơ sở đảng').first().waitFor();
    await shot('01-home');
  });

  it('opens the province and a grassroots committee from the children table', async () => {
    await page.getByRole('link', { name: 'Đảng bộ tỉnh Quảng Ninh' }).click();
    await page.waitForURL(`**/org/${ids.province}`);
    await settled();
    expect(await page.getByTestId('org-name').textContent()).toBe('Đảng bộ tỉnh Quảng Ninh');
    expect(await page.getByTestId('figure-members').textContent()).toBe('6');
    expect(await page.getByTestId('figure-organizations').textContent()).toBe('3');
    await shot('02-province');

    // Every member of the province's cells, with the cell of each.
    await page.getByTestId('tab-members').click();
    await page.waitForURL(/tab=members/);
    await page.getByTestId('members-table').getByRole('link', { name: 'Vũ Thị Lan' }).waitFor();
    expect(await page.getByTestId('members-table').textContent()).toContain('Chi bộ khu dân cư Thành Công');
    await settled();
    await shot('02b-province-members');
    await page.getByTestId('tab-children').click();
    await page.waitForURL((url) => !url.search.includes('tab='));

    await page.getByTestId('children-table').getByRole('link', { name: 'Đảng bộ xã Lục Hồn' }).click();
    await page.waitForURL(`**/org/${ids.commune}`);
    await settled();
    await page.getByTestId('children-table').getByRole('link', { name: 'Chi bộ thôn Lục Nà' }).waitFor();
    expect(await page.getByTestId('breadcrumbs').textContent()).toContain('Đảng bộ tỉnh Quảng Ninh');
    await shot('03-grassroots');

    // Sorted on the server by a column's header: ascending, descending, then back to the names' order.
    const firstChild = () => page.locator('[data-testid="children-table"] tbody tr.ant-table-row a').first().textContent();
    const membersHeader = page.getByTestId('children-table').locator('th', { hasText: 'Đảng viên' });
    await membersHeader.click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'MEMBER_COUNT' && !url.searchParams.has('dir'));
    // The header drawn with the order in force before the next click (the address changes first).
    await page.getByTestId('children-table').locator('th[aria-sort="ascending"]', { hasText: 'Đảng viên' }).waitFor();
    await expect.poll(firstChild, { timeout: 15_000 }).toBe('Chi bộ khu dân cư Thành Công');
    await membersHeader.click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'MEMBER_COUNT' && url.searchParams.get('dir') === 'DESC');
    await page.getByTestId('children-table').locator('th[aria-sort="descending"]', { hasText: 'Đảng viên' }).waitFor();
    await expect.poll(firstChild, { timeout: 15_000 }).toBe('Chi bộ thôn Lục Nà');
    await membersHeader.click();
    await page.waitForURL((url) => !url.searchParams.has('sort') && !url.searchParams.has('dir'));
    await expect.poll(firstChild, { timeout: 15_000 }).toBe('Chi bộ khu dân cư Thành Công');
  });

  it('opens a cell and shows its members, searched without accents', async () => {
    await page.getByTestId('children-table').getByRole('link', { name: 'Chi bộ thôn Lục Nà' }).click();
    await page.waitForURL(`**/org/${ids.cellA}`);
    await settled();
    const table = page.getByTestId('members-table');
    await table.getByRole('link', { name: 'Nguyễn Thị Hồng' }).waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(4);
    await table.getByText('Dự bị').waitFor();
    await shot('04-cell');

    // By card number, both ways, then back to the names' order.
    const firstMember = () => table.locator('tbody tr.ant-table-row a').first().textContent();
    const cardHeader = table.locator('th', { hasText: 'Số thẻ đảng viên' });
    await cardHeader.click();
    await page.waitForURL((url) => url.searchParams.get('msort') === 'CARD_NUMBER' && !url.searchParams.has('mdir'));
    await table.locator('th[aria-sort="ascending"]', { hasText: 'Số thẻ đảng viên' }).waitFor();
    await expect.poll(firstMember, { timeout: 15_000 }).toBe('Nguyễn Thị Hồng');
    await cardHeader.click();
    await page.waitForURL((url) => url.searchParams.get('mdir') === 'DESC');
    await table.locator('th[aria-sort="descending"]', { hasText: 'Số thẻ đảng viên' }).waitFor();
    await expect.poll(firstMember, { timeout: 15_000 }).toBe('Hoàng Văn Ánh');
    await cardHeader.click();
    await page.waitForURL((url) => !url.searchParams.has('msort') && !url.searchParams.has('mdir'));
    await expect.poll(firstMember, { timeout: 15_000 }).toBe('Hoàng Văn Ánh');

    await page.getByTestId('member-search').locator('input').fill('thuy');
    await page.getByTestId('member-search').locator('input').press('Enter');
    await page.waitForURL(/q=thuy/);
    await table.getByRole('link', { name: 'Lê Thị Thủy' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="members-table"] tbody tr.ant-table-row').length === 1);
    await shot('05-cell-search');

    await page.getByTestId('member-search').locator('input').fill('không có ai');
    await page.getByTestId('member-search').locator('input').press('Enter');
    await page.getByText('Không có đảng viên nào khớp với điều kiện tìm kiếm.').waitFor();
    await shot('05b-cell-search-empty', { fullPage: false });
    await page.getByRole('button', { name: 'Xoá điều kiện lọc' }).click();
    await table.getByRole('link', { name: 'Nguyễn Thị Hồng' }).waitFor();
  });

  it('opens a member with profile, cell history and status history', async () => {
    await page.getByTestId('members-table').getByRole('link', { name: 'Nguyễn Thị Hồng' }).click();
    await page.waitForURL(`**/member/${ids.hong}`);
    await settled();
    expect(await page.getByTestId('member-name').textContent()).toBe('Nguyễn Thị Hồng');
    const profile = await page.getByTestId('member-profile').textContent();
    expect(profile).toContain('01.000101');
    expect(profile).toContain('12/04/1972');
    expect(profile).toContain('Bí thư');
    expect(await page.getByTestId('membership-history').textContent()).toContain('Chi bộ thôn Lục Nà');
    expect(await page.getByTestId('status-history').textContent()).toContain('Đang sinh hoạt');
    expect(await page.getByTestId('breadcrumbs').textContent()).toContain('Đảng bộ xã Lục Hồn');
    await shot('06-member');
  });

  it('goes back up with the breadcrumbs, and the back button and reload keep the place', async () => {
    await page.getByTestId('breadcrumbs').getByRole('link', { name: 'Đảng bộ xã Lục Hồn' }).click();
    await page.waitForURL(`**/org/${ids.commune}`);
    await page.getByTestId('org-name').filter({ hasText: 'Đảng bộ xã Lục Hồn' }).waitFor();

    await page.goBack();
    await page.waitForURL(`**/member/${ids.hong}`);
    await page.getByTestId('member-name').filter({ hasText: 'Nguyễn Thị Hồng' }).waitFor();
    await page.goForward();
    await page.waitForURL(`**/org/${ids.commune}`);

    await page.reload();
    await page.getByTestId('org-name').filter({ hasText: 'Đảng bộ xã Lục Hồn' }).waitFor();
    await settled();
    expect(new URL(page.url()).pathname).toBe(`/org/${ids.commune}`);
    await shot('07-breadcrumb-reload');
  });

  it('shows the structure as of 31/12/2024 and keeps the date across navigation', async () => {
    const input = page.locator('input[data-testid="as-of"], [data-testid="as-of"] input').first();
    await input.click();
    await input.fill('31/12/2024');
    await input.press('Enter');
    await page.waitForURL(/asOf=2024-12-31/);
    await page.getByTestId('as-of-banner').waitFor();
    await settled();
    // The Thành Công cell was founded in 2025: only Lục Nà existed, with the 3 members who were there.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="children-table"] tbody tr.ant-table-row').length === 1);
    expect(await page.getByTestId('figure-members').textContent()).toBe('3');
    await shot('08-as-of-2024');

    await page.getByTestId('breadcrumbs').getByRole('link', { name: 'Đảng bộ tỉnh Quảng Ninh' }).click();
    await page.waitForURL(new RegExp(`/org/${ids.province}\\?asOf=2024-12-31`));
    await page.getByTestId('org-name').filter({ hasText: 'Đảng bộ tỉnh Quảng Ninh' }).waitFor();
    await settled();
    expect(await page.getByTestId('figure-organizations').textContent()).toBe('2');

    await page.getByTestId('as-of-banner').getByRole('button').click();
    await page.waitForURL((url) => !url.search.includes('asOf'));
    await page.getByTestId('as-of-banner').waitFor({ state: 'detached' });
    await settled();
    // Today's answer replaces the one of 31/12/2024 (shown until it arrives): wait for it to land.
    await page.waitForFunction(() => document.querySelector('[data-testid="figure-organizations"]')?.textContent !== '2');
    expect(await page.getByTestId('figure-organizations').textContent()).toBe('3');
  });

  it('pages through 60 cells by cursor; reload and the back button keep the page', async () => {
    const rows = () => page.locator('[data-testid="children-table"] tbody tr.ant-table-row');
    const firstName = async () => (await rows().first().locator('a').first().textContent())?.trim();
    await page.goto(`${server.url}/org/${ids.ward}`);
    await page.getByTestId('pager').waitFor();
    await settled();
    expect(await rows().count()).toBe(50);
    expect(await page.getByTestId('pager').textContent()).toContain('Trang 1/2');
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.waitForURL(/p=2&after=/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="children-table"] tbody tr.ant-table-row').length === 10);
    expect(await firstName()).toBe('Chi bộ tổ dân phố số 51');
    expect(await page.getByTestId('pager').textContent()).toContain('51–60 trong 60');
    await shot('09a-paging-page-2');

    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="children-table"] tbody tr.ant-table-row').length === 10);
    expect(await firstName()).toBe('Chi bộ tổ dân phố số 51');

    await page.getByRole('button', { name: 'Trang trước' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="children-table"] tbody tr.ant-table-row').length === 50);
    expect(await firstName()).toBe('Chi bộ tổ dân phố số 01');
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="children-table"] tbody tr.ant-table-row').length === 10);

    // 20 a page: the last page reads the 20 last rows.
    await page.getByTestId('pager').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown').getByText('20 / trang').click();
    await page.waitForURL(/size=20/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="children-table"] tbody tr.ant-table-row').length === 20);
    await page.getByRole('button', { name: 'Trang cuối' }).click();
    await page.waitForURL(/p=3&end=20/);
    await page.waitForFunction(() => document.querySelector('[data-testid="children-table"] tbody tr.ant-table-row a')?.textContent?.trim() === 'Chi bộ tổ dân phố số 41');
    expect(await page.getByTestId('pager').textContent()).toContain('Trang 3/3');
  });

  it('switches to English, and the choice survives a reload', async () => {
    await page.goto(`${server.url}/org/${ids.province}`);
    await page.getByTestId('org-name').filter({ hasText: 'Đảng bộ tỉnh Quảng Ninh' }).waitFor();
    await page.getByTestId('language').getByText('English').click();
    await page.getByText('Organisations below').first().waitFor();
    await page.getByText('Organisations by level').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('by-kind').textContent()).toContain('Grassroots committee');
    await shot('09-english-province');

    await page.reload();
    await page.getByText('Members by gender').waitFor();
    await page.goto(`${server.url}/member/${ids.anh}`);
    await page.getByTestId('member-name').filter({ hasText: 'Hoàng Văn Ánh' }).waitFor();
    await settled();
    const profile = await page.getByTestId('member-profile').textContent();
    expect(profile).toContain('Probationary');
    expect(profile).toContain('Member');
    await shot('10-english-member');
  });

  it('explains a broken link in words, in both languages', async () => {
    await page.goto(`${server.url}/org/not-an-id`);
    await page.getByTestId('query-error').waitFor();
    expect(await page.getByTestId('query-error').textContent()).toContain('This link is not valid');
    await shot('11-english-bad-link', { fullPage: false });

    await page.getByTestId('language').getByText('Tiếng Việt').click();
    await page.getByText('Đường dẫn không đúng').waitFor();
    await page.goto(`${server.url}/khong-co-trang-nay`);
    await page.getByText('Không tìm thấy trang').waitFor();
    await shot('12-page-not-found', { fullPage: false });
  });

  it('signs out, and a commune secretary signing in from a deep link sees only the commune, without birth dates', async () => {
    await page.getByTestId('account').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL('**/login');

    await page.goto(`${server.url}/org/${ids.cellA}`);
    await page.waitForURL(/\/login\?next=/);
    await signIn(LEADER);
    await page.waitForURL(`**/org/${ids.cellA}`);
    const table = page.getByTestId('members-table');
    await table.getByRole('link', { name: 'Nguyễn Thị Hồng' }).waitFor();
    await settled();
    // Birth dates are personal data: a leader sees ages only.
    expect(await table.textContent()).not.toContain('12/04/1972');
    expect(await table.textContent()).toContain(`${ageOn('1972-04-12', todayInVietnam())} tuổi`);
    await shot('13-leader-cell');

    await page.getByTestId('brand').click();
    await page.getByText('Tổ chức đảng được giao theo dõi').first().waitFor();
    await page.getByTestId('provinces-table').getByRole('link', { name: 'Đảng bộ xã Lục Hồn' }).waitFor();
    expect(await page.getByTestId('provinces-table').textContent()).not.toContain('Quảng Ninh');
    await settled();
    await shot('14-leader-home');
  });

  it('fits a 1920×1080 screen', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${server.url}/org/${ids.commune}`);
    await page.getByTestId('children-table').getByRole('link', { name: 'Chi bộ thôn Lục Nà' }).waitFor();
    await settled();
    await shot('15-grassroots-1920');
    await page.goto(`${server.url}/org/${ids.cellA}?tab=members`);
    await page.getByTestId('members-table').getByRole('link', { name: 'Nguyễn Thị Hồng' }).waitFor();
    await settled();
    await shot('16-cell-1920');
  });

  it('logged no error in the browser console', () => {
    expect(pageErrors).toEqual([]);
  });
});
