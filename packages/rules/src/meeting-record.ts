/**
 * Checking a meeting record before it is saved: the form rules (dates, times, texts, guests) and
 * the attendance against the roll (every member expected that day, exactly once). Pure: the
 * server refuses with these problems and the admin app shows the same ones while the clerk types.
 */
import { isIsoDate, type IsoDate } from './dates.js';
import { durationMinutes, isThematicMeeting, isTimeOfDay, type AttendanceStatus, type MeetingKind } from './meetings.js';
import type { CommonReason, MeetingReason, ProblemValues } from './reasons/index.js';

export const MEETING_LIMITS = {
  place: 300,
  topic: 500,
  notes: 4000,
  reason: 500,
  guestName: 200,
  guestTitle: 200,
  guests: 50,
} as const;

/** One thing wrong with a meeting record: `path` is relative to the input ("attendance[3].reason"). */
export interface MeetingProblem {
  path: string;
  /** Stable code the admin app translates (FUTURE_DATE, BAD_TIME, NOT_ON_ROLL…). */
  reason: MeetingReason | CommonReason;
  /** What the app needs to word it: the limit, today's date, the start time… */
  values?: ProblemValues;
  message: string;
}

export interface MeetingRecordDraft {
  kind: MeetingKind;
  date: IsoDate;
  startTime: string;
  endTime: string;
  place: string;
  topic?: string | null;
  notes?: string | null;
  attendance: ReadonlyArray<{ status: AttendanceStatus; reason?: string | null }>;
  guests?: ReadonlyArray<{ assignmentId?: string | number | null; fullName?: string | null; title?: string | null }> | null;
}

const text = (value: string | null | undefined): string => (value ?? '').trim();

/**
 * The form rules of a meeting record, in the order of the form: date not in the future, times
 * "HH:MM" with the end after the start (a meeting does not run past midnight), a place, a topic for
 * thematic meetings, text lengths, a reason for every absence with reason and none for a member
 * present, guests named either by their assignment or by name (at most 50, an assignment once).
 */
