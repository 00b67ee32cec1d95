import type { EntityManager } from '@mikro-orm/knex';
import { EXCUSED_STREAK_FLAG, isRegularMeeting, isThematicMeeting, monthIndex, pathIds, subtreeUpperBound, todayInVietnam, type MeetingKind } from '@fourgood/rules';
import { writeRollupDay } from '../stats/rollup-days.js';
import { dialectOfEm } from '../stats/subtree-counts.js';
import { followCellPeriods, rebuildMeetingSubtreeYears } from './meeting-subtree-years.js';

/** The row of `rollup_day` that says meeting_month and meeting_cell_year were built (the day of the last rebuild). */
export const MEETING_ROLLUPS = 'MEETING_ROLLUPS';
/** The row of `rollup_day` that says meeting_streak_year was built (added after MEETING_ROLLUPS: databases built before lack it). */
export const MEETING_STREAKS = 'MEETING_STREAKS';

/** What a meeting adds to the rollups (the columns of `meeting` they read). */
export interface MeetingFactsRow {
  organizationId: number;
  orgPath: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  kind: MeetingKind;
  eligibleCount: number;
  presentCount: number;
  excusedCount: number;
  unexcusedCount: number;
  evening: boolean;
  inWindow: boolean | null;
  quality: string | null;
}

/** The sums of meeting_month, in column order. */
export const MONTH_SUMS = ['meetings', 'regular', 'in_window', 'thematic', 'eligible', 'present', 'excused', 'unexcused', 'evening', 'rated', 'good'] as const;
/** The counts of meeting_cell_year, in column order: regular meetings per month, thematic per quarter. */
export const CELL_YEAR_COUNTS = [...Array.from({ length: 12 }, (_, i) => `m${i + 1}`), ...Array.from({ length: 4 }, (_, i) => `q${i + 1}`)] as const;

/** The paths a meeting counts under: every prefix of its organisation's path on its date, that path included. */
export function meetingPaths(orgPath: string): string[] {
  const out: string[] = [];
  let path = '/';
  for (const id of pathIds(orgPath)) {
    path += `${id}/`;
    out.push(path);
  }
  return out;
}

/** A meeting's contribution to a meeting_month row, in MONTH_SUMS order. */
export function monthSums(m: MeetingFactsRow): number[] {
  const regular = isRegularMeeting(m.kind);
  return [
    1,
    regular ? 1 : 0,
    regular && m.inWindow ? 1 : 0,
    isThematicMeeting(m.kind) ? 1 : 0,
    m.eligibleCount,
    m.presentCount,
    m.excusedCount,
    m.unexcusedCount,
    m.evening ? 1 : 0,
    m.quality != null ? 1 : 0,
    m.quality === 'GOOD' ? 1 : 0,
  ];
}

/** A meeting row as read from either database (snake_case columns; booleans 0/1 on SQLite). */
export function meetingFactsOf(r: Record<string, unknown>): MeetingFactsRow {
  const flag = (v: unknown) => (v == null ? null : v === true || v === 1 || v === '1' || v === 't');
  return {
    organizationId: Number(r.organization_id),
    orgPath: String(r.org_path),
    date: String(r.date instanceof Date ? r.date.toISOString() : r.date).slice(0, 10),
    kind: r.kind as MeetingKind,
    eligibleCount: Number(r.eligible_count),
    presentCount: Number(r.present_count),
    excusedCount: Number(r.excused_count),
    unexcusedCount: Number(r.unexcused_count),
    evening: flag(r.evening) === true,
    inWindow: flag(r.in_window),
    quality: (r.quality as string | null) ?? null,
  };
}

/** The columns meetingFactsOf reads. */
export const MEETING_FACT_COLUMNS =
  'organization_id, org_path, date, kind, eligible_count, present_count, excused_count, unexcused_count, evening, in_window, quality';

/** A rollup row pending: its key columns and the deltas of its counting columns. */
export interface Row {
  key: Array<string | number>;
  values: number[];
  rootId?: number;
}

/**
 * Changes to meeting_month and meeting_cell_year, netted per row, written in statements of at
 * most 500 rows (an upsert adding the deltas, then the rows left at zero deleted). Every write of
 * a meeting runs one in its transaction: the meeting before the change out (-1), after it in (+1).
 */
