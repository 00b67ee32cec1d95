import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The cells of a subtree over a calendar year, rolled up: for each (path, year), the cells that
 * sat under `path` at some time that year (the dated tree, `organization_link`) and, summed over
 * them, what was due over the days they sat there and what they held (regular meetings in the
 * due months, thematic ones in the due quarters, from meeting_cell_year), with the cells behind.
 * These are the figures of MeetingStatsService's steps 1 and 3 for a whole calendar year, which
 * then read one row of the subtree's path instead of walking its cells' periods (4,017 for a
 * 500,000-member province). Due months and quarters are counted as if the year were over, so a
 * row answers a past year; a span from Jan 1 to an earlier day (the running year up to today)
 * reads meeting_subtree_stage and meeting_subtree_entry, kept with it.
 *
 * Kept in the transaction of every change that moves a cell's periods (creating, moving,
 * merging, dissolving organisations, from the change's date on) or its months and quarters held
 * (every meeting write), for the years from the one `rollup_day` MEETING_SUBTREE_YEARS names to
 * the one MEETING_SUBTREE_LAST names (the daily job adds a new year); rebuilt after bulk loads and
 * at start-up when missing (meetings/meeting-subtree-years.ts).
 * Rows with cells = 0 are not kept.
 */
@Entity({ tableName: 'meeting_subtree_year' })
export class MeetingSubtreeYear {
  /** The subtree's path during that year (a row per path the organisation had). */
  @PrimaryKey({ type: 'string', length: 1000 })
  path!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  /** Cells (CELL, GRASSROOTS_CELL) under `path` at some time that year. */
  @Property({ type: 'integer' }) cells!: number;
  /** Months due over their days there (monthsDue of each period), summed. */
  @Property({ type: 'integer' }) monthsDue!: number;
  /** Per cell and period, the due months with a regular meeting (at most the months due), summed. */
  @Property({ type: 'integer' }) monthsHeld!: number;
  @Property({ type: 'integer' }) quartersDue!: number;
  @Property({ type: 'integer' }) quartersHeld!: number;
  /** Cells with a due month without a regular meeting. */
  @Property({ type: 'integer' }) behindRegular!: number;
  /** Cells with a due quarter without a thematic meeting. */
  @Property({ type: 'integer' }) behindThematic!: number;
}
