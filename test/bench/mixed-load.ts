/**
 * A loaded server (issue #14, item 5): one FourGood process (`apps/server/dist/main.js`, as
 * `pnpm start` runs it) on the country of `pnpm bench:national`, and 16 clients in closed loops for
 * 60 s, each request drawn at random from a mix of what leaders and clerks send: drill-downs (a
 * province or one of its committees, 200 children with full stats), cell pages (first 50
 * members), searches, and writes through the API — member corrections (`updateMember`, the
 * position moved and moved back) and meetings recorded with their attendance (`meetingRoll`, then
 * `recordMeeting`; deleted again at the end). Reports the count, median and p95 per kind and
 * every error (there must be none). Targets 127.0.0.1 only and stops by itself: the loops end at
 * the deadline, the server is stopped, the writes are undone.
 *
 *   pnpm bench:mixed -- --scale 0.4 --db sqlite
 *   pnpm bench:mixed -- --scale 0.4 --db postgres --clients 16 --seconds 60
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { todayInVietnam } from '@fourgood/rules';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { systemServices } from '../support/server.js';
import { freePort } from '../support/standby.js';
import { graphqlClient } from './graphql-client.js';
import { benchEnv, percentile, replaceSection } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const scale = arg('scale', '1');
const label = scale.replace('.', '_');
const db = arg('db', 'sqlite') as 'sqlite' | 'postgres';
const clients = Number(arg('clients', '16'));
const seconds = Number(arg('seconds', '60'));
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Share of each kind of request in the mix (out of 100). */
const MIX = [
  ['drill-down', 30],
  ['cell page', 30],
  ['search', 20],
  ['write: member correction', 12],
  ['write: meeting with attendance', 8],
] as const;
type Kind = (typeof MIX)[number][0];

const STATS = `organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count }`;
const DRILL = `query Drill($id: ID!) { node(id: $id) { ... on Organization { id name kind ancestors { id name } stats { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats { ${STATS} } } } } } }`;
const CELL = `query Cell($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
  members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;
const SEARCH = `query Search($text: String!) { search(text: $text, first: 8) {
  organizations { organization { id name kind } match } members { member { id fullName cardNumber status } match } } }`;
const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id position } }`;
const ROLL = `query($id: ID!, $date: Date!) { meetingRoll(organizationId: $id, date: $date) { id } }`;
const RECORD = `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id lockVersion } }`;
const DELETE = `mutation($input: DeleteMeetingInput!) { deleteMeeting(input: $input) }`;
const TEXTS = ['nguyễn', 'trần thị', 'lê văn hùng', 'phạm', 'chi bộ', 'xã', 'hoàng anh', 'võ thị mai', 'đảng bộ', 'bùi'];

// ------------------------------------------------------------------ the data to draw from

const config: AppConfig =
  db === 'sqlite'
    ? loadConfig(benchEnv, { dataDir: join(root, 'data/bench', `national-${label}`), seedScale: 0, logLevel: 'warn' })
    : loadConfig(benchEnv, { databaseUrl: databaseUrl(`fourgood_national_${label}`), seedScale: 0, logLevel: 'warn' });
