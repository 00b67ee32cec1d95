import { createHash, randomBytes } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { USERNAME_PATTERN } from '@fourgood/rules';
import { AppError, conflict, ErrorCode, forbidden, invalid, notFound, Problems } from '../graphql/errors.js';
import { cursorPage, toConnection, toGlobalId, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Access, type ScopedGrant } from './access.js';
import { withinRanges } from './scope-filter.js';
import { LoginThrottle } from './login-throttle.entity.js';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { RoleGrant } from './role-grant.entity.js';
import { ROLES, type Role } from './roles.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import type { EntityManager } from '@mikro-orm/knex';
import { RequestService } from '../common/request-service.js';

export const SESSION_COOKIE = 'fourgood_session';
/** A session ends after 2 hours without use, and after 12 hours in any case. */
export const SESSION_IDLE_MS = 2 * 3600_000;
export const SESSION_ABSOLUTE_MS = 12 * 3600_000;
/**
 * The idle expiry moves (to now + SESSION_IDLE_MS) only when less than this is left: a session
 * in use ends between 1 and 2 hours after its last request (never later than 2 hours: the bound
 * that matters for security stays), and an active session writes once an hour, not on every read.
 */
export const SLIDE_WHEN_LEFT_MS = SESSION_IDLE_MS / 2;

/** Failures per (account, address) before a lock, and the lock's growth. */
const PAIR_FAILURES_BEFORE_LOCK = 5;
const PAIR_MAX_LOCK_MS = 60 * 60_000;
/** Failures per address, over all accounts, in one window, before the address is locked. */
const ADDRESS_FAILURES_BEFORE_LOCK = 50;
const ADDRESS_LOCK_MS = 15 * 60_000;
const WINDOW_MS = 60 * 60_000;


export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SignedIn {
  token: string;
  user: User;
  expiresAt: Date;
}

type Row = Record<string, unknown>;

/**
 * The caller's access and read-your-writes mark from a session token: one statement for the
 * session, its user and the current paths of the grants' organisations; an expired session (or
 * one of a deactivated user) is removed, a used one slides its idle expiry once less than half is left.
 * Needs only an EntityManager (no request services: every GraphQL request starts with it, before
 * its context exists). Read on every request, never cached: a sign-out, a deactivated user or a
 * revoked grant counts at once on every API process.
 */
export async function readSession(em: EntityManager, token: string | undefined, now: Date = new Date()): Promise<{ access: Access; readsPrimaryUntil: Date | null }> {
  const none = { access: Access.anonymous(), readsPrimaryUntil: null };
  if (!token || token.length > 200) return none;
  const tokenHash = hashToken(token);
  const rows = await em.execute<Row[]>(
    `select s.expires_at as expires_at, s.absolute_expires_at as absolute_expires_at, s.reads_primary_until as reads_primary_until,
            u.id as user_id, u.username as username,
            u.display_name as display_name, u.active as active, g.role as role, g.organization_id as org_id, o.path as path
     from app_session s join app_user u on u.id = s.user_id
     left join role_grant g on g.user_id = u.id
     left join organization o on o.id = g.organization_id
     where s.token_hash = ?`,
    [tokenHash],
  );
  if (rows.length === 0) return none;
  const first = rows[0]!;
  const expiresAt = toDate(first.expires_at);
  if (expiresAt <= now || !isTrue(first.active)) {
    await em.execute(`delete from app_session where token_hash = ?`, [tokenHash]);
    return none;
  }
  // Slide the idle expiry only once less than half of it is left (SLIDE_WHEN_LEFT_MS): an
  // active session writes about once an hour instead of once a minute, and reading writes
  // nothing in between, so the response cache's data version stays put (response-cache/).
  const slid = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, toDate(first.absolute_expires_at).getTime()));
  if (expiresAt.getTime() - now.getTime() < SLIDE_WHEN_LEFT_MS && slid.getTime() > expiresAt.getTime()) {
    await em.nativeUpdate(Session, { tokenHash }, { expiresAt: slid });
  }
  const grants: ScopedGrant[] = rows
    .filter((r) => r.role)
    .map((r) => ({ role: r.role as Role, scopePath: r.org_id == null ? null : String(r.path) }));
  const access = Access.of({ userId: Number(first.user_id), username: String(first.username), displayName: String(first.display_name) }, grants);
  return { access, readsPrimaryUntil: first.reads_primary_until == null ? null : toDate(first.reads_primary_until) };
}

