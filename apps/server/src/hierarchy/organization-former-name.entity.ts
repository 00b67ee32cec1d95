import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organization } from './organization.entity.js';

/**
 * A name an organisation carried before a rename, and the days it carried it (`updateOrganization`
 * with a new name and its effective date writes one row in the same transaction): reading the tree
 * as of a past day shows the name of that day (hierarchy/former-names.ts), and search still finds
 * the organisation by the name people remember. The current name is carried from the day after
 * the last row's `usedUntil` (from the founding day when there is none).
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

  /**
   * First day the organisation carried this name: its founding day or the day of the rename that
   * gave it. After a rename on the founding day or on the day of the previous rename (which
   * replace the name rather than date a new one) no row is written, so ranges never overlap.
   */
  @Property({ type: 'date' })
  usedFrom!: string;

  /** Last day the organisation carried this name (the rename took effect the next day). */
  @Property({ type: 'date' })
  usedUntil!: string;
}
