import { describe, expect, it } from 'vitest';
import {
  dueRanges,
  durationMinutes,
  EXCUSED_STREAK_FLAG,
  excusedStreaks,
  inMeetingWindow,
  isEveningMeeting,
  meetingFacts,
  meetingStatsSpan,
  monthIndex,
  monthsDue,
  quarterIndex,
  quarterOf,
  quartersDue,
  shareOf,
} from './meetings.js';

describe('meetingFacts', () => {
  const window = { fromDay: 4, toDay: 10 };

  it('a regular evening meeting inside the window, long enough', () => {
    expect(meetingFacts({ kind: 'REGULAR', date: '2025-03-06', startTime: '19:30', endTime: '21:15', window })).toEqual({
      regular: true,
      thematic: false,
      durationMinutes: 105,
      evening: true,
      inWindow: true,
      longEnough: true,
    });
  });

  it('a regular meeting with a thematic part counts as both and needs 120 minutes', () => {
    const facts = meetingFacts({ kind: 'REGULAR_WITH_THEMATIC', date: '2025-03-12', startTime: '14:00', endTime: '15:45', window });
    expect(facts).toMatchObject({ regular: true, thematic: true, durationMinutes: 105, evening: false, inWindow: false, longEnough: false });
    expect(meetingFacts({ kind: 'REGULAR_WITH_THEMATIC', date: '2025-03-12', startTime: '14:00', endTime: '16:00', window }).longEnough).toBe(true);
  });

  it('the window applies to regular meetings only, and is unknown without one', () => {
    expect(meetingFacts({ kind: 'THEMATIC', date: '2025-03-06', startTime: '08:00', endTime: '10:00', window }).inWindow).toBeNull();
    expect(meetingFacts({ kind: 'EXTRAORDINARY', date: '2025-03-06', startTime: '08:00', endTime: '09:00', window }).inWindow).toBeNull();
    expect(meetingFacts({ kind: 'REGULAR', date: '2025-03-06', startTime: '08:00', endTime: '09:30', window: null }).inWindow).toBeNull();
  });

  it('the boundaries: 17:00 is evening, 16:59 is not; 90 minutes is enough for a regular meeting, the window days are inclusive', () => {
    expect(isEveningMeeting('17:00')).toBe(true);
    expect(isEveningMeeting('16:59')).toBe(false);
    expect(meetingFacts({ kind: 'REGULAR', date: '2025-03-04', startTime: '08:00', endTime: '09:30', window }).longEnough).toBe(true);
    expect(meetingFacts({ kind: 'REGULAR', date: '2025-03-04', startTime: '08:00', endTime: '09:29', window }).longEnough).toBe(false);
    expect(inMeetingWindow('2025-03-04', window)).toBe(true);
    expect(inMeetingWindow('2025-03-10', window)).toBe(true);
    expect(inMeetingWindow('2025-03-03', window)).toBe(false);
    expect(inMeetingWindow('2025-03-11', window)).toBe(false);
  });

  it('an end before the start gives a negative duration; a malformed time throws', () => {
    expect(durationMinutes('10:00', '09:00')).toBe(-60);
    expect(() => meetingFacts({ kind: 'REGULAR', date: '2025-03-04', startTime: '25:00', endTime: '26:00', window })).toThrow(/time of day/);
  });
});

describe('excusedStreaks', () => {
  it('counts consecutive absences with reason, reset by any other status', () => {
    expect(excusedStreaks(['PRESENT', 'EXCUSED', 'EXCUSED', 'UNEXCUSED', 'EXCUSED'])).toEqual([0, 1, 2, 0, 1]);
  });

  it('continues a run from before', () => {
    expect(excusedStreaks(['EXCUSED', 'EXCUSED', 'PRESENT'], 3)).toEqual([4, 5, 0]);
  });

  it('the fourth absence with reason in a row reaches the flag ("more than 3 times")', () => {
    const streaks = excusedStreaks(['EXCUSED', 'EXCUSED', 'EXCUSED', 'EXCUSED', 'EXCUSED']);
    expect(streaks).toEqual([1, 2, 3, 4, 5]);
    expect(streaks.filter((s) => s >= EXCUSED_STREAK_FLAG)).toHaveLength(2);
    expect(EXCUSED_STREAK_FLAG).toBe(4);
  });

  it('an empty history gives nothing', () => {
    expect(excusedStreaks([])).toEqual([]);
  });
});

