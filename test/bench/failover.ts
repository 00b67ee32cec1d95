/**
 * Failover drill (issue #15): a write loop against the API while the primary dies and its hot
 * standby is promoted. Reports acknowledged writes lost (must be 0 with synchronous replication),
 * the errors in-flight requests got, and how long writes were refused.
 *
 *   pnpm bench:failover                   # synchronous replication (synchronous_standby_names = '*')
 *   pnpm bench:failover -- --async        # asynchronous: what a primary's death loses
 *
 * Set-up (as root, Debian's PostgreSQL and pgbouncer; test/support/standby.ts, pgbouncer.ts): a
 * throw-away primary + hot standby, PgBouncer in transaction mode in front of the primary, the API
 * (in this process) on PgBouncer. Writers (4 at once) create organisations with unique codes;
 * a write is acknowledged when the API answers with its id. The drill, once 200 writes are in:
 * 1. the standby stops streaming (its `primary_conninfo` emptied) for --partition-ms (default
 *    1000): a network partition, during which an asynchronous primary goes on acknowledging
 *    commits the standby never receives, and a synchronous one makes them wait;
 * 2. the primary dies (`pg_ctl stop -m immediate`);
 * 3. the standby is promoted (`pg_ctl promote`) and PgBouncer is pointed at it (its ini rewritten
 *    and reloaded with SIGHUP: what a Patroni `on_role_change` callback or HAProxy does).
 * Writers treat SERVICE_UNAVAILABLE as "retry the same write after a pause"; a retry that answers
 * CONFLICT (code taken) means the earlier attempt had committed although its answer was an error.
 * After 200 more writes, every acknowledged code is looked up on the new primary.
 */
import { startPgBouncer } from '../support/pgbouncer.js';
import { startTestServer, type Client } from '../support/server.js';
import { asPostgres, startStandbyPair, waitFor } from '../support/standby.js';

const args = process.argv.slice(2);
const synchronous = !args.includes('--async');
const partitionMs = Number(args[args.indexOf('--partition-ms') + 1] || 1000) || 1000;
const WRITERS = 4;
const BEFORE = 200;
const AFTER = 200;

const pair = await startStandbyPair({ synchronous });
const bouncer = await startPgBouncer({ host: '127.0.0.1', port: pair.primary.port }, { poolSize: 4 });
const server = await startTestServer({ cluster: { adminUrl: bouncer.url('postgres') }, config: { transactionPooler: true } });
const dbName = new URL(server.config.databaseUrl!).pathname.slice(1);

const acknowledged: string[] = [];
const errors = new Map<string, number>();
const ambiguous: string[] = [];
let firstError = 0;
let lastError = 0;
let counter = 0;
let stop = false;
let failoverAt = 0;
let maxLatency = 0;

async function write(client: Client, code: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const started = Date.now();
    let res;
    try {
      res = await client.gql(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
        input: { code, name: `Đảng bộ ${code}`, kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' },
      });
    } catch {
      res = { errors: [{ message: 'network', extensions: { code: 'NETWORK' } }] };
    }
    maxLatency = Math.max(maxLatency, Date.now() - started);
    if (!res.errors?.length) {
      acknowledged.push(code);
      return;
    }
    const kind = String(res.errors[0]!.extensions?.code ?? 'NONE');
    errors.set(kind, (errors.get(kind) ?? 0) + 1);
    firstError ||= Date.now();
    lastError = Date.now();
    if (kind === 'CONFLICT' && attempt > 0) {
      // The first attempt committed, but its answer was lost with the connection.
      ambiguous.push(code);
      acknowledged.push(code);
      return;
    }
    if (kind !== 'SERVICE_UNAVAILABLE' && kind !== 'NETWORK') {
      // INTERNAL: show what the server logged (masked, as in production).
      if (kind === 'INTERNAL') console.error('INTERNAL:', ...server.internalErrors.splice(0));
      if (kind !== 'INTERNAL') throw new Error(`unexpected answer ${JSON.stringify(res.errors)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function writer(client: Client): Promise<void> {
  while (!stop) {
    counter += 1;
    await write(client, `FO-${counter}`);
  }
}

const clients = await Promise.all(Array.from({ length: WRITERS }, (_, i) => server.userWith(`writer${i}`, [{ role: 'ADMIN', organizationId: null }])));
const started = Date.now();
const loops = clients.map((c) => writer(c));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

await until(() => acknowledged.length >= BEFORE);
// The partition: the standby stops streaming (its primary_conninfo emptied and reloaded: the WAL
// receiver exits, and what was in flight on its socket is gone with it).
await pair.standby.query(`alter system set primary_conninfo = ''`);
await pair.standby.query(`select pg_reload_conf()`);
await waitFor(async () => (await pair.standby.query(`select 1 from pg_stat_wal_receiver`)).length === 0, 'the WAL receiver to stop');
const ackBeforePartition = acknowledged.length;
await new Promise((resolve) => setTimeout(resolve, partitionMs));
const ackDuringPartition = acknowledged.length - ackBeforePartition;
failoverAt = Date.now();
await pair.primary.stop('immediate');
await asPostgres('pg_ctl', ['-D', pair.standby.dir, '-w', 'promote']);
// The new primary has no standby of its own: were it to keep synchronous_standby_names (copied
// from the old primary by pg_basebackup), every commit would wait forever. Patroni's
// synchronous_mode does the same (unless synchronous_mode_strict).
if (synchronous) await pair.standby.query(`alter system set synchronous_standby_names = ''`).then(() => pair.standby.query(`select pg_reload_conf()`));
const promotedAfterMs = Date.now() - failoverAt;
bouncer.retarget({ host: '127.0.0.1', port: pair.standby.port });
const switchedAfterMs = Date.now() - failoverAt;
const ackAtSwitch = acknowledged.length;
await until(() => acknowledged.length >= ackAtSwitch + AFTER);
stop = true;
await Promise.all(loops);
const elapsed = Date.now() - started;

const present = new Set(
  (await pair.standby.query<{ code: string }>(`select code from organization where code like 'FO-%'`, [], dbName)).map((r) => r.code),
);
const lost = acknowledged.filter((code) => !present.has(code));
const unacknowledgedButCommitted = [...present].filter((code) => !acknowledged.includes(code));

const result = {
  replication: synchronous ? 'synchronous' : 'asynchronous',
  partitionMs,
  writesAcknowledged: acknowledged.length,
  acknowledgedDuringPartition: ackDuringPartition,
  acknowledgedLost: lost.length,
  committedThoughAnswerWasAnError: ambiguous.length,
  committedNeverAcknowledged: unacknowledgedButCommitted.length,
  errorsByCode: Object.fromEntries(errors),
  promotedAfterMs,
  pgbouncerSwitchedAfterMs: switchedAfterMs,
  writesRefusedForMs: firstError ? lastError - firstError : 0,
  maxLatencyMs: maxLatency,
  elapsedMs: elapsed,
};
console.log(JSON.stringify(result, null, 2));

await server.close().catch(() => undefined);
await bouncer.stop();
await pair.destroy();
process.exit(0);
