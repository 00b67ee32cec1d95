/**
 * Response cache benchmark (issue #14 item 4): the same benchmark province (built by `pnpm bench`:
 * data/bench/sqlite-<members>, or with --db postgres the database fourgood_bench_<members>) served by two server processes at once, one without
 * the cache and one with FOURGOOD_RESPONSE_CACHE_ENTRIES=1000, signed in as staff of the province.
 * Three queries (the item 5 table): the province's drill-down (200 children, full stats),
 * the same without age bands, a cell page (first 50 members); each timed with autocannon (closed
 * loop, 127.0.0.1) at 1 and 8 connections in three ways — cache off, cache on and every request
 * the same (hits), cache on and every request's text different (misses: version read twice,
 * answer stored, none ever found) — in interleaved rounds whose order rotates, so the machine's
 * other work falls on all three. API/raw: the API's time per request at 1 connection against one
 * hand-written SQL statement for the same drill-down figures (subtree_count's rows) on a
 * better-sqlite3 handle (PostgreSQL: through the driver, round trip included). Prints a Markdown table with the 1-minute load average before and after.
 *
 *   tsx --conditions=source --tsconfig test/tsconfig.json test/bench/response-cache.ts --members 100000 --seconds 5 --rounds 2 [--db postgres]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { spawnServer, type ServerProcess } from '../support/processes.js';
import { freePort } from '../support/standby.js';
import { systemServices } from '../support/server.js';
import { option, percentile } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const members = Number(option(args, 'members', '100000'));
const seconds = Number(option(args, 'seconds', '5'));
const rounds = Number(option(args, 'rounds', '2'));
const db = option(args, 'db', 'sqlite') as 'sqlite' | 'postgres';
const dataDir = join(root, 'data/bench', `sqlite-${members}`);
/** PostgreSQL: the database `pnpm bench -- --dbs postgres` builds. */
const pgUrl = db === 'postgres' ? databaseUrl(`fourgood_bench_${members}`) : null;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0]!;

const DRILL = `query Drill($id: ID!) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats {
    organizations organizationsByKind { kind count } members
    membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;
const DRILL_NO_BANDS = DRILL.replace(' membersByAgeBand { ageBand count }', '');
const CELL = `query Cell($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
    members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;

// ------------------------------------------------------------------ the data and the account
const setup = await openDatabase(loadConfig({}, { dataDir, databaseUrl: pgUrl, seedScale: 0, logLevel: 'warn' }));
const conn = setup.em.getConnection();
const [province] = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [`BENCH-${members}`]);
if (!province) throw new Error(`no benchmark province of ${members} members in ${dataDir}: run pnpm bench -- --sizes ${members} --dbs sqlite --prepare-only`);
const provinceId = Number(province.id);
const [cell] = await conn.execute<Array<{ id: number }>>(
  `select o.id from organization o where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and o.dissolved_on is null order by o.id limit 1`,
  [provinceId],
);
const username = `bench-staff-${members}`;
if ((await conn.execute(`select id from app_user where username = ?`, [username])).length === 0) {
  const { auth } = systemServices(setup);
  const user = await auth.createUser({ username, displayName: 'Benchmark STAFF', password: 'benchmark-password' });
  await auth.grant(user.id, 'STAFF', provinceId);
}
// ------------------------------------------------------------------ raw SQL of the drill-down figures
const RAW = `select s.organization_id as id, s.dimension as a, s.key as b, s.n as n from subtree_count s
  where s.organization_id in (select id from organization where parent_id = ? and dissolved_on is null)
  and s.dimension in ('KIND', 'STATUS', 'GENDER', 'AGE_BAND')`;
const rawTimes: number[] = [];
if (db === 'sqlite') {
  const raw = new Database(join(dataDir, 'fourgood.sqlite'), { readonly: true });
  const statement = raw.prepare(RAW);
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    statement.all(provinceId);
    rawTimes.push(performance.now() - t0);
  }
  raw.close();
} else {
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await conn.execute(RAW, [provinceId]);
    rawTimes.push(performance.now() - t0);
  }
}
const rawMs = percentile(rawTimes, 50);
await setup.close();

// ------------------------------------------------------------------ two servers on the file
interface Served {
  name: string;
  process: ServerProcess;
  url: string;
  cookie: string;
}
async function serve(name: string, entries: number): Promise<Served> {
  // Logging at warn (one info line per request would weigh on every mode); ready when /health/ready says so.
  const port = await freePort();
  const child = spawnServer({ PORT: String(port), FOURGOOD_DATA_DIR: dataDir, ...(pgUrl ? { DATABASE_URL: pgUrl } : {}), FOURGOOD_RESPONSE_CACHE_ENTRIES: String(entries), FOURGOOD_LOG_LEVEL: 'warn' });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    const ready = await fetch(`${base}/health/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    if (child.child.exitCode !== null) throw new Error(`${name}: the server exited: ${child.stderr.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const url = `${base}/graphql`;
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
  });
  if (!login.ok) throw new Error(`${name}: sign-in failed ${login.status}`);
  return { name, process: child, url, cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]! };
}
const off = await serve('off', 0);
const on = await serve('on', 1000);

