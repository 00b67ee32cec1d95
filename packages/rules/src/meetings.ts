/**
 * Cell meetings (sinh hoạt chi bộ): the facts derived from one meeting and the calendar rules
 * that say how many meetings were due. Pure: the server stores these facts on each meeting row
 * (so subtree statistics are sums in SQL) and the admin app shows the same figures in its form.
 */
import { addYears, isIsoDate, type IsoDate } from './dates.js';

export const MeetingKind = {
  /** Sinh hoạt định kỳ (thường kỳ) hằng tháng. */
  REGULAR: 'REGULAR',
  /** Sinh hoạt chuyên đề. */
  THEMATIC: 'THEMATIC',
  /** Sinh hoạt thường kỳ có lồng ghép chuyên đề: counts as both. */
  REGULAR_WITH_THEMATIC: 'REGULAR_WITH_THEMATIC',
  /** Sinh hoạt bất thường. */
  EXTRAORDINARY: 'EXTRAORDINARY',
} as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];
export const MEETING_KINDS = Object.values(MeetingKind);

export const AttendanceStatus = {
  PRESENT: 'PRESENT',
  /** Vắng có lý do. */
  EXCUSED: 'EXCUSED',
  /** Vắng không lý do. */
  UNEXCUSED: 'UNEXCUSED',
} as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];
export const ATTENDANCE_STATUSES = Object.values(AttendanceStatus);

/** Counts as the month's regular meeting. */
export function isRegularMeeting(kind: MeetingKind): boolean {
  return kind === 'REGULAR' || kind === 'REGULAR_WITH_THEMATIC';
}

/** Counts as the quarter's thematic meeting. */
export function isThematicMeeting(kind: MeetingKind): boolean {
  return kind === 'THEMATIC' || kind === 'REGULAR_WITH_THEMATIC';
}

/** Guidance 12-HD/BTCTW: at least 90 minutes, 120 with a thematic part. */
export function minimumDurationMinutes(kind: MeetingKind): number {
  return isThematicMeeting(kind) ? 120 : 90;
}

/** A meeting starting at or after this hour is an evening meeting (residential cells meet after work). */
export const EVENING_FROM = '17:00';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

/** Minutes from start to end ("19:30" → "21:15" = 105); negative when end is before start. */
export function durationMinutes(start: string, end: string): number {
  const minutes = (t: string) => {
    const m = TIME.exec(t);
    if (!m) throw new Error(`Not a time of day: ${t}`);
    return Number(m[1]) * 60 + Number(m[2]);
  };
  return minutes(end) - minutes(start);
}

export function isEveningMeeting(start: string): boolean {
  return start >= EVENING_FROM;
}

/** The cell's monthly window for its regular meeting (days 4–10 in seed 001); null when it has none. */
export interface MeetingWindow {
  fromDay: number;
  toDay: number;
}

export function isValidWindow(window: MeetingWindow): boolean {
  const ok = (d: number) => Number.isInteger(d) && d >= 1 && d <= 31;
  return ok(window.fromDay) && ok(window.toDay) && window.fromDay <= window.toDay;
}

/** Whether the meeting date falls in the window; null when the cell has no window. */
export function inMeetingWindow(date: IsoDate, window: MeetingWindow | null): boolean | null {
  if (!window) return null;
  const day = Number(date.slice(8, 10));
  return day >= window.fromDay && day <= window.toDay;
}

/** The facts stored on a meeting row: what subtree statistics add up. */
export interface MeetingFacts {
  regular: boolean;
  thematic: boolean;
  durationMinutes: number;
  evening: boolean;
  inWindow: boolean | null;
  /** The duration reaches the guidance minimum for its kind. */
  longEnough: boolean;
}

export function meetingFacts(input: { kind: MeetingKind; date: IsoDate; startTime: string; endTime: string; window: MeetingWindow | null }): MeetingFacts {
  const minutes = durationMinutes(input.startTime, input.endTime);
  return {
    regular: isRegularMeeting(input.kind),
    thematic: isThematicMeeting(input.kind),
    durationMinutes: minutes,
    evening: isEveningMeeting(input.startTime),
    inWindow: isRegularMeeting(input.kind) ? inMeetingWindow(input.date, input.window) : null,
    longEnough: minutes >= minimumDurationMinutes(input.kind),
  };
}

/**
 * Consecutive absences with reason ending at each meeting, for one member's attendance in date
 * order: [P, E, E, U, E] → [0, 1, 2, 0, 1]. A run longer than 3 is flagged (DOMAIN.md).
 */
export function excusedStreaks(statuses: AttendanceStatus[], before = 0): number[] {
  let run = before;
  return statuses.map((s) => (run = s === 'EXCUSED' ? run + 1 : 0));
}

/** "Absent with reason more than 3 times in a row". */
export const EXCUSED_STREAK_FLAG = 4;

// ---------------------------------------------------------------------------------------------
// What was due: months and quarters elapsed in a span.

/**
 * The months whose regular meeting was due between `from` and `to` (inclusive), counted up to
 * `today`: a month is due once its day `dueDay` has passed (10: the end of the usual window),
 * and only if the span covers that day. Returns 'YYYY-MM' strings.
 */
