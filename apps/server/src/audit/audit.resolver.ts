import { Arg, Args, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { invalid } from '../graphql/errors.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs, toGlobalId } from '../graphql/relay.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Changes in this organisation’s subtree' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Changes made by this user' }) userId?: string | null;
  @Field(() => String, { nullable: true, description: 'Changes made by user names containing this text (case-insensitive)' }) username?: string | null;
  @Field(() => [String], { nullable: true, description: 'Only these mutations, e.g. ["moveOrganization"]' }) actions?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Only changes to this kind of object: Organization, Member, User or RoleGrant' }) entityType?: string | null;
  @Field(() => ID, { nullable: true, description: 'Changes to this member: corrections, transfers, status changes' }) memberId?: string | null;
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
    const username = filter?.username?.trim().toLowerCase() || null;
    if (username && username.length > 100) throw invalid('filter.username', 'At most 100 characters', 'TOO_LONG', { max: 100 });
    const actions = filter?.actions?.map((a) => a.trim()).filter(Boolean) ?? null;
    if (actions && actions.length > 50) throw invalid('filter.actions', 'At most 50 actions', 'TOO_MANY', { max: 50 });
    if (actions?.some((a) => !/^[A-Za-z]{1,64}$/.test(a))) throw invalid('filter.actions', 'An action is the name of a mutation', 'UNKNOWN_VALUE');
    const entityType = filter?.entityType?.trim() || null;
    if (entityType && !/^[A-Za-z]{1,64}$/.test(entityType)) throw invalid('filter.entityType', 'A type name, e.g. Member', 'UNKNOWN_VALUE');
    const memberId = optionalIdOf('Member', filter?.memberId, 'filter.memberId');
    const entityId = memberId == null ? null : toGlobalId('Member', memberId);
    return ctx.audit.search(ctx.em, { orgPath, userId, username, entityId, actions: actions?.length ? actions : null, entityType, from: filter?.from, to: filter?.to }, page);
  }
}
