import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CRITERIA_MODELS, CriteriaTable, type CriteriaModelName } from '../criteria/criteria-table.entity.js';
import { CriteriaModelEnum, RatingLevelEnum } from '../criteria/criteria.enums.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import { AssessmentStatusEnum } from './assessment.enums.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { AssessmentScore } from './assessment-score.entity.js';

export const ASSESSMENT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const RATING_LEVELS = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'] as const;
export type RatingLevelName = (typeof RATING_LEVELS)[number];

/**
 * The scoring of one organisation (or one member) for one period against one published table
 * version. The organisation scores itself; the superior reviews; the reviewer's approval is
 * final and fixes `total`, `level` and `fourGood`.
 */
@Entity({ tableName: 'assessment' })
@ObjectType('Assessment', { implements: Node, description: 'The scoring of one organisation or member for one period' })
@Unique({ name: 'assessment_subject_unique', properties: ['organization', 'memberKey', 'meetingKey', 'model', 'period'] })
@Index({ name: 'assessment_path_index', properties: ['model', 'year', 'subjectPath'] })
export class Assessment {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => CriteriaTable, ref: true, deleteRule: 'restrict' })
  table!: Ref<CriteriaTable>;

  @Field(() => CriteriaModelEnum)
  @Enum({ items: () => [...CRITERIA_MODELS], type: 'string' })
  model!: CriteriaModelName;

  /** The organisation scored, or the member's cell for a member assessment. */
  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @ManyToOne({ entity: () => Member, ref: true, nullable: true, deleteRule: 'restrict' })
  member: Ref<Member> | null = null;

  /** 0 for organisation assessments: keeps the uniqueness rule simple on every database. */
  @Property({ type: 'integer' })
  memberKey!: number;

  /** The meeting scored, for a meeting-quality assessment. */
  @ManyToOne({ entity: () => Meeting, ref: true, nullable: true, deleteRule: 'cascade' })
  meeting: Ref<Meeting> | null = null;

  /** The meeting's id, 0 otherwise (the uniqueness rule, as memberKey). */
  @Property({ type: 'integer', default: 0 })
  meetingKey: number & Opt = 0;

  /** "2023", "2023-H1" or "2023-Q3". */
  @Field(() => String, { description: '"2023", "2023-H1" or "2023-Q3"' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Property({ type: 'integer' })
  year!: number;

  /** Path of the organisation on the last day of the period (or today, while it runs): where it counts. */
  @Property({ type: 'string', length: 1000 })
  subjectPath!: string;

  @Property({ type: 'integer' })
  rootId!: number;

  @Field(() => AssessmentStatusEnum)
  @Enum({ items: () => [...ASSESSMENT_STATUSES], type: 'string' })
  status: AssessmentStatus & Opt = 'DRAFT';

  @Field(() => String, { nullable: true, description: 'Why the reviewer returned it' })
  @Property({ type: 'text', nullable: true })
  returnReason: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  approvedBy: number | null = null;

  /** Final figures, set on approval from the reviewer's scores. */
  @Field(() => Float, { nullable: true, description: 'Final total, once approved' })
  @Property({ type: 'decimal', precision: 7, scale: 2, nullable: true, runtimeType: 'number' })
  total: number | null = null;

  @Field(() => RatingLevelEnum, { nullable: true, description: 'Final level, once approved' })
  @Enum({ items: () => [...RATING_LEVELS], type: 'string', nullable: true })
  level: RatingLevelName | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Final "4 good" outcome, once approved (4-good models)' })
  @Property({ type: 'boolean', nullable: true })
  fourGood: boolean | null = null;

  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion' })
  @Property({ type: 'integer', version: true })
  lockVersion!: number & Opt;

  @OneToMany({ entity: () => AssessmentScore, mappedBy: 'assessment' })
  scores = new Collection<AssessmentScore>(this);

  get globalId(): string & Opt {
    return toGlobalId('Assessment', this.id);
  }

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
