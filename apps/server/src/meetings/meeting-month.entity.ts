import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Meetings rolled up by where and when they count: for each (path, month), the sums over the
 * meetings of that calendar month whose organisation's path on the meeting date (`meeting.org_path`)
 * lies in the subtree of `path` — every prefix of a meeting's path, its own organisation's
 * included. A meeting's path never changes (the tree moves after it, not the meeting), so a row
 * never moves: a subtree's whole months of a span are the rows of its path then, and only the
 * days of a span's partial months are read from `meeting`. Kept in the transaction of every
 * meeting write (MeetingService: record, update, delete, window; assessment approval for the
 * quality), rebuilt after bulk loads (rebuildMeetingRollups). Rows with meetings = 0 are not kept.
 */
@Entity({ tableName: 'meeting_month' })
@Index({ name: 'meeting_month_root_index', properties: ['rootId'] })
export class MeetingMonth {
  @PrimaryKey({ type: 'string', length: 1000 })
  path!: string;

  /** year × 12 + month − 1 (monthIndex of @fourgood/rules). */
  @PrimaryKey({ type: 'integer' })
  month!: number;

  /** Province-level root of `path`. */
  @Property({ type: 'integer' })
  rootId!: number;

  @Property({ type: 'integer' })
  meetings!: number;

  /** REGULAR and REGULAR_WITH_THEMATIC. */
  @Property({ type: 'integer' })
  regular!: number;

  /** Regular meetings inside their cell's window. */
  @Property({ type: 'integer' })
  inWindow!: number;

  /** THEMATIC and REGULAR_WITH_THEMATIC. */
  @Property({ type: 'integer' })
  thematic!: number;

  @Property({ type: 'integer' })
  eligible!: number;

  @Property({ type: 'integer' })
  present!: number;

  @Property({ type: 'integer' })
  excused!: number;

  @Property({ type: 'integer' })
  unexcused!: number;

  @Property({ type: 'integer' })
  evening!: number;

  /** Meetings with a quality. */
  @Property({ type: 'integer' })
  rated!: number;

  /** Meetings of quality GOOD. */
  @Property({ type: 'integer' })
  good!: number;
}
