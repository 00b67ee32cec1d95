import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { todayInVietnam } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createOrg } from '../support/api.js';
import { startTestServer, type Client, type GraphQLResponse, type TestServer } from '../support/server.js';

/**
 * The generative scope test (issue #10): as each scoped role, start from objects that link out
 * of the scope (a member transferred in from another province, the attendance of a member who
 * left, grants, audit rows of cross-province transfers, a recommendation escalated above the
 * scope, oversight by a committee above, awards) and from the root fields, and walk every field
 * of every type reachable to depth 4, generated from the committed schema. No id, code, path or
 * card number of an organisation or member outside the caller's scope may appear in any answer
 * (so no aggregate over one can be shown: every object the walk selects carries its id), and an
 * object outside the scope must answer exactly like a missing one.
 */

const schema: GraphQLSchema = buildSchema(readFileSync(fileURLToPath(new URL('../../apps/server/schema.graphql', import.meta.url)), 'utf8'));
const today = todayInVietnam();
const lastYear = Number(today.slice(0, 4)) - 1;
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

let server: TestServer;
const ids: Record<string, string> = {};
const cards: Record<string, string> = {};
const roles: Record<string, Client> = {};

/*
 * Province A (SW-A)                       Province B (SW-B)
 *   District DA (SW-DA)                     District DB (SW-DB)
 *     Cell CA1: a, inB (from CB1, 2020)       Cell CB1: b, left (from CA1, 2021)
 *     Cell CA2: a2
 * Meeting of CA1 (2019) attended by `left`; recommendation of CA1 escalated to A; oversight of
 * CA1 by A's committee; award to `a` conferred by A; a commitment of `a`; users granted in A, in B,
 * in both. Roles: LEADER of DA (A is above its scope), STAFF, ANALYST and ADMIN of A.
 */
