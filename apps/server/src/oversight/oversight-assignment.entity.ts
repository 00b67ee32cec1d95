import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';

/**
 * Phân công phụ trách: a member of a superior committee is assigned to an organisation for a
 * term and must attend its activities a number of times a year (2 by default, seed 003).
 * `orgPath` is the assigned organisation's current path (scope and subtree lists).
 */
@Entity({ tableName: 'oversight_assignment' })
@ObjectType('OversightAssignment', { implements: Node, description: 'A superior committee member assigned to an organisation (phân công phụ trách)' })
@Index({ name: 'oversight_assignment_path_index', properties: ['orgPath', 'fromDate'] })
@Index({ name: 'oversight_assignment_committee_index', properties: ['committee', 'fromDate'] })
export class OversightAssignment {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** The organisation followed. */
  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  organization!: Ref<Organization>;

  /** The superior committee the person sits on (an ancestor of `organization`). */
  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  committee!: Ref<Organization>;

  /** The person, when they are on the member register. */
  @ManyToOne({ entity: () => Member, ref: true, nullable: true, deleteRule: 'restrict' })
  member: Ref<Member> | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fullName!: string;

  /** e.g. "Ủy viên Ban Thường vụ Thành ủy". */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  title: string | null = null;

  @Field(() => DateScalar, { description: 'First day of the term' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the term; null while it runs' })
  @Property({ type: 'date', nullable: true })
  toDate: string | null = null;

  @Field(() => Int, { description: 'Activities to attend per year' })
  @Property({ type: 'integer' })
  requiredPerYear: number = 2;

  @Property({ type: 'string', length: 1000 })
  orgPath!: string;

  @Property({ type: 'integer' })
  rootId!: number;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  lockVersion!: number & Opt;

  get globalId(): string & Opt {
    return toGlobalId('OversightAssignment', this.id);
  }

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
