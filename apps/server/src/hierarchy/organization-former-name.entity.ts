import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organization } from './organization.entity.js';

/**
 * A name an organisation carried before a rename (`updateOrganization` with a new name writes
 * one row in the same transaction), so that search still finds it by the name people remember.
 */
@Entity({ tableName: 'organization_former_name' })
export class OrganizationFormerName {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Index({ name: 'organization_former_name_organization_id_index' })
  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @Property({ type: 'string', length: 300 })
  name!: string;

  /** `name` folded (packages/rules foldText) for accent- and case-insensitive search. */
  @Property({ type: 'string', length: 300 })
  nameSearch!: string;

  /** Last day the organisation carried this name (the rename took effect the next day). */
  @Property({ type: 'date' })
  usedUntil!: string;
}
