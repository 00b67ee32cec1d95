import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Members flagged for absences with reason in a row, rolled up by where and when: for each
 * (path, year, member), the attendance rows of that member in that calendar year whose run of
 * absences with reason (`attendance.excused_streak`) reached EXCUSED_STREAK_FLAG and whose path
 * on the meeting date (`attendance.org_path`) lies in the subtree of `path` — every prefix of
 * the row's path, its own cell's included. Like meeting_month, a row never moves (attendance
 * keeps the path of its date). `membersExcusedStreak` over whole years of a subtree is then a
 * count of distinct members over the rows of the subtree's path then and those years (one index
 * range, a few thousand rows for a 500,000-member province) instead of seeks of
 * attendance_streak_index per streak value; only the days of partial years read `attendance`
 * (MeetingStatsService, step 4). Kept in the transaction of every meeting write (the members
 * whose streaks were recomputed, from the year of the change on), rebuilt after bulk loads
 * (rebuildMeetingRollups). Rows with flagged = 0 are not kept.
 */
@Entity({ tableName: 'meeting_streak_year' })
@Index({ name: 'meeting_streak_year_member_index', properties: ['memberId', 'year'] })
export class MeetingStreakYear {
  @PrimaryKey({ type: 'string', length: 1000 })
  path!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @PrimaryKey({ type: 'integer' })
  memberId!: number;

  /** Attendance rows of the member that year under `path` with a run of absences with reason ≥ EXCUSED_STREAK_FLAG. */
  @Property({ type: 'integer' })
  flagged!: number;
}
