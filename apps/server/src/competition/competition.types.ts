import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';
import { AwardKindEnum, CommitmentKindEnum, type AwardKind, type CommitmentKind } from './competition.enums.js';

@InputType()
export class RegisterCommitmentInput {
  @Field(() => ID, { description: 'A member currently in a cell' }) memberId!: string;
  @Field(() => Int, { description: 'From 2000 to next year' }) year!: number;
  @Field(() => CommitmentKindEnum) kind!: CommitmentKind;
  @Field(() => String, { description: 'What is promised, at most 2000 characters' }) description!: string;
  @Field(() => Float, { description: 'More than 0 (e.g. 1 initiative), at most two decimals' }) target!: number;
}

@InputType()
export class ReportCommitmentResultInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => Float, { description: '0 or more, at most two decimals' }) result!: number;
  @Field(() => String, { nullable: true, description: 'At most 2000 characters' }) note?: string | null;
}

@InputType()
export class GrantAwardInput {
  @Field(() => AwardKindEnum) kind!: AwardKind;
  @Field(() => ID, { nullable: true, description: 'The organisation honoured (or give memberId)' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The member honoured (or give organizationId)' }) memberId?: string | null;
  @Field(() => ID, { description: 'The conferring committee: the organisation itself or one above it (for a member: their cell or one above it)' }) conferredById!: string;
  @Field(() => DateScalar, { description: 'Not in the future' }) awardedOn!: string;
  @Field(() => Int, { description: 'The year of the achievement: not after the award date’s year' }) year!: number;
  @Field(() => String, { description: 'For what, at most 2000 characters' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'e.g. "125-QĐ/ĐUK", at most 64 characters' }) decisionNumber?: string | null;
}

@InputType()
export class RevokeAwardInput {
  @Field(() => ID) id!: string;
}

@ObjectType('CommitmentSummary', { description: 'Members’ commitments of one kind in a subtree for a year' })
export class CommitmentSummaryType {
  @Field(() => CommitmentKindEnum) kind!: CommitmentKind;
  @Field(() => Int, { description: 'Members with a commitment of this kind' }) members!: number;
  @Field(() => Float) target!: number;
  @Field(() => Float, { description: 'Results reported so far' }) result!: number;
  @Field(() => Int, { description: 'Members whose reported results reach their targets' }) met!: number;
}

@ObjectType('AwardCount', { description: 'Awards of one kind in a subtree for a year' })
export class AwardCountType {
  @Field(() => AwardKindEnum) kind!: AwardKind;
  @Field(() => Int, { description: 'To organisations' }) organizations!: number;
  @Field(() => Int, { description: 'To members' }) members!: number;
}
