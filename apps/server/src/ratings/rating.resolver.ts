import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { invalid } from '../graphql/errors.js';
import { idOf, optionalIdOf } from '../graphql/relay.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import type { Rating, RatingSubject } from './rating.entity.js';
import {
  ExcellentCapExcess,
  FourGoodRollupType,
  ModelRegistrationType,
  RatingDistributionType,
  RatingSubjectEnum,
  RatingType,
  RecordRatingInput,
  RegisterForModelInput,
} from './rating.types.js';
import { cost, COST } from '../graphql/cost.js';

function toRatingType(r: Rating): RatingType {
  return { year: r.year, level: r.level, points: r.points, vetoes: r.vetoes ?? [], fromAssessment: r.assessment !== null, lockVersion: r.lockVersion };
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
  ) {
    return ctx.ratings.distribution(org, checkYear(year), subject);
  }

  @FieldResolver(() => [RatingDistributionType], { description: 'The distribution year by year (at most 20 years)', complexity: cost.perYear(COST.batched) })
  ratingTrend(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Arg('subject', () => RatingSubjectEnum) subject: RatingSubject,
  ) {
    return ctx.ratings.trend(org, fromYear, toYear, subject);
  }

  @FieldResolver(() => FourGoodRollupType, { description: '"4 good" in its subtree: registered, evaluated, reached', complexity: cost.of(2 * COST.statement) })
  fourGood(@Root() org: Organization, @Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return ctx.ratings.fourGood(org, checkYear(year));
  }

  @FieldResolver(() => [ExcellentCapExcess], { description: 'Superiors in its subtree where "excellent" exceeds the cap (20% of "good")', complexity: cost.of(COST.statement, { list: true }) })
  async excellentCapExcesses(@Root() org: Organization, @Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<ExcellentCapExcess[]> {
    const rows = await ctx.ratings.excellentCap(org, checkYear(year));
    return Promise.all(rows.map(async (r) => ({ ...r, superior: await ctx.loaders.organization.load(r.superiorId) })));
  }

  @FieldResolver(() => [RatingType], { description: 'Its own annual ratings, newest first' })
  async ratings(@Root() org: Organization, @Ctx() ctx: Context) {
    return (await ctx.ratings.ratingsOf('ORGANIZATION', org.id)).map(toRatingType);
  }
}

@Resolver(() => Member)
export class MemberRatingResolver {
  @FieldResolver(() => [RatingType], { description: 'Annual ratings, newest first' })
  async ratings(@Root() member: Member, @Ctx() ctx: Context) {
    return (await ctx.ratings.ratingsOf('MEMBER', member.id)).map(toRatingType);
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
    });
    return toRatingType(rating);
  }

  @Mutation(() => ModelRegistrationType, { description: 'Registers an organisation for a model over a span of years' })
  async registerForModel(@Ctx() ctx: Context, @Arg('input', () => RegisterForModelInput) input: RegisterForModelInput) {
    const r = await ctx.ratings.register({ ...input, organizationId: idOf('Organization', input.organizationId, 'input.organizationId') });
    return { model: r.model, fromYear: r.fromYear, toYear: r.toYear, registeredOn: r.registeredOn };
  }
}
