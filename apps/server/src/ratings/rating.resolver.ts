import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { RatingLevelEnum } from '../criteria/criteria.enums.js';
import { invalid } from '../graphql/errors.js';
import { idOf, optionalIdOf } from '../graphql/relay.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { isAbove, type CellType, type ExcellentCapScope, type OrganizationKind, type RatingLevel } from '@fourgood/rules';
import type { Rating, RatingSubject } from './rating.entity.js';
import type { RatingFilter } from './rating.service.js';
import {
  ExcellentCapExcess,
  ExcellentCapScopeEnum,
  RatingFilterInput,
  FourGoodRollupType,
  ModelRegistrationType,
  RatingDistributionType,
  RatingSubjectEnum,
  RatingType,
  RecordRatingInput,
  RegisterForModelInput,
} from './rating.types.js';
import { cost, COST } from '../graphql/cost.js';

function toRatingType(r: Rating, assessed: Map<number, RatingLevel> = new Map()): RatingType {
  const assessedLevel = assessed.get(r.year) ?? null;
  return {
    year: r.year,
    level: r.level,
    points: r.points,
    vetoes: r.vetoes ?? [],
    fromAssessment: r.assessment !== null,
    lockVersion: r.lockVersion,
    assessedLevel,
    aboveAssessment: assessedLevel !== null && isAbove(r.level, assessedLevel),
    decision: r.decision,
  };
}

function filterOf(filter: RatingFilterInput | null | undefined): RatingFilter | null {
  return filter ? { kinds: (filter.kinds ?? null) as OrganizationKind[] | null, cellTypes: (filter.cellTypes ?? null) as CellType[] | null } : null;
}

function checkYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid(field, 'A year from 2000 to 2100', 'BAD_YEAR', { min: 2000, max: 2100 });
  return year;
}

@Resolver(() => Organization)
export class OrganizationRatingResolver {
  @FieldResolver(() => RatingDistributionType, { description: 'Rating levels of the organisations below it, or of its members, for a year', complexity: cost.of(COST.batched) })
  ratingDistribution(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('subject', () => RatingSubjectEnum) subject: RatingSubject,
    @Arg('filter', () => RatingFilterInput, { nullable: true, description: 'Count only organisations of these kinds / cell types (members: of such cells)' }) filter?: RatingFilterInput | null,
  ) {
    return ctx.ratings.distribution(org, checkYear(year), subject, filterOf(filter));
  }

  @FieldResolver(() => [RatingDistributionType], { description: 'The distribution year by year (at most 20 years)', complexity: cost.perYear(COST.batched) })
  ratingTrend(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Arg('subject', () => RatingSubjectEnum) subject: RatingSubject,
    @Arg('filter', () => RatingFilterInput, { nullable: true, description: 'As in ratingDistribution' }) filter?: RatingFilterInput | null,
  ) {
    return ctx.ratings.trend(org, fromYear, toYear, subject, filterOf(filter));
  }

  @FieldResolver(() => FourGoodRollupType, { description: '"4 good" in its subtree: registered, evaluated, reached', complexity: cost.of(2 * COST.statement) })
  fourGood(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('filter', () => RatingFilterInput, { nullable: true, description: 'Count only organisations of these kinds / cell types' }) filter?: RatingFilterInput | null,
  ) {
    return ctx.ratings.fourGood(org, checkYear(year), filterOf(filter));
  }

  @FieldResolver(() => RatingLevelEnum, { nullable: true, description: 'Its own rating level in a year; null when not rated (batched over a list’s rows)', complexity: cost.of(COST.batched) })
  ratingLevel(@Root() org: Organization, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return ctx.loaders.ownRatingLevel.load({ orgId: org.id, year: checkYear(year) });
  }

  @FieldResolver(() => FourGoodRollupType, {
    description: '"4 good" counting itself and everything below it, in its subtree as at the year’s evaluation (a cell: its own registration and result); batched over a list’s rows',
    complexity: cost.of(COST.batched),
  })
  fourGoodWithin(@Root() org: Organization, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return ctx.loaders.fourGoodWithin.load({ orgId: org.id, year: checkYear(year) });
  }

  @FieldResolver(() => [ExcellentCapExcess], { description: 'Superiors in its subtree where "excellent" exceeds the cap (20% of "good")', complexity: cost.of(COST.statement, { list: true }) })
  async excellentCapExcesses(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('scope', () => ExcellentCapScopeEnum, { nullable: true, description: 'PER_KIND (default) or TOGETHER' }) scope?: ExcellentCapScope | null,
  ): Promise<ExcellentCapExcess[]> {
    const rows = await ctx.ratings.excellentCap(org, checkYear(year), { scope: scope ?? undefined });
    return Promise.all(rows.map(async (r) => ({ ...r, superior: await ctx.loaders.organization.load(r.superiorId) })));
  }

  @FieldResolver(() => [RatingType], { description: 'Its own annual ratings, newest first' })
  async ratings(@Root() org: Organization, @Ctx() ctx: Context) {
    const assessed = await ctx.ratings.assessedLevels(org.id);
    return (await ctx.ratings.ratingsOf('ORGANIZATION', org.id)).map((r) => toRatingType(r, assessed));
  }
}

@Resolver(() => Member)
export class MemberRatingResolver {
  @FieldResolver(() => [RatingType], { description: 'Annual ratings, newest first' })
  async ratings(@Root() member: Member, @Ctx() ctx: Context) {
    return (await ctx.ratings.ratingsOf('MEMBER', member.id)).map((r) => toRatingType(r));
  }
}

@Resolver()
export class RatingMutationResolver {
  @Mutation(() => RatingType, { description: 'Records an annual rating directly (the superior’s staff), e.g. for years rated outside the app' })
  async recordRating(@Ctx() ctx: Context, @Arg('input', () => RecordRatingInput) input: RecordRatingInput) {
    const rating = await ctx.ratings.record({
      organizationId: optionalIdOf('Organization', input.organizationId, 'input.organizationId'),
      memberId: optionalIdOf('Member', input.memberId, 'input.memberId'),
      year: input.year,
      level: input.level,
      points: input.points,
      expectedVersion: input.expectedVersion,
      tableId: optionalIdOf('CriteriaTable', input.tableId, 'input.tableId'),
      decision: input.decision,
    });
    return toRatingType(rating, rating.member ? new Map() : await ctx.ratings.assessedLevels(rating.organization.id));
  }

  @Mutation(() => ModelRegistrationType, { description: 'Registers an organisation for a model over a span of years' })
  async registerForModel(@Ctx() ctx: Context, @Arg('input', () => RegisterForModelInput) input: RegisterForModelInput) {
    const r = await ctx.ratings.register({ ...input, organizationId: idOf('Organization', input.organizationId, 'input.organizationId') });
    return { model: r.model, fromYear: r.fromYear, toYear: r.toYear, registeredOn: r.registeredOn };
  }
}
