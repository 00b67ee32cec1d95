import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OUTCOME_RULES,
  fillFromMeeting,
  fillFromPeriod,
  formatVietnameseNumber,
  METRIC_CODES,
  MEETING_RECORD_METRICS,
  noDataScoreProblem,
  readPeriodMetric,
  rowsToTable,
  CRITERIA_COLUMNS,
  scoreMetric,
  validateTable,
  type CriteriaTableDef,
  type MeetingMetricFigures,
  type PeriodMetricFigures,
} from './index.js';

/** A cell's year: 11 of 12 regular meetings, 3 of 4 quarters with a thematic one, 80% attendance. */
const year: PeriodMetricFigures = {
  regularHeld: 11,
  regularDue: 12,
  thematicQuartersCovered: 3,
  thematicQuartersDue: 4,
  eligible: 200,
  present: 160,
  unexcusedAbsences: 3,
  ratedMeetings: 12,
  ratedGood: 10,
  oversightAssignments: 5,
  oversightOnTrack: 4,
};

const meeting: MeetingMetricFigures = {
  kind: 'REGULAR',
  eligibleCount: 20,
  presentCount: 18,
  unexcusedCount: 0,
  durationMinutes: 80,
  draftResolution: true,
  fullMinutes: false,
};

const scored = (maxPoints: number) => ({ kind: 'SCORED' as const, maxPoints });

