import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context.js';
import { fromGlobalId, Node } from './relay.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id' })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const { type, id: key } = fromGlobalId(id, 'id');
    switch (type) {
      case 'Organization':
        return ctx.hierarchy.byId(key);
      case 'Member':
        return ctx.members.byId(key);
    }
  }
}
