import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgeBand, CellType, Gender, MemberPosition, MemberStatus, OrganizationKind } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { AGE_BANDS, GENDERS, MEMBER_STATUSES, ORGANIZATION_KINDS } from '@fourgood/rules';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { AgeBand as AgeBandT, Gender as GenderT, MemberStatus as StatusT, OrganizationKind as KindT } from '@fourgood/rules';

export const MemberDimension = { STATUS: 'STATUS', GENDER: 'GENDER', AGE_BAND: 'AGE_BAND', POSITION: 'POSITION', CHILD: 'CHILD' } as const;
registerEnumType(MemberDimension, { name: 'MemberDimension', description: 'What member counts can be grouped by' });
export const OrganizationDimension = { KIND: 'KIND', CELL_TYPE: 'CELL_TYPE', CHILD: 'CHILD' } as const;
registerEnumType(OrganizationDimension, { name: 'OrganizationDimension', description: 'What organisation counts can be grouped by' });

@ObjectType('KindCount', { simpleResolvers: true, description: 'A non-zero count (values with no organisation are left out)' })
export class KindCount {
  @Field(() => OrganizationKind) kind!: KindT;
  @Field(() => Int) count!: number;
}

@ObjectType('StatusCount', { simpleResolvers: true, description: 'A non-zero count (values with no member are left out)' })
export class StatusCount {
  @Field(() => MemberStatus) status!: StatusT;
  @Field(() => Int) count!: number;
}

@ObjectType('GenderCount', { simpleResolvers: true, description: 'A non-zero count (values with no member are left out)' })
export class GenderCount {
  @Field(() => Gender) gender!: GenderT;
  @Field(() => Int) count!: number;
}

@ObjectType('AgeBandCount', { simpleResolvers: true, description: 'A non-zero count (values with no member are left out)' })
export class AgeBandCount {
  @Field(() => AgeBand) ageBand!: AgeBandT;
  @Field(() => Int) count!: number;
}

/** Query cost of a list with one entry per value of an enum at most (not the default LIST_ITEMS guess). */
const entries = (n: number) => ({ childComplexity }: ComplexityEstimatorArgs) => 1 + n * childComplexity;

// Simple resolvers (no global middleware: graphql-js reads the property): these objects are plain
// counts built by StatsService, never an Organization or Member, so the scope guard has nothing to
// check on them; about 4,000 of them in a drill-down of 200 children (issue #14).
@ObjectType('OrganizationStats', { simpleResolvers: true, description: 'Counts over the whole subtree of an organisation on one date; the lists hold only non-zero counts, in the order of their enum' })
export class OrganizationStats {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int, { description: 'Organisations under it (not counting itself)' }) organizations!: number;
  @Field(() => [KindCount], { complexity: entries(ORGANIZATION_KINDS.length) }) organizationsByKind!: KindCount[];
  @Field(() => Int, { description: 'Members in its cells' }) members!: number;
  @Field(() => [StatusCount], { complexity: entries(MEMBER_STATUSES.length) }) membersByStatus!: StatusCount[];
  @Field(() => [GenderCount], { complexity: entries(GENDERS.length) }) membersByGender!: GenderCount[];
  @Field(() => [AgeBandCount], { complexity: entries(AGE_BANDS.length) }) membersByAgeBand!: AgeBandCount[];
}

@ObjectType('MemberCount', { description: 'One group of a memberCounts query; dimensions not grouped by are null' })
export class MemberCount {
  @Field(() => MemberStatus, { nullable: true }) status?: StatusT | null;
  @Field(() => Gender, { nullable: true }) gender?: GenderT | null;
  @Field(() => AgeBand, { nullable: true }) ageBand?: AgeBandT | null;
  @Field(() => MemberPosition, { nullable: true }) position?: string | null;
  /** Resolved by the field resolver from childId. */
  childId?: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType('OrganizationCount', { description: 'One group of an organizationCounts query; dimensions not grouped by are null' })
export class OrganizationCount {
  @Field(() => OrganizationKind, { nullable: true }) kind?: KindT | null;
  @Field(() => CellType, { nullable: true }) cellType?: string | null;
  childId?: number | null;
  @Field(() => Int) count!: number;
}

export { Organization };
