import { Field, ID, InputType, Int } from 'type-graphql';
import type { Gender as GenderT, MemberPosition as PositionT, MemberStatus as StatusT } from '@fourgood/rules';
import { Gender, MemberPosition, MemberStatus } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';

@InputType()
export class MemberFilterInput {
  @Field(() => [MemberStatus], { nullable: true }) status?: StatusT[] | null;
  @Field(() => Gender, { nullable: true }) gender?: GenderT | null;
  @Field(() => [MemberPosition], { nullable: true }) position?: PositionT[] | null;
  @Field(() => Int, { nullable: true, description: 'Age at least (as the age field shows it: today’s age, or the age reached this year for those who do not read birth dates)' }) minAge?: number | null;
  @Field(() => Int, { nullable: true, description: 'Age at most (as the age field shows it)' }) maxAge?: number | null;
  @Field(() => String, { nullable: true, description: 'Name (accent- and case-insensitive) or the start of the card number' })
  search?: string | null;
}

@InputType()
export class CreateMemberInput {
  @Field(() => String) cardNumber!: string;
  @Field(() => String) fullName!: string;
  @Field(() => Gender) gender!: GenderT;
  @Field(() => DateScalar) birthDate!: string;
  @Field(() => DateScalar) joinedOn!: string;
  @Field(() => DateScalar, { nullable: true }) officialOn?: string | null;
  @Field(() => MemberPosition) position!: PositionT;
  @Field(() => ID, { description: 'The cell' }) organizationId!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day in the cell; today when omitted' }) since?: string | null;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) cardNumber?: string | null;
  @Field(() => String, { nullable: true }) fullName?: string | null;
  @Field(() => Gender, { nullable: true }) gender?: GenderT | null;
  @Field(() => DateScalar, { nullable: true }) birthDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) joinedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) officialOn?: string | null;
  @Field(() => MemberPosition, { nullable: true }) position?: PositionT | null;
}

@InputType()
export class TransferMemberInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The receiving cell' }) organizationId!: string;
  @Field(() => DateScalar) effectiveOn!: string;
}

@InputType()
export class ChangeMemberStatusInput {
  @Field(() => ID) id!: string;
  @Field(() => MemberStatus) status!: StatusT;
  @Field(() => DateScalar) effectiveOn!: string;
}
