import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrg } from '../support/factories.js';
import { ADMIN_DIR, SHOTS, chooseOption, inputOf, launchChromium, phoneShot, requireBrowserParts, signInThroughForm, stillForPicture, typeIntoPicker } from '../support/browser.js';
import { fromGlobalId } from '../../apps/server/src/graphql/relay.js';
import { startTestServer, systemServices, type TestServer } from '../support/server.js';

/**
 * The management screens in a real browser, over a small tree made through the API: a clerk of the
 * province moves a grassroots committee (previewed: what moves, the tree after), founds a cell (a
 * taken code refused next to its field), merges two cells and dissolves one; adds a member,
 * corrects, transfers and changes the status of one, and reads the history; an admin creates an
 * account, grants it a role on an organisation found by search, resets its password, deactivates
 * it and revokes the role; the audit log is filtered and one entry read before/after, then exported.
 * Needs `pnpm --filter @fourgood/admin build` first; screenshots go to test/artifacts/screenshots/manage-*.png.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const ids: Record<string, string> = {};
const pageErrors: string[] = [];

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(2, (page.viewportSize()?.height ?? 900) - 2);
  await stillForPicture(page);
  await page.screenshot({ path: `${SHOTS}manage-${name}.png`, fullPage: true });
}

async function bothShots(name: string) {
  await shot(name);
  await phoneShot(page, `${SHOTS}manage-${name}-phone.png`);
}

/** Types into an organisation search box and picks the option that appears. */
async function searchAndPick(testId: string, typed: string, option: string) {
  await page.getByTestId(testId).click();
  await inputOf(page, testId).fill(typed);
  const item = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first();
  await item.waitFor();
  await item.click();
}

async function signIn(username: string, password: string, next: string) {
  await page.context().clearCookies();
  await signInThroughForm(page, server.url, { username, password }, { next, arrived: (url) => url.pathname.startsWith(next.split('?')[0]!.replace(/\/$/, '')) });
}

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR } });
  ids.p = await createOrg(server, { code: 'LC-TINH', name: 'Đảng bộ tỉnh Lào Cai', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.d1 = await createOrg(server, { code: 'LC-BATXAT', name: 'Huyện ủy Bát Xát', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.p, foundedOn: '2000-01-01' });
  ids.d2 = await createOrg(server, { code: 'LC-SAPA', name: 'Thị ủy Sa Pa', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'TOWN', parentId: ids.p, foundedOn: '2000-01-01' });
  ids.g1 = await createOrg(server, { code: 'LC-TANLAP', name: 'Đảng bộ xã Tân Lập', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.d1, foundedOn: '2000-01-01' });
  ids.g2 = await createOrg(server, { code: 'LC-TAVAN', name: 'Đảng bộ xã Tả Van', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.d2, foundedOn: '2000-01-01' });
  ids.c1 = await createOrg(server, { code: 'LC-TANLAP-01', name: 'Chi bộ thôn Tân Lập 1', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.g1, foundedOn: '2000-01-01' });
  ids.c2 = await createOrg(server, { code: 'LC-TANLAP-02', name: 'Chi bộ thôn Tân Lập 2', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.g1, foundedOn: '2000-01-01' });
  ids.c3 = await createOrg(server, { code: 'LC-TAVAN-01', name: 'Chi bộ thôn Tả Van Mông', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.g2, foundedOn: '2000-01-01' });
  for (const name of ['Giàng A Dế', 'Lồ Thị Mai', 'Vàng A Chư']) await createMember(server, { organizationId: ids.c1, fullName: name, since: '2010-01-01' });
  await createMember(server, { organizationId: ids.c2, fullName: 'Sùng Thị Chá', gender: 'FEMALE', since: '2010-01-01' });
  await createMember(server, { organizationId: ids.c3, fullName: 'Má A Lử', since: '2010-01-01' });
  await server.userWith('canbo.laocai', [{ role: 'STAFF', organizationId: ids.p }]);
  await server.userWith('quantri.laocai', [{ role: 'ADMIN', organizationId: ids.p }]);

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Refusals are answered with an HTTP error status on purpose.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) pageErrors.push(m.text());
  });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) {
    await page.screenshot({ path: `${SHOTS}FAILED-manage-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`, fullPage: true }).catch(() => undefined);
  }
});

afterAll(async () => {
  if (pageErrors.length) console.error('[browser errors]\n' + pageErrors.join('\n'));
  await browser?.close();
  await server?.close();
});

