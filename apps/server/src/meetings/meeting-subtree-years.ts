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

/** The sums of meeting_subtree_year, in column order (what one cell adds: 1, its figures, 1 or 0 behind). */
export const SUBTREE_YEAR_SUMS = ['cells', 'months_due', 'months_held', 'quarters_due', 'quarters_held', 'behind_regular', 'behind_thematic'] as const;

const CELL_KINDS = `('CELL', 'GRASSROOTS_CELL')`;
/** "Today" for what a row counts as due: the year over (a past year is counted the same way by MeetingStatsService). */
const YEAR_OVER = '9999-12-31';

/** The first year meeting_subtree_year covers, or null when it was never built. */
export async function subtreeYearsFrom(em: EntityManager): Promise<number | null> {
  const day = await readRollupDay(em, dialectOfEm(em), MEETING_SUBTREE_YEARS);
  return day == null ? null : Number(String(day).slice(0, 4));
}

const day = (v: unknown): string => String(v instanceof Date ? v.toISOString() : v).slice(0, 10);

/**
 * What `cellIds` add to meeting_subtree_year over the years y0–y1, per "path|year": for each
 * year, each path a cell sat under (every prefix of its paths that year) gets the cell once,
 * with what was due over its periods there (monthsDue, quartersDue of each period, the year
 * over) and the due months and quarters it held (meeting_cell_year), as MeetingStatsService
 * counts a cell (step 3). Two statements per 500 cells. `within`: only paths in that range.
 */
export async function cellContributions(em: EntityManager, cellIds: number[], y0: number, y1: number, within?: [string, string]): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
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
        for (const [path, list] of periods) {
          let md = 0;
          let mh = 0;
          let qd = 0;
          let qh = 0;
          for (const [cf, ce] of list) {
            const due = dueRanges(cf, addDays(ce, -1), YEAR_OVER);
            let months = 0;
            for (let m = due.months.first; m <= due.months.last; m += 1) months += counts[m - year * 12]!;
            let quarters = 0;
            for (let q = due.quarters.first; q <= due.quarters.last; q += 1) if (counts[12 + q - year * 4]! > 0) quarters += 1;
            md += due.months.count;
            mh += Math.min(months, due.months.count);
            qd += due.quarters.count;
            qh += quarters;
          }
          const key = `${path}|${year}`;
          const values = [1, md, mh, qd, qh, mh < md ? 1 : 0, qh < qd ? 1 : 0];
          const row = out.get(key);
          if (row) values.forEach((v, j) => (row.values[j]! += v));
          else out.set(key, { key: [path, year], values });
        }
      }
    }
  }
  return out;
}

/** after − before, written to meeting_subtree_year (rows left at zero cells deleted). */
async function applyDifference(em: EntityManager, before: Map<string, Row>, after: Map<string, Row>): Promise<void> {
  const rows = new Map<string, Row>();
  for (const [k, r] of after) rows.set(k, { key: r.key, values: [...r.values] });
  for (const [k, r] of before) {
    const row = rows.get(k);
    if (row) r.values.forEach((v, j) => (row.values[j]! -= v));
    else rows.set(k, { key: r.key, values: r.values.map((v) => -v) });
  }
  await upsert(em, 'meeting_subtree_year', ['path', 'year'], SUBTREE_YEAR_SUMS, [...rows.values()], false);
}

/**
 * Runs `change` (inside the caller's transaction) and moves meeting_subtree_year with it: what
 * the cells `cellIds` added over the years from `from` on is taken out before, and what they add
 * after (with the cells `added` returns, new ones) put in. For changes of the dated tree (the
 * cells a move, merge or dissolution touches, a new cell) and of months held (meeting writes).
 * `until`: the last day the change can touch (default: this year's end). Nothing to do before
 * the rollup is built (the start-up job builds it whole).
 */
export async function followCellPeriods<T>(
  em: EntityManager,
  cellIds: number[],
  from: string,
  change: () => Promise<T>,
  added: (result: T) => number[] = () => [],
  until?: string,
): Promise<T> {
  const first = await subtreeYearsFrom(em);
  const y0 = Math.max(Number(from.slice(0, 4)), first ?? 0);
  const y1 = until != null ? Number(until.slice(0, 4)) : Math.max(Number(from.slice(0, 4)), Number(todayInVietnam().slice(0, 4)));
  if (first == null || y0 > y1) return change();
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

/**
 * Recomputes meeting_subtree_year from the dated tree and meeting_cell_year: for one province
 * (its root id: the rows of paths under it) or for everything, for the years from the first it
 * covers (on a first build: the first year with a meeting on record, or this year) to this one.
 * For bulk loads (seeds, imports, benchmark data) and repairs, and at start-up when never built.
 * Cells are read 500 at a time; the rows are summed in memory (one per path and year).
 */
export async function rebuildMeetingSubtreeYears(em: EntityManager, rootId?: number): Promise<number> {
  const thisYear = Number(todayInVietnam().slice(0, 4));
  // The first year: kept for one province, unless meetings now go back further (then, and on a
  // first build, every province from the first year with a meeting on record).
  const [row] = await em.execute<Array<{ y: number | null }>>(`select min(year) as y from meeting_cell_year`);
  const needed = Math.min(row?.y != null ? Number(row.y) : thisYear, thisYear);
  let first = rootId != null ? await subtreeYearsFrom(em) : null;
  if (first == null || needed < first) {
    first = needed;
    rootId = undefined;
  }
  const range: [string, string] | undefined = rootId != null ? [`/${rootId}/`, subtreeUpperBound(`/${rootId}/`)] : undefined;
  await em.execute(`delete from meeting_subtree_year${range ? ' where path >= ? and path < ?' : ''}`, range ?? [], 'run');
  const cells = await em.execute<Array<{ id: number }>>(
    `select distinct l.organization_id as id from organization_link l join organization o on o.id = l.organization_id
     where o.kind in ${CELL_KINDS} and (l.valid_to is null or l.valid_to > ?)${range ? ' and l.path >= ? and l.path < ?' : ''}`,
    [`${first}-01-01`, ...(range ?? [])],
  );
  const ids = cells.map((r) => Number(r.id));
  const all = new Map<string, Row>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const [k, r] of await cellContributions(em, ids.slice(i, i + 500), first, thisYear, range)) {
      const row = all.get(k);
      if (row) r.values.forEach((v, j) => (row.values[j]! += v));
      else all.set(k, r);
    }
  }
  await upsert(em, 'meeting_subtree_year', ['path', 'year'], SUBTREE_YEAR_SUMS, [...all.values()], false);
  // One province with the first year kept: the row stays as it is (no lock on it for the rest of the transaction).
  if (rootId == null) await writeRollupDay(em, MEETING_SUBTREE_YEARS, `${first}-01-01`);
  return ids.length;
}

/**
 * After a bulk load of organisations (seeds, imports): the rows of one province (or all)
 * recomputed, when the rollup was built already (otherwise the start-up job builds it whole).
 */
export async function refreshMeetingSubtreeYears(em: EntityManager, rootId?: number): Promise<void> {
  if ((await subtreeYearsFrom(em)) != null) await rebuildMeetingSubtreeYears(em, rootId);
}
