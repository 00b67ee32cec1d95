/**
 * Drill-down throughput with 1 and 2 API processes, and with reads spread over a hot standby
 * (issue #15). Closed-loop load with autocannon against 127.0.0.1 only, for a fixed time.
 *
 *   pnpm bench:replicas                                  # 100,000-member province, 15 s per setting
 *   pnpm bench:replicas -- --members 500000 --seconds 20 --connections 8
 *
 * Set-up (as root, Debian's PostgreSQL; test/support/standby.ts): a throw-away primary + hot
 * standby (asynchronous streaming), the benchmark province of `pnpm bench` built on the primary
 * and replayed on the standby, a leader scoped to the province. Each setting starts its own API
 * processes (`node apps/server/dist/main.js`, as `pnpm start` runs it; FOURGOOD_SEED_SCALE=0), each with the same
 * DATABASE_URL and, in the replica settings, DATABASE_REPLICA_URLS = the standby; autocannon
 * sends the leader's drill-down query (the one of `pnpm bench`) round-robin to the processes.
 * The rows are one run's numbers: compare them with each other, not with other runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { systemServices } from '../support/server.js';
import { freePort, startStandbyPair } from '../support/standby.js';
import { benchEnv } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const members = Number(arg('members', '100000'));
const seconds = Number(arg('seconds', '15'));
const connections = Number(arg('connections', '4'));
const rounds = Number(arg('rounds', '2'));
const CODE = `BENCH-${members}`;

// The query of `pnpm bench` with 150 children: its 200 now cost 20,247, over the cost limit of 20,000.
const DRILL = `query Drill($id: ID!) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats { organizations members }
  children(first: 150) { totalCount nodes { id name kind stats {
    organizations organizationsByKind { kind count } members
    membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;

const pair = await startStandbyPair({ settings: ['shared_buffers = 128MB'] });
const started = Date.now();
const url = await createDatabase('fourgood_bench_replicas', pair.primary.url());
const orm = await openDatabase(loadConfig(benchEnv, { databaseUrl: url }));
await seedBenchmarkProvince(orm, { members, code: CODE });
const { auth } = systemServices(orm);
const [province] = await orm.em.getConnection().execute<Array<{ id: number }>>(`select id from organization where code = ?`, [CODE]);
const user = await auth.createUser({ username: 'bench-leader', displayName: 'Benchmark leader', password: 'benchmark-password' });
await auth.grant(user.id, 'LEADER', Number(province!.id));
await orm.close();
await pair.primary.query(`vacuum analyze`, [], 'fourgood_bench_replicas');
await pair.caughtUp();
console.log(`Built ${members} members on the primary and replayed on the standby in ${((Date.now() - started) / 1000).toFixed(0)} s`);
const replicaUrl = databaseUrl('fourgood_bench_replicas', pair.standby.url());

async function startApi(withReplica: boolean): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['apps/server/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url,
      FOURGOOD_SEED_SCALE: '0',
      FOURGOOD_QUERY_STATS: '1',
      // Stopped between runs: no load balancer to wait for.
      FOURGOOD_SHUTDOWN_GRACE_MS: '0',
      ...(withReplica ? { DATABASE_REPLICA_URLS: replicaUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, failed) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      // The JSON log's line once migrations are done and the app answers (ops/serve.ts).
      if (String(chunk).includes('FourGood ready on')) ready();
    });
    child.once('exit', (code) => failed(new Error(`API process exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function stopApi(api: { child: ChildProcess }): Promise<void> {
  const exited = new Promise((done) => api.child.once('exit', done));
  api.child.kill('SIGTERM');
  await exited;
}

async function signIn(apiUrl: string): Promise<string> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "bench-leader", password: "benchmark-password") { user { username } } }` }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

interface Row {
  setting: string;
  processes: number;
  replica: boolean;
  requestsPerSecond: number;
  medianMs: number;
  p97_5Ms: number;
  errors: number;
}

async function measure(setting: string, processes: number, replica: boolean): Promise<Row> {
  const apis: Array<{ url: string; child: ChildProcess }> = [];
  for (let i = 0; i < processes; i += 1) apis.push(await startApi(replica));
  try {
    const cookie = await signIn(apis[0]!.url);
    const id = toGlobalId('Organization', Number(province!.id));
    const body = JSON.stringify({ query: DRILL, variables: { id } });
    // The answer must be right before it is timed.
    const checkStarted = Date.now();
    const check = await fetch(`${apis[0]!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    const json = (await check.json()) as { data?: { node?: { children?: { totalCount: number } } }; errors?: unknown; extensions?: { sql?: { statements: number } } };
    if (!json.data?.node?.children?.totalCount) throw new Error(`drill-down failed: ${JSON.stringify(json).slice(0, 300)}`);
    console.log(`${setting}: one request alone ${Date.now() - checkStarted} ms, ${json.extensions?.sql?.statements} statements`);
    // Warm-up, then the measured run; requests go round-robin over the processes.
    const run = (duration: number) =>
      autocannon({
        // autocannon sends round-robin to a list of URLs (its typings only know one).
        url: apis.map((a) => `${a.url}/graphql`) as unknown as string,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
        connections,
        duration,
        timeout: 60,
      });
    await run(3);
    const result = await run(seconds);
    return {
      setting,
      processes,
      replica,
      requestsPerSecond: result.requests.average,
      medianMs: result.latency.p50,
      p97_5Ms: result.latency.p97_5,
      errors: result.errors + result.non2xx,
    };
  } finally {
    for (const api of apis) await stopApi(api);
  }
}

// The settings alternate, `rounds` times, so that the machine's other work spreads over all of them.
const SETTINGS: Array<[string, number, boolean]> = [
  ['1 process, primary only', 1, false],
  ['2 processes, primary only', 2, false],
  ['1 process, reads on the standby', 1, true],
  ['2 processes, reads on the standby', 2, true],
];
const runsOf = new Map<string, Row[]>();
for (let round = 0; round < rounds; round += 1) {
  for (const [setting, processes, replica] of SETTINGS) {
    const row = await measure(setting, processes, replica);
    console.log(`  round ${round + 1}: ${row.requestsPerSecond.toFixed(1)} requests/s, median ${row.medianMs} ms`);
    runsOf.set(setting, [...(runsOf.get(setting) ?? []), row]);
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rows: Row[] = SETTINGS.map(([setting, processes, replica]) => {
  const runs = runsOf.get(setting)!;
  return {
    setting,
    processes,
    replica,
    requestsPerSecond: mean(runs.map((r) => r.requestsPerSecond)),
    medianMs: Math.round(mean(runs.map((r) => r.medianMs))),
    p97_5Ms: Math.round(mean(runs.map((r) => r.p97_5Ms))),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
});
const base = rows[0]!.requestsPerSecond;
console.log(`\n${members} members, drill-down of the province (150 of its 200 children), ${connections} connections, ${seconds} s per setting and round, ${rounds} rounds (means), load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
console.log('| setting | requests/s | vs 1 process | median ms | p97.5 ms | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.setting} | ${r.requestsPerSecond.toFixed(1)} | ${(r.requestsPerSecond / base).toFixed(2)} | ${r.medianMs} | ${r.p97_5Ms} | ${r.errors} |`);
await pair.destroy();
process.exit(0);
