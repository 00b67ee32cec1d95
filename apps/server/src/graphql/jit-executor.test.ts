import { ApolloServer } from '@apollo/server';
import { GraphQLError, GraphQLID, type GraphQLFormattedError, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createJitExecutor } from './jit-executor.js';
import { DateScalar } from './scalars.js';

/** A small schema with what the executor must keep as graphql-js does it. */
function schema(): { schema: GraphQLSchema; calls: { item: number } } {
  const calls = { item: 0 };
  const Item: GraphQLObjectType = new GraphQLObjectType({
    name: 'Item',
    fields: () => ({
      id: { type: new GraphQLNonNull(GraphQLID) },
      // Calls the resolver even for a plain property (the scope guard wraps such resolvers).
      name: { type: GraphQLString, resolve: (item: { name: string }) => (calls.item++, item.name) },
      fails: {
        type: new GraphQLNonNull(GraphQLString),
        resolve: () => {
          throw new Error('plain failure');
        },
      },
      typed: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('typed failure', { extensions: { code: 'NOT_FOUND' } });
        },
      },
    }),
  });
  const Query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: { type: new GraphQLList(Item), args: { n: { type: GraphQLInt } }, resolve: (_r, { n }: { n?: number }) => Array.from({ length: n ?? 2 }, (_, i) => (i === 1 ? null : { id: String(i), name: `item ${i}` })) },
      echo: { type: DateScalar, args: { on: { type: DateScalar } }, resolve: (_r, { on }: { on?: string }) => on },
    },
  });
  return { schema: new GraphQLSchema({ query: Query }), calls };
}

async function both(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const a = schema();
  const b = schema();
  const executor = createJitExecutor(a.schema, { compileAt: 1 });
  const jit = new ApolloServer({ gateway: executor.gateway });
  const js = new ApolloServer({ schema: b.schema });
  await Promise.all([jit.start(), js.start()]);
  try {
    const [x, y] = await Promise.all([jit.executeOperation({ query, variables, operationName }), js.executeOperation({ query, variables, operationName })]);
    return { jit: x, js: y, stats: executor.stats };
  } finally {
    await Promise.all([jit.stop(), js.stop()]);
  }
}

describe('the graphql-jit executor', () => {
  it('answers as graphql-js: nulls in lists, null bubbling, plain and typed errors with codes and paths', async () => {
    // `typed` first: graphql-js runs it before `fails` nulls the item (see the module's note on order).
    const { jit, js, stats } = await both(`{ items(n: 3) { id name typed fails } }`);
    const [x, y] = [jit, js].map((r) => (r.body.kind === 'single' ? r.body.singleResult : null));
    expect(x!.data).toEqual(y!.data);
    expect(x!.data).toEqual({ items: [null, null, null] });
    const byPath = (errors: readonly GraphQLFormattedError[] | undefined) => [...(errors ?? [])].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
    expect(byPath(x!.errors)).toEqual(byPath(y!.errors));
    expect(stats.jitRuns).toBe(1);
    expect(byPath(x!.errors).map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR', 'NOT_FOUND', 'INTERNAL_SERVER_ERROR', 'NOT_FOUND']);
  });

  it('coerces variables with graphql-js: the same messages and the custom scalar’s typed error', async () => {
    for (const variables of [{ on: '2024-02-30' }, { on: 5 }, { on: '2024-02-28' }]) {
      const { jit, js, stats } = await both(`query($on: Date) { echo(on: $on) }`, variables);
      expect(jit.body).toEqual(js.body);
      expect(jit.http.status).toBe(js.http.status);
      expect(stats.jitRuns).toBe(variables.on === '2024-02-28' ? 1 : 0);
    }
  });

  it('leaves mutations to graphql-js', async () => {
    const { schema: s } = schema();
    const withMutation = new GraphQLSchema({ query: s.getQueryType(), mutation: new GraphQLObjectType({ name: 'Mutation', fields: { touch: { type: GraphQLInt, resolve: () => 1 } } }) });
    const executor = createJitExecutor(withMutation, { compileAt: 1 });
    const server = new ApolloServer({ gateway: executor.gateway });
    await server.start();
    try {
      const res = await server.executeOperation({ query: `mutation { touch }` });
      expect(res.body.kind === 'single' && res.body.singleResult.data).toEqual({ touch: 1 });
      expect(executor.stats).toMatchObject({ jitRuns: 0, jsRuns: 1, compiled: 0 });
    } finally {
      await server.stop();
    }
  });

  it('leaves an operation it cannot find to graphql-js', async () => {
    const { jit, js, stats } = await both(`query A { echo } query B { echo }`, undefined, 'C');
    expect(jit.body).toEqual(js.body);
    expect(jit.http.status).toBe(js.http.status);
    expect(stats.jitRuns).toBe(0);
  });

  it('compiles a document at its second run by default', async () => {
    const { schema: s } = schema();
    const executor = createJitExecutor(s);
    const server = new ApolloServer({ gateway: executor.gateway });
    await server.start();
    try {
      for (let i = 0; i < 3; i += 1) await server.executeOperation({ query: `{ items { id } }` });
      expect(executor.stats).toMatchObject({ compiled: 1, jsRuns: 1, jitRuns: 2 });
    } finally {
      await server.stop();
    }
  });

  it('compiles each document once (per operation name) and bounds the cache', async () => {
    const { schema: s, calls } = schema();
    const executor = createJitExecutor(s, { maxDocuments: 2, compileAt: 1 });
    const server = new ApolloServer({ gateway: executor.gateway });
    await server.start();
    try {
      const doc = `query A { items { name } } query B { items(n: 1) { id } }`;
      for (let i = 0; i < 3; i += 1) await server.executeOperation({ query: doc, operationName: 'A' });
      await server.executeOperation({ query: doc, operationName: 'B' });
      expect(executor.stats).toMatchObject({ compiled: 2, jitRuns: 4 });
      expect(calls.item).toBe(3);
      await server.executeOperation({ query: `{ echo }` });
      await server.executeOperation({ query: doc, operationName: 'A' });
      // Three documents in a cache of two: A was dropped and compiled again.
      expect(executor.stats.compiled).toBe(4);
    } finally {
      await server.stop();
    }
  });
});
