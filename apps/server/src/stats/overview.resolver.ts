import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { asOfDate } from '../common/dates.js';
import type { Context } from '../context.js';
import { DateScalar } from '../graphql/scalars.js';
import type { Count, SubtreeStats } from './stats.service.js';
import { OrganizationStats } from './stats.types.js';
import { cost, COST } from '../graphql/cost.js';

@ObjectType('Overview', { description: 'Figures over every province you can see' })
export class Overview {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int, { description: 'Provinces counted' }) provinces!: number;
  @Field(() => OrganizationStats, { description: 'The provinces’ subtrees together (the provinces themselves not counted as organisations)' }) stats!: SubtreeStats;
}

/** Adds up subtree counts key by key (fields may be values or promises of them). */
async function sum(all: SubtreeStats[], asOf: string): Promise<SubtreeStats> {
  const add = async <K>(field: keyof SubtreeStats): Promise<Array<Count<K>>> => {
    const lists = (await Promise.all(all.map((s) => Promise.resolve(s[field])))) as Array<Array<Count<K>>>;
    const out = new Map<K, number>();
    for (const list of lists) for (const c of list) out.set(c.key, (out.get(c.key) ?? 0) + c.count);
    return [...out].map(([key, count]) => ({ key, count }));
  };
  const total = async (field: 'organizations' | 'members') => (await Promise.all(all.map((s) => Promise.resolve(s[field])))).reduce((a, b) => a + b, 0);
  return {
    asOf,
    organizations: await total('organizations'),
    members: await total('members'),
    organizationsByKind: await add('organizationsByKind'),
    membersByStatus: await add('membersByStatus'),
    membersByGender: await add('membersByGender'),
    membersByAgeBand: await add('membersByAgeBand'),
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
