import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { CELL_TYPES, ORGANIZATION_KINDS, type CellType, type OrganizationKind } from '@fourgood/rules';
import { CellType as CellTypeEnum, OrganizationKind as KindEnum } from '../graphql/enums.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import { CriteriaModelEnum, TableStatusEnum } from './criteria.enums.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { CriteriaGroup } from './criteria-group.entity.js';
import { CriteriaItem } from './criteria-item.entity.js';

export const CRITERIA_MODELS = ['FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING', 'MEMBER_RATING', 'MEETING_QUALITY'] as const;
export type CriteriaModelName = (typeof CRITERIA_MODELS)[number];
export const TABLE_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type TableStatus = (typeof TABLE_STATUSES)[number];

/**
 * One version of a criteria table (bảng tiêu chí). Versions of the same table share `seriesCode`;
 * a draft is edited freely, publishing freezes it for good, and editing a published table means
 * a new draft version. `lockVersion` gives optimistic locking: a save names the version it edited.
 */
@Entity({ tableName: 'criteria_table' })
@ObjectType('CriteriaTable', { implements: Node, description: 'One version of a criteria table (bảng tiêu chí)' })
@Unique({ name: 'criteria_table_series_version_unique', properties: ['seriesCode', 'version'] })
@Index({ name: 'criteria_table_owner_index', properties: ['owner', 'model'] })
export class CriteriaTable {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** Stable code of the table across its versions, e.g. "QN-KCCQ-4T-CQ". */
  @Field(() => String, { description: 'Code shared by every version of the table' })
  @Property({ type: 'string', length: 64 })
  seriesCode!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => CriteriaModelEnum)
  @Enum({ items: () => [...CRITERIA_MODELS], type: 'string' })
  model!: CriteriaModelName;

  /** Variant: the kind of organisation it scores (null: any kind the model applies to). */
  @Field(() => KindEnum, { nullable: true, description: 'Variant: the kind of organisation it scores' })
  @Enum({ items: () => [...ORGANIZATION_KINDS], type: 'string', nullable: true })
  organizationKind: OrganizationKind | null = null;

  /** Variant: the cell type it scores (null: every type). */
  @Field(() => CellTypeEnum, { nullable: true, description: 'Variant: the cell type it scores' })
  @Enum({ items: () => [...CELL_TYPES], type: 'string', nullable: true })
  cellType: CellType | null = null;

  /** The province or bloc that publishes it. */
  @ManyToOne({ entity: () => Organization, ref: true, deleteRule: 'restrict' })
  owner!: Ref<Organization>;

  /** Path of the owner when created, for scoped reading. */
  @Property({ type: 'string', length: 1000 })
  ownerPath!: string;

  @Field(() => TableStatusEnum)
  @Enum({ items: () => [...TABLE_STATUSES], type: 'string' })
  status: TableStatus & Opt = 'DRAFT';

  /** Outcome rules (threshold, bands, caps) as JSON: see OutcomeRules in @fourgood/rules. */
  @Property({ type: 'json' })
  outcome!: Record<string, number>;

  /** Demo tables are marked, so nobody mistakes them for official ones. */
  @Field(() => Boolean, { description: 'A demo table, not an official one' })
  @Property({ type: 'boolean' })
  isExample: boolean & Opt = false;

  @ManyToOne({ entity: () => CriteriaTable, ref: true, nullable: true, deleteRule: 'set null' })
  basedOn: Ref<CriteriaTable> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion when saving' })
  @Property({ type: 'integer', version: true })
  lockVersion!: number & Opt;

  @OneToMany({ entity: () => CriteriaGroup, mappedBy: 'table', orderBy: { position: 'asc' } })
  groups = new Collection<CriteriaGroup>(this);

  @OneToMany({ entity: () => CriteriaItem, mappedBy: 'table', orderBy: { position: 'asc' } })
  items = new Collection<CriteriaItem>(this);

  get globalId(): string & Opt {
    return toGlobalId('CriteriaTable', this.id);
  }

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