describe('organisations', () => {
  it('moves a grassroots committee after a preview of what moves and of the tree after', async () => {
    await signIn('canbo.laocai', 'canbo.laocai-password-1', '/manage');
    await page.waitForURL('**/manage/organizations');
    await page.getByTestId('orgs-admin-page').waitFor();
    await searchAndPick('org-select', 'tan lap', 'Đảng bộ xã Tân Lập');
    await page.getByTestId('org-members').filter({ hasText: '4' }).waitFor();
    await page.getByTestId('org-actions').getByRole('tab', { name: 'Chuyển' }).click();
    await searchAndPick('org-new-parent', 'sa pa', 'Thị ủy Sa Pa');
    await typeIntoPicker(page, 'org-effective-on', '01/01/2024');
    await page.getByTestId('org-preview-button').click();
    const preview = page.getByTestId('org-preview');
    await preview.waitFor();
    expect(await page.getByTestId('preview-orgs').textContent()).toContain('3');
    expect(await page.getByTestId('preview-cells').textContent()).toContain('2');
    expect(await page.getByTestId('preview-members').textContent()).toContain('4');
    const tree = await page.getByTestId('preview-tree').innerText();
    expect(tree.indexOf('Thị ủy Sa Pa')).toBeLessThan(tree.indexOf('Đảng bộ xã Tân Lập'));
    expect(await page.getByTestId('tree-changed').innerText()).toContain('Đảng bộ xã Tân Lập');
    await bothShots('01-move-preview');
    // Nothing has moved yet.
    const before = await server.data(`query($id: ID!) { organization(id: $id) { parent { code } } }`, { id: ids.g1 });
    expect(before.organization.parent.code).toBe('LC-BATXAT');

    await page.getByTestId('org-confirm').click();
    await page.locator('.ant-message').getByText('Đã chuyển Đảng bộ xã Tân Lập.').waitFor();
    await page.getByTestId('org-details').getByText('Thị ủy Sa Pa').waitFor();
    const after = await server.data(`query($id: ID!) { organization(id: $id) { parent { code } } }`, { id: ids.g1 });
    expect(after.organization.parent.code).toBe('LC-SAPA');
  });

  it('founds a cell from the keyboard: a taken code is refused next to its field', async () => {
    await page.getByTestId('org-actions').getByRole('tab', { name: 'Thành lập' }).click();
    await chooseOption(page, 'org-kind', 'Chi bộ');
    await inputOf(page, 'org-code').fill('LC-TANLAP-01');
    await inputOf(page, 'org-name').fill('Chi bộ thôn Tân Lập 3');
    await chooseOption(page, 'org-cell-type', 'Khu dân cư');
    await typeIntoPicker(page, 'org-founded-on', '01/02/2024');
    await inputOf(page, 'org-name').press('Enter');
    const codeItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('org-code') });
    await codeItem.getByText('Mã này đã được dùng.').waitFor();
    // The focus moves to the field at fault once the refusal is placed (a render after the text).
    await page.waitForFunction(() => /code/.test(document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? ''));
    await bothShots('02-create-code-taken');

    await inputOf(page, 'org-code').fill('LC-TANLAP-03');
    await inputOf(page, 'org-code').press('Enter');
    await page.getByTestId('tree-changed').filter({ hasText: 'Chi bộ thôn Tân Lập 3' }).waitFor();
    await page.getByTestId('org-confirm').click();
    await page.locator('.ant-message').getByText('Đã thành lập Chi bộ thôn Tân Lập 3.').waitFor();
    await page.getByTestId('org-details').getByText('LC-TANLAP-03').waitFor();
  });

  it('dissolves the empty cell, and merges a cell into another with its members', async () => {
    await page.getByTestId('org-actions').getByRole('tab', { name: 'Giải thể' }).click();
    await typeIntoPicker(page, 'org-effective-on', '01/03/2024');
    await page.getByTestId('org-preview-button').click();
    await page.getByTestId('preview-dissolved').getByText('Chi bộ thôn Tân Lập 3').waitFor();
    await page.getByTestId('org-confirm').click();
    await page.locator('.ant-message').getByText('Đã giải thể Chi bộ thôn Tân Lập 3.').waitFor();

    await searchAndPick('org-select', 'tan lap 2', 'Chi bộ thôn Tân Lập 2');
    await page.getByTestId('org-details').getByText('LC-TANLAP-02').waitFor();
    await page.getByTestId('org-actions').getByRole('tab', { name: 'Hợp nhất' }).click();
    await searchAndPick('org-merge-target', 'tan lap 1', 'Chi bộ thôn Tân Lập 1');
    await typeIntoPicker(page, 'org-effective-on', '01/03/2024');
    await page.getByTestId('org-preview-button').click();
    await page.getByTestId('org-preview').waitFor();
    expect(await page.getByTestId('preview-members').textContent()).toContain('1');
    expect(await page.getByTestId('preview-dissolved').textContent()).toContain('Chi bộ thôn Tân Lập 2');
    await bothShots('03-merge-preview');
    await page.getByTestId('org-confirm').click();
    await page.locator('.ant-message').getByText('Đã hợp nhất vào Chi bộ thôn Tân Lập 1.').waitFor();
    await page.getByTestId('org-members').filter({ hasText: '4' }).waitFor();
  });
});

