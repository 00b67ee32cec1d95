import type { EntityManager } from '@mikro-orm/knex';
import { dueRanges, addDays, subtreeUpperBound, todayInVietnam } from '@fourgood/rules';
import { readRollupDay, writeRollupDay } from '../stats/rollup-days.js';
import { dialectOfEm } from '../stats/subtree-counts.js';
import { meetingPaths, upsert, type Row } from './meeting-rollups.js';

/**
 * The row of `rollup_day` that says meeting_subtree_year was built; its day is the Jan 1 of the
 * first year the rollup covers (years before it are counted from the periods, as before).
 */
export const MEETING_SUBTREE_YEARS = 'MEETING_SUBTREE_YEARS';
/**
 * The row of `rollup_day` that says up to which year meeting_subtree_year, meeting_subtree_stage
 * and meeting_subtree_entry were built: its day is the Jan 1 of the last year they cover. Writes
 * keep the years up to it; the daily job adds a new year when it starts (until then the new year
 * is counted from the periods, as before the rollups: right, only slower).
 */
export const MEETING_SUBTREE_LAST = 'MEETING_SUBTREE_LAST';

/** The sums of meeting_subtree_year, in column order (what one cell adds: 1, its figures, 1 or 0 behind). */
export const SUBTREE_YEAR_SUMS = ['cells', 'months_due', 'months_held', 'quarters_due', 'quarters_held', 'behind_regular', 'behind_thematic'] as const;

const CELL_KINDS = `('CELL', 'GRASSROOTS_CELL')`;
/** "Today" for what a row counts as due: the year over (a past year is counted the same way by MeetingStatsService). */
const YEAR_OVER = '9999-12-31';

/** The sums of meeting_subtree_stage, in column order. */
export const SUBTREE_STAGE_SUMS = ['months_due', 'months_held', 'quarters_due', 'quarters_held', 'behind_regular', 'behind_thematic'] as const;

/** The first year meeting_subtree_year covers, or null when it was never built. */
export async function subtreeYearsFrom(em: EntityManager): Promise<number | null> {
  const day = await readRollupDay(em, dialectOfEm(em), MEETING_SUBTREE_YEARS);
  return day == null ? null : Number(String(day).slice(0, 4));
}

/**
 * The years meeting_subtree_year, _stage and _entry cover, or null when not built. `lock`
 * 'share' for writers that keep them, 'update' for the job that adds a year (PostgreSQL).
 */
export async function subtreeYearsCovered(em: EntityManager, lock?: 'share' | 'update'): Promise<[number, number] | null> {
  const dialect = dialectOfEm(em);
  const last = await readRollupDay(em, dialect, MEETING_SUBTREE_LAST, lock);
  const first = await readRollupDay(em, dialect, MEETING_SUBTREE_YEARS);
  return first == null || last == null ? null : [Number(String(first).slice(0, 4)), Number(String(last).slice(0, 4))];
}

/** A date's month × 100 + day (the day columns of meeting_subtree_stage and _entry). */
export function monthDay(date: string): number {
  return Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

const dueDayCache = new Map<number, string[]>();

/**
 * The days of `year` on which something falls due (a month or a quarter), found with the rules
 * themselves (dueRanges over the whole year, today moving day by day) rather than restated: what
 * is due over any part of the year as of a day T is what is due as of the last of these days up
 * to T (nothing falls due between them). The year's last one (Dec 31, the fourth quarter) is
 * meeting_subtree_year's row; the others are meeting_subtree_stage's.
 */
export function dueDays(year: number): string[] {
  let days = dueDayCache.get(year);
  if (days) return days;
  days = [];
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const count = (today: string) => {
    const r = dueRanges(first, last, today);
    return r.months.count * 100 + r.quarters.count;
  };
  let before = count(addDays(first, -1));
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const now = count(d);
    if (now !== before) days.push(d);
    before = now;
  }
  dueDayCache.set(year, days);
  return days;
}

/** What cells add to the three rollups, per key ("path|year" and "path|year|day"). */
export interface Contributions {
  years: Map<string, Row>;
  stages: Map<string, Row>;
  entries: Map<string, Row>;
}

function addRow(map: Map<string, Row>, key: Array<string | number>, values: number[]): void {
  const k = key.join('|');
  const row = map.get(k);
  if (row) values.forEach((v, j) => (row.values[j]! += v));
  else map.set(k, { key, values: [...values] });
}

