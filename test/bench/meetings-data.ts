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

export interface MeetingYearOptions {
  log?: (line: string) => void;
  /**
   * `js` (default): attendance generated here, row by row, and written by the bulk writer.
   * `sql`: the meetings planned here, their attendance written by one INSERT … SELECT per
   * province (rolls and active periods joined in the database, statuses from integer hashes of the
   * meeting and member ids, `excused_streak` by window functions) and the meetings' counts by
   * one UPDATE … FROM. Same shapes and shares; not the same draws.
   */
  engine?: 'js' | 'sql';
  /**
   * The whole province in one transaction, its meeting rollups rebuilt inside it, no analyze (a
   * stop loses at most this province). Otherwise (default, as bench:meetings uses it): a
   * transaction per ~500,000 attendance rows, then the rollups, then analyze.
   */
  oneTransaction?: boolean;
}

/** 64-bit integers in both databases (PostgreSQL's ids are 32-bit: the products below would overflow). */
const MEETING_ID = 'cast(m.id as bigint)';
const MEMBER_ID = 'cast(ms.member_id as bigint)';
const MIX = `((${MEETING_ID} * 7919 + ${MEMBER_ID} * 104729) % 1000003)`;
/** An integer hash of a meeting and a member, in [0, 1), in SQL both databases run alike. */
const DRAW_SQL = `((${MIX} * ${MIX} + ${MIX} * 7919 + 17) % 1000003) * 1.0 / 1000003`;
/** A member's habits as in `habits` (one in seventy away for long stretches), from hashes of the member id and the cell id. */
const AWAY_SQL = `((${MEMBER_ID} * 2654435761) % 1000003) % 70 = 0`;
const FACTOR_SQL = `(0.6 + (m.organization_id % 7) * 0.15)`;
const EXCUSED_SQL = `case when ${AWAY_SQL} then 0.85 else 0.045 * ${FACTOR_SQL} * (0.5 + ((${MEMBER_ID} * 40503) % 1000) / 1000.0) end`;
const UNEXCUSED_SQL = `case when ${AWAY_SQL} then 0.02 else 0.018 * ${FACTOR_SQL} * (0.3 + ((${MEMBER_ID} * 69069) % 1000) * 1.4 / 1000.0) end`;

/**
 * The attendance of the meetings with ids `from`–`to` (one province, already written with zero
 * counts), set-based: every member on the roll (membership in the cell and an ACTIVE status period
 * on the date), a status from DRAW_SQL against the member's habits, `excused_streak` = the run of
 * EXCUSED rows ending at the row in the member's (date, meeting id) order (0 otherwise; the run's
 * group is the count of non-EXCUSED rows so far), as `excusedStreaks` computes it. Then the
 * meetings' counts from their rows.
 */
async function writeAttendanceSql(em: EntityManager, from: number, to: number): Promise<void> {
  await em.execute(
    `insert into attendance (meeting_id, member_id, status, reason, date, org_path, excused_streak)
     select meeting_id, member_id, status, case when status = 'EXCUSED' then 'Bận công tác' else null end, date, org_path,
            case when status = 'EXCUSED' then row_number() over (partition by member_id, grp order by date, meeting_id) - case when grp > 0 then 1 else 0 end else 0 end
     from (
       select d.*, sum(case when status = 'EXCUSED' then 0 else 1 end) over (partition by member_id order by date, meeting_id rows between unbounded preceding and current row) as grp
       from (
         select meeting_id, member_id, date, org_path, case when r < ex then 'EXCUSED' when r < ex + unex then 'UNEXCUSED' else 'PRESENT' end as status
         from (
           select m.id as meeting_id, ms.member_id as member_id, m.date as date, m.org_path as org_path,
                  ${DRAW_SQL} as r, ${EXCUSED_SQL} as ex, ${UNEXCUSED_SQL} as unex
           from meeting m
           join membership ms on ms.organization_id = m.organization_id and ms.valid_from <= m.date and (ms.valid_to is null or ms.valid_to > m.date)
           where m.id between ? and ?
             and exists (select 1 from member_status_period s where s.member_id = ms.member_id and s.status = 'ACTIVE' and s.valid_from <= m.date and (s.valid_to is null or s.valid_to > m.date))
         ) x
       ) d
     ) b`,
    [from, to],
    'run',
  );
  await em.execute(
    `update meeting set eligible_count = a.n, present_count = a.p, excused_count = a.e, unexcused_count = a.u
     from (select meeting_id, count(*) as n, sum(case when status = 'PRESENT' then 1 else 0 end) as p, sum(case when status = 'EXCUSED' then 1 else 0 end) as e,
                  sum(case when status = 'UNEXCUSED' then 1 else 0 end) as u
           from attendance where meeting_id between ? and ? group by meeting_id) a
     where meeting.id = a.meeting_id`,
    [from, to],
    'run',
  );
}

/**
 * Writes `year`'s meetings and attendance for the province `rootId` (nothing else is touched but
 * the cells' meeting window, set to days 4–10, and the province's meeting rollups). Returns what
 * was written.
 */
