import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { MEMBER_STATUSES, type MemberStatus } from '@fourgood/rules';
import { Member } from './member.entity.js';

/** A member's status over [validFrom, validTo). */
@Entity({ tableName: 'member_status_period' })
@Index({ name: 'member_status_period_member_index', properties: ['member', 'validFrom'] })
export class MemberStatusPeriod {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  // No index of its own (SQLite's default for a foreign key): member_status_period_member_index leads with it.
  @ManyToOne({ entity: () => Member, ref: true, deleteRule: 'cascade', index: false })
  member!: Ref<Member>;

  @Enum({ items: () => [...MEMBER_STATUSES], type: 'string' })
  status!: MemberStatus;

  @Property({ type: 'integer' })
  rootId!: number;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;
}
