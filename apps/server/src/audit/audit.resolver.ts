import { Arg, Args, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { invalid } from '../graphql/errors.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs } from '../graphql/relay.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Changes in this organisation’s subtree' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Changes made by this user' }) userId?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive)' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive)' }) to?: Date | null;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (admins and staff, within their scope)' })
  async auditLog(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter | null) {
    let orgPath: string | null = null;
    if (filter?.organizationId != null) {
      const org = await ctx.hierarchy.require(idOf('Organization', filter.organizationId, 'filter.organizationId'), 'filter.organizationId');
      orgPath = org.path;
    }
    if (filter?.from && filter?.to && filter.from >= filter.to) throw invalid('filter.to', 'The end is before the start', 'TO_BEFORE_FROM');
    const userId = optionalIdOf('User', filter?.userId, 'filter.userId');
    return ctx.audit.search(ctx.em, { orgPath, userId, from: filter?.from, to: filter?.to }, page);
  }
}