export function meetingRecordProblems(input: MeetingRecordDraft, today: IsoDate): MeetingProblem[] {
  const out: MeetingProblem[] = [];
  const add = (path: string, reason: MeetingProblem['reason'], message: string, values?: ProblemValues) => out.push({ path, reason, message, ...(values ? { values } : {}) });

  if (!isIsoDate(input.date)) add('date', 'BAD_DATE', 'Expected a date as YYYY-MM-DD');
  else if (input.date > today) add('date', 'FUTURE_DATE', `A meeting is recorded once it has taken place (today is ${today})`, { today });

  const startOk = isTimeOfDay(input.startTime);
  const endOk = isTimeOfDay(input.endTime);
  if (!startOk) add('startTime', 'BAD_TIME', 'Start time: hours and minutes as HH:MM, e.g. 19:30');
  if (!endOk) add('endTime', 'BAD_TIME', 'End time: hours and minutes as HH:MM, e.g. 21:00');
  if (startOk && endOk && durationMinutes(input.startTime, input.endTime) <= 0) {
    add('endTime', 'END_BEFORE_START', `The meeting must end after it starts (${input.startTime})`, { startTime: input.startTime });
  }

  const place = text(input.place);
  if (place.length === 0) add('place', 'REQUIRED', 'Say where the meeting took place');
  else if (place.length > MEETING_LIMITS.place) add('place', 'TOO_LONG', `Place: at most ${MEETING_LIMITS.place} characters`, { max: MEETING_LIMITS.place });

  const topic = text(input.topic);
  if (topic.length === 0 && isThematicMeeting(input.kind)) add('topic', 'TOPIC_REQUIRED', 'A thematic meeting needs its topic');
  else if (topic.length > MEETING_LIMITS.topic) add('topic', 'TOO_LONG', `Topic: at most ${MEETING_LIMITS.topic} characters`, { max: MEETING_LIMITS.topic });

  if (text(input.notes).length > MEETING_LIMITS.notes) add('notes', 'TOO_LONG', `Notes: at most ${MEETING_LIMITS.notes} characters`, { max: MEETING_LIMITS.notes });

  input.attendance.forEach((a, i) => {
    const reason = text(a.reason);
    if (a.status === 'EXCUSED' && reason.length === 0) add(`attendance[${i}].reason`, 'REASON_REQUIRED', 'An absence with reason needs the reason');
    else if (a.status === 'PRESENT' && reason.length > 0) add(`attendance[${i}].reason`, 'REASON_NOT_EXPECTED', 'A member present has no absence reason');
    else if (reason.length > MEETING_LIMITS.reason) add(`attendance[${i}].reason`, 'TOO_LONG', `Reason: at most ${MEETING_LIMITS.reason} characters`, { max: MEETING_LIMITS.reason });
  });

  const guests = input.guests ?? [];
  if (guests.length > MEETING_LIMITS.guests) add('guests', 'TOO_MANY', `At most ${MEETING_LIMITS.guests} guests`, { max: MEETING_LIMITS.guests });
  const assignments = new Set<string>();
  guests.forEach((g, i) => {
    const name = text(g.fullName);
    const title = text(g.title);
    if (g.assignmentId != null) {
      if (name || title) add(`guests[${i}].fullName`, 'NAME_FROM_ASSIGNMENT', 'A guest attending under an assignment takes the name and title from it: leave them empty');
      const key = String(g.assignmentId);
      if (assignments.has(key)) add(`guests[${i}].assignmentId`, 'DUPLICATE_GUEST', 'This assignment is already among the guests');
      assignments.add(key);
      return;
    }
    if (name.length === 0) add(`guests[${i}].fullName`, 'NAME_REQUIRED', 'Name the guest, or choose their oversight assignment');
    else if (name.length > MEETING_LIMITS.guestName) add(`guests[${i}].fullName`, 'TOO_LONG', `Name: at most ${MEETING_LIMITS.guestName} characters`, { max: MEETING_LIMITS.guestName });
    if (title.length > MEETING_LIMITS.guestTitle) add(`guests[${i}].title`, 'TOO_LONG', `Title: at most ${MEETING_LIMITS.guestTitle} characters`, { max: MEETING_LIMITS.guestTitle });
  });
  return out;
}

/**
 * Attendance against the roll (the members expected on the date): each entry names a member of the
 * roll (NOT_ON_ROLL), once (DUPLICATE_MEMBER), and nobody on the roll is left out (MISSING_MEMBERS,
 * with the members missing).
 */
export function rollProblems<K>(roll: Iterable<K>, memberIds: readonly K[]): { problems: MeetingProblem[]; missing: K[] } {
  const expected = new Set(roll);
  const seen = new Set<K>();
  const problems: MeetingProblem[] = [];
  memberIds.forEach((id, i) => {
    if (!expected.has(id)) {
      problems.push({ path: `attendance[${i}].memberId`, reason: 'NOT_ON_ROLL', message: 'This member was not expected at the meeting: not in the cell, or not active, on that date' });
    } else if (seen.has(id)) {
      problems.push({ path: `attendance[${i}].memberId`, reason: 'DUPLICATE_MEMBER', message: 'This member is already listed' });
    }
    seen.add(id);
  });
  const missing = [...expected].filter((id) => !seen.has(id));
  if (missing.length) {
    problems.push({
      path: 'attendance',
      reason: 'MISSING_MEMBERS',
      values: { count: missing.length },
      message: missing.length === 1 ? '1 member expected at the meeting is missing from the attendance' : `${missing.length} members expected at the meeting are missing from the attendance`,
    });
  }
  return { problems, missing };
}

export interface AttendanceCounts {
  eligible: number;
  present: number;
  excused: number;
  unexcused: number;
}

export function attendanceCounts(statuses: readonly AttendanceStatus[]): AttendanceCounts {
  return {
    eligible: statuses.length,
    present: statuses.filter((s) => s === 'PRESENT').length,
    excused: statuses.filter((s) => s === 'EXCUSED').length,
    unexcused: statuses.filter((s) => s === 'UNEXCUSED').length,
  };
}
