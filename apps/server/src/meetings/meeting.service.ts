import type { EntityManager } from '@mikro-orm/knex';
import {
  attendanceCounts,
  excusedStreaks,
  holdsMembers,
  isIsoDate,
  isRegularMeeting,
  isValidWindow,
  meetingFacts,
  meetingRecordProblems,
  rollProblems,
  type AttendanceStatus,
  type MeetingKind,
  type MeetingProblem,
} from '@fourgood/rules';
import { withinRanges } from '../auth/scope-filter.js';
import { findReadable, requireReadable } from '../common/readable.js';
import { inTransaction } from '../common/transaction.js';
import { AppError, conflict, ErrorCode, invalid, invalidAll } from '../graphql/errors.js';
import { cursorPage, toConnection, toGlobalId, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import type { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { OversightAssignment } from '../oversight/oversight-assignment.entity.js';
import { Attendance } from './attendance.entity.js';
import { MeetingGuest } from './meeting-guest.entity.js';
import { Meeting } from './meeting.entity.js';
import { followMeetings, refreshMeetingStreaks } from './meeting-rollups.js';
import { RequestService } from '../common/request-service.js';
import type { RequestDeps } from '../context.js';

export interface AttendanceEntry {
  memberId: number;
  status: AttendanceStatus;
  reason?: string | null;
}

export interface GuestEntry {
  assignmentId?: number | null;
  fullName?: string | null;
  title?: string | null;
}

/** What a clerk records about a meeting (recordMeeting; updateMeeting without the organisation). */
export interface MeetingInput {
  kind: MeetingKind;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  topic?: string | null;
  draftResolution: boolean;
  fullMinutes: boolean;
  notes?: string | null;
  attendance: AttendanceEntry[];
  guests?: GuestEntry[] | null;
}

/** The columns of a meeting as recorded, derived facts included (also the demo seed's rows). */
export interface MeetingFields {
  kind: MeetingKind;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  topic: string | null;
  draftResolution: boolean;
  fullMinutes: boolean;
  notes: string | null;
  eligibleCount: number;
  presentCount: number;
  excusedCount: number;
  unexcusedCount: number;
  durationMinutes: number;
  evening: boolean;
  inWindow: boolean | null;
}

/** A checked record, ready to write. */
interface MeetingPlan {
  org: Organization;
  orgPath: string;
  fields: MeetingFields;
  attendance: Array<{ memberId: number; status: AttendanceStatus; reason: string | null }>;
  guests: Array<{ assignmentId: number | null; fullName: string; title: string | null }>;
}

const MEETING_ORDER = { date: 'desc', id: 'desc' } as const;
const STALE_MEETING = 'Someone else changed this meeting after you opened it: reload it and apply your changes again';
/** Statements keep their parameter lists well below SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

const trimmed = (value: string | null | undefined): string | null => {
  const t = (value ?? '').trim();
  return t.length ? t : null;
};

/**
 * Cell meetings: recording a whole meeting with its attendance and guests in one change, the roll
 * of members expected on a date, and the derived facts kept on each row (counts, duration,
 * evening, inside the window, and each member's run of absences with reason).
 */
export class MeetingService extends RequestService {
  private readonly hierarchy: HierarchyService;

  constructor(deps: RequestDeps, uses: { hierarchy: HierarchyService }) {
    super(deps);
    this.hierarchy = uses.hierarchy;
  }

  // ---------------------------------------------------------------- reading

  /**
   * The meeting, null when there is none, FORBIDDEN when its organisation is outside the caller's
   * scope (the scope filter on Organization is joined to every Meeting read).
   */
  findVisible(id: number, field = 'id'): Promise<Meeting | null> {
    return findReadable(this.em, Meeting, id, {}, field);
  }

  require(id: number, field: string): Promise<Meeting> {
    return requireReadable(this.em, Meeting, 'Meeting', id, {}, field);
  }

  /** Meetings of one organisation between two dates (inclusive), newest first. */
  async list(org: Organization, from: string | null, to: string | null, args: PageArgs): Promise<ConnectionShape<Meeting>> {
    const date: Record<string, string> = {};
    if (from != null) date.$gte = checkDate(from, 'from');
    if (to != null) date.$lte = checkDate(to, 'to');
    if (from != null && to != null && from > to) throw invalid('to', 'The end of the period is before its start', 'BAD_PERIOD');
    const where = { organization: org.id, ...(from != null || to != null ? { date } : {}) };
    const page = await this.em.findByCursor(Meeting, where, cursorPage(this.em, Meeting, args, MEETING_ORDER));
    return toConnection(page);
  }

  /**
   * Members expected at a meeting of `org` on `date`: in the organisation that day and ACTIVE
   * (members exempt from meetings or attending elsewhere are not expected). They are part of the
   * organisation's record, so members who left or moved out of the caller's scope since are listed.
   */
  async roll(org: Organization, date: string, field = 'date'): Promise<Member[]> {
    checkDate(date, field);
    if (date > this.today) throw invalid(field, `The roll is known up to today (${this.today})`, 'FUTURE_DATE');
    if (!holdsMembers(org.kind)) throw invalid('organizationId', `${org.name} holds no members: meetings are held by cells`, 'WRONG_KIND');
    const ids = await this.rollIds(this.em, org.id, date);
    if (ids.length === 0) return [];
    return this.em.find(Member, { id: { $in: ids } }, { filters: false, orderBy: { nameSearch: 'asc', id: 'asc' } });
  }

  private async rollIds(em: EntityManager, orgId: number, date: string): Promise<number[]> {
    const rows = await em.execute<Array<{ id: number | string }>>(
      `select distinct ms.member_id as id
       from membership ms
       join member_status_period s on s.member_id = ms.member_id and s.status = 'ACTIVE'
         and s.valid_from <= ? and (s.valid_to is null or s.valid_to > ?)
       where ms.organization_id = ? and ms.valid_from <= ? and (ms.valid_to is null or ms.valid_to > ?)`,
      [date, date, orgId, date, date],
    );
    return rows.map((r) => Number(r.id));
  }

  /** The batch of `loaders.attendanceOfMeeting`. */
  async loadAttendance(meetingIds: readonly number[]): Promise<Attendance[][]> {
    // The meeting was read through the scope: its attendance is part of it, members who have
    // since left or moved elsewhere included.
    const rows = await this.em.find(
      Attendance,
      { meeting: { $in: [...meetingIds] } },
      { filters: false, populate: ['member'], orderBy: { member: { nameSearch: 'asc' }, id: 'asc' } },
    );
    return meetingIds.map((id) => rows.filter((r) => r.meeting.id === id));
  }

  /** The batch of `loaders.guestsOfMeeting`. */
  async loadGuests(meetingIds: readonly number[]): Promise<MeetingGuest[][]> {
    const rows = await this.em.find(MeetingGuest, { meeting: { $in: [...meetingIds] } }, { filters: false, populate: ['assignment'], orderBy: { id: 'asc' } });
    return meetingIds.map((id) => rows.filter((r) => r.meeting.id === id));
  }

  /** The batch of `loaders.attendanceOfMember`. Keys "memberId|from|to": one statement per distinct period asked in a request. */
  async loadMemberAttendance(keys: readonly string[]): Promise<Attendance[][]> {
    const byPeriod = new Map<string, number[]>();
    for (const key of keys) {
      const [memberId, period] = splitKey(key);
      byPeriod.set(period, [...(byPeriod.get(period) ?? []), memberId]);
    }
    const ranges = this.access.readRanges();
    const found = new Map<string, Attendance[]>();
    for (const [period, memberIds] of byPeriod) {
      const [from, to] = period.split('|');
      const date: Record<string, string> = {};
      if (from) date.$gte = from;
      if (to) date.$lte = to;
      const rows = await this.em.find(
        Attendance,
        {
          member: { $in: memberIds },
          ...(from || to ? { date } : {}),
          // Only meetings the caller may read (their organisation in scope).
          ...(ranges === null ? {} : { meeting: { organization: withinRanges('path', ranges) } }),
        },
        { filters: false, populate: ['meeting'], orderBy: { date: 'asc', meeting: { id: 'asc' } } },
      );
      for (const id of memberIds) found.set(`${id}|${period}`, rows.filter((r) => r.member.id === id));
    }
    return keys.map((k) => found.get(k) ?? []);
  }

  /** Every member's attendance at a meeting, by name (batched over the meetings of a list). */
  attendance(meetingId: number): Promise<Attendance[]> {
    return this.loaders.attendanceOfMeeting.load(meetingId);
  }

  guests(meetingId: number): Promise<MeetingGuest[]> {
    return this.loaders.guestsOfMeeting.load(meetingId);
  }

  /** A member's attendance at meetings the caller may read, oldest first (batched over members). */
  memberAttendance(memberId: number, from: string | null, to: string | null): Promise<Attendance[]> {
    if (from != null) checkDate(from, 'from');
    if (to != null) checkDate(to, 'to');
    if (from != null && to != null && from > to) throw invalid('to', 'The end of the period is before its start', 'BAD_PERIOD');
    return this.loaders.attendanceOfMember.load(`${memberId}|${from ?? ''}|${to ?? ''}`);
  }

  // ---------------------------------------------------------------- changing

  /** Records a whole meeting: the meeting, every expected member's attendance and the guests. */
  async record(organizationId: number, input: MeetingInput): Promise<Meeting> {
    this.checkForm(input);
    const org = await this.hierarchy.require(organizationId, 'input.organizationId');
    this.access.require('EDIT', org.path, 'input.organizationId');
    if (!holdsMembers(org.kind)) throw invalid('input.organizationId', `${org.name} holds no members: meetings are recorded for cells`, 'WRONG_KIND');
    const plan = await this.plan(org, input, null);

    return this.transaction(async (em) => {
      await this.lock(em, org.id, plan.attendance.map((a) => a.memberId));
      await this.checkRegularFree(em, org.id, plan.fields.kind, plan.fields.date, null);
      // The rollups (meeting_month, meeting_cell_year) count the new meeting in this transaction.
      const meeting = await followMeetings(
        em,
        [],
        async () => {
          const created = em.create(Meeting, { ...plan.fields, organization: org.id, orgPath: plan.orgPath, rootId: org.rootId });
          await em.flush();
          return created;
        },
        (created) => [created.id],
      );
      await this.writeChildren(em, meeting.id, plan);
      await this.recomputeStreaks(em, plan.attendance.map((a) => a.memberId), plan.fields.date);
      await this.audit.record(em, { action: 'recordMeeting', ...auditTarget(meeting), after: summary(plan) });
      return meeting;
    });
  }

  /** Replaces a meeting's record whole (its organisation stays): attendance and guests included. */
  async update(id: number, expectedVersion: number, input: MeetingInput): Promise<Meeting> {
    const meeting = await this.require(id, 'input.id');
    const org = await this.hierarchy.require(meeting.organization.id, 'input.id');
    this.access.require('EDIT', org.path, 'input.id');
    if (meeting.lockVersion !== expectedVersion) throw stale();
    input = { ...input, attendance: [...input.attendance, ...(await this.hiddenAttendance(meeting.id, input.attendance))] };
    this.checkForm(input);
    const plan = await this.plan(org, input, meeting.id);
    const before = await this.current(meeting);

    return this.transaction(async (em) => {
      await this.lock(em, org.id, [...new Set([...before.attendance.map((a) => a.memberId), ...plan.attendance.map((a) => a.memberId)])].sort((a, b) => a - b));
      const target = await em.findOneOrFail(Meeting, id, { filters: false });
      if (target.lockVersion !== expectedVersion) throw stale();
      await this.checkRegularFree(em, org.id, plan.fields.kind, plan.fields.date, id);
      const oldMembers = (await em.execute<Array<{ member_id: number | string }>>(`select member_id from attendance where meeting_id = ?`, [id])).map((r) => Number(r.member_id));
      await em.nativeDelete(Attendance, { meeting: id });
      await em.nativeDelete(MeetingGuest, { meeting: id });
      await followMeetings(em, [id], async () => {
        Object.assign(target, plan.fields, { orgPath: plan.orgPath });
        // Touch the row so that its lock version moves even when only attendance or guests changed.
        target.updatedAt = new Date();
        await em.flush();
      });
      await this.writeChildren(em, id, plan);
      const from = before.fields.date < plan.fields.date ? before.fields.date : plan.fields.date;
      await this.recomputeStreaks(em, [...new Set([...oldMembers, ...plan.attendance.map((a) => a.memberId)])], from);
      await this.audit.record(em, { action: 'updateMeeting', ...auditTarget(target), before: summary(before), after: summary(plan) });
      return target;
    });
  }

  /** Deletes a meeting unless its quality was submitted or approved; later streaks are recomputed. */
  async delete(id: number, expectedVersion: number): Promise<string> {
    const meeting = await this.require(id, 'input.id');
    const org = await this.hierarchy.require(meeting.organization.id, 'input.id');
    this.access.require('EDIT', org.path, 'input.id');
    if (meeting.lockVersion !== expectedVersion) throw stale();
    await this.checkNotAssessed(this.em, id);
    const before = await this.current(meeting);

    await this.transaction(async (em) => {
      await this.lock(em, org.id, before.attendance.map((a) => a.memberId));
      await this.checkNotAssessed(em, id);
      const drafts = await em.execute<Array<{ n: number | string }>>(`select count(*) as n from assessment where meeting_id = ?`, [id]);
      // Attendance, guests and draft quality assessments go with the meeting (foreign keys cascade);
      // recommendations raised at it stay, without the meeting.
      const deleted = await followMeetings(em, [id], () => em.nativeDelete(Meeting, { id, lockVersion: expectedVersion }));
      // The row is gone: the meeting must not be flushed again (nor kept by the request's identity map).
      const managed = em.getUnitOfWork().getById<Meeting>(Meeting.name, id);
      if (managed) em.getUnitOfWork().unsetIdentity(managed);
      const cached = this.em.getUnitOfWork().getById<Meeting>(Meeting.name, id);
      if (cached) this.em.getUnitOfWork().unsetIdentity(cached);
      if (deleted !== 1) throw stale();
      await this.recomputeStreaks(em, before.attendance.map((a) => a.memberId), before.fields.date);
      await this.audit.record(em, {
        action: 'deleteMeeting',
        entityType: 'Meeting',
        entityId: toGlobalId('Meeting', id),
        orgPath: meeting.orgPath,
        before: { ...summary(before), draftAssessmentsRemoved: Number(drafts[0]?.n ?? 0) },
      });
    });
    return toGlobalId('Meeting', id);
  }

  /**
   * Sets (or, with both days null, clears) the organisation's monthly window for its regular
   * meeting. Meetings already recorded keep the window they were recorded under, unless
   * `applyFrom` asks to re-evaluate the regular meetings on or after that date.
   */
  async setWindow(organizationId: number, fromDay: number | null, toDay: number | null, applyFrom: string | null): Promise<Organization> {
    const org = await this.hierarchy.require(organizationId, 'input.organizationId');
    this.access.require('EDIT', org.path, 'input.organizationId');
    if (!holdsMembers(org.kind)) throw invalid('input.organizationId', `${org.name} holds no members: the meeting window is set for cells`, 'WRONG_KIND');
    if ((fromDay == null) !== (toDay == null)) {
      throw invalid(fromDay == null ? 'input.fromDay' : 'input.toDay', 'Give both days of the window, or neither to clear it', 'BAD_WINDOW');
    }
    const window = fromDay != null && toDay != null ? { fromDay, toDay } : null;
    if (window && !isValidWindow(window)) {
      const dayOk = (d: number) => Number.isInteger(d) && d >= 1 && d <= 31;
      throw invalid(dayOk(window.fromDay) ? 'input.toDay' : 'input.fromDay', 'The window runs from one day of the month to a later (or the same) day, both from 1 to 31', 'BAD_WINDOW');
    }
    if (applyFrom != null) {
      checkDate(applyFrom, 'input.applyFrom');
      if (applyFrom > this.today) throw invalid('input.applyFrom', `The date cannot be in the future (today is ${this.today})`, 'FUTURE_DATE', { today: this.today });
    }
    const before = { fromDay: org.meetingDayFrom, toDay: org.meetingDayTo };

    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(Organization, org.id);
      target.meetingDayFrom = window?.fromDay ?? null;
      target.meetingDayTo = window?.toDay ?? null;
      await em.flush();
      let reevaluated = 0;
      if (applyFrom != null) {
        const rows = await em.execute<Array<{ id: number | string; date: string; kind: MeetingKind; start_time: string; end_time: string }>>(
          `select id, date, kind, start_time, end_time from meeting where organization_id = ? and date >= ? and kind in ('REGULAR', 'REGULAR_WITH_THEMATIC')`,
          [org.id, applyFrom],
        );
        const byValue = new Map<string, number[]>();
        for (const r of rows) {
          const inWindow = meetingFacts({ kind: r.kind, date: String(r.date).slice(0, 10), startTime: r.start_time, endTime: r.end_time, window }).inWindow;
          const key = String(inWindow);
          byValue.set(key, [...(byValue.get(key) ?? []), Number(r.id)]);
        }
        await followMeetings(
          em,
          rows.map((r) => Number(r.id)),
          async () => {
            for (const [key, ids] of byValue) {
              const value = key === 'null' ? null : key === 'true';
              for (const chunk of chunks(ids)) {
                await em.execute(`update meeting set in_window = ? where id in (${marks(chunk)})`, [value, ...chunk]);
              }
            }
          },
        );
        reevaluated = rows.length;
      }
      await this.audit.record(em, {
        action: 'setMeetingWindow',
        entityType: 'Organization',
        entityId: toGlobalId('Organization', org.id),
        orgPath: org.path,
        before,
        after: { fromDay: target.meetingDayFrom, toDay: target.meetingDayTo, ...(applyFrom != null ? { applyFrom, reevaluated } : {}) },
      });
      return target;
    });
  }

  /**
   * The recorded attendance of members the caller may no longer read (transferred to a cell
   * outside their scope since): the editor never sees them (the scope guard answers
   * `member: null`), so an update keeps their rows as recorded. Rows the input names stay as given.
   */
  private async hiddenAttendance(meetingId: number, given: AttendanceEntry[]): Promise<AttendanceEntry[]> {
    const named = new Set(given.map((a) => a.memberId));
    const rows = await this.em.find(Attendance, { meeting: meetingId }, { filters: false, populate: ['member'], orderBy: { id: 'asc' } });
    return rows
      .filter((r) => !named.has(r.member.id) && r.member.getEntity().orgPath !== null && !this.access.can('READ', r.member.getEntity().orgPath))
      .map((r) => ({ memberId: r.member.id, status: r.status, reason: r.reason }));
  }

  // ---------------------------------------------------------------- checks

  /** The form rules (no I/O), every problem at once. */
  private checkForm(input: MeetingInput): void {
    throwProblems(meetingRecordProblems(input, this.today));
  }

  /** The checks that read the database: the organisation on the date, the roll, the guests, one regular meeting a month. */
  private async plan(org: Organization, input: MeetingInput, meetingId: number | null): Promise<MeetingPlan> {
    const date = input.date;
    const orgPath = await this.hierarchy.pathOn(org, date);
    if (!orgPath) throw invalid('input.date', `${org.name} did not exist on ${date}`, 'NOT_EXISTING', { date: date });

    const roll = await this.rollIds(this.em, org.id, date);
    const { problems, missing } = rollProblems(roll, input.attendance.map((a) => a.memberId));
    const missingProblem = problems.find((p) => p.reason === 'MISSING_MEMBERS');
    if (missingProblem) {
      const names = await this.em.find(Member, { id: { $in: missing.slice(0, 5) } }, { filters: false, fields: ['fullName'], orderBy: { nameSearch: 'asc' } });
      missingProblem.message += `: ${names.map((m) => m.fullName).join(', ')}${missing.length > 5 ? '…' : ''}`;
      missingProblem.values = { ...missingProblem.values, memberIds: missing.map((id) => toGlobalId('Member', id)) };
    }
    for (const p of problems) {
      const at = /^attendance\[(\d+)\]/.exec(p.path);
      if (at) p.values = { ...p.values, memberId: toGlobalId('Member', input.attendance[Number(at[1])]!.memberId) };
    }

    const guests = input.guests ?? [];
    const assignmentIds = guests.map((g) => g.assignmentId).filter((id): id is number => id != null);
    const assignments = assignmentIds.length
      ? await this.em.find(OversightAssignment, { id: { $in: assignmentIds } }, { filters: false })
      : [];
    const assignmentById = new Map(assignments.map((a) => [a.id, a]));
    guests.forEach((g, i) => {
      if (g.assignmentId == null) return;
      const a = assignmentById.get(g.assignmentId);
      if (!a || a.organization.id !== org.id) {
        problems.push({ path: `guests[${i}].assignmentId`, reason: 'NOT_ASSIGNED', message: `Not an oversight assignment of ${org.name}` });
      } else if (a.fromDate > date || (a.toDate !== null && a.toDate < date)) {
        problems.push({ path: `guests[${i}].assignmentId`, reason: 'NOT_ASSIGNED', message: `${a.fullName} was not assigned to ${org.name} on ${date}`, values: { date } });
      }
    });
    throwProblems(problems);
    await this.checkRegularFree(this.em, org.id, input.kind, date, meetingId);

    const statuses = input.attendance.map((a) => a.status);
    const counts = attendanceCounts(statuses);
    const window = org.meetingDayFrom != null && org.meetingDayTo != null ? { fromDay: org.meetingDayFrom, toDay: org.meetingDayTo } : null;
    const facts = meetingFacts({ kind: input.kind, date, startTime: input.startTime, endTime: input.endTime, window });
    return {
      org,
      orgPath,
      fields: {
        kind: input.kind,
        date,
        startTime: input.startTime,
        endTime: input.endTime,
        place: input.place.trim(),
        topic: trimmed(input.topic),
        draftResolution: input.draftResolution,
        fullMinutes: input.fullMinutes,
        notes: trimmed(input.notes),
        eligibleCount: counts.eligible,
        presentCount: counts.present,
        excusedCount: counts.excused,
        unexcusedCount: counts.unexcused,
        durationMinutes: facts.durationMinutes,
        evening: facts.evening,
        inWindow: facts.inWindow,
      },
      attendance: input.attendance.map((a) => ({ memberId: a.memberId, status: a.status, reason: a.status === 'PRESENT' ? null : trimmed(a.reason) })),
      guests: guests.map((g) => {
        const a = g.assignmentId != null ? assignmentById.get(g.assignmentId)! : null;
        return a ? { assignmentId: a.id, fullName: a.fullName, title: a.title } : { assignmentId: null, fullName: g.fullName!.trim(), title: trimmed(g.title) };
      }),
    };
  }

  /** One regular meeting (regular, or regular with a thematic part) per organisation and month. */
  private async checkRegularFree(em: EntityManager, orgId: number, kind: MeetingKind, date: string, exceptId: number | null): Promise<void> {
    if (!isRegularMeeting(kind)) return;
    const month = date.slice(0, 7);
    const other = await em.findOne(
      Meeting,
      {
        organization: orgId,
        kind: { $in: ['REGULAR', 'REGULAR_WITH_THEMATIC'] },
        date: { $gte: `${month}-01`, $lt: nextMonth(month) },
        ...(exceptId !== null ? { id: { $ne: exceptId } } : {}),
      },
      { filters: false, fields: ['id', 'date'] },
    );
    if (other) throw conflict(`The regular meeting of ${month} is already recorded (${other.date}); record this one as another kind or correct that one`, 'input.date', 'DUPLICATE_REGULAR', {
        meetingId: toGlobalId('Meeting', other.id),
        date: other.date,
        month,
      });
  }

  private async checkNotAssessed(em: EntityManager, meetingId: number): Promise<void> {
    const rows = await em.execute<Array<{ n: number | string }>>(`select count(*) as n from assessment where meeting_id = ? and status in ('SUBMITTED', 'APPROVED')`, [meetingId]);
    if (Number(rows[0]?.n ?? 0) > 0) {
      throw conflict('The quality of this meeting has been submitted or approved: it can no longer be deleted', 'input.id', 'QUALITY_ASSESSED');
    }
  }

  /**
   * On PostgreSQL, concurrent changes of one organisation's meetings (one regular meeting a month)
   * and of the same members' attendance (streaks) wait for each other. SQLite runs one writer anyway.
   */
  private async lock(em: EntityManager, orgId: number, memberIds: number[]): Promise<void> {
    if (this.dialect !== 'postgresql') return;
    await em.execute(`select id from organization where id = ? for update`, [orgId]);
    const sorted = [...new Set(memberIds)].sort((a, b) => a - b);
    for (const chunk of chunks(sorted)) await em.execute(`select id from member where id in (${marks(chunk)}) order by id for update`, chunk);
  }

  // ---------------------------------------------------------------- writing

  private async writeChildren(em: EntityManager, meetingId: number, plan: MeetingPlan): Promise<void> {
    const { date } = plan.fields;
    if (plan.attendance.length) {
      await em.insertMany(
        Attendance,
        plan.attendance.map((a) => ({ meeting: meetingId, member: a.memberId, status: a.status, reason: a.reason, date, orgPath: plan.orgPath, excusedStreak: 0 })),
      );
    }
    if (plan.guests.length) {
      await em.insertMany(
        MeetingGuest,
        plan.guests.map((g) => ({ meeting: meetingId, assignment: g.assignmentId, fullName: g.fullName, title: g.title, date })),
      );
    }
  }

  /**
   * Recomputes the runs of absences with reason of `memberIds` from `from` on, in each member's
   * (date, meeting) order, starting from the run of their last row before `from`: only these
   * members' rows from that date are read, and only the rows whose run changes are written;
   * then their rows of meeting_streak_year from that year on are recomputed.
   */
  private async recomputeStreaks(em: EntityManager, memberIds: number[], from: string): Promise<void> {
    const ids = [...new Set(memberIds)];
    const updates = new Map<number, number[]>();
    for (const chunk of chunks(ids)) {
      const prior = await em.execute<Array<{ member_id: number | string; meeting_id: number | string; excused_streak: number | string }>>(
        `select a.member_id, a.meeting_id, a.excused_streak
         from attendance a
         join (select member_id, max(date) as d from attendance where member_id in (${marks(chunk)}) and date < ? group by member_id) last
           on last.member_id = a.member_id and a.date = last.d`,
        [...chunk, from],
      );
      const before = new Map<number, { meetingId: number; streak: number }>();
      for (const r of prior) {
        const member = Number(r.member_id);
        const row = { meetingId: Number(r.meeting_id), streak: Number(r.excused_streak) };
        const seen = before.get(member);
        if (!seen || row.meetingId > seen.meetingId) before.set(member, row);
      }
      const rows = await em.execute<Array<{ id: number | string; member_id: number | string; status: AttendanceStatus; excused_streak: number | string }>>(
        `select id, member_id, status, excused_streak from attendance where member_id in (${marks(chunk)}) and date >= ? order by member_id, date, meeting_id`,
        [...chunk, from],
      );
      const byMember = new Map<number, typeof rows>();
      for (const r of rows) {
        const member = Number(r.member_id);
        byMember.set(member, [...(byMember.get(member) ?? []), r]);
      }
      for (const [member, list] of byMember) {
        const streaks = excusedStreaks(list.map((r) => r.status), before.get(member)?.streak ?? 0);
        list.forEach((r, i) => {
          if (Number(r.excused_streak) !== streaks[i]) updates.set(streaks[i]!, [...(updates.get(streaks[i]!) ?? []), Number(r.id)]);
        });
      }
    }
    for (const [streak, rowIds] of updates) {
      for (const chunk of chunks(rowIds)) await em.execute(`update attendance set excused_streak = ? where id in (${marks(chunk)})`, [streak, ...chunk]);
    }
    // The rollup of flagged members follows (their rows from the year of `from` on).
    await refreshMeetingStreaks(em, ids, from);
  }

  /** The meeting as stored, in the shape of a plan (the audit's "before"). */
  private async current(meeting: Meeting): Promise<Pick<MeetingPlan, 'fields' | 'attendance' | 'guests'>> {
    const attendance = await this.em.find(Attendance, { meeting: meeting.id }, { filters: false, orderBy: { id: 'asc' } });
    const guests = await this.em.find(MeetingGuest, { meeting: meeting.id }, { filters: false, orderBy: { id: 'asc' } });
    return {
      fields: {
        kind: meeting.kind,
        date: meeting.date,
        startTime: meeting.startTime,
        endTime: meeting.endTime,
        place: meeting.place,
        topic: meeting.topic,
        draftResolution: meeting.draftResolution,
        fullMinutes: meeting.fullMinutes,
        notes: meeting.notes,
        eligibleCount: meeting.eligibleCount,
        presentCount: meeting.presentCount,
        excusedCount: meeting.excusedCount,
        unexcusedCount: meeting.unexcusedCount,
        durationMinutes: meeting.durationMinutes,
        evening: meeting.evening,
        inWindow: meeting.inWindow,
      },
      attendance: attendance.map((a) => ({ memberId: a.member.id, status: a.status, reason: a.reason })),
      guests: guests.map((g) => ({ assignmentId: g.assignment?.id ?? null, fullName: g.fullName, title: g.title })),
    };
  }

  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.em, work, { stale: STALE_MEETING, unique: { message: 'A member is listed twice in the attendance', field: 'input.attendance' } });
  }
}

