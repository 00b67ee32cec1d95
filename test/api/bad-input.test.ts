import { inspect } from 'node:util';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, snapshot } from '../support/api.js';
import { createMember, createOrg } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

/**
 * Schema-driven bad input: every argument of every root field (and of every field of the node
 * types, reached through `node(id:)`) gets bad values — wrong types, control characters inside
 * otherwise valid text, 10,000-character strings, impossible dates, foreign and empty ids,
 * unknown enum values, out-of-range page sizes, forged cursors — while the other arguments are
 * valid. Each answer must be a typed error (never INTERNAL, never a 5xx, no SQL or stack text),
 * and a mutation that fails must leave every table as it was.
 */

let server: TestServer;
let scoped: Client;
let schema: GraphQLSchema;
const ids: Record<string, string> = {};

const TYPED = ['NOT_FOUND', 'VALIDATION_FAILED', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED'];
const LEAK = /select |insert |update |delete from|constraint|sqlite|postgres|\$argon2|at .*\.(ts|js):\d+/i;
const b64 = (text: string) => Buffer.from(text).toString('base64url');

/* ------------------------------------------------------------------ fixture */

/*
 * Tỉnh Thử (p)                 Tỉnh Khác (q): a cell with one member (outside the scoped user's reach)
 *   Đảng bộ xã Hòa Bình (commune)
 *     Chi bộ thôn Đông (cell): An, Bình; a meeting, an oversight assignment, a recommendation,
 *                              a commitment, an award, a rating; a published criteria table.
 * scoped: STAFF of p.
 */
async function fixture(): Promise<void> {
  ids.p = await createOrg(server, { code: 'T-THU', name: 'Đảng bộ tỉnh Thử', kind: 'PROVINCIAL_COMMITTEE' });
  ids.q = await createOrg(server, { code: 'T-KHAC', name: 'Đảng bộ tỉnh Khác', kind: 'PROVINCIAL_COMMITTEE' });
  ids.commune = await createOrg(server, { code: 'X-HOABINH', name: 'Đảng bộ xã Hòa Bình', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.p, foundedOn: '1995-01-01' });
  ids.cell = await createOrg(server, { code: 'CB-DONG', name: 'Chi bộ thôn Đông', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids.commune, foundedOn: '2000-01-01' });
  const communeQ = await createOrg(server, { code: 'X-KHAC', name: 'Đảng bộ xã Khác', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.q, foundedOn: '1995-01-01' });
  ids.cellQ = await createOrg(server, { code: 'CB-KHAC', name: 'Chi bộ thôn Khác', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: communeQ, foundedOn: '2000-01-01' });
  ids.an = await createMember(server, { organizationId: ids.cell, fullName: 'Nguyễn Văn An', since: '2019-01-01' });
  ids.binh = await createMember(server, { organizationId: ids.cell, fullName: 'Trần Thị Bình', since: '2019-01-01' });
  ids.memberQ = await createMember(server, { organizationId: ids.cellQ, fullName: 'Lê Văn Khác', since: '2019-01-01' });
  const one = async (query: string, input: Record<string, unknown>) => {
    const data = await server.data(query, { input });
    return Object.values(data)[0] as { id: string; lockVersion?: number };
  };
  ids.assignment = (await one(`mutation($input: AssignOversightInput!) { assignOversight(input: $input) { id } }`, {
    organizationId: ids.cell, committeeId: ids.commune, fullName: 'Bùi Văn Khải', title: 'Phó Bí thư Đảng ủy xã', fromDate: '2024-01-01',
  })).id;
  ids.meeting = (await one(`mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`, {
    organizationId: ids.cell, kind: 'REGULAR', date: '2024-03-05', startTime: '19:00', endTime: '21:00', place: 'Nhà văn hóa thôn',
    draftResolution: true, fullMinutes: true, attendance: [{ memberId: ids.an, status: 'PRESENT' }, { memberId: ids.binh, status: 'PRESENT' }],
  })).id;
  ids.recommendation = (await one(`mutation($input: RaiseRecommendationInput!) { raiseRecommendation(input: $input) { id } }`, {
    organizationId: ids.cell, meetingId: ids.meeting, text: 'Sửa đường liên thôn', raisedBy: 'Nguyễn Văn An', raisedOn: '2024-03-05',
  })).id;
  ids.commitment = (await one(`mutation($input: RegisterCommitmentInput!) { registerCommitment(input: $input) { id } }`, {
    memberId: ids.an, year: 2024, kind: 'TECHNICAL_INITIATIVE', description: 'Một sáng kiến', target: 1,
  })).id;
  ids.award = (await one(`mutation($input: GrantAwardInput!) { grantAward(input: $input) { id } }`, {
    kind: 'CERTIFICATE_OF_MERIT', memberId: ids.an, conferredById: ids.commune, awardedOn: '2024-05-01', year: 2023, reason: 'Hoàn thành xuất sắc nhiệm vụ',
  })).id;
  const table = await one(`mutation($input: CreateCriteriaTableInput!) { createCriteriaTable(input: $input) { id lockVersion } }`, {
    seriesCode: 'BI-CB', name: 'Bảng tiêu chí (ví dụ)', model: 'FOUR_GOOD_CELL', cellType: 'RESIDENTIAL', ownerId: ids.p, isExample: true,
  });
  ids.table = table.id;
  const saved = await server.data(`mutation($input: SaveCriteriaTableInput!) { saveCriteriaTable(input: $input) { table { lockVersion } problems { code } } }`, {
    input: {
      id: table.id, expectedVersion: table.lockVersion,
      groups: [{ code: 'I', title: 'Chính trị tư tưởng' }],
      items: [{ code: 'I.1', groupCode: 'I', text: 'Chấp hành chủ trương', kind: 'SCORED', maxPoints: 100 }],
    },
  });
  expect(saved.saveCriteriaTable.problems).toEqual([]);
  await server.data(`mutation($input: PublishCriteriaTableInput!) { publishCriteriaTable(input: $input) { status } }`, { input: { id: table.id, expectedVersion: saved.saveCriteriaTable.table.lockVersion } });
  ids.assessment = (await one(`mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`, { organizationId: ids.cell, tableId: ids.table, period: '2024' })).id;
  ids.savedQuery = (await one(`mutation($input: SaveQueryInput!) { saveQuery(input: $input) { id } }`, { name: 'Số đảng viên', query: '{ viewer { username } }' })).id;
  scoped = await server.userWith('staff-p', [{ role: 'STAFF', organizationId: ids.p }]);
  const users = await server.data(`{ users(first: 10) { nodes { id username grants { id } } } }`);
  const staff = users.users.nodes.find((u: { username: string }) => u.username === 'staff-p');
  ids.user = staff.id;
  ids.grant = staff.grants[0].id;
}

/* ------------------------------------------------------------------ valid values */

/** Which node type an id argument names, from its name or the input/field it belongs to. */
const ID_BY_NAME: Record<string, string> = {
  organizationId: 'cell', parentId: 'commune', newParentId: 'commune', ownerId: 'p', sourceId: 'cell', targetId: 'cell', committeeId: 'commune',
  conferredById: 'commune', escalatedToId: 'commune', memberId: 'an', meetingId: 'meeting', tableId: 'table', userId: 'user', grantId: 'grant',
  assignmentId: 'assignment',
};
const ID_BY_CONTEXT: Array<[RegExp, string]> = [
  [/CriteriaTable|compareCriteria/i, 'table'],
  [/Commitment/i, 'commitment'],
  [/Recommendation/i, 'recommendation'],
  [/Oversight/i, 'assignment'],
  [/Award/i, 'award'],
  [/Assessment|Scores/i, 'assessment'],
  [/Meeting/i, 'meeting'],
  [/SavedQuery|SaveQuery/i, 'savedQuery'],
  [/Member/i, 'an'],
  [/Organization|Organizations/i, 'cell'],
];
const NODE_FOR: Record<string, string> = {
  p: 'Organization', q: 'Organization', commune: 'Organization', cell: 'Organization', cellQ: 'Organization', an: 'Member', binh: 'Member', memberQ: 'Member',
  meeting: 'Meeting', table: 'CriteriaTable', assessment: 'Assessment', savedQuery: 'SavedQuery', user: 'User', grant: 'RoleGrant',
  assignment: 'OversightAssignment', recommendation: 'Recommendation', commitment: 'MemberCommitment', award: 'Award',
};

function idKey(name: string, context: string): string {
  if (ID_BY_NAME[name]) return ID_BY_NAME[name]!;
  for (const [re, key] of ID_BY_CONTEXT) if (re.test(context)) return key;
  return 'cell';
}

/** A valid global id of another node type than the one expected. */
function foreignId(key: string): string {
  return NODE_FOR[key] === 'User' ? ids.an! : ids.user!;
}

let unique = 0;
const STRINGS: Record<string, () => string> = {
  code: () => `BI-${++unique}`,
  seriesCode: () => `BI-S${++unique}`,
  username: () => `bi-user-${++unique}`,
  password: () => 'mat-khau-du-dai-2026',
  cardNumber: () => `BI${String(++unique).padStart(6, '0')}`,
  period: () => '2024',
  startTime: () => '19:00',
  endTime: () => '21:00',
  itemCode: () => 'I.1',
  groupCode: () => 'I',
  query: () => '{ viewer { username } }',
  variables: () => '{}',
  content: () => 'group,code,text,kind,maxPoints\nI,I.1,Chấp hành,SCORED,100\n',
  search: () => 'An',
  metric: () => 'ATTENDANCE_RATE',
};
const INTS: Record<string, number> = { year: 2024, fromYear: 2024, toYear: 2025, first: 10, last: 10, fromDay: 4, toDay: 10, requiredPerYear: 2, minAge: 20, maxAge: 60 };

interface Ctx {
  name: string;
  /** The input type or field the value belongs to, for guessing ids. */
  context: string;
}

function valid(type: GraphQLInputType, ctx: Ctx, depth = 0): unknown {
  if (isNonNullType(type)) return valid(type.ofType, ctx, depth);
  if (isListType(type)) return [valid(type.ofType, ctx, depth)];
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || OPTIONAL_FILLED.has(`${type.name}.${f.name}`)) out[f.name] = valid(f.type, { name: f.name, context: type.name }, depth + 1);
    }
    if (type.name === 'UpdateMeetingInput' || type.name === 'RecordMeetingInput') {
      out.attendance = [{ memberId: ids.an, status: 'PRESENT' }, { memberId: ids.binh, status: 'PRESENT' }];
    }
    return out;
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'ID':
      return ids[idKey(ctx.name, ctx.context)] ?? ids.cell;
    case 'String':
      return (STRINGS[ctx.name] ?? (() => 'Giá trị thử'))();
    case 'Int':
      return INTS[ctx.name] ?? 1;
    case 'Float':
      return 10;
    case 'Boolean':
      return true;
    case 'Date':
      return /effective|applyFrom/i.test(ctx.name) ? '2025-01-01' : '2024-06-15';
    case 'DateTimeISO':
      return '2024-01-01T00:00:00.000Z';
    default:
      return 'x';
  }
}

