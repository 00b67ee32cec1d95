import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const SUBTREE_DIMENSIONS = ['KIND', 'STATUS', 'GENDER', 'BIRTH_YEAR', 'AGE_BAND', 'YEAR_BAND'] as const;
export type SubtreeDimension = (typeof SUBTREE_DIMENSIONS)[number];

/**
 * Today's counts over the whole subtree of each organisation, one row per (organisation,
 * dimension, key): organisations below it by KIND, its current members by STATUS, GENDER,
 * BIRTH_YEAR, AGE_BAND (the exact band on the day recorded in `rollup_day` as AGE_BANDS, moved
 * by the daily job as birthdays cross the band thresholds: see age-band-rollup.ts) and YEAR_BAND
 * (the band on 31 December of that day's year: the bands of callers who may not read birth
 * dates, rules' ageBandDate; moved by the same job when the day changes year). Maintained in the
 * same transaction as every change that moves members or organisations, so a drill-down reads a
 * few rows per child instead of every member.
 */
@Entity({ tableName: 'subtree_count' })
@Index({ name: 'subtree_count_root_index', properties: ['rootId'] })
export class SubtreeCount {
  @PrimaryKey({ type: 'integer' })
  organizationId!: number;

  @PrimaryKey({ type: 'string', length: 16 })
  @Enum({ items: () => [...SUBTREE_DIMENSIONS], type: 'string' })
  dimension!: SubtreeDimension;

  @PrimaryKey({ type: 'string', length: 32 })
  key!: string;

  @Property({ type: 'integer' })
  n!: number;

  /** Province-level root of the organisation: the distribution key. */
  @Property({ type: 'integer' })
  rootId!: number;
}
