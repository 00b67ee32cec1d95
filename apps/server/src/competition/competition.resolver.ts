import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { commitmentMet } from '@fourgood/rules';
import type { Context } from '../context.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs } from '../graphql/relay.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { ModelRegistrationType } from '../ratings/rating.types.js';
import { Award } from './award.entity.js';
import {
  AwardCountType,
  CommitmentSummaryType,
  GrantAwardInput,
  RegisterCommitmentInput,
  ReportCommitmentResultInput,
  RevokeAwardInput,
} from './competition.types.js';
import { MemberCommitment } from './member-commitment.entity.js';
import { cost, COST } from '../graphql/cost.js';

export const AwardConnection = ConnectionType(Award, 'Award');

@Resolver(() => MemberCommitment)
export class MemberCommitmentResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Root() c: MemberCommitment, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(c.member.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The member’s cell when it was registered' })
  organization(@Root() c: MemberCommitment, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(c.organization.id);
  }

  @FieldResolver(() => Boolean, { description: 'A result is reported and reaches the target' })
  met(@Root() c: MemberCommitment) {
    return commitmentMet(Number(c.target), c.result === null ? null : Number(c.result));
  }

  @Mutation(() => MemberCommitment, { description: 'Registers a member’s competition commitment for a year (EDIT on the member’s cell)' })
  registerCommitment(@Ctx() ctx: Context, @Arg('input', () => RegisterCommitmentInput) input: RegisterCommitmentInput) {
    return ctx.competition.registerCommitment({ ...input, memberId: idOf('Member', input.memberId, 'input.memberId') });
  }

  @Mutation(() => MemberCommitment, { description: 'Reports (or corrects) what a commitment achieved' })
  reportCommitmentResult(@Ctx() ctx: Context, @Arg('input', () => ReportCommitmentResultInput) input: ReportCommitmentResultInput) {
    return ctx.competition.reportResult(idOf('MemberCommitment', input.id, 'input.id'), input.expectedVersion, input.result, input.note);
  }
}

@Resolver(() => Award)
export class AwardResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation honoured, or the member’s cell on the award date' })
  organization(@Root() a: Award, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(a.organization.id);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member honoured; null for an award to an organisation' })
  member(@Root() a: Award, @Ctx() ctx: Context) {
    return a.member ? ctx.loaders.member.load(a.member.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The conferring committee; null when outside your scope' })
  conferredBy(@Root() a: Award, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(a.conferredBy.id);
  }

  @Mutation(() => Award, { description: 'Records an award to an organisation or a member (EDIT on the conferring committee)' })
  grantAward(@Ctx() ctx: Context, @Arg('input', () => GrantAwardInput) input: GrantAwardInput) {
    return ctx.competition.grantAward({
      ...input,
      organizationId: optionalIdOf('Organization', input.organizationId, 'input.organizationId'),
      memberId: optionalIdOf('Member', input.memberId, 'input.memberId'),
      conferredById: idOf('Organization', input.conferredById, 'input.conferredById'),
    });
  }

  @Mutation(() => ID, { description: 'Deletes an award recorded by mistake (EDIT on the conferring committee); returns its id' })
  async revokeAward(@Ctx() ctx: Context, @Arg('input', () => RevokeAwardInput) input: RevokeAwardInput) {
    await ctx.competition.revokeAward(idOf('Award', input.id, 'input.id'));
    return input.id;
  }
}

@Resolver(() => Organization)
export class OrganizationCompetitionResolver {
  @FieldResolver(() => [ModelRegistrationType], { description: 'Its registrations for models (e.g. "4 good" 2023–2025), latest first' })
  async registrations(@Root() org: Organization, @Ctx() ctx: Context): Promise<ModelRegistrationType[]> {
    const rows = await ctx.competition.registrations(org);
    return rows.map((r) => ({ model: r.model, fromYear: r.fromYear, toYear: r.toYear, registeredOn: r.registeredOn }));
  }

  @FieldResolver(() => [CommitmentSummaryType], { description: 'Members’ commitments in its subtree for a year, per kind', complexity: cost.of(COST.statement, { list: true }) })
  commitmentSummary(@Root() org: Organization, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return ctx.competition.commitmentSummary(org, year);
  }

  @FieldResolver(() => AwardConnection, { description: 'Awards to it and its members (subtree: to anyone in its subtree), newest first' })
  awards(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('subtree', () => Boolean, { nullable: true, defaultValue: false }) subtree?: boolean | null,
  ) {
    return ctx.competition.awards(org, { year, subtree }, page);
  }

  @FieldResolver(() => [AwardCountType], { description: 'Awards of a year in its subtree, per kind', complexity: cost.of(COST.statement, { list: true }) })
  awardCounts(@Root() org: Organization, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return ctx.competition.awardCounts(org, year);
  }
}

@Resolver(() => Member)
export class MemberCompetitionResolver {
  @FieldResolver(() => [MemberCommitment], { description: 'Competition commitments (of one year when given), latest year first' })
  commitments(@Root() member: Member, @Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number | null) {
    return ctx.competition.commitments(member.id, year ?? null);
  }

  @FieldResolver(() => [Award], { description: 'Awards to the member, newest first' })
  awards(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.competition.memberAwards(member.id);
  }
}