/** Optional fields given in the otherwise minimal valid inputs (one subject of an assessment, a rating, an award). */
const OPTIONAL_FILLED = new Set([
  'CreateAssessmentInput.organizationId', 'CreateAssessmentInput.period', 'RecordRatingInput.organizationId', 'GrantAwardInput.memberId',
  'CreateOrganizationInput.parentId', 'AssignOversightInput.fullName', 'AssignOversightInput.title',
]);
/** Root arguments given although optional (a lookup needs one of them). */
const ARGS_FILLED = new Set(['member.id', 'organization.id']);

/* ------------------------------------------------------------------ bad values */

type Kind = 'control' | 'long' | 'wrongType' | 'empty' | 'badDate' | 'foreignId' | 'unknownEnum' | 'range' | 'cursor';
interface Bad {
  kind: Kind;
  value: unknown;
  label: string;
}

const CONTROLS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u000b'];
let controlTurn = 0;
const withControl = (text: string) => {
  const c = CONTROLS[controlTurn++ % CONTROLS.length]!;
  const at = Math.max(1, Math.floor(text.length / 2));
  return text.slice(0, at) + c + text.slice(at);
};

function badValues(named: GraphQLNamedType, ctx: Ctx, good: unknown): Bad[] {
  const text = typeof good === 'string' && good.length > 1 ? good : 'Nguyễn Văn';
  const control: Bad = { kind: 'control', value: withControl(text), label: 'control character' };
  if (isEnumType(named)) return [{ kind: 'unknownEnum', value: 'NO_SUCH_VALUE', label: 'unknown enum value' }, { kind: 'control', value: withControl(String(good)), label: 'control character' }];
  switch (named.name) {
    case 'ID': {
      const key = idKey(ctx.name, ctx.context);
      return [
        { kind: 'empty', value: '', label: 'empty id' },
        { kind: 'foreignId', value: foreignId(key), label: 'id of another type' },
        { kind: 'control', value: withControl(String(good)), label: 'control character' },
        { kind: 'wrongType', value: { id: 1 }, label: 'object for an id' },
      ];
    }
    case 'String': {
      const out: Bad[] = [control, { kind: 'long', value: 'Ạ'.repeat(10_000), label: '10,000 characters' }, { kind: 'wrongType', value: 42, label: 'number for a string' }];
      if (ctx.name === 'before') out.push({ kind: 'cursor', value: b64('[{"$gt":1},{"$ne":null}]'), label: 'cursor of operators' }, { kind: 'cursor', value: 'not base64!', label: 'cursor not base64' });
      if (ctx.name === 'after') {
        out.push(
          { kind: 'cursor', value: b64('[{"$gt":1},{"$ne":null}]'), label: 'cursor of operators' },
          { kind: 'cursor', value: b64('[null,null]'), label: 'cursor of nulls' },
          { kind: 'cursor', value: b64('[1,2,3,4,5]'), label: 'cursor of the wrong arity' },
          { kind: 'cursor', value: b64('["x",{"a":[1]}]'), label: 'cursor with an object' },
          { kind: 'cursor', value: b64('{"a":1}'), label: 'cursor of an object' },
          { kind: 'cursor', value: 'not base64!', label: 'cursor not base64' },
        );
      }
      return out;
    }
    case 'Date':
      return [
        { kind: 'badDate', value: '2026-02-30', label: '30 February' },
        { kind: 'badDate', value: '31/12/2026', label: 'day/month/year' },
        { kind: 'badDate', value: '', label: 'empty date' },
        { kind: 'control', value: withControl('2024-06-15'), label: 'control character' },
        { kind: 'wrongType', value: 20240615, label: 'number for a date' },
      ];
    case 'DateTimeISO':
      return [
        { kind: 'badDate', value: '2026-02-30T00:00:00Z', label: '30 February' },
        { kind: 'badDate', value: '', label: 'empty date-time' },
        { kind: 'control', value: withControl('2024-01-01T00:00:00Z'), label: 'control character' },
      ];
    case 'Int':
      return [
        { kind: 'range', value: -1, label: 'negative' },
        { kind: 'range', value: 2_000_000_000, label: 'huge' },
        { kind: 'wrongType', value: 2 ** 31, label: 'beyond 32 bits' },
        { kind: 'wrongType', value: withControl('12'), label: 'string for an int' },
      ];
    case 'Float':
      return [
        { kind: 'range', value: -1e300, label: 'huge negative' },
        { kind: 'wrongType', value: withControl('1.5'), label: 'string for a float' },
      ];
    case 'Boolean':
      return [{ kind: 'wrongType', value: withControl('yes'), label: 'string for a boolean' }];
    default:
      return [{ kind: 'control', value: withControl(text), label: 'control character' }];
  }
}

