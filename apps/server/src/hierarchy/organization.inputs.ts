import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { RatingLevelEnum } from '../criteria/criteria.enums.js';
import type { CellType as CellTypeT, CommitteeSector as SectorT, OrganizationKind as KindT } from '@fourgood/rules';
import { CellType, CommitteeSector, OrganizationKind, SortDirection } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';

@InputType()
export class CreateOrganizationInput {
  @Field(() => String, { description: 'Unique code, 2–64 of A–Z a–z 0–9 . _ -' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganizationKind) kind!: KindT;
  @Field(() => CommitteeSector, { nullable: true, description: 'Required for directly-superior committees' }) sector?: SectorT | null;
  @Field(() => CellType, { nullable: true, description: 'Required for cells and grassroots cells' }) cellType?: CellTypeT | null;
  @Field(() => ID, { nullable: true, description: 'Parent organisation; none for a provincial committee' }) parentId?: string | null;
  @Field(() => DateScalar) foundedOn!: string;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true, description: 'A new name, carried from effectiveOn' }) name?: string | null;
  @Field(() => CommitteeSector, { nullable: true }) sector?: SectorT | null;
  @Field(() => CellType, { nullable: true }) cellType?: CellTypeT | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'First day of the new name; today when omitted. Not in the future, not before the founding nor the previous rename; on the day the current name took effect it replaces that name. Code, sector and cell type are corrections, not dated',
  })
  effectiveOn?: string | null;
}

@InputType()
export class MoveOrganizationInput {
  @Field(() => ID) id!: string;
  @Field(() => ID) newParentId!: string;
  @Field(() => DateScalar, { description: 'First day under the new parent; not in the future' }) effectiveOn!: string;
}

@InputType()
export class MergeOrganizationsInput {
  @Field(() => ID, { description: 'Dissolved by the merger' }) sourceId!: string;
  @Field(() => ID, { description: 'Receives the children and members of the source' }) targetId!: string;
  @Field(() => DateScalar) effectiveOn!: string;
}

@InputType()
export class DissolveOrganizationInput {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: 'First day it no longer exists' }) effectiveOn!: string;
}

export enum FourGoodState {
  REGISTERED = 'REGISTERED',
  EVALUATED = 'EVALUATED',
  REACHED = 'REACHED',
}
registerEnumType(FourGoodState, { name: 'FourGoodState', description: 'A figure of the "4 good" rollup: registered, evaluated, reached' });

@InputType()
export class DescendantFilter {
  @Field(() => OrganizationKind, { nullable: true }) kind?: KindT | null;
  @Field(() => CellType, { nullable: true }) cellType?: CellTypeT | null;
  @Field(() => String, { nullable: true, description: 'Name or code; accent- and case-insensitive' }) search?: string | null;
  @Field(() => Int, { nullable: true, description: 'The year of ratingLevel and fourGood (required with them)' }) year?: number | null;
  @Field(() => RatingLevelEnum, { nullable: true, description: 'Only organisations rated at this level in `year` (those counted by ratingDistribution(subject: ORGANIZATION))' })
  ratingLevel?: string | null;
  @Field(() => FourGoodState, { nullable: true, description: 'Only organisations registered for, evaluated on or reaching "4 good" in `year` (those counted by fourGood)' })
  fourGood?: FourGoodState | null;
}

export enum OrganizationOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  MEMBER_COUNT = 'MEMBER_COUNT',
  RATING = 'RATING',
}
registerEnumType(OrganizationOrderField, {
  name: 'OrganizationOrderField',
  description: 'How a list of organisations is ordered',
  valuesConfig: {
    NAME: { description: 'By name, in the Vietnamese alphabet’s letter and tone order' },
    CODE: { description: 'By code' },
    MEMBER_COUNT: { description: 'By the members of its subtree today (lists read today only)' },
    RATING: { description: 'By its own rating level in `year` (not rated lowest)' },
  },
});

@InputType({ description: 'Order of an organisation list; ties by id, so pages never overlap' })
export class OrganizationOrder {
  @Field(() => OrganizationOrderField) field!: OrganizationOrderField;
  @Field(() => SortDirection, { nullable: true, description: 'ASC when omitted' }) direction?: SortDirection | null;
  @Field(() => Int, { nullable: true, description: 'RATING: the year rated; the year before asOf’s when omitted' }) year?: number | null;
}