export class MeetingRollupDeltas {
  private readonly months = new Map<string, Row>();
  private readonly cells = new Map<string, Row>();

  /**
   * A meeting counted (sign 1) or no longer counted (-1). Bulk rebuilds pass `n` meetings of one
   * group at once (same organisation, path, day, kind, flags and quality, attendance already
   * summed over the group) and the one table they rebuild.
   */
  meeting(m: MeetingFactsRow, sign: 1 | -1, n = 1, only?: 'months' | 'cells'): this {
    const month = monthIndex(m.date);
    if (only !== 'cells') {
      // Counting columns × n; the attendance columns (4–7) are summed over the group already.
      const sums = monthSums(m).map((v, i) => (i >= 4 && i <= 7 ? v : v * n));
      for (const path of meetingPaths(m.orgPath)) add(this.months, [path, month], sums, sign, pathIds(path)[0]!);
    }
    if (only !== 'months') {
      const counts = new Array<number>(16).fill(0);
      const inYear = month % 12;
      if (isRegularMeeting(m.kind)) counts[inYear] = n;
      if (isThematicMeeting(m.kind)) counts[12 + Math.floor(inYear / 3)] = n;
      if (counts.some((c) => c !== 0)) add(this.cells, [m.organizationId, Math.floor(month / 12)], counts, sign);
    }
    return this;
  }

  /** The (organisation, year) rows of meeting_cell_year this changes. */
  changedCellYears(): Array<[number, number]> {
    return [...this.cells.values()].filter((r) => r.values.some((v) => v !== 0)).map((r) => [Number(r.key[0]), Number(r.key[1])]);
  }

  /** Rows pending. */
  get size(): number {
    return this.months.size + this.cells.size;
  }

  async apply(em: EntityManager): Promise<void> {
    await upsert(em, 'meeting_month', ['path', 'month'], MONTH_SUMS, [...this.months.values()], true);
    await upsert(em, 'meeting_cell_year', ['organization_id', 'year'], CELL_YEAR_COUNTS, [...this.cells.values()], false);
    this.months.clear();
    this.cells.clear();
  }
}

function add(map: Map<string, Row>, key: Array<string | number>, values: number[], sign: number, rootId?: number): void {
  const k = key.join('|');
  const row = map.get(k);
  if (row) values.forEach((v, i) => (row.values[i]! += sign * v));
  else map.set(k, { key, values: values.map((v) => sign * v), rootId });
}

/**
 * Adds `all` rows' deltas to `table` (upsert, in statements of at most 500 rows), then deletes
 * the rows they lowered that are left at zero in every column.
 */
export async function upsert(
  em: EntityManager,
  table: string,
  keyColumns: string[],
  columns: readonly string[],
  all: Row[],
  withRoot: boolean,
): Promise<void> {
  const rows = all.filter((r) => r.values.some((v) => v !== 0));
  const insertColumns = [...keyColumns, ...(withRoot ? ['root_id'] : []), ...columns];
  const width = insertColumns.length;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await em.execute(
      `insert into ${table} (${insertColumns.join(', ')}) values ${chunk.map(() => `(${new Array(width).fill('?').join(', ')})`).join(', ')}
       on conflict (${keyColumns.join(', ')}) do update set ${columns.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`,
      chunk.flatMap((r) => [...r.key, ...(withRoot ? [r.rootId!] : []), ...r.values]),
      'run',
    );
  }
  // Rows that lost something may be empty now: not kept.
  const lowered = rows.filter((r) => r.values.some((v) => v < 0));
  const empty = columns.map((c) => `${c} = 0`).join(' and ');
  for (let i = 0; i < lowered.length; i += 400) {
    const chunk = lowered.slice(i, i + 400);
    await em.execute(
      `delete from ${table} where ${empty} and (${chunk.map(() => `(${keyColumns.map((c) => `${c} = ?`).join(' and ')})`).join(' or ')})`,
      chunk.flatMap((r) => r.key),
      'run',
    );
  }
}

