import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organization } from './organization.entity.js';

/**
 * One period of an organisation's place in the tree: its parent and its full path from
 * `validFrom` (inclusive) to `validTo` (exclusive; null while open). A move, merge or
 * dissolution closes the open rows of the subtree and opens new ones, so the tree can be read
 * as of any date with a path range and a date test.
 */
@Entity({ tableName: 'organization_link' })
@Index({ name: 'organization_link_path_index', properties: ['path', 'validFrom'] })
@Index({ name: 'organization_link_parent_index', properties: ['parent', 'validFrom'] })
@Index({ name: 'organization_link_org_index', properties: ['organization', 'validFrom'] })
export class OrganizationLink {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'restrict' })
  parent: Ref<Organization> | null = null;

  @Property({ type: 'string', length: 1000 })
  path!: string;

  @Property({ type: 'integer' })
  depth!: number;

  @Property({ type: 'integer' })
  rootId!: number;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;
}
