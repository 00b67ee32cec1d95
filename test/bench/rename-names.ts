/**
 * Names as of a date (issue #12 §4): what dated renames cost the drill-down. Two server
 * processes, the code before them (a checkout of main at --base, its node_modules linked) and
 * this one, each over its own copy of the same SQLite benchmark database (built by the base's
 * `pnpm bench -- --sizes N --dbs sqlite`, which also made its users); requests alternate between
 * them (A B B A …) so that both see the same load. Measured as staff over HTTP:
 *   - today: the drill-down bench's query (organisation, breadcrumbs, 200 children with stats):
 *     the hot path, where names are today's and nothing more is read;
 *   - a past day: the children list as of that day (`children(asOf:)`), where this code looks up
 *     the page's former names in one statement; every child is given a former name that day
 *     in this code's copy, so that each row is renamed in the answer.
 * The figure is the ratio this / before of the medians, with the statements of each.
 *
 *   pnpm bench:rename -- --base /tmp/rename-base --members 500000 --runs 30
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { option, percentile, replaceSection } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const base = resolve(option(args, 'base', '/tmp/rename-base'));
const members = Number(option(args, 'members', '500000'));
const runs = Number(option(args, 'runs', '30'));
const past = option(args, 'past', '2024-06-01');

const DRILL = `query Drill($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats(asOf: $asOf) { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats(asOf: $asOf) {
    organizations organizationsByKind { kind count } members
    membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;
const PAST = `query Past($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { children(first: 200, asOf: $asOf) { totalCount nodes { id name kind } } } } }`;

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
  cookie: string;
  dir: string;
}

/** Starts `apps/server/src/main.ts` of the checkout at `cwd` over `dir`, and waits for its "ready" line. */
async function start(name: string, cwd: string, dir: string): Promise<Server> {
  const child = spawn(process.execPath, [join(cwd, 'node_modules/tsx/dist/cli.mjs'), '--conditions=source', '--tsconfig', 'test/tsconfig.json', 'apps/server/src/main.ts'], {
    cwd,
    env: { ...process.env, PORT: '0', FOURGOOD_DATA_DIR: dir, FOURGOOD_SEED_SCALE: '0', FOURGOOD_LOG_LEVEL: 'info', FOURGOOD_QUERY_STATS: '1', FOURGOOD_ADMIN_DIR: join(dir, 'no-admin'), FOURGOOD_SHUTDOWN_GRACE_MS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (errors += c));
  const port = await new Promise<number>((ok, fail) => {
    let pending = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        try {
          const parsed = JSON.parse(line) as { msg?: string; port?: number };
          if (parsed.msg?.startsWith('FourGood ready')) ok(Number(parsed.port));
        } catch {
          // not a log line
        }
      }
    });
    child.once('exit', (code) => fail(new Error(`${name} exited (${code}): ${errors.slice(-2000)}`)));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "bench-staff-${members}", password: "benchmark-password") { user { username } } }` }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  if (!cookie) throw new Error(`${name}: sign-in failed (${await res.text()})`);
  return { name, child, url, cookie, dir };
}

async function post(server: Server, query: string, variables: Record<string, unknown>): Promise<{ ms: number; statements: number; body: any }> {
  const started = performance.now();
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: server.cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown; extensions?: { sql?: { statements: number } } };
  const ms = performance.now() - started;
  if (body.errors) throw new Error(`${server.name}: ${JSON.stringify(body.errors)}`);
  return { ms, statements: body.extensions?.sql?.statements ?? -1, body };
}

/** Both servers, alternating A B B A, after 5 warm-up requests each. */
async function interleaved(a: Server, b: Server, query: string, variables: Record<string, unknown>) {
  for (let i = 0; i < 5; i += 1) {
    await post(a, query, variables);
    await post(b, query, variables);
  }
  const times = new Map<Server, number[]>([[a, []], [b, []]]);
  const statements = new Map<Server, number>();
  const bodies = new Map<Server, any>();
  for (let i = 0; i < runs; i += 1) {
    for (const s of i % 2 === 0 ? [a, b] : [b, a]) {
      const r = await post(s, query, variables);
      times.get(s)!.push(r.ms);
      statements.set(s, r.statements);
      bodies.set(s, r.body);
    }
  }
  const stat = (s: Server) => ({ median: percentile(times.get(s)!, 50), p95: percentile(times.get(s)!, 95), statements: statements.get(s)! });
  return { before: stat(a), after: stat(b), bodies };
}

const source = join(base, 'data/bench', `sqlite-${members}`);
const work = mkdtempSync(join(tmpdir(), 'fourgood-rename-bench-'));
const servers: Server[] = [];
try {
  for (const name of ['before', 'after']) cpSync(source, join(work, name), { recursive: true });
  const before = await start('before', base, join(work, 'before'));
  servers.push(before);
  const after = await start('after', root, join(work, 'after'));
  servers.push(after);
  // This code's copy (migrated by its server): every child of the province carried another name on `past`.
  const db = new Database(join(work, 'after', 'fourgood.sqlite'));
  const province = db.prepare(`select id from organization where code = ?`).get(`BENCH-${members}`) as { id: number };
  const renamed = db
    .prepare(`insert into organization_former_name (organization_id, name, name_search, used_from, used_until)
              select id, name || ' (tên cũ)', name_search || ' (ten cu)', founded_on, ? from organization where parent_id = ? and founded_on <= ?`)
    .run(past, province.id, past).changes;
  db.close();
  const id = Buffer.from(`Organization:${province.id}`).toString('base64url');
  const load1 = loadavg()[0]!;
  const today = await interleaved(before, after, DRILL, { id, asOf: null });
  const older = await interleaved(before, after, PAST, { id, asOf: past });
  const load2 = loadavg()[0]!;
  const pastNames = older.bodies.get(after).data.node.children.nodes.filter((n: { name: string }) => n.name.endsWith('(tên cũ)')).length;
  const children = today.bodies.get(after).data.node.children.totalCount;
  const mp = (t: { median: number; p95: number; statements: number }) => `${t.median.toFixed(1)} / ${t.p95.toFixed(1)} (${t.statements})`;
  const body = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, SQLite, ${members.toLocaleString('en')} members, ${children} children, ${runs} interleaved runs per server after 5 warm-up each; 1-minute load average ${load1.toFixed(2)} at the start, ${load2.toFixed(2)} at the end. Command: \`pnpm bench:rename -- --base <checkout of main> --members ${members} --runs ${runs}\`.`,
    '',
    '| query (staff) | before: median / p95 ms (statements) | after: median / p95 ms (statements) | after / before (median) |',
    '| --- | --- | --- | --- |',
    `| drill-down today (organisation, breadcrumbs, 200 children with stats) | ${mp(today.before)} | ${mp(today.after)} | ${(today.after.median / today.before.median).toFixed(2)} |`,
    `| children as of ${past} (${pastNames} of ${older.bodies.get(after).data.node.children.nodes.length} shown with their former name after) | ${mp(older.before)} | ${mp(older.after)} | ${(older.after.median / older.before.median).toFixed(2)} |`,
    '',
    `(${renamed} former names written in the "after" copy for the past-day query.)`,
  ].join('\n');
  console.log(body);
  if (!args.includes('--no-write')) {
    const file = join(root, 'BENCHMARKS.md');
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), 'rename-names', body));
  }
} finally {
  for (const s of servers) s.child.kill('SIGTERM');
  await Promise.all(servers.map((s) => new Promise((ok) => (s.child.exitCode !== null ? ok(null) : s.child.once('exit', ok)))));
  rmSync(work, { recursive: true, force: true });
}
