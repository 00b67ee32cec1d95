import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The cells of a subtree over the part of a calendar year up to a day, rolled up: for each
 * (path, year, asOf) where `asOf` is a day of the year on which a month or quarter falls due
 * (the days MeetingStatsService's rules make something due: the 10th of each month, the last day
 * of each quarter; the year's last one is meeting_subtree_year's), summed over the cells that sat
 * under `path` that year, what was due from Jan 1 over their days there counted as of that day
 * (monthsDue and quartersDue with `today` = that day), what they held in those months and
 * quarters (meeting_cell_year), and the cells behind. What is due only changes on those days, so
 * a span from Jan 1 to any day T of the year (the running year up to today, the default view)
 * reads the row of the last such day up to T; its cells are counted from meeting_subtree_entry.
 * A date change needs no write: the rows do not depend on today.
 *
 * Kept with meeting_subtree_year (meetings/meeting-subtree-years.ts, same changes, same years).
 * Rows whose figures are all 0 are not kept.
 */
@Entity({ tableName: 'meeting_subtree_stage' })
export class MeetingSubtreeStage {
  @PrimaryKey({ type: 'string', length: 1000 })
  path!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  /** The day of the year the figures stand on, as month × 100 + day (0110 for Jan 10). */
  @PrimaryKey({ type: 'integer' })
  asOf!: number;

  /** Months due from Jan 1 to asOf over the cells' days there (monthsDue of each period), summed. */
  @Property({ type: 'integer' }) monthsDue!: number;
  /** Per cell and period, the due months with a regular meeting (at most the months due), summed. */
  @Property({ type: 'integer' }) monthsHeld!: number;
  @Property({ type: 'integer' }) quartersDue!: number;
  @Property({ type: 'integer' }) quartersHeld!: number;
  /** Cells with a month due by asOf without a regular meeting. */
  @Property({ type: 'integer' }) behindRegular!: number;
  /** Cells with a quarter due by asOf without a thematic meeting. */
  @Property({ type: 'integer' }) behindThematic!: number;
}
