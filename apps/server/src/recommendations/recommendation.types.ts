import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';
import type { RecommendationStatus } from './recommendation.entity.js';
import { RecommendationStatusEnum } from './recommendation.enums.js';

@InputType()
export class RaiseRecommendationInput {
  @Field(() => ID, { description: 'The organisation where it was raised' }) organizationId!: string;
  @Field(() => ID, { nullable: true, description: 'The meeting it was raised at: one of that organisation’s meetings' }) meetingId?: string | null;
  @Field(() => String, { description: 'At most 4000 characters' }) text!: string;
  @Field(() => String, { description: 'Who raised it, at most 200 characters' }) raisedBy!: string;
  @Field(() => DateScalar, { description: 'Not in the future, not before the meeting' }) raisedOn!: string;
  @Field(() => ID, { nullable: true, description: 'The superior committee it is escalated to (above the organisation)' }) escalatedToId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to raisedOn' }) escalatedOn?: string | null;
}

@InputType({ description: 'Fields left out stay as they are' })
export class UpdateRecommendationInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => RecommendationStatusEnum, { nullable: true, description: 'OPEN → IN_PROGRESS → RESOLVED or DECLINED (final)' }) status?: RecommendationStatus | null;
  @Field(() => String, { nullable: true, description: 'Required with RESOLVED or DECLINED' }) resolutionNote?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'With RESOLVED or DECLINED; defaults to today' }) closedOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'Escalates (again) to a committee above the organisation' }) escalatedToId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'With escalatedToId; defaults to today' }) escalatedOn?: string | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true }) raisedBy?: string | null;
}

@ObjectType('RecommendationStats', { description: 'Recommendations raised in a subtree: counts by status and the age of those still open (today)' })
export class RecommendationStatsType {
  @Field(() => Int) open!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) resolved!: number;
  @Field(() => Int) declined!: number;
  @Field(() => Int, { nullable: true, description: 'Days since the oldest open or in-progress one was raised' }) oldestOpenDays!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average days since the open and in-progress ones were raised' }) averageOpenDays!: number | null;
}