describe('organisation metrics', () => {
  it('regular meetings: points in proportion to the months held, rounded down to the hundredth', () => {
    const out = fillFromPeriod({ ...scored(10), metric: 'regular_meetings_held' }, year);
    expect(out).toMatchObject({ metric: 'regular_meetings_held', value: 11, target: 12, rule: 'PROPORTIONAL', points: 9.16, yes: null, achievement: 0.916 });
    expect(out.sentence).toBe('Sinh hoạt định kỳ 11/12 tháng → 9,16/10 điểm');
    expect(fillFromPeriod({ ...scored(10), metric: 'regular_meetings_held' }, { ...year, regularHeld: 12 }).points).toBe(10);
    // Two meetings in one month do not make up for another: capped at the months due.
    expect(fillFromPeriod({ ...scored(10), metric: 'regular_meetings_held' }, { ...year, regularHeld: 14 })).toMatchObject({ value: 12, points: 10 });
  });

  it('a yes/no item is yes only when every due quarter had its thematic meeting', () => {
    const item = { kind: 'YES_NO' as const, maxPoints: 5, metric: 'thematic_meetings_held' as const };
    const out = fillFromPeriod(item, year);
    expect(out).toMatchObject({ yes: false, points: null, rule: 'YES_WHEN_MET', value: 3, target: 4 });
    expect(out.sentence).toBe('Sinh hoạt chuyên đề 3/4 quý → không đạt');
    expect(fillFromPeriod(item, { ...year, thematicQuartersCovered: 4 }).yes).toBe(true);
    expect(fillFromPeriod({ ...scored(5), metric: 'thematic_meetings_held' }, year).points).toBe(3.75);
  });

  it('attendance: full points from 85%, proportional below, decided exactly', () => {
    const item = { ...scored(5), metric: 'attendance_rate' as const };
    const out = fillFromPeriod(item, year);
    // 80% of 85% is 0.941…: 4.70 of 5.
    expect(out).toMatchObject({ value: 80, target: 85, rule: 'FULL_FROM_THRESHOLD', points: 4.7 });
    expect(out.sentence).toBe('Tỷ lệ dự sinh hoạt 80% (160/200 lượt; đủ điểm từ 85%) → 4,7/5 điểm');
    expect(fillFromPeriod(item, { ...year, eligible: 20, present: 17 }).points).toBe(5); // exactly 85%
    expect(fillFromPeriod(item, { ...year, eligible: 10000, present: 8499 }).points).toBe(4.99);
    expect(fillFromPeriod(item, { ...year, eligible: 10000, present: 9900 }).points).toBe(5);
    expect(fillFromPeriod({ kind: 'YES_NO', maxPoints: 5, metric: 'attendance_rate' }, { ...year, eligible: 20, present: 17 }).yes).toBe(true);
    // Large subtrees stay exact (no floating point drift).
    expect(fillFromPeriod({ ...scored(99999.99), metric: 'attendance_rate' }, { ...year, eligible: 10_000_000, present: 8_499_999 }).points).toBe(99999.97);
  });

  it('meetings rated good and oversight compliance are shares', () => {
    expect(fillFromPeriod({ ...scored(10), metric: 'meetings_rated_good' }, year)).toMatchObject({ points: 8.33, sentence: 'Buổi sinh hoạt xếp loại tốt 10/12 → 8,33/10 điểm' });
    expect(fillFromPeriod({ ...scored(5), metric: 'oversight_compliance' }, year)).toMatchObject({ points: 4, value: 4, target: 5 });
  });

  it('unexcused absences: none is full; a point per absence, off a scored item or taken by a deduction, capped', () => {
    expect(fillFromPeriod({ ...scored(5), metric: 'unexcused_absences' }, year)).toMatchObject({ points: 2, rule: 'PER_OCCURRENCE', value: 3, target: 0 });
    expect(fillFromPeriod({ ...scored(5), metric: 'unexcused_absences' }, { ...year, unexcusedAbsences: 9 }).points).toBe(0);
    const deduction = fillFromPeriod({ kind: 'DEDUCTION', maxPoints: 5, metric: 'unexcused_absences' }, year);
    expect(deduction).toMatchObject({ points: 3, achievement: 0.4 });
    expect(deduction.sentence).toBe('Vắng sinh hoạt không lý do 3 lượt (1 điểm/lượt) → trừ 3/5 điểm');
    expect(fillFromPeriod({ kind: 'DEDUCTION', maxPoints: 5, metric: 'unexcused_absences' }, { ...year, unexcusedAbsences: 40 }).points).toBe(5);
    expect(fillFromPeriod({ kind: 'YES_NO', maxPoints: 5, metric: 'unexcused_absences' }, { ...year, unexcusedAbsences: 0 })).toMatchObject({ yes: true, sentence: 'Không có lượt vắng sinh hoạt không lý do → đạt' });
  });

  it('without a denominator there is no figure: the item is left to be scored by hand', () => {
    const none: PeriodMetricFigures = { regularHeld: 0, regularDue: 0, thematicQuartersCovered: 0, thematicQuartersDue: 0, eligible: 0, present: 0, unexcusedAbsences: 0, ratedMeetings: 0, ratedGood: 0, oversightAssignments: null, oversightOnTrack: null };
    for (const metric of ['regular_meetings_held', 'thematic_meetings_held', 'attendance_rate', 'meetings_rated_good', 'oversight_compliance'] as const) {
      const out = fillFromPeriod({ ...scored(10), metric }, none);
      expect(out, metric).toMatchObject({ rule: 'NO_DATA', points: null, yes: null, value: null });
      expect(out.sentence, metric).toContain('chưa có số liệu');
    }
    expect(fillFromPeriod({ ...scored(10), metric: 'regular_meetings_held' }, none).sentence).toBe('Sinh hoạt định kỳ: chưa có số liệu (chưa đến hạn kỳ nào), chấm theo thực tế');
    // A count is always known: zero absences is full.
    expect(fillFromPeriod({ ...scored(10), metric: 'unexcused_absences' }, none).points).toBe(10);
  });

  it('a metric cannot fill a bonus, a veto, or a deduction from a share', () => {
    expect(scoreMetric({ kind: 'BONUS', maxPoints: 3 }, readPeriodMetric('regular_meetings_held', year))).toMatchObject({ rule: 'NO_DATA', points: null });
    expect(scoreMetric({ kind: 'DEDUCTION', maxPoints: 3 }, readPeriodMetric('attendance_rate', year))).toMatchObject({ rule: 'NO_DATA', points: null });
  });
});

