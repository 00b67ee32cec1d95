import type { Request } from 'express';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs, toGlobalId } from '../graphql/relay.js';
import { Access } from './access.js';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from './auth.service.js';
import {
  CreateUserInput,
  GrantRoleInput,
  ResetPasswordInput,
  RevokeGrantInput,
  RoleGrantType,
  SetUserActiveInput,
  ViewerType,
} from './auth.types.js';
import type { Role } from './roles.js';
import { User } from './user.entity.js';

export const UserConnection = ConnectionType(User, 'User');

function cookieOptions(req: Request) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: req.secure,
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS,
  };
}

function clientAddress(req: Request | undefined): string {
  return req?.ip ?? req?.socket.remoteAddress ?? 'unknown';
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user, or null' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerType | null> {
    return viewerOf(ctx, ctx.access);
  }

  @Mutation(() => ViewerType, { description: 'Signs in: sets the HttpOnly session cookie' })
  async login(
    @Ctx() ctx: Context,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<ViewerType> {
    const signedIn = await ctx.auth.login(username, password, clientAddress(ctx.http?.req));
    if (ctx.http) ctx.http.res.cookie(SESSION_COOKIE, signedIn.token, cookieOptions(ctx.http.req));
    const access = await ctx.auth.accessFromToken(signedIn.token);
    return (await viewerOf(ctx, access))!;
  }

  @Mutation(() => Boolean, { description: 'Signs out: ends the session and clears the cookie' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const req = ctx.http?.req;
    await ctx.auth.logout(req?.cookies?.[SESSION_COOKIE]);
    if (ctx.http) ctx.http.res.clearCookie(SESSION_COOKIE, { ...cookieOptions(ctx.http.req), maxAge: undefined });
    return true;
  }

  @Query(() => UserConnection, { description: 'Accounts the caller may manage (admins)' })
  users(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return ctx.auth.users(page);
  }

  @Mutation(() => User, { description: 'Creates an account (admins); grant it roles next' })
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return ctx.auth.createUser(input);
  }

  @Mutation(() => User, { description: 'Sets a new password and ends the user’s sessions (admins)' })
  resetPassword(@Ctx() ctx: Context, @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput) {
    return ctx.auth.resetPassword(idOf('User', input.userId, 'input.userId'), input.password);
  }

  @Mutation(() => User, { description: 'Activates or deactivates an account (admins)' })
  setUserActive(@Ctx() ctx: Context, @Arg('input', () => SetUserActiveInput) input: SetUserActiveInput) {
    return ctx.auth.setActive(idOf('User', input.userId, 'input.userId'), input.active);
  }

  @Mutation(() => RoleGrantType, { description: 'Gives a user a role over an organisation’s subtree (admins)' })
  async grantRole(@Ctx() ctx: Context, @Arg('input', () => GrantRoleInput) input: GrantRoleInput): Promise<RoleGrantType> {
    const orgId = optionalIdOf('Organization', input.organizationId, 'input.organizationId');
    const grant = await ctx.auth.grant(idOf('User', input.userId, 'input.userId'), input.role as Role, orgId);
    return { id: toGlobalId('RoleGrant', grant.id), role: grant.role, organization: orgId ? await ctx.loaders.organization.load(orgId) : null };
  }

  @Mutation(() => RoleGrantType, { description: 'Takes a role away (admins)' })
  async revokeGrant(@Ctx() ctx: Context, @Arg('input', () => RevokeGrantInput) input: RevokeGrantInput): Promise<RoleGrantType> {
    const grant = await ctx.auth.revoke(idOf('RoleGrant', input.grantId, 'input.grantId'));
    return { id: toGlobalId('RoleGrant', grant.id), role: grant.role, organization: grant.organization?.getEntity() ?? null };
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => [RoleGrantType])
  async grants(@Root() user: User, @Ctx() ctx: Context): Promise<RoleGrantType[]> {
    const grants = await ctx.auth.visibleGrantsOf(user.id);
    return grants.map((g) => ({ id: toGlobalId('RoleGrant', g.id), role: g.role, organization: g.organization?.getEntity() ?? null }));
  }
}

async function viewerOf(ctx: Context, access: Access): Promise<ViewerType | null> {
  if (!access.viewer) return null;
  const user = await ctx.em.findOne(User, access.viewer.userId);
  if (!user) return null;
  const grants = await ctx.auth.grantsOf(user.id);
  return {
    user,
    grants: grants.map((g) => ({ id: toGlobalId('RoleGrant', g.id), role: g.role, organization: g.organization?.getEntity() ?? null })),
    canReadPersonal: access.canSomewhere('READ_PERSONAL'),
    canEdit: access.canSomewhere('EDIT'),
    canQuery: access.canSomewhere('QUERY_WORKSPACE'),
    canManageUsers: access.canSomewhere('MANAGE_USERS'),
  };
}

