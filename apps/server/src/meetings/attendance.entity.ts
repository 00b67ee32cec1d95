import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@fourgood/rules';
import { Member } from '../members/member.entity.js';
import { Meeting } from './meeting.entity.js';

/**
 * One member's attendance at one meeting. `date` and `orgPath` repeat the meeting's so that a
 * member's record and a subtree's flags are index scans; `excusedStreak` is the run of
 * consecutive absences with reason ending here (kept by the service in date order).
 */
@Entity({ tableName: 'attendance' })
@Unique({ name: 'attendance_meeting_member_unique', properties: ['meeting', 'member'] })
@Index({ name: 'attendance_member_date_index', properties: ['member', 'date'] })
@Index({ name: 'attendance_streak_index', properties: ['excusedStreak', 'orgPath', 'date', 'member'] })
export class Attendance {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => Meeting, ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @ManyToOne({ entity: () => Member, ref: true, deleteRule: 'restrict' })
  member!: Ref<Member>;

  @Enum({ items: () => [...ATTENDANCE_STATUSES], type: 'string' })
  status!: AttendanceStatus;

  /** Why an excused member was absent. */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'string', length: 1000 })
  orgPath!: string;

  @Property({ type: 'integer' })
  excusedStreak: number = 0;
}