/** The meetings of some ids as rollup facts (before a change, to take them out). */
export async function meetingFacts(em: EntityManager, ids: number[]): Promise<MeetingFactsRow[]> {
  const out: MeetingFactsRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await em.execute<Array<Record<string, unknown>>>(
      `select ${MEETING_FACT_COLUMNS} from meeting where id in (${chunk.map(() => '?').join(', ')})`,
      chunk,
    );
    out.push(...rows.map(meetingFactsOf));
  }
  return out;
}

/**
 * Recomputes meeting_month and meeting_cell_year from `meeting`: for one province (its root id:
 * the months of the meetings held there, and the whole years of the organisations that held them)
 * or for everything. For bulk loads (seeds, benchmark data) and repairs; returns the number of
 * meetings counted. Meetings are read grouped, one province (meeting_month) or 500 organisations
 * (meeting_cell_year) at a time, and spread over the paths above in memory, so memory follows one
 * province's cells and days, not every meeting.
 */
export async function rebuildMeetingRollups(em: EntityManager, rootId?: number): Promise<number> {
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const one = rootId != null ? ' where root_id = ?' : '';
    const roots = rootId != null ? [rootId] : (await t.execute<Array<{ id: number }>>(`select distinct root_id as id from meeting`)).map((r) => Number(r.id));
    const cells = (await t.execute<Array<{ id: number }>>(`select distinct organization_id as id from meeting${one}`, rootId != null ? [rootId] : [])).map((r) =>
      Number(r.id),
    );
    if (rootId != null) await t.execute(`delete from meeting_month where root_id = ?`, [rootId], 'run');
    else await t.execute(`delete from meeting_month`, [], 'run');
    for (let i = 0; i < cells.length; i += 500) {
      const chunk = cells.slice(i, i + 500);
      await t.execute(`delete from meeting_cell_year where organization_id in (${chunk.map(() => '?').join(', ')})`, chunk, 'run');
    }
    let meetings = 0;
    const deltas = new MeetingRollupDeltas();
    for (const root of roots) {
      const rows = await t.execute<Array<Record<string, unknown>>>(
        `select organization_id, org_path, date, kind, evening, in_window, quality, count(*) as n, sum(eligible_count) as eligible_count,
                sum(present_count) as present_count, sum(excused_count) as excused_count, sum(unexcused_count) as unexcused_count
         from meeting where root_id = ? group by organization_id, org_path, date, kind, evening, in_window, quality`,
        [root],
      );
      for (const r of rows) {
        deltas.meeting(meetingFactsOf(r), 1, Number(r.n), 'months');
        meetings += Number(r.n);
      }
      await deltas.apply(t);
    }
    // Whole years of the organisations that held the meetings (wherever they held them).
    for (let i = 0; i < cells.length; i += 500) {
      const chunk = cells.slice(i, i + 500);
      const rows = await t.execute<Array<Record<string, unknown>>>(
        `select organization_id, date, kind, count(*) as n from meeting where organization_id in (${chunk.map(() => '?').join(', ')})
         group by organization_id, date, kind`,
        chunk,
      );
      for (const r of rows) deltas.meeting(meetingFactsOf({ ...r, org_path: '/', eligible_count: 0, present_count: 0, excused_count: 0, unexcused_count: 0 }), 1, Number(r.n), 'cells');
      await deltas.apply(t);
    }
    await writeRollupDay(t, MEETING_ROLLUPS, todayInVietnam());
    await rebuildMeetingStreaks(t, rootId);
    await rebuildMeetingSubtreeYears(t, rootId);
    return meetings;
  });
}

/** Rows of meeting_streak_year: key "path|year|member" → flagged attendance rows. */
type StreakRows = Map<string, number>;

/** Flagged attendance rows (member, path on the date, year, count) spread over every prefix of the path. */
function addStreakRows(out: StreakRows, rows: Array<Record<string, unknown>>): void {
  for (const r of rows) {
    for (const path of meetingPaths(String(r.org_path))) {
      const key = `${path}|${Number(r.year)}|${Number(r.member_id)}`;
      out.set(key, (out.get(key) ?? 0) + Number(r.n));
    }
  }
}

async function insertStreakRows(em: EntityManager, rows: StreakRows): Promise<void> {
  const all = [...rows.entries()].filter(([, n]) => n > 0);
  for (let i = 0; i < all.length; i += 500) {
    const chunk = all.slice(i, i + 500);
    await em.execute(
      `insert into meeting_streak_year (path, year, member_id, flagged) values ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`,
      chunk.flatMap(([key, n]) => {
        const [path, year, member] = key.split('|') as [string, string, string];
        return [path, Number(year), Number(member), n];
      }),
      'run',
    );
  }
}

