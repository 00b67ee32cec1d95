import { wrap } from '@mikro-orm/core';
import { getNullableType, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../context.js';
import { notFound } from '../graphql/errors.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { Membership } from '../members/membership.entity.js';

/**
 * The one guard of the scope in GraphQL (issue #10): an `Organization` or `Member` the caller may
 * not READ never reaches an answer, whichever resolver produced it and however it was loaded
 * (a relation of a historical row, a read without the scope filter, a DTO). Installed as a global
 * type-graphql middleware (schema.ts), it checks every field:
 * - its parent: no field of an organisation or member outside the scope resolves — so no
 *   aggregate (`stats`, `meetingStats`, `oversightCompliance`…) is ever computed over one, present
 *   or future, without each resolver having to remember;
 * - its result: an organisation or member outside the scope becomes null (nullable field), is
 *   left out (list), or NOT_FOUND (non-null field: the same answer as a missing object).
 * Historical rows keep what is documented as safe without the object: the name of a former cell
 * (`CellMembership.organizationName`) and of a former attendee (`MeetingAttendance.memberName`).
 */
export const ScopeGuard: MiddlewareFn<Context> = async ({ root, context, info }, next) => {
  if (!context?.access) return next();
  if (root instanceof Organization || root instanceof Member) {
    if (!(await readable(root, context))) throw notFound(root instanceof Organization ? 'Organization' : 'Member');
  }
  const result = await next();
  return guardValue(result, info.returnType, context);
};

async function guardValue(value: unknown, type: GraphQLOutputType, context: Context): Promise<unknown> {
  if (value === null || value === undefined) return value;
  const inner = getNullableType(type);
  if (Array.isArray(value) && isListType(inner)) {
    if (!value.some((v) => v instanceof Organization || v instanceof Member)) return value;
    const kept: unknown[] = [];
    for (const v of value) if (!(v instanceof Organization || v instanceof Member) || (await readable(v, context))) kept.push(v);
    return kept;
  }
  if (value instanceof Organization || value instanceof Member) {
    if (await readable(value, context)) return value;
    if (isNonNullType(type)) throw notFound(value instanceof Organization ? 'Organization' : 'Member');
    return null;
  }
  return value;
}

/**
 * READ over the object's current place: `path` of an organisation, `orgPath` of a member. A
 * member who has left the register (deceased, removed: no current cell) stays with the readers
 * of the last cell they belonged to, so past meetings and rolls keep them; a member transferred
 * elsewhere belongs to the new cell's readers only.
 */
export async function readable(entity: Organization | Member, context: Context): Promise<boolean> {
  if (!wrap(entity).isInitialized()) {
    // A bare reference: load it unscoped (`unscoped`: only its path is used, to decide).
    const loaded = await context.em.findOne(entity instanceof Organization ? Organization : Member, entity.id, { filters: false });
    if (!loaded) return false;
    entity = loaded;
  }
  if (entity instanceof Organization) return context.access.can('READ', entity.path);
  if (entity.orgPath !== null || context.access.can('READ', null)) return context.access.can('READ', entity.orgPath);
  return context.access.can('READ', await context.loaders.lastCellOfMember.load(entity.id));
}

/** The batch of `loaders.lastCellOfMember`: the current path of the last cell of members who have left (null: none). */
export async function lastCellPaths(em: EntityManager, ids: readonly number[]): Promise<Array<string | null>> {
  // unscoped: only the path of the member's last cell is read, to decide what the caller sees.
  const rows = await em.find(Membership, { member: { $in: [...ids] } }, { filters: false, populate: ['organization'], orderBy: { validFrom: 'asc', id: 'asc' } });
  const last = new Map(rows.map((r) => [r.member.id, r.organization.getEntity().path]));
  return ids.map((id) => last.get(id) ?? null);
}
