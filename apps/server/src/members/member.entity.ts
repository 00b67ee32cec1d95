import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import {
  GENDERS,
  MEMBER_POSITIONS,
  MEMBER_STATUSES,
  type Gender,
  type MemberPosition,
  type MemberStatus,
} from '@fourgood/rules';
import { Gender as GenderEnum, MemberPosition as PositionEnum, MemberStatus as StatusEnum } from '../graphql/enums.js';
import { scopeCondition, SCOPE_FILTER } from '../auth/scope-filter.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../hierarchy/organization.entity.js';

/**
 * A party member (đảng viên). `organization`, `orgPath`, `position` and `status` repeat the
 * open Membership and MemberStatusPeriod rows so that today's counts read this table alone.
 */
@Entity({ tableName: 'member' })
@Filter({ name: SCOPE_FILTER, cond: scopeCondition('orgPath'), default: true })
// Covering index of today's subtree counts: a range of org_path yields status, gender and birth date.
@Index({ name: 'member_org_path_index', properties: ['orgPath', 'status', 'gender', 'birthDate'] })
// The age-band correction of today's counts: members of a province born within a few given days, with their cell.
@Index({ name: 'member_root_birth_index', properties: ['rootId', 'birthDate', 'orgPath'] })
// A cell's (or subtree's) members by name.
@Index({ name: 'member_org_path_name_sort_index', properties: ['orgPath', 'nameSort'] })
@ObjectType('Member', { implements: Node, description: 'A party member (đảng viên)' })
export class Member {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Party card number (số thẻ đảng viên), unique' })
  @Property({ type: 'string', length: 32, unique: true })
  cardNumber!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fullName!: string;

  @Property({ type: 'string', length: 200 })
  nameSearch!: string;

  /** Sort key of the name: given, middle, then family name in the alphabet's order (rules: personNameSortKey). */
  @Property({ type: 'string', length: 1000 })
  nameSort!: string;

  @Field(() => GenderEnum)
  @Enum({ items: () => [...GENDERS], type: 'string' })
  gender!: Gender;

  /** Personal data: exposed by MemberResolver.birthDate to staff and admins of the member's scope only. */
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => DateScalar, { description: 'Date admitted to the party' })
  @Property({ type: 'date' })
  joinedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date made official after the 12 months of probation; null while probationary' })
  @Property({ type: 'date', nullable: true })
  officialOn: string | null = null;

  @Field(() => PositionEnum)
  @Enum({ items: () => [...MEMBER_POSITIONS], type: 'string' })
  position!: MemberPosition;

  @Field(() => StatusEnum)
  @Enum({ items: () => [...MEMBER_STATUSES], type: 'string' })
  status!: MemberStatus;

  /** Current cell; null once membership ended (transferred out, deceased, removed). */
  @Index({ name: 'member_organization_id_index' })
  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'restrict' })
  organization: Ref<Organization> | null = null;

  /** Path of the current cell, for subtree ranges. */
  @Property({ type: 'string', length: 1000, nullable: true })
  orgPath: string | null = null;

  /** Province-level root of the current (or last) cell: the distribution key (indexed first in member_root_birth_index). */
  @Property({ type: 'integer' })
  rootId!: number;

  get globalId(): string & Opt {
    return toGlobalId('Member', this.id);
  }

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
