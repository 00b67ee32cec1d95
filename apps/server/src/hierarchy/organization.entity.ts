import { Collection, Entity, Enum, Filter, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import {
  CELL_TYPES,
  COMMITTEE_SECTORS,
  ORGANIZATION_KINDS,
  type CellType,
  type CommitteeSector,
  type OrganizationKind,
} from '@fourgood/rules';
import { CellType as CellTypeEnum, CommitteeSector as SectorEnum, OrganizationKind as KindEnum } from '../graphql/enums.js';
import { scopeCondition, SCOPE_FILTER } from '../auth/scope-filter.js';
import { Node, toGlobalId } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { OrganizationLink } from './organization-link.entity.js';

/**
 * A party organisation as it stands today. Its place in the tree over time is kept in
 * OrganizationLink; `parent`, `path`, `depth` and `rootId` here repeat the open link so that
 * "as of today" questions are answered from this table alone.
 */
@Entity({ tableName: 'organization' })
@Filter({ name: SCOPE_FILTER, cond: scopeCondition('path'), default: true })
// Children of an organisation by name (the organisation page's table).
@Index({ name: 'organization_parent_name_sort_index', properties: ['parent', 'nameSort'] })
// The provinces list (kind = PROVINCIAL_COMMITTEE by name, then id): 34 rows sought, not 300,000 scanned.
@Index({ name: 'organization_kind_name_sort_index', properties: ['kind', 'nameSort', 'id'] })
@ObjectType('Organization', { implements: Node, description: 'A party organisation (tổ chức đảng)' })
export class Organization {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Stable, human-readable code, unique across the country' })
  @Property({ type: 'string', length: 64, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  name!: string;

  /** `name` folded for accent- and case-insensitive search. */
  @Property({ type: 'string', length: 300 })
  nameSearch!: string;

  /**
   * `name`'s sort key (rules: vietnameseSortKey): the alphabet's letter and tone order as bytes, so
   * lists ordered by name are an index scan (binary collation on PostgreSQL, like the paths).
   */
  @Property({ type: 'string', length: 1000 })
  nameSort!: string;

  @Field(() => KindEnum)
  @Enum({ items: () => [...ORGANIZATION_KINDS], type: 'string' })
  kind!: OrganizationKind;

  @Field(() => SectorEnum, { nullable: true, description: 'Only for directly-superior committees' })
  @Enum({ items: () => [...COMMITTEE_SECTORS], type: 'string', nullable: true })
  sector: CommitteeSector | null = null;

  @Field(() => CellTypeEnum, { nullable: true, description: 'Only for organisations that hold members' })
  @Enum({ items: () => [...CELL_TYPES], type: 'string', nullable: true })
  cellType: CellType | null = null;

  @Field(() => DateScalar, { description: 'Founding date' })
  @Property({ type: 'date' })
  foundedOn!: string;

  @Field(() => Int, { nullable: true, description: 'First day of the monthly window for the regular meeting (e.g. 4); null: no window set' })
  @Property({ type: 'integer', nullable: true })
  meetingDayFrom: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Last day of the monthly window for the regular meeting (e.g. 10)' })
  @Property({ type: 'integer', nullable: true })
  meetingDayTo: number | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer exists; null while it exists' })
  @Property({ type: 'date', nullable: true })
  dissolvedOn: string | null = null;

  @Index({ name: 'organization_parent_id_index' })
  @ManyToOne({ entity: () => Organization, nullable: true, ref: true, deleteRule: 'restrict' })
  parent: Ref<Organization> | null = null;

  /** Materialized path of the current tree ("/1/23/456/"); kept as it was on dissolution. */
  @Index({ name: 'organization_path_index' })
  @Property({ type: 'string', length: 1000 })
  path!: string;

  @Field(() => Int, { description: '0 for a province' })
  @Property({ type: 'integer' })
  depth!: number;

  /** Id of the province-level root: the distribution key on a distributed PostgreSQL. */
  @Index()
  @Property({ type: 'integer' })
  rootId!: number;

  /** Its place in the tree over time. */
  @OneToMany({ entity: () => OrganizationLink, mappedBy: 'organization' })
  links = new Collection<OrganizationLink>(this);

  get globalId(): string & Opt {
    return toGlobalId('Organization', this.id);
  }

  @Property({ type: 'Date', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
