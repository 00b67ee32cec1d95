/**
 * Scoring from data: the figures a criteria item may be bound to (`CriteriaItemDef.metric`) and
 * how a figure becomes the item's points. When an assessment is opened, every bound item is
 * filled from the recorded meetings with the figure, the rule and a sentence that explains it;
 * the unit and the reviewer may depart from it only with a note (DOMAIN.md, "Cell meetings").
 *
 * Two families:
 * - organisation metrics, over the assessed organisation's subtree for the period (up to today);
 * - meeting metrics, from one meeting, for MEETING_QUALITY tables (guidance 12-HD/BTCTW: attendance
 *   above 85% with no unexcused absence, at least 90 minutes or 120 with a thematic part, a draft
 *   resolution prepared beforehand, full minutes).
 *
 * Rules, by what the figure measures:
 * - RATIO (done / due, e.g. 11 of 12 months): SCORED gets maxPoints × done / due (done capped at
 *   due); YES_NO is yes when done ≥ due.
 * - RATE with a threshold (attendance: full from 85%): SCORED gets full points at or above the
 *   threshold and maxPoints × rate / threshold below it; YES_NO is yes at or above the threshold.
 * - COUNT of occurrences that should not happen (unexcused absences, target 0): SCORED gets
 *   maxPoints − pointsPerOccurrence × n (never below 0); DEDUCTION takes pointsPerOccurrence × n
 *   (never above maxPoints); YES_NO is yes when n = 0. Only count metrics may fill deductions.
 * - CONDITION (met or not, e.g. full minutes): SCORED gets all or nothing; YES_NO is yes when met.
 * Points are rounded down to the hundredth, computed exactly in whole hundredths.
 * A figure without a denominator (nothing due yet, no meeting held, nobody assigned) gives no
 * points: the item is left for the unit to score by hand, and the sentence says why. So does a
 * period without a single meeting recorded (NOT_RECORDED): "no data recorded" is not "none held"
 * (0/12 months, 0 points); the hand score then needs a note (noDataScoreProblem).
 */
import { minimumDurationMinutes, type MeetingKind } from './meetings.js';
import { fromHundredths, toHundredths, type CriteriaModel, type ItemKind, type TableProblem } from './scoring.js';

export const MetricCode = {
  /** Months with the regular meeting held / months due (organisation). */
  REGULAR_MEETINGS_HELD: 'regular_meetings_held',
  /** Quarters with a thematic meeting / quarters due (organisation). */
  THEMATIC_MEETINGS_HELD: 'thematic_meetings_held',
  /** Members present / members expected, over the period's meetings (organisation). */
  ATTENDANCE_RATE: 'attendance_rate',
  /** Meetings rated good / meetings rated (organisation). */
  MEETINGS_RATED_GOOD: 'meetings_rated_good',
  /** Absences without reason in the period (organisation). */
  UNEXCUSED_ABSENCES: 'unexcused_absences',
  /** Oversight assignments of the organisation's committee members that are not behind (organisation). */
  OVERSIGHT_COMPLIANCE: 'oversight_compliance',
  /** Attendance above 85% and no unexcused absence (one meeting). */
  MEETING_ATTENDANCE: 'meeting_attendance',
  /** Lasted at least the minimum for its kind: 90 minutes, 120 with a thematic part (one meeting). */
  MEETING_DURATION: 'meeting_duration',
  /** A draft resolution was prepared beforehand (one meeting). */
  DRAFT_RESOLUTION: 'draft_resolution',
  /** Full minutes were recorded (one meeting). */
  FULL_MINUTES: 'full_minutes',
} as const;
export type MetricCode = (typeof MetricCode)[keyof typeof MetricCode];
export const METRIC_CODES = Object.values(MetricCode);

/** Organisation metrics cover a period of a subtree; meeting metrics one meeting. */
export type MetricSubject = 'ORGANIZATION' | 'MEETING';
export type MetricMeasure = 'RATIO' | 'RATE' | 'COUNT' | 'CONDITION';