describe('members', () => {
  let memberId = '';

  it('finds members by name without accents below the clerk’s organisation', async () => {
    await page.getByTestId('manage-nav-members').click();
    await page.waitForURL('**/manage/members');
    const table = page.getByTestId('members-table');
    await table.getByText('Má A Lử').waitFor();
    await inputOf(page, 'members-search').fill('chu');
    await inputOf(page, 'members-search').press('Enter');
    await page.waitForURL(/q=chu/);
    await table.locator('tbody tr.ant-table-row').filter({ hasText: 'Vàng A Chư' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="members-table"] tbody tr.ant-table-row').length === 1);
    await bothShots('04-members-search');
  });

  it('pages through the members by cursor: page and size in the address, no cap, a new search starts on page 1', async () => {
    const cell = await createOrg(server, { code: 'LC-TAVAN-05', name: 'Chi bộ bản Lếch', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.g2, foundedOn: '2000-01-01' });
    for (let i = 1; i <= 45; i++) await createMember(server, { organizationId: cell, fullName: `Lý Văn Lếch ${String(i).padStart(2, '0')}`, since: '2010-01-01' });
    await page.goto(`${server.url}/manage/members?org=${encodeURIComponent(cell)}&size=20`);
    const rows = page.getByTestId('members-table').locator('tbody tr.ant-table-row');
    const pager = page.getByTestId('pager');
    await pager.filter({ hasText: '1–20 trong 45' }).waitFor();
    expect(await rows.count()).toBe(20);
    expect(await rows.first().textContent()).toContain('Lý Văn Lếch 01');
    await bothShots('04b-members-pages');
    await pager.getByRole('button', { name: 'Trang sau' }).click();
    await page.waitForURL(/[?&]p=2.*after=|after=.*[?&]p=2/);
    await pager.filter({ hasText: '21–40 trong 45' }).waitFor();
    await rows.first().filter({ hasText: 'Lý Văn Lếch 21' }).waitFor();
    expect(await rows.count()).toBe(20);
    // The address holds the page: a reload shows the same rows.
    await page.reload();
    await rows.first().filter({ hasText: 'Lý Văn Lếch 21' }).waitFor();
    expect(await rows.last().textContent()).toContain('Lý Văn Lếch 40');
    await pager.getByRole('button', { name: 'Trang cuối' }).click();
    await pager.filter({ hasText: '41–45 trong 45' }).waitFor();
    await rows.first().filter({ hasText: 'Lý Văn Lếch 41' }).waitFor();
    expect(await rows.count()).toBe(5);
    await bothShots('04c-members-last-page');
    await pager.getByRole('button', { name: 'Trang trước' }).click();
    await rows.first().filter({ hasText: 'Lý Văn Lếch 21' }).waitFor();
    // A search starts again on the first page, the organisation and the size kept.
    await inputOf(page, 'members-search').fill('lech 45');
    await inputOf(page, 'members-search').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'lech 45' && !url.searchParams.has('p') && !url.searchParams.has('before') && url.searchParams.get('size') === '20');
    await page.waitForFunction(() => {
      const names = Array.from(document.querySelectorAll('[data-testid="members-table"] tbody tr.ant-table-row'), (r) => r.textContent ?? '');
      return names.length === 1 && names[0]!.includes('Lý Văn Lếch 45');
    });
    expect(page.url()).toContain(`org=${encodeURIComponent(cell)}`);
    // Back to the clerk's whole list for the next case (adding a member from there).
    await page.goto(`${server.url}/manage/members`);
    await page.getByTestId('members-table').getByText('Má A Lử').waitFor();
  });

  it('adds a member: the shared rules and the server’s refusal next to their fields', async () => {
    const taken = await server.data(`{ organization(code: "LC-TAVAN-01") { members { nodes { cardNumber } } } }`);
    const takenCard = taken.organization.members.nodes[0].cardNumber as string;
    await page.getByTestId('member-add').click();
    await page.waitForURL('**/manage/members/new');
    await searchAndPick('member-cell', 'ta van', 'Chi bộ thôn Tả Van Mông');
    await inputOf(page, 'member-card').fill(takenCard);
    await inputOf(page, 'member-full-name').fill('Thào Thị Dung');
    await page.getByTestId('member-gender').getByText('Nữ').click();
    await typeIntoPicker(page, 'member-birth-date', '01/01/2010');
    await typeIntoPicker(page, 'member-joined-on', '01/01/2020');
    await typeIntoPicker(page, 'member-since', '01/01/2024');
    await inputOf(page, 'member-full-name').press('Enter');
    // Joining before 18: the shared rule, said before anything is sent.
    const joinedItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('member-joined-on') });
    await joinedItem.getByText('Chưa đủ 18 tuổi khi vào Đảng.').waitFor();
    await bothShots('05-member-too-young');
    await typeIntoPicker(page, 'member-birth-date', '01/01/1990');
    await joinedItem.getByText('Chưa đủ 18 tuổi khi vào Đảng.').waitFor({ state: 'detached' });
    await inputOf(page, 'member-full-name').press('Enter');
    const cardItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('member-card') });
    await cardItem.getByText('Số thẻ này đã có đảng viên khác.').waitFor();
    // The focus moves to the field at fault once the refusal is placed (a render after the text).
    await page.waitForFunction(() => document.activeElement?.id === 'cardNumber');
    await inputOf(page, 'member-card').fill('LC-2020-0042');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/manage\/members\/(?!new)/);
    memberId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByTestId('member-name').filter({ hasText: 'Thào Thị Dung' }).waitFor();
  });

  it('corrects, transfers and changes the status of the member; the history shows each change', async () => {
    // Correct: Ctrl+S saves from anywhere on the form.
    await inputOf(page, 'member-full-name').fill('Thào Thị Dung (Mỷ)');
    await page.keyboard.press('Control+s');
    await page.locator('.ant-message').getByText('Đã sửa thông tin.').waitFor();
    await page.getByTestId('member-name').filter({ hasText: 'Thào Thị Dung (Mỷ)' }).waitFor();

    await page.getByTestId('member-tabs').getByRole('tab', { name: 'Chuyển sinh hoạt' }).click();
    await searchAndPick('member-transfer-cell', 'tan lap 1', 'Chi bộ thôn Tân Lập 1');
    await typeIntoPicker(page, 'member-effective-on', '01/06/2024');
    await page.getByTestId('member-transfer-save').click();
    await page.locator('.ant-message').getByText('Đã chuyển sinh hoạt sang Chi bộ thôn Tân Lập 1.').waitFor();
    await page.getByTestId('member-cell').filter({ hasText: 'Chi bộ thôn Tân Lập 1' }).waitFor();

    await page.getByTestId('member-tabs').getByRole('tab', { name: 'Thay đổi tình trạng' }).click();
    await chooseOption(page, 'member-new-status', 'Đã từ trần');
    await page.getByTestId('member-final-warning').waitFor();
    await chooseOption(page, 'member-new-status', 'Miễn sinh hoạt');
    await page.getByTestId('member-final-warning').waitFor({ state: 'detached' });
    await typeIntoPicker(page, 'member-effective-on', '01/07/2024');
    await page.getByTestId('member-status-save').click();
    await page.locator('.ant-message').getByText('Đã ghi nhận: Miễn sinh hoạt.').waitFor();
    await page.getByTestId('member-status').filter({ hasText: 'Miễn sinh hoạt' }).waitFor();

    await page.getByTestId('member-tabs').getByRole('tab', { name: 'Lịch sử' }).click();
    const cells = page.getByTestId('member-cells-history');
    await cells.getByText('Chi bộ thôn Tân Lập 1').waitFor();
    expect(await cells.locator('tbody tr.ant-table-row').count()).toBe(2);
    expect(await cells.textContent()).toContain('Chi bộ thôn Tả Van Mông');
    expect(await page.getByTestId('member-status-history').locator('tbody tr.ant-table-row').count()).toBe(2);
    const changes = page.getByTestId('member-changes');
    await changes.getByText('Thay đổi tình trạng').waitFor();
    for (const action of ['Thêm đảng viên', 'Sửa thông tin đảng viên', 'Chuyển sinh hoạt']) expect(await changes.textContent()).toContain(action);
    await changes.getByText('Sửa thông tin đảng viên').click();
    const diff = page.getByTestId('change-diff').first();
    await diff.waitFor();
    expect(await diff.locator('tr.diff-changed').filter({ hasText: 'fullName' }).textContent()).toContain('Thào Thị Dung (Mỷ)');
    await bothShots('06-member-history');

    // The member's own page shows the same history.
    await page.goto(`${server.url}/member/${encodeURIComponent(memberId)}`);
    await page.getByTestId('membership-history').getByText('Chi bộ thôn Tả Van Mông').waitFor();
    expect(await page.getByTestId('membership-history').locator('tbody tr.ant-table-row').count()).toBe(2);
    expect(await page.getByTestId('status-history').textContent()).toContain('Miễn sinh hoạt');
    await page.getByTestId('member-manage').waitFor();
  });
});

