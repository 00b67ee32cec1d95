import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Organization } from '../hierarchy/organization.entity.js';
import { ROLES, type Role } from './roles.js';
import { User } from './user.entity.js';

/** One role over one organisation's subtree (or the whole country when `organization` is null). */
@Entity({ tableName: 'role_grant' })
@Index({ properties: ['user'] })
export class RoleGrant {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => [...ROLES], type: 'string' })
  role!: Role;

  @Index({ name: 'role_grant_organization_id_index' })
  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'restrict' })
  organization: Ref<Organization> | null = null;

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
