import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The calendar day a date-dependent rollup was last brought to, one row per rollup (name
 * `AGE_BANDS`: the AGE_BAND rows of `subtree_count` count each member in its band on this day,
 * the YEAR_BAND rows in its band on 31 December of this day's year).
 * The daily job moves the rollup from this day to today and records it here, in one transaction.
 */
@Entity({ tableName: 'rollup_day' })
export class RollupDay {
  @PrimaryKey({ type: 'string', length: 32 })
  name!: string;

  /** An ISO date (YYYY-MM-DD), kept as text on both databases. */
  @Property({ type: 'string', length: 10 })
  day!: string;
}
