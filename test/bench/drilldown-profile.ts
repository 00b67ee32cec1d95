/**
 * Where the time of one drill-down goes (issue #14, item 4), on a benchmark database built by
 * `pnpm bench` (data/bench/sqlite-<members>): in one process, N drill-downs of the province and N
 * cell pages over HTTP as staff, timed, then the same drill-down's GraphQL execution alone
 * (graphql-js `execute` on the app's schema and a fresh request context, no HTTP, no JSON), and
 * the share of the statements' prepare time (better-sqlite3 `prepare` of each statement the
 * request ran, against its run). Prints one JSON line.
 *
 *   tsx --tsconfig test/tsconfig.json test/bench/drilldown-profile.ts --members 500000 --runs 30
 */
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execute, parse } from 'graphql';
import type { AbstractSqlConnection, EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createContext } from '../../apps/server/src/context.js';
import { createSchema } from '../../apps/server/src/schema.js';
import { systemServices } from '../support/server.js';
import { benchEnv, percentile } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const members = Number(arg('members', '500000'));
const runs = Number(arg('runs', '30'));

const DRILL = `query Drill($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats(asOf: $asOf) { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats(asOf: $asOf) {
    organizations organizationsByKind { kind count } members
    membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;
const CELL = `query($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
    members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;

const config = loadConfig(benchEnv, { dataDir: join(root, 'data/bench', `sqlite-${members}`), exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
const orm = await openDatabase(config);
const app = await createApp(config, { orm });
const server = await new Promise<import('node:http').Server>((ok) => {
  const s = app.app.listen(0, '127.0.0.1', () => ok(s));
});
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const conn = orm.em.getConnection();
const [province] = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [`BENCH-${members}`]);
const provinceId = Number(province!.id);
const [cell] = await conn.execute<Array<{ id: number }>>(
  `select o.id from organization o where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and o.dissolved_on is null order by o.id limit 1`,
  [provinceId],
);
const { auth } = systemServices(orm);
const username = `bench-staff-${members}`;
const exists = await conn.execute<Array<{ id: number }>>(`select id from app_user where username = ?`, [username]);
if (exists.length === 0) {
  const user = await auth.createUser({ username, displayName: 'Benchmark STAFF', password: 'benchmark-password' });
  await auth.grant(user.id, 'STAFF', provinceId);
}
const login = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
const gid = (id: number) => Buffer.from(`Organization:${id}`).toString('base64url');
const today = todayInVietnam();

const statementsSeen: Array<{ sql: string; bindings: unknown[] }> = [];
const post = async (query: string, variables: Record<string, unknown>) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown; extensions?: { sql?: { statements: number } } };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body;
};
const timed = async (query: string, variables: Record<string, unknown>) => {
  for (let i = 0; i < 5; i += 1) await post(query, variables);
  const times: number[] = [];
  let statements = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    statements = (await post(query, variables)).extensions?.sql?.statements ?? 0;
    times.push(performance.now() - started);
  }
  return { median: percentile(times, 50), p95: percentile(times, 95), statements };
};

const drill = await timed(DRILL, { id: gid(provinceId), asOf: today });
const cellPage = await timed(CELL, { id: gid(cell!.id) });

// GraphQL execution alone: the app's schema, a request context of the same staff user.
const schema = await createSchema();
const document = parse(DRILL);
const session = await (async () => {
  const em = orm.em.fork() as EntityManager;
  const token = decodeURIComponent(cookie.split('=')[1]!);
  const { createRequest } = await import('../../apps/server/src/context.js');
  return createRequest(em, 'sqlite', (await import('../../apps/server/src/auth/access.js')).Access.system()).services.auth.sessionFromToken(token);
})();
const executeOnce = async () => {
  const em = orm.em.fork() as EntityManager;
  const context = createContext(em, 'sqlite', session.access);
  const result = await execute({ schema, document, variableValues: { id: gid(provinceId), asOf: today }, contextValue: context });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result;
};
for (let i = 0; i < 5; i += 1) await executeOnce();
const execTimes: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const started = performance.now();
  await executeOnce();
  execTimes.push(performance.now() - started);
}
const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
const capture = (q: { sql: string; bindings?: unknown[] }) => statementsSeen.push({ sql: q.sql, bindings: q.bindings ?? [] });
knex.on('query', capture);
await executeOnce();
knex.removeListener('query', capture);
// Prepare against run, statement by statement, on a raw handle of the same file.
const Database = (await import('better-sqlite3')).default;
const raw = new Database(join(config.dataDir, 'fourgood.sqlite'), { readonly: true });
let prepareMs = 0;
let runMs = 0;
for (const s of statementsSeen) {
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const st = raw.prepare(s.sql);
    const t1 = performance.now();
    if (st.reader) st.all(...(s.bindings as never[]));
    const t2 = performance.now();
    prepareMs += t1 - t0;
    runMs += t2 - t1;
  }
}
raw.close();
const ms = (n: number) => Math.round(n * 100) / 100;
console.log(
  JSON.stringify({
    members,
    runs,
    load: (await import('node:os')).loadavg().map((l) => ms(l)),
    drilldown: { median: ms(drill.median), p95: ms(drill.p95), statements: drill.statements },
    cellPage: { median: ms(cellPage.median), p95: ms(cellPage.p95), statements: cellPage.statements },
    graphqlExecuteIncludingSql: { median: ms(percentile(execTimes, 50)), p95: ms(percentile(execTimes, 95)) },
    statementsOfExecute: statementsSeen.length,
    prepareMsPerRequest: ms(prepareMs / runs),
    runMsPerRequest: ms(runMs / runs),
  }),
);
await new Promise<void>((ok) => server.close(() => ok()));
await app.close();
process.exit(0);