/* ------------------------------------------------------------------ cases */

interface Leaf {
  /** Path from the argument, e.g. ["input", "attendance", 0, "memberId"]. */
  path: Array<string | number>;
  type: GraphQLInputType;
  ctx: Ctx;
}

function leaves(type: GraphQLInputType, path: Array<string | number>, ctx: Ctx, depth = 0): Leaf[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return leaves(inner.ofType, [...path, 0], ctx, depth);
  if (isInputObjectType(inner)) {
    if (depth > 4) return [];
    return Object.values(inner.getFields()).flatMap((f) => leaves(f.type, [...path, f.name], { name: f.name, context: inner.name }, depth + 1));
  }
  return [{ path, type: inner, ctx }];
}

function setAt(root: Record<string, unknown>, path: Array<string | number>, value: unknown): void {
  let at: any = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    if (at[key] == null || typeof at[key] !== 'object') at[key] = typeof path[i + 1] === 'number' ? [] : {};
    at = at[key];
  }
  at[path[path.length - 1]!] = value;
}

function fieldPath(path: Array<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

interface Case {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** For fields of node types: the node to start from. */
  on?: { type: string; id: string };
  args: Record<string, unknown>;
  bad: Bad;
  at: string;
  literal: boolean;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/** The value as a GraphQL literal: enum values bare, control characters as the parser's escapes. */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, inner && isListType(inner) ? inner.ofType : undefined)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`).join(', ')} }`;
  }
  if (typeof value === 'string' && inner && isEnumType(inner) && inner.getValue(value)) return value;
  if (typeof value === 'string') return JSON.stringify(value).replace(/\u007f/g, '\\u007F');
  return String(value);
}

