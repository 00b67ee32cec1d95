import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Per organisation holding meetings and year: how many regular meetings it held in each month
 * (m1–m12) and thematic meetings in each quarter (q1–q4), wherever it sat then. A cell's months
 * and quarters held over any period are one row per year (MeetingStatsService, step 3), instead
 * of seeks of `meeting` per cell. Keyed by the organisation, so moves of the tree leave it as it
 * is. Kept with meeting_month in the transaction of every meeting write, rebuilt after bulk loads
 * (rebuildMeetingRollups). Rows whose counts are all 0 are not kept.
 */
@Entity({ tableName: 'meeting_cell_year' })
export class MeetingCellYear {
  @PrimaryKey({ type: 'integer' })
  organizationId!: number;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' }) m1!: number;
  @Property({ type: 'integer' }) m2!: number;
  @Property({ type: 'integer' }) m3!: number;
  @Property({ type: 'integer' }) m4!: number;
  @Property({ type: 'integer' }) m5!: number;
  @Property({ type: 'integer' }) m6!: number;
  @Property({ type: 'integer' }) m7!: number;
  @Property({ type: 'integer' }) m8!: number;
  @Property({ type: 'integer' }) m9!: number;
  @Property({ type: 'integer' }) m10!: number;
  @Property({ type: 'integer' }) m11!: number;
  @Property({ type: 'integer' }) m12!: number;
  @Property({ type: 'integer' }) q1!: number;
  @Property({ type: 'integer' }) q2!: number;
  @Property({ type: 'integer' }) q3!: number;
  @Property({ type: 'integer' }) q4!: number;
}
