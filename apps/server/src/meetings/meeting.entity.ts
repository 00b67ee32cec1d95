import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { MEETING_KINDS, MEETING_QUALITIES, type MeetingKind, type MeetingQuality } from '@fourgood/rules';
import { Organization } from '../hierarchy/organization.entity.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { MeetingKind as MeetingKindEnum, MeetingQuality as MeetingQualityEnum } from './meeting.enums.js';
import { Attendance } from './attendance.entity.js';
import { MeetingGuest } from './meeting-guest.entity.js';

/**
 * One meeting of a cell (or of a grassroots cell / committee). Besides what was recorded, the row
 * keeps the facts that subtree statistics add up — attendance counts, duration, evening, inside
 * the cell's window, quality — and `orgPath`, the organisation's path on the meeting date, so a
 * subtree's meetings are one range scan of the covering index, following the dated tree.
 */
@Entity({ tableName: 'meeting' })
@ObjectType('Meeting', { implements: Node, description: 'A meeting of a cell (sinh hoạt chi bộ)' })
@Index({ name: 'meeting_organization_date_index', properties: ['organization', 'date'] })
/** The days of a span's partial months (MeetingStatsService): a date range first, then the subtree's paths. */
@Index({ name: 'meeting_date_path_index', properties: ['date', 'orgPath'] })
@Index({
  name: 'meeting_rollup_index',
  properties: ['orgPath', 'date', 'kind', 'eligibleCount', 'presentCount', 'excusedCount', 'unexcusedCount', 'evening', 'inWindow', 'quality'],
})
export class Meeting {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @Field(() => MeetingKindEnum)
  @Enum({ items: () => [...MEETING_KINDS], type: 'string' })
  kind!: MeetingKind;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  date!: string;

  @Field(() => String, { description: '"HH:MM", Vietnam time' })
  @Property({ type: 'string', length: 5 })
  startTime!: string;

  @Field(() => String, { description: '"HH:MM", Vietnam time' })
  @Property({ type: 'string', length: 5 })
  endTime!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  place!: string;

  @Field(() => String, { nullable: true, description: 'The theme of a thematic meeting' })
  @Property({ type: 'text', nullable: true })
  topic: string | null = null;

  @Field(() => Boolean, { description: 'A draft resolution was prepared beforehand' })
  @Property({ type: 'boolean' })
  draftResolution!: boolean;

  @Field(() => Boolean, { description: 'Full minutes were recorded' })
  @Property({ type: 'boolean' })
  fullMinutes!: boolean;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  /** Path of the organisation on the meeting date: where the meeting counts. */
  @Property({ type: 'string', length: 1000 })
  orgPath!: string;

  @Property({ type: 'integer' })
  rootId!: number;

  // ------------------------------------------------------------ derived facts (kept by the service)

  @Field(() => Int, { description: 'Members expected: active in the cell on the date' })
  @Property({ type: 'integer' })
  eligibleCount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  presentCount!: number;

  @Field(() => Int, { description: 'Absent with reason' })
  @Property({ type: 'integer' })
  excusedCount!: number;

  @Field(() => Int, { description: 'Absent without reason' })
  @Property({ type: 'integer' })
  unexcusedCount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => Boolean, { description: 'Started at 17:00 or later' })
  @Property({ type: 'boolean' })
  evening!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'A regular meeting inside the cell’s monthly window; null without a window or for other kinds' })
  @Property({ type: 'boolean', nullable: true })
  inWindow: boolean | null = null;

  @Field(() => MeetingQualityEnum, { nullable: true, description: 'From the approved meeting-quality assessment' })
  @Enum({ items: () => [...MEETING_QUALITIES], type: 'string', nullable: true })
  quality: MeetingQuality | null = null;

  @OneToMany({ entity: () => Attendance, mappedBy: 'meeting' })
  attendance = new Collection<Attendance>(this);

  @OneToMany({ entity: () => MeetingGuest, mappedBy: 'meeting' })
  guests = new Collection<MeetingGuest>(this);

  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion' })
  @Property({ type: 'integer', version: true })
  lockVersion!: number & Opt;

  get globalId(): string & Opt {
    return toGlobalId('Meeting', this.id);
  }

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
