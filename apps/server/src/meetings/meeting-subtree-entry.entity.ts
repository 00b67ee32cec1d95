import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * When cells first sat in a subtree in a calendar year: for each (path, year, day), the cells
 * whose first day under `path` that year (the dated tree, `organization_link`) was that day (Jan 1
 * for those there when the year began). The cells of a span from Jan 1 to a day T are the sum of
 * the rows up to T (MeetingStatsService, with meeting_subtree_stage); all of them are
 * meeting_subtree_year's cells. Kept with meeting_subtree_year (meetings/meeting-subtree-years.ts).
 */
@Entity({ tableName: 'meeting_subtree_entry' })
export class MeetingSubtreeEntry {
  @PrimaryKey({ type: 'string', length: 1000 })
  path!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  /** The day, as month × 100 + day (0101 for Jan 1). */
  @PrimaryKey({ type: 'integer' })
  day!: number;

  @Property({ type: 'integer' }) cells!: number;
}
