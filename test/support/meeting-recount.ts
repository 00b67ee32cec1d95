import { addDays, EXCUSED_STREAK_FLAG, monthsDue, quartersDue, subtreeUpperBound } from '@fourgood/rules';
import { CELL_YEAR_COUNTS, meetingFactsOf, MEETING_FACT_COLUMNS, meetingPaths, MeetingRollupDeltas, MONTH_SUMS } from '../../apps/server/src/meetings/meeting-rollups.js';
import { MEETING_SUBTREE_YEARS, SUBTREE_STAGE_SUMS, SUBTREE_YEAR_SUMS } from '../../apps/server/src/meetings/meeting-subtree-years.js';

/**
 * The meeting rollups and meetingStats by their definitions, recounted from the base tables
 * (`meeting`, `attendance`, `organization_link`): used by the property test of the rollups
 * (test/api/meeting-rollups.test.ts) and by the check of the national benchmark's data
 * (test/bench/national-check.ts). `execute` runs one statement on the database under test;
 * `today` is the day meetingStats counts up to.
 */
export type Execute = (sql: string, params?: unknown[]) => Promise<unknown>;

export type Table = Record<string, number[]>;
export type Link = { organization_id: number; path: string; valid_from: string; valid_to: string | null; kind: string };
export type MeetingRow = { organization_id: number; org_path: string; date: string; kind: string; eligible_count: number; present_count: number; excused_count: number; unexcused_count: number; evening: unknown; in_window: unknown; quality: string | null };
export type FlagRow = { member_id: number; org_path: string; date: string; excused_streak: number };

export const sorted = (t: Table) => Object.fromEntries(Object.entries(t).sort(([x], [y]) => x.localeCompare(y)));
export const sortedKeys = (t: Record<string, number>) => Object.fromEntries(Object.entries(t).sort(([x], [y]) => x.localeCompare(y)));

/**
 * The days of a year on which something falls due before its last day, stated here from the
 * definition (a month on its 10th, a quarter on its last day): meeting_subtree_stage's days.
 */