const queries = [
  { name: 'drill-down, 200 children, full stats', query: DRILL, variables: { id: toGlobalId('Organization', provinceId) } },
  { name: 'drill-down without age bands', query: DRILL_NO_BANDS, variables: { id: toGlobalId('Organization', provinceId) } },
  { name: 'cell page (50 members)', query: CELL, variables: { id: toGlobalId('Organization', Number(cell!.id)) } },
];

// The answers agree (and the cache is warm for the hits); what compressing one answer costs (the
// work a hit saves by keeping the compressed bytes beside the answer).
const compressing: string[] = [];
for (const q of queries) {
  const ask = async (s: Served, query = q.query) =>
    (await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie }, body: JSON.stringify({ query, variables: q.variables }) })).text();
  const a = await ask(off);
  const b = await ask(on);
  const c = await ask(on);
  if (JSON.parse(a).errors || JSON.stringify(JSON.parse(a).data) !== JSON.stringify(JSON.parse(b).data) || JSON.stringify(JSON.parse(c).data) !== JSON.stringify(JSON.parse(a).data)) {
    throw new Error(`${q.name}: answers differ`);
  }
  const bytes = Buffer.from(a);
  const cost = (f: () => Buffer) => {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      size = f().length;
      times.push(performance.now() - t0);
    }
    return `${(size / 1024).toFixed(1)} kB in ${percentile(times, 50).toFixed(2)} ms`;
  };
  compressing.push(
    `${q.name}: ${(bytes.length / 1024).toFixed(1)} kB; brotli q4 ${cost(() => brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }))}, gzip ${cost(() => gzipSync(bytes))}`,
  );
}

type Mode = 'off' | 'hit' | 'miss';
const answered = new Map<string, { hits: number; all: number }>();
async function measure(mode: Mode, q: (typeof queries)[number], connections: number): Promise<number> {
  const s = mode === 'off' ? off : on;
  let n = 0;
  const body = JSON.stringify({ query: q.query, variables: q.variables });
  const tally = answered.get(`${q.name}|${connections}|${mode}`) ?? { hits: 0, all: 0 };
  answered.set(`${q.name}|${connections}|${mode}`, tally);
  const onResponse = (_status: number, _body: string, _context: object, headers: Record<string, unknown> | undefined) => {
    tally.all += 1;
    if (headers?.['x-response-cache'] === 'hit') tally.hits += 1;
  };
  const result = await autocannon({
    url: s.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: s.cookie, 'accept-encoding': 'br, gzip' },
    connections,
    duration: seconds,
    // Misses: a comment numbered per request makes every text, so every key, new.
    requests:
      mode === 'miss'
        ? [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: `${q.query}\n# ${(n += 1)}`, variables: q.variables }) }), onResponse }]
        : [{ body, onResponse }],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${mode} ${q.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

const loadBefore = load();
const modes: Mode[] = ['off', 'hit', 'miss'];
const results = new Map<string, number[]>();
for (let r = 0; r < rounds; r++) {
  for (const q of queries) {
    for (const connections of [1, 8]) {
      const order = modes.map((_, i) => modes[(i + r) % modes.length]!);
      for (const mode of order) {
        const key = `${q.name}|${connections}|${mode}`;
        results.set(key, [...(results.get(key) ?? []), await measure(mode, q, connections)]);
      }
    }
  }
}
const loadAfter = load();
await Promise.all([off.process.stop(), on.process.stop()]);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rps = (q: string, c: number, m: Mode) => mean(results.get(`${q}|${c}|${m}`)!);
const lines = [
  `${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${members.toLocaleString('en')} members, ${rounds} interleaved rounds × ${seconds} s per cell, load (1 min) ${loadBefore} before, ${loadAfter} after; raw drill-down SQL ${rawMs.toFixed(2)} ms (median)`,
  '',
  '| query | conn. | off req/s | hit req/s | miss req/s | hit / off | miss / off | answered from the cache in the hit runs | API/raw off | API/raw hit |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const q of queries) {
  for (const c of [1, 8]) {
    const [o, h, m] = [rps(q.name, c, 'off'), rps(q.name, c, 'hit'), rps(q.name, c, 'miss')];
    const apiRaw = (x: number) => (q.query === CELL || c !== 1 ? '–' : (1000 / x / rawMs).toFixed(2));
    const t = answered.get(`${q.name}|${c}|hit`)!;
    lines.push(`| ${q.name} | ${c} | ${o.toFixed(0)} | ${h.toFixed(0)} | ${m.toFixed(0)} | ${(h / o).toFixed(2)} | ${(m / o).toFixed(2)} | ${((100 * t.hits) / Math.max(1, t.all)).toFixed(0)} % of ${t.all} | ${apiRaw(o)} | ${apiRaw(h)} |`);
  }
}
lines.push('', 'Compressing one answer (median of 50; a hit sends the bytes kept from its first compression):', '', ...compressing.map((c) => `- ${c}`));
console.log(lines.join('\n'));
