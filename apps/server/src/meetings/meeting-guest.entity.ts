import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { OversightAssignment } from '../oversight/oversight-assignment.entity.js';
import { Meeting } from './meeting.entity.js';

/**
 * A member of a superior committee who attended the meeting. When they attend under an
 * oversight assignment (phân công phụ trách) the row points to it: that is what compliance counts.
 */
@Entity({ tableName: 'meeting_guest' })
@Index({ name: 'meeting_guest_assignment_index', properties: ['assignment', 'date'] })
export class MeetingGuest {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => Meeting, ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @ManyToOne({ entity: () => OversightAssignment, ref: true, nullable: true, deleteRule: 'set null' })
  assignment: Ref<OversightAssignment> | null = null;

  @Property({ type: 'string', length: 200 })
  fullName!: string;

  /** e.g. "Bí thư Thành ủy". */
  @Property({ type: 'string', length: 200, nullable: true })
  title: string | null = null;

  /** The meeting's date, repeated for the compliance count. */
  @Property({ type: 'date' })
  date!: string;
}
