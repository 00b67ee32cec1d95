import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { asOfDate } from '../common/dates.js';
import type { Context } from '../context.js';
import { idOf, optionalIdOf } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { OversightAssignment } from './oversight-assignment.entity.js';
import {
  AssignOversightInput,
  EndOversightAssignmentInput,
  OversightComplianceType,
  UpdateOversightAssignmentInput,
} from './oversight.types.js';
import { cost, COST } from '../graphql/cost.js';

@Resolver(() => OversightAssignment)
export class OversightAssignmentResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation followed' })
  organization(@Root() a: OversightAssignment, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(a.organization.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The superior committee the person sits on; null when outside your scope' })
  committee(@Root() a: OversightAssignment, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(a.committee.id);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The person on the member register; null when not linked or outside your scope' })
  member(@Root() a: OversightAssignment, @Ctx() ctx: Context) {
    return a.member ? ctx.loaders.member.load(a.member.id) : null;
  }

  @Mutation(() => OversightAssignment, { description: 'Assigns a superior committee member to follow an organisation for a term (EDIT on the committee)' })
  assignOversight(@Ctx() ctx: Context, @Arg('input', () => AssignOversightInput) input: AssignOversightInput) {
    return ctx.oversight.assign({
      organizationId: idOf('Organization', input.organizationId, 'input.organizationId'),
      committeeId: idOf('Organization', input.committeeId, 'input.committeeId'),
      memberId: optionalIdOf('Member', input.memberId, 'input.memberId'),
      fullName: input.fullName,
      title: input.title,
      fromDate: input.fromDate,
      toDate: input.toDate,
      requiredPerYear: input.requiredPerYear,
    });
  }

  @Mutation(() => OversightAssignment, { description: 'Corrects an assignment: person, title, term, attendances per year' })
  updateOversightAssignment(@Ctx() ctx: Context, @Arg('input', () => UpdateOversightAssignmentInput) input: UpdateOversightAssignmentInput) {
    return ctx.oversight.update(idOf('OversightAssignment', input.id, 'input.id'), input.expectedVersion, {
      memberId: input.memberId === undefined ? undefined : input.memberId === null ? null : idOf('Member', input.memberId, 'input.memberId'),
      fullName: input.fullName,
      title: input.title,
      fromDate: input.fromDate,
      toDate: input.toDate,
      requiredPerYear: input.requiredPerYear,
    });
  }

  @Mutation(() => OversightAssignment, { description: 'Ends an assignment’s term' })
  endOversightAssignment(@Ctx() ctx: Context, @Arg('input', () => EndOversightAssignmentInput) input: EndOversightAssignmentInput) {
    return ctx.oversight.end(idOf('OversightAssignment', input.id, 'input.id'), input.expectedVersion, input.toDate);
  }
}

@Resolver(() => Organization)
export class OrganizationOversightResolver {
  @FieldResolver(() => [OversightAssignment], { description: 'Superior committee members assigned to follow it (those in office on activeOn when given), latest term first' })
  oversightAssignments(@Root() org: Organization, @Ctx() ctx: Context, @Arg('activeOn', () => DateScalar, { nullable: true }) activeOn?: string | null) {
    return ctx.oversight.ofOrganization(org, activeOn == null ? null : asOfDate(activeOn, ctx.today, 'activeOn'));
  }

  @FieldResolver(() => OversightComplianceType, { description: 'Oversight assignments in its subtree for a year and who is behind', complexity: cost.of(2 * COST.statement) })
  oversightCompliance(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 200 (default 50)' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('behindOnly', () => Boolean, { nullable: true, description: 'Only those behind' }) behindOnly?: boolean | null,
  ) {
    return ctx.oversight.compliance(org, year, { first, after, behindOnly });
  }
}
