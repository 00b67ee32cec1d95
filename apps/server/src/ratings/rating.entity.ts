import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Assessment, RATING_LEVELS, type RatingLevelName } from '../assessments/assessment.entity.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';

export const RATING_SUBJECTS = ['ORGANIZATION', 'MEMBER'] as const;
export type RatingSubject = (typeof RATING_SUBJECTS)[number];

/**
 * The annual quality rating (xếp loại chất lượng) of one organisation or member for one year.
 * `orgPath` is where it counts: the path of the organisation (the member's cell) on the
 * evaluation date — history is append-only, so it never needs rewriting.
 */
@Entity({ tableName: 'rating' })
@Unique({ name: 'rating_subject_unique', properties: ['subject', 'organization', 'memberKey', 'year'] })
@Index({ name: 'rating_rollup_index', properties: ['subject', 'year', 'orgPath', 'level'] })
export class Rating {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Enum({ items: () => [...RATING_SUBJECTS], type: 'string' })
  subject!: RatingSubject;

  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @ManyToOne({ entity: () => Member, ref: true, nullable: true, deleteRule: 'restrict' })
  member: Ref<Member> | null = null;

  @Property({ type: 'integer' })
  memberKey!: number;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => [...RATING_LEVELS], type: 'string' })
  level!: RatingLevelName;

  @Property({ type: 'decimal', precision: 7, scale: 2, nullable: true, runtimeType: 'number' })
  points: number | null = null;

  /** Codes of the veto items that fired. */
  @Property({ type: 'json', nullable: true })
  vetoes: string[] | null = null;

  @ManyToOne({ entity: () => Assessment, ref: true, nullable: true, deleteRule: 'set null' })
  assessment: Ref<Assessment> | null = null;

  @Property({ type: 'date' })
  evaluatedOn!: string;

  /**
   * The rating decision ("1265-QĐ/ĐUK") that set a level above the organisation's approved
   * assessment for the year; null otherwise.
   */
  @Property({ type: 'string', length: 100, nullable: true })
  decision: string | null = null;

  @Property({ type: 'string', length: 1000 })
  orgPath!: string;

  @Property({ type: 'integer' })
  rootId!: number;

  /** Optimistic lock: recordRating replaces a rating only when given the version it read. */
  @Property({ type: 'integer', version: true })
  lockVersion!: number & Opt;
}
