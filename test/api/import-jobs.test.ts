import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type RunningApp } from '../../apps/server/src/app.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { ImportJob } from '../../apps/server/src/dataio/import-job.entity.js';
import type { ImportJobView } from '../../apps/server/src/dataio/import-jobs.js';
import type { ImportProgress } from '../../apps/server/src/dataio/import.service.js';
import { DomainError, ErrorCode } from '../../apps/server/src/graphql/errors.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { runShutdownHooks } from '../../apps/server/src/ops/shutdown.js';
import { startTestServer, systemServices, testDb, type Client, type TestServer } from '../support/server.js';

/*
 * Imports from the app run as jobs (issue #12 §1 "a progress bar…; the page may be reloaded and
 * finds the job again", #15 §1 "jobs shared through the database"): POST answers 202 with the job,
 * the job's state and progress are read by its owner (a national admin too; anyone else gets
 * NOT_FOUND), on PostgreSQL from another API instance while it runs, and jobs left running by a
 * process that is gone are INTERRUPTED when the next one starts. One running job per user; a
 * running job stops on shutdown (INTERRUPTED, nothing written); on PostgreSQL a job whose importer
 * loses their role meanwhile fails and writes nothing.
 */

let server: TestServer;
let dir: string;
const db = testDb();

/** A gate the hook waits on: `hold(phase, share)` stops the next job when it reports that step. */
let gate: { phase: ImportProgress['phase']; share: number; reached: (id: number) => void; release: Promise<void> } | null = null;
/** Releases every held job (a failed assertion must not leave one holding the database). */
const releases: Array<() => void> = [];
let failAt: ImportProgress['phase'] | null = null;
const steps = new Map<number, ImportProgress[]>();

function hold(phase: ImportProgress['phase'], share: number): { reached: Promise<number>; release: () => void } {
  let release!: () => void;
  let reached!: (id: number) => void;
  const reachedP = new Promise<number>((r) => (reached = r));
  gate = { phase, share, reached, release: new Promise<void>((r) => (release = r)) };
  releases.push(release);
  return { reached: reachedP, release };
}

const ORGS = [
  'Mã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày',
  'JB;Đảng bộ tỉnh Việc;Đảng bộ tỉnh;;;;01/01/2000',
  'JB-CB;Chi bộ cơ quan;GRASSROOTS_CELL;;AGENCY;JB;2000-01-01',
  'JB2;Đảng bộ tỉnh Khác;PROVINCIAL_COMMITTEE;;;;2000-01-01',
].join('\r\n');
const HEADER = 'Số thẻ đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Chức vụ,Mã chi bộ,Từ ngày,Tình trạng';
const members = (from: number, n: number) =>
  [HEADER, ...Array.from({ length: n }, (_, i) => `JB-${String(from + i).padStart(5, '0')},Người ${from + i},Nam,01/01/1980,01/01/2005,01/01/2006,Đảng viên,JB-CB,01/01/2010,Đang sinh hoạt`)].join('\n');

const cards = async (from: number, to: number) => {
  const [{ n }] = await (server.orm.em.fork() as EntityManager).execute<Array<{ n: number | string }>>(`select count(*) as n from member where card_number >= ? and card_number <= ?`, [
    `JB-${String(from).padStart(5, '0')}`,
    `JB-${String(to).padStart(5, '0')}`,
  ]);
  return Number(n);
};
const upload = (base: string, cookie: string, name: string, body: string, query = '') =>
  fetch(`${base}/dataio/import${query}`, { method: 'POST', headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) }, body });
const getJob = (base: string, cookie: string, id: number | string) => fetch(`${base}/dataio/jobs/${id}`, { headers: { cookie } });

/** Polls the job until it has ended (each poll waits on the server's answer). */
async function finished(cookie: string, id: number): Promise<ImportJobView> {
  for (;;) {
    const job = (await (await getJob(server.url, cookie, id)).json()) as ImportJobView;
    if (!['QUEUED', 'RUNNING'].includes(job.state)) return job;
  }
}

