import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { AWARD_KINDS, AwardKindEnum, type AwardKind } from './competition.enums.js';

/**
 * An award (giấy khen, bằng khen…) to an organisation or to a member, conferred by a committee.
 * `organization` is the organisation honoured, or the member's cell; `orgPath` its path on the
 * award date.
 */
@Entity({ tableName: 'award' })
@ObjectType('Award', { implements: Node, description: 'An award to an organisation or a member' })
@Index({ name: 'award_path_index', properties: ['orgPath', 'year', 'kind'] })
@Index({ name: 'award_member_index', properties: ['member'] })
export class Award {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => AwardKindEnum)
  @Enum({ items: () => [...AWARD_KINDS], type: 'string' })
  kind!: AwardKind;

  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  /** Set when a member is honoured; null for an organisation. */
  @ManyToOne({ entity: () => Member, ref: true, nullable: true, deleteRule: 'restrict' })
  member: Ref<Member> | null = null;

  /** The committee that conferred it. */
  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  conferredBy!: Ref<Organization>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  awardedOn!: string;

  @Field(() => Int, { description: 'The year of the achievement' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { description: 'For what' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Decision number, e.g. "125-QĐ/ĐUK"' })
  @Property({ type: 'string', length: 64, nullable: true })
  decisionNumber: string | null = null;

  @Property({ type: 'string', length: 1000 })
  orgPath!: string;

  @Property({ type: 'integer' })
  rootId!: number;

  get globalId(): string & Opt {
    return toGlobalId('Award', this.id);
  }

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
