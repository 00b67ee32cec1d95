import { excusedStreaks, isRegularMeeting, meetingFacts } from '@fourgood/rules';
import { describe, expect, it } from 'vitest';
import { months } from '../calendar.js';
import type { ActivityCells, Cell, Group, Tenure } from './activity-cells.js';
import { meetingCalendar, planCellMeetings, setExcusedStreaks, type MeetingRow } from './meetings.js';

/** A residential cell of 12 members in Tân Thạnh, with a day-4-to-10 window, and the context around it. */
function activityOf(today: string): { activity: ActivityCells; cell: Cell } {
  const group: Group = { key: 'tanThanh', code: 'QNA-TAMKY-TANTHANH', region: 'central' };
  const cellOf = (id: number, name: string, tenures: Tenure[]): Cell => ({
    id,
    code: `QNA-TAMKY-TANTHANH-${id}`,
    name,
    cellType: 'RESIDENTIAL',
    group,
    path: `/1/2/${id}/`,
    rootId: 1,
    links: [{ path: `/1/2/${id}/`, from: '2010-01-01', to: null }],
    window: { fromDay: 4, toDay: 10 },
    tenures,
    residential: true,
  });
  const tenures = Array.from({ length: 12 }, (_, i): Tenure => ({
    memberId: 100 + i,
    fullName: `Đảng viên ${i + 1}`,
    position: i === 0 ? 'SECRETARY' : 'MEMBER',
    from: '2015-01-01',
    to: null,
  }));
  const cell = cellOf(10, 'Chi bộ khối phố An Hà', tenures);
  const others = [cellOf(11, 'Chi bộ Phòng Quản lý an toàn thực phẩm', []), cellOf(12, 'Chi bộ khối phố Trường Đông', [])];
  const cells = [cell, ...others];
  const activity: ActivityCells = {
    today,
    from: '2023-01-01',
    lastMonth: '2026-10',
    cells,
    cellById: new Map(cells.map((c) => [c.id, c])),
    foodSafety: others[0]!,
    truongDong: others[1]!,
    rollOf: (c) => c.tenures,
    committeesOn: () => [],
    orgByCode: () => undefined,
    requireOrg: (code) => {
      throw new Error(code);
    },
    residentialOf: (key) => cells.filter((c) => c.group.key === key),
  };
  return { activity, cell };
}

function plan(today = '2026-11-15'): MeetingRow[] {
  const { activity, cell } = activityOf(today);
  let next = 500;
  return planCellMeetings(cell, activity, meetingCalendar(activity), () => next++);
}

describe('planCellMeetings (the demo meetings of one cell)', () => {
  it('is deterministic: the same cell and day give the same meetings and attendance', () => {
    const strip = (ms: MeetingRow[]) => ms.map(({ cell, attendance, ...m }) => ({ ...m, cell: cell.id, attendance: attendance.map(({ meeting, ...a }) => ({ ...a, meeting: meeting.id })) }));
    expect(strip(plan())).toEqual(strip(plan()));
  });

  it('holds at most one regular meeting a month from January 2023 to the month before today, most of them, ids in the order planned', () => {
    const meetings = plan();
    expect(meetings.map((m) => m.id)).toEqual(meetings.map((_, i) => 500 + i));
    expect(meetings.every((m) => m.date >= '2023-01-01' && m.date < '2026-11-01')).toBe(true);
    const regularMonths = meetings.filter((m) => isRegularMeeting(m.kind)).map((m) => m.date.slice(0, 7));
    expect(new Set(regularMonths).size).toBe(regularMonths.length);
    expect(regularMonths.length).toBeGreaterThan(months('2023-01', '2026-10').length - 6);
  });

  it('records the whole roll at every meeting, the counts add up, excused absences carry a reason', () => {
    for (const m of plan()) {
      expect(m.attendance.map((a) => a.memberId)).toEqual(Array.from({ length: 12 }, (_, i) => 100 + i));
      const count = (status: string) => m.attendance.filter((a) => a.status === status).length;
      expect([m.eligibleCount, m.presentCount, m.excusedCount, m.unexcusedCount]).toEqual([12, count('PRESENT'), count('EXCUSED'), count('UNEXCUSED')]);
      expect(m.attendance.every((a) => (a.status === 'EXCUSED') === (a.reason !== null))).toBe(true);
    }
  });

  it('derives duration, evening and window from the rules, as the meeting service does', () => {
    const { cell } = activityOf('2026-11-15');
    for (const m of plan()) {
      const facts = meetingFacts({ kind: m.kind, date: m.date, startTime: m.startTime, endTime: m.endTime, window: cell.window });
      expect({ durationMinutes: m.durationMinutes, evening: m.evening, inWindow: m.inWindow }).toEqual({
        durationMinutes: facts.durationMinutes,
        evening: facts.evening,
        inWindow: facts.inWindow,
      });
    }
  });

  it('leaves the meetings of the last 40 days unrated', () => {
    const meetings = plan();
    expect(meetings.filter((m) => m.date >= '2026-10-06').every((m) => m.quality === null)).toBe(true);
    expect(meetings.filter((m) => m.quality !== null).length).toBeGreaterThan(meetings.length / 2);
  });
});

describe('setExcusedStreaks', () => {
  it("sets each member's run of excused absences in date order", () => {
    const meetings = plan();
    setExcusedStreaks(meetings);
    const member = 105;
    const rows = meetings.flatMap((m) => m.attendance).filter((a) => a.memberId === member);
    expect(rows.map((a) => a.streak)).toEqual(excusedStreaks(rows.map((a) => a.status)));
  });
});
