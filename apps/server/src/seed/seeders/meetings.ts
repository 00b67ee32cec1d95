/**
 * Seeder of meetings: the activity cells' meetings from January 2023 to the last month before
 * today, with their attendance and guests:
 * - the Food Safety department cell in 2023: 12 meetings, 7 of them thematic (regular with a
 *   thematic part), all rated good, its 10 members on the roll (seed 004);
 * - Định Trung ward: attendance rising from under 70% (early 2023, daytime meetings) to over 98%
 *   (late 2025) as its residential cells move their meetings to the evening (seed 001);
 * - Trường Đông: the September 2024 meeting with 90% attendance and the city secretary attending
 *   under her oversight assignment (seed 003).
 * Every derived column is computed with the rules the meeting service applies (meetingFacts,
 * excusedStreaks, the roll: membership covering the date and ACTIVE on it; the quality column with
 * scoreAssessment on the demo meeting-quality sheet, without assessment rows behind it).
 * Deterministic (seed/random.ts): one random stream per cell.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { rebuildMeetingRollups } from '../../meetings/meeting-rollups.js';
import {
  addDays,
  DEFAULT_OUTCOME_RULES,
  excusedStreaks,
  isThematicMeeting,
  meetingFacts,
  meetingQualityOf,
  minimumDurationMinutes,
  scoreAssessment,
  type AttendanceStatus,
  type CriteriaTableDef,
  type MeetingKind,
  type MeetingQuality,
  type ScoreEntry,
} from '@fourgood/rules';
import { BulkWriter } from '../bulk-writer.js';
import { clock, dayOf, minutesOf, months, SEEDED_AT, weekday } from '../calendar.js';
import { personName } from '../names.js';
import { Rng } from '../random.js';
import { committeeBody, EXCUSED_REASONS, LONG_ABSENCE_REASONS, TOPICS } from '../words.js';
import { ACTIVITIES_FROM, pathOn, unitOf, type ActivityCells, type Cell } from './activity-cells.js';
import type { MeetingFields } from '../../meetings/meeting.service.js';
import type { AssignmentRow, Oversight } from './oversight.js';

/** Seed 003: the regular meeting of early September 2024. */
export const TRUONG_DONG_MEETING = '2024-09-05';
/** Seed 003: the provincial secretary's working session with the cell the same week. */
const TRUONG_DONG_SESSION = '2024-09-07';
/** Seed 004: the months of 2023 whose regular meeting had a thematic part (7 of 12). */
const FOOD_SAFETY_THEMATIC_MONTHS_2023 = new Set([2, 3, 5, 6, 8, 10, 11]);

export interface MeetingRow extends MeetingFields {
  id: number;
  cell: Cell;
  orgPath: string;
  quality: MeetingQuality | null;
  /** The roll of the day, in roll order. */
  attendance: AttendanceRow[];
}

export interface AttendanceRow {
  meeting: MeetingRow;
  memberId: number;
  fullName: string;
  status: AttendanceStatus;
  reason: string | null;
  streak: number;
}

interface GuestRow {
  meeting: MeetingRow;
  assignment: AssignmentRow | null;
  fullName: string;
  title: string;
}

export interface Meetings {
  /** Every meeting, cell by cell, each cell's in date order. */
  meetings: MeetingRow[];
  meetingsOf: Map<Cell, MeetingRow[]>;
}

/** The months with meetings and where a date falls among them. */
export interface MeetingCalendar {
  allMonths: string[];
  /** Months since ACTIVITIES_FROM. */
  monthIndex(date: string): number;
  /** Rated once the superior reviewed it: meetings of the last weeks are not rated yet. */
  ratedBefore: string;
}

/**
 * The meeting-quality sheet of the demo (seeders/quality.ts, guidance 12-HD/BTCTW): 5 × 20 points,
 * good from 90. The first four items are filled from the meeting as the metric rules do
 * (attendance above 85% with no absence without reason: all or nothing; duration: in proportion
 * to the minimum for the kind; draft resolution, full minutes: yes/no); the content is the
 * reviewer's judgement.
 */
