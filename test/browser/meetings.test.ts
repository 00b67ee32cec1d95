import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '@fourgood/rules';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { ADMIN_DIR, SHOTS, chooseOption, inputOf, launchChromium, phoneShot, requireBrowserParts, stillForPicture, typeIntoPicker } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Cell meetings in a real browser over the demo data: the Quảng Ninh clerk opens the Food Safety
 * department cell (2023: 12 meetings, 7 with a thematic part, all good), sees the year's figures,
 * the list and the calendar, records a meeting in one form (the roll marked from the keyboard, an
 * assigned superior attending, the end-before-start check next to its field and a refusal of the
 * server shown next to the date), finds it in the list with its count and rate, raises and resolves
 * a recommendation, opens the meeting-quality score sheet, and reads a member's attendance.
 * Needs `pnpm --filter @fourgood/admin build` first; screenshots go to test/artifacts/screenshots/meetings-*.png.
 */
const STAFF = { username: 'canbo.quangninh', password: 'demo-staff-2026' };
const CELL_CODE = 'QN-KCCQ-SOYTE-02';
const CELL_NAME = 'Chi bộ Phòng Quản lý an toàn thực phẩm';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cellId = '';
const today = todayInVietnam();
const todayShown = `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`;
const year = today.slice(0, 4);
/** Members marked absent in the form: with reason, without. */
const absent: { excused?: string; unexcused?: string } = {};
const pageErrors: string[] = [];

async function shot(name: string, options: { fullPage?: boolean } = {}) {
  if (options.fullPage ?? true) await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(2, (page.viewportSize()?.height ?? 900) - 2);
  await stillForPicture(page);
  await page.screenshot({ path: `${SHOTS}meetings-${name}.png`, fullPage: options.fullPage ?? true });
}

/**
 * The whole page at once, the window as tall as the page: the form's action bar, kept at the foot
 * of the window while the clerk scrolls, then sits at the end of the form instead of across it.
 */
async function shotTall(name: string) {
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height });
  await shot(name, { fullPage: false });
  await page.setViewportSize(size);
}

async function settled() {
  await page.waitForLoadState('networkidle');
  await page.locator('[data-testid="page-loading"], .ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR }, prepare: (orm) => seedDemo(orm, { scale: 1 }).then(() => undefined) });
  const found = await server.data<{ organization: { id: string; name: string } }>(`query($code: String!) { organization(code: $code) { id name } }`, { code: CELL_CODE });
  expect(found.organization.name).toBe(CELL_NAME);
  cellId = found.organization.id;

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The refused save is answered with an HTTP error status on purpose.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) pageErrors.push(m.text());
  });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) {
    await page.screenshot({ path: `${SHOTS}FAILED-meetings-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`, fullPage: true }).catch(() => undefined);
  }
});

afterAll(async () => {
  if (pageErrors.length) console.error('[browser errors]\n' + pageErrors.join('\n'));
  await browser?.close();
  await server?.close();
});

