import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';

@ObjectType('MeetingStats', {
  description:
    'Meetings of a subtree over a span of dates, following the dated tree: a meeting counts where its organisation sat on the meeting date, ' +
    'a cell for the part of the span it sat in the subtree. A cell owes a regular meeting for every month whose 10th falls in that part (up to today) ' +
    'and a thematic meeting for every quarter whose last day does. Shares are 0–1.',
})
export class MeetingStats {
  @Field(() => DateScalar, { description: 'First day counted' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day counted: the end asked for, or today when earlier' })
  to!: string;

  @Field(() => Int, { description: 'Organisations holding members (cells, grassroots cells) that sat in the subtree at some time in the span' })
  cells!: number;

  @Field(() => Int, { description: 'Meetings of every kind held in the subtree' })
  meetings!: number;

  @Field(() => Int, { description: 'Regular meetings held (REGULAR and REGULAR_WITH_THEMATIC)' })
  regularHeld!: number;

  @Field(() => Int, { description: 'Per cell, the months due in which it held its regular meeting (on any day of that month, wherever it sat then), summed over the cells (at most regularDue)' })
  regularMonthsHeld!: number;

  @Field(() => Int, { description: 'Per cell, the months due over the part of the span it sat in the subtree, summed over the cells' })
  regularDue!: number;

  @Field(() => Int, { description: 'Regular meetings held inside their cell’s monthly window (cells without a window never count)' })
  regularInWindow!: number;

  @Field(() => Int, { description: 'Cells with at least one month due without a regular meeting' })
  cellsBehindOnRegular!: number;

  @Field(() => Int, { description: 'Thematic meetings held (THEMATIC and REGULAR_WITH_THEMATIC)' })
  thematicHeld!: number;

  @Field(() => Int, { description: 'Per cell, the quarters due in which it held at least one thematic meeting (on any day of that quarter, wherever it sat then), summed over the cells (at most thematicQuartersDue)' })
  thematicQuartersCovered!: number;

  @Field(() => Int, { description: 'Per cell, the quarters due over the part of the span it sat in the subtree, summed over the cells' })
  thematicQuartersDue!: number;

  @Field(() => Int, { description: 'Cells with at least one quarter due without a thematic meeting' })
  cellsBehindOnThematic!: number;

  @Field(() => Int, { description: 'Members expected (on the roll), summed over the meetings' })
  eligible!: number;

  @Field(() => Int, { description: 'Members present, summed over the meetings' })
  present!: number;

  @Field(() => Float, { nullable: true, description: 'present / eligible; null when no meeting was held' })
  attendanceRate!: number | null;

  @Field(() => Int, { description: 'Absences with reason, summed over the meetings' })
  excusedAbsences!: number;

  @Field(() => Int, { description: 'Absences without reason, summed over the meetings' })
  unexcusedAbsences!: number;

  @Field(() => Int, {
    description: 'Members absent with reason more than 3 times in a row: distinct members with an attendance in the span (in the subtree) that ended such a run',
  })
  membersExcusedStreak!: number;

  @Field(() => Int, { description: 'Meetings that started at 17:00 or later' })
  eveningMeetings!: number;

  @Field(() => Float, { nullable: true, description: 'eveningMeetings / meetings; null when no meeting was held' })
  eveningShare!: number | null;

  @Field(() => Int, { description: 'Meetings with a quality from an approved meeting-quality assessment' })
  ratedMeetings!: number;

  @Field(() => Int, { description: 'Meetings rated good' })
  ratedGood!: number;

  @Field(() => Float, { nullable: true, description: 'ratedGood / ratedMeetings; null when no meeting was rated' })
  ratedGoodShare!: number | null;
}
