import type { EntityManager } from '@mikro-orm/knex';
import { Access, type ScopedGrant } from '../auth/access.js';
import type { Role } from '../auth/roles.js';

/** The command line's access: the named user's grants (`--as`), or the system's when none is named. */
export async function accessOfUser(em: EntityManager, username: string | undefined): Promise<Access> {
  if (!username) return Access.system();
  const access = await grantsOfUser(em, { username });
  if (!access) throw new Error(`No active user ${username}`);
  return access;
}

/** A user's access from their grants as they stand now (the organisations' current paths); null if there is no such active user. */
export async function grantsOfUser(em: EntityManager, user: { username: string } | { id: number }): Promise<Access | null> {
  const rows = await em.execute<Array<{ id: number; username: string; display_name: string; active: unknown; role: string | null; org_id: number | null; path: string | null }>>(
    `select u.id, u.username, u.display_name, u.active, g.role, g.organization_id as org_id, o.path
     from app_user u left join role_grant g on g.user_id = u.id left join organization o on o.id = g.organization_id where ${'id' in user ? 'u.id' : 'u.username'} = ?`,
    ['id' in user ? user.id : user.username],
  );
  const first = rows[0];
  if (!first || !(first.active === true || first.active === 1)) return null;
  const grants: ScopedGrant[] = rows.filter((r) => r.role).map((r) => ({ role: r.role as Role, scopePath: r.org_id == null ? null : String(r.path) }));
  return Access.of({ userId: Number(first.id), username: String(first.username), displayName: String(first.display_name) }, grants);
}
