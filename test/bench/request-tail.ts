/**
 * Where a request's slow tail comes from (issue #14, p95 targets): in one process, as `pnpm bench`
 * measures (createApp, the 500k or 2M SQLite province of `pnpm bench`, data/bench/sqlite-<members>),
 * N sequential cell pages (or drill-downs: `drill`, `leader`) as staff after 20 warm-ups, each
 * timed, with V8's garbage collections observed (perf_hooks 'gc' entries): median, p95, p99, the
 * collections' count and time, and for the slowest 5 % of requests the collection time inside
 * each. With --expose-gc, the heap after a full collection before and after the run.
 *
 *   TSX_TSCONFIG_PATH=test/tsconfig.json node --expose-gc --import tsx --conditions=source test/bench/request-tail.ts 500000 600 cell
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { serveBenchProvince } from './bench-server.js';
import { graphqlClient } from './graphql-client.js';
import { percentile } from './support.js';

const members = Number(process.argv[2] ?? 500000); const N = Number(process.argv[3] ?? 600); const kind = process.argv[4] ?? 'cell';
const bench = await serveBenchProvince(members);
const { orm, url } = bench;
const cookie = await bench.signIn(kind === 'leader' ? 'leader' : 'staff');
const prov = { id: bench.provinceId };
const [cell] = await orm.em.fork().getConnection().execute(`select o.id from organization o where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and o.dissolved_on is null order by o.id limit 1`, [prov.id]);
const gid = (id: number) => Buffer.from(`Organization:${id}`).toString('base64url');
const CELL = `query($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members } members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;
const DRILL = `query Drill($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { id name kind ancestors { id name } stats(asOf: $asOf) { organizations members } children(first: 200) { totalCount nodes { id name kind stats(asOf: $asOf) { organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;
const payload = kind === 'cell' ? { query: CELL, variables: { id: gid(cell.id) } } : { query: DRILL, variables: { id: gid(prov.id) } };
const gcs: Array<{ start: number; end: number; kind: number }> = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration, kind: (e as any).detail?.kind ?? 0 }); }).observe({ entryTypes: ['gc'] });
// Timed to the answer's last byte, decoded after (graphql-client.ts).
const client = graphqlClient(url);
const post = () => client.query(payload, cookie);
for (let i = 0; i < 20; i++) await post();
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
gc();
const h0 = process.memoryUsage().heapUsed;
const times: Array<{ t: number; s: number; e: number }> = [];
for (let i = 0; i < N; i++) { const s = performance.now(); const { ms } = await post(); times.push({ t: ms, s, e: s + ms }); }
await new Promise((r) => setTimeout(r, 50));
gc();
console.log('heap after a full GC (with --expose-gc), MB', (h0/1e6).toFixed(1), '->', (process.memoryUsage().heapUsed/1e6).toFixed(1));
const ts = times.map((x) => x.t);
const gcIn = (x: { s: number; e: number }) => gcs.filter((g) => g.end > x.s && g.start < x.e).reduce((a, g) => a + (Math.min(g.end, x.e) - Math.max(g.start, x.s)), 0);
const slow = [...times].sort((a, b) => b.t - a.t).slice(0, Math.ceil(N * 0.05));
console.log(JSON.stringify({ kind, members, N, median: percentile(ts, 50).toFixed(2), p95: percentile(ts, 95).toFixed(2), p99: percentile(ts, 99).toFixed(2), gcCount: gcs.length, gcTotalMs: gcs.reduce((a, g) => a + g.end - g.start, 0).toFixed(0), gcKinds: gcs.reduce((m: any, g) => ((m[g.kind] = (m[g.kind] ?? 0) + 1), m), {}) }));
console.log('slowest 5%: time / gc inside', slow.map((x) => `${x.t.toFixed(1)}/${gcIn(x).toFixed(1)}`).join(' '));
const fast = times.filter((x) => x.t <= percentile(ts, 50));
console.log('median-or-faster mean gc inside', (fast.reduce((a, x) => a + gcIn(x), 0) / fast.length).toFixed(2));
client.close();
await bench.close();
