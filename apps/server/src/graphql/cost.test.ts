import {
  getIntrospectionQuery,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as adminDocuments from '../../../admin/src/gql/graphql.js';
import { COST, costedVariables, costLimitPlugin, costOf } from './cost.js';
import { MAX_PAGE_SIZE } from './relay.js';
import { createSchema } from '../schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/**
 * The most a screen can ask with this variable: the largest page, twenty years, a five-year span.
 * Required input objects get their required fields, lists one item.
 */
function worstValue(name: string, type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [worstValue(name, inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) if (isNonNullType(field.type)) out[field.name] = worstValue(field.name, field.type);
    return out;
  }
  if (isScalarType(inner)) {
    if (inner.name === 'Int') return name === 'first' || name === 'last' ? MAX_PAGE_SIZE : name === 'fromYear' ? 2006 : 2025;
    if (inner.name === 'Float') return 1;
    if (inner.name === 'Boolean') return true;
    if (inner.name === 'Date') return name === 'from' ? '2021-01-01' : '2025-12-31';
    if (inner.name === 'ID') return Buffer.from('Organization:1').toString('base64url');
    return 'x';
  }
  return null;
}

function worstVariables(document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const out: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, v.type as never) as GraphQLInputType;
    out[v.variable.name.value] = worstValue(v.variable.name.value, type);
  }
  return out;
}

const operations = Object.entries(adminDocuments).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && (entry[1] as DocumentNode).definitions?.some((d) => d.kind === 'OperationDefinition'),
);

