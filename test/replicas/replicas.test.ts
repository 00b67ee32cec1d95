import type { AddressInfo } from 'node:net';
import type { EntityManager } from '@mikro-orm/knex';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type RunningApp } from '../../apps/server/src/app.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { routeStorage } from '../../apps/server/src/db/routing.js';
import { isStatementTimeout, withStatementLimit } from '../../apps/server/src/db/statement-limits.js';
import { createOrg } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';
import { startStandbyPair, type StandbyPair } from '../support/standby.js';

/**
 * Issue #15, read replicas, against a real hot standby (test/support/standby.ts). The proof that
 * a read came from the standby: its WAL replay is paused (`pg_wal_replay_pause()`), so it still
 * answers with the state from before a write that the primary already has.
 */

const ORG = `query($code: String!) { organization(code: $code) { id name } }`;
const found = async (client: Client, code: string) => ((await client.data<{ organization: { id: string } | null }>(ORG, { code })).organization ? 'found' : 'missing');

let pair: StandbyPair;
let server: TestServer;
/** A user who has written nothing: its reads go to the replica. */
let reader: Client;
/** A second API process on the same databases (its own ORM and pools). */
let second: { running: RunningApp; http: Server; url: string };

async function onSecond(client: Client, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${second.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: client.cookie }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: Record<string, { id: string } | null>; errors?: unknown[] };
}

async function pauseReplay() {
  await pair.caughtUp();
  await pair.standby.query(`select pg_wal_replay_pause()`);
  // Paused for real (a pause request is honoured at the next record).
  await pair.standby.query(`select 1`).then(async () => {
    for (;;) {
      const [row] = await pair.standby.query<{ state: string }>(`select pg_get_wal_replay_pause_state() as state`);
      if (row?.state === 'paused') return;
    }
  });
}

