// Issue #14 (YEAR_BAND), BENCHMARKS.md "Leaders' age bands from YEAR_BAND": the province drill-down as leader and as staff, alternated in one process after a long warm-up, on data/bench/sqlite-500000.
// After `pnpm bench -- --sizes 500000 --dbs sqlite` built the province and its users:
//   npx tsx --conditions=source --tsconfig test/tsconfig.json test/bench/leader-bands-api.ts 100
import { todayInVietnam } from '@fourgood/rules';
import { serveBenchProvince } from './bench-server.js';
import { percentile } from './support.js';

const runs = Number(process.argv[2] ?? 100);
const bench = await serveBenchProvince(500000);
const url = bench.url;
const cookies = { leader: await bench.signIn('leader'), staff: await bench.signIn('staff') };
const DRILL = `query Drill($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats(asOf: $asOf) { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats(asOf: $asOf) {
    organizations organizationsByKind { kind count } members
    membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;
const id = Buffer.from(`Organization:${bench.provinceId}`).toString('base64url');
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
await bench.close();