/** The year of an attendance date, in SQL. */
function yearSql(em: EntityManager, column: string): string {
  return dialectOfEm(em) === 'postgresql' ? `cast(extract(year from ${column}) as integer)` : `cast(substr(${column}, 1, 4) as integer)`;
}

/**
 * Recomputes the rows of meeting_streak_year of `memberIds` from the year of `from` on, from
 * their attendance (attendance_member_date_index): in the transaction of a meeting write, right
 * after their runs of absences with reason were recomputed from `from` (MeetingService).
 */
export async function refreshMeetingStreaks(em: EntityManager, memberIds: number[], from: string): Promise<void> {
  const year = Number(from.slice(0, 4));
  const ids = [...new Set(memberIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const marks = chunk.map(() => '?').join(', ');
    await em.execute(`delete from meeting_streak_year where member_id in (${marks}) and year >= ?`, [...chunk, year], 'run');
    const rows = await em.execute<Array<Record<string, unknown>>>(
      `select member_id, org_path, ${yearSql(em, 'date')} as year, count(*) as n from attendance
       where member_id in (${marks}) and date >= ? and excused_streak >= ?
       group by member_id, org_path, ${yearSql(em, 'date')}`,
      [...chunk, `${year}-01-01`, EXCUSED_STREAK_FLAG],
    );
    const out: StreakRows = new Map();
    addStreakRows(out, rows);
    await insertStreakRows(em, out);
  }
}

/**
 * Recomputes meeting_streak_year from `attendance`: for one province (its root id: the rows
 * under its path) or for everything. Called by rebuildMeetingRollups, and at start-up on a
 * database built before this table (MEETING_STREAKS). Returns the flagged attendance rows read.
 */
export async function rebuildMeetingStreaks(em: EntityManager, rootId?: number): Promise<number> {
  const range = rootId != null ? [`/${rootId}/`, subtreeUpperBound(`/${rootId}/`)] : [];
  const where = rootId != null ? ' and org_path >= ? and org_path < ?' : '';
  await em.execute(`delete from meeting_streak_year${rootId != null ? ' where path >= ? and path < ?' : ''}`, range, 'run');
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select member_id, org_path, ${yearSql(em, 'date')} as year, count(*) as n from attendance
     where excused_streak >= ?${where}
     group by member_id, org_path, ${yearSql(em, 'date')}`,
    [EXCUSED_STREAK_FLAG, ...range],
  );
  const out: StreakRows = new Map();
  addStreakRows(out, rows);
  await insertStreakRows(em, out);
  await writeRollupDay(em, MEETING_STREAKS, todayInVietnam());
  return rows.reduce((n, r) => n + Number(r.n), 0);
}

/**
 * Runs `change` (inside the caller's transaction) and moves the rollups with it: the meetings
 * `ids` as they were before are taken out, as they are after (gone when deleted) put in. `ids`
 * may be a function for meetings the change creates. Three statements or so besides the change
 * (four more when the regular or thematic meetings a cell held change: meeting_subtree_year).
 */
export async function followMeetings<T>(em: EntityManager, ids: number[], change: () => Promise<T>, after: (result: T) => number[] = () => ids): Promise<T> {
  const before = ids.length > 0 ? await meetingFacts(em, ids) : [];
  const result = await change();
  const deltas = new MeetingRollupDeltas();
  for (const m of before) deltas.meeting(m, -1);
  const afterIds = after(result);
  for (const m of afterIds.length > 0 ? await meetingFacts(em, afterIds) : []) deltas.meeting(m, 1);
  // The months and quarters its cells held change: meeting_subtree_year follows (the cells' places do not move).
  const changed = deltas.changedCellYears();
  if (changed.length === 0) await deltas.apply(em);
  else {
    const years = changed.map(([, year]) => year);
    await followCellPeriods(em, changed.map(([cell]) => cell), `${Math.min(...years)}-01-01`, () => deltas.apply(em), undefined, `${Math.max(...years)}-12-31`);
  }
  return result;
}
