import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CriteriaModelEnum, RatingLevelEnum } from '../criteria/criteria.enums.js';
import { CellType, OrganizationKind } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../hierarchy/organization.entity.js';

export const RatingSubjectEnum = { ORGANIZATION: 'ORGANIZATION', MEMBER: 'MEMBER' } as const;
registerEnumType(RatingSubjectEnum, { name: 'RatingSubject' });

export const ExcellentCapScopeEnum = { PER_KIND: 'PER_KIND', TOGETHER: 'TOGETHER' } as const;
registerEnumType(ExcellentCapScopeEnum, {
  name: 'ExcellentCapScope',
  description: 'Which organisations under one superior the excellent cap compares: each kind apart (PER_KIND, the default reading of Regulation 366) or all together',
});

@InputType('RatingFilter', { description: 'Which rated organisations count: by kind (grassroots organisations: GRASSROOTS_COMMITTEE and GRASSROOTS_CELL) and cell type; for members, those of their cell' })
export class RatingFilterInput {
  @Field(() => [OrganizationKind], { nullable: true }) kinds?: string[] | null;
  @Field(() => [CellType], { nullable: true }) cellTypes?: string[] | null;
}

@ObjectType('LevelCount')
export class LevelCountType {
  @Field(() => RatingLevelEnum) level!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Share of those rated, 0–100' }) percent!: number;
}

@ObjectType('RatingDistribution', { description: 'Rating levels in a subtree for one year, with counts and percentages' })
export class RatingDistributionType {
  @Field(() => Int) year!: number;
  @Field(() => RatingSubjectEnum) subject!: string;
  @Field(() => Int) rated!: number;
  @Field(() => [LevelCountType]) levels!: LevelCountType[];
}

@ObjectType('FourGoodRollup', { description: '"4 good" in a subtree for one year, following the structure on 31 December' })
export class FourGoodRollupType {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Registered for the model that year' }) registered!: number;
  @Field(() => Int, { description: 'Approved assessments' }) evaluated!: number;
  @Field(() => Int, { description: 'Reached "4 good"' }) reached!: number;
}

@ObjectType('ExcellentCapExcess', { description: 'A superior whose comparable organisations have more "excellent" than allowed' })
export class ExcellentCapExcess {
  @Field(() => Organization, { nullable: true }) superior!: Organization | null;
  @Field(() => OrganizationKind, { nullable: true, description: 'The kind compared; null when every kind is compared together (scope TOGETHER)' }) kind!: string | null;
  @Field(() => Int) good!: number;
  @Field(() => Int) excellent!: number;
  @Field(() => Int) allowed!: number;
  @Field(() => Int) over!: number;
}

@ObjectType('Rating', { description: 'An annual quality rating' })
export class RatingType {
  @Field(() => Int) year!: number;
  @Field(() => RatingLevelEnum) level!: string;
  @Field(() => Float, { nullable: true }) points!: number | null;
  @Field(() => [String], { description: 'Veto items that fired' }) vetoes!: string[];
  @Field(() => Boolean, { description: 'Comes from an approved assessment' }) fromAssessment!: boolean;
  @Field(() => RatingLevelEnum, { nullable: true, description: 'The level of the organisation’s approved assessment for the year ("4 good" or rating table), if any' })
  assessedLevel!: string | null;
  @Field(() => Boolean, { description: 'The level is above the approved assessment’s: set by a rating decision, shown as a discrepancy' })
  aboveAssessment!: boolean;
  @Field(() => String, { nullable: true, description: 'The rating decision that set a level above the assessment' }) decision!: string | null;
  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion to replace this rating' }) lockVersion!: number;
}

@InputType()
export class RecordRatingInput {
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => ID, { nullable: true }) memberId?: string | null;
  @Field(() => Int) year!: number;
  @Field(() => RatingLevelEnum) level!: 'EXCELLENT' | 'GOOD' | 'COMPLETED' | 'NOT_COMPLETED';
  @Field(() => Float, { nullable: true, description: 'When given, the level may not be above the band these points reach' }) points?: number | null;
  @Field(() => ID, { nullable: true, description: 'The published rating table whose score bands the level is checked against (default: the regulation’s 90 / 70 / 50)' })
  tableId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required to replace an existing rating: the lockVersion it was read with (CONFLICT when stale); not needed for a new one' })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'The rating decision ("1265-QĐ/ĐUK"): required for a level above the organisation’s approved assessment for the year' })
  decision?: string | null;
}

@InputType()
export class RegisterForModelInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => CriteriaModelEnum) model!: string;
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
  @Field(() => DateScalar, { nullable: true, description: 'The day the registration took effect (today when omitted); not in the future, by the end of toYear' })
  registeredOn?: string | null;
}

@ObjectType('ModelRegistration')
export class ModelRegistrationType {
  @Field(() => CriteriaModelEnum) model!: string;
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
  @Field(() => DateScalar, { description: 'When it was registered' }) registeredOn!: string;
}
