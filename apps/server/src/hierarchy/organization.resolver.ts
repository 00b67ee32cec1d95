import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asOfDate } from '../common/dates.js';
import type { Context } from '../context.js';
import { invalid } from '../graphql/errors.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs } from '../graphql/relay.js';
import { DateScalar } from '../graphql/scalars.js';
import { MemberFilterInput, MemberOrder } from '../members/member.inputs.js';
import { MemberConnection } from '../members/member.resolver.js';
import {
  MemberCount,
  MemberDimension,
  OrganizationCount,
  OrganizationDimension,
  OrganizationStats,
} from '../stats/stats.types.js';
import { statsParts, type MemberDimension as MemberDimensionT, type OrganizationDimension as OrganizationDimensionT } from '../stats/stats.service.js';
import { selectedFields, todaysStatsSelections } from '../graphql/selection.js';
import {
  CreateOrganizationInput,
  DescendantFilter,
  DissolveOrganizationInput,
  MergeOrganizationsInput,
  MoveOrganizationInput,
  OrganizationOrder,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import { Organization } from './organization.entity.js';
import { currentName, lastRenamedOn, nameOn } from './former-names.js';
import { FormerNameType } from './former-name.type.js';
import { OrganizationChangeInput, OrganizationChangePreview, previewOrganizationChange } from './organization-preview.js';
import { cost, COST } from '../graphql/cost.js';

export const OrganizationConnection = ConnectionType(Organization, 'Organization');

/**
 * The stats parts a `stats` field selects, worked out once per field of a document: graphql-js
 * passes the same `fieldNodes` array for every item of a list, graphql-jit the same one for every
 * run of a compiled query, and the parts depend on nothing else (the nodes and their document's
 * fragments) — not walked again for each of a drill-down's 200 children (issue #14).
 */
const statsPartsByField = new WeakMap<GraphQLResolveInfo['fieldNodes'], ReturnType<typeof statsParts>>();
function statsPartsOf(info: GraphQLResolveInfo): ReturnType<typeof statsParts> {
  let parts = statsPartsByField.get(info.fieldNodes);
  if (!parts) {
    parts = statsParts(selectedFields(info));
    statsPartsByField.set(info.fieldNodes, parts);
  }
  return parts;
}

const AS_OF = { nullable: true, description: 'The date to read the tree on; today when omitted' } as const;
const ORDER_BY = { nullable: true, description: 'By name when omitted' } as const;

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Provincial committees, by name' })
  provinces(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null,
  ) {
    return ctx.hierarchy.provinces(asOfDate(asOf, ctx.today), page);
  }

  @Query(() => Organization, { nullable: true, description: 'One organisation by global id or by code' })
  async organization(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('code', () => String, { nullable: true }) code?: string | null,
  ) {
    if ((id == null) === (code == null)) throw invalid(id == null ? 'id' : 'code', 'Give either id or code', 'ONE_OF_TWO');
    // The breadcrumbs in the same statement when they are asked.
    return ctx.hierarchy.readVisible(id != null ? { id: idOf('Organization', id, 'id') } : { code: code!.trim() }, { ancestors: selectedFields(info).has('ancestors'), stats: todaysStatsSelections(info) });
  }

  @FieldResolver(() => String, {
    description: 'Its name; with asOf, the name it carried that day. Lists read as of a date (children, descendants, ancestors, provinces) already give that day’s names',
  })
  name(@Root() org: Organization, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day whose name is asked; the list’s day (or today) when omitted' }) asOf?: string | null): string | Promise<string> {
    // Not async: a list's names (the drill-down's hot path) are answered without a promise each.
    if (asOf == null) return org.name;
    const date = asOfDate(asOf, ctx.today);
    if (date >= ctx.today) return currentName(org);
    return ctx.loaders.formerNamesOfOrganization.load(org.id).then((former) => nameOn(currentName(org), former, date));
  }

  @FieldResolver(() => DateScalar, { description: 'First day of its current name: its last rename, or its founding' })
  async nameSince(@Root() org: Organization, @Ctx() ctx: Context) {
    const last = lastRenamedOn(await ctx.loaders.formerNamesOfOrganization.load(org.id));
    return last && last > org.foundedOn ? last : org.foundedOn;
  }

  @FieldResolver(() => [FormerNameType], { description: 'The names it carried before its renames, oldest first, with the days each was carried' })
  formerNames(@Root() org: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.formerNamesOfOrganization.load(org.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Current parent (null for a province, or when outside your scope); see ancestors(asOf) for another date' })
  parent(@Root() org: Organization, @Ctx() ctx: Context) {
    return org.parent ? ctx.loaders.organization.load(org.parent.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The province-level organisation it currently belongs to; null when outside your scope' })
  async province(@Root() org: Organization, @Ctx() ctx: Context) {
    return org.rootId === org.id ? org : ctx.loaders.organization.load(org.rootId);
  }

  @FieldResolver(() => [Organization], { description: 'From the province (or the top of your scope) down to the parent, as on asOf (breadcrumbs)' })
  ancestors(@Root() org: Organization, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null) {
    return ctx.hierarchy.ancestors(org, asOfDate(asOf, ctx.today));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organisations directly under it on asOf, by name unless orderBy says otherwise' })
  children(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null,
    @Arg('orderBy', () => OrganizationOrder, ORDER_BY) orderBy?: OrganizationOrder | null,
  ) {
    return ctx.hierarchy.children(org, asOfDate(asOf, ctx.today), page, orderBy);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Every organisation below it on asOf, filtered, by name unless orderBy says otherwise' })
  async descendants(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DescendantFilter, { nullable: true }) filter?: DescendantFilter | null,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null,
    @Arg('orderBy', () => OrganizationOrder, ORDER_BY) orderBy?: OrganizationOrder | null,
  ) {
    if (filter?.search && filter.search.length > 200) throw invalid('filter.search', 'Search text: at most 200 characters', 'TOO_LONG', { max: 200 });
    const date = asOfDate(asOf, ctx.today);
    if (filter?.ratingLevel || filter?.fourGood) {
      // The organisations behind a rating or "4 good" figure (ratings/rating.service.ts), listed as on asOf.
      const year = filter.year;
      if (year == null) throw invalid('filter.year', 'The year of the rating or "4 good" figure', 'REQUIRED');
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('filter.year', 'A year from 2000 to 2100', 'BAD_YEAR', { min: 2000, max: 2100 });
      const only = await ctx.ratings.organizationsBehind(org, year, { fourGood: filter.fourGood, level: filter.ratingLevel });
      return ctx.hierarchy.descendants(org, date, { ...filter, onlyIds: only }, page, orderBy);
    }
    return ctx.hierarchy.descendants(org, date, filter ?? {}, page, orderBy);
  }

  @FieldResolver(() => MemberConnection, { description: 'Members in its cells (a cell: its own members) on asOf, by given name, middle name, family name unless orderBy says otherwise' })
  members(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => MemberFilterInput, { nullable: true }) filter?: MemberFilterInput | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The date whose members are listed (their status and position that day); today when omitted' }) asOf?: string | null,
    @Arg('orderBy', () => MemberOrder, ORDER_BY) orderBy?: MemberOrder | null,
  ) {
    return ctx.members.inSubtree(org, filter ?? {}, page, orderBy, asOfDate(asOf, ctx.today));
  }

  @FieldResolver(() => OrganizationStats, { description: 'Counts over its whole subtree on asOf (age bands: by the age on asOf if you may read birth dates there, else by the age reached in asOf’s year)', complexity: cost.of(COST.batched) })
  stats(@Root() org: Organization, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null) {
    // Each group of fields (organisations, members, age bands) is computed only when selected.
    // Age bands by exact age only for those who read birth dates (rules: ageBandDate).
    return ctx.stats.stats(org, asOfDate(asOf, ctx.today), statsPartsOf(info), ctx.access.can('READ_PERSONAL', org.path));
  }

  @FieldResolver(() => [MemberCount], { description: 'Members of the subtree on asOf, counted by the chosen dimensions (AGE_BAND as in stats)', complexity: cost.of(COST.statement, { list: true }) })
  memberCounts(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('groupBy', () => [MemberDimension]) groupBy: MemberDimensionT[],
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null,
  ) {
    return ctx.stats.memberCounts(org, asOfDate(asOf, ctx.today), groupBy, ctx.access.can('READ_PERSONAL', org.path));
  }

  @FieldResolver(() => [OrganizationCount], { description: 'Organisations under it on asOf, counted by the chosen dimensions', complexity: cost.of(COST.statement, { list: true }) })
  organizationCounts(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('groupBy', () => [OrganizationDimension]) groupBy: OrganizationDimensionT[],
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string | null,
  ) {
    return ctx.stats.organizationCounts(org, asOfDate(asOf, ctx.today), groupBy);
  }

  @Query(() => OrganizationChangePreview, {
    description: 'What a change to the tree would do, checked as its mutation checks it (same errors on the same fields); nothing is saved',
  })
  previewOrganizationChange(@Ctx() ctx: Context, @Arg('input', () => OrganizationChangeInput) input: OrganizationChangeInput) {
    return previewOrganizationChange(ctx, input);
  }

  // ---------------------------------------------------------------- mutations

  @Mutation(() => Organization, { description: 'Founds an organisation under a parent' })
  createOrganization(@Ctx() ctx: Context, @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput) {
    const parentId = optionalIdOf('Organization', input.parentId, 'input.parentId');
    return ctx.hierarchy.create({ ...input, parentId });
  }

  @Mutation(() => Organization, { description: 'Renames an organisation from a date (effectiveOn) or corrects its code, sector or cell type' })
  updateOrganization(@Ctx() ctx: Context, @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput) {
    return ctx.hierarchy.update(idOf('Organization', input.id, 'input.id'), input);
  }

  @Mutation(() => Organization, { description: 'Moves an organisation and its subtree under another parent from a date' })
  moveOrganization(@Ctx() ctx: Context, @Arg('input', () => MoveOrganizationInput) input: MoveOrganizationInput) {
    return ctx.hierarchy.move(
      idOf('Organization', input.id, 'input.id'),
      idOf('Organization', input.newParentId, 'input.newParentId'),
      input.effectiveOn,
    );
  }

  @Mutation(() => Organization, { description: 'Merges the source into the target (children and members move; the source is dissolved); returns the target' })
  mergeOrganizations(@Ctx() ctx: Context, @Arg('input', () => MergeOrganizationsInput) input: MergeOrganizationsInput) {
    return ctx.hierarchy.merge(
      idOf('Organization', input.sourceId, 'input.sourceId'),
      idOf('Organization', input.targetId, 'input.targetId'),
      input.effectiveOn,
    );
  }

  @Mutation(() => Organization, { description: 'Dissolves an organisation that has no children and no members left' })
  dissolveOrganization(@Ctx() ctx: Context, @Arg('input', () => DissolveOrganizationInput) input: DissolveOrganizationInput) {
    return ctx.hierarchy.dissolve(idOf('Organization', input.id, 'input.id'), input.effectiveOn);
  }
}

@Resolver(() => MemberCount)
export class MemberCountResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The child organisation the group belongs to (grouped by CHILD)' })
  child(@Root() row: MemberCount, @Ctx() ctx: Context) {
    return row.childId ? ctx.loaders.organization.load(row.childId) : null;
  }
}

@Resolver(() => OrganizationCount)
export class OrganizationCountResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The child organisation the group belongs to (grouped by CHILD)' })
  child(@Root() row: OrganizationCount, @Ctx() ctx: Context) {
    return row.childId ? ctx.loaders.organization.load(row.childId) : null;
  }
}