const orm = await openDatabase(config);
const conn = orm.em.getConnection();
/** The rows of one statement (MikroORM's `execute` is typed `any`). */
const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await conn.execute(sql, params)) as T[];
const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const provinces = (await query<{ id: number }>(`select id from organization where parent_id is null and dissolved_on is null order by id`)).map((r) => Number(r.id));
if (provinces.length === 0) throw new Error(`No country at scale ${scale} on ${db}: pnpm bench:national -- --scale ${scale} --dbs ${db}`);
// Committees with children (drill-down targets below the provinces) and cells with members, a few hundred of each.
const committees = (
  await query<{ id: number }>(`select id from organization where kind = 'GRASSROOTS_COMMITTEE' and dissolved_on is null and id % 97 = 0 order by id limit 400`)
).map((r) => Number(r.id));
const cells = (
  await query<{ id: number }>(`select id from organization where kind in ('CELL', 'GRASSROOTS_CELL') and dissolved_on is null and id % 89 = 0 order by id limit 800`)
).map((r) => Number(r.id));
// Members to correct: one per cell drawn (no two clients on the same member), with their position.
const positions = new Map<number, string>();
for (const r of await query<{ id: number; position: string }>(
  `select id, position from member where id in (select min(id) from member where status = 'ACTIVE' and organization_id in (${cells.slice(0, 400).join(',') || '0'}) group by organization_id)`,
)) {
  positions.set(Number(r.id), r.position);
}
// Cells of the province with meetings (their roll is known to the meetings service).
const [meetingRoot] = await query<{ id: number }>(`select root_id as id from meeting group by root_id order by count(*) desc limit 1`);
const meetingCells = (
  await query<{ id: number }>(
    `select o.id from organization o where o.root_id = ? and o.kind in ('CELL', 'GRASSROOTS_CELL') and o.dissolved_on is null
     and exists (select 1 from member m where m.organization_id = o.id and m.status = 'ACTIVE') order by o.id limit 200`,
    [meetingRoot?.id ?? provinces[0]],
  )
).map((r) => Number(r.id));
const username = 'mixed-load-staff';
if ((await query<{ id: number }>(`select id from app_user where username = ?`, [username])).length === 0) {
  const { auth } = systemServices(orm);
  const user = await auth.createUser({ username, displayName: 'Mixed load staff', password: 'benchmark-password' });
  await auth.grant(user.id, 'STAFF', null);
}
await orm.close();
console.log(`${provinces.length} provinces, ${committees.length} committees, ${cells.length} cells, ${positions.size} members to correct, ${meetingCells.length} cells with meetings drawn from`);

// ------------------------------------------------------------------ the server

const port = await freePort();
const env: Record<string, string> =
  db === 'sqlite' ? { FOURGOOD_DATA_DIR: config.dataDir } : { DATABASE_URL: config.databaseUrl! };
const child: ChildProcess = spawn(process.execPath, ['apps/server/dist/main.js'], {
  cwd: root,
  env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port), FOURGOOD_SEED_SCALE: '0', FOURGOOD_LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const exited = new Promise((done) => child.once('exit', done));
// Ready when /health/ready answers 200: asked once a second, at most 10 minutes.
for (let i = 0; ; i += 1) {
  if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
  const ready = await fetch(`${base}/health/ready`).then(
    async (r) => (await r.text(), r.ok),
    () => false,
  );
  if (ready) break;
  if (i >= 600) throw new Error('the server did not become ready in 10 minutes');
  await new Promise((r) => setTimeout(r, 1000));
}
const login = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
});
const headers = { 'content-type': 'application/json', cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]! };