function mergeInto(into: Contributions, from: Contributions): void {
  for (const name of ['years', 'stages', 'entries'] as const) for (const r of from[name].values()) addRow(into[name], r.key, r.values);
}

const day = (v: unknown): string => String(v instanceof Date ? v.toISOString() : v).slice(0, 10);

/**
 * What `cellIds` add to the rollups over the years y0–y1: for each year, each path a cell sat
 * under (every prefix of its paths that year) gets the cell once, in meeting_subtree_year with
 * what was due over its periods there (monthsDue, quartersDue of each period, the year over) and
 * the due months and quarters it held (meeting_cell_year), as MeetingStatsService counts a cell
 * (step 3); in meeting_subtree_stage the same as of each day something falls due (dueDays, the
 * year's last excepted); in meeting_subtree_entry at its first day there that year. Two
 * statements per 500 cells. `within`: only paths in that range.
 */
export async function cellContributions(em: EntityManager, cellIds: number[], y0: number, y1: number, within?: [string, string]): Promise<Contributions> {
  const out: Contributions = { years: new Map(), stages: new Map(), entries: new Map() };
  const ids = [...new Set(cellIds)];
  const start = `${y0}-01-01`;
  const end = `${y1 + 1}-01-01`;
  for (let i = 0; i < ids.length && y0 <= y1; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const marks = chunk.map(() => '?').join(', ');
    const links = await em.execute<Array<Record<string, unknown>>>(
      `select l.organization_id, l.path, l.valid_from, l.valid_to from organization_link l join organization o on o.id = l.organization_id
       where l.organization_id in (${marks}) and o.kind in ${CELL_KINDS} and l.valid_from < ? and (l.valid_to is null or l.valid_to > ?)`,
      [...chunk, end, start],
    );
    const heldRows = await em.execute<Array<Record<string, unknown>>>(
      `select * from meeting_cell_year where organization_id in (${marks}) and year >= ? and year <= ?`,
      [...chunk, y0, y1],
    );
    const held = new Map<string, number[]>();
    for (const r of heldRows) {
      held.set(`${Number(r.organization_id)}|${Number(r.year)}`, [
        ...Array.from({ length: 12 }, (_, m) => Number(r[`m${m + 1}`])),
        ...Array.from({ length: 4 }, (_, q) => Number(r[`q${q + 1}`])),
      ]);
    }
    const byCell = new Map<number, Array<{ path: string; from: string; to: string | null }>>();
    for (const l of links) {
      const cell = Number(l.organization_id);
      byCell.set(cell, [...(byCell.get(cell) ?? []), { path: String(l.path), from: day(l.valid_from), to: l.valid_to == null ? null : day(l.valid_to) }]);
    }
    for (const [cell, cellLinks] of byCell) {
      for (let year = y0; year <= y1; year += 1) {
        const ys = `${year}-01-01`;
        const ye = `${year + 1}-01-01`;
        // The year row counts as of the year over; the stage rows as of each earlier due day.
        const asOf = [YEAR_OVER, ...dueDays(year).filter((d) => d < `${year}-12-31`)];
        const periods = new Map<string, Array<[string, string]>>();
        for (const l of cellLinks) {
          const cf = l.from > ys ? l.from : ys;
          const ce = l.to == null || l.to > ye ? ye : l.to;
          if (cf >= ce) continue;
          for (const path of meetingPaths(l.path)) {
            if (within && (path < within[0] || path >= within[1])) continue;
            periods.set(path, [...(periods.get(path) ?? []), [cf, ce]]);
          }
        }
        const counts = held.get(`${cell}|${year}`) ?? new Array<number>(16).fill(0);
        // A period's figures as of each day, computed once per period (the paths above share it).
        const perPeriod = new Map<string, number[][]>();
        const figures = (cf: string, ce: string): number[][] => {
          const k = `${cf}|${ce}`;
          let f = perPeriod.get(k);
          if (f) return f;
          f = asOf.map((today) => {
            const due = dueRanges(cf, addDays(ce, -1), today);
            let months = 0;
            for (let m = due.months.first; m <= due.months.last; m += 1) months += counts[m - year * 12]!;
            let quarters = 0;
            for (let q = due.quarters.first; q <= due.quarters.last; q += 1) if (counts[12 + q - year * 4]! > 0) quarters += 1;
            return [due.months.count, Math.min(months, due.months.count), due.quarters.count, quarters];
          });
          perPeriod.set(k, f);
          return f;
        };
        for (const [path, list] of periods) {
          const sums = asOf.map(() => [0, 0, 0, 0]);
          let first = ye;
          for (const [cf, ce] of list) {
            if (cf < first) first = cf;
            figures(cf, ce).forEach((f, j) => f.forEach((v, c) => (sums[j]![c]! += v)));
          }
          sums.forEach(([md, mh, qd, qh], j) => {
            const values = [md!, mh!, qd!, qh!, mh! < md! ? 1 : 0, qh! < qd! ? 1 : 0];
            if (j === 0) addRow(out.years, [path, year], [1, ...values]);
            else if (values.some((v) => v !== 0)) addRow(out.stages, [path, year, monthDay(asOf[j]!)], values);
          });
          addRow(out.entries, [path, year, monthDay(first)], [1]);
        }
      }
    }
  }
  return out;
}

