import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { MEMBER_POSITIONS, type MemberPosition } from '@fourgood/rules';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from './member.entity.js';

/** A period of a member in one cell, [validFrom, validTo). Transfers close one and open another. */
@Entity({ tableName: 'membership' })
@Index({ name: 'membership_org_index', properties: ['organization', 'validFrom'] })
@Index({ name: 'membership_member_index', properties: ['member', 'validFrom'] })
export class Membership {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  // No index of its own (SQLite's default for a foreign key): membership_member_index leads with it.
  @ManyToOne({ entity: () => Member, ref: true, deleteRule: 'cascade', index: false })
  member!: Ref<Member>;

  // No index of its own: membership_org_index leads with it.
  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict', index: false })
  organization!: Ref<Organization>;

  @Enum({ items: () => [...MEMBER_POSITIONS], type: 'string' })
  position!: MemberPosition;

  @Property({ type: 'integer' })
  rootId!: number;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;
}
