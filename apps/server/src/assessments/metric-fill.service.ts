import {
  daysInYear,
  isMetricCode,
  METRICS,
  metricFillsKind,
  metricSubjectOf,
  missingReading,
  readMeetingMetric,
  readPeriodMetric,
  scoreMetric,
  type CriteriaItemDef,
  type CriteriaModel,
  type MetricCode,
  type MetricOutcome,
  type PeriodMetricFigures,
} from '@fourgood/rules';
import type { Organization } from '../hierarchy/organization.entity.js';
import type { Meeting } from '../meetings/meeting.entity.js';
import type { MeetingStatsService } from '../meetings/meeting-stats.service.js';
import { RequestService } from '../common/request-service.js';
import type { RequestDeps } from '../context.js';

/** The subtree meeting figures for a span (MeetingStatsService.subtree). */
export type MeetingStatsSource = Pick<MeetingStatsService, 'subtree'>;

/** What the data gave for one item bound to a metric, when an assessment is opened. */
export interface MetricFill {
  itemCode: string;
  outcome: MetricOutcome;
  /** The span of an organisation's figures, or the meeting scored. */
  source: { from: string; to: string } | { meetingId: number };
}

/** The part of an item that filling needs. */
export type BoundItem = Pick<CriteriaItemDef, 'code' | 'kind' | 'maxPoints' | 'metric'>;

/** The items of a table that its model lets a metric fill (others are left alone). */
export function fillableItems<T extends BoundItem>(model: CriteriaModel, items: T[]): Array<T & { metric: MetricCode }> {
  const subject = metricSubjectOf(model);
  return items.flatMap((item) => {
    const code = item.metric?.trim();
    if (!subject || !isMetricCode(code) || METRICS[code].subject !== subject || !metricFillsKind(code, item.kind)) return [];
    return [{ ...item, metric: code }];
  });
}

/**
 * Scoring from data: reads the recorded figures an assessment's bound items need and turns them
 * into points with the rules of @fourgood/rules (metrics.ts). An organisation's figures cost one
 * call of the meeting statistics over its subtree for the period (up to today) and, when an item
 * uses it, one statement for oversight compliance; a meeting's come from its row.
 */
export class MetricFillService extends RequestService {
  private readonly stats: MeetingStatsSource;

  constructor(deps: RequestDeps, uses: { meetingStats: MeetingStatsSource }) {
    super(deps);
    this.stats = uses.meetingStats;
  }

  /** Fills for an organisation assessment of the span [from, to] (to: the period's last day). */
  async forOrganization(org: Organization, model: CriteriaModel, items: BoundItem[], from: string, periodTo: string): Promise<MetricFill[]> {
    const bound = fillableItems(model, items);
    if (bound.length === 0) return [];
    const to = periodTo < this.today ? periodTo : this.today;
    const source = { from, to };
    if (from > to) return bound.map((item) => ({ itemCode: item.code, source, outcome: scoreMetric(item, missingReading(item.metric, 'NOT_STARTED')) }));
    const stats = await this.stats.subtree(org, from, to);
    // Months (quarters) due in which each cell held its regular (thematic) meeting, summed over the subtree.
    const figures: PeriodMetricFigures = {
      regularHeld: stats.regularMonthsHeld,
      regularDue: stats.regularDue,
      thematicQuartersCovered: stats.thematicQuartersCovered,
      thematicQuartersDue: stats.thematicQuartersDue,
      eligible: stats.eligible,
      present: stats.present,
      unexcusedAbsences: stats.unexcusedAbsences,
      ratedMeetings: stats.ratedMeetings,
      ratedGood: stats.ratedGood,
      meetingsRecorded: stats.meetings,
    };
    if (bound.some((item) => item.metric === 'oversight_compliance')) {
      const oversight = await this.oversightCompliance(org.id, from, to);
      figures.oversightAssignments = oversight.assignments;
      figures.oversightOnTrack = oversight.onTrack;
    }
    return bound.map((item) => ({ itemCode: item.code, source, outcome: scoreMetric(item, readPeriodMetric(item.metric, figures)) }));
  }