function stageDays(year: number): string[] {
  const tenths = Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}-10`);
  return [...tenths, `${year}-03-31`, `${year}-06-30`, `${year}-09-30`].sort();
}

const monthDayOf = (d: string) => Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));

export function meetingRecount(execute: Execute, today: string) {
  const q = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await execute(sql, params)) as T;
  /** meeting_streak_year by its definition: flagged attendance rows per (every prefix of the row's path, year, member). */
  async function liveStreaks(): Promise<Record<string, number>> {
    const rows = await q<Array<{ member_id: number; org_path: string; date: string }>>(
      `select member_id, org_path, date from attendance where excused_streak >= ?`,
      [EXCUSED_STREAK_FLAG],
    );
    const out: Record<string, number> = {};
    for (const r of rows) {
      for (const path of meetingPaths(r.org_path)) {
        const key = `${path}|${Number(String(r.date).slice(0, 4))}|${Number(r.member_id)}`;
        out[key] = (out[key] ?? 0) + 1;
      }
    }
    return out;
  }

  async function storedStreaks(): Promise<Record<string, number>> {
    const rows = await q<Array<Record<string, unknown>>>(`select * from meeting_streak_year`);
    return Object.fromEntries(rows.map((r) => [`${r.path}|${Number(r.year)}|${Number(r.member_id)}`, Number(r.flagged)]));
  }

  async function liveRecount(): Promise<{ months: Table; cells: Table }> {
    const deltas = new MeetingRollupDeltas();
    const rows = await q<Array<Record<string, unknown>>>(`select ${MEETING_FACT_COLUMNS} from meeting`);
    for (const r of rows) deltas.meeting(meetingFactsOf(r), 1);
    const internal = deltas as unknown as { months: Map<string, { key: unknown[]; values: number[] }>; cells: Map<string, { key: unknown[]; values: number[] }> };
    const table = (m: Map<string, { key: unknown[]; values: number[] }>) =>
      Object.fromEntries([...m.values()].filter((r) => r.values.some((v) => v !== 0)).map((r) => [r.key.join('|'), r.values]));
    return { months: table(internal.months), cells: table(internal.cells) };
  }

  async function stored(): Promise<{ months: Table; cells: Table }> {
    const months = await q<Array<Record<string, unknown>>>(`select * from meeting_month`);
    const cellRows = await q<Array<Record<string, unknown>>>(`select * from meeting_cell_year`);
    for (const r of months) if (Number(r.root_id) !== Number(String(r.path).split('/')[1])) throw new Error(`meeting_month ${String(r.path)}: root_id ${Number(r.root_id)}`);
    return {
      months: Object.fromEntries(months.map((r) => [`${r.path}|${Number(r.month)}`, MONTH_SUMS.map((c) => Number(r[c]))])),
      cells: Object.fromEntries(cellRows.map((r) => [`${Number(r.organization_id)}|${Number(r.year)}`, CELL_YEAR_COUNTS.map((c) => Number(r[c]))])),
    };
  }

  /**
   * meeting_subtree_year, meeting_subtree_stage and meeting_subtree_entry by their definition,
   * from organization_link and meeting, for the years they cover.
   */
  async function liveSubtree(): Promise<{ years: Table; stages: Table; entries: Table }> {
    const [{ day }] = (await q<Array<{ day: string }>>(`select day from rollup_day where name = ?`, [MEETING_SUBTREE_YEARS])) as [{ day: string }];
    const first = Number(String(day).slice(0, 4));
    const links = await q<Link[]>(
      `select l.organization_id, l.path, l.valid_from, l.valid_to, o.kind from organization_link l join organization o on o.id = l.organization_id where o.kind in ('CELL', 'GRASSROOTS_CELL')`,
    );
    const meetings = await q<Array<{ organization_id: number; date: string; kind: string }>>(`select organization_id, date, kind from meeting`);
    const d = (v: unknown) => String(v).slice(0, 10);
    const regular = (k: string) => k === 'REGULAR' || k === 'REGULAR_WITH_THEMATIC';
    const thematic = (k: string) => k === 'THEMATIC' || k === 'REGULAR_WITH_THEMATIC';
    const quarterOf = (x: string) => `${x.slice(0, 4)}-Q${Math.floor((Number(x.slice(5, 7)) - 1) / 3) + 1}`;
    const years: Table = {};
    const stages: Table = {};
    const entries: Table = {};
    for (let year = first; year <= Number(today.slice(0, 4)); year += 1) {
      const ys = `${year}-01-01`;
      const ye = `${year + 1}-01-01`;
      // As of the year over ('9999-12-31': meeting_subtree_year), then as of each stage day.
      const asOf = ['9999-12-31', ...stageDays(year)];
      const perCell = new Map<string, number[][]>();
      const firstDay = new Map<string, string>();
      for (const l of links) {
        const cf = d(l.valid_from) > ys ? d(l.valid_from) : ys;
        const ce = l.valid_to == null || d(l.valid_to) > ye ? ye : d(l.valid_to);
        if (cf >= ce) continue;
        const own = meetings.filter((m) => Number(m.organization_id) === Number(l.organization_id));
        const figures = asOf.map((t) => {
          const months = monthsDue(cf, addDays(ce, -1), t);
          const quarters = quartersDue(cf, addDays(ce, -1), t);
          const held = Math.min(own.filter((m) => regular(m.kind) && months.includes(d(m.date).slice(0, 7))).length, months.length);
          const qHeld = quarters.filter((q) => own.some((m) => thematic(m.kind) && quarterOf(d(m.date)) === q)).length;
          return [months.length, held, quarters.length, qHeld];
        });
        for (const path of meetingPaths(l.path)) {
          const key = `${path}|${year}|${Number(l.organization_id)}`;
          const c = perCell.get(key) ?? asOf.map(() => [0, 0, 0, 0]);
          perCell.set(key, c.map((x, j) => x.map((v, i) => v + figures[j]![i]!)));
          if (!firstDay.has(key) || cf < firstDay.get(key)!) firstDay.set(key, cf);
        }
      }
      for (const [key, figures] of perCell) {
        const row = key.split('|').slice(0, 2).join('|');
        figures.forEach(([md, mh, qd, qh], j) => {
          const values = [md!, mh!, qd!, qh!, mh! < md! ? 1 : 0, qh! < qd! ? 1 : 0];
          if (j === 0) {
            const sums = years[row] ?? [0, 0, 0, 0, 0, 0, 0];
            [1, ...values].forEach((v, i) => (sums[i]! += v));
            years[row] = sums;
          } else if (values.some((v) => v !== 0)) {
            const k = `${row}|${monthDayOf(asOf[j]!)}`;
            const sums = stages[k] ?? [0, 0, 0, 0, 0, 0];
            values.forEach((v, i) => (sums[i]! += v));
            stages[k] = sums;
          }
        });
        const k = `${row}|${monthDayOf(firstDay.get(key)!)}`;
        entries[k] = [(entries[k]?.[0] ?? 0) + 1];
      }
    }
    // Stage rows that sum to zero are not kept.
    for (const [k, v] of Object.entries(stages)) if (v.every((x) => x === 0)) delete stages[k];
    return { years, stages, entries };
  }

  async function storedSubtree(): Promise<{ years: Table; stages: Table; entries: Table }> {
    const rows = await q<Array<Record<string, unknown>>>(`select * from meeting_subtree_year`);
    const stageRows = await q<Array<Record<string, unknown>>>(`select * from meeting_subtree_stage`);
    const entryRows = await q<Array<Record<string, unknown>>>(`select * from meeting_subtree_entry`);
    return {
      years: Object.fromEntries(rows.map((r) => [`${r.path}|${Number(r.year)}`, SUBTREE_YEAR_SUMS.map((c) => Number(r[c]))])),
      stages: Object.fromEntries(stageRows.map((r) => [`${r.path}|${Number(r.year)}|${Number(r.as_of)}`, SUBTREE_STAGE_SUMS.map((c) => Number(r[c]))])),
      entries: Object.fromEntries(entryRows.map((r) => [`${r.path}|${Number(r.year)}|${Number(r.day)}`, [Number(r.cells)]])),
    };
  }

  /** meetingStats of one organisation by the definition, from the base tables. */
  function expectedStats(orgId: number, from: string, to: string, links: Link[], meetings: MeetingRow[], flags: FlagRow[]) {
    const last = to < today ? to : today;
    const end = addDays(last, 1);
    const day = (d: unknown) => String(d).slice(0, 10);
    const flag = (v: unknown) => v === true || v === 1 || v === '1';
    const f = { meetings: 0, regularHeld: 0, regularInWindow: 0, thematicHeld: 0, eligible: 0, present: 0, excusedAbsences: 0, unexcusedAbsences: 0, eveningMeetings: 0, ratedMeetings: 0, ratedGood: 0, cells: 0, regularDue: 0, regularMonthsHeld: 0, cellsBehindOnRegular: 0, thematicQuartersDue: 0, thematicQuartersCovered: 0, cellsBehindOnThematic: 0 };
    const regular = (k: string) => k === 'REGULAR' || k === 'REGULAR_WITH_THEMATIC';
    const thematic = (k: string) => k === 'THEMATIC' || k === 'REGULAR_WITH_THEMATIC';
    const perCell = new Map<number, { due: number; held: number; qDue: number; qHeld: number }>();
    const flagged = new Set<number>();
    for (const seg of links.filter((l) => l.organization_id === orgId)) {
      const df = day(seg.valid_from) > from ? day(seg.valid_from) : from;
      const de = seg.valid_to == null || day(seg.valid_to) > end ? end : day(seg.valid_to);
      if (df >= de) continue;
      const hi = subtreeUpperBound(seg.path);
      for (const a of flags) {
        const d = day(a.date);
        if (Number(a.excused_streak) >= EXCUSED_STREAK_FLAG && a.org_path >= seg.path && a.org_path < hi && d >= df && d < de) flagged.add(Number(a.member_id));
      }
      for (const m of meetings) {
        const d = day(m.date);
        if (m.org_path < seg.path || m.org_path >= hi || d < df || d >= de) continue;
        f.meetings += 1;
        if (regular(m.kind)) f.regularHeld += 1;
        if (regular(m.kind) && flag(m.in_window)) f.regularInWindow += 1;
        if (thematic(m.kind)) f.thematicHeld += 1;
        f.eligible += Number(m.eligible_count);
        f.present += Number(m.present_count);
        f.excusedAbsences += Number(m.excused_count);
        f.unexcusedAbsences += Number(m.unexcused_count);
        if (flag(m.evening)) f.eveningMeetings += 1;
        if (m.quality != null) f.ratedMeetings += 1;
        if (m.quality === 'GOOD') f.ratedGood += 1;
      }
      for (const cl of links.filter((l) => (l.kind === 'CELL' || l.kind === 'GRASSROOTS_CELL') && l.path >= seg.path && l.path < hi)) {
        const cf = day(cl.valid_from) > df ? day(cl.valid_from) : df;
        const ce = cl.valid_to == null || day(cl.valid_to) > de ? de : day(cl.valid_to);
        if (cf >= ce) continue;
        const own = meetings.filter((m) => Number(m.organization_id) === cl.organization_id);
        const months = monthsDue(cf, addDays(ce, -1), today);
        const quarters = quartersDue(cf, addDays(ce, -1), today);
        const held = Math.min(own.filter((m) => regular(m.kind) && months.includes(day(m.date).slice(0, 7))).length, months.length);
        const quarterOf = (d: string) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
        const qHeld = quarters.filter((q) => own.some((m) => thematic(m.kind) && quarterOf(day(m.date)) === q)).length;
        const c = perCell.get(cl.organization_id) ?? { due: 0, held: 0, qDue: 0, qHeld: 0 };
        perCell.set(cl.organization_id, { due: c.due + months.length, held: c.held + held, qDue: c.qDue + quarters.length, qHeld: c.qHeld + qHeld });
      }
    }
    for (const c of perCell.values()) {
      f.cells += 1;
      f.regularDue += c.due;
      f.regularMonthsHeld += c.held;
      f.thematicQuartersDue += c.qDue;
      f.thematicQuartersCovered += c.qHeld;
      if (c.held < c.due) f.cellsBehindOnRegular += 1;
      if (c.qHeld < c.qDue) f.cellsBehindOnThematic += 1;
    }
    // Without cells in the span there is no attendance to count (the service reads none).
    return { ...f, membersExcusedStreak: f.cells > 0 ? flagged.size : 0 };
  }
  return { liveStreaks, storedStreaks, liveRecount, stored, liveSubtree, storedSubtree, expectedStats };
}
