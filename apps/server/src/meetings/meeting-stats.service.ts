import { addDays, dueRanges, EXCUSED_STREAK_FLAG, shareOf, type DueRanges } from '@fourgood/rules';
import type { Organization } from '../hierarchy/organization.entity.js';
import { RequestService } from '../common/request-service.js';
import { dueDays, MEETING_SUBTREE_LAST, MEETING_SUBTREE_YEARS, monthDay } from './meeting-subtree-years.js';

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
 * `meetingStats` of a request with the same span is one batch); for a span from Jan 1 to a day of
 * that year (a whole past year, the running year up to today: the default view), two (step 0
 * then 2), plus 1, 3 and 4 only for organisations that changed path in the span:
 *
 * 0. from Jan 1: per organisation, its rows of the rollups (the cells' figures of 1 and 3 for
 *    that path: meeting_subtree_year for a whole year; up to an earlier day, meeting_subtree_entry
 *    for its cells and meeting_subtree_stage for what was due and held) and its count of
 *    meeting_streak_year rows (4);
 *
 * 1. the distinct periods (clipped to the span) during which cells sat in the subtrees — a few
 *    rows; their months and quarters due are expanded here with monthsDue/quartersDue, once per
 *    distinct period, never per cell — and the longest run of absences with reason on record;
 * 2. the meeting totals: the rollup meeting_month (per path and month) for the whole months of
 *    the span, a range scan of the covering meeting_rollup_index for the days of partial months;
 * 3. per cell: months and quarters due (the periods of 1 joined back as a VALUES list) against
 *    the due months and quarters in which it held a regular / thematic meeting, from the rollup
 *    meeting_cell_year (per cell and year) by one seek per period of a cell;
 * 4. members whose run of absences with reason reached the flag: the rollup meeting_streak_year
 *    (per path, year and member) for the whole years of the span, seeks of
 *    attendance_streak_index (one per streak value and subtree) for the days of partial years.
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
   * Month arithmetic on dates in SQL: `w0(d)` the first day of the first whole month from `d` on,
   * `w1(d)` the first day of the month of `d` (the end of the whole months before `d`), `idx(d)`
   * the monthIndex of a first day of a month (year × 12 + month − 1).
   */
  private get monthSql(): { w0: (d: string) => string; w1: (d: string) => string; idx: (d: string) => string } {
    if (this.dialect === 'postgresql') {
      return {
        w0: (d) => `case when extract(day from ${d}) = 1 then ${d} else cast(date_trunc('month', ${d}) + interval '1 month' as date) end`,
        w1: (d) => `cast(date_trunc('month', ${d}) as date)`,
        idx: (d) => `(cast(extract(year from ${d}) as integer) * 12 + cast(extract(month from ${d}) as integer) - 1)`,
      };
    }
    return {
      w0: (d) => `case when substr(${d}, 9, 2) = '01' then ${d} else date(${d}, 'start of month', '+1 month') end`,
      w1: (d) => `date(${d}, 'start of month')`,
      idx: (d) => `(cast(substr(${d}, 1, 4) as integer) * 12 + cast(substr(${d}, 6, 2) as integer) - 1)`,
    };
  }

  /**
   * Year arithmetic on dates in SQL: `y0(d)` the first Jan 1 from `d` on, `ys(d)` the Jan 1 of
   * the year of `d`, `yr(d)` its year.
   */
  private get yearSql(): { y0: (d: string) => string; ys: (d: string) => string; yr: (d: string) => string } {
    if (this.dialect === 'postgresql') {
      return {
        y0: (d) => `case when extract(month from ${d}) = 1 and extract(day from ${d}) = 1 then ${d} else cast(date_trunc('year', ${d}) + interval '1 year' as date) end`,
        ys: (d) => `cast(date_trunc('year', ${d}) as date)`,
        yr: (d) => `cast(extract(year from ${d}) as integer)`,
      };
    }
    return {
      y0: (d) => `case when substr(${d}, 6, 5) = '01-01' then ${d} else date(${d}, 'start of year', '+1 year') end`,
      ys: (d) => `date(${d}, 'start of year')`,
      yr: (d) => `cast(substr(${d}, 1, 4) as integer)`,
    };
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

    // 0. A span from Jan 1 to a day T of that year, in the years the rollups cover: a whole past
    // year (T = Dec 31), the running year up to today (the default view), or any day of a year.
    // The cells' figures of an organisation that kept one path over the span are rows of the
    // rollups instead of steps 1 and 3 over its cells' periods: for a whole year, its row of
    // meeting_subtree_year; up to an earlier day, its cells from meeting_subtree_entry (those whose
    // first day there that year is ≤ T) and what was due and held from meeting_subtree_stage, at
    // the last day up to T on which something fell due (none: nothing due yet). Its members
    // flagged for absences with reason are the rows of meeting_streak_year of that path and year
    // (a member once: one year, one path), counted, instead of step 4 — when no meeting is on
    // record after T (always so for today; otherwise step 4 counts them). Organisations that moved
    // in the span (two paths), and every span when the rollups do not cover the year (a year
    // before the first, a new year before the daily job), go through steps 1, 3 and 4.
    let byPeriods = ids;
    let byStreaks: number[] = [];
    let topStreak = 0;
    let lastMeeting: string | null = null;
    let anyCells = false;
    const year = Number(from.slice(0, 4));
    if (from === `${year}-01-01` && to.slice(0, 4) === from.slice(0, 4)) {
      const whole = to === `${year}-12-31`;
      // The stage row of the last day up to T on which something fell due (0: no row, nothing due).
      const asOf = monthDay(dueDays(year).filter((d) => d <= to).at(-1) ?? `${year}-00-00`);
      const cellsSql = whole ? 'r.cells' : '(select sum(e.cells) from meeting_subtree_entry e where e.path = ks.lo and e.year = ? and e.day <= ?)';
      const rollup = whole ? 'meeting_subtree_year r on r.path = ks.lo and ks.lo = ks.lo2 and r.year = ?' : 'meeting_subtree_stage r on r.path = ks.lo and ks.lo = ks.lo2 and r.year = ? and r.as_of = ?';
      const rows = await this.em.execute<Row[]>(
        `with ${seg.sql},
         ks(k, lo, lo2) as (select k, min(lo), max(lo) from seg group by k)
         select ks.k as k, case when ks.lo = ks.lo2 then 1 else 0 end as one, case when ks.lo = ks.lo2 then ${cellsSql} end as cells,
                r.months_due, r.months_held, r.quarters_due, r.quarters_held,
                r.behind_regular, r.behind_thematic, (select max(excused_streak) from attendance) as top_streak,
                (select max(date) from meeting) as last_meeting, (select day from rollup_day where name = ?) as covered_from,
                (select day from rollup_day where name = ?) as covered_to,
                case when ks.lo = ks.lo2 then (select count(*) from meeting_streak_year s where s.path = ks.lo and s.year = ?) else 0 end as flagged
         from ks left join ${rollup}`,
        [...seg.params, ...(whole ? [] : [year, monthDay(to)]), MEETING_SUBTREE_YEARS, MEETING_SUBTREE_LAST, year, year, ...(whole ? [] : [asOf])],
      );
      const coveredFrom = rows[0]?.covered_from;
      const coveredTo = rows[0]?.covered_to;
      if (rows.length === 0) byPeriods = [];
      else if (coveredFrom != null && coveredTo != null && Number(String(coveredFrom).slice(0, 4)) <= year && year <= Number(String(coveredTo).slice(0, 4))) {
        topStreak = Number(rows[0]!.top_streak ?? 0);
        lastMeeting = rows[0]!.last_meeting != null ? isoDate(rows[0]!.last_meeting) : null;
        // meeting_streak_year counts the whole year: right up to T when nothing was recorded after it.
        const streaksWhole = whole || lastMeeting == null || lastMeeting <= to;
        byPeriods = [];
        for (const r of rows) {
          if (Number(r.one) !== 1) {
            byPeriods.push(Number(r.k));
            continue;
          }
          const f = out.get(Number(r.k))!;
          setCellFigures(f, r);
          // Without cells there is no attendance (as step 4).
          if (f.cells > 0 && !streaksWhole) {
            anyCells = true;
            byStreaks.push(Number(r.k));
          } else f.membersExcusedStreak = f.cells > 0 ? Number(r.flagged ?? 0) : 0;
        }
      }
    }
    if (byPeriods.length > 0) {
      const counted = await this.cellFigures(byPeriods, from, end, out);
      if (counted.periods > 0) {
        anyCells = true;
        topStreak = counted.topStreak;
        lastMeeting = counted.lastMeeting;
      }
    }

    // 2. Meeting totals, each meeting where its organisation sat on its date: the whole months of
    // each period from the rollup meeting_month (the rows of the subtree's path then), the days of
    // its partial months (before its first whole month, from its last one on) from meeting, by
    // meeting_date_path_index (date first: the path range of a province would read its whole year
    // of meetings in meeting_rollup_index to find a few days; SQLite is told, its estimate prefers
    // the path range). Empty partial parts are not read at all (PostgreSQL, which takes the path
    // range, read the province's year of index entries to find an empty range of days: 12 ms).
    // The last partial month is its whole row of meeting_month (`t`) when the span starts by its
    // first day and no meeting on record is dated after the span (the running year up to today:
    // meetings cannot be dated in the future), so the default view reads no meeting at all (the
    // days of the current month took 99 ms of 105 on a 500,000-member province on Dec 29).
    const { w0, w1, idx } = this.monthSql;
    const live = (dateFrom: string, dateTo: string, when = '') => `
       select w.k as k, 1 as meetings,
              case when m.kind in ${REGULAR_KINDS} then 1 else 0 end as regular,
              case when m.kind in ${REGULAR_KINDS} and m.in_window then 1 else 0 end as in_window,
              case when m.kind in ${THEMATIC_KINDS} then 1 else 0 end as thematic,
              m.eligible_count as eligible, m.present_count as present, m.excused_count as excused, m.unexcused_count as unexcused,
              case when m.evening then 1 else 0 end as evening,
              case when m.quality is not null then 1 else 0 end as rated,
              case when m.quality = 'GOOD' then 1 else 0 end as good
       from w join meeting m${this.dialect === 'sqlite' ? ' indexed by meeting_date_path_index' : ''}
         on m.date >= ${dateFrom} and m.date < ${dateTo} and m.org_path >= w.lo and m.org_path < w.hi${when}`;
    const totals = await this.em.execute<Row[]>(
      `with ${seg.sql},
       w(k, lo, hi, df, de, w0, w1, t) as (
         select k, lo, hi, df, de, ${w0('df')}, ${w1('de')},
                case when ${w1('de')} >= df and ${w1('de')} < de and (select max(date) from meeting) < de then 1 else 0 end from seg),
       parts as (
         select w.k as k, mm.meetings, mm.regular, mm.in_window, mm.thematic, mm.eligible, mm.present, mm.excused, mm.unexcused, mm.evening, mm.rated, mm.good
         from w join meeting_month mm on mm.path = w.lo and mm.month >= ${idx('w.w0')} and mm.month < ${idx('w.w1')} + w.t
         where w.w0 < w.w1 or w.t = 1
         union all ${live('w.df', 'case when w.w0 < w.w1 or w.t = 1 then w.w0 else w.de end', ' where w.df < case when w.w0 < w.w1 or w.t = 1 then w.w0 else w.de end')}
         union all ${live('w.w1', 'w.de', ' where w.w0 < w.w1 and w.w1 < w.de and w.t = 0')})
       select k, sum(meetings) as meetings, sum(regular) as regular, sum(in_window) as in_window, sum(thematic) as thematic,
              sum(eligible) as eligible, sum(present) as present, sum(excused) as excused, sum(unexcused) as unexcused,
              sum(evening) as evening, sum(rated) as rated, sum(good) as good
       from parts group by k`,
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

    // 4. Members flagged for absences with reason in a row, counted once over the span: the
    // whole calendar years of each period from the rollup meeting_streak_year (the rows of the
    // subtree's path then: one index range), the days of its partial years from attendance by
    // attendance_streak_index, which leads with the streak: one seek per streak value from the
    // flag to the longest run (a list of constants, so that both planners see how few rows it
    // holds), each narrowed to a subtree's path range — a range on the streak would read every
    // flagged row of the country for each subtree. A period ending after the last meeting on
    // record (the running year, capped at today) owes nothing past it: its year counts whole.
    // Without cells there is no attendance.
    byStreaks = [...byStreaks, ...byPeriods];
    if (anyCells && topStreak >= EXCUSED_STREAK_FLAG && lastMeeting != null && byStreaks.length > 0) {
      const seg = this.segments(byStreaks, from, end);
      const streaks = Array.from({ length: topStreak - EXCUSED_STREAK_FLAG + 1 }, (_, i) => EXCUSED_STREAK_FLAG + i);
      const { y0, ys, yr } = this.yearSql;
      const seek = (dateFrom: string, dateTo: string, when: string) => `
         select w.k as k, a.member_id as member
         from w join attendance a
           on a.excused_streak in (${streaks.join(', ')}) and a.org_path >= w.lo and a.org_path < w.hi and a.date >= ${dateFrom} and a.date < ${dateTo}
         where ${when}`;
      const partEnd = 'case when w.y0 < w.y1 then w.y0 else w.de end';
      const flagged = await this.em.execute<Row[]>(
        `with ${seg.sql},
         w(k, lo, hi, df, de, y0, y1) as (select k, lo, hi, df, de, ${y0('df')}, case when ${this.dateParam} < de then ${y0('de')} else ${ys('de')} end from seg),
         f(k, member) as (
           select w.k, s.member_id from w join meeting_streak_year s on s.path = w.lo and s.year >= ${yr('w.y0')} and s.year < ${yr('w.y1')}
           where w.y0 < w.y1
           union all ${seek('w.df', partEnd, `w.df < ${partEnd}`)}
           union all ${seek('w.y1', 'w.de', 'w.y0 < w.y1 and w.y1 < w.de')})
         select k, count(distinct member) as n from f group by k`,
        [...seg.params, lastMeeting],
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

  /**
   * Steps 1 and 3 over the periods of the cells of `ids`' subtrees in [from, end): the cells'
   * figures into `out`; returns how many distinct periods there were, with step 1's extras.
   */
  private async cellFigures(
    ids: number[],
    from: string,
    end: string,
    out: Map<number, MeetingStatsFigures>,
  ): Promise<{ periods: number; topStreak: number; lastMeeting: string | null }> {
    const to = addDays(end, -1);
    const seg = this.segments(ids, from, end);
    // 1. The distinct periods cells sat in the subtrees, and what was due over each; with them
    // the longest run of absences with reason recorded anywhere (the end of attendance_streak_index),
    // which bounds the seeks of 4.
    const periods = await this.em.execute<Row[]>(
      `with ${seg.sql}
       select distinct ${this.cf} as cf, ${this.ce} as ce, (select max(excused_streak) from attendance) as top_streak,
              (select max(date) from meeting) as last_meeting ${this.cellPeriods()}`,
      seg.params,
    );
    const due = periods.map((p) => {
      const cf = isoDate(p.cf);
      const ce = isoDate(p.ce);
      return { cf, ce, ranges: dueRanges(cf, addDays(ce, -1), this.today) };
    });
    const topStreak = Number(periods[0]?.top_streak ?? 0);
    const lastMeeting = periods[0]?.last_meeting != null ? isoDate(periods[0].last_meeting) : null;

    // 3. Per cell: months and quarters due against those in which it held a regular / thematic
    // meeting (on any day of that month or quarter), period by period (a cell's periods never
    // owe the same month or quarter), wherever the cell sat (a cell that moved after the 10th and
    // met at its new place has met that month): the rollup meeting_cell_year keeps, per cell and
    // year, its regular meetings per month and thematic meetings per quarter, so each period
    // reads its cell's rows of the span's years (one seek). Months: the regular meetings in the
    // due months (one a month per cell, MeetingService's rule), at most the months due.
    // Quarters: the due quarters with at least one thematic meeting.
    if (due.length > 0) {
      const d = this.dateParam;
      const n = this.dialect === 'postgresql' ? 'cast(? as integer)' : '?';
      const values = due.map(() => `(${d}, ${d}, ${n}, ${n}, ${n}, ${n}, ${n}, ${n})`).join(', ');
      const valueParams = due.flatMap((p) => [p.cf, p.ce, ...rangeParams(p.ranges)]);
      const monthTerms = Array.from({ length: 12 }, (_, i) => `case when cy.year * 12 + ${i} >= p.m0 and cy.year * 12 + ${i} < p.m1 then cy.m${i + 1} else 0 end`);
      const quarterTerms = Array.from({ length: 4 }, (_, i) => `case when cy.year * 4 + ${i} >= p.q0 and cy.year * 4 + ${i} < p.q1 and cy.q${i + 1} > 0 then 1 else 0 end`);
      // Both in one seek: months held × 1000 + quarters held (at most 21 quarters in a span). `h`
      // is materialized: inlined, its seek ran once for each use of x in `c` (twice per period).
      const held = `coalesce((select sum((${monthTerms.join(' + ')}) * 1000 + ${quarterTerms.join(' + ')}) from meeting_cell_year cy
                     where cy.organization_id = cl.organization_id and cy.year >= ${n} and cy.year <= ${n}), 0)`;
      const least = this.dialect === 'postgresql' ? 'least' : 'min';
      const years = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
      const cells = await this.em.execute<Row[]>(
        `with ${seg.sql},
         p(cf, ce, md, m0, m1, qd, q0, q1) as (values ${values}),
         h as materialized (
           select seg.k as k, cl.organization_id as cell, p.md as md, p.qd as qd, ${held} as x
           ${this.cellPeriods()}
           join p on p.cf = ${this.cf} and p.ce = ${this.ce}),
         c as (select k, cell, md, qd, ${least}(x / 1000, md) as mh, x % 1000 as qh from h),
         owed as (select k, cell, sum(md) as md, sum(mh) as mh, sum(qd) as qd, sum(qh) as qh from c group by k, cell)
         select k, count(*) as cells, sum(md) as months_due, sum(qd) as quarters_due, sum(mh) as months_held, sum(qh) as quarters_held,
                sum(case when mh < md then 1 else 0 end) as behind_regular,
                sum(case when qh < qd then 1 else 0 end) as behind_thematic
         from owed group by k`,
        [...seg.params, ...valueParams, ...years],
      );
      for (const r of cells) {
        setCellFigures(out.get(Number(r.k))!, r);
      }
    }

    return { periods: due.length, topStreak, lastMeeting };
  }
}

/** A period's due months and quarters as [count, first index, index after the last) for the VALUES list (monthIndex, quarterIndex). */
function rangeParams(r: DueRanges): number[] {
  const months = r.months.count > 0 ? [r.months.first, r.months.last + 1] : [0, 0];
  const quarters = r.quarters.count > 0 ? [r.quarters.first, r.quarters.last + 1] : [0, 0];
  return [r.months.count, ...months, r.quarters.count, ...quarters];
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

/** The cells' figures of one segment from a row of the rollup or of the periods' recount (same columns). */
function setCellFigures(f: MeetingStatsFigures, r: Row): void {
  f.cells = Number(r.cells ?? 0);
  f.regularDue = Number(r.months_due ?? 0);
  f.regularMonthsHeld = Number(r.months_held ?? 0);
  f.thematicQuartersDue = Number(r.quarters_due ?? 0);
  f.thematicQuartersCovered = Number(r.quarters_held ?? 0);
  f.cellsBehindOnRegular = Number(r.behind_regular ?? 0);
  f.cellsBehindOnThematic = Number(r.behind_thematic ?? 0);
}