export async function writeMeetingYear(orm: MikroORM, rootId: number, year: number, options: MeetingYearOptions | ((line: string) => void) = {}): Promise<MeetingDataSummary> {
  const { log = () => {}, engine = 'js', oneTransaction = false } = typeof options === 'function' ? { log: options } : options;
  const started = performance.now();
  const em = orm.em.fork() as unknown as EntityManager;
  const postgres = dialectOfOrm(orm) === 'postgresql';
  const yearFrom = `${year}-01-01`;
  const yearTo = `${year}-12-31`;

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

  // Who was in which cell, and active, during the year (the JS engine only: SQL joins them).
  const memberships =
    engine === 'js'
      ? await em.execute<Row[]>(
          `select ms.member_id as member_id, ms.organization_id as org, ms.valid_from as valid_from, ms.valid_to as valid_to
     from membership ms join organization o on o.id = ms.organization_id
     where o.root_id = ? and ms.valid_from <= ? and (ms.valid_to is null or ms.valid_to > ?)
     order by ms.member_id, ms.valid_from`,
          [rootId, yearTo, yearFrom],
        )
      : [];
  const active = new Map<number, Period[]>();
  if (engine === 'js') {
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
  const setWindow = (e: EntityManager) =>
    e.execute(`update organization set meeting_day_from = ?, meeting_day_to = ? where root_id = ? and kind in ('CELL', 'GRASSROOTS_CELL')`, [WINDOW.fromDay, WINDOW.toDay, rootId]);
  // One grassroots organisation at a time (members move between its cells only).
  const groups = new Map<number, Cell[]>();
  for (const cell of cells.values()) groups.set(cell.grassroots, [...(groups.get(cell.grassroots) ?? []), cell]);
  const pending = [...groups.values()];

  /** JS engine: groups until about `limit` attendance rows are buffered or written. */
  const writeGroups = async (limit: number) => {
    let inTransaction = 0;
    while (pending.length > 0 && inTransaction <= limit) {
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
        meetingRows.push(meetingRow(meeting, path, rng, [present, excused, unexcused]));
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
  };

  /** A meeting's row (counts: present, excused, unexcused; zeros for the SQL engine, which counts later). */
  function meetingRow(meeting: PlannedMeeting, path: string, rng: Rng, [present, excused, unexcused]: number[]): Value[] {
    const facts = meetingFacts({ kind: meeting.kind, date: meeting.date, startTime: meeting.startTime, endTime: meeting.endTime, window: WINDOW });
    const quality = pick(rng, QUALITIES);
    return [
      meeting.id, meeting.cell.id, meeting.kind, meeting.date, meeting.startTime, meeting.endTime, 'Hội trường', facts.thematic ? 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' : null,
      rng.chance(0.92), rng.chance(0.95), null, path, rootId, present! + excused! + unexcused!, present!, excused!, unexcused!, facts.durationMinutes, facts.evening,
      facts.inWindow, quality, 1, stamp, stamp,
    ];
  }

  /** SQL engine: every meeting of the province planned and written, then its attendance by one statement. */
  const writeSql = async (tx: EntityManager) => {
    let first = 0;
    let last = -1;
    const next = () => {
      const id = writer.id('meeting');
      if (first === 0) first = id;
      last = id;
      return id;
    };
    while (pending.length > 0) {
      for (const meeting of pending.shift()!.flatMap((c) => planMeetings(c, year, next))) {
        const path = meeting.cell.links.find((l) => covers(l, meeting.date))!.path;
        writer.add('meeting', meetingRow(meeting, path, new Rng(`meeting:${meeting.id}`), [0, 0, 0]));
        meetingsWritten += 1;
      }
      await writer.maybeFlush();
    }
    await writer.flush();
    if (meetingsWritten === 0) return;
    await writeAttendanceSql(tx, first, last);
    const [row] = await tx.execute<Array<{ n: number | string; flagged: number | string | null }>>(
      `select count(*) as n, sum(case when excused_streak >= ? then 1 else 0 end) as flagged from attendance where meeting_id between ? and ?`,
      [EXCUSED_STREAK_FLAG, first, last],
    );
    attendanceWritten = Number(row?.n ?? 0);
    flagged = Number(row?.flagged ?? 0);
  };

  if (oneTransaction) {
    await writer.transaction(async (tx) => {
      await setWindow(tx);
      if (engine === 'sql') await writeSql(tx);
      else await writeGroups(Number.POSITIVE_INFINITY);
      await writer.flush();
      log(`${meetingsWritten} meetings, ${attendanceWritten} attendance rows; rebuilding the province's meeting rollups…`);
      await rebuildMeetingRollups(tx, rootId);
    });
    return { meetings: meetingsWritten, attendance: attendanceWritten, flaggedAttendance: flagged, seconds: (performance.now() - started) / 1000 };
  }

  await setWindow(em);
  if (engine === 'sql') await writer.transaction((tx) => writeSql(tx));
  // One transaction per groups of about 500,000 attendance rows.
  while (pending.length > 0) {
    await writer.transaction(() => writeGroups(500_000));
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
