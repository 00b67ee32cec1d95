import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** Apollo's gateway interface (from `@apollo/server-gateway-interface`, read off the constructor's options). */
type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type SchemaListener = Parameters<Gateway['onSchemaLoadOrUpdate']>[0];

/**
 * What the executor keeps per document: how often it ran before it is compiled, the compiled
 * query, or `graphql-js` when jit refused it.
 */
type Entry = CompiledQuery | 'graphql-js' | { uses: number };

export interface JitStats {
  /** Documents compiled by graphql-jit since the start (at their `compileAt`-th run). */
  compiled: number;
  /** Documents graphql-jit could not compile: they run on graphql-js. */
  refused: number;
  /** Operations executed by compiled code / by graphql-js. */
  jitRuns: number;
  jsRuns: number;
}

export interface JitExecutor {
  /** Pass as Apollo's `gateway` option (instead of `schema`). */
  gateway: Gateway;
  stats: JitStats;
}

/**
 * Executes GraphQL operations with graphql-jit (issue #14): each distinct document (text +
 * operation name) is compiled once, at its `compileAt`-th run (default 2: a document sent once,
 * such as an analyst's one-off query, runs on graphql-js and never pays the compilation), into
 * plain JavaScript kept in a bounded LRU; a document jit cannot compile runs on graphql-js, as
 * does an operation Apollo could not resolve (so its error is graphql-js's own).
 *
 * The route into Apollo Server 5 is its `gateway` option, the documented way to bring one's own
 * executor: Apollo still parses, validates (with our validation rules), runs every plugin hook up
 * to `didResolveOperation`/`responseForOperation` and `executionDidStart`/`executionDidEnd`, turns
 * variable-coercion errors into BAD_USER_INPUT, formats errors (formatError) and sends the answer
 * exactly as without a gateway; only the `execute` call is ours. Not honoured in this mode:
 * `willResolveField` (no plugin of ours uses it; the cache-control plugin, which does, is off),
 * `fieldResolver`/`rootValue` options (not used) and incremental delivery (@defer, not in the
 * schema).
 *
 * Queries only: a mutation runs on graphql-js (not a hot path, and graphql-js stops at the first
 * root field that fails where jit would run the next ones); so does a subscription (none here).
 *
 * Same answers as graphql-js, by construction where jit differs:
 * - variables are coerced by graphql-js first (`getVariableValues`): its messages
 *   (`Variable "$x" got invalid value … at "input.foundedOn"`) and the custom scalars' typed
 *   errors are what formatError and Apollo's BAD_USER_INPUT rule read; jit then coerces the raw
 *   values again, which cannot fail where graphql-js succeeded;
 * - every field with a resolver calls it (the scope guard wraps each one, auth/scope-guard.ts);
 *   jit reads a field without a resolver as a property, as graphql-js's default resolver does for
 *   the plain objects of the `simpleResolvers` types (no field of those is a method);
 * - jit's errors are rebuilt as graphql-js errors (asGraphQLError) for Apollo and formatError.
 * What may differ, only when one answer holds several errors: their order (jit lists the errors of
 * nullable fields before those of non-null fields that nulled a parent), and when a non-null
 * field fails, graphql-js does not run the later synchronous fields of the same object while jit
 * runs them and reports their errors too (graphql-js does the same for fields already running
 * asynchronously). Data, codes and paths of each error are the same.
 */
export function createJitExecutor(schema: GraphQLSchema, options: { maxDocuments?: number; compileAt?: number } = {}): JitExecutor {
  const cache = new LRUCache<string, Entry>({ max: options.maxDocuments ?? 500 });
  const compileAt = Math.max(1, options.compileAt ?? 2);
  const stats: JitStats = { compiled: 0, refused: 0, jitRuns: 0, jsRuns: 0 };

  const entryFor = (key: string, document: DocumentNode, operationName: string | undefined): CompiledQuery | 'graphql-js' => {
    let entry = cache.get(key);
    if (entry === undefined || (typeof entry === 'object' && 'uses' in entry)) {
      // Compiling costs about twice the parse and validation of the same document (measured at
      // load 25: the drill-down 80 ms against 45 ms, `node(id:) { id }` 30 ms against 9 ms: jit
      // compiles a branch per type behind an interface), so a document sent once runs on graphql-js.
      const uses = (entry?.uses ?? 0) + 1;
      if (uses < compileAt) {
        cache.set(key, { uses });
        return 'graphql-js';
      }
      try {
        const compiled = compileQuery(schema, document, operationName);
        entry = isCompiledQuery(compiled) ? compiled : 'graphql-js';
      } catch {
        entry = 'graphql-js';
      }
      if (entry === 'graphql-js') stats.refused++;
      else stats.compiled++;
      cache.set(key, entry);
    }
    return entry;
  };

  const executor: GatewayExecutor = async ({ document, operation, request, context, queryHash }) => {
    const operationName = request.operationName ?? undefined;
    const variables = request.variables ?? undefined;
    // No operation: Apollo needs graphql-js's error ("Unknown operation named …"). Mutations:
    // graphql-js stops at the first root field that fails (non-null), jit would run the next ones.
    const entry = operation?.operation === 'query' ? entryFor(`${operationName ?? ''}\u0000${queryHash}`, document, operationName) : 'graphql-js';
    if (entry === 'graphql-js') {
      stats.jsRuns++;
      return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    }
    const coercionErrors = variableErrors(schema, operation as OperationDefinitionNode, variables);
    if (coercionErrors) return { errors: coercionErrors };
    stats.jitRuns++;
    const result = (await entry.query(undefined, context, variables)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  let listener: SchemaListener | null = null;
  const gateway: Gateway = {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = null;
      };
    },
    async load() {
      // Apollo's schema manager waits for this call before its first request (schemaManager.ts).
      listener?.({
        apiSchema: schema,
        get coreSupergraphSdl() {
          return printSchema(schema);
        },
      });
      return { executor };
    },
    async stop() {
      cache.clear();
    },
  };
  return { gateway, stats };
}

/**
 * jit's errors are its own class (a GraphQLError by prototype) whose `extensions` is undefined
 * when the cause had none, which Apollo's error formatting cannot read (`extensions.code`): the
 * same error as graphql-js would have made it, with jit's locations and path.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  if (error.locations) (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/** graphql-js's own coercion errors for the request's variables, or null when they fit. */
function variableErrors(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): readonly GraphQLError[] | null {
  const definitions = operation.variableDefinitions ?? [];
  if (definitions.length === 0) return null;
  // The limit graphql-js's execute uses (buildExecutionContext).
  const result = getVariableValues(schema, definitions, variables ?? {}, { maxErrors: 50 });
  return result.errors ?? null;
}
