import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import type { CommonReason, ProblemValues } from '@fourgood/rules';
import { DomainError, invalidAll, toGraphQLError, type FieldProblem } from './errors.js';

/**
 * C0 control characters and DEL, except tab, line feed and carriage return (free text such as
 * notes and saved queries has several lines; a name with a line break is odd but harmless).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Half of a surrogate pair on its own: not text, and not storable as UTF-8. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Longest string argument; the services set tighter limits on names and codes. */
export const MAX_STRING_LENGTH = 10_000;
/** Arguments that carry a whole document (a spreadsheet, a GraphQL query); the 100 kB body limit bounds them. */
const DOCUMENT_ARGUMENTS = new Set(['content', 'query', 'variables']);

type Path = Array<string | number>;

function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** What is wrong with one string argument, if anything. */
export function stringProblem(value: string, typeName: string, name: string): { message: string; reason: CommonReason; values?: ProblemValues } | null {
  if (CONTROL.test(value)) return { message: 'Control characters are not allowed', reason: 'CONTROL_CHARACTER' };
  if (LONE_SURROGATE.test(value)) return { message: 'The text is not valid Unicode', reason: 'INVALID_UNICODE' };
  if (value.length > MAX_STRING_LENGTH && !DOCUMENT_ARGUMENTS.has(name)) return { message: `At most ${MAX_STRING_LENGTH} characters`, reason: 'TOO_LONG', values: { max: MAX_STRING_LENGTH } };
  if (typeName === 'ID' && value === '') return { message: 'An id cannot be empty', reason: 'EMPTY_ID' };
  return null;
}

/**
 * Where an operation's strings come from, in document order: a literal of the query text (its
 * problem, if any, known once for all) or a variable at some argument path, with the input type
 * expected there. Depends only on the document, so it is worked out once per parsed document.
 */
type Site =
  | { kind: 'literal'; field: string; problem: NonNullable<ReturnType<typeof stringProblem>> }
  | { kind: 'variable'; name: string; type: GraphQLInputType | null; path: Path };

function problemOf(path: Path, value: string, type: GraphQLInputType | null): { field: string; problem: ReturnType<typeof stringProblem> } {
  const named = type ? getNamedType(type).name : 'String';
  const last = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
  return { field: pathText(path), problem: stringProblem(value, named, last) };
}

/** The sites of one operation (with the fragments it may spread): one walk of the document. */
export function inputSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Site[] {
  const sites: Site[] = [];
  const fromAst = (node: ValueNode, type: GraphQLInputType | null, path: Path): void => {
    const inner = type && isNonNullType(type) ? type.ofType : type;
    switch (node.kind) {
      case Kind.VARIABLE:
        sites.push({ kind: 'variable', name: node.name.value, type: inner, path });
        return;
      case Kind.STRING: {
        const { field, problem } = problemOf(path, node.value, inner);
        if (problem) sites.push({ kind: 'literal', field, problem });
        return;
      }
      case Kind.LIST: {
        const item = inner && isListType(inner) ? inner.ofType : null;
        node.values.forEach((v, i) => fromAst(v, item, [...path, i]));
        return;
      }
      case Kind.OBJECT: {
        const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
        for (const f of node.fields) fromAst(f.value, fields[f.name.value]?.type ?? null, [...path, f.name.value]);
        return;
      }
      default:
        return;
    }
  };

  const typeInfo = new TypeInfo(schema);
  const definitions = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of definitions) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        [Kind.ARGUMENT](node) {
          fromAst(node.value, (typeInfo.getArgument()?.type as GraphQLInputType | undefined) ?? null, [node.name.value]);
          return false;
        },
        [Kind.VARIABLE_DEFINITION](node) {
          if (node.defaultValue) fromAst(node.defaultValue, (typeFromAST(schema, node.type as never) as GraphQLInputType | undefined) ?? null, [node.variable.name.value]);
          return false;
        },
      }),
    );
  }
  return sites;
}

/** The problems of one request: its operation's sites with this request's variables. */
export function problemsAt(sites: readonly Site[], variables: Record<string, unknown>): DomainError | null {
  if (sites.length === 0) return null;
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (field: string, problem: ReturnType<typeof stringProblem>) => {
    if (problem && !seen.has(field)) {
      seen.add(field);
      problems.push({ field, ...problem });
    }
  };

  const fromJson = (value: unknown, type: GraphQLInputType | null, path: Path): void => {
    if (value == null) return;
    const inner = type && isNonNullType(type) ? type.ofType : type;
    if (typeof value === 'string') {
      const { field, problem } = problemOf(path, value, inner);
      return add(field, problem);
    }
    if (Array.isArray(value)) {
      const item = inner && isListType(inner) ? inner.ofType : null;
      value.forEach((v, i) => fromJson(v, item, [...path, i]));
      return;
    }
    if (typeof value === 'object') {
      const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
      for (const [key, v] of Object.entries(value)) fromJson(v, fields[key]?.type ?? null, [...path, key]);
    }
  };

  for (const site of sites) {
    if (site.kind === 'literal') add(site.field, site.problem);
    else fromJson(variables[site.name], site.type, site.path);
  }
  if (problems.length === 0) return null;
  const first = problems[0]!;
  const message = problems.length === 1 ? `${first.field}: ${first.message}` : `${problems.length} arguments are invalid: ${problems.map((p) => p.field).join(', ')}`;
  return invalidAll(problems, message);
}

/**
 * Checks every string the operation passes to a field or directive — in the query text or in
 * the variables, at any depth of an input object or list — before anything runs: control
 * characters, lone surrogates, over-long text and empty ids are VALIDATION_FAILED with the
 * argument path (`input.fullName`, `input.attendance[2].reason`). One place for every argument,
 * so no resolver can forget it.
 */
export function inputProblems(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): DomainError | null {
  return problemsAt(inputSites(schema, document, operation), variables);
}

/**
 * The input check as an Apollo plugin: a refused operation answers 400 and runs nothing. The
 * sites are kept per parsed operation (issue #14, fixed cost): Apollo keeps the parsed and
 * validated document of each query text in its own bounded LRU (documentStore) and hands the same
 * object back for the same text, so a WeakMap on it is bounded by that store and forgets what
 * it evicts; only the variables are checked again on each request.
 */
export function inputGuard(): ApolloServerPlugin {
  const sitesOf = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; sites: Site[] }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          let known = sitesOf.get(operation);
          if (!known || known.schema !== schema) {
            known = { schema, sites: inputSites(schema, document, operation) };
            sitesOf.set(operation, known);
          }
          const error = problemsAt(known.sites, request.variables ?? {});
          if (error) {
            // Thrown before execution, so Apollo would answer 500 without a status of our own.
            throw toGraphQLError(error, { status: 400 });
          }
        },
      };
    },
  };
}