  /** Fills for a meeting-quality assessment: from the meeting's own row. */
  forMeeting(meeting: Meeting, model: CriteriaModel, items: BoundItem[]): MetricFill[] {
    const figures = {
      kind: meeting.kind,
      eligibleCount: meeting.eligibleCount,
      presentCount: meeting.presentCount,
      unexcusedCount: meeting.unexcusedCount,
      durationMinutes: meeting.durationMinutes,
      draftResolution: meeting.draftResolution,
      fullMinutes: meeting.fullMinutes,
    };
    return fillableItems(model, items).map((item) => ({ itemCode: item.code, source: { meetingId: meeting.id }, outcome: scoreMetric(item, readMeetingMetric(item.metric, figures)) }));
  }

  /**
   * Oversight compliance of an organisation's committee in one statement: of the assignments whose
   * committee is this organisation and whose term overlaps [from, to], how many are not behind on
   * `to`, by the rule of @fourgood/rules `oversightCompliance` (activities.ts): the yearly number
   * prorated to the term's days in the year (rounded up) is due in step with the term's days
   * elapsed by `to` (rounded down); attendances are the guest rows under the assignment from
   * 1 January to `to`. As the compliance view of oversight/, but for the assignments of one
   * committee rather than those of a subtree's organisations, and on `to` rather than today. The
   * span lies within one year (periods are a year, a half or a quarter).
   */
  async oversightCompliance(committeeId: number, from: string, to: string): Promise<{ assignments: number; onTrack: number }> {
    const year = Number(from.slice(0, 4));
    const yearDays = daysInYear(year);
    const pg = this.dialect === 'postgresql';
    const later = (a: string, b: string) => (pg ? `greatest(${a}, ${b})` : `max(${a}, ${b})`);
    const earlier = (a: string, b: string) => (pg ? `least(${a}, ${b})` : `min(${a}, ${b})`);
    const days = (a: string, b: string) => (pg ? `(${b} - ${a})` : `cast(julianday(${b}) - julianday(${a}) as integer)`);
    const termStart = later('a.from_date', ':jan1');
    const termEnd = earlier('coalesce(a.to_date, :dec31)', ':dec31');
    const sql = `select count(*) as assignments,
        coalesce(sum(case when t.required * t.elapsed < (t.attended + 1) * t.covered then 1 else 0 end), 0) as on_track
      from (
        select s.covered, s.elapsed, s.attended, (s.per_year * s.covered + ${yearDays - 1}) / ${yearDays} as required
        from (
          select a.required_per_year as per_year,
            ${days(termStart, termEnd)} + 1 as covered,
            ${days(termStart, earlier(termEnd, ':to'))} + 1 as elapsed,
            (select count(*) from meeting_guest g
              where g.assignment_id = a.id and g.date >= :jan1 and g.date <= :to) as attended
          from oversight_assignment a
          where a.committee_id = :committee and a.from_date <= :to and (a.to_date is null or a.to_date >= :from)
        ) s
      ) t`;
    const [row] = await this.execute<{ assignments: number | string; on_track: number | string }>(sql, {
      jan1: `${year}-01-01`,
      dec31: `${year}-12-31`,
      from,
      to,
      committee: committeeId,
    });
    return { assignments: Number(row?.assignments ?? 0), onTrack: Number(row?.on_track ?? 0) };
  }

  /** Runs `sql` with `:name` placeholders bound in text order (dates typed as dates on PostgreSQL). */
  private execute<T>(sql: string, values: Record<string, string | number>): Promise<T[]> {
    const params: Array<string | number> = [];
    const text = sql.replace(/:([a-z0-9]+)\b/gi, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`No value for :${name}`);
      params.push(value);
      return typeof value === 'string' && this.dialect === 'postgresql' ? 'cast(? as date)' : '?';
    });
    return this.em.getConnection().execute<T[]>(text, params);
  }
}