function typeString(arg: GraphQLArgument): string {
  return String(arg.type);
}

function document(c: Case): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const parts: string[] = [];
  for (const arg of c.field.args) {
    if (!(arg.name in c.args)) continue;
    const value = c.args[arg.name];
    if (c.literal) {
      parts.push(`${arg.name}: ${literal(value, arg.type)}`);
      continue;
    }
    const v = arg.name;
    variables[v] = value;
    defs.push(`$${v}: ${typeString(arg)}`);
    parts.push(`${arg.name}: $${v}`);
  }
  const call = `${c.field.name}${parts.length ? `(${parts.join(', ')})` : ''}${selection(c.field)}`;
  if (c.on) {
    variables.nodeId = c.on.id;
    defs.push('$nodeId: ID!');
  }
  const body = c.on ? `node(id: $nodeId) { ... on ${c.on.type} { ${call} } }` : call;
  return { query: `${c.operation}${defs.length ? `(${defs.join(', ')})` : ''} { ${body} }`, variables };
}

/** Bad-value literals the parser itself refuses (ints beyond 32 bits) are sent as variables instead. */
function casesFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, on?: Case['on']): Case[] {
  const base: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (isNonNullType(arg.type) || ARGS_FILLED.has(`${field.name}.${arg.name}`) || on?.type === 'Organization' || on?.type === 'Member') {
      if (isNonNullType(arg.type) || ARGS_FILLED.has(`${field.name}.${arg.name}`)) base[arg.name] = valid(arg.type, { name: arg.name, context: field.name });
    }
  }
  const out: Case[] = [];
  for (const arg of field.args) {
    for (const leaf of leaves(arg.type, [arg.name], { name: arg.name, context: field.name })) {
      const args = structuredClone(base);
      if (!(arg.name in args)) args[arg.name] = valid(arg.type, { name: arg.name, context: field.name });
      const good = leaf.path.length === 1 ? args[arg.name] : undefined;
      for (const bad of badValues(getNamedType(leaf.type), leaf.ctx, good ?? valid(leaf.type, leaf.ctx))) {
        const withBad = structuredClone(args);
        if (leaf.path.length === 1) withBad[arg.name] = bad.value;
        else setAt(withBad, leaf.path, bad.value);
        const at = fieldPath(leaf.path);
        out.push({ operation, field, on, args: withBad, bad, at, literal: false });
        // Control characters also inside the query text (the parser's escapes), as the tester sent them.
        if (bad.kind === 'control' && ['String', 'ID'].includes(getNamedType(leaf.type).name)) out.push({ operation, field, on, args: withBad, bad, at, literal: true });
      }
    }
  }
  return out;
}

