import { Cursor as OrmCursor, type EntityManager, type EntityName } from '@mikro-orm/core';
import { isIsoDate } from '@fourgood/rules';
import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import { invalid } from './errors.js';

export const NODE_TYPES = ['Organization', 'Member', 'User', 'RoleGrant', 'CriteriaTable', 'Assessment', 'SavedQuery', 'Meeting', 'OversightAssignment', 'Recommendation', 'MemberCommitment', 'Award'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

/** Global ids are base64url("Type:id"), opaque to clients and stable. */
export function toGlobalId(type: NodeTypeName, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string, field = 'id'): { type: NodeTypeName; id: number } {
  const text = /^[A-Za-z0-9_-]{1,64}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString() : '';
  const m = /^([A-Za-z]+):([1-9][0-9]{0,14})$/.exec(text);
  if (!m || !(NODE_TYPES as readonly string[]).includes(m[1]!)) throw invalid(field, 'Malformed id', 'MALFORMED_ID');
  return { type: m[1] as NodeTypeName, id: Number(m[2]) };
}

/** Decodes a global id that must name an object of `type`. */
export function idOf(type: NodeTypeName, globalId: string, field: string): number {
  const decoded = fromGlobalId(globalId, field);
  if (decoded.type !== type) throw invalid(field, `Expected the id of a ${type}, got a ${decoded.type}`, 'WRONG_ID_TYPE');
  return decoded.id;
}

/**
 * Decodes an optional global id: absent (undefined or null) is null; anything else must be an id
 * of `type` — an empty string is a malformed id, never "not given".
 */
export function optionalIdOf(type: NodeTypeName, globalId: string | null | undefined, field: string): number | null {
  return globalId == null ? null : idOf(type, globalId, field);
}

@InterfaceType('Node', { description: 'An object with a global id (Relay)' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Global id' })
  globalId!: string;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  first?: number | null;
  @Field(() => String, { nullable: true })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: `Page size from the end, at most ${MAX_PAGE_SIZE}` })
  last?: number | null;
  @Field(() => String, { nullable: true })
  before?: string | null;
}

export interface PageRequest {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** What a cursor position holds: the kind of the ordering column. */
export type CursorKind = 'integer' | 'number' | 'string' | 'date' | 'datetime' | 'boolean';

function fitsKind(value: unknown, kind: CursorKind): boolean {
  switch (kind) {
    case 'integer':
      return Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string' && value.length <= 1000;
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'datetime':
      return value instanceof Date && !Number.isNaN(value.getTime());
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/**
 * Checks page arguments: sizes within 1..MAX_PAGE_SIZE, one direction at a time, well-formed
 * cursors. With `kinds` (one per ordering column), a cursor must hold exactly that many values of
 * those kinds: no objects (`{"$gt": …}` would become an operator), no nulls, no wrong arity.
 */
export function pageRequest(args: PageArgs, kinds?: readonly CursorKind[]): PageRequest {
  const size = (name: 'first' | 'last') => {
    const v = args[name];
    if (v == null) return undefined;
    if (!Number.isInteger(v) || v < 1 || v > MAX_PAGE_SIZE) throw invalid(name, `${name} must be from 1 to ${MAX_PAGE_SIZE}`, 'PAGE_SIZE', { min: 1, max: MAX_PAGE_SIZE });
    return v;
  };
  const cursor = (name: 'after' | 'before') => {
    const v = args[name];
    if (v == null) return undefined;
    let values: unknown[];
    try {
      if (!/^[A-Za-z0-9_-]{1,4000}$/.test(v)) throw new Error('not base64url');
      values = OrmCursor.decode(v) as unknown[];
      if (!Array.isArray(values)) throw new Error('not a cursor');
    } catch {
      throw invalid(name, 'Malformed cursor', 'MALFORMED_CURSOR');
    }
    const fits = kinds ? values.length === kinds.length && values.every((x, i) => fitsKind(x, kinds[i]!)) : values.length > 0 && values.every((x) => x !== null && typeof x !== 'object');
    if (!fits) throw invalid(name, 'Malformed cursor', 'MALFORMED_CURSOR');
    return v;
  };
  const first = size('first');
  const last = size('last');
  const after = cursor('after');
  const before = cursor('before');
  if (first !== undefined && last !== undefined) throw invalid('last', 'Use either first or last, not both', 'FIRST_AND_LAST');
  if (last !== undefined || before !== undefined) return { last: last ?? DEFAULT_PAGE_SIZE, before };
  return { first: first ?? DEFAULT_PAGE_SIZE, after };
}

/** The kind of each ordering column, from the entity's metadata. */
function cursorKinds(em: EntityManager, entity: EntityName<object>, orderBy: Record<string, unknown>): CursorKind[] {
  const meta = em.getMetadata().get(entity as never);
  return Object.keys(orderBy).map((key) => {
    const prop = meta.properties[key as never] as { type?: string; runtimeType?: string } | undefined;
    const type = String(prop?.type ?? '');
    if (prop?.runtimeType === 'Date' || type === 'Date' || type === 'datetime') return 'datetime';
    // `type: 'date'` columns (calendar dates as text) carry MikroORM's DateType in the metadata.
    if (type === 'date' || type === 'DateType') return 'date';
    if (['integer', 'int', 'smallint', 'bigint'].includes(type)) return 'integer';
    if (prop?.runtimeType === 'number' || type === 'number' || type === 'float' || type === 'double') return 'number';
    if (prop?.runtimeType === 'boolean' || type === 'boolean') return 'boolean';
    return 'string';
  });
}

/** Page arguments and order for `em.findByCursor`, with cursors checked against the order's columns. */
export function cursorPage<O extends Record<string, 'asc' | 'desc'>>(em: EntityManager, entity: EntityName<object>, args: PageArgs, orderBy: O): PageRequest & { orderBy: O } {
  return { ...pageRequest(args, cursorKinds(em, entity, orderBy)), orderBy };
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection types for one node type: `<Name>Connection` and `<Name>Edge`. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that do not need cursors' }) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of items matching, over all pages' }) totalCount!: number;
  }
  return Connection;
}

/** Builds a connection from a MikroORM cursor page. */
export function toConnection<T extends object>(page: OrmCursor<T, never, '*', never, true>): ConnectionShape<T> {
  const items = page.items as T[];
  return {
    edges: items.map((node) => ({ cursor: page.from(node), node })),
    nodes: items,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPrevPage,
      startCursor: page.startCursor,
      endCursor: page.endCursor,
    },
    totalCount: page.totalCount,
  };
}