beforeAll(async () => {
  pair = await startStandbyPair();
  server = await startTestServer({
    cluster: { adminUrl: pair.primary.url(), replicaAdminUrls: [pair.standby.url()] },
    // Long enough that no read of this file outlives a write's window on a busy machine.
    // Lag not checked: the tests pause the standby's replay on purpose (replica-down.test.ts checks lag).
    config: { readYourWritesMs: 10 * 60_000, statementTimeoutMs: 1000, replicaMaxLagMs: 0 },
  });
  reader = await server.userWith('reader', [{ role: 'ADMIN', organizationId: null }]);
  const orm = await openDatabase(server.config);
  const running = await createApp(server.config, { orm });
  const http: Server = await new Promise((resolve) => {
    const s = running.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  second = { running, http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}, 180_000);

afterAll(async () => {
  if (second) {
    await new Promise<void>((resolve) => second.http.close(() => resolve()));
    await second.running.close();
  }
  await server?.close();
  await pair?.standby.query(`select pg_wal_replay_resume()`).catch(() => undefined);
  await pair?.destroy();
});

describe('read replicas', () => {
  it('serves queries from the standby and mutations on the primary', async () => {
    await pauseReplay();
    // The reader's mutation reaches the primary although every read of a query goes to the standby.
    await createOrg(server, { code: 'RR-WRITTEN', name: 'Đảng bộ tỉnh A', kind: 'PROVINCIAL_COMMITTEE' });
    const [row] = await pair.primary.query<{ n: string }>(`select count(*) as n from organization where code = 'RR-WRITTEN'`, [], new URL(server.config.databaseUrl!).pathname.slice(1));
    expect(Number(row!.n)).toBe(1);
    // Someone who has not written reads the standby, which has not replayed the insert yet…
    expect(await found(reader, 'RR-WRITTEN')).toBe('missing');
    // …and sees it once the standby has caught up.
    await pair.standby.query(`select pg_wal_replay_resume()`);
    await pair.caughtUp();
    expect(await found(reader, 'RR-WRITTEN')).toBe('found');
  });

  it('reads a session’s own writes from the primary, on any API process', async () => {
    await pauseReplay();
    const made = await reader.data<{ createOrganization: { id: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { code: 'RR-OWN', name: 'Đảng bộ tỉnh B', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' } },
    );
    expect(made.createOrganization.id).toBeTruthy();
    // The writer reads it at once, here and on the second process (the mark is on its session row)…
    expect(await found(reader, 'RR-OWN')).toBe('found');
    expect((await onSecond(reader, ORG, { code: 'RR-OWN' })).data?.organization).toBeTruthy();
    // …while another session, which wrote nothing since the admin's set-up, still reads the paused standby.
    const other = await server.userWith('other-reader', [{ role: 'LEADER', organizationId: null }]);
    expect(await found(other, 'RR-OWN')).toBe('missing');
    expect((await onSecond(other, ORG, { code: 'RR-OWN' })).data?.organization ?? null).toBeNull();
    await pair.standby.query(`select pg_wal_replay_resume()`);
    await pair.caughtUp();
    expect(await found(other, 'RR-OWN')).toBe('found');
  });

  it('answers the hand-written pages (children, breadcrumbs) from the same standby as the rest', async () => {
    const parentId = await createOrg(server, { code: 'RR-TREE', name: 'Đảng bộ tỉnh C', kind: 'PROVINCIAL_COMMITTEE' });
    // `reader` wrote in the test above (its reads stay on the primary for a while): a fresh user.
    const viewer = await server.userWith('tree-reader', [{ role: 'ADMIN', organizationId: null }]);
    await pauseReplay();
    await createOrg(server, { code: 'RR-TREE-1', name: 'Đảng bộ huyện C1', kind: 'DIRECTLY_SUPERIOR_COMMITTEE', parentId, sector: 'DISTRICT' });
    const TREE = `query($code: String!) { organization(code: $code) { code children(first: 10) { totalCount edges { node { code ancestors { code } } } } } }`;
    type Tree = { organization: { children: { totalCount: number; edges: Array<{ node: { code: string } }> } } | null };
    // childrenPage is one hand-written statement (em.execute): it reads the paused standby too…
    const before = await viewer.data<Tree>(TREE, { code: 'RR-TREE' });
    expect(before.organization?.children).toEqual({ totalCount: 0, edges: [] });
    // …while the primary already has the child.
    const [row] = await pair.primary.query<{ n: string }>(`select count(*) as n from organization where code = 'RR-TREE-1'`, [], new URL(server.config.databaseUrl!).pathname.slice(1));
    expect(Number(row!.n)).toBe(1);
    await pair.standby.query(`select pg_wal_replay_resume()`);
    await pair.caughtUp();
    const after = await viewer.data<{ organization: { children: { totalCount: number; edges: Array<{ node: { code: string; ancestors: Array<{ code: string }> } }> } } }>(TREE, { code: 'RR-TREE' });
    expect(after.organization.children.totalCount).toBe(1);
    expect(after.organization.children.edges.map((e) => [e.node.code, e.node.ancestors.map((a) => a.code)])).toEqual([['RR-TREE-1', ['RR-TREE']]]);
  });

  it('applies the statement limit on replica connections too, and routes only requests', async () => {
    const conn = () => server.orm.em.getConnection();
    const onReplica = <T>(fn: () => Promise<T>) => new Promise<T | unknown>((resolve) => withStatementLimit(() => routeStorage.run({ route: 'replica' }, () => void fn().then(resolve, resolve))));
    expect(await onReplica(() => conn().execute(`select pg_is_in_recovery() as standby`))).toEqual([{ standby: true }]);
    // em.execute (MikroORM's own runs on the primary always) follows the route too (db/routing.ts).
    expect(await onReplica(() => (server.orm.em.fork() as EntityManager).execute(`select pg_is_in_recovery() as standby`))).toEqual([{ standby: true }]);
    expect(await (server.orm.em.fork() as EntityManager).execute(`select pg_is_in_recovery() as standby`)).toEqual([{ standby: false }]);
    expect(isStatementTimeout(await onReplica(() => conn().execute(`select pg_sleep(1.5)`)))).toBe(true);
    // Outside a request: the primary, without a limit.
    expect(await conn().execute(`select pg_is_in_recovery() as standby, current_setting('statement_timeout') as timeout`)).toEqual([{ standby: false, timeout: '0' }]);
  });
});
