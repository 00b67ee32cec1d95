import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { asOfDate } from '../common/dates.js';
import type { Context } from '../context.js';
import { DateScalar } from '../graphql/scalars.js';
import { AGE_BANDS, GENDERS, MEMBER_STATUSES, ORGANIZATION_KINDS } from '@fourgood/rules';
import type { SubtreeStats } from './stats.service.js';
import { OrganizationStats } from './stats.types.js';
import { cost, COST } from '../graphql/cost.js';

@ObjectType('Overview', { description: 'Figures over every province you can see' })
export class Overview {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int, { description: 'Provinces counted' }) provinces!: number;
  @Field(() => OrganizationStats, { description: 'The provinces’ subtrees together (the provinces themselves not counted as organisations)' }) stats!: SubtreeStats;
}

/** Adds up subtree counts key by key (fields may be values or promises of them); zero counts stay out, in each enum's order. */
async function sum(all: SubtreeStats[], asOf: string): Promise<SubtreeStats> {
  const add = async <F extends 'organizationsByKind' | 'membersByStatus' | 'membersByGender' | 'membersByAgeBand', K extends string>(
    field: F,
    key: string,
    order: readonly K[],
  ): Promise<SubtreeStats[F]> => {
    const lists = (await Promise.all(all.map((s) => Promise.resolve(s[field])))) as Array<Array<Record<string, unknown> & { count: number }>>;
    const out = new Map<string, number>();
    for (const list of lists) for (const c of list) out.set(String(c[key]), (out.get(String(c[key])) ?? 0) + c.count);
    return order.filter((k) => out.get(k)).map((k) => ({ [key]: k, count: out.get(k)! })) as unknown as SubtreeStats[F];
  };
  const total = async (field: 'organizations' | 'members') => (await Promise.all(all.map((s) => Promise.resolve(s[field])))).reduce((a, b) => a + b, 0);
  return {
    asOf,
    organizations: await total('organizations'),
    members: await total('members'),
    organizationsByKind: await add('organizationsByKind', 'kind', ORGANIZATION_KINDS),
    membersByStatus: await add('membersByStatus', 'status', MEMBER_STATUSES),
    membersByGender: await add('membersByGender', 'gender', GENDERS),
    membersByAgeBand: await add('membersByAgeBand', 'ageBand', AGE_BANDS),
  };
}

@Resolver()
export class OverviewResolver {
  @Query(() => Overview, { description: 'National figures: every province you can see, added up (on asOf; today when omitted)', complexity: cost.of(COST.page + 200 * COST.batched) })
  async overview(@Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null): Promise<Overview> {
    const date = asOfDate(asOf, ctx.today);
    const provinces = await ctx.hierarchy.provinces(date, { first: 200 });
    const stats = await Promise.all(provinces.nodes.map((p) => ctx.stats.stats(p, date, undefined, ctx.access.can('READ_PERSONAL', p.path))));
    return { asOf: date, provinces: provinces.totalCount, stats: await sum(stats, date) };
  }
}
