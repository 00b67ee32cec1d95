import { addDays, dueRanges, EXCUSED_STREAK_FLAG, quarterIndex, shareOf, type DueRanges } from '@fourgood/rules';
import type { Organization } from '../hierarchy/organization.entity.js';
import { RequestService } from '../common/request-service.js';

/** Meeting figures over an organisation's subtree for a span of dates (see MeetingStats in the schema). */
export interface MeetingStatsFigures {
  /** First day counted. */
  from: string;
  /** Last day counted (capped at today). */
  to: string;
  /** Organisations holding members (cells, grassroots cells) that were in the subtree at some time in the span. */
  cells: number;
  /** Meetings of every kind held in the subtree (each where its organisation sat on its date). */
  meetings: number;
  /** Regular meetings held (REGULAR and REGULAR_WITH_THEMATIC). */
  regularHeld: number;
  /** Per cell, the months due in which it held its regular meeting (any day of the month, wherever it sat), summed (≤ regularDue). */
  regularMonthsHeld: number;
  /** Per cell, the months due (monthsDue) over the part of the span it was in the subtree, summed. */
  regularDue: number;
  /** Regular meetings inside their cell's monthly window. */
  regularInWindow: number;
  /** Cells with a due month without a regular meeting (regularMonthsHeld < regularDue for that cell). */
  cellsBehindOnRegular: number;
  /** Thematic meetings held (THEMATIC and REGULAR_WITH_THEMATIC). */
  thematicHeld: number;
  /** Per cell, the quarters due in which it held a thematic meeting (any day of the quarter, wherever it sat), summed (≤ thematicQuartersDue). */
  thematicQuartersCovered: number;
  /** Per cell, the quarters due (quartersDue) over the part of the span it was in the subtree, summed. */
  thematicQuartersDue: number;
  /** Cells with a due quarter without a thematic meeting. */
  cellsBehindOnThematic: number;
  /** Members expected, summed over the meetings. */
  eligible: number;
  /** Members present, summed over the meetings. */
  present: number;
  /** present / eligible (0–1); null without meetings. */
  attendanceRate: number | null;
  excusedAbsences: number;
  unexcusedAbsences: number;
  /** Distinct members with an attendance row in the span whose run of absences with reason reached EXCUSED_STREAK_FLAG. */
  membersExcusedStreak: number;
  eveningMeetings: number;
  /** eveningMeetings / meetings (0–1); null without meetings. */
  eveningShare: number | null;
  /** Meetings with a quality from an approved meeting-quality assessment. */
  ratedMeetings: number;
  ratedGood: number;
  /** ratedGood / ratedMeetings (0–1); null when none was rated. */
  ratedGoodShare: number | null;
}

type Row = Record<string, string | number | null>;

export interface MeetingStatsKey {
  org: Organization;
  from: string;
  to: string;
}

const CELL_KINDS = `('CELL', 'GRASSROOTS_CELL')`;
const REGULAR_KINDS = `('REGULAR', 'REGULAR_WITH_THEMATIC')`;
const THEMATIC_KINDS = `('THEMATIC', 'REGULAR_WITH_THEMATIC')`;

/**
 * Meeting statistics over subtrees, computed in the database in four statements per batch
 * whatever the size of the subtrees or the number of organisations asked for (every
 * `meetingStats` of a request with the same span is one batch):
 *
 * 1. the distinct periods (clipped to the span) during which cells sat in the subtrees — a few
 *    rows; their months and quarters due are expanded here with monthsDue/quartersDue, once per
 *    distinct period, never per cell — and the longest run of absences with reason on record;
 * 2. the meeting totals, one range scan of the covering meeting_rollup_index per subtree;
 * 3. per cell: months and quarters due (the periods of 1 joined back as a VALUES list) against
 *    the due months and quarters in which it held a regular / thematic meeting, by seeks of
 *    meeting_rollup_index per period of a cell;
 * 4. members whose run of absences with reason reached the flag: seeks of
 *    attendance_streak_index, one per streak value and subtree.
 *
 * Every statement starts from `seg`: the periods (organization_link rows) during which each
 * asked organisation existed in the span, with its path then, so that a subtree follows the
 * dated tree: meetings count where their organisation sat on the meeting date (meeting.org_path),
 * cells where they sat in each period.
 */