beforeAll(async () => {
  server = await startTestServer();
  const org = (key: string, code: string, name: string, kind: string, parent: string | null, extra: Record<string, unknown> = {}) =>
    createOrg(server, { code, name, kind, parentId: parent ? ids[parent] : null, foundedOn: '2000-01-01', ...extra }).then((id) => (ids[key] = id));
  await org('A', 'SW-A', 'Đảng bộ tỉnh A', 'PROVINCIAL_COMMITTEE', null);
  await org('DA', 'SW-DA', 'Huyện ủy A', 'DIRECTLY_SUPERIOR_COMMITTEE', 'A', { sector: 'DISTRICT' });
  await org('CA1', 'SW-CA1', 'Chi bộ A1', 'GRASSROOTS_CELL', 'DA', { cellType: 'AGENCY' });
  await org('CA2', 'SW-CA2', 'Chi bộ A2', 'GRASSROOTS_CELL', 'DA', { cellType: 'AGENCY' });
  await org('B', 'SW-B', 'Đảng bộ tỉnh B', 'PROVINCIAL_COMMITTEE', null);
  await org('DB', 'SW-DB', 'Huyện ủy B', 'DIRECTLY_SUPERIOR_COMMITTEE', 'B', { sector: 'DISTRICT' });
  await org('CB1', 'SW-CB1', 'Chi bộ B1', 'GRASSROOTS_CELL', 'DB', { cellType: 'AGENCY' });
  const member = async (key: string, cell: string, fullName: string) => {
    cards[key] = `SW${String(process.pid).slice(-4)}${key.toUpperCase()}`;
    ids[key] = await createMember(server, { organizationId: ids[cell]!, fullName, cardNumber: cards[key], since: '2010-01-01', birthDate: '1975-03-04' });
  };
  await member('a', 'CA1', 'Nguyễn Văn A');
  await member('a2', 'CA2', 'Trần Thị Hai');
  await member('left', 'CA1', 'Lê Văn Đi');
  await member('inB', 'CB1', 'Phạm Văn Đến');
  await member('b', 'CB1', 'Hoàng Văn Bê');
  const transfer = (who: string, to: string, on: string) =>
    server.data(`mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }`, { input: { id: ids[who], organizationId: ids[to], effectiveOn: on } });
  const meeting = async (key: string, cell: string, date: string, present: string[]) => {
    const data = await server.data(`mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`, {
      input: { organizationId: ids[cell], kind: 'REGULAR', date, startTime: '08:00', endTime: '10:00', place: 'Hội trường', draftResolution: true, fullMinutes: true,
        attendance: present.map((m) => ({ memberId: ids[m], status: 'PRESENT' })) },
    });
    ids[key] = data.recordMeeting.id;
  };
  await meeting('meetingA', 'CA1', '2019-05-06', ['a', 'left']);
  await meeting('meetingB', 'CB1', '2019-05-07', ['inB', 'b']);
  await transfer('inB', 'CA1', '2020-01-01');
  await transfer('left', 'CB1', '2021-01-01');
  await meeting('meetingB2', 'CB1', `${lastYear}-05-07`, ['b', 'left']);
  const assign = await server.data(`mutation($input: AssignOversightInput!) { assignOversight(input: $input) { id } }`, {
    input: { organizationId: ids.CA1, committeeId: ids.A, fullName: 'Đỗ Văn Giám Sát', title: 'Ủy viên Ban Thường vụ Tỉnh ủy', fromDate: '2019-01-01', requiredPerYear: 2 },
  });
  ids.assignment = assign.assignOversight.id;
  const assignB = await server.data(`mutation($input: AssignOversightInput!) { assignOversight(input: $input) { id } }`, {
    input: { organizationId: ids.CB1, committeeId: ids.B, fullName: 'Vũ Thị Bên Ngoài', title: 'Ủy viên Ban Thường vụ Tỉnh ủy B', fromDate: '2019-01-01', requiredPerYear: 2 },
  });
  ids.assignmentB = assignB.assignOversight.id;
  const rec = await server.data(`mutation($input: RaiseRecommendationInput!) { raiseRecommendation(input: $input) { id } }`, {
    input: { organizationId: ids.CA1, meetingId: ids.meetingA, text: 'Đề nghị tỉnh hỗ trợ', raisedBy: 'Nguyễn Văn A', raisedOn: '2019-05-06', escalatedToId: ids.A, escalatedOn: '2019-05-10' },
  });
  ids.recommendation = rec.raiseRecommendation.id;
  const award = await server.data(`mutation($input: GrantAwardInput!) { grantAward(input: $input) { id } }`, {
    input: { kind: 'CERTIFICATE_OF_MERIT', memberId: ids.a, conferredById: ids.A, awardedOn: '2024-01-15', year: 2023, reason: 'Đảng viên tiêu biểu' },
  });
  ids.award = award.grantAward.id;
  const commitment = await server.data(`mutation($input: RegisterCommitmentInput!) { registerCommitment(input: $input) { id } }`, {
    input: { memberId: ids.a, year: lastYear, kind: 'TECHNICAL_INITIATIVE', description: 'Sáng kiến', target: 1 },
  });
  ids.commitment = commitment.registerCommitment.id;
  await server.userWith('sw-user-a', [{ role: 'STAFF', organizationId: ids.CA1! }]);
  await server.userWith('sw-user-b', [{ role: 'STAFF', organizationId: ids.B! }]);
  await server.userWith('sw-user-both', [{ role: 'LEADER', organizationId: ids.CA2! }, { role: 'LEADER', organizationId: ids.CB1! }]);
  // A query shared in province B (its name is B's cell code, so the walk notices it if it shows).
  const analystB = await server.userWith('sw-analyst-b', [{ role: 'ANALYST', organizationId: ids.B! }]);
  await analystB.data(`mutation($input: SaveQueryInput!) { saveQuery(input: $input) { id } }`, { input: { name: 'SW-CB1', query: '{ viewer { user { username } } }', shared: true } });
  const users = await server.data(`{ users(first: 100) { nodes { id username } } }`);
  for (const u of users.users.nodes) if (u.username.startsWith('sw-user-')) ids[u.username] = u.id;
  roles.LEADER = await server.userWith('sw-leader', [{ role: 'LEADER', organizationId: ids.DA! }]);
  roles.STAFF = await server.userWith('sw-staff', [{ role: 'STAFF', organizationId: ids.A! }]);
  roles.ANALYST = await server.userWith('sw-analyst', [{ role: 'ANALYST', organizationId: ids.A! }]);
  roles.ADMIN = await server.userWith('sw-admin', [{ role: 'ADMIN', organizationId: ids.A! }]);
}, 120_000);
afterAll(async () => server?.close());