export function monthsDue(from: IsoDate, to: IsoDate, today: IsoDate, dueDay = 10): string[] {
  const last = to < today ? to : today;
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last.slice(0, 7)) break;
    const due = `${month}-${String(dueDay).padStart(2, '0')}`;
    if (due >= from && due <= last) out.push(month);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/**
 * The quarters whose thematic meeting was due: quarters that ended inside [from, min(to, today)]
 * and that the span covers at least in part. Returns 'YYYY-Qn' strings.
 */
export function quartersDue(from: IsoDate, to: IsoDate, today: IsoDate): string[] {
  const last = to < today ? to : today;
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let q = Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1;
  for (;;) {
    const endMonth = q * 3;
    const endDay = new Date(Date.UTC(y, endMonth, 0)).getUTCDate();
    const end = `${y}-${String(endMonth).padStart(2, '0')}-${endDay}`;
    if (end > last) break;
    out.push(`${y}-Q${q}`);
    if (++q > 4) { q = 1; y++; }
  }
  return out;
}

/** The quarter of a date: 'YYYY-Qn'. */
export function quarterOf(date: IsoDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

// ---------------------------------------------------------------------------------------------
// Subtree meeting statistics: the span asked for and what was due in it.

/** Months since year 0 of a date or 'YYYY-MM': 2025-01 → 24300. Consecutive months differ by 1. */
export function monthIndex(dateOrMonth: string): number {
  return Number(dateOrMonth.slice(0, 4)) * 12 + Number(dateOrMonth.slice(5, 7)) - 1;
}

/** Quarters since year 0 of a date, 'YYYY-MM' or 'YYYY-Qn': 2025-Q1 → 8100; equals ⌊monthIndex / 3⌋. */
export function quarterIndex(value: string): number {
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  if (q) return Number(q[1]) * 4 + Number(q[2]) - 1;
  return Math.floor(monthIndex(value) / 3);
}

/** A run of consecutive months or quarters (as indexes); `count` 0 and first > last when empty. */
export interface IndexRange {
  count: number;
  first: number;
  last: number;
}

/** What was due over one period of a cell: its months (monthsDue) and quarters (quartersDue) as index ranges. */
export interface DueRanges {
  months: IndexRange;
  quarters: IndexRange;
}

function rangeOf(indexes: number[]): IndexRange {
  return indexes.length === 0 ? { count: 0, first: 1, last: 0 } : { count: indexes.length, first: indexes[0]!, last: indexes[indexes.length - 1]! };
}

/**
 * The months and quarters due over [from, to] (inclusive) up to `today`, as index ranges (the
 * months of `monthsDue` and the quarters of `quartersDue` are consecutive). A cell's periods
 * that follow each other never share a due month (a month belongs to the period holding its
 * 10th) nor a due quarter (a quarter belongs to the period holding its last day), so sums over
 * periods count each once.
 */
export function dueRanges(from: IsoDate, to: IsoDate, today: IsoDate): DueRanges {
  if (to < from) return { months: rangeOf([]), quarters: rangeOf([]) };
  return {
    months: rangeOf(monthsDue(from, to, today).map(monthIndex)),
    quarters: rangeOf(quartersDue(from, to, today).map(quarterIndex)),
  };
}

/** Longest span of `meetingStats`, in years. */
export const MEETING_STATS_MAX_YEARS = 5;

export type MeetingSpanProblem =
  | { field: 'year' | 'from' | 'to'; code: 'YEAR_OR_SPAN' | 'SPAN_INCOMPLETE' | 'BAD_DATE' | 'BAD_YEAR' | 'FUTURE_DATE' | 'TO_BEFORE_FROM' | 'SPAN_TOO_LONG' };

/**
 * The span of a statistics request: a calendar year, or from–to (both), or by default the current
 * year up to today. The end is capped at today (nothing later has happened). Returns the span or
 * the problem with the argument at fault.
 */
export function meetingStatsSpan(
  args: { year?: number | null; from?: string | null; to?: string | null },
  today: IsoDate,
): { from: IsoDate; to: IsoDate } | MeetingSpanProblem {
  const thisYear = Number(today.slice(0, 4));
  const cap = (to: IsoDate) => (to < today ? to : today);
  const hasSpan = args.from != null || args.to != null;
  if (args.year != null) {
    if (hasSpan) return { field: 'year', code: 'YEAR_OR_SPAN' };
    if (!Number.isInteger(args.year) || args.year < 1930 || args.year > thisYear) return { field: 'year', code: 'BAD_YEAR' };
    return { from: `${args.year}-01-01`, to: cap(`${args.year}-12-31`) };
  }
  if (!hasSpan) return { from: `${thisYear}-01-01`, to: today };
  if (args.from == null) return { field: 'from', code: 'SPAN_INCOMPLETE' };
  if (args.to == null) return { field: 'to', code: 'SPAN_INCOMPLETE' };
  if (!isIsoDate(args.from)) return { field: 'from', code: 'BAD_DATE' };
  if (!isIsoDate(args.to)) return { field: 'to', code: 'BAD_DATE' };
  if (args.to < args.from) return { field: 'to', code: 'TO_BEFORE_FROM' };
  if (args.from > today) return { field: 'from', code: 'FUTURE_DATE' };
  if (args.to >= addYears(args.from, MEETING_STATS_MAX_YEARS)) return { field: 'to', code: 'SPAN_TOO_LONG' };
  return { from: args.from, to: cap(args.to) };
}

/** part / whole, or null when there is no whole (no meeting, nobody expected, nothing rated). */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