/** How the figure became the item's answer (the `rule` of an outcome). */
export type MetricRule =
  /** SCORED: maxPoints × done / due. */
  | 'PROPORTIONAL'
  /** SCORED: full at or above the threshold, maxPoints × rate / threshold below. */
  | 'FULL_FROM_THRESHOLD'
  /** SCORED: maxPoints − points per occurrence × n; DEDUCTION: points per occurrence × n, capped. */
  | 'PER_OCCURRENCE'
  /** SCORED: maxPoints when the condition holds, else 0. */
  | 'ALL_OR_NOTHING'
  /** YES_NO: yes when the target is met. */
  | 'YES_WHEN_MET'
  /** No figure to score from: left to the unit. */
  | 'NO_DATA';

export interface MetricDef {
  code: MetricCode;
  subject: MetricSubject;
  measure: MetricMeasure;
  /** Vietnamese name, as staff see it beside the item. */
  label: string;
  /** English description (the API's documentation). */
  description: string;
}

/** Attendance rate from which an organisation gets full points (DOMAIN.md: 85%). */
export const ATTENDANCE_FULL_FROM_PERCENT = 85;
/** A good meeting has attendance strictly above this (guidance 12-HD/BTCTW). */
export const MEETING_ATTENDANCE_ABOVE_PERCENT = 85;
/** Points per absence without reason, for scored and deduction items bound to `unexcused_absences`. */
export const UNEXCUSED_ABSENCE_POINTS = 1;

export const METRICS: Readonly<Record<MetricCode, MetricDef>> = Object.freeze({
  regular_meetings_held: {
    code: 'regular_meetings_held',
    subject: 'ORGANIZATION',
    measure: 'RATIO',
    label: 'Sinh hoạt định kỳ',
    description: 'Regular meetings held / months due in the period (a month is due once its 10th has passed)',
  },
  thematic_meetings_held: {
    code: 'thematic_meetings_held',
    subject: 'ORGANIZATION',
    measure: 'RATIO',
    label: 'Sinh hoạt chuyên đề',
    description: 'Quarters with a thematic meeting / quarters ended in the period',
  },
  attendance_rate: {
    code: 'attendance_rate',
    subject: 'ORGANIZATION',
    measure: 'RATE',
    label: 'Tỷ lệ đảng viên dự sinh hoạt',
    description: `Members present / members expected over the period's meetings; full points from ${ATTENDANCE_FULL_FROM_PERCENT}%, proportional below`,
  },
  meetings_rated_good: {
    code: 'meetings_rated_good',
    subject: 'ORGANIZATION',
    measure: 'RATIO',
    label: 'Buổi sinh hoạt xếp loại tốt',
    description: 'Meetings rated good / meetings rated in the period',
  },
  unexcused_absences: {
    code: 'unexcused_absences',
    subject: 'ORGANIZATION',
    measure: 'COUNT',
    label: 'Vắng sinh hoạt không lý do',
    description: `Absences without reason in the period: none is full; ${UNEXCUSED_ABSENCE_POINTS} point per absence`,
  },
  oversight_compliance: {
    code: 'oversight_compliance',
    subject: 'ORGANIZATION',
    measure: 'RATIO',
    label: 'Cấp ủy viên phụ trách dự sinh hoạt đủ số lần',
    description: "Oversight assignments of the organisation's committee members that are not behind / assignments running in the period",
  },
  meeting_attendance: {
    code: 'meeting_attendance',
    subject: 'MEETING',
    measure: 'CONDITION',
    label: 'Đảng viên dự họp',
    description: `Attendance above ${MEETING_ATTENDANCE_ABOVE_PERCENT}% and no absence without reason`,
  },
  meeting_duration: {
    code: 'meeting_duration',
    subject: 'MEETING',
    measure: 'RATIO',
    label: 'Thời gian sinh hoạt',
    description: 'Minutes / the minimum for its kind (90, or 120 with a thematic part)',
  },
  draft_resolution: {
    code: 'draft_resolution',
    subject: 'MEETING',
    measure: 'CONDITION',
    label: 'Dự thảo nghị quyết',
    description: 'A draft resolution was prepared beforehand',
  },
  full_minutes: {
    code: 'full_minutes',
    subject: 'MEETING',
    measure: 'CONDITION',
    label: 'Biên bản',
    description: 'Full minutes were recorded',
  },
});