const MEETING_SHEET: CriteriaTableDef = {
  model: 'MEETING_QUALITY',
  groups: [{ code: 'M', title: 'Chất lượng buổi sinh hoạt' }],
  items: [
    { code: 'M.1', groupCode: 'M', kind: 'SCORED', maxPoints: 20, text: 'Tỷ lệ đảng viên dự họp trên 85%, không có đảng viên vắng không lý do' },
    { code: 'M.2', groupCode: 'M', kind: 'SCORED', maxPoints: 20, text: 'Thời gian sinh hoạt ít nhất 90 phút (120 phút nếu có chuyên đề)' },
    { code: 'M.3', groupCode: 'M', kind: 'YES_NO', maxPoints: 20, text: 'Có dự thảo nghị quyết chuẩn bị trước' },
    { code: 'M.4', groupCode: 'M', kind: 'YES_NO', maxPoints: 20, text: 'Biên bản ghi đầy đủ' },
    { code: 'M.5', groupCode: 'M', kind: 'SCORED', maxPoints: 20, text: 'Nội dung thiết thực, nhiều ý kiến phát biểu' },
  ],
  outcome: DEFAULT_OUTCOME_RULES,
};

function meetingQuality(m: MeetingRow, content: number): MeetingQuality {
  const attended = m.eligibleCount > 0 && m.presentCount * 100 > 85 * m.eligibleCount && m.unexcusedCount === 0;
  const minimum = minimumDurationMinutes(m.kind);
  const entries: ScoreEntry[] = [
    { itemCode: 'M.1', points: attended ? 20 : 0 },
    { itemCode: 'M.2', points: Math.floor((2000 * Math.min(m.durationMinutes, minimum)) / minimum) / 100 },
    { itemCode: 'M.3', yes: m.draftResolution },
    { itemCode: 'M.4', yes: m.fullMinutes },
    { itemCode: 'M.5', points: content },
  ];
  return meetingQualityOf(scoreAssessment(MEETING_SHEET, entries).level);
}

function placeOf(cell: Cell): string {
  const unit = unitOf(cell);
  if (cell.residential) return `Nhà văn hóa ${unit}`;
  if (/^Trường /.test(unit)) return `Phòng Hội đồng ${unit}`;
  if (/^(Phân xưởng|Đội |Khoa )/.test(unit)) return `Phòng họp ${unit}`;
  return `Hội trường ${unit}`;
}

function smoothstep(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
}

