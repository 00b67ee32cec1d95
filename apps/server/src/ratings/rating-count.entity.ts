import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Ratings rolled up by where they count: for each (subject, year, path, level), how many ratings
 * of that year lie in the subtree whose path on the evaluation date was `path` (an organisation's
 * ratings count above it, not at its own path; a member's count at its cell's path and above).
 * A rating's `org_path` never changes, so a row never moves: an organisation's distribution for a
 * year is the rows of its path on that year's evaluation date (organization_link). Kept in the
 * transaction of every rating written (RatingService.record, assessment approval), rebuilt after
 * bulk loads (rebuildRatingCounts).
 */
@Entity({ tableName: 'rating_count' })
@Index({ name: 'rating_count_root_index', properties: ['rootId'] })
export class RatingCount {
  @PrimaryKey({ type: 'string', length: 16 })
  subject!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @PrimaryKey({ type: 'string', length: 1000 })
  path!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  level!: string;

  @Property({ type: 'integer' })
  n!: number;

  /** Province-level root of `path`. */
  @Property({ type: 'integer' })
  rootId!: number;
}