describe('accounts', () => {
  const row = (username: string) => page.getByTestId('users-table').locator('tr.ant-table-row', { hasText: username });

  it('creates an account from the keyboard and grants it a role on an organisation found by search', async () => {
    await signIn('quantri.laocai', 'quantri.laocai-password-1', '/manage/users');
    await row('canbo.laocai').waitFor();
    // A national admin is outside this admin's scope: not listed.
    expect(await page.getByTestId('users-table').textContent()).not.toContain('test-admin');
    await page.getByTestId('user-create').click();
    await inputOf(page, 'user-username').fill('CB.TaVan');
    await inputOf(page, 'user-display-name').fill('Cán bộ xã Tả Van');
    await inputOf(page, 'user-password').fill('ngan');
    await inputOf(page, 'user-password').press('Enter');
    const passwordItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('user-password') });
    await passwordItem.getByText('Mật khẩu ít nhất 10 ký tự.').waitFor();
    await inputOf(page, 'user-password').fill('mat-khau-du-dai-2026');
    await inputOf(page, 'user-password').press('Enter');
    await page.locator('.ant-message').getByText('Đã tạo tài khoản cb.tavan. Hãy giao quyền cho tài khoản.').waitFor();

    const drawer = page.getByTestId('grants-drawer');
    await drawer.getByText('Chưa có quyền').waitFor();
    await searchAndPick('grant-org', 'ta van', 'Đảng bộ xã Tả Van');
    await page.getByTestId('grant-save').click();
    await drawer.getByTestId('grant-row').filter({ hasText: 'Đảng bộ xã Tả Van' }).waitFor();
    // The same role there again: the server's refusal, next to the role.
    await searchAndPick('grant-org', 'ta van', 'Đảng bộ xã Tả Van');
    await page.getByTestId('grant-save').click();
    await page.locator('.ant-form-item').filter({ has: page.getByTestId('grant-role') }).getByText('Tài khoản đã có vai trò này ở đây.').waitFor();
    await bothShots('07-grants');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await row('cb.tavan').getByText('Đảng bộ xã Tả Van').waitFor();
    await bothShots('08-users');
  });

  it('resets the password, deactivates the account and revokes its role', async () => {
    await row('cb.tavan').getByTestId('user-reset').click();
    await inputOf(page, 'user-new-password').fill('mat-khau-moi-2026-12');
    await inputOf(page, 'user-new-password').press('Enter');
    await page.locator('.ant-message').getByText('Đã đặt lại mật khẩu cho cb.tavan; các phiên đăng nhập cũ đã kết thúc.').waitFor();
    const signedIn = await server.signIn('cb.tavan', 'mat-khau-moi-2026-12');
    expect(signedIn.cookie).not.toBe('');

    await row('cb.tavan').getByTestId('user-toggle').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Khóa' }).click();
    await row('cb.tavan').getByText('Đã khóa').waitFor();
    await expect(server.signIn('cb.tavan', 'mat-khau-moi-2026-12')).rejects.toThrow();

    await row('cb.tavan').getByTestId('user-grants').click();
    await page.getByTestId('grant-revoke').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thu hồi' }).click();
    await page.getByTestId('grants-drawer').getByText('Chưa có quyền').waitFor();
    await page.keyboard.press('Escape');
    await row('cb.tavan').getByText('Chưa có quyền').waitFor();
  });

  it('pages through more accounts than one page holds; the page is in the address; the scope holds on every page', async () => {
    const { auth } = systemServices(server.orm);
    // Staff of the province (this admin's scope) and of elsewhere (a national account: not theirs).
    for (let i = 0; i < 56; i++) {
      const user = await auth.createUser({ username: `nhanvien.${String(i).padStart(2, '0')}`, displayName: `Nhân viên ${i}`, password: 'mat-khau-du-dai-2026' });
      await auth.grant(user.id, 'STAFF', fromGlobalId(ids.g1!).id);
    }
    await auth.createUser({ username: 'nhanvien.ngoai', displayName: 'Ngoài phạm vi', password: 'mat-khau-du-dai-2026' }).then((u) => auth.grant(u.id, 'STAFF', null));
    await page.goto(`${server.url}/manage/users`);
    const rows = page.getByTestId('users-table').locator('tr.ant-table-row');
    await row('nhanvien.00').waitFor();
    expect(await rows.count()).toBe(50);
    const total = Number((await page.getByTestId('users-page').locator('.ant-card-head-title').textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(56);
    await bothShots('11-users-pages');
    await page.getByTestId('pager').getByRole('button', { name: 'Trang sau' }).click();
    await page.waitForURL(/[?&]p=2/);
    await row('nhanvien.55').waitFor();
    expect(await rows.count()).toBe(total - 50);
    await page.reload();
    await row('nhanvien.55').waitFor();
    expect(await page.getByTestId('users-table').textContent()).not.toContain('nhanvien.00');
    const second = await page.getByTestId('users-table').textContent();
    expect(second).not.toContain('nhanvien.ngoai');
    expect(second).not.toContain('test-admin');
  });
});

