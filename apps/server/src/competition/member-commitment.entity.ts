import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { COMMITMENT_KINDS, CommitmentKindEnum, type CommitmentKind } from './competition.enums.js';

/**
 * A member's competition commitment for a year (e.g. at least one technical initiative, seed 002)
 * and its result. `organization`/`orgPath` are the member's cell when it was registered.
 */
@Entity({ tableName: 'member_commitment' })
@ObjectType('MemberCommitment', { implements: Node, description: 'A member’s yearly competition commitment and its result' })
@Index({ name: 'member_commitment_path_index', properties: ['orgPath', 'year', 'kind'] })
@Index({ name: 'member_commitment_member_index', properties: ['member', 'year'] })
export class MemberCommitment {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => Member, ref: true, deleteRule: 'restrict' })
  member!: Ref<Member>;

  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => CommitmentKindEnum)
  @Enum({ items: () => [...COMMITMENT_KINDS], type: 'string' })
  kind!: CommitmentKind;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Float, { description: 'What was promised (e.g. 1 initiative)' })
  @Property({ type: 'decimal', precision: 9, scale: 2, runtimeType: 'number' })
  target!: number;

  @Field(() => Float, { nullable: true, description: 'What was achieved; null until reported' })
  @Property({ type: 'decimal', precision: 9, scale: 2, nullable: true, runtimeType: 'number' })
  result: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resultNote: string | null = null;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  registeredOn!: string;

  @Property({ type: 'string', length: 1000 })
  orgPath!: string;

  @Property({ type: 'integer' })
  rootId!: number;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  lockVersion!: number & Opt;

  get globalId(): string & Opt {
    return toGlobalId('MemberCommitment', this.id);
  }

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
