import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';
import { OversightAssignment } from './oversight-assignment.entity.js';

@InputType()
export class AssignOversightInput {
  @Field(() => ID, { description: 'The organisation followed' }) organizationId!: string;
  @Field(() => ID, { description: 'The superior committee the person sits on: above the organisation' }) committeeId!: string;
  @Field(() => ID, { nullable: true, description: 'The person, when on the member register (a member of the committee’s organisation)' }) memberId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required without memberId; defaults to the member’s name' }) fullName?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "Ủy viên Ban Thường vụ Thành ủy"' }) title?: string | null;
  @Field(() => DateScalar, { description: 'First day of the term; not in the future' }) fromDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the term, when known (may be planned ahead)' }) toDate?: string | null;
  @Field(() => Int, { nullable: true, description: 'Activities to attend per year, 1–24 (default 2)' }) requiredPerYear?: number | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears memberId, title and toDate' })
export class UpdateOversightAssignmentInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => ID, { nullable: true }) memberId?: string | null;
  @Field(() => String, { nullable: true }) fullName?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => DateScalar, { nullable: true }) fromDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) toDate?: string | null;
  @Field(() => Int, { nullable: true }) requiredPerYear?: number | null;
}

@InputType()
export class EndOversightAssignmentInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => DateScalar, { description: 'Last day of the term; not in the future' }) toDate!: string;
}

@ObjectType('OversightComplianceItem', { description: 'One assignment’s attendances in a year against what it requires' })
export class OversightComplianceItem {
  @Field(() => OversightAssignment) assignment!: OversightAssignment;
  @Field(() => Int, { description: 'Activities attended under the assignment in the year' }) attended!: number;
  @Field(() => Int, { description: 'The yearly number prorated to the part of the year the term covers, rounded up' }) required!: number;
  @Field(() => Int, { description: 'What should have been attended by today (everything, for a past year)' }) dueByNow!: number;
  @Field(() => Boolean, { description: 'attended < dueByNow' }) behind!: boolean;
}

@ObjectType('OversightCompliance', { description: 'Oversight compliance in a subtree for a year: those behind first, then by name' })
export class OversightComplianceType {
  @Field(() => Int) year!: number;
  @Field(() => DateScalar, { description: 'The day dueByNow is computed on (today)' }) asOf!: string;
  @Field(() => Int, { description: 'Assignments whose term overlaps the year' }) assignments!: number;
  @Field(() => Int, { description: 'Of which behind' }) behind!: number;
  @Field(() => [OversightComplianceItem]) items!: OversightComplianceItem[];
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
}
