import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { Gender as GenderT, MemberPosition as PositionT, MemberStatus as StatusT } from '@fourgood/rules';
import { Gender, MemberPosition, MemberStatus, SortDirection } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';
import { RatingLevelEnum } from '../criteria/criteria.enums.js';

@InputType()
export class MemberFilterInput {
  @Field(() => [MemberStatus], { nullable: true }) status?: StatusT[] | null;
  @Field(() => Gender, { nullable: true }) gender?: GenderT | null;
  @Field(() => [MemberPosition], { nullable: true }) position?: PositionT[] | null;
  @Field(() => Int, { nullable: true, description: 'Age at least (as the age field shows it: today’s age, or the age reached this year for those who do not read birth dates)' }) minAge?: number | null;
  @Field(() => Int, { nullable: true, description: 'Age at most (as the age field shows it)' }) maxAge?: number | null;
  @Field(() => String, { nullable: true, description: 'Name (accent- and case-insensitive) or the start of the card number' })
  search?: string | null;
  @Field(() => RatingLevelEnum, { nullable: true, description: 'Only members rated at this level in `year` (those counted by ratingDistribution(subject: MEMBER))' })
  ratingLevel?: string | null;
  @Field(() => Int, { nullable: true, description: 'The year of ratingLevel (required with it)' }) year?: number | null;
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

export enum MemberOrderField {
  NAME = 'NAME',
  CARD_NUMBER = 'CARD_NUMBER',
  JOINED_ON = 'JOINED_ON',
}
registerEnumType(MemberOrderField, {
  name: 'MemberOrderField',
  description: 'How a list of members is ordered',
  valuesConfig: {
    NAME: { description: 'By given name, then middle name, then family name, in the Vietnamese alphabet’s letter and tone order' },
    CARD_NUMBER: { description: 'By party card number' },
    JOINED_ON: { description: 'By the date admitted to the party' },
  },
});

@InputType({ description: 'Order of a member list; ties by id, so pages never overlap' })
export class MemberOrder {
  @Field(() => MemberOrderField) field!: MemberOrderField;
  @Field(() => SortDirection, { nullable: true, description: 'ASC when omitted' }) direction?: SortDirection | null;
}
