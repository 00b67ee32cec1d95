/**
 * One year of meetings and attendance for a benchmark province, written with the seed's bulk
 * writer (no services: the derived columns are computed here with the same pure rules the service
 * uses).
 *
 * Every cell: a regular meeting a month (about 4% of months missing; one a quarter, most of the
 * time, with a thematic part, otherwise a separate thematic meeting in most quarters), a few
 * extraordinary meetings; residential cells meet in the evening. Attendance: every member on the
 * roll (in the cell and ACTIVE on the date), about 93% present, 5% excused, 2% unexcused, with
 * one member in seventy away for long stretches (absent with reason meeting after meeting);
 * `excused_streak` from `excusedStreaks` in each member's date order.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  EXCUSED_STREAK_FLAG,
  excusedStreaks,
  meetingFacts,
  pathIds,
  type AttendanceStatus,
  type MeetingKind,
  type MeetingQuality,
} from '@fourgood/rules';
import type { MeetingFields } from '../../apps/server/src/meetings/meeting.service.js';
import { BulkWriter, dialectOfOrm, type Value } from '../../apps/server/src/seed/bulk-writer.js';
import { Rng } from '../../apps/server/src/seed/random.js';
import { rebuildMeetingRollups } from '../../apps/server/src/meetings/meeting-rollups.js';

type Row = Record<string, Value>;

interface Cell {
  id: number;
  cellType: string | null;
  foundedOn: string;
  grassroots: number;
  links: Array<{ path: string; from: string; to: string | null }>;
}

interface Period {
  from: string;
  to: string | null;
}

interface PlannedMeeting extends Pick<MeetingFields, 'kind' | 'date' | 'startTime' | 'endTime'> {
  id: number;
  cell: Cell;
}

export interface MeetingDataSummary {
  meetings: number;
  attendance: number;
  flaggedAttendance: number;
  seconds: number;
}

const WINDOW = { fromDay: 4, toDay: 10 };
const QUALITIES: ReadonlyArray<readonly [MeetingQuality | null, number]> = [
  ['GOOD', 0.55],
  ['FAIR', 0.3],
  ['AVERAGE', 0.07],
  ['POOR', 0.01],
  [null, 0.07],
];

const iso = (v: Value): string => String(v).slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const time = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

function pick<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  return rng.weighted(items);
}

/** Whether a dated row [from, to) covers `date`. */
function covers(p: Period, date: string): boolean {
  return p.from <= date && (p.to === null || p.to > date);
}

/** The meetings of one cell in `year`. */
function planMeetings(cell: Cell, year: number, nextId: () => number): PlannedMeeting[] {
  const rng = new Rng(`meetings:${cell.id}:${year}`);
  const evening = cell.cellType === 'RESIDENTIAL';
  const out: PlannedMeeting[] = [];
  const add = (kind: MeetingKind, month: number, day: number) => {
    const date = `${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`;
    if (date < cell.foundedOn || !cell.links.some((l) => covers(l, date))) return;
    const start = evening ? rng.int(18 * 60 + 30, 19 * 60 + 30) : rng.pick([8 * 60, 14 * 60, 14 * 60 + 30]);
    const thematic = kind === 'THEMATIC' || kind === 'REGULAR_WITH_THEMATIC';
    const minutes = thematic ? rng.int(110, 170) : rng.int(80, 140);
    const startTime = time(start - (start % 5));
    const endTime = time(Math.min(23 * 60 + 55, start - (start % 5) + minutes));
    out.push({ id: nextId(), cell, kind, date, startTime, endTime });
  };
  for (let quarter = 0; quarter < 4; quarter += 1) {
    // The month whose regular meeting has the quarter's thematic part, when one has it.
    const themed = rng.chance(0.62) ? quarter * 3 + rng.int(1, 3) : 0;
    let thematicHeld = false;
    for (let month = quarter * 3 + 1; month <= quarter * 3 + 3; month += 1) {
      if (rng.chance(0.04)) continue; // a month without its regular meeting
      const day = rng.chance(0.85) ? rng.int(WINDOW.fromDay, WINDOW.toDay) : rng.int(11, 24);
      if (month === themed) thematicHeld = true;
      add(month === themed ? 'REGULAR_WITH_THEMATIC' : 'REGULAR', month, day);
    }
    if (!thematicHeld && rng.chance(0.75)) add('THEMATIC', quarter * 3 + rng.int(1, 3), rng.int(14, 27));
  }
  if (rng.chance(0.15)) add('EXTRAORDINARY', rng.int(1, 12), rng.int(1, 28));
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
}

