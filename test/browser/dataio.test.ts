import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR, SHOTS, launchChromium, phoneShot, requireBrowserParts, signInThroughForm, stillForPicture } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The import screen in a real browser on an empty database: a staff admin downloads nothing,
 * chooses a workbook with both sheets, checks it (the counts, nothing saved), applies it, then
 * checks a file with mistakes and reads the rows at fault. Needs the admin app built
 * (`pnpm --filter @fourgood/admin build`); screenshots go to test/artifacts/screenshots/.
 */

let server: TestServer;
let browser: Browser;
let page: Page;
let dir: string;
/** The next job stops at its first CHECKING step until the test releases it (to see it RUNNING honestly). */
let hold: { reached: () => void; release: Promise<void> } | null = null;
const releases: Array<() => void> = [];
function holdNextJob(): { reached: Promise<void>; release: () => void } {
  let reached!: () => void;
  let release!: () => void;
  const reachedP = new Promise<void>((r) => (reached = r));
  hold = { reached, release: new Promise<void>((r) => (release = r)) };
  releases.push(release);
  return { reached: reachedP, release };
}

async function workbook(name: string, orgs: string[][], members: string[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const o = book.addWorksheet('Tổ chức');
  o.addRow(['Mã', 'Tên', 'Loại', 'Khối', 'Loại hình chi bộ', 'Mã cấp trên', 'Từ ngày']);
  orgs.forEach((r) => o.addRow(r));
  const m = book.addWorksheet('Đảng viên');
  m.addRow(['Số thẻ đảng viên', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Ngày chính thức', 'Chức vụ', 'Mã chi bộ', 'Từ ngày', 'Tình trạng']);
  members.forEach((r) => m.addRow(r));
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

async function shot(name: string) {
  await page.mouse.move(2, (page.viewportSize()?.height ?? 768) - 2);
  await stillForPicture(page);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

beforeAll(async () => {
  requireBrowserParts();
  dir = mkdtempSync(join(tmpdir(), 'fourgood-import-ui-'));
  server = await startTestServer({
    config: { adminDir: ADMIN_DIR },
    importJobHooks: {
      async onProgress(_id, p) {
        const h = hold;
        if (h && p.phase === 'CHECKING') {
          hold = null;
          h.reached();
          await h.release;
        }
      },
    },
  });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  await signInThroughForm(page, server.url, { username: 'test-admin', password: 'test-admin-password-1' }, { arrived: (url) => url.pathname === '/' });
});
afterAll(async () => {
  for (const release of releases) release();
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('import screen', () => {
  it('checks a workbook, shows the counts, applies it; a file with mistakes lists the rows at fault', async () => {
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-page').waitFor();
    const good = await workbook(
      'du-lieu.xlsx',
      [
        ['UI', 'Đảng bộ tỉnh Giao Diện', 'Đảng bộ tỉnh', '', '', '', '01/01/2000'],
        ['UI-X', 'Đảng ủy xã Một', 'Đảng bộ cơ sở', '', '', 'UI', '01/01/2000'],
        ['UI-X-C1', 'Chi bộ thôn 1', 'Chi bộ', '', 'Khu dân cư', 'UI-X', '01/01/2000'],
      ],
      [
        ['UI-0001', 'Nguyễn Văn An', 'Nam', '15/03/1970', '03/02/1995', '03/02/1996', 'Bí thư', 'UI-X-C1', '01/01/2010', 'Đang sinh hoạt'],
        ['UI-0002', 'Trần Thị Bình', 'Nữ', '01/06/1985', '19/05/2010', '', 'Đảng viên', 'UI-X-C1', '01/01/2011', ''],
      ],
    );
    await page.getByTestId('import-file').setInputFiles(good);
    await expect.poll(() => page.getByTestId('import-file-name').textContent()).toContain('du-lieu.xlsx');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-outcome').textContent()).toContain('Tệp hợp lệ');
    expect(await page.getByTestId('import-report').textContent()).toContain('Thêm mới: 2');
    await shot('import-checked-1280');
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-outcome').filter({ hasText: 'Đã ghi vào hệ thống' }).waitFor();
    const data = await server.data(`{ organization(code: "UI") { stats { members organizations } } }`);
    expect(data.organization.stats).toEqual({ members: 2, organizations: 2 });

    const bad = await workbook(
      'co-loi.xlsx',
      [],
      [
        ['UI-0003', 'Lê Văn Cường', 'X', '31/02/1990', '01/01/2015', '', '', 'UI-X-C1', '', ''],
        ['UI-0004', 'Phạm Thị Dung', 'Nữ', '01/01/1990', '01/01/2015', '', '', 'UI-KHONG', '', ''],
        ['UI-0004', 'Phạm Thị Dung', 'Nữ', '01/01/1990', '01/01/2015', '', '', 'UI-X', '', ''],
      ],
    );
    await page.getByTestId('import-file').setInputFiles(bad);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-problems').waitFor();
    const table = await page.getByTestId('import-problems').textContent();
    expect(table).toContain('Ngày sinh');
    expect(table).toContain('Không có chi bộ với mã này');
    expect(table).toContain('Trùng với dòng 3 của tệp');
    expect(table).toContain('Giá trị không hợp lệ');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await shot('import-problems-1280');
    await phoneShot(page, `${SHOTS}import-problems-390.png`);
  });

  it('shows the running job’s phase and progress; a page reloaded mid-way finds the job again with its report', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-page').waitFor();
    const rows = Array.from({ length: 40 }, (_, i) => [`UI-1${String(i).padStart(3, '0')}`, `Người Thứ ${i}`, 'Nam', '01/01/1980', '01/01/2005', '01/01/2006', 'Đảng viên', 'UI-X-C1', '01/01/2010', 'Đang sinh hoạt']);
    const path = await workbook('lan-hai.xlsx', [], rows);
    await page.getByTestId('import-file').setInputFiles(path);
    await expect.poll(() => page.getByTestId('import-file-name').textContent()).toContain('lan-hai.xlsx');
    const held = holdNextJob();
    await page.getByTestId('import-check').click();
    await held.reached;
    // The job is RUNNING, held in its checking step: the page shows the phase the server reports.
    await page.getByTestId('import-phase').filter({ hasText: 'Đang kiểm tra dữ liệu' }).waitFor();
    expect(await page.getByTestId('import-progress').textContent()).toContain('50%');
    await shot('import-progress-1280');
    await phoneShot(page, `${SHOTS}import-progress-390.png`);
    expect(await page.getByTestId('import-check').isDisabled()).toBe(true);

    // Reloaded while the job runs (on SQLite the page's first queries wait for the import's transaction).
    await page.reload({ waitUntil: 'commit' });
    held.release();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-outcome').textContent()).toContain('Tệp hợp lệ');
    expect(await page.getByTestId('import-report').textContent()).toContain('Thêm mới: 40');
    expect(await page.getByTestId('import-last-job').textContent()).toContain('lan-hai.xlsx');
    // The file is gone with the reload: applying needs it chosen and checked again.
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);

    // And once more after it ended: the last job is found again.
    await page.reload();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-last-job').textContent()).toContain('lan-hai.xlsx');
  });
});