describe('meeting metrics', () => {
  it('attendance is good above 85% with nobody absent without reason: all or nothing on a scored item', () => {
    const item = { ...scored(20), metric: 'meeting_attendance' as const };
    const good = fillFromMeeting(item, meeting);
    expect(good).toMatchObject({ value: 90, target: 85, rule: 'ALL_OR_NOTHING', points: 20 });
    expect(good.sentence).toBe('Dự họp 18/20 đảng viên (90%), không ai vắng không lý do; cần trên 85% và không ai vắng không lý do → 20/20 điểm');
    expect(fillFromMeeting(item, { ...meeting, presentCount: 17 }).points).toBe(0); // exactly 85% is not above it
    expect(fillFromMeeting(item, { ...meeting, presentCount: 19, unexcusedCount: 1 })).toMatchObject({ points: 0, sentence: expect.stringContaining('1 vắng không lý do') });
    expect(fillFromMeeting({ kind: 'YES_NO', maxPoints: 20, metric: 'meeting_attendance' }, meeting).yes).toBe(true);
    expect(fillFromMeeting(item, { ...meeting, eligibleCount: 0, presentCount: 0 }).rule).toBe('NO_DATA');
  });

  it('duration: in proportion to the minimum of its kind (90, or 120 with a thematic part)', () => {
    const item = { ...scored(20), metric: 'meeting_duration' as const };
    expect(fillFromMeeting(item, meeting)).toMatchObject({ value: 80, target: 90, points: 17.77, sentence: 'Thời gian sinh hoạt 80/90 phút → 17,77/20 điểm' });
    expect(fillFromMeeting(item, { ...meeting, durationMinutes: 150 })).toMatchObject({ value: 150, points: 20 });
    expect(fillFromMeeting(item, { ...meeting, kind: 'REGULAR_WITH_THEMATIC', durationMinutes: 100 })).toMatchObject({ target: 120, points: 16.66 });
    expect(fillFromMeeting({ kind: 'YES_NO', maxPoints: 20, metric: 'meeting_duration' }, { ...meeting, kind: 'THEMATIC', durationMinutes: 120 }).yes).toBe(true);
  });

  it('draft resolution and full minutes are conditions', () => {
    expect(fillFromMeeting({ kind: 'YES_NO', maxPoints: 20, metric: 'draft_resolution' }, meeting)).toMatchObject({ yes: true, value: 1, sentence: 'Có dự thảo nghị quyết chuẩn bị trước → đạt' });
    expect(fillFromMeeting({ kind: 'YES_NO', maxPoints: 20, metric: 'full_minutes' }, meeting)).toMatchObject({ yes: false, value: 0, sentence: 'Biên bản chưa ghi đầy đủ → không đạt' });
    expect(fillFromMeeting({ ...scored(20), metric: 'full_minutes' }, { ...meeting, fullMinutes: true }).points).toBe(20);
  });
});

describe('binding items to metrics in a table', () => {
  const table = (model: CriteriaTableDef['model'], items: CriteriaTableDef['items']): CriteriaTableDef => ({
    model,
    groups: [{ code: 'A', title: 'Sinh hoạt' }],
    items,
    outcome: { ...DEFAULT_OUTCOME_RULES, total: items.filter((i) => i.kind === 'SCORED' || i.kind === 'YES_NO').reduce((s, i) => s + i.maxPoints, 0) },
  });
  const item = (code: string, kind: 'SCORED' | 'YES_NO' | 'DEDUCTION' | 'BONUS', maxPoints: number, metric: string | null) => ({ code, groupCode: 'A', text: code, kind, maxPoints, metric });

  it('accepts known metrics of the table’s family, blank as none, and a deduction from a count', () => {
    expect(validateTable(table('FOUR_GOOD_CELL', [item('A.1', 'SCORED', 50, 'regular_meetings_held'), item('A.2', 'YES_NO', 50, ' attendance_rate '), item('A.3', 'DEDUCTION', 5, 'unexcused_absences'), item('A.4', 'BONUS', 2, '  ')]))).toEqual([]);
    expect(validateTable(table('MEETING_QUALITY', [item('M.1', 'SCORED', 50, 'meeting_attendance'), item('M.2', 'YES_NO', 50, 'full_minutes')]))).toEqual([]);
  });

  it('reports an unknown metric, a metric of the other family and a kind a metric cannot fill, at the item’s metric', () => {
    const problems = validateTable(table('FOUR_GOOD_CELL', [item('A.1', 'SCORED', 50, 'attendence'), item('A.2', 'SCORED', 50, 'meeting_duration'), item('A.3', 'BONUS', 2, 'regular_meetings_held'), item('A.4', 'DEDUCTION', 2, 'attendance_rate')]));
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['items[0].metric', 'UNKNOWN_METRIC'],
      ['items[1].metric', 'METRIC_WRONG_MODEL'],
      ['items[2].metric', 'METRIC_WRONG_KIND'],
      ['items[3].metric', 'METRIC_WRONG_KIND'],
    ]);
    expect(problems[0]!.message).toContain('"attendence", which does not exist');
    expect(validateTable(table('MEETING_QUALITY', [item('M.1', 'SCORED', 100, 'attendance_rate')])).map((p) => p.code)).toEqual(['METRIC_WRONG_MODEL']);
    expect(validateTable(table('MEMBER_RATING', [item('B.1', 'SCORED', 100, 'attendance_rate')])).map((p) => p.code)).toEqual(['METRIC_WRONG_MODEL']);
  });

  it('an imported file is refused at the row of an unknown metric; the model is checked when the table is saved', () => {
    const { problems } = rowsToTable([
      [...CRITERIA_COLUMNS],
      ['M', 'Buổi sinh hoạt', 'M.1', 'Dự họp', 'SCORED', '50', '', '', 'meeting_attendance'],
      ['M', 'Buổi sinh hoạt', 'M.2', 'Biên bản', 'YES_NO', '50', '', '', 'minutes'],
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 'metric']]);
  });

  it('every metric of the catalogue has a sentence', () => {
    for (const metric of METRIC_CODES) {
      const out = metric.startsWith('meeting_') || metric === 'draft_resolution' || metric === 'full_minutes' ? fillFromMeeting({ ...scored(10), metric }, meeting) : fillFromPeriod({ ...scored(10), metric }, year);
      expect(out.sentence, metric).toMatch(/→ \d/);
    }
  });
});

