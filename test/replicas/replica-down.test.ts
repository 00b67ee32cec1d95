import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type RunningApp } from '../../apps/server/src/app.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { RoutingPostgreSqlDriver } from '../../apps/server/src/db/routing.js';
import { createLogger } from '../../apps/server/src/ops/log.js';
import { metricsRegistry } from '../../apps/server/src/ops/metrics.js';
import { createOrg } from '../support/factories.js';
import { LogSink, type LogLine } from '../support/log-sink.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';
import { startStandbyPair, type StandbyPair } from '../support/standby.js';

/**
 * Issue #15, a replica down: against a real hot standby that falls behind (its replay paused)
 * and then is stopped and started again mid-run. Reads never fail for it: they go to the primary
 * while the replica is out of the rotation, and to the replica again once it is back. The tests
 * wait on the servers' log lines (the state changes they report), never on time.
 *
 * Two API processes on the same databases: A checks its replica every 100 ms (lag limit 1.5 s);
 * B checks once at start and then not for an hour, so that only a failing request can take
 * B's replica out (the path a request takes when it meets a replica before any check has).
 */

const ORG = `query($code: String!) { organization(code: $code) { id name } }`;
const OUT = 'replica out of the rotation: its reads go to another replica or the primary';
const BACK = 'replica back in the rotation';

let pair: StandbyPair;
let a: TestServer;
const logA = new LogSink();
const logB = new LogSink();
let b: { running: RunningApp; http: Server; url: string };
let reader: Client;
/** Statements of requests that reached each process's replica pool (not the health checks'). */
const onReplica = { a: 0, b: 0 };

function countReplicaStatements(running: { orm: RunningApp['orm'] }, key: 'a' | 'b') {
  const driver = running.orm.em.getDriver() as RoutingPostgreSqlDriver;
  driver.replicaConnections[0]!.getKnex().on('query', (q: { sql: string }) => {
    if (!q.sql.includes('pg_is_in_recovery')) onReplica[key] += 1;
  });
}

async function readOn(url: string, code: string): Promise<{ found: boolean; errors?: unknown }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: reader.cookie }, body: JSON.stringify({ query: ORG, variables: { code } }) });
  const body = (await res.json()) as { data?: { organization: unknown }; errors?: unknown };
  return { found: Boolean(body.data?.organization), errors: body.errors };
}

async function readsOnPrimary(reason: string): Promise<number> {
  const text = await metricsRegistry.metrics();
  const match = new RegExp(`^fourgood_db_replica_reads_on_primary_total\\{reason="${reason}"\\} (\\d+)`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}

const out = (reason: string) => (l: LogLine) => l.msg === OUT && l.reason === reason;
const back = (l: LogLine) => l.msg === BACK;

async function pauseReplay() {
  await pair.caughtUp();
  await pair.standby.query(`select pg_wal_replay_pause()`);
  for (;;) {
    const [row] = await pair.standby.query<{ state: string }>(`select pg_get_wal_replay_pause_state() as state`);
    if (row?.state === 'paused') return;
  }
}

beforeAll(async () => {
  pair = await startStandbyPair();
  a = await startTestServer({
    cluster: { adminUrl: pair.primary.url(), replicaAdminUrls: [pair.standby.url()] },
    config: { readYourWritesMs: 0, replicaCheckMs: 100, replicaMaxLagMs: 1500 },
    logger: createLogger('info', logA),
  });
  reader = await a.userWith('replica-reader', [{ role: 'ADMIN', organizationId: null }]);
  const config = { ...a.config, replicaCheckMs: 3_600_000 };
  const running = await createApp(config, { orm: await openDatabase(config), logger: createLogger('info', logB) });
  const http: Server = await new Promise((resolve) => {
    const s = running.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  b = { running, http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  countReplicaStatements(a, 'a');
  countReplicaStatements(b.running, 'b');
}, 180_000);

afterAll(async () => {
  if (b) {
    await new Promise<void>((resolve) => b.http.close(() => resolve()));
    await b.running.close();
  }
  await a?.close();
  await pair?.standby.query(`select pg_wal_replay_resume()`).catch(() => undefined);
  await pair?.destroy();
});

describe('a replica that lags or goes down', () => {
  it('takes a lagging replica out of the rotation (reads on the primary) and back once it has caught up', async () => {
    await pauseReplay();
    const from = logA.lines.length;
    await createOrg(a, { code: 'RD-LAG', name: 'Đảng bộ tỉnh Trễ', kind: 'PROVINCIAL_COMMITTEE' });
    const line = await logA.next(out('lagging'), from);
    expect(line).toMatchObject({ level: 'warn', replica: 'replica-1' });
    expect(line.lagSeconds).toBeGreaterThan(1.5);

    // The paused standby has not replayed the insert: a reader finding it read the primary.
    const before = { replica: onReplica.a, fallbacks: await readsOnPrimary('replica_out') };
    expect(await readOn(a.url, 'RD-LAG')).toEqual({ found: true, errors: undefined });
    expect(onReplica.a).toBe(before.replica);
    expect(await readsOnPrimary('replica_out')).toBeGreaterThan(before.fallbacks);

    const resumed = logA.lines.length;
    await pair.standby.query(`select pg_wal_replay_resume()`);
    await logA.next(back, resumed);
    expect(await readOn(a.url, 'RD-LAG')).toEqual({ found: true, errors: undefined });
    expect(onReplica.a).toBeGreaterThan(before.replica);
  });

  it('keeps answering reads without errors while the standby is stopped, stays ready, and retries it until it is back', async () => {
    await pair.caughtUp();
    // B reads from its replica (in the rotation since its one check at start).
    const warm = onReplica.b;
    expect(await readOn(b.url, 'RD-LAG')).toEqual({ found: true, errors: undefined });
    expect(onReplica.b).toBeGreaterThan(warm);

    const fromA = logA.lines.length;
    const fromB = logB.lines.length;
    const failed = await readsOnPrimary('replica_failed');
    await pair.standby.stop('fast');

    // B has not checked since: its request meets the stopped replica, which leaves the rotation,
    // and the request is answered from the primary.
    expect(await readOn(b.url, 'RD-LAG')).toEqual({ found: true, errors: undefined });
    expect(await logB.next(out('unreachable'), fromB)).toMatchObject({ level: 'warn', replica: 'replica-1' });
    expect(await readsOnPrimary('replica_failed')).toBeGreaterThan(failed);
    expect(await readOn(b.url, 'RD-LAG')).toEqual({ found: true, errors: undefined });

    // A's checks notice it by themselves; its reads go to the primary meanwhile.
    await logA.next(out('unreachable'), fromA);
    expect(await readOn(a.url, 'RD-LAG')).toEqual({ found: true, errors: undefined });
    for (const url of [a.url, b.url]) {
      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready' });
    }

    // Started again: A's next checks find it answering and caught up, and reads go back to it.
    const restarted = logA.lines.length;
    await pair.standby.start();
    await logA.next(back, restarted);
    const beforeBack = onReplica.a;
    expect(await readOn(a.url, 'RD-LAG')).toEqual({ found: true, errors: undefined });
    expect(onReplica.a).toBeGreaterThan(beforeBack);

    // The log names the replica, never its URL (which may hold a password).
    const all = [...logA.raw, ...logB.raw].join('\n');
    expect(all).not.toContain(`:${pair.standby.port}`);
  });
});