/** A member's attendance habits: most come, a few are often away with reason. */
function habits(memberId: number, cellFactor: number): { excused: number; unexcused: number } {
  const rng = new Rng(`habit:${memberId}`);
  if (rng.chance(1 / 70)) return { excused: 0.85, unexcused: 0.02 };
  return { excused: 0.045 * cellFactor * rng.between(0.5, 1.5), unexcused: 0.018 * cellFactor * rng.between(0.3, 1.7) };
}

/**
 * Writes `year`'s meetings and attendance for the province `rootId` (nothing else is touched but
 * the cells' meeting window, set to days 4–10). Returns what was written.
 */
export async function writeMeetingYear(orm: MikroORM, rootId: number, year: number, log: (line: string) => void = () => {}): Promise<MeetingDataSummary> {
  const started = performance.now();
  const em = orm.em.fork() as unknown as EntityManager;
  const postgres = dialectOfOrm(orm) === 'postgresql';
  const yearFrom = `${year}-01-01`;
  const yearTo = `${year}-12-31`;

  await em.execute(
    `update organization set meeting_day_from = ?, meeting_day_to = ? where root_id = ? and kind in ('CELL', 'GRASSROOTS_CELL')`,
    [WINDOW.fromDay, WINDOW.toDay, rootId],
  );
  const cellRows = await em.execute<Row[]>(
    `select o.id as id, o.cell_type as cell_type, o.founded_on as founded_on, l.path as path, l.valid_from as valid_from, l.valid_to as valid_to
     from organization o join organization_link l on l.organization_id = o.id
     where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and l.valid_from <= ? and (l.valid_to is null or l.valid_to > ?)
     order by o.id, l.valid_from`,
    [rootId, yearTo, yearFrom],
  );
  const cells = new Map<number, Cell>();
  for (const r of cellRows) {
    const id = Number(r.id);
    let cell = cells.get(id);
    if (!cell) {
      // Members move between the cells of one grassroots organisation: the province's child.
      cell = { id, cellType: r.cell_type as string | null, foundedOn: iso(r.founded_on), grassroots: pathIds(String(r.path))[1] ?? id, links: [] };
      cells.set(id, cell);
    }
    cell.links.push({ path: String(r.path), from: iso(r.valid_from), to: r.valid_to == null ? null : iso(r.valid_to) });
  }

  // Who was in which cell, and active, during the year.
  const memberships = await em.execute<Row[]>(
    `select ms.member_id as member_id, ms.organization_id as org, ms.valid_from as valid_from, ms.valid_to as valid_to
     from membership ms join organization o on o.id = ms.organization_id
     where o.root_id = ? and ms.valid_from <= ? and (ms.valid_to is null or ms.valid_to > ?)
     order by ms.member_id, ms.valid_from`,
    [rootId, yearTo, yearFrom],
  );
  const active = new Map<number, Period[]>();
  for (const r of await em.execute<Row[]>(
    `select s.member_id as member_id, s.valid_from as valid_from, s.valid_to as valid_to from member_status_period s
     where s.status = 'ACTIVE' and s.valid_from <= ? and (s.valid_to is null or s.valid_to > ?)
       and s.member_id in (select ms.member_id from membership ms join organization o on o.id = ms.organization_id where o.root_id = ?)`,
    [yearTo, yearFrom, rootId],
  )) {
    const id = Number(r.member_id);
    const list = active.get(id) ?? [];
    list.push({ from: iso(r.valid_from), to: r.valid_to == null ? null : iso(r.valid_to) });
    active.set(id, list);
  }
  const rollOf = new Map<number, Array<{ member: number; period: Period }>>();
  for (const r of memberships) {
    const org = Number(r.org);
    const list = rollOf.get(org) ?? [];
    list.push({ member: Number(r.member_id), period: { from: iso(r.valid_from), to: r.valid_to == null ? null : iso(r.valid_to) } });
    rollOf.set(org, list);
  }
  log(`${cells.size} cells, ${memberships.length} memberships in ${year}`);

  const writer = await BulkWriter.open(orm);
  const nextId = () => writer.id('meeting');
  const stamp = new Date(`${year + 1}-01-02T00:00:00Z`);

  let meetingsWritten = 0;
  let attendanceWritten = 0;
  let flagged = 0;
  // One grassroots organisation at a time (members move between its cells only), one
  // transaction per groups of about 500,000 attendance rows.
  const groups = new Map<number, Cell[]>();
  for (const cell of cells.values()) groups.set(cell.grassroots, [...(groups.get(cell.grassroots) ?? []), cell]);
  const pending = [...groups.values()];
  while (pending.length > 0) {
    await writer.transaction(async () => {
      let inTransaction = 0;
      while (pending.length > 0 && inTransaction <= 500_000) {
        const groupCells = pending.shift()!;
        const meetings = groupCells.flatMap((c) => planMeetings(c, year, nextId));
        const meetingRows: Value[][] = [];
        // Per member: their attendance rows (index into `attendance`) in date order, for the streaks.
        const byMember = new Map<number, number[]>();
        const attendance: Value[][] = [];
        const statuses: AttendanceStatus[] = [];
        for (const meeting of meetings) {
          const rng = new Rng(`attendance:${meeting.id}`);
          const cellFactor = 0.6 + (meeting.cell.id % 7) * 0.15;
          const path = meeting.cell.links.find((l) => covers(l, meeting.date))!.path;
          let present = 0;
          let excused = 0;
          let unexcused = 0;
          for (const { member, period } of rollOf.get(meeting.cell.id) ?? []) {
            if (!covers(period, meeting.date) || !(active.get(member) ?? []).some((p) => covers(p, meeting.date))) continue;
            const h = habits(member, cellFactor);
            const r = rng.next();
            const status: AttendanceStatus = r < h.excused ? 'EXCUSED' : r < h.excused + h.unexcused ? 'UNEXCUSED' : 'PRESENT';
            if (status === 'PRESENT') present += 1;
            else if (status === 'EXCUSED') excused += 1;
            else unexcused += 1;
            const index = attendance.length;
            attendance.push([meeting.id, member, status, status === 'EXCUSED' ? 'Bận công tác' : null, meeting.date, path, 0]);
            statuses.push(status);
            const list = byMember.get(member) ?? [];
            list.push(index);
            byMember.set(member, list);
          }
          const facts = meetingFacts({ kind: meeting.kind, date: meeting.date, startTime: meeting.startTime, endTime: meeting.endTime, window: WINDOW });
          const quality = pick(rng, QUALITIES);
          meetingRows.push([
            meeting.id, meeting.cell.id, meeting.kind, meeting.date, meeting.startTime, meeting.endTime, 'Hội trường', facts.thematic ? 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' : null,
            rng.chance(0.92), rng.chance(0.95), null, path, rootId, present + excused + unexcused, present, excused, unexcused, facts.durationMinutes, facts.evening,
            facts.inWindow, quality, 1, stamp, stamp,
          ]);
        }
        // Meetings are in date order per cell and a member attends one cell at a time: sort each
        // member's rows by date (a move between cells mid-year interleaves two cells' meetings).
        for (const rows of byMember.values()) {
          rows.sort((x, y) => (attendance[x]![4]! < attendance[y]![4]! ? -1 : attendance[x]![4]! > attendance[y]![4]! ? 1 : Number(attendance[x]![0]) - Number(attendance[y]![0])));
          const streaks = excusedStreaks(rows.map((i) => statuses[i]!));
          rows.forEach((i, k) => {
            attendance[i]![6] = streaks[k]!;
            if (streaks[k]! >= EXCUSED_STREAK_FLAG) flagged += 1;
          });
        }
        for (const row of meetingRows) writer.add('meeting', row);
        for (const row of attendance) writer.add('attendance', [writer.id('attendance'), ...row]);
        await writer.maybeFlush();
        meetingsWritten += meetingRows.length;
        attendanceWritten += attendance.length;
        inTransaction += attendance.length;
      }
    });
    log(`${meetingsWritten} meetings, ${attendanceWritten} attendance rows…`);
  }

  // The meeting rollups (meeting_month, meeting_cell_year) of the province, rebuilt as after any bulk load.
  await rebuildMeetingRollups(em, rootId);
  log('meeting rollups rebuilt');

  // As autovacuum would leave them: statistics, and on PostgreSQL the visibility map that lets
  // the covering indexes answer without reading the table.
  if (postgres) {
    await em.execute('vacuum analyze meeting');
    await em.execute('vacuum analyze attendance');
    await em.execute('vacuum analyze meeting_month');
    await em.execute('vacuum analyze meeting_cell_year');
    await em.execute('vacuum analyze meeting_streak_year');
    await em.execute('vacuum analyze meeting_subtree_year');
  } else {
    await em.execute('analyze');
  }
  return { meetings: meetingsWritten, attendance: attendanceWritten, flaggedAttendance: flagged, seconds: (performance.now() - started) / 1000 };
}