/** Writes `rows` (deltas) to the three rollups (rows left at zero deleted). */
async function writeContributions(em: EntityManager, rows: Contributions): Promise<void> {
  await upsert(em, 'meeting_subtree_year', ['path', 'year'], SUBTREE_YEAR_SUMS, [...rows.years.values()], false);
  await upsert(em, 'meeting_subtree_stage', ['path', 'year', 'as_of'], SUBTREE_STAGE_SUMS, [...rows.stages.values()], false);
  await upsert(em, 'meeting_subtree_entry', ['path', 'year', 'day'], ['cells'], [...rows.entries.values()], false);
}

/** after − before, written to the three rollups. */
async function applyDifference(em: EntityManager, before: Contributions, after: Contributions): Promise<void> {
  const rows: Contributions = { years: new Map(), stages: new Map(), entries: new Map() };
  mergeInto(rows, after);
  for (const name of ['years', 'stages', 'entries'] as const) for (const r of before[name].values()) addRow(rows[name], r.key, r.values.map((v) => -v));
  await writeContributions(em, rows);
}

/**
 * Runs `change` (inside the caller's transaction) and moves meeting_subtree_year, _stage and
 * _entry with it: what the cells `cellIds` added over the years from `from` on is taken out
 * before, and what they add after (with the cells `added` returns, new ones) put in. For changes
 * of the dated tree (the cells a move, merge or dissolution touches, a new cell) and of months
 * held (meeting writes). `until`: the last day the change can touch (default: the last year
 * covered). Nothing to do before the rollups are built (the start-up job builds them whole), nor
 * for years after the last one covered (the daily job builds a new year from the tables).
 */
export async function followCellPeriods<T>(
  em: EntityManager,
  cellIds: number[],
  from: string,
  change: () => Promise<T>,
  added: (result: T) => number[] = () => [],
  until?: string,
): Promise<T> {
  const covered = await subtreeYearsCovered(em, 'share');
  if (covered == null) return change();
  const y0 = Math.max(Number(from.slice(0, 4)), covered[0]);
  const y1 = Math.min(until != null ? Number(until.slice(0, 4)) : covered[1], covered[1]);
  if (y0 > y1) return change();
  // A cell's contribution is not a sum (min, behind or not): on PostgreSQL, changes of the same
  // cells (their places, their meetings: MeetingService locks the cell too) wait for each other,
  // so that each reads the other's result. SQLite runs one writer anyway.
  if (dialectOfEm(em) === 'postgresql') {
    const sorted = [...new Set(cellIds)].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length; i += 500) {
      const chunk = sorted.slice(i, i + 500);
      await em.execute(`select id from organization where id in (${chunk.map(() => '?').join(', ')}) order by id for update`, chunk);
    }
  }
  const before = await cellContributions(em, cellIds, y0, y1);
  const result = await change();
  const after = await cellContributions(em, [...cellIds, ...added(result)], y0, y1);
  await applyDifference(em, before, after);
  return result;
}

/** The cells (CELL, GRASSROOTS_CELL) with a current place under `path` (`path` itself included when `withTop`). */
export async function cellsUnder(em: EntityManager, path: string, withTop: boolean): Promise<number[]> {
  const rows = await em.execute<Array<{ id: number }>>(
    `select distinct l.organization_id as id from organization_link l join organization o on o.id = l.organization_id
     where l.path ${withTop ? '>=' : '>'} ? and l.path < ? and l.valid_to is null and o.kind in ${CELL_KINDS}`,
    [path, subtreeUpperBound(path)],
  );
  return rows.map((r) => Number(r.id));
}