describe('query cost', () => {
  it('finds the admin app’s operations', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations)('accepts the admin app’s %s with the largest variables it can send', (_name, document) => {
    const found = costOf(schema, document, worstVariables(document));
    expect(found).not.toBeNull();
    expect(found!).toBeLessThanOrEqual(COST.maxCost);
  });

  it('does not count introspection (the workspace’s GraphiQL asks for the whole schema)', () => {
    expect(costOf(schema, parse(getIntrospectionQuery()))).toBe(0);
  });

  it('refuses a page of 200 organisations with a 20-year rating trend each (issue #10)', () => {
    const issue = parse(`{ organization(code: "DB-DIENBIEN") { descendants(first: 200) { nodes { ratingTrend(subject: MEMBER, fromYear: 2006, toYear: 2025) { rated } } } } }`);
    expect(costOf(schema, issue)).toBeGreaterThan(COST.maxCost);
  });

  it('counts pages, years and variables', () => {
    const trend = (first: number, years: number) =>
      costOf(schema, parse(`query($first: Int) { organization(code: "X") { descendants(first: $first) { nodes { ratingTrend(subject: MEMBER, fromYear: ${2026 - years}, toYear: 2025) { rated } } } } }`), { first })!;
    expect(trend(100, 10)).toBeGreaterThan(trend(50, 10) * 1.9);
    expect(trend(50, 20)).toBeGreaterThan(trend(50, 10) * 1.9);
    // Without first, a page is the default 50 rows.
    const noFirst = costOf(schema, parse(`{ organization(code: "X") { descendants { nodes { ratingTrend(subject: MEMBER, fromYear: 2016, toYear: 2025) { rated } } } } }`))!;
    expect(noFirst).toBe(trend(50, 10));
  });

  it('costs an aggregate per row more than a plain field per row', () => {
    const page = (fields: string) => costOf(schema, parse(`{ organization(code: "X") { children(first: 200) { nodes { ${fields} } } } }`))!;
    expect(page('name stats { members }') - page('name')).toBeGreaterThanOrEqual(200 * COST.batched);
    expect(page('name memberCounts(groupBy: [STATUS]) { count }') - page('name')).toBeGreaterThanOrEqual(200 * COST.statement);
  });

  it.each(operations)('gives the admin app’s %s the same cost whatever the values of the variables it is not costed by', (_name, document) => {
    const worst = worstVariables(document);
    const costed = new Set(costedVariables(document));
    // Other values of the same types for every other variable (ids, filters, inputs, dates).
    const other = (name: string, type: GraphQLInputType): unknown => {
      const inner = getNullableType(type) as GraphQLInputType;
      if (isListType(inner)) return [other(name, inner.ofType), other(name, inner.ofType)];
      if (isEnumType(inner)) return inner.getValues().at(-1)!.value;
      if (isInputObjectType(inner)) return Object.fromEntries(Object.values(inner.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, other(f.name, f.type)]));
      if (isScalarType(inner)) {
        if (inner.name === 'Int') return 3;
        if (inner.name === 'Float') return 2;
        if (inner.name === 'Boolean') return false;
        if (inner.name === 'Date') return '2001-02-03';
        if (inner.name === 'ID') return Buffer.from('Organization:2').toString('base64url');
        return 'y';
      }
      return null;
    };
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    const varied = { ...worst };
    for (const v of operation.variableDefinitions ?? []) {
      if (!costed.has(v.variable.name.value)) varied[v.variable.name.value] = other(v.variable.name.value, typeFromAST(schema, v.type as never) as GraphQLInputType);
    }
    expect(costOf(schema, document, worst)).not.toBeNull();
    expect(costOf(schema, document, varied)).toBe(costOf(schema, document, worst));
  });

  it('names the variables a cost depends on: page sizes, years, spans and @include/@skip conditions', () => {
    const document = parse(`query($id: ID!, $n: Int, $from: Int, $to: Int, $f: DescendantFilter, $all: Boolean!, $span: Date) {
      node(id: $id) { ... on Organization { descendants(first: $n, filter: $f) { nodes { name @include(if: $all) ratingTrend(subject: MEMBER, fromYear: $from, toYear: $to) { rated } } } meetingStats(from: $span, to: "2025-12-31") { cells } } } }`);
    expect(costedVariables(document)).toEqual(['all', 'from', 'n', 'span', 'to']);
  });

  it('keeps costs per document and page size: a cheap page does not let a costly one through', async () => {
    const plugin = costLimitPlugin();
    const document = parse(`query($id: ID!, $n: Int) { node(id: $id) { ... on Organization { descendants(first: $n) { nodes { ratingTrend(subject: MEMBER, fromYear: 2006, toYear: 2025) { rated } } } } } }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const check = async (variables: Record<string, unknown>) => {
      const listener = (await plugin.requestDidStart!({} as never)) as { didResolveOperation(c: unknown): Promise<void> };
      return listener.didResolveOperation({ schema, document, operation, operationName: null, request: { variables } }).then(
        () => 'accepted',
        (e: { reason?: string }) => e.reason,
      );
    };
    const id = Buffer.from('Organization:1').toString('base64url');
    expect(await check({ id, n: 1 })).toBe('accepted');
    expect(await check({ id: Buffer.from('Organization:2').toString('base64url'), n: 1 })).toBe('accepted');
    expect(await check({ id, n: 200 })).toBe('QUERY_TOO_COSTLY');
    expect(await check({ id, n: 1 })).toBe('accepted');
    // Absent is not null: an absent variable takes its default (200 here), null asks for the default page (50).
    const withDefault = parse(`query($n: Int = 200) { organization(code: "X") { descendants(first: $n) { nodes { ratingTrend(subject: MEMBER, fromYear: 2006, toYear: 2025) { rated } } } } }`);
    const listener = (await plugin.requestDidStart!({} as never)) as { didResolveOperation(c: unknown): Promise<void> };
    const defaulted = (variables: Record<string, unknown>) =>
      listener.didResolveOperation({ schema, document: withDefault, operation: withDefault.definitions[0], operationName: null, request: { variables } }).then(
        () => 'accepted',
        (e: { reason?: string }) => e.reason,
      );
    expect(await defaulted({ n: null })).toBe('accepted');
    expect(await defaulted({})).toBe('QUERY_TOO_COSTLY');
    expect(await defaulted({ n: null })).toBe('accepted');
  });
});
