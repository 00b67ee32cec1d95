import { Arg, Args, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { ConnectionType, PageArgs } from '../graphql/relay.js';
import { toAuditQuery } from './audit-filter.js';
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
    return ctx.audit.search(ctx.em, await toAuditQuery(ctx.hierarchy, filter), page);
  }
}