const TABLES = ['meeting_subtree_year', 'meeting_subtree_stage', 'meeting_subtree_entry'] as const;

/**
 * The three rollups for the years y0–y1 (of the paths in `range`, or all), from the dated tree
 * and meeting_cell_year: their rows there deleted, then the cells' contributions added 500 cells
 * at a time (so memory follows 500 cells, not the country). Returns the cells counted.
 */
async function buildYears(em: EntityManager, y0: number, y1: number, range?: [string, string]): Promise<number> {
  for (const table of TABLES) {
    await em.execute(`delete from ${table} where year >= ? and year <= ?${range ? ' and path >= ? and path < ?' : ''}`, [y0, y1, ...(range ?? [])], 'run');
  }
  if (y0 > y1) return 0;
  const cells = await em.execute<Array<{ id: number }>>(
    `select distinct l.organization_id as id from organization_link l join organization o on o.id = l.organization_id
     where o.kind in ${CELL_KINDS} and l.valid_from < ? and (l.valid_to is null or l.valid_to > ?)${range ? ' and l.path >= ? and l.path < ?' : ''}`,
    [`${y1 + 1}-01-01`, `${y0}-01-01`, ...(range ?? [])],
  );
  const ids = cells.map((r) => Number(r.id));
  for (let i = 0; i < ids.length; i += 500) await writeContributions(em, await cellContributions(em, ids.slice(i, i + 500), y0, y1, range));
  return ids.length;
}

/**
 * Recomputes meeting_subtree_year, _stage and _entry from the dated tree and meeting_cell_year:
 * for one province (its root id: the rows of paths under it, for the years covered) or for
 * everything, for the years from the first it covers (on a first build: the first year with a
 * meeting on record, or this year) to this one. For bulk loads (seeds, imports, benchmark data)
 * and repairs, and at start-up when never built.
 */
export async function rebuildMeetingSubtreeYears(em: EntityManager, rootId?: number): Promise<number> {
  const thisYear = Number(todayInVietnam().slice(0, 4));
  // The first year: kept for one province, unless meetings now go back further (then, and on a
  // first build, every province from the first year with a meeting on record).
  const [row] = await em.execute<Array<{ y: number | null }>>(`select min(year) as y from meeting_cell_year`);
  const needed = Math.min(row?.y != null ? Number(row.y) : thisYear, thisYear);
  const covered = rootId != null ? await subtreeYearsCovered(em) : null;
  if (covered != null && covered[0] <= needed) {
    return buildYears(em, covered[0], covered[1], [`/${rootId}/`, subtreeUpperBound(`/${rootId}/`)]);
  }
  for (const table of TABLES) await em.execute(`delete from ${table}`, [], 'run');
  const cells = await buildYears(em, needed, thisYear);
  await writeRollupDay(em, MEETING_SUBTREE_YEARS, `${needed}-01-01`);
  await writeRollupDay(em, MEETING_SUBTREE_LAST, `${thisYear}-01-01`);
  return cells;
}

/**
 * A new year (the daily job, at start-up and after midnight): the rollups built for the years
 * after the last one covered up to this one, then covered. On PostgreSQL it holds the marker row
 * for update, so that writers keeping the rollups (which read it for share) wait for it and it
 * for them. Returns the cells counted, or null when there was nothing to do.
 */
export async function extendMeetingSubtreeYears(em: EntityManager): Promise<number | null> {
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const covered = await subtreeYearsCovered(em, 'update');
  if (covered == null || covered[1] >= thisYear) return null;
  const cells = await buildYears(em, covered[1] + 1, thisYear);
  await writeRollupDay(em, MEETING_SUBTREE_LAST, `${thisYear}-01-01`);
  return cells;
}

/**
 * After a bulk load of organisations (seeds, imports): the rows of one province (or all)
 * recomputed, when the rollups were built already (otherwise the start-up job builds them whole).
 */
export async function refreshMeetingSubtreeYears(em: EntityManager, rootId?: number): Promise<void> {
  if ((await subtreeYearsCovered(em)) != null) await rebuildMeetingSubtreeYears(em, rootId);
}
