import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, dropDatabase } from '../../apps/server/src/db/postgres-admin.js';
import { withMigrationLock } from '../../apps/server/src/db/migration-lock.js';
import { postgresqlMigrations } from '../../apps/server/src/db/migrations/postgresql/index.js';
import { readyPort, spawnServer, type ServerProcess } from '../support/processes.js';
import { waitFor } from '../support/standby.js';
import { systemServices, testDb } from '../support/server.js';

/**
 * Issue #15 §1: API processes are stateless. Real server processes on one PostgreSQL database:
 * sessions, writes and sign-in locks are seen by every process. On SQLite, several workers are
 * refused at start (one writer).
 */

interface Answer {
  status: number;
  cookie: string;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function gql(port: number, query: string, variables: Record<string, unknown> = {}, cookie = ''): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, body: (await res.json()) as Answer['body'] };
}

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username } } }';
const VIEWER = '{ viewer { user { username } } }';

if (testDb() === 'postgres') {
  describe('two server processes on one PostgreSQL database', () => {
    const pgName = `fourgood_procs_${process.pid}`;
    let url: string;
    let orm: MikroORM;
    let a: ServerProcess;
    let b: ServerProcess;
    let portA: number;
    let portB: number;

    beforeAll(async () => {
      url = await createDatabase(pgName);
      // Both at once on the empty database: one migrates it, the other waits for the lock.
      a = spawnServer({ DATABASE_URL: url });
      b = spawnServer({ DATABASE_URL: url });
      [portA, portB] = await Promise.all([readyPort(a), readyPort(b)]);
      orm = await openDatabase(loadConfig({}, { databaseUrl: url, dataDir: tmpdir(), seedScale: 0, logLevel: 'silent' }));
      const { auth } = systemServices(orm);
      for (const username of ['multi-admin', 'multi-locked', 'multi-burst']) {
        const user = await auth.createUser({ username, displayName: username, password: `${username}-password-1` });
        await auth.grant(user.id, 'ADMIN', null);
      }
    }, 300_000);

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await orm?.close();
      await dropDatabase(pgName);
    }, 60_000);

    it('runs as two processes on two ports', () => {
      expect(portA).not.toBe(portB);
      expect(a.child.pid).not.toBe(b.child.pid);
    });

    it('two processes started together on an empty database apply the migrations once', async () => {
      const outcomes = [a, b].map((p) => p.lines.find((l) => l.msg === 'migrations applied' || l.msg === 'database schema up to date'));
      expect(outcomes.map((l) => l?.applied).sort()).toEqual([0, postgresqlMigrations.length]);
      const rows = await orm.em.fork().getConnection().execute<Array<{ name: string; times: number }>>(`select name, count(*)::int as times from mikro_orm_migrations group by name`);
      expect(rows).toHaveLength(postgresqlMigrations.length);
      expect(rows.every((r: { times: number }) => r.times === 1)).toBe(true);
    });

    it('a session opened on one is used and closed on the other', async () => {
      const signedIn = await gql(portA, LOGIN, { u: 'multi-admin', p: 'multi-admin-password-1' });
      expect(signedIn.body.errors).toBeUndefined();
      const cookie = signedIn.cookie;
      expect(cookie).toMatch(/=/);
      expect((await gql(portB, VIEWER, {}, cookie)).body.data.viewer.user.username).toBe('multi-admin');
      expect((await gql(portB, 'mutation { logout }', {}, cookie)).body.errors).toBeUndefined();
      expect((await gql(portA, VIEWER, {}, cookie)).body.data.viewer).toBeNull();
    });

    it('a write on one is read on the other at once', async () => {
      const { cookie } = await gql(portA, LOGIN, { u: 'multi-admin', p: 'multi-admin-password-1' });
      const create = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
      const province = await gql(portA, create, { input: { code: 'MP-TINH', name: 'Đảng bộ tỉnh Hai Tiến Trình', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' } }, cookie);
      expect(province.body.errors).toBeUndefined();
      const read = `{ organization(code: "MP-TINH") { id name stats { organizations } } }`;
      const onB = await gql(portB, read, {}, cookie);
      expect(onB.body.data.organization).toEqual({ id: province.body.data.createOrganization.id, name: 'Đảng bộ tỉnh Hai Tiến Trình', stats: { organizations: 0 } });
      // And back: a child created on B is counted in the rollup A reads.
      const child = await gql(portB, create, { input: { code: 'MP-XA', name: 'Đảng bộ xã Một', kind: 'GRASSROOTS_COMMITTEE', parentId: province.body.data.createOrganization.id, foundedOn: '1990-01-01' } }, cookie);
      expect(child.body.errors).toBeUndefined();
      expect((await gql(portA, read, {}, cookie)).body.data.organization.stats.organizations).toBe(1);
    });

    it('five failed sign-ins spread over both lock the account on both', async () => {
      for (let i = 0; i < 5; i++) {
        const res = await gql(i % 2 ? portB : portA, LOGIN, { u: 'multi-locked', p: `wrong-password-${i}` });
        expect(res.body.errors?.[0]?.extensions?.reason).toBe('BAD_CREDENTIALS');
      }
      for (const port of [portA, portB]) {
        const res = await gql(port, LOGIN, { u: 'multi-locked', p: 'multi-locked-password-1' });
        expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'LOCKED' });
      }
    });

    it('counts every failed sign-in sent at once to both processes', async () => {
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => gql(i % 2 ? portB : portA, LOGIN, { u: 'multi-burst', p: `wrong-burst-${i}` })));
      for (const res of answers) expect(['BAD_CREDENTIALS', 'LOCKED'], JSON.stringify(res.body)).toContain(res.body.errors?.[0]?.extensions?.reason);
      const [row] = await orm.em.fork().getConnection().execute<Array<{ failures: number }>>(`select failures from login_throttle where key like 'account:multi-burst|%'`);
      const bad = answers.filter((r) => r.body.errors?.[0]?.extensions?.reason === 'BAD_CREDENTIALS').length;
      expect(row?.failures).toBe(bad);
      expect(bad).toBeGreaterThanOrEqual(5);
      expect((await gql(portB, LOGIN, { u: 'multi-burst', p: 'multi-burst-password-1' })).body.errors?.[0]?.extensions?.reason).toBe('LOCKED');
    });
  });

  describe('migrations under a lock', () => {
    it('a process waits while another holds the migration lock, not ready (migrating), then migrates and serves', async () => {
      const pgName = `fourgood_miglock_${process.pid}`;
      const url = await createDatabase(pgName);
      let server: ServerProcess | undefined;
      try {
        // The test is the other process: it holds the lock (the same function the servers use).
        await withMigrationLock(url, async () => {
          server = spawnServer({ DATABASE_URL: url });
          const port = Number((await server.line((l) => l.msg === 'listening, starting up')).port);
          await server.line((l) => l.msg === 'another process is migrating this database: waiting for it');
          const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
          expect(res.status).toBe(503);
          expect(await res.json()).toMatchObject({ status: 'migrating' });
          expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
        });
        const port = await readyPort(server!);
        expect(server!.lines.find((l) => l.msg === 'migrations applied')?.applied).toBe(postgresqlMigrations.length);
        expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
        expect(await server!.stop()).toBe(0);
      } finally {
        await server?.stop();
        await dropDatabase(pgName);
      }
    }, 300_000);
  });

  describe('graceful shutdown', () => {
    it('on SIGTERM: not ready at once, new connections refused after the grace period, the request in flight answered 200, exit 0', async () => {
      const pgName = `fourgood_shutdown_${process.pid}`;
      const url = await createDatabase(pgName);
      // No statement limit: the long request waits on a lock as long as the test holds it.
      const server = spawnServer({ DATABASE_URL: url, FOURGOOD_SHUTDOWN_GRACE_MS: '10000', FOURGOOD_STATEMENT_TIMEOUT_MS: '0' });
      let release = () => undefined as void;
      let held: Promise<unknown> = Promise.resolve();
      const orm = await openDatabase(loadConfig({}, { databaseUrl: url, dataDir: tmpdir(), seedScale: 0, logLevel: 'silent' }));
      try {
        const port = await readyPort(server);
        const { auth } = systemServices(orm);
        const user = await auth.createUser({ username: 'drain-admin', displayName: 'drain-admin', password: 'drain-admin-password-1' });
        await auth.grant(user.id, 'ADMIN', null);
        const { cookie } = await gql(port, LOGIN, { u: 'drain-admin', p: 'drain-admin-password-1' });

        // A request that lasts: it reads organisations while the test holds an exclusive lock on them.
        let locked!: () => void;
        const isLocked = new Promise<void>((resolve) => (locked = resolve));
        const gate = new Promise<void>((resolve) => (release = resolve));
        held = orm.em.fork().transactional(async (em) => {
          await em.getConnection().execute('lock table organization in access exclusive mode', [], 'run', em.getTransactionContext());
          locked();
          await gate;
        });
        await isLocked;
        const long = gql(port, '{ organization(code: "DRAIN-NONE") { id } }', {}, cookie);
        await waitFor(async () => {
          const [row] = await orm.em.fork().getConnection().execute<Array<{ waiting: number }>>(`select count(*)::int as waiting from pg_locks where not granted and relation = 'organization'::regclass`);
          return (row?.waiting ?? 0) > 0;
        }, 'the request to wait for the lock');

        server.child.kill('SIGTERM');
        await server.line((l) => typeof l.msg === 'string' && l.msg.startsWith('stopping: not ready any more'));
        const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
        expect(ready.status).toBe(503);
        expect(await ready.json()).toMatchObject({ status: 'stopping' });
        expect(ready.headers.get('connection')).toBe('close');

        const refused = await server.line((l) => typeof l.msg === 'string' && l.msg.startsWith('stopping: new connections refused'));
        expect(refused.inFlight).toBe(1);
        const connectError = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
          const socket = connect(port, '127.0.0.1');
          socket.once('connect', () => {
            socket.destroy();
            resolve(null);
          });
          socket.once('error', (error) => resolve(error));
        });
        expect(connectError?.code).toBe('ECONNREFUSED');

        release();
        const answer = await long;
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ data: { organization: null } });
        expect(await server.exited).toBe(0);
        expect(server.lines.find((l) => l.msg === 'stopped')).toMatchObject({ clean: true });
        expect(server.lines.filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
      } finally {
        release();
        await held.catch(() => undefined);
        await server.stop();
        await orm.close();
        await dropDatabase(pgName);
      }
    }, 300_000);
  });

  describe('import jobs on SIGTERM', () => {
    it('a running import job stops at its next step: INTERRUPTED before the pools close, nothing of it written, exit 0', async () => {
      const pgName = `fourgood_shutdown_import_${process.pid}`;
      const url = await createDatabase(pgName);
      const server = spawnServer({ DATABASE_URL: url, FOURGOOD_STATEMENT_TIMEOUT_MS: '0' });
      const dir = mkdtempSync(join(tmpdir(), 'fourgood-stop-import-'));
      let release = () => undefined as void;
      let held: Promise<unknown> = Promise.resolve();
      const orm = await openDatabase(loadConfig({}, { databaseUrl: url, dataDir: tmpdir(), seedScale: 0, logLevel: 'silent' }));
      try {
        const port = await readyPort(server);
        const services = systemServices(orm);
        const orgs = join(dir, 'to-chuc.csv');
        writeFileSync(orgs, 'Mã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày\nST;Đảng bộ tỉnh Dừng;Đảng bộ tỉnh;;;;01/01/2000\nST-CB;Chi bộ cơ quan;GRASSROOTS_CELL;;AGENCY;ST;2000-01-01\n');
        expect((await services.dataImport.run([{ path: orgs, name: 'to-chuc.csv' }], { dryRun: false, label: 'to-chuc.csv' })).problemCount).toBe(0);
        const user = await services.auth.createUser({ username: 'stop-import', displayName: 'stop-import', password: 'stop-import-password-1' });
        await services.auth.grant(user.id, 'ADMIN', null);
        const { cookie } = await gql(port, LOGIN, { u: 'stop-import', p: 'stop-import-password-1' });

        // The import waits on a lock the test holds on the member table (EXCLUSIVE: reads go on, writes wait).
        let locked!: () => void;
        const isLocked = new Promise<void>((resolve) => (locked = resolve));
        const gate = new Promise<void>((resolve) => (release = resolve));
        held = orm.em.fork().transactional(async (em) => {
          await em.getConnection().execute('lock table member in exclusive mode', [], 'run', em.getTransactionContext());
          locked();
          await gate;
        });
        await isLocked;
        const header = 'Số thẻ đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Chức vụ,Mã chi bộ,Từ ngày,Tình trạng';
        const body = [header, ...Array.from({ length: 50 }, (_, i) => `ST-${String(i).padStart(4, '0')},Người ${i},Nam,01/01/1980,01/01/2005,01/01/2006,Đảng viên,ST-CB,01/01/2010,Đang sinh hoạt`)].join('\n');
        const res = await fetch(`http://127.0.0.1:${port}/dataio/import`, { method: 'POST', headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': 'dang-vien.csv' }, body });
        expect(res.status).toBe(202);
        const { job } = (await res.json()) as { job: { id: number } };
        await waitFor(async () => {
          const [row] = await orm.em.fork().getConnection().execute<Array<{ waiting: number }>>(`select count(*)::int as waiting from pg_locks where not granted and relation = 'member'::regclass`);
          return (row?.waiting ?? 0) > 0;
        }, 'the import to wait for the lock');

        server.child.kill('SIGTERM');
        expect((await server.line((l) => l.msg === 'stopping: the import job stops at its next step')).job).toBe(job.id);
        release();
        expect(await server.exited).toBe(0);
        expect(server.lines.find((l) => l.msg === 'stopped')).toMatchObject({ clean: true });
        expect(server.lines.filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
        const [row] = await orm.em.fork().getConnection().execute<Array<{ state: string; finished_at: unknown; report: unknown }>>(`select state, finished_at, report from import_job where id = ?`, [job.id]);
        expect(row).toMatchObject({ state: 'INTERRUPTED', report: null });
        expect(row!.finished_at).not.toBeNull();
        const [{ n }] = await orm.em.fork().getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from member where card_number like 'ST-%'`);
        expect(n).toBe(0);
      } finally {
        release();
        await held.catch(() => undefined);
        await server.stop();
        await orm.close();
        rmSync(dir, { recursive: true, force: true });
        await dropDatabase(pgName);
      }
    }, 300_000);
  });

  describe('FOURGOOD_WORKERS', () => {
    it('runs two workers on one port, each ready, and stops them all on SIGTERM', async () => {
      const pgName = `fourgood_workers_${process.pid}`;
      const url = await createDatabase(pgName);
      const primary = spawnServer({ DATABASE_URL: url, FOURGOOD_WORKERS: '2' });
      try {
        const ready = (l: Record<string, unknown>) => typeof l.msg === 'string' && l.msg.startsWith('FourGood ready');
        const first = await primary.line(ready);
        const second = await primary.line((l) => ready(l) && l.pid !== first.pid);
        expect(second.port).toBe(first.port);
        expect([first.pid, second.pid]).not.toContain(primary.child.pid);
        const res = await fetch(`http://127.0.0.1:${Number(first.port)}/health/ready`);
        expect(res.status).toBe(200);
        // SIGTERM to the primary reaches each worker, which stops gracefully; then the primary exits 0.
        expect(await primary.stop()).toBe(0);
        const stopped = primary.lines.filter((l) => l.msg === 'stopped');
        expect(stopped.map((l) => l.pid).sort()).toEqual([first.pid, second.pid].sort());
        expect(stopped.every((l) => l.clean === true)).toBe(true);
        expect(primary.lines.filter((l) => l.msg === 'stopping' && l.signal === 'SIGTERM').map((l) => l.pid).sort()).toEqual([first.pid, second.pid].sort());
      } finally {
        await primary.stop();
        await dropDatabase(pgName);
      }
    }, 300_000);
  });
} else {
  describe('FOURGOOD_WORKERS on SQLite', () => {
    it('is refused at start: one writer', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'fourgood-workers-'));
      try {
        const server = spawnServer({ FOURGOOD_DATA_DIR: dataDir, FOURGOOD_WORKERS: '2', DATABASE_URL: '' });
        const line = await server.line((l) => l.level === 'fatal');
        expect(String(line.msg)).toContain('FOURGOOD_WORKERS above 1 needs PostgreSQL');
        expect(await server.exited).toBe(1);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 120_000);
  });
}
