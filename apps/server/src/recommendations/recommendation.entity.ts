import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Organization } from '../hierarchy/organization.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { RecommendationStatusEnum } from './recommendation.enums.js';

export const RECOMMENDATION_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'DECLINED'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/**
 * A recommendation (kiến nghị) raised at a meeting that the cell cannot settle itself: escalated
 * to a superior committee and tracked until resolved or declined. `orgPath` is the raising
 * organisation's path on the day it was raised.
 */
@Entity({ tableName: 'recommendation' })
@ObjectType('Recommendation', { implements: Node, description: 'A recommendation raised at a meeting and tracked to its resolution' })
@Index({ name: 'recommendation_rollup_index', properties: ['orgPath', 'status', 'raisedOn'] })
export class Recommendation {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @ManyToOne({ entity: () => Meeting, ref: true, nullable: true, deleteRule: 'set null' })
  meeting: Ref<Meeting> | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { description: 'Who raised it' })
  @Property({ type: 'string', length: 200 })
  raisedBy!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  raisedOn!: string;

  /** The superior committee it was escalated to (an ancestor of the organisation). */
  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'restrict' })
  escalatedTo: Ref<Organization> | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  escalatedOn: string | null = null;

  @Field(() => RecommendationStatusEnum)
  @Enum({ items: () => [...RECOMMENDATION_STATUSES], type: 'string' })
  status: RecommendationStatus & Opt = 'OPEN';

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolutionNote: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was resolved or declined' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Property({ type: 'string', length: 1000 })
  orgPath!: string;

  @Property({ type: 'integer' })
  rootId!: number;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  lockVersion!: number & Opt;

  get globalId(): string & Opt {
    return toGlobalId('Recommendation', this.id);
  }

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
