// Issue #14 (YEAR_BAND), BENCHMARKS.md "Leaders' age bands from YEAR_BAND": the province drill-down as leader and as staff, alternated in one process after a long warm-up, on data/bench/sqlite-500000.
// After `pnpm bench -- --sizes 500000 --dbs sqlite` built the province and its users:
//   npx tsx --conditions=source --tsconfig test/tsconfig.json test/bench/leader-bands-api.ts 100
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { todayInVietnam } from '@fourgood/rules';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { benchEnv, percentile } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const runs = Number(process.argv[2] ?? 100);
const config = loadConfig(benchEnv, { dataDir: join(root, 'data/bench/sqlite-500000'), exposeQueryStats: true, seedScale: 0, logLevel: 'warn' });
const orm = await openDatabase(config);
const [p] = await orm.em.getConnection().execute<Array<{ id: number }>>(`select id from organization where code = 'BENCH-500000'`);
const app = await createApp(config, { orm });
const server = await new Promise<import('node:http').Server>((ok) => { const s = app.app.listen(0, '127.0.0.1', () => ok(s)); });
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const signIn = async (username: string) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }) });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
};
const cookies = { leader: await signIn('bench-leader-500000'), staff: await signIn('bench-staff-500000') };
const DRILL = `query Drill($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats(asOf: $asOf) { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats(asOf: $asOf) {
    organizations organizationsByKind { kind count } members
    membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;
const id = Buffer.from(`Organization:${p!.id}`).toString('base64url');
const post = async (cookie: string) => {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: DRILL, variables: { id, asOf: todayInVietnam() } }) });
  const body = (await res.json()) as { errors?: unknown; extensions?: { sql?: { statements: number } } };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms: performance.now() - started, statements: body.extensions!.sql!.statements };
};
for (let i = 0; i < 30; i++) { await post(cookies.leader); await post(cookies.staff); }
const times = { leader: [] as number[], staff: [] as number[] };
let statements = 0;
for (let i = 0; i < runs; i++) {
  for (const who of (i % 2 ? ['leader', 'staff'] : ['staff', 'leader']) as Array<'leader' | 'staff'>) {
    const r = await post(cookies[who]);
    times[who].push(r.ms);
    statements = r.statements;
  }
}
const f = (x: number[]) => `${percentile(x, 50).toFixed(1)} / ${percentile(x, 95).toFixed(1)}`;
console.log(JSON.stringify({ leader: f(times.leader), staff: f(times.staff), statements, runs }));
await new Promise<void>((ok) => server.close(() => ok()));
await app.close();
