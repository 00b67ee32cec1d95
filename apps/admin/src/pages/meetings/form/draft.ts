import type { AttendanceStatus, MeetingKind } from '@fourgood/rules';
import type { MeetingFullFragment, MeetingRollQuery, MemberPosition } from '../../../gql/graphql';

/** The meeting form's draft: the meeting's details, the roll's marks and the guests, as the clerk fills them in. */
export type RollMember = MeetingRollQuery['meetingRoll'][number];

export interface FormOrg {
  id: string;
  name: string;
  kind: MeetingFullFragment['organization']['kind'];
  meetingDayFrom?: number | null;
  meetingDayTo?: number | null;
  ancestors: Array<{ id: string; name: string }>;
}

export interface Mark {
  status: AttendanceStatus;
  reason: string;
}

export interface OtherGuest {
  key: number;
  fullName: string;
  title: string;
}

export interface Draft {
  kind: MeetingKind;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  topic: string;
  draftResolution: boolean;
  fullMinutes: boolean;
  notes: string;
  /** By member id; members without a mark are present. */
  marks: Record<string, Mark>;
  assigned: string[];
  others: OtherGuest[];
}

export const POSITION_ORDER: Record<MemberPosition, number> = { SECRETARY: 0, DEPUTY_SECRETARY: 1, COMMITTEE_MEMBER: 2, MEMBER: 3 };
export const STATUS_ORDER: AttendanceStatus[] = ['PRESENT', 'EXCUSED', 'UNEXCUSED'];
/** Problems about something not filled in yet are shown once the clerk tries to save; wrong values at once. */
export const MISSING_REASONS = new Set(['REQUIRED', 'TOPIC_REQUIRED', 'REASON_REQUIRED', 'NAME_REQUIRED']);
/** Keys of the roll: digits, Vietnamese initials (Có mặt, vắng có Lý do, vắng Không lý do) and English ones. */
export const KEY_STATUS: Record<string, AttendanceStatus> = { '1': 'PRESENT', c: 'PRESENT', p: 'PRESENT', '2': 'EXCUSED', l: 'EXCUSED', e: 'EXCUSED', '3': 'UNEXCUSED', k: 'UNEXCUSED', u: 'UNEXCUSED' };

export function draftOf(initial: MeetingFullFragment | null, suggested: { place: string; startTime: string; endTime: string } | null, today: string): Draft {
  if (!initial) {
    return {
      kind: 'REGULAR',
      date: today,
      startTime: suggested?.startTime ?? '',
      endTime: suggested?.endTime ?? '',
      place: suggested?.place ?? '',
      topic: '',
      draftResolution: false,
      fullMinutes: false,
      notes: '',
      marks: {},
      assigned: [],
      others: [],
    };
  }
  const marks: Record<string, Mark> = {};
  // Members now outside your scope are not on the form; the server keeps their rows as recorded.
  for (const a of initial.attendance) if (a.member && (a.status !== 'PRESENT' || a.reason)) marks[a.member.id] = { status: a.status, reason: a.reason ?? '' };
  return {
    kind: initial.kind,
    date: initial.date,
    startTime: initial.startTime,
    endTime: initial.endTime,
    place: initial.place,
    topic: initial.topic ?? '',
    draftResolution: initial.draftResolution,
    fullMinutes: initial.fullMinutes,
    notes: initial.notes ?? '',
    marks,
    assigned: initial.guests.filter((g) => g.assignment).map((g) => g.assignment!.id),
    others: initial.guests.filter((g) => !g.assignment).map((g, i) => ({ key: i + 1, fullName: g.fullName, title: g.title ?? '' })),
  };
}

/** What the form's marks say about one member. */
export const markOf = (draft: Draft, memberId: string): Mark => draft.marks[memberId] ?? { status: 'PRESENT', reason: '' };