/** Accounts, sessions and role grants. */
export class AuthService extends RequestService {
  private now(): Date {
    return new Date();
  }

  /**
   * The caller's access from a session token: one statement for the session, its user and the
   * current paths of the grants' organisations. Expired sessions are removed.
   */
  async accessFromToken(token: string | undefined): Promise<Access> {
    return (await this.sessionFromToken(token)).access;
  }

  /** accessFromToken, with the session's read-your-writes mark (see Session.readsPrimaryUntil). */
  async sessionFromToken(token: string | undefined): Promise<{ access: Access; readsPrimaryUntil: Date | null }> {
    return readSession(this.em, token, this.now());
  }

  /** After a mutation of this session: its reads stay on the primary until `until` (read-your-writes). */
  async markSessionWrite(token: string | undefined, until: Date): Promise<void> {
    if (!token || token.length > 200) return;
    await this.em.nativeUpdate(Session, { tokenHash: hashToken(token) }, { readsPrimaryUntil: until });
  }

  /** Checks the password (slowly, with per-pair locks) and opens a session. */
  async login(usernameRaw: string, password: string, address: string): Promise<SignedIn> {
    const username = usernameRaw.trim().toLowerCase();
    if (username.length === 0 || username.length > 64) throw invalid('username', 'Enter your user name', 'REQUIRED');
    if (password.length === 0 || password.length > 200) throw invalid('password', 'Enter your password', 'REQUIRED');
    const now = this.now();
    const pairKey = `account:${username}|${address}`;
    const addressKey = `ip:${address}`;
    const locks = await this.em.find(LoginThrottle, { key: { $in: [pairKey, addressKey] } });
    const locked = locks.find((l) => l.lockedUntil && l.lockedUntil > now);
    if (locked) {
      const seconds = Math.ceil((locked.lockedUntil!.getTime() - now.getTime()) / 1000);
      throw new AppError(ErrorCode.UNAUTHENTICATED, `Too many failed attempts: try again in ${Math.ceil(seconds / 60)} minute(s)`, {
        reason: 'LOCKED',
        retryAfterSeconds: seconds,
      });
    }

    const user = await this.em.findOne(User, { username }, { populate: ['passwordHash'] });
    const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await decoyHash(), password), false);
    if (!ok || !user!.active) {
      const failures = await this.recordFailure(pairKey, addressKey, now);
      // Each failure on this pair makes the next answer a little slower.
      await new Promise((resolve) => setTimeout(resolve, Math.min(150 * failures, 1500)));
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong user name or password', { reason: 'BAD_CREDENTIALS' });
    }

    await this.em.nativeDelete(LoginThrottle, { key: pairKey });
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    await this.em.insert(Session, {
      tokenHash: hashToken(token),
      user: user!.id,
      createdAt: now,
      expiresAt,
      absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    });
    return { token, user: user!, expiresAt };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.em.nativeDelete(Session, { tokenHash: hashToken(token) });
  }

  /**
   * Counts a failure on the pair and on the address. Several requests (and several server
   * processes) may fail at the same moment: each counter row is created with INSERT … ON
   * CONFLICT DO NOTHING and then read for update (a row lock on PostgreSQL; SQLite has one
   * writer), so no failure is lost and two first failures never collide on the key.
   */
  private async recordFailure(pairKey: string, addressKey: string, now: Date): Promise<number> {
    let pairFailures = 0;
    await this.em.transactional(async (em) => {
      for (const key of [pairKey, addressKey]) {
        await em.createQueryBuilder(LoginThrottle).insert({ key, failures: 0, windowStartedAt: now, lockedUntil: null }).onConflict('key').ignore().execute();
        const row = await em.findOneOrFail(LoginThrottle, { key }, { refresh: true, ...(this.dialect === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) });
        if (now.getTime() - row.windowStartedAt.getTime() > WINDOW_MS) {
          row.failures = 0;
          row.windowStartedAt = now;
          row.lockedUntil = null;
        }
        row.failures += 1;
        if (key === pairKey) {
          pairFailures = row.failures;
          if (row.failures >= PAIR_FAILURES_BEFORE_LOCK) {
            const lockMs = Math.min(60_000 * 2 ** (row.failures - PAIR_FAILURES_BEFORE_LOCK), PAIR_MAX_LOCK_MS);
            row.lockedUntil = new Date(now.getTime() + lockMs);
          }
        } else if (row.failures >= ADDRESS_FAILURES_BEFORE_LOCK) {
          row.lockedUntil = new Date(now.getTime() + ADDRESS_LOCK_MS);
        }
        await em.flush();
      }
    });
    return pairFailures;
  }

  // ---------------------------------------------------------------- administration

  /**
   * The accounts an admin sees (national admins: everyone): those with a grant inside the
   * admin's scope, and grantless ones created by someone with a grant inside it (an account
   * belongs to its creator's scope until granted). Others do not exist for the admin.
   */
  private visibleUsers(): Record<string, unknown> {
    const ranges = this.access.readRanges('MANAGE_USERS');
    if (ranges === null) return {};
    const inScope = { grants: { $some: { organization: withinRanges('path', ranges) } } };
    const creators = this.em.createQueryBuilder(RoleGrant, 'g').select('g.user_id').join('g.organization', 'o').where({ organization: withinRanges('path', ranges) });
    return { $or: [inScope, { grants: { $none: {} }, createdById: { $in: creators.getKnexQuery() } }] };
  }

  async users(args: PageArgs): Promise<ConnectionShape<User>> {
    this.access.requireSomewhere('MANAGE_USERS');
    const page = await this.em.findByCursor(User, this.visibleUsers(), cursorPage(this.em, User, args, { username: 'asc', id: 'asc' }));
    return toConnection(page);
  }

  /** An account by id: your own, or one you see as an admin (see visibleUsers); null otherwise, as for none. */
  async findUser(userId: number): Promise<User | null> {
    if (this.access.viewer?.userId === userId) return this.em.findOne(User, userId);
    if (!this.access.canSomewhere('MANAGE_USERS')) return null;
    return this.em.findOne(User, { $and: [{ id: userId }, this.visibleUsers()] });
  }

  async grantsOf(userId: number): Promise<RoleGrant[]> {
    return this.em.find(RoleGrant, { user: userId }, { populate: ['organization'], orderBy: { id: 'asc' }, filters: false });
  }

  /**
   * The grants of `userId` that the caller sees: all of their own, else only those over an
   * organisation the caller may read (a national grant: national readers only).
   */
  async visibleGrantsOf(userId: number): Promise<RoleGrant[]> {
    const grants = await this.grantsOf(userId);
    if (this.access.viewer?.userId === userId) return grants;
    return grants.filter((g) => this.access.can('READ', g.organization ? g.organization.getEntity().path : null));
  }

  async createUser(input: { username: string; displayName: string; password: string }): Promise<User> {
    this.access.requireSomewhere('MANAGE_USERS');
    const username = input.username.trim().toLowerCase();
    const displayName = input.displayName.trim();
    const problems = new Problems();
    if (!USERNAME_PATTERN.test(username)) problems.add('input.username', 'BAD_CODE', 'User name: 3–64 of a–z, 0–9, ".", "_" or "-"');
    if (displayName.length < 2 || displayName.length > 200) problems.add('input.displayName', 'BAD_LENGTH', 'Name: 2–200 characters', { min: 2, max: 200 });
    const weak = passwordProblem(input.password);
    if (weak) problems.add('input.password', 'WEAK_PASSWORD', weak);
    problems.throwIfAny();
    if (await this.em.findOne(User, { username }, { fields: ['id'] })) throw conflict(`The user name ${username} is taken`, 'input.username', 'USERNAME_TAKEN');
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.em.transactional(async (em) => {
        const user = em.create(User, { username, displayName, passwordHash, createdById: this.access.viewer?.userId ?? null });
        await em.flush();
        await this.audit.record(em, { action: 'createUser', entityType: 'User', entityId: toGlobalId('User', user.id), orgPath: null, after: { username, displayName } });
        return user;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict(`The user name ${username} is taken`, 'input.username', 'USERNAME_TAKEN');
      throw error;
    }
  }

  /**
   * A user the caller may manage: one they see (see visibleUsers; NOT_FOUND otherwise, as for
   * none) whose grants all lie in the caller's scope (FORBIDDEN otherwise). A grantless account
   * is managed by the admins of its creator's scope.
   */
  private async requireManageable(userId: number, field: string): Promise<User> {
    this.access.requireSomewhere('MANAGE_USERS');
    const user = await this.em.findOne(User, { $and: [{ id: userId }, this.visibleUsers()] });
    if (!user) throw notFound('User', field);
    const grants = await this.grantsOf(userId);
    for (const g of grants) {
      const path = g.organization ? g.organization.getEntity().path : null;
      if (!this.access.can('MANAGE_USERS', path)) throw forbidden(field);
    }
    return user;
  }

  async resetPassword(userId: number, password: string): Promise<User> {
    const user = await this.requireManageable(userId, 'input.userId');
    const weak = passwordProblem(password);
    if (weak) throw invalid('input.password', weak, 'WEAK_PASSWORD');
    const passwordHash = await hashPassword(password);
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id: user.id }, { passwordHash });
      // Every open session of that user ends with the old password.
      await em.nativeDelete(Session, { user: user.id });
      await this.audit.record(em, { action: 'resetPassword', entityType: 'User', entityId: toGlobalId('User', user.id), orgPath: null, after: { username: user.username, passwordReset: true } });
    });
    return user;
  }

  async setActive(userId: number, active: boolean): Promise<User> {
    const user = await this.requireManageable(userId, 'input.userId');
    if (!active && user.id === this.access.viewer?.userId) throw invalid('input.active', 'You cannot deactivate your own account', 'OWN_ACCOUNT');
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id: user.id }, { active });
      if (!active) await em.nativeDelete(Session, { user: user.id });
      await this.audit.record(em, {
        action: 'setUserActive',
        entityType: 'User',
        entityId: toGlobalId('User', user.id),
        orgPath: null,
        before: { username: user.username, active: user.active },
        after: { username: user.username, active },
      });
    });
    user.active = active;
    return user;
  }

  async grant(userId: number, role: Role, organizationId: number | null): Promise<RoleGrant> {
    if (!ROLES.includes(role)) throw invalid('input.role', 'Unknown role', 'UNKNOWN_VALUE');
    const user = await this.requireManageable(userId, 'input.userId');
    let org: Organization | null = null;
    if (organizationId !== null) {
      org = await this.em.findOne(Organization, organizationId);
      if (!org) throw notFound('Organization', 'input.organizationId');
      if (org.dissolvedOn) throw invalid('input.organizationId', `${org.name} was dissolved on ${org.dissolvedOn}`, 'DISSOLVED', { dissolvedOn: org.dissolvedOn });
    }
    if (!this.access.can('MANAGE_USERS', org?.path ?? null)) throw forbidden('input.organizationId');
    const existing = await this.em.findOne(RoleGrant, { user: user.id, role, organization: organizationId });
    if (existing) throw conflict('This user already has this role there', 'input.role', 'DUPLICATE_GRANT');
    return this.em.transactional(async (em) => {
      const grant = em.create(RoleGrant, { user: user.id, role, organization: organizationId });
      await em.flush();
      await this.audit.record(em, {
        action: 'grantRole',
        entityType: 'RoleGrant',
        entityId: toGlobalId('RoleGrant', grant.id),
        orgPath: org?.path ?? null,
        after: { username: user.username, role, organizationId: organizationId === null ? null : toGlobalId('Organization', organizationId) },
      });
      return grant;
    });
  }

  async revoke(grantId: number): Promise<RoleGrant> {
    this.access.requireSomewhere('MANAGE_USERS');
    const grant = await this.em.findOne(RoleGrant, grantId, { populate: ['organization'], filters: false });
    if (!grant) throw notFound('Role grant', 'input.grantId');
    const path = grant.organization ? grant.organization.getEntity().path : null;
    // A grant over what the caller cannot even read looks like none.
    if (!this.access.can('READ', path)) throw notFound('Role grant', 'input.grantId');
    if (!this.access.can('MANAGE_USERS', path)) throw forbidden('input.grantId');
    if (grant.user.id === this.access.viewer?.userId && grant.role === 'ADMIN') {
      throw invalid('input.grantId', 'You cannot take away your own admin role', 'OWN_ADMIN_ROLE');
    }
    await this.em.transactional(async (em) => {
      await em.nativeDelete(RoleGrant, { id: grant.id });
      await this.audit.record(em, {
        action: 'revokeGrant',
        entityType: 'RoleGrant',
        entityId: toGlobalId('RoleGrant', grant.id),
        orgPath: path,
        before: { userId: toGlobalId('User', grant.user.id), role: grant.role, organizationId: grant.organization ? toGlobalId('Organization', grant.organization.id) : null },
      });
    });
    return grant;
  }
}

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
}

function isTrue(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}