export function meetingCalendar(activity: ActivityCells): MeetingCalendar {
  const startMonth = Number(ACTIVITIES_FROM.slice(0, 4)) * 12 + Number(ACTIVITIES_FROM.slice(5, 7)) - 1;
  return {
    allMonths: months(ACTIVITIES_FROM, activity.lastMonth),
    monthIndex: (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - startMonth,
    ratedBefore: addDays(activity.today, -40),
  };
}

/**
 * The meeting window of each cell: days 4–10 (seed 001) on the residential and commune cells and
 * most of the bloc's; a few agency cells have not set one.
 */
export function setMeetingWindows(activity: ActivityCells): void {
  for (const cell of activity.cells) {
    const rng = new Rng(`window:${cell.code}`);
    cell.window = cell.group.key === 'bloc' && cell !== activity.foodSafety && rng.chance(0.12) ? null : { fromDay: 4, toDay: 10 };
  }
}

/**
 * The meetings of one cell with their attendance (streaks not set yet): when it meets, who comes,
 * how long, how the meeting is rated. Ids come from `nextId`, month by month.
 */
export function planCellMeetings(cell: Cell, activity: ActivityCells, calendar: MeetingCalendar, nextId: () => number): MeetingRow[] {
  const { foodSafety, truongDong, today, lastMonth, rollOf } = activity;
  const { allMonths, monthIndex, ratedBefore } = calendar;
  const rng = new Rng(`activities:${cell.code}`);
  const list: MeetingRow[] = [];
  const isFoodSafety = cell === foodSafety;
  const isTruongDong = cell === truongDong;
  const special = isFoodSafety || isTruongDong;
  /** The meetings whose figures the seeds quote: held by the book. */
  const byTheBook = (date: string) => (isFoodSafety && date < '2024-01-01') || (isTruongDong && (date === TRUONG_DONG_MEETING || date === TRUONG_DONG_SESSION));
  const work = cell.residential ? 'residential' : 'work';
  const dinhTrung = cell.group.key === 'dinhTrung';

  // The cell's habits.
  const baseRate =
    cell.residential ? rng.between(0.86, 0.95)
    : cell.cellType === 'ARMED_FORCES' ? rng.between(0.95, 0.99)
    : cell.cellType === 'ENTERPRISE' ? rng.between(0.88, 0.95)
    : rng.between(0.91, 0.98);
  const unexcusedShare = cell.residential ? rng.between(0.04, 0.14) : rng.between(0.01, 0.06);
  const contentBase = rng.between(8, 18.5);
  const draftShare = cell.residential ? rng.between(0.75, 0.97) : rng.between(0.85, 1);
  const minutesShare = rng.between(0.85, 1);
  const shortShare = rng.between(0, 0.12);
  const missed = new Set<string>();
  if (rng.chance(0.3)) {
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) {
      const month = rng.pick(allMonths);
      if (!(isFoodSafety && month < '2024-01')) missed.add(month);
    }
  }
  // Định Trung's residential cells met in the daytime until they moved to the evening (seed 001).
  const eveningFrom = dinhTrung && cell.residential ? rng.int(2, 16) : cell.residential ? -1 : Number.POSITIVE_INFINITY;
  const eveningStart = rng.pick(['19:00', '19:30', '19:30', '20:00']);
  const dayStart = rng.pick(['07:30', '08:00', '14:00', '14:00', '14:30']);
  // Members who are often away, and a few long absences with reason. Otherwise nobody stays
  // away more than 3 meetings in a row: the cell committee follows them up.
  const weight = new Map<number, number>();
  const awayInARow = new Map<number, number>();
  for (const t of cell.tenures) weight.set(t.memberId, rng.chance(dinhTrung ? 0.3 : 0.15) ? 4 : 1);
  const longAbsences: Array<{ memberId: number; from: string; to: string; reason: string }> = [];
  if (!special && cell.tenures.length >= 4 && rng.chance(0.1)) {
    const t = rng.pick(cell.tenures);
    const start = rng.pick(allMonths.slice(0, Math.max(1, allMonths.length - 6)));
    const end = months(start, lastMonth)[rng.int(3, 6)] ?? lastMonth;
    longAbsences.push({ memberId: t.memberId, from: `${start}-01`, to: `${end}-31`, reason: rng.pick(LONG_ABSENCE_REASONS) });
  }
  const topics = [
    ...TOPICS.general,
    ...(cell.residential ? TOPICS.residential : TOPICS.work),
    ...(isFoodSafety ? TOPICS.foodSafety : []),
    ...(cell.group.key === 'haLam' ? TOPICS.mining : []),
  ];

  /** Present rate aimed at for a meeting on `date`. */
  const rateOn = (date: string): number => {
    const t = monthIndex(date);
    if (dinhTrung) {
      // Below 70% in early 2023, above 98% from late 2025.
      const [low, high] = cell.residential ? [0.58, 0.993] : [0.8, 0.995];
      return low + (high - low) * smoothstep((t - 1) / 30);
    }
    return Math.min(0.995, baseRate + 0.004 * Math.floor(t / 6));
  };

  // Thematic meetings per quarter: in a regular meeting (most), on their own, or missed.
  const quarterPlan = new Map<string, { mode: 'combined' | 'separate' | 'none'; months: number[] }>();
  for (const month of allMonths) {
    const y = month.slice(0, 4);
    const q = Math.floor((Number(month.slice(5, 7)) - 1) / 3);
    const key = `${y}-${q}`;
    if (quarterPlan.has(key)) continue;
    const first = q * 3 + 1;
    let mode = rng.weighted<'combined' | 'separate' | 'none'>([['combined', 58], ['separate', 30], ['none', cell.residential ? 14 : 8]]);
    const monthsOfQuarter = [first, first + 1, first + 2];
    let chosen = [rng.pick(monthsOfQuarter)];
    if (!cell.residential && rng.chance(0.12)) chosen = rng.shuffle(monthsOfQuarter).slice(0, 2);
    if (isFoodSafety && y === '2023') {
      mode = 'combined';
      chosen = monthsOfQuarter.filter((m) => FOOD_SAFETY_THEMATIC_MONTHS_2023.has(m));
    }
    if (isTruongDong && key === '2024-2') {
      mode = 'combined';
      chosen = [rng.pick([7, 8])];
    }
    quarterPlan.set(key, { mode, months: chosen });
  }

  const record = (kind: MeetingKind, date: string, options: { start?: string; minutes?: number; absent?: number } = {}) => {
    const orgPath = pathOn(cell, date);
    if (!orgPath || date >= today) return null;
    const roll = rollOf(cell, date);
    if (roll.length === 0) return null;
    const perfect = byTheBook(date);
    const evening = monthIndex(date) >= eveningFrom;
    const start = options.start ?? (evening ? eveningStart : dayStart);
    const thematic = isThematicMeeting(kind);
    const minimum = thematic ? 120 : 90;
    const short = !perfect && rng.chance(shortShare);
    const minutes = options.minutes ?? (short ? minimum - rng.int(2, 6) * 5 : minimum + rng.int(0, 8) * 5);
    const end = clock(Math.min(minutesOf(start) + minutes, 23 * 60 + 30));
    const facts = meetingFacts({ kind, date, startTime: start, endTime: end, window: cell.window });

    // Attendance: the roll of the day, absentees by how often each member is away.
    const forced = new Map<number, string>();
    for (const a of longAbsences) if (a.from <= date && date <= a.to && roll.some((t) => t.memberId === a.memberId)) forced.set(a.memberId, a.reason);
    const rate = rateOn(date);
    let absent = options.absent ?? Math.round(roll.length * (1 - rate) + rng.between(-0.5, 0.5));
    if (perfect) absent = Math.min(absent, options.absent ?? 1);
    absent = Math.min(roll.length, Math.max(absent, forced.size));
    const away = new Set(forced.keys());
    const pool = roll.filter((t) => !away.has(t.memberId));
    const weightOf = (memberId: number) => ((awayInARow.get(memberId) ?? 0) >= 3 ? 0.01 : (weight.get(memberId) ?? 1));
    while (away.size < absent && pool.length > 0) {
      let total = 0;
      for (const t of pool) total += weightOf(t.memberId);
      let r = rng.next() * total;
      let i = 0;
      for (; i < pool.length - 1; i++) {
        r -= weightOf(pool[i]!.memberId);
        if (r < 0) break;
      }
      away.add(pool[i]!.memberId);
      pool.splice(i, 1);
    }
    const m: MeetingRow = {
      id: nextId(),
      cell,
      kind,
      date,
      startTime: start,
      endTime: end,
      place: placeOf(cell),
      topic: thematic || (kind === 'EXTRAORDINARY' && rng.chance(0.5)) ? rng.pick(topics) : null,
      draftResolution: perfect || rng.chance(Math.min(1, draftShare + 0.02 * Math.floor(monthIndex(date) / 6))),
      fullMinutes: perfect || rng.chance(minutesShare),
      notes: null,
      orgPath,
      eligibleCount: roll.length,
      presentCount: 0,
      excusedCount: 0,
      unexcusedCount: 0,
      durationMinutes: facts.durationMinutes,
      evening: facts.evening,
      inWindow: facts.inWindow,
      quality: null,
      attendance: [],
    };
    // Định Trung's members who skipped the daytime meetings often did not send word.
    const unexcused = dinhTrung ? 0.35 * (1 - smoothstep(monthIndex(date) / 24)) + 0.05 : unexcusedShare;
    for (const t of roll) {
      let status: AttendanceStatus = 'PRESENT';
      let reason: string | null = null;
      if (forced.has(t.memberId)) {
        status = 'EXCUSED';
        reason = forced.get(t.memberId)!;
      } else if (away.has(t.memberId)) {
        if (!perfect && rng.chance(unexcused)) status = 'UNEXCUSED';
        else {
          status = 'EXCUSED';
          reason = rng.pick(EXCUSED_REASONS[work]);
        }
      }
      awayInARow.set(t.memberId, status === 'EXCUSED' ? (awayInARow.get(t.memberId) ?? 0) + 1 : 0);
      if (status === 'PRESENT') m.presentCount++;
      else if (status === 'EXCUSED') m.excusedCount++;
      else m.unexcusedCount++;
      m.attendance.push({ meeting: m, memberId: t.memberId, fullName: t.fullName, status, reason, streak: 0 });
    }
    const content = Math.round(Math.min(20, Math.max(4, contentBase + rng.between(-4, 3))));
    const rated = perfect || (date < ratedBefore && rng.chance(0.94));
    if (rated) m.quality = meetingQuality(m, perfect ? Math.max(content, 18) : content);
    list.push(m);
    return m;
  };

  for (const month of allMonths) {
    const mo = Number(month.slice(5, 7));
    const plan = quarterPlan.get(`${month.slice(0, 4)}-${Math.floor((mo - 1) / 3)}`)!;
    const thematicHere = plan.mode !== 'none' && plan.months.includes(mo);
    const daytime = monthIndex(`${month}-01`) < eveningFrom;
    /** Working-hours meetings fall on working days: Saturday to Friday, Sunday to Monday (the other way round at the window's edges). */
    const workday = (day: number) => {
      if (!daytime) return dayOf(month, day);
      const wd = weekday(dayOf(month, day));
      return dayOf(month, wd === 6 ? (day > 4 ? day - 1 : day + 2) : wd === 0 ? (day < 10 ? day + 1 : day - 2) : day);
    };

    if (isTruongDong && month === TRUONG_DONG_MEETING.slice(0, 7)) {
      // Seed 003: 28 of 31 members (90%), the others away with reason, the city secretary attending.
      record('REGULAR', TRUONG_DONG_MEETING, { start: '19:30', minutes: 135, absent: 3 });
      record('EXTRAORDINARY', TRUONG_DONG_SESSION, { start: '08:00', minutes: 150 });
      continue;
    }
    if (!missed.has(month)) {
      // Mostly inside the window (days 4–10), a few outside it.
      const day = rng.chance(byTheBook(`${month}-15`) ? 1 : 0.9) ? rng.int(4, 10) : rng.pick([1, 2, 3, 11, 12, 13, 14]);
      record(thematicHere && plan.mode === 'combined' ? 'REGULAR_WITH_THEMATIC' : 'REGULAR', workday(day));
    }
    if (thematicHere && plan.mode === 'separate') record('THEMATIC', workday(rng.int(17, 24)));
    if (!byTheBook(`${month}-15`) && rng.chance(0.02)) record('EXTRAORDINARY', workday(rng.int(27, 28)));
  }
  return list;
}