export class MeetingStatsService extends RequestService {
  /**
   * Figures over the subtree of `org` (itself included) from `from` to `to` (inclusive; dates
   * after today are not counted). Batched with every other call of the request for the same span.
   */
  subtree(org: Organization, from: string, to: string): Promise<MeetingStatsFigures> {
    return this.loaders.meetingStats.load({ org, from, to: to < this.today ? to : this.today });
  }

  /** The batch of `loaders.meetingStats`. */
  async loadBatch(keys: readonly MeetingStatsKey[]): Promise<MeetingStatsFigures[]> {
    const bySpan = new Map<string, MeetingStatsKey[]>();
    for (const k of keys) bySpan.set(`${k.from}|${k.to}`, [...(bySpan.get(`${k.from}|${k.to}`) ?? []), k]);
    const results = new Map<string, MeetingStatsFigures>();
    for (const group of bySpan.values()) {
      const { from, to } = group[0]!;
      const ids = [...new Set(group.map((k) => k.org.id))];
      const computed = from <= to ? await this.compute(ids, from, to) : new Map<number, MeetingStatsFigures>();
      for (const id of ids) results.set(`${id}|${from}|${to}`, computed.get(id) ?? emptyFigures(from, to));
    }
    return keys.map((k) => results.get(`${k.org.id}|${k.from}|${k.to}`)!);
  }

  // ---------------------------------------------------------------- SQL pieces

  /** A date parameter inside VALUES (PostgreSQL needs its type; SQLite stores dates as text). */
  private get dateParam(): string {
    return this.dialect === 'postgresql' ? 'cast(? as date)' : '?';
  }

  /**
   * `seg(k, lo, hi, df, de)`: for each asked organisation `k`, each period of its place in the
   * tree overlapping the span, with its subtree's path range [lo, hi) then and the dates
   * [df, de) of the period clipped to the span (de exclusive).
   */
  private segments(ids: number[], from: string, end: string): { sql: string; params: Array<string | number> } {
    return {
      sql: `seg(k, lo, hi, df, de) as (
        select l.organization_id, l.path, substr(l.path, 1, length(l.path) - 1) || '0',
               case when l.valid_from > ? then l.valid_from else ? end,
               case when l.valid_to is null or l.valid_to > ? then ? else l.valid_to end
        from organization_link l
        where l.organization_id in (${ids.map(() => '?').join(', ')}) and l.valid_from < ? and (l.valid_to is null or l.valid_to > ?))`,
      params: [from, from, end, end, ...ids, end, from],
    };
  }

  /** Periods of cells in each segment's subtree, clipped to the segment: `cf`–`ce` (exclusive). */
  private cellPeriods(): string {
    return `from seg
      join organization_link cl on cl.path >= seg.lo and cl.path < seg.hi and cl.valid_from < seg.de and (cl.valid_to is null or cl.valid_to > seg.df)
      join organization o on o.id = cl.organization_id and o.kind in ${CELL_KINDS}`;
  }

  private readonly cf = 'case when cl.valid_from > seg.df then cl.valid_from else seg.df end';
  private readonly ce = 'case when cl.valid_to is null or cl.valid_to > seg.de then seg.de else cl.valid_to end';

  // ---------------------------------------------------------------- the computation