describe('Vietnamese numbers', () => {
  it('use a comma for decimals and dots for thousands', () => {
    expect([9.16, 10, 4.7, 0.05, 1250, 1234567.5, -2.5].map(formatVietnameseNumber)).toEqual(['9,16', '10', '4,7', '0,05', '1.250', '1.234.567,5', '-2,5']);
  });
});

describe('no data recorded is not none held', () => {
  // A cell keeping its minutes on paper: 12 months due, nothing recorded in the app.
  const paper: PeriodMetricFigures = { regularHeld: 0, regularDue: 12, thematicQuartersCovered: 0, thematicQuartersDue: 4, eligible: 0, present: 0, unexcusedAbsences: 0, ratedMeetings: 0, ratedGood: 0, meetingsRecorded: 0 };

  it('gives no figure for the meeting metrics when no meeting is recorded, and asks for a hand score', () => {
    for (const metric of MEETING_RECORD_METRICS) {
      const outcome = fillFromPeriod({ kind: 'SCORED', maxPoints: 10, metric }, paper);
      expect(outcome.rule, metric).toBe('NO_DATA');
      expect(outcome.points, metric).toBeNull();
      expect(outcome.missing, metric).toBe('NOT_RECORDED');
      expect(outcome.sentence, metric).toMatch(/sổ giấy/);
    }
  });

  it('still scores 0/12 months when meetings were recorded but none was a regular one', () => {
    const outcome = fillFromPeriod({ kind: 'SCORED', maxPoints: 10, metric: 'regular_meetings_held' }, { ...paper, meetingsRecorded: 2 });
    expect(outcome).toMatchObject({ rule: 'PROPORTIONAL', points: 0, missing: null });
    // Without a count (older callers), nothing changes either.
    expect(fillFromPeriod({ kind: 'SCORED', maxPoints: 10, metric: 'regular_meetings_held' }, { ...paper, meetingsRecorded: null }).points).toBe(0);
  });

  it('a hand score on such an item needs a note; leaving it unscored or other reasons do not', () => {
    expect(noDataScoreProblem('NOT_RECORDED', { points: 8 })).toBe('NO_DATA_NEEDS_NOTE');
    expect(noDataScoreProblem('NOT_RECORDED', { points: 8, note: '  ' })).toBe('NO_DATA_NEEDS_NOTE');
    expect(noDataScoreProblem('NOT_RECORDED', { yes: true, note: 'Sổ biên bản giấy 2024, 12 kỳ' })).toBeNull();
    expect(noDataScoreProblem('NOT_RECORDED', {})).toBeNull();
    expect(noDataScoreProblem('NOTHING_DUE', { points: 3 })).toBeNull();
    expect(noDataScoreProblem(null, { points: 3 })).toBeNull();
  });
});
