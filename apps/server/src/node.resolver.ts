import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from './context.js';
import { fromGlobalId, Node } from './graphql/relay.js';
import { selectedFields, todaysStatsSelections } from './graphql/selection.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id' })
  async node(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string) {
    const { type, id: key } = fromGlobalId(id, 'id');
    switch (type) {
      case 'Organization':
        // The breadcrumbs, and today's own figures, in the same statement when they are asked (a drill-down, a cell page).
        return ctx.hierarchy.readVisible({ id: key }, { ancestors: selectedFields(info).has('ancestors'), stats: todaysStatsSelections(info) });
      case 'Member':
        return ctx.members.findVisible({ id: key }, 'id');
      case 'User':
        // Your own account, or one an admin sees (auth.service visibleUsers).
        return ctx.auth.findUser(key);
      case 'RoleGrant':
        return null;
      case 'CriteriaTable':
        return ctx.criteria.findVisible(key);
      case 'Assessment':
        return ctx.assessments.findVisible(key);
      case 'SavedQuery':
        return ctx.savedQueries.findVisible(key);
      case 'Meeting':
        return ctx.meetings.findVisible(key);
      case 'OversightAssignment':
        return ctx.oversight.findVisible(key);
      case 'Recommendation':
        return ctx.recommendations.findVisible(key);
      case 'MemberCommitment':
        return ctx.competition.findCommitment(key);
      case 'Award':
        return ctx.competition.findAward(key);
    }
  }
}
