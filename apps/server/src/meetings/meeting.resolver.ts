import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { Meeting } from './meeting.entity.js';
import type { MeetingInput } from './meeting.service.js';
import {
  DeleteMeetingInput,
  MeetingAttendance,
  MeetingGuestType,
  MeetingWindowInput,
  MemberAttendance,
  RecordMeetingInput,
  UpdateMeetingInput,
} from './meeting.types.js';
import { cost, COST } from '../graphql/cost.js';

export const MeetingConnection = ConnectionType(Meeting, 'Meeting');

/** The ids of a meeting input decoded, each error naming its place in the input. */
function meetingInput(input: RecordMeetingInput | UpdateMeetingInput): MeetingInput {
  return {
    kind: input.kind,
    date: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
    place: input.place,
    topic: input.topic,
    draftResolution: input.draftResolution,
    fullMinutes: input.fullMinutes,
    notes: input.notes,
    attendance: input.attendance.map((a, i) => ({ memberId: idOf('Member', a.memberId, `input.attendance[${i}].memberId`), status: a.status, reason: a.reason })),
    guests: input.guests?.map((g, i) => ({
      assignmentId: optionalIdOf('OversightAssignment', g.assignmentId, `input.guests[${i}].assignmentId`),
      fullName: g.fullName,
      title: g.title,
    })),
  };
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true })
  meeting(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.meetings.findVisible(idOf('Meeting', id, 'id'));
  }

  @Query(() => [Member], { description: 'Members expected at a meeting of the cell on that date: in the cell and active (not exempt, not attending elsewhere), by name', complexity: cost.of(COST.statement, { list: true }) })
  async meetingRoll(@Ctx() ctx: Context, @Arg('organizationId', () => ID) organizationId: string, @Arg('date', () => DateScalar) date: string) {
    const org = await ctx.hierarchy.require(idOf('Organization', organizationId, 'organizationId'), 'organizationId');
    return ctx.meetings.roll(org, date);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(m.organization.id);
  }

  @FieldResolver(() => [MeetingAttendance], { description: 'Every member expected, by name' })
  async attendance(@Root() m: Meeting, @Ctx() ctx: Context): Promise<MeetingAttendance[]> {
    const rows = await ctx.meetings.attendance(m.id);
    return rows.map((r) => ({ member: r.member.getEntity(), memberName: r.member.getEntity().fullName, status: r.status, reason: r.reason, excusedStreak: r.excusedStreak }));
  }

  @FieldResolver(() => [MeetingGuestType])
  async guests(@Root() m: Meeting, @Ctx() ctx: Context): Promise<MeetingGuestType[]> {
    const rows = await ctx.meetings.guests(m.id);
    return rows.map((g) => ({ fullName: g.fullName, title: g.title, assignment: g.assignment?.getEntity() ?? null }));
  }

  @Mutation(() => Meeting, { description: 'Records a whole meeting: details, every expected member’s attendance, the guests' })
  recordMeeting(@Ctx() ctx: Context, @Arg('input', () => RecordMeetingInput) input: RecordMeetingInput) {
    return ctx.meetings.record(idOf('Organization', input.organizationId, 'input.organizationId'), meetingInput(input));
  }

  @Mutation(() => Meeting, { description: 'Replaces a meeting’s record (optimistic lock on expectedVersion)' })
  updateMeeting(@Ctx() ctx: Context, @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput) {
    return ctx.meetings.update(idOf('Meeting', input.id, 'input.id'), input.expectedVersion, meetingInput(input));
  }

  @Mutation(() => ID, { description: 'Deletes a meeting (not once its quality is submitted or approved); answers its id' })
  deleteMeeting(@Ctx() ctx: Context, @Arg('input', () => DeleteMeetingInput) input: DeleteMeetingInput) {
    return ctx.meetings.delete(idOf('Meeting', input.id, 'input.id'), input.expectedVersion);
  }

  @Mutation(() => Organization, { description: 'Sets or clears the monthly window for a cell’s regular meeting' })
  setMeetingWindow(@Ctx() ctx: Context, @Arg('input', () => MeetingWindowInput) input: MeetingWindowInput) {
    return ctx.meetings.setWindow(idOf('Organization', input.organizationId, 'input.organizationId'), input.fromDay ?? null, input.toDay ?? null, input.applyFrom ?? null);
  }
}

@Resolver(() => Organization)
export class OrganizationMeetingResolver {
  @FieldResolver(() => MeetingConnection, { description: 'Its meetings between two dates (inclusive), newest first' })
  meetings(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string | null,
  ) {
    return ctx.meetings.list(org, from ?? null, to ?? null, page);
  }
}

@Resolver(() => Member)
export class MemberAttendanceResolver {
  @FieldResolver(() => [MemberAttendance], { description: 'Attendance at meetings you may read, between two dates (inclusive), oldest first' })
  async attendance(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string | null,
  ): Promise<MemberAttendance[]> {
    const rows = await ctx.meetings.memberAttendance(member.id, from ?? null, to ?? null);
    return rows.map((r) => ({ meeting: r.meeting.getEntity(), status: r.status, reason: r.reason, excusedStreak: r.excusedStreak }));
  }
}