/** Excused streaks: each member's attendance in date order (then meeting id), as the service keeps them. */
export function setExcusedStreaks(meetings: readonly MeetingRow[]): void {
  // Excused streaks: each member's attendance in date order (then meeting id), as the service keeps them.
  const byMember = new Map<number, AttendanceRow[]>();
  for (const a of meetings.flatMap((m) => m.attendance)) {
    const list = byMember.get(a.memberId);
    if (list) list.push(a);
    else byMember.set(a.memberId, [a]);
  }
  for (const list of byMember.values()) {
    list.sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : a.meeting.id - b.meeting.id));
    const streaks = excusedStreaks(list.map((a) => a.status));
    list.forEach((a, i) => (a.streak = streaks[i]!));
  }
}

/** Oversight guests (2 a year required; most reach it, some are behind), the provincial secretary (seed 003) and a few commission staff. */
function planGuests(activity: ActivityCells, { meetings, meetingsOf }: Meetings, { assignments, citySecretary }: Oversight): GuestRow[] {
  const { lastMonth, truongDong, committeesOn } = activity;
  // Attendance of the assigned: 2 a year required; most reach it, some are behind.
  const guests: GuestRow[] = [];
  const lastYear = Number(lastMonth.slice(0, 4));
  for (const a of assignments) {
    const rng = new Rng(`guests:${a.id}:${a.fullName}`);
    const list = meetingsOf.get(a.cell)!;
    for (let y = Number(a.from.slice(0, 4)); y <= lastYear && (a.to === null || y <= Number(a.to.slice(0, 4))); y++) {
      const yFrom = `${y}-01-01` > a.from ? `${y}-01-01` : a.from;
      const yTo = a.to !== null && a.to < `${y}-12-31` ? a.to : `${y}-12-31`;
      const candidates = list.filter((m) => m.date >= yFrom && m.date <= yTo && m.kind !== 'EXTRAORDINARY');
      const wholeYear = yFrom === `${y}-01-01` && yTo === `${y}-12-31`;
      const required = wholeYear ? 2 : 1;
      let k = rng.weighted<number>([[required, 56], [required + 1, 22], [required - 1, 14], [0, 4], [required + 2, 4]]);
      const chosen = new Set<MeetingRow>();
      if (a === citySecretary && y === 2024) {
        const fixed = list.filter((m) => m.date === TRUONG_DONG_MEETING || m.date === TRUONG_DONG_SESSION);
        for (const m of fixed) chosen.add(m);
        k = Math.max(k, 3);
      }
      for (const m of rng.shuffle(candidates)) {
        if (chosen.size >= k) break;
        chosen.add(m);
      }
      for (const m of chosen) guests.push({ meeting: m, assignment: a, fullName: a.fullName, title: a.title });
    }
  }
  // Guests without an assignment: the provincial secretary (seed 003) and a few commission staff.
  const tdSession = meetingsOf.get(truongDong)!.find((m) => m.date === TRUONG_DONG_SESSION);
  if (tdSession) {
    guests.push({ meeting: tdSession, assignment: null, fullName: 'Lương Nguyễn Minh Triết', title: 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Nam' });
    tdSession.topic = 'Làm việc với đồng chí Bí thư Tỉnh ủy về dự án Khu đô thị mẫu Tây Bắc';
  }
  {
    const rng = new Rng('guests:staff');
    for (const m of meetings) {
      if (!rng.chance(0.004)) continue;
      const committee = committeesOn(m.cell, m.date).find((o) => o.kind !== 'GRASSROOTS_COMMITTEE') ?? committeesOn(m.cell, m.date)[0];
      if (!committee) continue;
      guests.push({ meeting: m, assignment: null, fullName: personName(rng, m.cell.group.region, rng.chance(0.5) ? 'FEMALE' : 'MALE'), title: `Chuyên viên Ban Tổ chức ${committeeBody(committee.name)}` });
    }
  }
  const guestNotes = new Map<MeetingRow, GuestRow[]>();
  for (const g of guests) guestNotes.set(g.meeting, [...(guestNotes.get(g.meeting) ?? []), g]);
  for (const [m, list] of guestNotes) m.notes = `Dự và chỉ đạo: ${list.map((g) => `đồng chí ${g.fullName} (${g.title})`).join('; ')}`;
  return guests;
}

export async function seedMeetings(orm: MikroORM, activity: ActivityCells, oversight: Oversight): Promise<Meetings> {
  const { cells, foodSafety, truongDong } = activity;
  setMeetingWindows(activity);
  const writer = await BulkWriter.open(orm);
  const calendar = meetingCalendar(activity);
  const meetingsOf = new Map<Cell, MeetingRow[]>();
  for (const cell of cells) meetingsOf.set(cell, planCellMeetings(cell, activity, calendar, () => writer.id('meeting')));
  const meetings = [...meetingsOf.values()].flat();
  setExcusedStreaks(meetings);

  // The seeds' figures, checked on what is about to be written.
  const fs2023 = meetingsOf.get(foodSafety)!.filter((m) => m.date.startsWith('2023-'));
  if (fs2023.length !== 12 || fs2023.filter((m) => isThematicMeeting(m.kind)).length !== 7 || fs2023.some((m) => m.quality !== 'GOOD' || m.eligibleCount !== 10)) {
    throw new Error(`activities demo: the Food Safety cell's 2023 does not match seed 004 (${fs2023.map((m) => `${m.date} ${m.kind} ${m.quality} ${m.presentCount}/${m.eligibleCount}`).join('; ')})`);
  }
  const tdMeeting = meetingsOf.get(truongDong)!.find((m) => m.date === TRUONG_DONG_MEETING);
  if (!tdMeeting || Math.round((100 * tdMeeting.presentCount) / tdMeeting.eligibleCount) !== 90) throw new Error('activities demo: the Trường Đông September 2024 meeting does not match seed 003');

  const guests = planGuests(activity, { meetings, meetingsOf }, oversight);

  await writer.transaction(async (em) => {
    const windows = new Map<string, number[]>();
    for (const c of cells) if (c.window) windows.set(`${c.window.fromDay}-${c.window.toDay}`, [...(windows.get(`${c.window.fromDay}-${c.window.toDay}`) ?? []), c.id]);
    for (const [window, ids] of windows) {
      const [fromDay, toDay] = window.split('-').map(Number);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await em.execute(`update organization set meeting_day_from = ?, meeting_day_to = ? where id in (${chunk.map(() => '?').join(',')})`, [fromDay, toDay, ...chunk], 'run');
      }
    }
    for (const m of meetings) {
      writer.add('meeting', [
        m.id, m.cell.id, m.kind, m.date, m.startTime, m.endTime, m.place, m.topic, m.draftResolution, m.fullMinutes, m.notes, m.orgPath, m.cell.rootId,
        m.eligibleCount, m.presentCount, m.excusedCount, m.unexcusedCount, m.durationMinutes, m.evening, m.inWindow, m.quality, 1, SEEDED_AT, SEEDED_AT,
      ]);
    }
    for (const m of meetings) for (const a of m.attendance) writer.add('attendance', [writer.id('attendance'), m.id, a.memberId, a.status, a.reason, m.date, m.orgPath, a.streak]);
    for (const g of guests) writer.add('meeting_guest', [writer.id('meeting_guest'), g.meeting.id, g.assignment?.id ?? null, g.fullName, g.title, g.meeting.date]);
  });
  // Written in bulk: the meeting rollups are rebuilt from them.
  await rebuildMeetingRollups(orm.em.fork() as unknown as EntityManager);
  return { meetings, meetingsOf };
}
