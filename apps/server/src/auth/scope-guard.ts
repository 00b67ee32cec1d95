import { wrap } from '@mikro-orm/core';
import { getNamedType, getNullableType, isLeafType, isListType, isNonNullType, isObjectType, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../context.js';
import { notFound } from '../graphql/errors.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import { Membership } from '../members/membership.entity.js';

/**
 * The one guard of the scope in GraphQL (issue #10): an `Organization` or `Member` the caller may
 * not READ never reaches an answer, whichever resolver produced it and however it was loaded
 * (a relation of a historical row, a read without the scope filter, a DTO). Installed on the
 * built schema (guardSchema below, schema.ts), it checks every field:
 * - its parent: no field of an organisation or member outside the scope resolves — so no
 *   aggregate (`stats`, `meetingStats`, `oversightCompliance`…) is ever computed over one, present
 *   or future, without each resolver having to remember;
 * - its result: an organisation or member outside the scope becomes null (nullable field), is
 *   left out (list), or NOT_FOUND (non-null field: the same answer as a missing object).
 * Historical rows keep what is documented as safe without the object: the name of a former cell
 * (`CellMembership.organizationName`) and of a former attendee (`MeetingAttendance.memberName`).
 * Which fields are wrapped (issue #14: the drill-down's 200 organisations and ~2,200 counts):
 * - every field of `Organization` and `Member` that has a resolver gets the parent check; on a
 *   field returning a leaf (scalar, enum) or a value type (below) that is all it does, since such
 *   a result cannot hold an organisation or member; other fields also get the result check;
 * - every field of any other type that returns an object, interface or union (not a value type),
 *   or a list of them, gets the result check (and the parent check, a no-op there unless an
 *   organisation or member was returned in that type's place — which that field's producer, itself
 *   result-checked, already rules out);
 * - nothing else is wrapped: fields of other types returning leaves or value types (a
 *   connection's `totalCount`, a page's cursors), and the fields of value types, which have no
 *   resolver at all (graphql-js and graphql-jit read the property).
 * A value type is an object type declared with type-graphql's `simpleResolvers` (no resolver on
 * any field) whose fields are all leaves or value types (or lists of them): `OrganizationStats`
 * and its counts, built as plain numbers by scoped services. Nothing reachable from one is an
 * organisation or member: every value reachable from it is a leaf, so even an object wrongly
 * returned in its place would show only leaf values. guardSchema checks the definition at start
 * (a `simpleResolvers` type with an object field, a resolver, or an interface is no value type:
 * it stays wrapped where it is returned).
 * It was a global type-graphql middleware until issue #14: the same checks in the same order,
 * but type-graphql's async middleware chain made about ten promises per field (and their async
 * hooks) even for a name read from a row; now an organisation or member already loaded is
 * decided from its path synchronously, and a promise is made only when its place must be read.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  const values = valueTypes(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const parentCheck = type.name === 'Organization' || type.name === 'Member';
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) continue;
      const named = getNamedType(field.type);
      const resultCheck = !isLeafType(named) && !values.has(named.name);
      if (resultCheck) field.resolve = guarded(field.resolve as Resolve);
      else if (parentCheck) field.resolve = parentGuarded(field.resolve as Resolve);
    }
  }
  return schema;
}

/** Names of the value types (see guardSchema): object types without resolvers whose fields are leaves or value types. */
export function valueTypes(schema: GraphQLSchema): Set<string> {
  const candidates = new Map<string, GraphQLObjectType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.getInterfaces().length > 0) continue;
    if (type.name === 'Organization' || type.name === 'Member') continue;
    if (Object.values(type.getFields()).every((f) => !f.resolve)) candidates.set(type.name, type);
  }
  // Drop candidates with a field of a non-leaf type that is not (still) a candidate, until none changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, type] of candidates) {
      const ok = Object.values(type.getFields()).every((f) => {
        const named = getNamedType(f.type);
        return isLeafType(named) || candidates.has(named.name);
      });
      if (!ok) {
        candidates.delete(name);
        changed = true;
      }
    }
  }
  return new Set(candidates.keys());
}

type Resolve = GraphQLFieldResolver<unknown, Context>;

const isPromise = <T>(value: unknown): value is Promise<T> => typeof (value as { then?: unknown } | null)?.then === 'function';

