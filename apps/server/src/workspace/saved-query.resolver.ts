import { Arg, Args, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs } from '../graphql/relay.js';
import { SavedQuery } from './saved-query.entity.js';

export const SavedQueryConnection = ConnectionType(SavedQuery, 'SavedQuery');

@InputType()
export class SaveQueryInput {
  @Field(() => ID, { nullable: true, description: 'Omit to save a new query' }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String) query!: string;
  @Field(() => String, { nullable: true, description: 'JSON object' }) variables?: string | null;
  @Field(() => Boolean, { nullable: true }) shared?: boolean | null;
}

@Resolver()
export class SavedQueryResolver {
  @Query(() => SavedQueryConnection, { description: 'Your saved queries and those shared with you, last changed first (analysts and admins)' })
  savedQueries(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return ctx.savedQueries.list(page);
  }

  @Mutation(() => SavedQuery, { description: 'Saves a query in the workspace (new, or one of yours)' })
  saveQuery(@Ctx() ctx: Context, @Arg('input', () => SaveQueryInput) input: SaveQueryInput) {
    return ctx.savedQueries.save(optionalIdOf('SavedQuery', input.id, 'input.id'), input);
  }

  @Mutation(() => Boolean, { description: 'Deletes one of your saved queries' })
  deleteSavedQuery(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.savedQueries.remove(idOf('SavedQuery', id, 'id'));
  }
}