/* ------------------------------------------------------------------ checks */

let baseline = '';
let requests = 0;
let snapshotMs = 0;
let requestMs = 0;

async function send(client: Client, c: Case): Promise<{ status: number; body: any }> {
  const { query, variables } = document(c);
  requests += 1;
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { unparsable: text.slice(0, 200) };
  }
  return { status: res.status, body };
}

const MUST_REFUSE = new Set<Kind>(['control', 'empty', 'badDate', 'unknownEnum', 'wrongType', 'cursor', 'foreignId']);
let pendingRefused: string[] = [];

/** Refused mutations since the last snapshot: together, they must have changed nothing. */
async function flushRefused(): Promise<string[]> {
  if (!pendingRefused.length) return [];
  const t1 = performance.now();
  const after = await snapshot(server);
  snapshotMs += performance.now() - t1;
  const changed = after !== baseline ? [`one of ${pendingRefused.length} refused mutations changed the tables: ${pendingRefused.join('; ')}`] : [];
  pendingRefused = [];
  baseline = after;
  return changed;
}

const caseName = (c: Case, who: string) => `${c.on ? `${c.on.type}.` : ''}${c.field.name}(${c.at} = ${c.bad.label}${c.literal ? ', literal' : ''}) as ${who}`;

/** What is wrong with one answer (empty when it is right), and whether it was refused. */
async function answerProblems(client: Client, c: Case, name: string): Promise<{ problems: string[]; refused: boolean }> {
  const problems: string[] = [];
  const t0 = performance.now();
  const { status, body } = await send(client, c);
  requestMs += performance.now() - t0;
  const errors: any[] = body.errors ?? [];
  if (status >= 500) problems.push(`${name}: HTTP ${status}`);
  if (body.unparsable !== undefined) problems.push(`${name}: not JSON`);
  for (const e of errors) {
    const code = e?.extensions?.code;
    if (!TYPED.includes(code)) problems.push(`${name}: code ${code} (${String(e?.message).slice(0, 120)})`);
    if (LEAK.test(String(e?.message)) || LEAK.test(JSON.stringify(e?.extensions ?? {}))) problems.push(`${name}: leaks ${String(e?.message).slice(0, 120)}`);
  }
  const refused = errors.length > 0;
  if (MUST_REFUSE.has(c.bad.kind) && !refused && !(c.bad.kind === 'foreignId' && c.field.name === 'node')) problems.push(`${name}: accepted`);
  if ((c.bad.kind === 'control' || c.bad.kind === 'empty' || c.bad.kind === 'cursor') && refused) {
    const e = errors[0];
    if (e?.extensions?.code !== 'VALIDATION_FAILED') problems.push(`${name}: ${e?.extensions?.code} instead of VALIDATION_FAILED`);
    else if (c.bad.kind !== 'cursor' && !c.literal && !String(e.extensions.field ?? '').startsWith(c.at.split(/[.[]/)[0]!)) problems.push(`${name}: field ${e.extensions.field}, expected ${c.at}`);
  }
  return { problems, refused };
}

/** Internal errors logged since `from` (there must be none), named after the cases that ran meanwhile. */
function loggedSince(from: number, names: string[]): string[] {
  if (server.internalErrors.length === from) return [];
  return [`${names.join('; ')}: logged ${String(server.internalErrors[from]).split('\n')[0]!.slice(0, 300)}`];
}

/**
 * Runs the cases of one field. Queries go four at a time. Mutations go one by one: a bad value
 * that must be refused is checked with the other refused cases of its field (one snapshot for
 * them all, see flushRefused); one that may be accepted (long text, large numbers) runs last and
 * gets its own snapshot, since an accepted mutation moves the baseline.
 */
async function runCases(client: Client, list: Case[], who: string): Promise<string[]> {
  const problems: string[] = [];
  if (list[0]?.operation === 'query') {
    for (let i = 0; i < list.length; i += 4) {
      const chunk = list.slice(i, i + 4);
      const names = chunk.map((c) => caseName(c, who));
      const logged = server.internalErrors.length;
      const answers = await Promise.all(chunk.map((c, j) => answerProblems(client, c, names[j]!)));
      for (const a of answers) problems.push(...a.problems);
      problems.push(...loggedSince(logged, names));
    }
    return problems;
  }
  const ordered = [...list.filter((c) => MUST_REFUSE.has(c.bad.kind)), ...list.filter((c) => !MUST_REFUSE.has(c.bad.kind))];
  for (const c of ordered) {
    const name = caseName(c, who);
    if (!MUST_REFUSE.has(c.bad.kind)) problems.push(...(await flushRefused()));
    const logged = server.internalErrors.length;
    const answer = await answerProblems(client, c, name);
    problems.push(...answer.problems, ...loggedSince(logged, [name]));
    if (answer.refused && MUST_REFUSE.has(c.bad.kind)) pendingRefused.push(name);
    else {
      const t1 = performance.now();
      const after = await snapshot(server);
      snapshotMs += performance.now() - t1;
      if (answer.refused && after !== baseline) problems.push(`${name}: a refused mutation changed the tables`);
      baseline = after;
    }
  }
  problems.push(...(await flushRefused()));
  return problems;
}

/* ------------------------------------------------------------------ the run */

interface Target {
  title: string;
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  on?: Case['on'];
}
const targets: Target[] = [];

beforeAll(async () => {
  server = await startTestServer();
  await fixture();
  const introspection = await server.data(getIntrospectionQuery());
  schema = buildClientSchema(introspection);
  for (const f of Object.values(schema.getQueryType()!.getFields())) targets.push({ title: `Query.${f.name}`, operation: 'query', field: f });
  for (const f of Object.values(schema.getMutationType()!.getFields())) targets.push({ title: `Mutation.${f.name}`, operation: 'mutation', field: f });
  // Fields with arguments of the node types, reached through node(id:).
  const nodeIds: Record<string, string> = {
    Organization: ids.cell!, Member: ids.an!, Meeting: ids.meeting!, CriteriaTable: ids.table!, Assessment: ids.assessment!, User: ids.user!,
    OversightAssignment: ids.assignment!, Recommendation: ids.recommendation!, MemberCommitment: ids.commitment!, Award: ids.award!, SavedQuery: ids.savedQuery!,
  };
  for (const [type, id] of Object.entries(nodeIds)) {
    const t = schema.getType(type) as GraphQLObjectType;
    if (!isObjectType(t)) continue;
    for (const f of Object.values(t.getFields())) if (f.args.length) targets.push({ title: `${type}.${f.name}`, operation: 'query', field: f, on: { type, id } });
  }
  baseline = await snapshot(server);
}, 120_000);
afterAll(async () => server?.close());

describe('every argument of every field answers bad input with a typed error', () => {
  it('covers the schema', () => {
    expect(targets.length).toBeGreaterThan(80);
  });

  // One test per field, built once the schema is known (the list below is the schema's, read in the test).
  it('root and node fields', { timeout: 170_000 }, async () => {
    const problems: string[] = [];
    let cases = 0;
    for (const t of targets) {
      const list = casesFor(t.operation, t.field, t.on);
      cases += list.length;
      // Signing in replaces the caller's session: those cases go without one.
      const login = t.field.name === 'login';
      problems.push(...(await runCases(login ? server.anonymous : server, list, login ? 'anonymous' : 'admin')));
      // The scoped user: control characters and empty ids are refused before anything else.
      const sample = list.filter((x) => (x.bad.kind === 'control' && !x.literal) || x.bad.kind === 'empty').slice(0, 2);
      problems.push(...(await runCases(login ? server.anonymous : scoped, sample, 'staff of p')));
    }
    console.log(`${cases} cases, ${requests} requests: ${Math.round(requestMs)} ms answering, ${Math.round(snapshotMs)} ms in snapshots`);
    expect(cases).toBeGreaterThan(500);
    expect(problems, `${problems.length} problems in ${requests} requests:\n${problems.join('\n')}`).toEqual([]);
  });

  it('out-of-scope ids answer a typed error to a scoped user', async () => {
    const problems: string[] = [];
    const q = (query: string, variables: Record<string, unknown>) => scoped.gql(query, variables);
    for (const [query, variables] of [
      ['query($id: ID!) { member(id: $id) { fullName birthDate } }', { id: ids.memberQ }],
      ['query($id: ID!) { organization(id: $id) { name } }', { id: ids.cellQ }],
      ['mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }', { input: { id: ids.memberQ, fullName: 'Đổi tên' } }],
      ['mutation($input: RecordRatingInput!) { recordRating(input: $input) { level } }', { input: { organizationId: ids.cellQ, year: 2024, level: 'GOOD' } }],
    ] as const) {
      const before = await snapshot(server);
      const res = await q(query, variables);
      const data = res.data ? Object.values(res.data)[0] : null;
      if (!res.errors?.length && data !== null) problems.push(`${query}: answered ${JSON.stringify(res.data)}`);
      for (const e of res.errors ?? []) if (!TYPED.includes(e.extensions?.code ?? '')) problems.push(`${query}: ${e.extensions?.code}`);
      if ((await snapshot(server)) !== before) problems.push(`${query}: changed the tables`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the cases the tester reported', () => {
  it('refuses a NUL inside a string argument with VALIDATION_FAILED on the argument path', async () => {
    const before = await snapshot(server);
    const cases: Array<[string, Record<string, unknown> | undefined, string]> = [
      ['{ member(cardNumber: "a\\u0000b") { id } }', undefined, 'cardNumber'],
      ['mutation { login(username: "admin\\u0000", password: "x") { user { username } } }', undefined, 'username'],
      ['mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }', { input: { id: ids.an, fullName: 'Nguyễn\u0000Văn' } }, 'input.fullName'],
      ['mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username: 'nul\u0000user', displayName: 'Người dùng', password: 'mat-khau-du-dai-2026' } }, 'input.username'],
    ];
    for (const [query, variables, field] of cases) {
      const res = await (query.includes('login') ? server.anonymous : server).gql(query, variables);
      expectError(res, 'VALIDATION_FAILED', field);
      expect(res.errors![0]!.extensions!.reason).toBe('CONTROL_CHARACTER');
    }
    expect(await snapshot(server)).toBe(before);
  });

  it('refuses empty ids instead of reading them as not given, and creates nothing', async () => {
    const before = await snapshot(server);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['mutation($input: CloneCriteriaTableInput!) { cloneCriteriaTable(input: $input) { id } }', { input: { id: ids.table, seriesCode: 'BI-CLONE', name: 'Bản sao', ownerId: '' } }, 'input.ownerId'],
      ['mutation($input: RecordRatingInput!) { recordRating(input: $input) { level } }', { input: { memberId: '', organizationId: ids.cell, year: 2024, level: 'GOOD' } }, 'input.memberId'],
      ['mutation($input: SaveQueryInput!) { saveQuery(input: $input) { id } }', { input: { id: '', name: 'Truy vấn', query: '{ viewer { username } }' } }, 'input.id'],
    ];
    for (const [query, variables, field] of cases) expectError(await server.gql(query, variables), 'VALIDATION_FAILED', field);
    expect(await snapshot(server)).toBe(before);
  });

  it('stores over 10,000 characters of a saved query as sent, and refuses them in a name', async () => {
    const long = `{ viewer { username } }\n${'# Ạ\n'.repeat(2_500)}`;
    expect(long.length).toBeGreaterThan(10_000);
    const saved = await server.data(`mutation($input: SaveQueryInput!) { saveQuery(input: $input) { id query } }`, { input: { name: 'Dài', query: long } });
    expect(saved.saveQuery.query).toBe(long);
    const read = await server.data(`query($id: ID!) { node(id: $id) { ... on SavedQuery { query } } }`, { id: saved.saveQuery.id });
    expect(read.node.query).toBe(long);
    const before = await snapshot(server);
    expectError(await server.gql(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, { input: { id: ids.an, fullName: 'Ạ'.repeat(10_000) } }), 'VALIDATION_FAILED', 'input.fullName');
    expectError(await server.gql(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, { input: { id: ids.an, fullName: 'Ạ'.repeat(10_001) } }), 'VALIDATION_FAILED', 'input.fullName');
    expect(await snapshot(server)).toBe(before);
  });
});

describe('forged cursors', () => {
  it('refuses values of the wrong type for the ordering columns (a meeting list is ordered by date, then id)', async () => {
    const q = `query($id: ID!, $after: String) { node(id: $id) { ... on Organization { meetings(after: $after) { totalCount } } } }`;
    const good = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { meetings(first: 1) { pageInfo { endCursor } } } } }`, { id: ids.cell });
    expect((await server.gql(q, { id: ids.cell, after: good.node.meetings.pageInfo.endCursor })).errors).toBeUndefined();
    for (const forged of [['2026-02-30', 1], ['31/12/2026', 1], ['2024-03-05', 'x'], ['2024-03-05', 1.5], [20240305, 1], [true, 1]]) {
      expectError(await server.gql(q, { id: ids.cell, after: b64(JSON.stringify(forged)) }), 'VALIDATION_FAILED', 'after');
    }
  });
});

describe('requests outside the fields', () => {
  it('refuses introspection to a leader with FORBIDDEN and a 4xx status, not 500', async () => {
    const leader = await server.userWith('leader-p', [{ role: 'LEADER', organizationId: ids.p }]);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: leader.cookie },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(res.status).toBeLessThan(500);
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.data).toBeUndefined();
  });

  it('answers an unknown or wrong persisted-query hash with a typed error', async () => {
    for (const extensions of [
      { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
      { persistedQuery: { version: 1, sha256Hash: 'not-a-hash' } },
      { persistedQuery: { version: 2, sha256Hash: 123 } },
    ]) {
      for (const query of [undefined, '{ viewer { username } }']) {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: server.cookie },
          body: JSON.stringify({ query, extensions }),
        });
        const body = await res.json();
        const label = JSON.stringify({ query, extensions });
        expect(res.status, label).toBeLessThan(500);
        expect(body.errors?.[0]?.extensions?.code, label).toBe('VALIDATION_FAILED');
        expect(body.errors[0].extensions.reason, label).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      }
    }
  });

  it('logs an internal database error without the values it was sent', async () => {
    // A trigger makes the database refuse every new member: the insert fails inside the driver,
    // whose error message carries the statement.
    const conn = server.orm.em.fork().getConnection();
    if (server.config.databaseUrl) {
      await conn.execute(`create function bi_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by test trigger'; end $$`);
      await conn.execute(`create trigger bi_refuse before insert on member for each row execute function bi_refuse()`);
    } else {
      await conn.execute(`create trigger bi_refuse before insert on member begin select raise(abort, 'refused by test trigger'); end`);
    }
    try {
      const logged = server.internalErrors.length;
      const before = await snapshot(server);
      const res = await server.gql(`mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
        input: { organizationId: ids.cell, fullName: 'Hoàng Bí Mật', gender: 'FEMALE', birthDate: '1977-03-14', joinedOn: '2001-02-03', position: 'MEMBER', cardNumber: 'SECRET0042', since: '2019-01-01' },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL');
      expect(res.errors?.[0]?.message).not.toMatch(LEAK);
      expect(await snapshot(server)).toBe(before);
      const text = server.internalErrors.slice(logged).map((e) => (typeof e === 'string' ? e : inspect(e, { depth: 5 }))).join('\n');
      expect(text).toMatch(/refused by test trigger/);
      for (const secret of ['Hoàng Bí Mật', 'hoang bi mat', '1977-03-14', 'SECRET0042', '2001-02-03']) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    } finally {
      await conn.execute(`drop trigger bi_refuse${server.config.databaseUrl ? ' on member' : ''}`);
      if (server.config.databaseUrl) await conn.execute(`drop function bi_refuse()`);
    }
  });
});