function stale(): AppError {
  return new AppError(ErrorCode.CONFLICT, STALE_MEETING, { field: 'input.expectedVersion', reason: 'STALE_VERSION' });
}

function checkDate(value: string, field: string): string {
  if (!isIsoDate(value)) throw invalid(field, 'Expected a date as YYYY-MM-DD', 'BAD_DATE');
  return value;
}

/** Throws every problem as one VALIDATION_FAILED error; the first names the field and reason. */
function throwProblems(problems: MeetingProblem[]): void {
  if (problems.length === 0) return;
  const first = problems[0]!;
  const message = problems.length === 1 ? first.message : `${first.message} (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})`;
  throw invalidAll(problems.map((p) => ({ field: `input.${p.path}`, reason: p.reason, message: p.message, values: p.values })), message);
}

/** The first day of the month after 'YYYY-MM'. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function splitKey(key: string): [number, string] {
  const at = key.indexOf('|');
  return [Number(key.slice(0, at)), key.slice(at + 1)];
}

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

function marks(list: unknown[]): string {
  return list.map(() => '?').join(', ');
}

/** What the audit log keeps of a meeting. */
function summary(plan: Pick<MeetingPlan, 'fields' | 'attendance' | 'guests'>): Record<string, unknown> {
  return {
    ...plan.fields,
    attendance: plan.attendance.map((a) => ({ member: toGlobalId('Member', a.memberId), status: a.status, ...(a.reason ? { reason: a.reason } : {}) })),
    guests: plan.guests.map((g) => ({ ...(g.assignmentId ? { assignment: toGlobalId('OversightAssignment', g.assignmentId) } : {}), fullName: g.fullName, title: g.title })),
  };
}

function auditTarget(m: Meeting) {
  return { entityType: 'Meeting', entityId: toGlobalId('Meeting', m.id), orgPath: m.orgPath };
}
