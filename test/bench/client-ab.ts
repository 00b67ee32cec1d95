/**
 * The benchmarks' client, side by side (BENCHMARKS.md, "The benchmarks' client"): in one process
 * (createApp on the `pnpm bench` SQLite province, as `pnpm bench` serves it), the same cell page
 * or drill-down timed by undici's `fetch` up to `await res.json()` (the benchmarks' client until
 * 2026-12-05) and by graphql-client.ts (node:http, timed to the answer's last byte, decoded
 * after), alternating in blocks of 10 after 30 warm-ups of each.
 *
 *   TSX_TSCONFIG_PATH=test/tsconfig.json node --import tsx --conditions=source test/bench/client-ab.ts 500000 400 cell|drill
 */
import { serveBenchProvince } from './bench-server.js';
import { graphqlClient } from './graphql-client.js';
import { percentile } from './support.js';

const members = Number(process.argv[2] ?? 500000);
const N = Number(process.argv[3] ?? 400);
const kind = process.argv[4] ?? 'cell';
const bench = await serveBenchProvince(members);
const { orm, url } = bench;
const cookie = await bench.signIn('staff');
const [cell] = await orm.em.fork().getConnection().execute(`select o.id from organization o where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and o.dissolved_on is null order by o.id limit 1`, [bench.provinceId]);
const gid = (id: number) => Buffer.from(`Organization:${id}`).toString('base64url');
const CELL = `query($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members } members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;
const DRILL = `query Drill($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { id name kind ancestors { id name } stats(asOf: $asOf) { organizations members } children(first: 200) { totalCount nodes { id name kind stats(asOf: $asOf) { organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;
const payload = kind === 'cell' ? { query: CELL, variables: { id: gid(cell.id) } } : { query: DRILL, variables: { id: gid(bench.provinceId) } };
const body = JSON.stringify(payload);
const client = graphqlClient(url);
const byFetch = async () => {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  const json = (await res.json()) as { errors?: unknown };
  const ms = performance.now() - started;
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return ms;
};
const byClient = async () => (await client.query(payload, cookie)).ms;
for (let i = 0; i < 30; i++) {
  await byFetch();
  await byClient();
}
const times = { fetch: [] as number[], client: [] as number[] };
for (let block = 0; block < N / 10; block++) {
  const order = block % 2 ? (['fetch', 'client'] as const) : (['client', 'fetch'] as const);
  for (const which of order) for (let i = 0; i < 10; i++) times[which].push(await (which === 'fetch' ? byFetch() : byClient()));
}
const show = (t: number[]) => `${percentile(t, 50).toFixed(2)} / ${percentile(t, 95).toFixed(2)}`;
console.log(`${kind}, ${members} members, ${N} each, median / p95 ms: fetch + json ${show(times.fetch)}; graphql-client ${show(times.client)}`);
client.close();
await bench.close();