describe('cell meetings', () => {
  it('shows the year’s meeting figures on the cell’s page', async () => {
    await page.goto(`${server.url}/login?next=${encodeURIComponent(`/org/${cellId}?year=2023`)}`);
    await page.locator('input[autocomplete="username"]').fill(STAFF.username);
    await page.locator('input[autocomplete="current-password"]').fill(STAFF.password);
    await page.locator('[data-testid="login-form"] button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === `/org/${cellId}`);
    await page.getByTestId('meeting-stat-regular-value').waitFor();
    await settled();
    // Seed 004: 12 regular meetings in 2023, a thematic part in every quarter, all rated good.
    expect(await page.getByTestId('meeting-stat-regular-value').textContent()).toBe('12/12 tháng');
    expect(await page.getByTestId('meeting-stat-thematic-value').textContent()).toBe('4/4 quý');
    expect(await page.getByTestId('meeting-stat-good-value').textContent()).toBe('100%');
    expect(await page.getByTestId('meeting-stats-section').textContent()).toContain('Từ 01/01/2023 đến 31/12/2023');
    await page.getByTestId('meeting-stats-section').scrollIntoViewIfNeeded();
    await shot('01-org-stats');
  });

  it('lists the cell’s meetings of a year and shows them on a calendar', async () => {
    await page.getByTestId('org-meetings').click();
    await page.waitForURL(`**/org/${cellId}/meetings`);
    await page.getByTestId('meetings-title').waitFor();
    expect(await page.getByTestId('breadcrumbs').textContent()).toContain(CELL_NAME);
    await chooseOption(page, 'meetings-year', '2023');
    await page.getByTestId('meetings-count').filter({ hasText: '12 buổi sinh hoạt năm 2023' }).waitFor();
    const table = page.getByTestId('meetings-table');
    // The count and the table come from separate answers: wait for the table's rows of 2023.
    await table.getByText('05/12/2023').waitFor();
    await settled();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(12);
    expect(await table.textContent()).toContain('05/12/2023');
    expect(await table.textContent()).toContain('Định kỳ + chuyên đề');
    expect(await table.locator('[data-quality="GOOD"]').count()).toBe(12);
    await shot('02-list');

    await page.getByTestId('meetings-view').getByText('Lịch').click();
    await page.getByTestId('meetings-calendar').waitFor();
    expect(await page.getByTestId('calendar-month').textContent()).toBe('Tháng 12/2023');
    expect(await page.getByTestId('calendar-meeting').count()).toBe(1);
    await shot('03-calendar');
    await page.getByTestId('meetings-calendar').getByText('Cả năm').click();
    await page.getByTestId('meetings-calendar').getByText('1 buổi').first().waitFor();
    await shot('03b-calendar-year');
    await page.getByTestId('meetings-view').getByText('Danh sách').click();

    // The monthly window of the regular meeting: days 4–10, moved to 5–12.
    expect(await page.getByTestId('meeting-window').textContent()).toContain('từ ngày 4 đến ngày 10 hằng tháng');
    await page.getByTestId('set-window').click();
    expect(await inputOf(page, 'window-from').inputValue()).toBe('4');
    await inputOf(page, 'window-from').fill('5');
    await inputOf(page, 'window-to').fill('12');
    await page.locator('.ant-modal').getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('meeting-window').filter({ hasText: 'từ ngày 5 đến ngày 12 hằng tháng' }).waitFor();

    await chooseOption(page, 'meetings-year', year);
    await page.getByTestId('meetings-count').filter({ hasText: `năm ${year}` }).waitFor();
  });

  it('records a meeting in one form: the roll from the keyboard, the checks next to their fields', async () => {
    await page.getByTestId('record-meeting').click();
    await page.waitForURL(`**/org/${cellId}/meetings/new`);
    const rows = page.getByTestId('roll').locator('tr[data-roll-index]');
    await rows.first().waitFor();
    await settled();
    expect(await page.getByTestId('count-expected').textContent()).toBe('10');
    expect(await page.getByTestId('count-present').textContent()).toBe('10');

    // End before start: said next to the end time at once, and the field is marked.
    await typeIntoPicker(page, 'meeting-start', '19:30');
    await typeIntoPicker(page, 'meeting-end', '19:00');
    await page.getByTestId('problem-endTime').waitFor();
    expect(await page.getByTestId('problem-endTime').textContent()).toBe('Giờ kết thúc phải sau giờ bắt đầu (19:30).');
    expect(await page.locator('.ant-form-item-has-error').filter({ has: page.getByTestId('meeting-end') }).count()).toBe(1);
    await shot('04-form-end-before-start', { fullPage: false });
    await typeIntoPicker(page, 'meeting-end', '21:30');
    await page.getByTestId('problem-endTime').waitFor({ state: 'detached' });
    expect(await page.getByTestId('meeting-duration').textContent()).toContain('Thời lượng 120 phút');

    await page.getByTestId('meeting-place').fill('Hội trường Chi cục An toàn vệ sinh thực phẩm');
    await page.getByTestId('meeting-draft-resolution').click();
    await page.getByTestId('meeting-full-minutes').click();
    await page.getByTestId('meeting-notes').fill('Quán triệt kế hoạch kiểm tra an toàn thực phẩm dịp Tết.');
    // The member of the superior committee assigned to follow the cell attended.
    await chooseOption(page, 'guest-assignments', 'Đặng Mỹ Hà');

    // The roll: the second member absent with reason (2, type the reason, Enter), the third without (3).
    await rows.nth(0).locator('td').nth(1).click();
    await page.keyboard.press('ArrowDown');
    absent.excused = (await rows.nth(1).getAttribute('data-testid'))!.replace('roll-row-', '');
    absent.unexcused = (await rows.nth(2).getAttribute('data-testid'))!.replace('roll-row-', '');
    await page.keyboard.press('2');
    // The reason box takes the keys once it has rendered (a frame later): typed before, they would
    // go to the row, whose space key changes the status.
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, `roll-reason-${absent.excused}`);
    await page.keyboard.type('Đi công tác');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-roll-index'))).toBe('2');
    await page.keyboard.press('3');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-roll-index'))).toBe('3');
    expect(await page.getByTestId(`roll-reason-${absent.excused}`).inputValue()).toBe('Đi công tác');
    expect(await page.getByTestId('count-present').textContent()).toBe('8');
    expect(await page.getByTestId('count-excused').textContent()).toBe('1');
    expect(await page.getByTestId('count-unexcused').textContent()).toBe('1');
    expect(await page.getByTestId('count-rate').textContent()).toBe('80%');
    expect(await page.getByTestId('footer-counts').textContent()).toContain('8/10');
    await shot('05-form-roll', { fullPage: false });
    await shotTall('05b-form-full');
    await phoneShot(page, `${SHOTS}meetings-05c-form-390.png`);

    // Meanwhile another clerk records this month's regular meeting: the server refuses a second
    // one, and the form says so next to the date.
    const first = `${today.slice(0, 7)}-01`;
    const roll = await server.data<{ meetingRoll: Array<{ id: string }> }>(`query($id: ID!, $date: Date!) { meetingRoll(organizationId: $id, date: $date) { id } }`, { id: cellId, date: first });
    await server.data(`mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`, {
      input: {
        organizationId: cellId,
        kind: 'REGULAR',
        date: first,
        startTime: '14:00',
        endTime: '16:00',
        place: 'Hội trường',
        draftResolution: true,
        fullMinutes: true,
        attendance: roll.meetingRoll.map((m) => ({ memberId: m.id, status: 'PRESENT' })),
      },
    });
    await page.getByTestId('save-meeting').click();
    await page.getByTestId('problem-date').waitFor();
    const month = `${today.slice(5, 7)}/${year}`;
    // The month and date come from the values of the server's field entry (its message is not read),
    // and so does the link to the meeting already recorded.
    expect(await page.getByTestId('problem-date').textContent()).toBe(
      `Tháng ${month} đã có buổi sinh hoạt định kỳ (ngày 01/${month}). Hãy chọn hình thức khác (chuyên đề, bất thường) hoặc sửa buổi đã có. Mở buổi đã có`,
    );
    expect(await page.getByTestId('problem-date').getByRole('link').getAttribute('href')).toMatch(/\/meetings\/[^/]+$/);
    expect(page.url()).toContain('/meetings/new');
    await shot('06-form-refused-by-server', { fullPage: false });

    // Recorded as an extraordinary meeting instead.
    await page.getByTestId('meeting-kind').getByText('Bất thường').click();
    await page.getByTestId('problem-date').waitFor({ state: 'detached' });
    await page.getByTestId('save-meeting').click();
    await page.waitForURL((url) => /^\/meetings\/[^/]+$/.test(url.pathname));
    await page.getByTestId('meeting-title').waitFor();
    await settled();
    expect(await page.getByTestId('meeting-title').textContent()).toBe(`Sinh hoạt bất thường ngày ${todayShown}`);
    expect(await page.getByTestId('meeting-attendance-summary').textContent()).toBe('8/10 đảng viên có mặt (80%)');
    const attendance = await page.getByTestId('meeting-attendance').textContent();
    expect(attendance).toContain('Vắng có lý do');
    expect(attendance).toContain('Đi công tác');
    expect(attendance).toContain('Vắng không lý do');
    expect(await page.getByTestId('meeting-guests').textContent()).toContain('Đặng Mỹ Hà');
    expect(await page.getByTestId('meeting-details').textContent()).toContain('19:30 – 21:30 (120 phút)');
    await shot('07-meeting');
  });

  it('shows the new meeting in the list with its attendance count and rate, and opens it', async () => {
    await page.getByTestId('crumb-meetings').click();
    await page.waitForURL(`**/org/${cellId}/meetings`);
    await page.getByTestId('meetings-table').waitFor();
    await settled();
    const row = page.getByTestId('meetings-table').locator('tbody tr', { has: page.locator('[data-kind="EXTRAORDINARY"]') });
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId('meeting-link').textContent()).toBe(todayShown);
    expect(await row.getByTestId('meeting-attendance').textContent()).toBe('8/10');
    expect(await row.getByTestId('meeting-rate').textContent()).toBe('80%');
    expect(await row.textContent()).toContain('vắng: 1 có lý do, 1 không lý do');
    await shot('08-list-with-new');
    await row.getByTestId('meeting-link').click();
    await page.waitForURL((url) => /^\/meetings\/[^/]+$/.test(url.pathname));
    await page.getByTestId('meeting-title').waitFor();
  });

  it('explains an edit that crossed another clerk’s change, and saves after reloading', async () => {
    const meetingId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    await page.getByTestId('edit-meeting').click();
    await page.waitForURL(`**/meetings/${encodeURIComponent(meetingId)}/edit`);
    await page.getByTestId('roll').locator('tr[data-roll-index]').first().waitFor();
    await settled();
    expect(await page.getByTestId('count-present').textContent()).toBe('8');
    expect(await page.getByTestId(`roll-reason-${absent.excused}`).inputValue()).toBe('Đi công tác');

    // Another clerk corrects the notes in the meantime.
    const current = await server.data<{ meeting: any }>(
      `query($id: ID!) { meeting(id: $id) { kind date startTime endTime place topic draftResolution fullMinutes lockVersion attendance { member { id } status reason } guests { fullName title assignment { id } } } }`,
      { id: meetingId },
    );
    const m = current.meeting;
    await server.data(`mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, {
      input: {
        id: meetingId,
        expectedVersion: m.lockVersion,
        kind: m.kind,
        date: m.date,
        startTime: m.startTime,
        endTime: m.endTime,
        place: m.place,
        topic: m.topic,
        draftResolution: m.draftResolution,
        fullMinutes: m.fullMinutes,
        notes: 'Ghi chú do đồng chí văn phòng bổ sung.',
        attendance: m.attendance.map((a: any) => ({ memberId: a.member.id, status: a.status, reason: a.reason })),
        guests: m.guests.map((g: any) => (g.assignment ? { assignmentId: g.assignment.id } : { fullName: g.fullName, title: g.title })),
      },
    });

    await page.getByTestId('meeting-place').fill('Phòng họp tầng 3, Chi cục An toàn vệ sinh thực phẩm');
    await page.getByTestId('save-meeting').click();
    await page.getByTestId('conflict').waitFor();
    expect(await page.getByTestId('conflict').textContent()).toContain('Buổi sinh hoạt vừa được người khác sửa');
    await page.locator('.ant-modal-confirm-title', { hasText: 'Buổi sinh hoạt vừa được người khác sửa' }).waitFor();
    await shot('08b-edit-conflict', { fullPage: false });
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Tải bản mới nhất' }).click();
    await expect.poll(() => page.getByTestId('meeting-notes').inputValue()).toBe('Ghi chú do đồng chí văn phòng bổ sung.');
    expect(await page.getByTestId('conflict').count()).toBe(0);
    await page.getByTestId('meeting-place').fill('Phòng họp tầng 3, Chi cục An toàn vệ sinh thực phẩm');
    await page.getByTestId('save-meeting').click();
    await page.waitForURL((url) => /^\/meetings\/[^/]+$/.test(url.pathname));
    await page.getByTestId('meeting-details').filter({ hasText: 'Phòng họp tầng 3' }).waitFor();
    expect(await page.getByTestId('meeting-details').textContent()).toContain('Ghi chú do đồng chí văn phòng bổ sung.');
  });

  it('raises a recommendation at the meeting and resolves it with a note', async () => {
    await page.getByTestId('raise-recommendation').click();
    await page.getByTestId('recommendation-text').fill('Đề nghị bổ sung kinh phí mua bộ test nhanh kiểm tra thực phẩm');
    await page.getByTestId('recommendation-by').fill('Hoàng Trung Hoan');
    await page.getByTestId('save-recommendation').click();
    await page.getByTestId('recommendation').waitFor();
    expect(await page.getByTestId('recommendation-status').getAttribute('data-status')).toBe('OPEN');
    await page.getByTestId('resolve-recommendation').click();
    // The outcome is required.
    await page.getByTestId('save-resolution').click();
    await page.locator('.ant-modal').getByText('Vui lòng điền mục này.').waitFor();
    await page.getByTestId('resolution-note').fill('Sở Y tế đã cấp bổ sung 50 bộ test nhanh.');
    await page.getByTestId('save-resolution').click();
    await page.locator('[data-testid="recommendation-status"][data-status="RESOLVED"]').waitFor();
    expect(await page.getByTestId('meeting-recommendations').textContent()).toContain('Sở Y tế đã cấp bổ sung 50 bộ test nhanh.');
    await settled();
    await shot('09-meeting-recommendation');
  });

  it('opens the meeting-quality score sheet with the figures filled from the meeting', async () => {
    await page.getByTestId('score-quality').click();
    await page.waitForURL('**/assessments/*');
    await page.getByTestId('score-sheet').waitFor();
    await settled();
    expect(await page.getByTestId('assessment-meeting').textContent()).toBe(`Buổi sinh hoạt ngày ${todayShown}`);
    // Attendance 8/10 with one absence without reason: the data gives no points for M.1.
    expect(await page.getByTestId('metric-M.1').textContent()).toContain('Từ số liệu');
    expect(await page.getByTestId('metric-M.1').textContent()).toContain('8/10');
    // 60 points so far (M.1 none, M.2–M.4 from the data, M.5 not scored yet): an average meeting.
    expect(await page.getByTestId('self-meeting-quality').textContent()).toBe('Chất lượng sinh hoạt: Trung bình');
    await shot('10-quality-sheet');
    // And back to the meeting, which now has its score sheet.
    await page.getByTestId('assessment-meeting').click();
    await page.getByTestId('open-quality').waitFor();
  });

  it('shows a member’s attendance record on the member page', async () => {
    await page.goto(`${server.url}/member/${absent.excused}`);
    await page.getByTestId('member-attendance').waitFor();
    await page.getByTestId('attendance-summary').waitFor();
    await settled();
    const card = page.getByTestId('member-attendance');
    expect(await card.textContent()).toContain('Đi công tác');
    expect(await card.textContent()).toContain('Vắng có lý do');
    expect(await card.textContent()).toContain(todayShown);
    await card.scrollIntoViewIfNeeded();
    await shot('11-member-attendance');
    // Another year: that year's meetings (or the word that there were none).
    await page.getByTestId('attendance-year').getByText('2023').click();
    await card.getByText(/\/2023$|năm 2023/).first().waitFor();
  });

  it('speaks English too', async () => {
    await page.goto(`${server.url}/org/${cellId}/meetings?year=2023`);
    await page.getByTestId('language').getByText('English').click();
    await page.getByTestId('meetings-title').filter({ hasText: 'Cell meetings' }).waitFor();
    await page.getByTestId('meetings-count').filter({ hasText: '12 meetings in 2023' }).waitFor();
    expect(await page.getByTestId('meetings-table').textContent()).toContain('Regular + thematic');
    await settled();
    await shot('12-list-english');
    await page.getByTestId('language').getByText('Tiếng Việt').click();
    await page.getByTestId('meetings-title').filter({ hasText: 'Sinh hoạt chi bộ' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