function guarded(inner: Resolve): Resolve {
  return (root, args, context, info) => {
    if (!context?.access) return inner(root, args, context, info);
    const proceed = () => {
      const result = inner(root, args, context, info);
      return isPromise(result) ? result.then((value) => guardValue(value, info.returnType, context)) : guardValue(result, info.returnType, context);
    };
    if (root instanceof Organization || root instanceof Member) {
      const kind = root instanceof Organization ? 'Organization' : 'Member';
      const ok = readable(root, context);
      if (ok === true) return proceed();
      if (ok === false) throw notFound(kind);
      return ok.then((yes) => {
        if (!yes) throw notFound(kind);
        return proceed();
      });
    }
    return proceed();
  };
}

/** The parent check alone, for a field of an organisation or member whose result is a leaf or a value type. */
function parentGuarded(inner: Resolve): Resolve {
  return (root, args, context, info) => {
    if (!context?.access || !(root instanceof Organization || root instanceof Member)) return inner(root, args, context, info);
    const ok = readable(root, context);
    const kind = root instanceof Organization ? 'Organization' : 'Member';
    if (ok === true) return inner(root, args, context, info);
    if (ok === false) throw notFound(kind);
    return ok.then((yes) => {
      if (!yes) throw notFound(kind);
      return inner(root, args, context, info);
    });
  };
}

/** The value as the caller may see it; a promise only when an object's place must be read first. */
function guardValue(value: unknown, type: GraphQLOutputType, context: Context): unknown {
  if (value === null || value === undefined) return value;
  const inner = getNullableType(type);
  if (Array.isArray(value) && isListType(inner)) {
    if (!value.some((v) => v instanceof Organization || v instanceof Member)) return value;
    const decisions = value.map((v) => (v instanceof Organization || v instanceof Member ? readable(v, context) : true));
    const keep = (yes: boolean[]) => value.filter((_, i) => yes[i]);
    return decisions.some(isPromise) ? Promise.all(decisions).then(keep) : keep(decisions as boolean[]);
  }
  if (value instanceof Organization || value instanceof Member) {
    const decide = (yes: boolean) => {
      if (yes) return value;
      if (isNonNullType(type)) throw notFound(value instanceof Organization ? 'Organization' : 'Member');
      return null;
    };
    const ok = readable(value, context);
    return isPromise<boolean>(ok) ? ok.then(decide) : decide(ok);
  }
  return value;
}

/**
 * READ over the object's current place: `path` of an organisation, `orgPath` of a member. A
 * member who has left the register (deceased, removed: no current cell) stays with the readers
 * of the last cell they belonged to, so past meetings and rolls keep them; a member transferred
 * elsewhere belongs to the new cell's readers only. Synchronous when the object is loaded and its
 * place is known; a promise when a bare reference or a member's last cell must be read.
 */
export function readable(entity: Organization | Member, context: Context): boolean | Promise<boolean> {
  // Its place known (a loaded entity, or a row built by organization-rows/member-rows): decided
  // from it without MikroORM's wrapper, which the first `wrap()` of a row-built object would
  // allocate (a WrappedEntity per organisation of a drill-down, issue #14).
  if (entity instanceof Organization) {
    if (typeof entity.path === 'string') return context.access.can('READ', entity.path);
  } else if (typeof entity.orgPath === 'string') {
    return context.access.can('READ', entity.orgPath);
  }
  if (!wrap(entity).isInitialized()) {
    // A bare reference: load it unscoped (`unscoped`: only its path is used, to decide).
    return context.em.findOne(entity instanceof Organization ? Organization : Member, entity.id, { filters: false }).then((loaded) => (loaded ? readable(loaded, context) : false));
  }
  if (entity instanceof Organization) return context.access.can('READ', entity.path);
  if (entity.orgPath !== null || context.access.can('READ', null)) return context.access.can('READ', entity.orgPath);
  return context.loaders.lastCellOfMember.load(entity.id).then((path) => context.access.can('READ', path));
}

/** The batch of `loaders.lastCellOfMember`: the current path of the last cell of members who have left (null: none). */
export async function lastCellPaths(em: EntityManager, ids: readonly number[]): Promise<Array<string | null>> {
  // unscoped: only the path of the member's last cell is read, to decide what the caller sees.
  const rows = await em.find(Membership, { member: { $in: [...ids] } }, { filters: false, populate: ['organization'], orderBy: { validFrom: 'asc', id: 'asc' } });
  const last = new Map(rows.map((r) => [r.member.id, r.organization.getEntity().path]));
  return ids.map((id) => last.get(id) ?? null);
}
