import { describe, expect, it } from 'vitest';
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { createSchema } from '../schema.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Access } from './access.js';
import { valueTypes } from './scope-guard.js';
import type { Context } from '../context.js';

/** A loaded organisation at `path` (built as organization-rows builds one: the entity's prototype, its columns). */
const orgAt = (id: number, path: string) => Object.setPrototypeOf({ id, name: `Org ${id}`, kind: 'CELL', path, rootId: 1, parent: null }, Organization.prototype) as Organization;
const leader = { access: Access.of({ userId: 1, username: 'leader', displayName: 'Leader' }, [{ role: 'LEADER', scopePath: '/1/2/' }]) } as unknown as Context;
const inside = orgAt(3, '/1/2/3/');
const outside = orgAt(4, '/1/4/');

describe('scope guard on the built schema (issue #14: which fields are wrapped)', async () => {
  const schema = await createSchema();
  const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name]!;
  const call = (type: string, name: string, root: unknown, args: Record<string, unknown> = {}) => {
    const f = field(type, name);
    const info = { returnType: f.type, fieldName: name, fieldNodes: [], parentType: schema.getType(type) } as unknown as GraphQLResolveInfo;
    return (f.resolve as GraphQLFieldResolver<unknown, Context>)(root, args, leader, info);
  };

  it('value types are exactly the plain counts of stats, and their fields have no resolver', () => {
    const values = valueTypes(schema);
    expect([...values].sort()).toEqual(['AgeBandCount', 'GenderCount', 'KindCount', 'OrganizationStats', 'StatusCount']);
    for (const name of values) for (const f of Object.values((schema.getType(name) as GraphQLObjectType).getFields())) expect(f.resolve).toBeUndefined();
  });

  it('a leaf field of an organisation outside the scope does not resolve (parent check kept)', () => {
    expect(call('Organization', 'name', inside)).toBe('Org 3');
    expect(() => call('Organization', 'name', outside)).toThrow(/not found/i);
    expect(() => call('Organization', 'kind', outside)).toThrow(/not found/i);
  });

  it('a field returning an organisation drops one outside the scope (result check kept)', async () => {
    const connection = { nodes: [inside, outside], edges: [], totalCount: 2 };
    const nodes = await call('OrganizationConnection', 'nodes', connection);
    expect(nodes).toEqual([inside]);
  });

  it('a type with an object field is no value type, even without resolvers', () => {
    const Count = new GraphQLObjectType({ name: 'Count', fields: { n: { type: GraphQLInt } } });
    const Holder = new GraphQLObjectType({ name: 'Holder', fields: { org: { type: new GraphQLObjectType({ name: 'Thing', fields: { x: { type: GraphQLString, resolve: () => 'x' } } }) }, n: { type: GraphQLInt } } });
    const Lists = new GraphQLObjectType({ name: 'Lists', fields: { counts: { type: new GraphQLList(Count) } } });
    const Query = new GraphQLObjectType({ name: 'Query', fields: { h: { type: Holder }, l: { type: Lists } } });
    expect([...valueTypes(new GraphQLSchema({ query: Query }))].sort()).toEqual(['Count', 'Lists']);
  });
});