describe('monthsDue', () => {
  it('a whole past year: twelve months', () => {
    expect(monthsDue('2025-01-01', '2025-12-31', '2026-06-01')).toHaveLength(12);
  });

  it('a month is due once its 10th has passed (up to today)', () => {
    expect(monthsDue('2026-01-01', '2026-12-31', '2026-03-09')).toEqual(['2026-01', '2026-02']);
    expect(monthsDue('2026-01-01', '2026-12-31', '2026-03-10')).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('a span that starts after the 10th does not owe that month; one that ends before it does not owe the last', () => {
    expect(monthsDue('2025-05-11', '2025-08-09', '2026-01-01')).toEqual(['2025-06', '2025-07']);
    expect(monthsDue('2025-05-10', '2025-08-10', '2026-01-01')).toEqual(['2025-05', '2025-06', '2025-07', '2025-08']);
  });

  it('crosses years, takes another due day, and is empty in the future', () => {
    expect(monthsDue('2024-11-01', '2025-02-28', '2026-01-01')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsDue('2025-01-01', '2025-03-31', '2026-01-01', 25)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(monthsDue('2025-01-26', '2025-03-20', '2026-01-01', 25)).toEqual(['2025-02']);
    expect(monthsDue('2027-01-01', '2027-12-31', '2026-01-01')).toEqual([]);
  });
});

describe('quartersDue', () => {
  it('quarters that ended in the span', () => {
    expect(quartersDue('2025-01-01', '2025-12-31', '2026-06-01')).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(quartersDue('2026-01-01', '2026-12-31', '2026-11-21')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
  });

  it('a quarter the span covers in part is due when it ends inside it', () => {
    expect(quartersDue('2025-02-15', '2025-12-31', '2026-01-01')).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(quartersDue('2025-01-01', '2025-06-29', '2026-01-01')).toEqual(['2025-Q1']);
    expect(quartersDue('2025-01-01', '2025-06-30', '2026-01-01')).toEqual(['2025-Q1', '2025-Q2']);
  });

  it('the last day of a quarter counts (30 June, 31 March, 29 February)', () => {
    expect(quartersDue('2025-03-31', '2025-03-31', '2026-01-01')).toEqual(['2025-Q1']);
    expect(quartersDue('2025-03-30', '2025-03-30', '2026-01-01')).toEqual([]);
    expect(quartersDue('2025-01-01', '2025-12-31', '2025-09-30')).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
  });

  it('quarterOf', () => {
    expect(quarterOf('2025-01-01')).toBe('2025-Q1');
    expect(quarterOf('2025-03-31')).toBe('2025-Q1');
    expect(quarterOf('2025-04-01')).toBe('2025-Q2');
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
  });
});

describe('month and quarter indexes', () => {
  it('consecutive months and quarters differ by one, across years', () => {
    expect(monthIndex('2025-01-15')).toBe(2025 * 12);
    expect(monthIndex('2025-12')).toBe(monthIndex('2026-01') - 1);
    expect(quarterIndex('2025-Q4')).toBe(quarterIndex('2026-Q1') - 1);
    expect(quarterIndex('2025-05-20')).toBe(quarterIndex('2025-Q2'));
    expect(quarterIndex('2025-12-31')).toBe(Math.floor(monthIndex('2025-12-31') / 3));
  });
});

describe('dueRanges', () => {
  it('a whole year: 12 months and 4 quarters as ranges', () => {
    const r = dueRanges('2025-01-01', '2025-12-31', '2026-06-01');
    expect(r.months).toEqual({ count: 12, first: monthIndex('2025-01'), last: monthIndex('2025-12') });
    expect(r.quarters).toEqual({ count: 4, first: quarterIndex('2025-Q1'), last: quarterIndex('2025-Q4') });
  });

  it('a cell founded mid-year owes from then on', () => {
    const r = dueRanges('2025-07-15', '2025-12-31', '2026-06-01');
    expect(r.months).toEqual({ count: 5, first: monthIndex('2025-08'), last: monthIndex('2025-12') });
    expect(r.quarters).toEqual({ count: 2, first: quarterIndex('2025-Q3'), last: quarterIndex('2025-Q4') });
  });

  it('periods that follow each other never owe the same month or quarter', () => {
    // A cell moved on 15 May: the May meeting was owed before (its 10th), Q2 after (its end).
    const before = dueRanges('2025-01-01', '2025-05-14', '2026-06-01');
    const after = dueRanges('2025-05-15', '2025-12-31', '2026-06-01');
    expect(before.months.last).toBe(monthIndex('2025-05'));
    expect(after.months.first).toBe(monthIndex('2025-06'));
    expect(before.months.count + after.months.count).toBe(12);
    expect(before.quarters).toEqual({ count: 1, first: quarterIndex('2025-Q1'), last: quarterIndex('2025-Q1') });
    expect(after.quarters.first).toBe(quarterIndex('2025-Q2'));
    expect(before.quarters.count + after.quarters.count).toBe(4);
  });

  it('nothing due: empty ranges', () => {
    expect(dueRanges('2025-03-11', '2025-03-30', '2026-01-01')).toEqual({ months: { count: 0, first: 1, last: 0 }, quarters: { count: 0, first: 1, last: 0 } });
    expect(dueRanges('2025-03-11', '2025-03-01', '2026-01-01').months.count).toBe(0);
  });
});

describe('meetingStatsSpan', () => {
  const today = '2026-11-21';

  it('by default the current year up to today', () => {
    expect(meetingStatsSpan({}, today)).toEqual({ from: '2026-01-01', to: '2026-11-21' });
    expect(meetingStatsSpan({ year: null, from: null, to: null }, today)).toEqual({ from: '2026-01-01', to: '2026-11-21' });
  });

  it('a year: the whole calendar year, the current one up to today', () => {
    expect(meetingStatsSpan({ year: 2025 }, today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(meetingStatsSpan({ year: 2026 }, today)).toEqual({ from: '2026-01-01', to: '2026-11-21' });
  });

  it('a span, its end capped at today', () => {
    expect(meetingStatsSpan({ from: '2024-04-01', to: '2025-03-31' }, today)).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(meetingStatsSpan({ from: '2026-10-01', to: '2026-12-31' }, today)).toEqual({ from: '2026-10-01', to: '2026-11-21' });
    expect(meetingStatsSpan({ from: '2025-05-05', to: '2025-05-05' }, today)).toEqual({ from: '2025-05-05', to: '2025-05-05' });
  });

  it('refuses a year and a span together, half a span, a future year or start, an end before the start', () => {
    expect(meetingStatsSpan({ year: 2025, from: '2025-01-01', to: '2025-12-31' }, today)).toEqual({ field: 'year', code: 'YEAR_OR_SPAN' });
    expect(meetingStatsSpan({ year: 2025, to: '2025-12-31' }, today)).toEqual({ field: 'year', code: 'YEAR_OR_SPAN' });
    expect(meetingStatsSpan({ from: '2025-01-01' }, today)).toEqual({ field: 'to', code: 'SPAN_INCOMPLETE' });
    expect(meetingStatsSpan({ to: '2025-01-01' }, today)).toEqual({ field: 'from', code: 'SPAN_INCOMPLETE' });
    expect(meetingStatsSpan({ year: 2027 }, today)).toEqual({ field: 'year', code: 'BAD_YEAR' });
    expect(meetingStatsSpan({ year: 2025.5 }, today)).toEqual({ field: 'year', code: 'BAD_YEAR' });
    expect(meetingStatsSpan({ from: '2026-12-01', to: '2026-12-31' }, today)).toEqual({ field: 'from', code: 'FUTURE_DATE' });
    expect(meetingStatsSpan({ from: '2025-06-01', to: '2025-05-31' }, today)).toEqual({ field: 'to', code: 'TO_BEFORE_FROM' });
    expect(meetingStatsSpan({ from: '2025-02-30', to: '2025-05-31' }, today)).toEqual({ field: 'from', code: 'BAD_DATE' });
  });

  it('at most five years', () => {
    expect(meetingStatsSpan({ from: '2021-01-01', to: '2025-12-31' }, today)).toEqual({ from: '2021-01-01', to: '2025-12-31' });
    expect(meetingStatsSpan({ from: '2021-01-01', to: '2026-01-01' }, today)).toEqual({ field: 'to', code: 'SPAN_TOO_LONG' });
  });
});

describe('shareOf', () => {
  it('a share, or null without a whole', () => {
    expect(shareOf(9, 10)).toBe(0.9);
    expect(shareOf(0, 10)).toBe(0);
    expect(shareOf(0, 0)).toBeNull();
  });
});
