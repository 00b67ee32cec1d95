import { getNullableType, isListType, Kind, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { ApolloServerPlugin } from '@apollo/server';
import { createRequire } from 'node:module';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { AppError, ErrorCode } from './errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './relay.js';

// The CommonJS build: its ES build imports graphql/index.mjs, a second copy of graphql beside the
// CommonJS one that type-graphql and this server use ("from another module or realm").
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/**
 * What a query costs before it runs (graphql-query-complexity over the schema and the request's
 * variables). Units: 1 for a field read from a row already loaded; a list multiplies what it
 * selects by the rows it can return (`first`/`last`, else the default page size; an unpaged list
 * counts LIST_ITEMS); an aggregate over a subtree adds the work of its statements:
 *
 * - `BATCHED`: one subtree range inside a statement shared by every row of the request (stats,
 *   meetingStats, recommendationStats, ratingDistribution, one year of ratingTrend…): a page of
 *   200 rows costs 200 ranges, but not 200 statements;
 * - `STATEMENT`: one statement per row and call (memberCounts, fourGood, oversightCompliance…).
 *
 * MAX_COST refuses a page of 200 organisations each with a 20-year rating trend (about 44,000:
 * issue #10), and accepts every document of the admin app (src/graphql/cost.test.ts).
 */
export const COST = {
  maxCost: 20_000,
  /** Rows assumed for a list without paging arguments (breadcrumbs, rating levels, groups…). */
  listItems: 10,
  /** A paged list: its statement and its count. */
  page: 10,
  batched: 10,
  statement: 50,
} as const;

type Args = Record<string, unknown>;

/** Rows a paged field may return: `first`/`last` when given (capped like pageRequest caps them), else the default page size. */
function pageSize(args: Args): number {
  const asked = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(asked, 1), MAX_PAGE_SIZE);
}

function isPaged(field: ComplexityEstimatorArgs['field']): boolean {
  return field.args.some((a) => a.name === 'first' || a.name === 'last');
}

/**
 * Every field without its own `complexity`: 1, plus what it selects times the rows it returns;
 * introspection nothing.
 * The `edges`/`nodes` of a connection hold the page already counted on the connection field.
 */
export function listEstimator(): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Introspection (__schema, __type: the query workspace, GraphiQL) reads the schema in memory;
    // it is for analysts and admins only, and the depth limit bounds it.
    if (field.name.startsWith('__')) return 0;
    if (isPaged(field)) return COST.page + pageSize(args) * childComplexity;
    const inConnection = type.name.endsWith('Connection');
    const items = isListType(getNullableType(field.type)) && !inConnection ? COST.listItems : 1;
    return 1 + items * childComplexity;
  };
}

/** The years a call covers: `fromYear`–`toYear` (at most 21, as the resolver allows), a `from`–`to` span, else one. */
export function yearsOf(args: Args): number {
  if (typeof args.fromYear === 'number' && typeof args.toYear === 'number') return Math.min(Math.max(args.toYear - args.fromYear + 1, 1), 21);
  if (typeof args.from === 'string' && typeof args.to === 'string') {
    const days = (Date.parse(args.to) - Date.parse(args.from)) / 86_400_000;
    return Number.isFinite(days) ? Math.min(Math.max(Math.ceil((days + 1) / 366), 1), 6) : 1;
  }
  return 1;
}

/**
 * Field costs for `complexity` in type-graphql's field options: `units` of work per call (per year
 * with `perYear`), plus what the field selects (times LIST_ITEMS rows for a list result, per year).
 */
export const cost = {
  /** An aggregate computed once for the field: `units` plus what it selects. */
  of(units: number, options: { list?: boolean } = {}) {
    return ({ childComplexity }: ComplexityEstimatorArgs) => units + (options.list ? COST.listItems : 1) * childComplexity;
  },
  /** The same work again for every year of the span asked (`fromYear`–`toYear`, or `from`–`to`). */
  perYear(units: number) {
    return ({ args, childComplexity }: ComplexityEstimatorArgs) => yearsOf(args) * (units + childComplexity);
  },
};

/** The cost of one operation of `document` with these variables; null when the variables do not fit (execution reports that). */
export function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [fieldExtensionsEstimator(), listEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    return null;
  }
}

/** The arguments whose values the estimators read (pageSize, yearsOf): the only variables a cost depends on, with @include/@skip's. */
const COSTED_ARGUMENTS = new Set(['first', 'last', 'fromYear', 'toYear', 'from', 'to']);

/**
 * The variables a document's cost can depend on: those used (at any depth) in an argument the
 * estimators read, or in a directive's arguments (graphql-query-complexity honours @include and
 * @skip). Every other variable (ids, filters, inputs) leaves the cost as it is.
 */
export function costedVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ValueNode) =>
    visit(node, {
      [Kind.VARIABLE](v) {
        names.add(v.name.value);
      },
    });
  visit(document, {
    [Kind.FIELD](node) {
      for (const a of node.arguments ?? []) if (COSTED_ARGUMENTS.has(a.name.value)) collect(a.value);
    },
    [Kind.DIRECTIVE](node) {
      for (const a of node.arguments ?? []) collect(a.value);
    },
  });
  return [...names].sort();
}

interface CostCache {
  schema: GraphQLSchema;
  variables: string[];
  costs: LRUCache<string, number>;
}

/**
 * Refuses, before anything runs, an operation costing more than `maxCost`: VALIDATION_FAILED with
 * reason QUERY_TOO_COSTLY. A plugin rather than a validation rule, because validation does not
 * see the variables, and page sizes and years mostly come as variables.
 *
 * Costs are kept per parsed operation (issue #14, fixed cost): Apollo hands back the same parsed
 * document for the same text (its documentStore, a bounded LRU), so a WeakMap on it follows that
 * store; under it, up to 64 costs by the values of the variables the cost can depend on (page
 * sizes, years, @include/@skip), so a drill-down asked for one organisation after another (only
 * its `$id` changes) is costed once. Only numbers are kept: variables that do not fit (null)
 * are costed again each time.
 */
export function costLimitPlugin(maxCost: number = COST.maxCost): ApolloServerPlugin {
  const caches = new WeakMap<OperationDefinitionNode, CostCache>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, operationName }) {
          const variables = request.variables ?? {};
          let cache = operation ? caches.get(operation) : undefined;
          if (operation && (!cache || cache.schema !== schema)) {
            cache = { schema, variables: costedVariables(document), costs: new LRUCache({ max: 64 }) };
            caches.set(operation, cache);
          }
          // Absent ([]) and null ([null]) differ: an absent variable takes its default value.
          const key = cache ? JSON.stringify(cache.variables.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []))) : '';
          let found = cache?.costs.get(key) ?? null;
          if (found === null) {
            found = costOf(schema, document, variables, operationName ?? undefined);
            if (found !== null) cache?.costs.set(key, found);
          }
          if (found !== null && found > maxCost) {
            throw new AppError(ErrorCode.VALIDATION_FAILED, `This query would cost ${found}, more than the limit of ${maxCost}: ask for fewer rows, fewer years or fewer figures per row`, {
              reason: 'QUERY_TOO_COSTLY',
            });
          }
        },
      };
    },
  };
}