  private async compute(ids: number[], from: string, to: string): Promise<Map<number, MeetingStatsFigures>> {
    const end = addDays(to, 1);
    const seg = this.segments(ids, from, end);
    const out = new Map<number, MeetingStatsFigures>(ids.map((id) => [id, emptyFigures(from, to)]));

    // 1. The distinct periods cells sat in the subtrees, and what was due over each; with them
    // the longest run of absences with reason recorded anywhere (the end of attendance_streak_index),
    // which bounds the seeks of 4.
    const periods = await this.em.execute<Row[]>(
      `with ${seg.sql}
       select distinct ${this.cf} as cf, ${this.ce} as ce, (select max(excused_streak) from attendance) as top_streak ${this.cellPeriods()}`,
      seg.params,
    );
    const due = periods.map((p) => {
      const cf = isoDate(p.cf);
      const ce = isoDate(p.ce);
      return { cf, ce, ranges: dueRanges(cf, addDays(ce, -1), this.today) };
    });
    const topStreak = Number(periods[0]?.top_streak ?? 0);

    // 2. Meeting totals, each meeting where its organisation sat on its date.
    const totals = await this.em.execute<Row[]>(
      `with ${seg.sql}
       select seg.k as k, count(*) as meetings,
              sum(case when m.kind in ${REGULAR_KINDS} then 1 else 0 end) as regular,
              sum(case when m.kind in ${REGULAR_KINDS} and m.in_window then 1 else 0 end) as in_window,
              sum(case when m.kind in ${THEMATIC_KINDS} then 1 else 0 end) as thematic,
              sum(m.eligible_count) as eligible, sum(m.present_count) as present,
              sum(m.excused_count) as excused, sum(m.unexcused_count) as unexcused,
              sum(case when m.evening then 1 else 0 end) as evening,
              sum(case when m.quality is not null then 1 else 0 end) as rated,
              sum(case when m.quality = 'GOOD' then 1 else 0 end) as good
       from seg join meeting m on m.org_path >= seg.lo and m.org_path < seg.hi and m.date >= seg.df and m.date < seg.de
       group by seg.k`,
      seg.params,
    );
    for (const r of totals) {
      const f = out.get(Number(r.k))!;
      f.meetings = Number(r.meetings);
      f.regularHeld = Number(r.regular ?? 0);
      f.regularInWindow = Number(r.in_window ?? 0);
      f.thematicHeld = Number(r.thematic ?? 0);
      f.eligible = Number(r.eligible ?? 0);
      f.present = Number(r.present ?? 0);
      f.excusedAbsences = Number(r.excused ?? 0);
      f.unexcusedAbsences = Number(r.unexcused ?? 0);
      f.eveningMeetings = Number(r.evening ?? 0);
      f.ratedMeetings = Number(r.rated ?? 0);
      f.ratedGood = Number(r.good ?? 0);
    }

    // 3. Per cell: months and quarters due against those in which it held a regular / thematic
    // meeting (on any day of that month or quarter), period by period (a cell's periods never
    // owe the same month or quarter), wherever the cell sat (a cell that moved after the 10th and
    // met at its new place has met that month): for each period, seeks of meeting_rollup_index on
    // each path the cell has had. Months: the regular meetings in the due months (one a month per
    // cell, MeetingService's rule), at most the months due. Quarters: one max() per quarter of
    // the span (at most 21) rather than count(distinct …), which would build a temporary index
    // per cell. PostgreSQL reads both in one LATERAL subquery per period, SQLite (no LATERAL)
    // in two scalar subqueries.
    if (due.length > 0) {
      const d = this.dateParam;
      const values = due.map(() => `(${d}, ${d}, ?, ${d}, ${d}, ?, ${d}, ${d})`).join(', ');
      const valueParams = due.flatMap((p) => [p.cf, p.ce, ...rangeParams(p.cf, p.ranges)]);
      const quarters = quarterBounds(from, to);
      const paths = 'm.org_path in (select x.path from organization_link x where x.organization_id = cl.organization_id)';
      const inQuarter = (extra: string) => quarters.map(() => `max(case when ${extra}m.date >= ? and m.date < ? then 1 else 0 end)`).join(' + ');
      let held: string;
      let lateral = '';
      if (this.dialect === 'postgresql') {
        held = 'least(coalesce(h.mh, 0), p.md) as mh, coalesce(h.qh, 0) as qh';
        lateral = `left join lateral (
             select count(*) filter (where m.kind in ${REGULAR_KINDS} and m.date >= p.m0 and m.date < p.m1) as mh,
                    ${inQuarter(`m.kind in ${THEMATIC_KINDS} and m.date >= p.q0 and m.date < p.q1 and `)} as qh
             from meeting m where ${paths} and m.date >= least(p.m0, p.q0) and m.date < greatest(p.m1, p.q1)) h on true`;
      } else {
        const heldIn = (what: string, kinds: string, start: string, stop: string) =>
          `coalesce((select ${what} from meeting m where ${paths} and m.date >= ${start} and m.date < ${stop} and m.kind in ${kinds}), 0)`;
        held = `case when p.md > 0 then min(${heldIn('count(*)', REGULAR_KINDS, 'p.m0', 'p.m1')}, p.md) else 0 end as mh,
                case when p.qd > 0 then ${heldIn(inQuarter(''), THEMATIC_KINDS, 'p.q0', 'p.q1')} else 0 end as qh`;
      }
      const cells = await this.em.execute<Row[]>(
        `with ${seg.sql},
         p(cf, ce, md, m0, m1, qd, q0, q1) as (values ${values}),
         c as (
           select seg.k as k, cl.organization_id as cell, p.md as md, p.qd as qd, ${held}
           ${this.cellPeriods()}
           join p on p.cf = ${this.cf} and p.ce = ${this.ce}
           ${lateral}),
         owed as (select k, cell, sum(md) as md, sum(mh) as mh, sum(qd) as qd, sum(qh) as qh from c group by k, cell)
         select k, count(*) as cells, sum(md) as months_due, sum(qd) as quarters_due, sum(mh) as months_held, sum(qh) as quarters_held,
                sum(case when mh < md then 1 else 0 end) as behind_regular,
                sum(case when qh < qd then 1 else 0 end) as behind_thematic
         from owed group by k`,
        [...seg.params, ...valueParams, ...quarters.flat()],
      );
      for (const r of cells) {
        const f = out.get(Number(r.k))!;
        f.cells = Number(r.cells);
        f.regularDue = Number(r.months_due ?? 0);
        f.thematicQuartersDue = Number(r.quarters_due ?? 0);
        f.regularMonthsHeld = Number(r.months_held ?? 0);
        f.thematicQuartersCovered = Number(r.quarters_held ?? 0);
        f.cellsBehindOnRegular = Number(r.behind_regular ?? 0);
        f.cellsBehindOnThematic = Number(r.behind_thematic ?? 0);
      }
    }

    // 4. Members flagged for absences with reason in a row. attendance_streak_index leads with
    // the streak: one seek per streak value from the flag to the longest run (a list of
    // constants, so that both planners see how few rows it holds), each narrowed to a subtree's
    // path range — a range on the streak would read every flagged row of the country for each
    // subtree. Without cells there is no attendance.
    if (due.length > 0 && topStreak >= EXCUSED_STREAK_FLAG) {
      const streaks = Array.from({ length: topStreak - EXCUSED_STREAK_FLAG + 1 }, (_, i) => EXCUSED_STREAK_FLAG + i);
      const flagged = await this.em.execute<Row[]>(
        `with ${seg.sql}
         select seg.k as k, count(distinct a.member_id) as n
         from seg join attendance a
           on a.excused_streak in (${streaks.join(', ')}) and a.org_path >= seg.lo and a.org_path < seg.hi and a.date >= seg.df and a.date < seg.de
         group by seg.k`,
        seg.params,
      );
      for (const r of flagged) out.get(Number(r.k))!.membersExcusedStreak = Number(r.n);
    }

    for (const f of out.values()) {
      f.attendanceRate = f.meetings > 0 ? shareOf(f.present, f.eligible) : null;
      f.eveningShare = shareOf(f.eveningMeetings, f.meetings);
      f.ratedGoodShare = shareOf(f.ratedGood, f.ratedMeetings);
    }
    return out;
  }
}

