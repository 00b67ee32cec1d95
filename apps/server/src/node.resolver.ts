import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context.js';
import { fromGlobalId, Node } from './graphql/relay.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id' })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const { type, id: key } = fromGlobalId(id, 'id');
    switch (type) {
      case 'Organization':
        return ctx.hierarchy.readVisible({ id: key });
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
