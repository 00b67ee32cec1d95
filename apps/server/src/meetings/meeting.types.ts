import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { AttendanceStatus as AttendanceStatusT, MeetingKind as MeetingKindT } from '@fourgood/rules';
import { DateScalar } from '../graphql/scalars.js';
import { Member } from '../members/member.entity.js';
import { OversightAssignment } from '../oversight/oversight-assignment.entity.js';
import { AttendanceStatus, MeetingKind } from './meeting.enums.js';
import { Meeting } from './meeting.entity.js';

@InputType('AttendanceInput', { description: 'One member’s attendance' })
export class AttendanceInput {
  @Field(() => ID) memberId!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatusT;
  @Field(() => String, { nullable: true, description: 'Required when absent with reason (at most 500 characters); not given for a member present' })
  reason?: string | null;
}

@InputType('MeetingGuestInput', { description: 'A member of a superior committee who attended: by oversight assignment, or by name' })
export class MeetingGuestInput {
  @Field(() => ID, { nullable: true, description: 'An oversight assignment to this organisation covering the date: name and title come from it' })
  assignmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Without an assignment (at most 200 characters)' }) fullName?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "Bí thư Thành ủy", without an assignment' }) title?: string | null;
}

/** The fields of a meeting record shared by recordMeeting and updateMeeting (not used on its own in the schema). */
@InputType('MeetingFieldsInput')
abstract class MeetingFieldsInput {
  @Field(() => MeetingKind) kind!: MeetingKindT;
  @Field(() => DateScalar, { description: 'Not in the future' }) date!: string;
  @Field(() => String, { description: '"HH:MM"' }) startTime!: string;
  @Field(() => String, { description: '"HH:MM", after the start' }) endTime!: string;
  @Field(() => String, { description: 'At most 300 characters' }) place!: string;
  @Field(() => String, { nullable: true, description: 'Required for thematic meetings (at most 500 characters)' }) topic?: string | null;
  @Field(() => Boolean) draftResolution!: boolean;
  @Field(() => Boolean) fullMinutes!: boolean;
  @Field(() => String, { nullable: true, description: 'At most 4000 characters' }) notes?: string | null;
  @Field(() => [AttendanceInput], { description: 'Every member expected on that date (see meetingRoll), exactly once' })
  attendance!: AttendanceInput[];
  @Field(() => [MeetingGuestInput], { nullable: true, description: 'Superior committee members who attended (at most 50)' })
  guests?: MeetingGuestInput[] | null;
}

@InputType('RecordMeetingInput')
export class RecordMeetingInput extends MeetingFieldsInput {
  @Field(() => ID, { description: 'A cell (or grassroots cell)' }) organizationId!: string;
}

@InputType('UpdateMeetingInput', { description: 'The whole record again: attendance and guests are replaced (no guests given: none)' })
export class UpdateMeetingInput extends MeetingFieldsInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The lockVersion you edited; a newer one on the server gives CONFLICT' }) expectedVersion!: number;
}

@InputType('DeleteMeetingInput')
export class DeleteMeetingInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
}

@InputType('MeetingWindowInput', { description: 'The monthly window for the regular meeting, e.g. days 4–10; both days null clear it' })
export class MeetingWindowInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => Int, { nullable: true }) fromDay?: number | null;
  @Field(() => Int, { nullable: true }) toDay?: number | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Also re-evaluate the regular meetings from this date on under the new window; by default meetings already recorded keep the window they were recorded under',
  })
  applyFrom?: string | null;
}

@ObjectType('MeetingAttendance', { description: 'One member’s attendance at a meeting' })
export class MeetingAttendance {
  @Field(() => Member, { nullable: true, description: 'The member; null when outside your scope today (e.g. transferred away; the name stays in memberName)' })
  member!: Member | null;
  @Field(() => String, { description: 'Name of the member (a historical fact, shown whatever your scope)' }) memberName!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatusT;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Int, { description: 'Absences with reason in a row ending at this meeting, in the member’s date order (4 or more: flagged)' })
  excusedStreak!: number;
}

@ObjectType('MeetingGuest', { description: 'A member of a superior committee who attended' })
export class MeetingGuestType {
  @Field(() => String) fullName!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => OversightAssignment, { nullable: true, description: 'The oversight assignment they attended under, if any' })
  assignment!: OversightAssignment | null;
}

@ObjectType('MemberAttendance', { description: 'A member’s attendance at one meeting' })
export class MemberAttendance {
  @Field(() => Meeting) meeting!: Meeting;
  @Field(() => AttendanceStatus) status!: AttendanceStatusT;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Int) excusedStreak!: number;
}
