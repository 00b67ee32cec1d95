import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CriteriaModelEnum, RatingLevelEnum } from '../criteria/criteria.enums.js';
import { OrganizationKind } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../hierarchy/organization.entity.js';

export const RatingSubjectEnum = { ORGANIZATION: 'ORGANIZATION', MEMBER: 'MEMBER' } as const;
registerEnumType(RatingSubjectEnum, { name: 'RatingSubject' });

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
  @Field(() => OrganizationKind) kind!: string;
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
}

@InputType()
export class RegisterForModelInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => CriteriaModelEnum) model!: string;
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
}

@ObjectType('ModelRegistration')
export class ModelRegistrationType {
  @Field(() => CriteriaModelEnum) model!: string;
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
  @Field(() => DateScalar, { description: 'When it was registered' }) registeredOn!: string;
}