describe('audit log', () => {
  it('filters by who and what, shows an entry before and after side by side, and exports it escaped', async () => {
    // A name a spreadsheet would run as a formula, to be exported as text.
    await server.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, { input: { id: ids.c3, name: '=HYPERLINK("http://x","Chi bộ")' } });
    await page.getByTestId('manage-nav-audit').click();
    await page.waitForURL('**/manage/audit');
    const table = page.getByTestId('audit-table');
    await table.locator('tr.ant-table-row').first().waitFor();

    await inputOf(page, 'audit-who').fill('canbo');
    await inputOf(page, 'audit-who').press('Enter');
    await page.waitForURL(/who=canbo/);
    await chooseOption(page, 'audit-what', 'Chuyển tổ chức');
    await page.keyboard.press('Escape');
    await page.waitForURL(/what=moveOrganization/);
    await page.getByTestId('audit-count').filter({ hasText: /^1 mục$/ }).waitFor();
    const entry = table.locator('tr.ant-table-row').first();
    expect(await entry.textContent()).toContain('canbo.laocai');
    expect(await entry.textContent()).toContain('Đảng bộ xã Tân Lập');
    await entry.click();
    const diff = page.getByTestId('change-diff');
    await diff.waitFor();
    expect(await diff.locator('thead').textContent()).toContain('Trước');
    // The place changed: the parent and the path, before and after.
    expect(await diff.locator('tr.diff-changed').filter({ hasText: 'parentId' }).count()).toBe(1);
    expect(await diff.locator('tr.diff-changed').filter({ hasText: 'path' }).count()).toBe(1);
    await bothShots('09-audit-entry');

    // The whole log of this admin's scope, exported: the formula is written as text.
    await page.goto(`${server.url}/manage/audit?type=Organization`);
    await table.getByText('=HYPERLINK("http://x","Chi bộ")').waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const csv = await file.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Thời điểm (UTC),Người thực hiện,Thao tác,Đối tượng,Mã đối tượng,Mục,Trước,Sau');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""Chi bộ"")"`);
    expect(csv).toContain('Chuyển tổ chức');
    expect(csv).not.toContain('Thêm đảng viên');
  });

  it('reads in English too', async () => {
    await page.goto(`${server.url}/manage/audit?what=moveOrganization`);
    await page.getByTestId('language').getByText('English').click();
    await page.getByText('Audit log', { exact: true }).first().waitFor();
    await page.getByTestId('audit-table').getByText('Move an organisation').waitFor();
    await page.getByTestId('manage-nav-organizations').click();
    await page.getByText('Manage party organisations').waitFor();
    await shot('10-english');
    await page.getByTestId('language').getByText('Tiếng Việt').click();
    await page.getByText('Quản lý tổ chức đảng').waitFor();
  });
});
