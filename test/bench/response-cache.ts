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
 *
 * --mix: instead of the table, a realistic mix with writes: `--clients` (16) closed loops, each
 * signed in as its own STAFF user of the province (so each has its own keys), for `--seconds`
 * per cell; every request drawn at random: drill-downs (the province or one of 10 of its
 * committees), cell pages (one of 20 cells), and with share `--writes` (comma list of percents,
 * default 0,2,10) a member correction (updateMember: the client's own member's position moved,
 * then moved back; all restored at the end). Off and on alternate in `--rounds` rounds; reports
 * req/s, read latency and the share of reads answered from the cache.
 *
 * --prepare builds the province when it is missing (SQLite: data/bench/sqlite-<members>;
 * PostgreSQL: the database `--pg-database`, default fourgood_bench_<members>, created afresh);
 * --prepare-only (with --prepare) stops there.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
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
const pgName = option(args, 'pg-database', `fourgood_bench_${members}`);
const mix = args.includes('--mix');
const prepare = args.includes('--prepare');
const pgUrl = db === 'postgres' ? (prepare ? await databaseExisting(pgName) : databaseUrl(pgName)) : null;
/** --prepare on PostgreSQL: the database as it is when it holds the province, else made afresh. */
async function databaseExisting(name: string): Promise<string> {
  const probe = await openDatabase(loadConfig({}, { dataDir, databaseUrl: databaseUrl(name), seedScale: 0, logLevel: 'warn' })).catch(() => null);
  const found = probe ? await probe.em.getConnection().execute(`select id from organization where code = ?`, [`BENCH-${members}`]) : [];
  await probe?.close();
  return found.length > 0 ? databaseUrl(name) : createDatabase(name);
}
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
if (prepare && db === 'sqlite') mkdirSync(dataDir, { recursive: true });
const setup = await openDatabase(loadConfig({}, { dataDir, databaseUrl: pgUrl, seedScale: 0, logLevel: 'warn' }));
const conn = setup.em.getConnection();
if (prepare && (await conn.execute(`select id from organization where code = ?`, [`BENCH-${members}`])).length === 0) {
  const t0 = performance.now();
  await seedBenchmarkProvince(setup, { members, code: `BENCH-${members}` });
  await conn.execute('analyze');
  console.log(`built the province of ${members} members in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
if (args.includes('--prepare-only')) {
  await setup.close();
  process.exit(0);
}
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
// --mix: its users, committees, cells and one member per client to correct.
const clients = Number(option(args, 'clients', '16'));
const mixUsers: string[] = [];
const committees: number[] = [];
const cells: number[] = [];
const ownMembers: Array<{ id: number; position: string }> = [];
if (mix) {
  for (const r of await conn.execute<Array<{ id: number }>>(`select id from organization where parent_id = ? and dissolved_on is null order by id limit 10`, [provinceId])) committees.push(Number(r.id));
  for (const r of await conn.execute<Array<{ id: number }>>(
    `select o.id from organization o where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and o.dissolved_on is null order by o.id limit 20`,
    [provinceId],
  )) cells.push(Number(r.id));
  // One member per client, each in another cell than the 20 pages read (a correction still moves the data version).
  for (const r of await conn.execute<Array<{ id: number; position: string }>>(
    `select m.id, m.position from member m where m.id in (select min(id) from member where status = 'ACTIVE' and position in ('MEMBER', 'COMMITTEE_MEMBER') and organization_id in
       (select o.id from organization o where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and o.dissolved_on is null order by o.id limit ? offset 20)
     group by organization_id) order by m.id`,
    [provinceId, clients],
  )) ownMembers.push({ id: Number(r.id), position: String(r.position) });
  if (ownMembers.length < clients) throw new Error(`only ${ownMembers.length} members to correct for ${clients} clients`);
  const { auth } = systemServices(setup);
  for (let i = 0; i < clients; i++) {
    const name = `bench-mix-${members}-${i}`;
    if ((await conn.execute(`select id from app_user where username = ?`, [name])).length === 0) {
      const user = await auth.createUser({ username: name, displayName: `Benchmark mix ${i}`, password: 'benchmark-password' });
      await auth.grant(user.id, 'STAFF', provinceId);
    }
    mixUsers.push(name);
  }
}
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
if (mix) {
  await runMix();
  await Promise.all([off.process.stop(), on.process.stop()]);
  process.exit(0);
}

/** The realistic mix (--mix): see the header. */
async function runMix(): Promise<void> {
  const shares = option(args, 'writes', '0,2,10').split(',').map(Number);
  const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id position } }`;
  const cookies: string[] = [];
  for (const name of mixUsers) {
    const login = await fetch(off.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "${name}", password: "benchmark-password") { user { username } } }` }),
    });
    if (!login.ok) throw new Error(`${name}: sign-in failed ${login.status}`);
    cookies.push((login.headers.get('set-cookie') ?? '').split(';')[0]!);
  }
  const moved = new Map<number, string>();
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  const send = async (s: Served, cookie: string, query: string, variables: Record<string, unknown>) => {
    const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'accept-encoding': 'br, gzip' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: unknown[] };
    if (!res.ok || body.errors) throw new Error(`${res.status} ${JSON.stringify(body.errors)}`);
    return res.headers.get('x-response-cache');
  };
  interface Tally { reads: number[]; writes: number; hits: number; elapsed: number }
  const run = async (s: Served, writeShare: number): Promise<Tally> => {
    const tally: Tally = { reads: [], writes: 0, hits: 0, elapsed: 0 };
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      cookies.map(async (cookie, i) => {
        const own = ownMembers[i]!;
        while (performance.now() < deadline) {
          const r = Math.random() * 100;
          if (r < writeShare) {
            const next = moved.has(own.id) ? own.position : own.position === 'MEMBER' ? 'COMMITTEE_MEMBER' : 'MEMBER';
            await send(s, cookie, UPDATE, { input: { id: toGlobalId('Member', own.id), position: next } });
            if (next === own.position) moved.delete(own.id);
            else moved.set(own.id, next);
            tally.writes += 1;
            continue;
          }
          const t0 = performance.now();
          const cache =
            r < writeShare + (100 - writeShare) / 2
              ? await send(s, cookie, DRILL, { id: toGlobalId('Organization', Math.random() < 0.3 ? provinceId : pick(committees)) })
              : await send(s, cookie, CELL, { id: toGlobalId('Organization', pick(cells)) });
          tally.reads.push(performance.now() - t0);
          if (cache === 'hit') tally.hits += 1;
        }
      }),
    );
    tally.elapsed = (performance.now() - started) / 1000;
    return tally;
  };
  const loadBefore = load();
  const results = new Map<string, Tally[]>();
  for (let r = 0; r < rounds; r++) {
    for (const share of shares) {
      const order: Array<['off' | 'on', Served]> = r % 2 === 0 ? [['off', off], ['on', on]] : [['on', on], ['off', off]];
      for (const [mode, s] of order) results.set(`${share}|${mode}`, [...(results.get(`${share}|${mode}`) ?? []), await run(s, share)]);
    }
  }
  const loadAfter = load();
  // The corrections undone.
  for (const [i, cookie] of cookies.entries()) {
    const own = ownMembers[i]!;
    if (moved.has(own.id)) await send(off, cookie, UPDATE, { input: { id: toGlobalId('Member', own.id), position: own.position } });
  }
  const sum = (ts: Tally[]) => {
    const reads = ts.flatMap((t) => t.reads);
    const elapsed = ts.reduce((a, t) => a + t.elapsed, 0);
    return { reads, readRps: reads.length / elapsed, writeRps: ts.reduce((a, t) => a + t.writes, 0) / elapsed, hits: ts.reduce((a, t) => a + t.hits, 0) };
  };
  const lines = [
    `${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${members.toLocaleString('en')} members, mix of ${clients} clients (own STAFF users), ${rounds} interleaved rounds × ${seconds} s per cell, load (1 min) ${loadBefore} before, ${loadAfter} after`,
    '',
    '| writes | off reads/s | on reads/s | on / off | off read p50 / p95 ms | on read p50 / p95 ms | reads answered from the cache | writes/s (on) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const share of shares) {
    const o = sum(results.get(`${share}|off`)!);
    const n = sum(results.get(`${share}|on`)!);
    const p = (xs: number[]) => `${percentile(xs, 50).toFixed(0)} / ${percentile(xs, 95).toFixed(0)}`;
    lines.push(`| ${share} % | ${o.readRps.toFixed(1)} | ${n.readRps.toFixed(1)} | ${(n.readRps / o.readRps).toFixed(2)} | ${p(o.reads)} | ${p(n.reads)} | ${((100 * n.hits) / Math.max(1, n.reads.length)).toFixed(0)} % of ${n.reads.length} | ${n.writeRps.toFixed(1)} |`);
  }
  console.log(lines.join('\n'));
}

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