// One kept-alive connection per client (graphql-client.ts: node:http, lighter than undici's
// fetch in this process, which shares the machine's two cores with the server).
const client = graphqlClient(`${base}/graphql`, clients);
async function gql(query: string, variables: Record<string, unknown>): Promise<any> {
  const { status, body } = (await client.post({ query, variables }, headers.cookie)) as { status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
  if (status !== 200 || body.errors) throw new Error(`${status} ${body.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
  return body.data;
}

// ------------------------------------------------------------------ the clients

const today = todayInVietnam();
const times = new Map<Kind, number[]>(MIX.map(([k]) => [k, []]));
const errors: Array<{ kind: Kind; message: string }> = [];
const busyMembers = new Set<number>();
const moved = new Map<number, string>();
const recorded: Array<{ id: string; version: number }> = [];
const busyCells = new Set<number>();
const memberIds = [...positions.keys()];

async function one(kind: Kind): Promise<void> {
  switch (kind) {
    case 'drill-down': {
      const id = Math.random() < 0.3 ? pick(provinces) : pick(committees.length ? committees : provinces);
      await gql(DRILL, { id: toGlobalId('Organization', id) });
      return;
    }
    case 'cell page':
      await gql(CELL, { id: toGlobalId('Organization', pick(cells)) });
      return;
    case 'search':
      await gql(SEARCH, { text: pick(TEXTS) });
      return;
    case 'write: member correction': {
      const free = memberIds.filter((m) => !busyMembers.has(m));
      const id = pick(free);
      busyMembers.add(id);
      try {
        const original = positions.get(id)!;
        const next = moved.has(id) ? original : original === 'MEMBER' ? 'COMMITTEE_MEMBER' : 'MEMBER';
        await gql(UPDATE, { input: { id: toGlobalId('Member', id), position: next } });
        if (next === original) moved.delete(id);
        else moved.set(id, next);
      } finally {
        busyMembers.delete(id);
      }
      return;
    }
    case 'write: meeting with attendance': {
      const free = meetingCells.filter((c) => !busyCells.has(c));
      const cell = pick(free);
      busyCells.add(cell);
      try {
        const orgId = toGlobalId('Organization', cell);
        const roll = await gql(ROLL, { id: orgId, date: today });
        const data = await gql(RECORD, {
          input: {
            organizationId: orgId,
            kind: 'EXTRAORDINARY',
            date: today,
            startTime: '19:00',
            endTime: '21:00',
            place: 'Nhà văn hóa',
            draftResolution: true,
            fullMinutes: true,
            attendance: roll.meetingRoll.map((m: { id: string }) => ({ memberId: m.id, status: 'PRESENT' })),
          },
        });
        recorded.push({ id: data.recordMeeting.id, version: data.recordMeeting.lockVersion });
      } finally {
        busyCells.delete(cell);
      }
    }
  }
}

function draw(): Kind {
  let r = Math.random() * 100;
  for (const [kind, share] of MIX) {
    if ((r -= share) < 0) return kind;
  }
  return MIX[0][0];
}

console.log(`${db}, scale ${scale}: ${clients} clients for ${seconds} s (load average ${load()})`);
const loadBefore = load();
const deadline = performance.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (performance.now() < deadline) {
      const kind = draw();
      const started = performance.now();
      try {
        await one(kind);
        times.get(kind)!.push(performance.now() - started);
      } catch (e) {
        errors.push({ kind, message: (e as Error).message.slice(0, 300) });
      }
    }
  }),
);
const loadAfter = load();

// Undo the writes: positions back, meetings deleted.
for (const [id] of moved) await gql(UPDATE, { input: { id: toGlobalId('Member', id), position: positions.get(id) } });
for (const m of recorded) await gql(DELETE, { input: { id: m.id, expectedVersion: m.version } });
client.close();
// SIGTERM, then SIGKILL if the process has not exited 20 s later (on SQLite, 2026-12-02, the
// server logged "stopping" and never exited: see BENCHMARKS.md).
child.kill('SIGTERM');
const stoppedInTime = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 20_000).unref())]);
if (!stoppedInTime) {
  console.warn('the server did not exit within 20 s of SIGTERM: killed');
  child.kill('SIGKILL');
  await exited;
}

const all = [...times.values()].flat();
const row = (kind: string, xs: number[]) =>
  `| ${kind} | ${xs.length} | ${(xs.length / seconds).toFixed(1)} | ${xs.length ? percentile(xs, 50).toFixed(0) : '—'} | ${xs.length ? percentile(xs, 95).toFixed(0) : '—'} | ${errors.filter((e) => e.kind === kind || kind === 'all').length} |`;
const table = [
  '| kind | requests | per second | median ms | p95 ms | errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...MIX.map(([kind]) => row(kind, times.get(kind)!)),
  row('all', all),
].join('\n');
const body = `Measured ${new Date().toISOString().slice(0, 16)} UTC, \`pnpm bench:mixed ${args.join(' ')}\`: ${db}, the country at scale ${scale}, one API process, ${clients} clients for ${seconds} s; load average ${loadBefore} before, ${loadAfter} after; ${recorded.length} meetings recorded and ${moved.size > 0 ? 'positions restored' : 'no position left moved'}, all undone after the run.\n\n${table}`;
console.log(`\n${table}`);
for (const e of errors.slice(0, 10)) console.log(`error (${e.kind}): ${e.message}`);
const file = join(root, 'BENCHMARKS.md');
writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), `mixed-${db}`, body));
console.log(`updated ${file}`);
process.exit(errors.length > 0 ? 1 : 0);