export function isMetricCode(code: unknown): code is MetricCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(METRICS, code);
}

/** Which metrics a table of this model may use: meeting metrics for meeting quality, organisation metrics for the organisation models. Member ratings are not filled from data. */
export function metricSubjectOf(model: CriteriaModel): MetricSubject | null {
  if (model === 'MEETING_QUALITY') return 'MEETING';
  if (model === 'MEMBER_RATING') return null;
  return 'ORGANIZATION';
}

/** The item kinds a metric may fill: scored and yes/no items; deductions only from counts. */
export function metricFillsKind(metric: MetricCode, kind: ItemKind): boolean {
  if (kind === 'SCORED' || kind === 'YES_NO') return true;
  return kind === 'DEDUCTION' && METRICS[metric].measure === 'COUNT';
}

/** Problems with one item's metric binding (validateTable reports them at `items[i].metric`). */
export function itemMetricProblems(model: CriteriaModel, item: { code: string; kind: ItemKind; metric?: string | null }, path: string): TableProblem[] {
  const code = typeof item.metric === 'string' ? item.metric.trim() : '';
  if (code === '') return [];
  if (!isMetricCode(code)) {
    return [{ path, code: 'UNKNOWN_METRIC', message: `Item "${item.code}" is bound to the metric "${code}", which does not exist. Known metrics: ${METRIC_CODES.join(', ')}.` }];
  }
  const subject = metricSubjectOf(model);
  if (subject !== METRICS[code].subject) {
    const where = subject === null ? 'Member ratings are not filled from data' : subject === 'MEETING' ? 'A meeting-quality table takes meeting metrics' : 'This table scores organisations: it takes organisation metrics, not meeting metrics';
    return [{ path, code: 'METRIC_WRONG_MODEL', message: `${where}; item "${item.code}" is bound to "${code}".` }];
  }
  if (!metricFillsKind(code, item.kind)) {
    const why = item.kind === 'DEDUCTION' ? 'only count metrics (unexcused_absences) fill deductions' : 'metrics fill scored, yes/no and deduction items only';
    return [{ path, code: 'METRIC_WRONG_KIND', message: `Item "${item.code}" is ${item.kind}: ${why}.` }];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Figures

/** An organisation subtree's meeting figures for a period (from the meeting statistics). */
export interface PeriodMetricFigures {
  regularHeld: number;
  regularDue: number;
  thematicQuartersCovered: number;
  thematicQuartersDue: number;
  eligible: number;
  present: number;
  unexcusedAbsences: number;
  ratedMeetings: number;
  ratedGood: number;
  /** Oversight assignments of the organisation's committee running in the period, and those not behind; null when not computed. */
  oversightAssignments?: number | null;
  oversightOnTrack?: number | null;
  /**
   * Meetings of any kind recorded in the app for the subtree and period; null when not counted.
   * 0 means "no data recorded" (a cell keeping its minutes on paper), not "none held": the
   * meeting metrics then give no figure (NOT_RECORDED) and the item is scored by hand with a note.
   */
  meetingsRecorded?: number | null;
}

/** The organisation metrics read from recorded meetings: without any meeting recorded they have no figure. */
export const MEETING_RECORD_METRICS: readonly MetricCode[] = ['regular_meetings_held', 'thematic_meetings_held', 'attendance_rate', 'meetings_rated_good', 'unexcused_absences'];

/**
 * A score given by hand for an item the data could not fill because nothing was recorded
 * (NOT_RECORDED) needs a note saying where the figure comes from (the paper minutes); a reason
 * code when it is missing, else null. An item left unscored is not a problem here.
 */
export function noDataScoreProblem(missing: string | null | undefined, score: { points?: number | null; yes?: boolean | null; note?: string | null }): 'NO_DATA_NEEDS_NOTE' | null {
  if (missing !== 'NOT_RECORDED') return null;
  if (score.points == null && score.yes == null) return null;
  return (score.note ?? '').trim() === '' ? 'NO_DATA_NEEDS_NOTE' : null;
}

/** What one meeting row records. */
export interface MeetingMetricFigures {
  kind: MeetingKind;
  eligibleCount: number;
  presentCount: number;
  unexcusedCount: number;
  durationMinutes: number;
  draftResolution: boolean;
  fullMinutes: boolean;
}

type FigureValue = number | boolean | string;

/** A metric read from the figures, before it meets an item. */
export interface MetricReading {
  metric: MetricCode;
  /** The figure: a count, a percentage, minutes, or 1 / 0 for a condition; null without data. */
  value: number | null;
  /** What the figure is measured against: months or quarters due, the threshold in %, minutes, 0 occurrences, 1. */
  target: number | null;
  /** RATIO and RATE: the exact fraction of the target reached (done / due, or rate / threshold), before capping at 1. */
  fraction: { num: number; den: number } | null;
  /** The target is met (the yes of a YES_NO item). */
  met: boolean | null;
  /** COUNT: the occurrences. */
  occurrences: number | null;
  /** The inputs, for the explanation. */
  figures: Record<string, FigureValue>;
  /** Why there is no figure (NO_DATA). */
  missing: string | null;
}

function reading(metric: MetricCode, fields: Partial<MetricReading>): MetricReading {
  return { metric, value: null, target: null, fraction: null, met: null, occurrences: null, figures: {}, missing: null, ...fields };
}

/** done / due; the value shown is done capped at due (months held beyond those due do not count) unless `rawValue`. */
function ratio(metric: MetricCode, done: number, due: number, figures: Record<string, FigureValue>, missing: string, rawValue = false): MetricReading {
  if (due <= 0) return reading(metric, { figures, missing, target: due });
  const capped = Math.min(done, due);
  return reading(metric, { value: rawValue ? done : capped, target: due, fraction: { num: capped, den: due }, met: done >= due, figures });
}

/** Percentage rounded down to the hundredth (82.35 for 14/17), exactly. */
function percentDown(num: number, den: number): number {
  return Number((BigInt(num) * 10000n) / BigInt(den)) / 100;
}

/** A reading without a figure, e.g. for a period that has not started yet (`missing`: 'NOT_STARTED'). */
export function missingReading(metric: MetricCode, missing: string): MetricReading {
  return reading(metric, { missing });
}

export function readPeriodMetric(metric: MetricCode, f: PeriodMetricFigures): MetricReading {
  if (f.meetingsRecorded === 0 && MEETING_RECORD_METRICS.includes(metric)) return reading(metric, { missing: 'NOT_RECORDED' });
  switch (metric) {
    case 'regular_meetings_held':
      return ratio(metric, f.regularHeld, f.regularDue, { held: f.regularHeld, due: f.regularDue }, 'NOTHING_DUE');
    case 'thematic_meetings_held':
      return ratio(metric, f.thematicQuartersCovered, f.thematicQuartersDue, { covered: f.thematicQuartersCovered, due: f.thematicQuartersDue }, 'NOTHING_DUE');
    case 'meetings_rated_good':
      return ratio(metric, f.ratedGood, f.ratedMeetings, { good: f.ratedGood, rated: f.ratedMeetings }, 'NONE_RATED');
    case 'oversight_compliance': {
      const total = f.oversightAssignments ?? 0;
      return ratio(metric, f.oversightOnTrack ?? 0, total, { onTrack: f.oversightOnTrack ?? 0, assignments: total }, 'NO_ASSIGNMENTS');
    }
    case 'attendance_rate': {
      const figures = { present: f.present, eligible: f.eligible, fullFromPercent: ATTENDANCE_FULL_FROM_PERCENT };
      if (f.eligible <= 0) return reading(metric, { figures, missing: 'NO_MEETINGS', target: ATTENDANCE_FULL_FROM_PERCENT });
      return reading(metric, {
        value: percentDown(f.present, f.eligible),
        target: ATTENDANCE_FULL_FROM_PERCENT,
        fraction: { num: f.present * 100, den: f.eligible * ATTENDANCE_FULL_FROM_PERCENT },
        met: f.present * 100 >= f.eligible * ATTENDANCE_FULL_FROM_PERCENT,
        figures,
      });
    }
    case 'unexcused_absences':
      return reading(metric, { value: f.unexcusedAbsences, target: 0, occurrences: f.unexcusedAbsences, met: f.unexcusedAbsences === 0, figures: { unexcused: f.unexcusedAbsences, pointsPerAbsence: UNEXCUSED_ABSENCE_POINTS } });
    default:
      return reading(metric, { missing: 'NOT_AN_ORGANIZATION_METRIC' });
  }
}

export function readMeetingMetric(metric: MetricCode, m: MeetingMetricFigures): MetricReading {
  switch (metric) {
    case 'meeting_attendance': {
      const figures = { present: m.presentCount, eligible: m.eligibleCount, unexcused: m.unexcusedCount, abovePercent: MEETING_ATTENDANCE_ABOVE_PERCENT };
      if (m.eligibleCount <= 0) return reading(metric, { figures, missing: 'NOBODY_EXPECTED', target: MEETING_ATTENDANCE_ABOVE_PERCENT });
      const met = m.presentCount * 100 > m.eligibleCount * MEETING_ATTENDANCE_ABOVE_PERCENT && m.unexcusedCount === 0;
      return reading(metric, { value: percentDown(m.presentCount, m.eligibleCount), target: MEETING_ATTENDANCE_ABOVE_PERCENT, met, figures });
    }
    case 'meeting_duration': {
      const minimum = minimumDurationMinutes(m.kind);
      return ratio(metric, Math.max(0, m.durationMinutes), minimum, { minutes: m.durationMinutes, minimum, kind: m.kind }, 'NO_MINIMUM', true);
    }
    case 'draft_resolution':
      return reading(metric, { value: m.draftResolution ? 1 : 0, target: 1, met: m.draftResolution, figures: { draftResolution: m.draftResolution } });
    case 'full_minutes':
      return reading(metric, { value: m.fullMinutes ? 1 : 0, target: 1, met: m.fullMinutes, figures: { fullMinutes: m.fullMinutes } });
    default:
      return reading(metric, { missing: 'NOT_A_MEETING_METRIC' });
  }
}

// ---------------------------------------------------------------------------------------------
// From the figure to the item's answer

/** The structured explanation of a filled item (stored as the score's metric detail). */
export interface MetricOutcome {
  metric: MetricCode;
  value: number | null;
  target: number | null;
  /** Share of the item earned, 0..1 (4 decimals); null without data or for yes/no. */
  achievement: number | null;
  rule: MetricRule;
  /** SCORED: points earned; DEDUCTION: points taken. Null for YES_NO and without data. */
  points: number | null;
  /** YES_NO: the answer. Null otherwise. */
  yes: boolean | null;
  maxPoints: number;
  figures: Record<string, FigureValue>;
  missing: string | null;
  /** The Vietnamese sentence shown to staff, e.g. "Sinh hoạt định kỳ 11/12 tháng → 9,16/10 điểm". */
  sentence: string;
}

/** floor(maxH × num / den) capped at maxH, in exact integers. */
function shareOfH(maxH: number, num: number, den: number): number {
  if (num >= den) return maxH;
  return Number((BigInt(maxH) * BigInt(num)) / BigInt(den));
}

function ruleFor(measure: MetricMeasure, kind: ItemKind): MetricRule {
  if (kind === 'YES_NO') return 'YES_WHEN_MET';
  if (measure === 'COUNT') return 'PER_OCCURRENCE';
  if (measure === 'CONDITION') return 'ALL_OR_NOTHING';
  return measure === 'RATE' ? 'FULL_FROM_THRESHOLD' : 'PROPORTIONAL';
}

/**
 * The item's answer from a reading: points (SCORED, DEDUCTION) or yes (YES_NO), the rule, and the
 * sentence. An item of another kind (bonus, veto), a metric that cannot fill it, or a reading
 * without data gives rule NO_DATA and no answer.
 */
export function scoreMetric(item: { kind: ItemKind; maxPoints: number }, r: MetricReading): MetricOutcome {
  // Undefined only for a code outside the catalogue (a table published before it was checked).
  const def = METRICS[r.metric] as MetricDef | undefined;
  const maxH = toHundredths(item.maxPoints);
  const base = { metric: r.metric, value: r.value, target: r.target, maxPoints: item.maxPoints, figures: r.figures, missing: r.missing };
  const usable = def !== undefined && r.missing === null && metricFillsKind(r.metric, item.kind);
  if (!usable) {
    const missing = r.missing ?? 'NOT_FILLABLE';
    return { ...base, missing, achievement: null, rule: 'NO_DATA', points: null, yes: null, sentence: sentence(def, r, item, null, null, missing) };
  }
  const rule = ruleFor(def.measure, item.kind);
  if (item.kind === 'YES_NO') {
    const yes = r.met === true;
    return { ...base, achievement: null, rule, points: null, yes, sentence: sentence(def, r, item, null, yes, null) };
  }
  let pointsH: number;
  if (def.measure === 'COUNT') {
    const takenH = Math.min(maxH, toHundredths(UNEXCUSED_ABSENCE_POINTS) * (r.occurrences ?? 0));
    pointsH = item.kind === 'DEDUCTION' ? takenH : maxH - takenH;
  } else if (def.measure === 'CONDITION') {
    pointsH = r.met ? maxH : 0;
  } else {
    pointsH = shareOfH(maxH, r.fraction!.num, r.fraction!.den);
  }
  const achievement = maxH === 0 ? 1 : Math.floor(((item.kind === 'DEDUCTION' ? maxH - pointsH : pointsH) * 10000) / maxH) / 10000;
  const points = fromHundredths(pointsH);
  return { ...base, achievement, rule, points, yes: null, sentence: sentence(def, r, item, points, null, null) };
}

/** The reading and the outcome for one item in one step. */
export function fillFromPeriod(item: { kind: ItemKind; maxPoints: number; metric: MetricCode }, figures: PeriodMetricFigures): MetricOutcome {
  return scoreMetric(item, readPeriodMetric(item.metric, figures));
}

export function fillFromMeeting(item: { kind: ItemKind; maxPoints: number; metric: MetricCode }, meeting: MeetingMetricFigures): MetricOutcome {
  return scoreMetric(item, readMeetingMetric(item.metric, meeting));
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** Vietnamese number: "." groups thousands, "," marks decimals, at most 2 decimals (9,16; 1.250; 10). */
export function formatVietnameseNumber(x: number): string {
  const negative = x < 0;
  const h = Math.abs(toHundredths(x));
  const whole = Math.floor(h / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cents = h % 100;
  const decimals = cents === 0 ? '' : `,${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  return `${negative ? '-' : ''}${whole}${decimals}`;
}

const n = formatVietnameseNumber;

const MISSING_TEXT: Record<string, string> = {
  NOT_STARTED: 'kỳ đánh giá chưa bắt đầu',
  NOTHING_DUE: 'chưa đến hạn kỳ nào',
  NONE_RATED: 'chưa có buổi sinh hoạt nào được xếp loại',
  NO_ASSIGNMENTS: 'không có cấp ủy viên nào được phân công phụ trách',
  NO_MEETINGS: 'chưa có buổi sinh hoạt nào',
  NOBODY_EXPECTED: 'buổi họp không có đảng viên nào phải dự',
  NO_MINIMUM: 'không có thời lượng tối thiểu',
  NOT_FILLABLE: 'chỉ số không dùng được cho loại tiêu chí này',
  NOT_RECORDED: 'không có buổi sinh hoạt nào được ghi trong ứng dụng; nếu chi bộ ghi sổ giấy, chấm theo sổ và ghi chú nguồn',
};

function figureText(def: MetricDef, r: MetricReading): string {
  const f = r.figures;
  switch (def.code) {
    case 'regular_meetings_held':
      return `Sinh hoạt định kỳ ${n(r.value!)}/${n(r.target!)} tháng`;
    case 'thematic_meetings_held':
      return `Sinh hoạt chuyên đề ${n(r.value!)}/${n(r.target!)} quý`;
    case 'meetings_rated_good':
      return `Buổi sinh hoạt xếp loại tốt ${n(r.value!)}/${n(r.target!)}`;
    case 'oversight_compliance':
      return `Cấp ủy viên phụ trách dự sinh hoạt đủ số lần ${n(r.value!)}/${n(r.target!)}`;
    case 'attendance_rate':
      return `Tỷ lệ dự sinh hoạt ${n(r.value!)}% (${n(Number(f.present))}/${n(Number(f.eligible))} lượt; đủ điểm từ ${n(ATTENDANCE_FULL_FROM_PERCENT)}%)`;
    case 'unexcused_absences':
      return r.occurrences ? `Vắng sinh hoạt không lý do ${n(r.occurrences)} lượt (${n(UNEXCUSED_ABSENCE_POINTS)} điểm/lượt)` : 'Không có lượt vắng sinh hoạt không lý do';
    case 'meeting_attendance': {
      const unexcused = Number(f.unexcused);
      return `Dự họp ${n(Number(f.present))}/${n(Number(f.eligible))} đảng viên (${n(r.value!)}%), ${unexcused ? `${n(unexcused)} vắng không lý do` : 'không ai vắng không lý do'}; cần trên ${n(MEETING_ATTENDANCE_ABOVE_PERCENT)}% và không ai vắng không lý do`;
    }
    case 'meeting_duration':
      return `Thời gian sinh hoạt ${n(Number(f.minutes))}/${n(r.target!)} phút`;
    case 'draft_resolution':
      return r.met ? 'Có dự thảo nghị quyết chuẩn bị trước' : 'Không có dự thảo nghị quyết chuẩn bị trước';
    case 'full_minutes':
      return r.met ? 'Biên bản ghi đầy đủ' : 'Biên bản chưa ghi đầy đủ';
    default:
      return def.label;
  }
}

function sentence(def: MetricDef | undefined, r: MetricReading, item: { kind: ItemKind; maxPoints: number }, points: number | null, yes: boolean | null, missing: string | null): string {
  if (!def) return `Chỉ số "${r.metric}" không tồn tại`;
  if (missing !== null) return `${def.label}: chưa có số liệu (${MISSING_TEXT[missing] ?? missing}), chấm theo thực tế`;
  const figure = figureText(def, r);
  if (yes !== null) return `${figure} → ${yes ? 'đạt' : 'không đạt'}`;
  if (item.kind === 'DEDUCTION') return `${figure} → trừ ${n(points!)}/${n(item.maxPoints)} điểm`;
  return `${figure} → ${n(points!)}/${n(item.maxPoints)} điểm`;
}