/** A period's due months and quarters as [count, first day, day after the last) for the VALUES list. */
function rangeParams(start: string, r: DueRanges): Array<number | string> {
  // Nothing due: an empty range at the period's start (so that a range covering both stays short).
  const months = r.months.count > 0 ? [monthStart(r.months.first), monthStart(r.months.last + 1)] : [start, start];
  const quarters = r.quarters.count > 0 ? [monthStart(r.quarters.first * 3), monthStart(r.quarters.last * 3 + 3)] : [start, start];
  return [r.months.count, ...months, r.quarters.count, ...quarters];
}

/** [first day, first day of the next) of every quarter from the one of `from` to the one of `to`. */
function quarterBounds(from: string, to: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let q = quarterIndex(from); q <= quarterIndex(to); q += 1) out.push([monthStart(q * 3), monthStart(q * 3 + 3)]);
  return out;
}

/** First day of a month given as monthIndex. */
function monthStart(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** A date as read back from either database ('YYYY-MM-DD'). */
function isoDate(value: string | number | null): string {
  return String(value).slice(0, 10);
}

export function emptyFigures(from: string, to: string): MeetingStatsFigures {
  return {
    from,
    to,
    cells: 0,
    meetings: 0,
    regularHeld: 0,
    regularMonthsHeld: 0,
    regularDue: 0,
    regularInWindow: 0,
    cellsBehindOnRegular: 0,
    thematicHeld: 0,
    thematicQuartersCovered: 0,
    thematicQuartersDue: 0,
    cellsBehindOnThematic: 0,
    eligible: 0,
    present: 0,
    attendanceRate: null,
    excusedAbsences: 0,
    unexcusedAbsences: 0,
    membersExcusedStreak: 0,
    eveningMeetings: 0,
    eveningShare: null,
    ratedMeetings: 0,
    ratedGood: 0,
    ratedGoodShare: null,
  };
}