async function start(cookie: string, name: string, body: string, query = ''): Promise<ImportJobView> {
  const res = await upload(server.url, cookie, name, body, query);
  expect(res.status).toBe(202);
  const { job } = (await res.json()) as { job: ImportJobView };
  expect(res.headers.get('location')).toBe(`/dataio/jobs/${job.id}`);
  return job;
}

let staff: Client;
let otherStaff: Client;
let otherAdmin: Client;
let jbId = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fourgood-jobs-'));
  server = await startTestServer({
    importJobHooks: {
      async onProgress(id, p) {
        steps.set(id, [...(steps.get(id) ?? []), p]);
        if (failAt === p.phase) {
          failAt = null;
          throw new DomainError(ErrorCode.CONFLICT, 'Stopped by the test');
        }
        const g = gate;
        if (g && g.phase === p.phase && p.share >= g.share) {
          gate = null;
          g.reached(id);
          await g.release;
        }
      },
    },
  });
  const path = join(dir, 'to-chuc.csv');
  writeFileSync(path, ORGS);
  const report = await systemServices(server.orm).dataImport.run([{ path, name: 'to-chuc.csv' }], { dryRun: false, label: 'to-chuc.csv' });
  expect(report.problemCount).toBe(0);
  const [jb] = await (server.orm.em.fork() as EntityManager).execute<Array<{ id: number }>>(`select id from organization where code = 'JB'`);
  const [jb2] = await (server.orm.em.fork() as EntityManager).execute<Array<{ id: number }>>(`select id from organization where code = 'JB2'`);
  jbId = toGlobalId('Organization', jb!.id);
  staff = await server.userWith('canbo.job', [{ role: 'STAFF', organizationId: jbId }]);
  otherStaff = await server.userWith('canbo.khac', [{ role: 'STAFF', organizationId: toGlobalId('Organization', jb!.id) }]);
  otherAdmin = await server.userWith('quantri.jb2', [{ role: 'ADMIN', organizationId: toGlobalId('Organization', jb2!.id) }]);
});
afterAll(async () => {
  gate = null;
  for (const release of releases) release();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('import jobs', () => {
  it('answers 202 at once; the owner reads the job RUNNING with its phase and share, then DONE with the report; a dry run then apply', async () => {
    const held = hold('CHECKING', 0.6);
    const job = await start(staff.cookie, 'dang-vien.csv', members(1, 300), '?dryRun=1');
    expect(job).toMatchObject({ fileName: 'dang-vien.csv', dryRun: true, state: 'QUEUED', share: 0, report: null });
    expect(await held.reached).toBe(job.id);

    const running = (await (await getJob(server.url, staff.cookie, job.id)).json()) as ImportJobView;
    expect(running).toMatchObject({ id: job.id, state: 'RUNNING', phase: 'CHECKING', share: 0.6, report: null });
    expect(running.startedAt).not.toBeNull();
    const latest = (await (await fetch(`${server.url}/dataio/jobs/latest`, { headers: { cookie: staff.cookie } })).json()) as { job: ImportJobView };
    expect(latest.job).toMatchObject({ id: job.id, state: 'RUNNING' });
    held.release();

    const done = await finished(staff.cookie, job.id);
    expect(done).toMatchObject({ state: 'DONE', share: 1, error: null, report: { dryRun: true, applied: false, problemCount: 0, counts: { members: { created: 300 } } } });
    expect(done.finishedAt).not.toBeNull();
    // Progress only moved forward, through reading and checking.
    const shares = steps.get(job.id)!.map((p) => p.share);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(new Set(steps.get(job.id)!.map((p) => p.phase))).toEqual(new Set(['READING', 'CHECKING', 'WRITING']));

    const applied = await finished(staff.cookie, (await start(staff.cookie, 'dang-vien.csv', members(1, 300))).id);
    expect(applied.report).toMatchObject({ dryRun: false, applied: true, counts: { members: { created: 300 } } });
    const [{ n }] = await (server.orm.em.fork() as EntityManager).execute<Array<{ n: number | string }>>(`select count(*) as n from member where card_number like 'JB-%'`);
    expect(Number(n)).toBe(300);
    const mine = (await (await fetch(`${server.url}/dataio/jobs`, { headers: { cookie: staff.cookie } })).json()) as { jobs: ImportJobView[] };
    expect(mine.jobs.map((j) => [j.dryRun, j.state])).toEqual([[false, 'DONE'], [true, 'DONE']]);
  });

  it("another user's job is NOT_FOUND; a national admin reads it; an admin elsewhere does not", async () => {
    const job = await finished(staff.cookie, (await start(staff.cookie, 'lan-hai.csv', members(1, 5), '?dryRun=1')).id);
    for (const client of [otherStaff, otherAdmin]) {
      const res = await getJob(server.url, client.cookie, job.id);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', field: 'id', reason: 'NOT_FOUND' } });
      expect(((await (await fetch(`${server.url}/dataio/jobs/latest`, { headers: { cookie: client.cookie } })).json()) as { job: unknown }).job).toBeNull();
    }
    expect((await getJob(server.url, server.cookie, job.id)).status).toBe(200);
    expect((await getJob(server.url, '', job.id)).status).toBe(401);
    expect((await getJob(server.url, staff.cookie, 'abc')).status).toBe(404);
    expect((await getJob(server.url, staff.cookie, 999999)).status).toBe(404);
  });

  it('a job whose import fails is FAILED with the typed error code', async () => {
    failAt = 'CHECKING';
    const job = await finished(staff.cookie, (await start(staff.cookie, 'hong.csv', members(1, 5), '?dryRun=1')).id);
    expect(job).toMatchObject({ state: 'FAILED', error: { code: 'CONFLICT', reason: null }, report: null });
  });

  // Only PostgreSQL has a second API process (FOURGOOD_WORKERS refuses more than one on SQLite,
  // where the progress is kept in the one process): the case is defined for that suite alone.
  if (db === 'postgres') it('on PostgreSQL another API process reads the progress while the job runs', async () => {
    const orm = await openDatabase(server.config);
    const other: RunningApp = await createApp(server.config, { orm });
    const http: Server = await new Promise((resolve) => {
      const s = other.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    try {
      const held = hold('WRITING', 0.7);
      const job = await start(staff.cookie, 'lan-ba.csv', members(301, 200));
      await held.reached;
      const seen = (await (await getJob(base, staff.cookie, job.id)).json()) as ImportJobView;
      expect(seen).toMatchObject({ id: job.id, state: 'RUNNING', phase: 'WRITING', share: 0.7 });
      expect((await getJob(base, otherStaff.cookie, job.id)).status).toBe(404);
      held.release();
      expect((await finished(staff.cookie, job.id)).report).toMatchObject({ applied: true, counts: { members: { created: 200 } } });
      expect(((await (await getJob(base, staff.cookie, job.id)).json()) as ImportJobView).state).toBe('DONE');
    } finally {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await other.close();
    }
  });

  it('one running import per user: a second upload meanwhile is CONFLICT (IMPORT_RUNNING), on PostgreSQL from another session too; the next starts once it has ended', async () => {
    const held = hold('CHECKING', 0.6);
    const job = await start(staff.cookie, 'mot.csv', members(1000, 5), '?dryRun=1');
    expect(await held.reached).toBe(job.id);
    const refused = { error: { code: 'CONFLICT', field: 'file', reason: 'IMPORT_RUNNING' } };
    const again = await upload(server.url, staff.cookie, 'hai.csv', members(1010, 5), '?dryRun=1');
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual(refused);
    if (db === 'postgres') {
      // Another session of the same user: checked against the job rows, under the user's advisory lock.
      const second = await server.signIn('canbo.job', 'canbo.job-password-1');
      const res = await upload(server.url, second.cookie, 'hai.csv', members(1010, 5), '?dryRun=1');
      expect(res.status).toBe(409);
      expect(await res.json()).toEqual(refused);
    }
    held.release();
    expect((await finished(staff.cookie, job.id)).state).toBe('DONE');
    const next = await finished(staff.cookie, (await start(staff.cookie, 'hai.csv', members(1010, 5), '?dryRun=1')).id);
    expect(next).toMatchObject({ state: 'DONE', fileName: 'hai.csv' });
    const mine = (await (await fetch(`${server.url}/dataio/jobs`, { headers: { cookie: staff.cookie } })).json()) as { jobs: ImportJobView[] };
    expect(mine.jobs.filter((j) => j.fileName === 'hai.csv')).toHaveLength(1);
  });

  it('on shutdown (the onShutdown hooks SIGTERM runs) a running job stops: INTERRUPTED, nothing of it written', async () => {
    const held = hold('CHECKING', 0.6);
    const job = await start(staff.cookie, 'dung.csv', members(2000, 20));
    expect(await held.reached).toBe(job.id);
    const stopping = runShutdownHooks();
    held.release();
    expect(await stopping).toBe(true);
    const stopped = await finished(staff.cookie, job.id);
    expect(stopped).toMatchObject({ state: 'INTERRUPTED', report: null, error: null });
    expect(stopped.finishedAt).not.toBeNull();
    expect(await cards(2000, 2019)).toBe(0);
    // The user may import again.
    expect((await finished(staff.cookie, (await start(staff.cookie, 'dung.csv', members(2000, 20))).id)).report).toMatchObject({ applied: true, counts: { members: { created: 20 } } });
    expect(await cards(2000, 2019)).toBe(20);
  });

  it('on shutdown while the file is being read, the job stops between batches of rows: INTERRUPTED before any checking, nothing written', async () => {
    // 5,000 rows: read in several batches, each percent of the file a progress step.
    const held = hold('READING', 0);
    const job = await start(staff.cookie, 'dai.csv', members(3000, 5000));
    expect(await held.reached).toBe(job.id);
    const stopping = runShutdownHooks();
    held.release();
    expect(await stopping).toBe(true);
    expect(await finished(staff.cookie, job.id)).toMatchObject({ state: 'INTERRUPTED', report: null, error: null });
    const seen = steps.get(job.id)!;
    expect(new Set(seen.map((p) => p.phase))).toEqual(new Set(['READING']));
    expect(Math.max(...seen.map((p) => p.share))).toBeLessThan(0.5);
    expect(await cards(3000, 7999)).toBe(0);
  });

  // On SQLite the import's transaction holds the only connection: a revocation waits until it has ended.
  if (db === 'postgres') it("on PostgreSQL a job whose importer loses their role while it runs fails FORBIDDEN (ACCESS_CHANGED) and writes nothing", async () => {
    const thu = await server.userWith('canbo.thu', [{ role: 'STAFF', organizationId: jbId }]);
    const held = hold('CHECKING', 0.6);
    const job = await start(thu.cookie, 'thu.csv', members(3000, 10));
    expect(await held.reached).toBe(job.id);
    await (server.orm.em.fork() as EntityManager).execute(`delete from role_grant where user_id = (select id from app_user where username = 'canbo.thu')`);
    held.release();
    expect(await finished(thu.cookie, job.id)).toMatchObject({ state: 'FAILED', report: null, error: { code: 'FORBIDDEN', reason: 'ACCESS_CHANGED' } });
    expect(await cards(3000, 3009)).toBe(0);
  });

  it('jobs left running by a stopped process are INTERRUPTED when a process starts (PostgreSQL: only those without a heartbeat)', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const now = Date.now();
    const row = (updatedAt: Date) => em.create(ImportJob, { userId: 1, scopePath: null, fileName: 'x.csv', dryRun: false, state: 'RUNNING', phase: 'READING', share: 0.1, report: null, createdAt: updatedAt, startedAt: updatedAt, updatedAt });
    const old = row(new Date(now - 10 * 60_000));
    const fresh = row(new Date(now));
    await em.persistAndFlush([old, fresh]);

    const orm = await openDatabase(server.config);
    const next = await createApp(server.config, { orm });
    await next.close();
    const states = await (server.orm.em.fork() as EntityManager).find(ImportJob, { id: { $in: [old.id, fresh.id] } }, { orderBy: { id: 'asc' } });
    // SQLite has one process: whatever was running belonged to a stopped one.
    expect(states.map((s) => s.state)).toEqual(['INTERRUPTED', db === 'postgres' ? 'RUNNING' : 'INTERRUPTED']);
    expect(states[0]!.finishedAt).not.toBeNull();
    if (db === 'postgres') await (server.orm.em.fork() as EntityManager).nativeUpdate(ImportJob, { id: fresh.id }, { state: 'INTERRUPTED' });
  });
});