// ------------------------------------------------------------------ query generation

const NODE = schema.getType('Node') as GraphQLInterfaceType;
const isNodeType = (t: unknown) => isInterfaceType(t) ? t.name === 'Node' : isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node');
/** Tokens per generated operation: Apollo's parser stops at 5,000. */
const BUDGET = 3_000;
const tokens = (s: string) => s.split(/[\s{}():,]+/).length * 2;

/** Simple values for required arguments, and `first: 5` for pages; null when a required one cannot be made up. */
function argsOf(field: GraphQLField<unknown, unknown>, first = 5): string | null {
  const parts: string[] = [];
  for (const arg of field.args as GraphQLArgument[]) {
    const named = getNamedType(arg.type);
    if (arg.name === 'first') { parts.push(`first: ${first}`); continue; }
    if (!isNonNullType(arg.type)) continue;
    let value: string | null = null;
    if (named.name === 'Int') value = /year/i.test(arg.name) ? String(arg.name === 'fromYear' ? lastYear - 6 : lastYear) : '5';
    else if (named.name === 'Date') value = `"${today}"`;
    else if (named.name === 'Boolean') value = 'false';
    else if (isEnumType(named)) value = named.getValues()[0]!.name;
    if (value === null) return null;
    parts.push(`${arg.name}: ${isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? `[${value}]` : value}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/**
 * Selection sets of `type`, each under the token budget, that together select every field:
 * objects that are Nodes are expanded `nodeLevels` deep (then only their leaves, and the crawl
 * fetches them again as starting points), other objects always.
 */
function selections(type: GraphQLObjectType | GraphQLInterfaceType, nodeLevels: number, nest = 0): string[] {
  const base = isNodeType(type) ? ['__typename', 'id'] : ['__typename'];
  if (type === NODE || nest > 6) return [base.join(' ')];
  const leaves: string[] = [];
  const objects: Array<[string, string[]]> = [];
  const fields = type.getFields();
  for (const field of Object.values(fields)) {
    // A connection's `edges { node }` repeats its `nodes`.
    if (field.name === 'edges' && fields.nodes) continue;
    const args = argsOf(field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) { leaves.push(`${field.name}${args}`); continue; }
    const target = named as GraphQLObjectType | GraphQLInterfaceType;
    const nodeTarget = isNodeType(target);
    if (nodeTarget && nodeLevels === 0) {
      objects.push([`${field.name}${args}`, [leafSelection(target)]]);
    } else {
      objects.push([`${field.name}${args}`, selections(target, nodeTarget ? nodeLevels - 1 : nodeLevels, nest + 1)]);
    }
  }
  const whole = [...base, ...leaves, ...objects.map(([f, subs]) => subs.map((s) => `${f} { ${s} }`).join(' '))].join(' ');
  if (tokens(whole) <= BUDGET && objects.every(([, subs]) => subs.length === 1)) return [whole];
  const out = [[...base, ...leaves].join(' ')];
  for (const [f, subs] of objects) for (const s of subs) out.push(`${base.join(' ')} ${f} { ${s} }`);
  return out;
}

function leafSelection(type: GraphQLObjectType | GraphQLInterfaceType): string {
  const parts = isNodeType(type) ? ['__typename', 'id'] : ['__typename'];
  if (type === NODE) return parts.join(' ');
  for (const field of Object.values(type.getFields())) {
    const args = argsOf(field);
    if (args !== null && isLeafType(getNamedType(field.type)) && field.name !== 'id') parts.push(`${field.name}${args}`);
  }
  return parts.join(' ');
}

const cache = new Map<string, string[]>();
function nodeQueries(typeName: string): string[] {
  if (!cache.has(typeName)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    cache.set(typeName, selections(type, 0).map((s) => `query($id: ID!) { node(id: $id) { ... on ${typeName} { ${s} } } }`));
  }
  return cache.get(typeName)!;
}

function rootQueries(): string[] {
  const out: string[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (field.name === 'node') continue;
    const args = argsOf(field, ['auditLog', 'users'].includes(field.name) ? 100 : 5);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) { out.push(`{ ${field.name}${args} }`); continue; }
    for (const s of selections(named as GraphQLObjectType, 0)) out.push(`{ ${field.name}${args} { ${s} } }`);
  }
  return out;
}

// ------------------------------------------------------------------ the walk

interface Outside { ids: Set<string>; codes: Set<string>; cards: Set<string>; paths: string[] }

function outsideOf(insideOrgs: string[], insideMembers: string[]): Outside {
  const orgKeys = ['A', 'DA', 'CA1', 'CA2', 'B', 'DB', 'CB1'];
  const memberKeys = ['a', 'a2', 'left', 'inB', 'b'];
  const codes: Record<string, string> = { A: 'SW-A', DA: 'SW-DA', CA1: 'SW-CA1', CA2: 'SW-CA2', B: 'SW-B', DB: 'SW-DB', CB1: 'SW-CB1' };
  const outOrgs = orgKeys.filter((k) => !insideOrgs.includes(k));
  const outMembers = memberKeys.filter((k) => !insideMembers.includes(k));
  return {
    ids: new Set([...outOrgs.map((k) => ids[k]!), ...outMembers.map((k) => ids[k]!)]),
    codes: new Set(outOrgs.map((k) => codes[k]!)),
    cards: new Set(outMembers.map((k) => cards[k]!)),
    paths: outOrgs.map((k) => `/${dbId(ids[k]!)}/`),
  };
}

/** Every string in an answer (JSON scalars included) that names something outside. */
function leaks(value: unknown, outside: Outside, at: string, found: string[]): void {
  if (typeof value === 'string') {
    if (outside.ids.has(value) || outside.codes.has(value) || outside.cards.has(value)) found.push(`${at} = ${value}`);
    else if (value.startsWith('/') && outside.paths.some((p) => value.includes(p))) found.push(`${at} = ${value}`);
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => leaks(v, outside, `${at}[${i}]`, found));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaks(v, outside, `${at}.${k}`, found);
}

/** Global ids (with their type) of every Node in an answer. */
function nodesIn(value: unknown, out: Map<string, string>): void {
  if (Array.isArray(value)) value.forEach((v) => nodesIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.__typename === 'string' && schema.getType(o.__typename) && isNodeType(schema.getType(o.__typename))) out.set(o.id, o.__typename);
    Object.values(o).forEach((v) => nodesIn(v, out));
  }
}

async function walk(client: Client, starts: string[], outside: Outside) {
  const found: string[] = [];
  const internal: string[] = [];
  let queries = 0;
  const errors: string[] = [];
  const record = (label: string, res: GraphQLResponse) => {
    queries += 1;
    for (const e of res.errors ?? []) errors.push(`${label}: ${e.extensions?.code} ${e.message}`);
    leaks(res, outside, label, found);
    for (const e of res.errors ?? []) if (e.extensions?.code === 'INTERNAL') internal.push(`${label}: ${e.message}`);
  };
  const seen = new Map<string, number>();
  let frontier = new Map<string, string>();
  for (const q of rootQueries()) {
    const t0 = Date.now();
    const res = await client.gql(q);
    if (process.env.WALK_DEBUG) console.log(Date.now() - t0, q.slice(0, 80));
    record(q.slice(0, 60), res);
    nodesIn(res.data, frontier);
  }
  for (const id of starts) frontier.set(id, Buffer.from(id, 'base64url').toString().split(':')[0]!);
  // Each hop fetches the objects met so far again by id, every field expanded down to the next
  // Nodes (whose own fields are selected, ids included): four hops reach depth 4.
  for (let hop = 0; hop < 4 && frontier.size > 0; hop += 1) {
    const next = new Map<string, string>();
    for (const [id, typeName] of frontier) {
      if (seen.has(id)) continue;
      seen.set(id, hop);
      for (const q of nodeQueries(typeName)) {
        const t0 = Date.now();
        const res = await client.gql(q, { id });
        if (process.env.WALK_DEBUG) console.log(Date.now() - t0, typeName, q.slice(40, 120));
        record(`node(${typeName}:${dbId(id)}) ${q.slice(q.indexOf('{ ', 30), q.indexOf('{ ', 30) + 60)}`, res);
        nodesIn(res.data, next);
      }
    }
    frontier = next;
  }
  if (process.env.WALK_DEBUG) console.log(errors.join('\n'));
  return { found, internal, queries, objects: seen.size };
}

const missing = (type: string) => Buffer.from(`${type}:987654321`).toString('base64url');

async function sameAsMissing(client: Client, outside: Outside): Promise<string[]> {
  const differ: string[] = [];
  const answer = async (q: string, v: Record<string, unknown>) => {
    const res = await client.gql(q, v);
    return JSON.stringify({ data: res.data, codes: (res.errors ?? []).map((e) => e.extensions?.code) });
  };
  for (const id of outside.ids) {
    const type = Buffer.from(id, 'base64url').toString().split(':')[0]!;
    const q = `query($id: ID!) { node(id: $id) { id } }`;
    if ((await answer(q, { id })) !== (await answer(q, { id: missing(type) }))) differ.push(`node(${type})`);
    const byId = type === 'Organization' ? `query($id: ID) { organization(id: $id) { id } }` : `query($id: ID) { member(id: $id) { id } }`;
    if ((await answer(byId, { id })) !== (await answer(byId, { id: missing(type) }))) differ.push(`${type === 'Organization' ? 'organization' : 'member'}(id)`);
  }
  for (const code of outside.codes) {
    if ((await answer(`query($c: String) { organization(code: $c) { id } }`, { c: code })) !== (await answer(`query($c: String) { organization(code: $c) { id } }`, { c: 'NO-SUCH-CODE' }))) differ.push(`organization(code: ${code})`);
  }
  for (const card of outside.cards) {
    if ((await answer(`query($c: String) { member(cardNumber: $c) { id } }`, { c: card })) !== (await answer(`query($c: String) { member(cardNumber: $c) { id } }`, { c: 'NO-SUCH-CARD' }))) differ.push(`member(cardNumber: ${card})`);
  }
  return differ;
}

const scopes: Array<[role: string, orgs: string[], members: string[]]> = [
  ['LEADER', ['DA', 'CA1', 'CA2'], ['a', 'a2', 'inB']],
  ['STAFF', ['A', 'DA', 'CA1', 'CA2'], ['a', 'a2', 'inB']],
  ['ANALYST', ['A', 'DA', 'CA1', 'CA2'], ['a', 'a2', 'inB']],
  ['ADMIN', ['A', 'DA', 'CA1', 'CA2'], ['a', 'a2', 'inB']],
];

describe('nothing outside the scope is reachable', () => {
  it.each(scopes)('as %s: every field to depth 4 from objects that link outward', async (role, orgs, members) => {
    const outside = outsideOf(orgs, members);
    const starts = ['DA', 'CA1', 'inB', 'a', 'meetingA', 'recommendation', 'assignment', 'award', 'commitment', 'sw-user-a', 'sw-user-b', 'sw-user-both'].map((k) => ids[k]!);
    const result = await walk(roles[role]!, starts, outside);
    expect(result.objects).toBeGreaterThan(10);
    expect(result.found.slice(0, 30), `${result.found.length} leaks in ${result.queries} queries`).toEqual([]);
    expect(result.internal.slice(0, 10)).toEqual([]);
  }, 120_000);

  it.each(scopes)('as %s: an object outside answers exactly like a missing one', async (role, orgs, members) => {
    expect(await sameAsMissing(roles[role]!, outsideOf(orgs, members))).toEqual([]);
  }, 60_000);
});
