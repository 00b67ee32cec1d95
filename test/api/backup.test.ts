import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, dropDatabase } from '../../apps/server/src/db/postgres-admin.js';
import { createMember, createOrg } from '../support/factories.js';
import { startTestServer, testDb, type TestServer } from '../support/server.js';

/**
 * Issue #12 §3: an online backup taken while writes run restores to exactly the database of one
 * moment: every table's row count and a drill-down answer as they were after the last write the
 * copy holds. SQLite: `pnpm data:backup` / `data:restore` (the real command, in a child process,
 * while this process keeps writing). PostgreSQL: pg_dump / pg_restore as the README says.
 */

const repoRoot = new URL('../../', import.meta.url).pathname;
const tsxCli = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
/** Debian's PostgreSQL client programs (the newest installed version; PATH otherwise). */
function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/pg_dump'))).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.length ? join(root, versions[0]!, 'bin') : '';
}
const PG_BIN = pgBin();
const DRILL_DOWN = `{ organization(code: "BK-TINH") { id name stats { organizations members membersByStatus { status count } membersByGender { gender count } }
  children(first: 20) { nodes { id code name stats { organizations members membersByAgeBand { ageBand count } }
    children(first: 20) { nodes { id code name stats { members membersByGender { gender count } } } } } } } }`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, maxBuffer: 10 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** The real command: `pnpm data:backup -- <file>` is this script with `backup`. */
function dataCommand(command: 'backup' | 'restore', file: string, dataDir: string): Promise<Run> {
  // As `pnpm data:backup` runs it: tsx resolves @fourgood/rules (a migration imports it) to its
  // source through the package's "source" export condition, so nothing needs building first.
  return run(process.execPath, [tsxCli, '--conditions=source', 'apps/server/src/ops/backup-cli.ts', command, '--', file], { FOURGOOD_DATA_DIR: dataDir, DATABASE_URL: '' });
}

async function tableCounts(orm: MikroORM): Promise<Record<string, number>> {
  const conn = orm.em.fork().getConnection();
  const tables =
    testDb() === 'postgres'
      ? await conn.execute<Array<{ name: string }>>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`)
      : await conn.execute<Array<{ name: string }>>(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await conn.execute<Array<{ n: number | string }>>(`select count(*) as n from "${name}"`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

interface State {
  counts: Record<string, number>;
  drillDown: unknown;
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username } } }', variables: { u: 'test-admin', p: 'test-admin-password-1' } }),
  });
  const body = (await res.json()) as { errors?: unknown };
  expect(body.errors, JSON.stringify(body)).toBeUndefined();
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function query(url: string, cookie: string, text: string): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: text }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** The restored database served by a new server (its own ORM and HTTP port), as the admin of the original. */
async function serveRestored(config: { dataDir: string; databaseUrl: string | null }): Promise<State & { close(): Promise<void> }> {
  const appConfig = loadConfig({}, { ...config, seedScale: 0, exposeQueryStats: false, logLevel: 'silent', adminDir: join(config.dataDir, 'no-admin') });
  const orm = await openDatabase(appConfig);
  const running = await createApp(appConfig, { orm, log: () => undefined });
  const server: Server = await new Promise((resolve) => {
    const s = running.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const cookie = await signIn(url);
    const drillDown = await query(url, cookie, DRILL_DOWN);
    // Counted after the sign-in, like the original's states: the new session is one more row.
    const counts = await tableCounts(orm);
    return {
      counts,
      drillDown,
      async close() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await running.close();
      },
    };
  } catch (error) {
    server.close();
    await running.close();
    throw error;
  }
}

let server: TestServer;
let work: string;
const cells: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  work = mkdtempSync(join(tmpdir(), 'fourgood-backup-'));
  const province = await createOrg(server, { code: 'BK-TINH', name: 'Đảng bộ tỉnh Sao Lưu', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1950-01-01' });
  for (const c of [1, 2]) {
    const commune = await createOrg(server, { code: `BK-XA${c}`, name: `Đảng bộ xã ${c}`, kind: 'GRASSROOTS_COMMITTEE', parentId: province, foundedOn: '1960-01-01' });
    for (const k of [1, 2]) {
      cells.push(await createOrg(server, { code: `BK-CB${c}${k}`, name: `Chi bộ ${c}.${k}`, kind: 'CELL', cellType: 'RESIDENTIAL', parentId: commune, foundedOn: '1970-01-01' }));
    }
  }
  for (let i = 0; i < 6; i++) await createMember(server, { organizationId: cells[i % cells.length]!, gender: i % 2 ? 'FEMALE' : 'MALE', birthDate: `19${60 + i}-03-0${1 + (i % 9)}` });
});

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('backup while writes run, restore elsewhere', () => {
  it('restores exactly the database of one moment between two writes', async () => {
    // Sign in once before the loop: the states recorded below then all hold the same sessions,
    // and the restored server's own sign-in adds one (accounted for when comparing).
    const states = new Map<number, State>();
    const record = async () => {
      const counts = await tableCounts(server.orm);
      states.set(counts.member!, { counts, drillDown: await server.data(DRILL_DOWN) });
    };
    await record();

    const dump = join(work, testDb() === 'postgres' ? 'fourgood.dump' : 'fourgood-backup.sqlite');
    let backupDone = false;
    let writesWhileBackup = 0;
    let writesAfterBackup = 0;
    let backupRun: Promise<Run> | null = null;
    let i = 0;
    // One write at a time, each followed by the state it leaves: whatever moment the copy holds,
    // its state is in `states`. The copy starts after three writes, and writes go on until it ends.
    while (!backupDone || writesAfterBackup < 2) {
      i += 1;
      await createMember(server, { organizationId: cells[i % cells.length]!, gender: i % 3 ? 'MALE' : 'FEMALE', birthDate: `19${50 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}` });
      await record();
      if (backupDone) writesAfterBackup += 1;
      else if (backupRun) writesWhileBackup += 1;
      if (i === 3) {
        backupRun =
          testDb() === 'postgres'
            ? run(PG_BIN ? join(PG_BIN, 'pg_dump') : 'pg_dump', ['-Fc', '-f', dump, server.config.databaseUrl!])
            : dataCommand('backup', dump, server.config.dataDir);
        void backupRun.then(() => (backupDone = true));
      }
    }
    const backup = await backupRun!;
    expect(backup.code, backup.stderr).toBe(0);
    expect(writesWhileBackup + writesAfterBackup).toBeGreaterThan(0);

    // Restore into a new place and serve it.
    let restored: State & { close(): Promise<void> };
    let pgName: string | null = null;
    if (testDb() === 'postgres') {
      pgName = `fourgood_restored_${process.pid}`;
      const url = await createDatabase(pgName);
      const res = await run(PG_BIN ? join(PG_BIN, 'pg_restore') : 'pg_restore', ['--no-owner', '--exit-on-error', '-d', url, dump]);
      expect(res.code, res.stderr).toBe(0);
      restored = await serveRestored({ dataDir: work, databaseUrl: url });
    } else {
      const dataDir = join(work, 'restored-data');
      mkdirSync(dataDir);
      const res = await dataCommand('restore', dump, dataDir);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toContain('Restored');
      restored = await serveRestored({ dataDir, databaseUrl: null });
    }
    try {
      const members = restored.counts.member!;
      const state = states.get(members);
      expect(state, `the copy holds ${members} members, a state never seen`).toBeDefined();
      // A moment strictly inside the run: after the writes before the copy started, before the last ones.
      expect(members).toBeGreaterThan(states.get(Math.min(...states.keys()))!.counts.member! + 2);
      expect(members).toBeLessThan(Math.max(...states.keys()));
      expect(restored.counts).toEqual({ ...state!.counts, app_session: state!.counts.app_session! + 1 });
      expect(restored.drillDown).toEqual(state!.drillDown);
    } finally {
      await restored.close();
      if (pgName) await dropDatabase(pgName);
    }
  }, 240_000);
});

// SQLite only: on PostgreSQL the commands point to pg_dump / pg_restore.
if (testDb() === 'sqlite') describe('data:restore refuses', () => {
  let good: string;
  beforeAll(async () => {
    good = join(work, 'good.sqlite');
    const res = await dataCommand('backup', good, server.config.dataDir);
    expect(res.code, res.stderr).toBe(0);
  }, 60_000);

  it('a backup to a file that exists, leaving it as it was', async () => {
    const size = statSync(good).size;
    const res = await dataCommand('backup', good, server.config.dataDir);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('already exists');
    expect(statSync(good).size).toBe(size);
  }, 60_000);

  it('while the server runs on the database', async () => {
    const before = await tableCounts(server.orm);
    const res = await dataCommand('restore', good, server.config.dataDir);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/in use \(the server is running\?\)/);
    expect(readdirSync(server.config.dataDir).filter((f) => f.includes('before-restore'))).toEqual([]);
    expect(await tableCounts(server.orm)).toEqual(before);
  }, 60_000);

  it('a file that fails the integrity check, a file that is not a database, a file from a newer FourGood', async () => {
    const target = join(work, 'target-data');
    mkdirSync(target);
    const corrupt = join(work, 'corrupt.sqlite');
    copyFileSync(good, corrupt);
    // Overwrite the second page (a table's b-tree) with garbage; the header stays valid.
    const probe = new Database(good, { readonly: true });
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    probe.close();
    const fd = openSync(corrupt, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize);
    closeSync(fd);
    const notDb = join(work, 'notes.txt');
    writeFileSync(notDb, 'Số thẻ đảng viên; Họ và tên\n'.repeat(200));
    const newer = join(work, 'newer.sqlite');
    copyFileSync(good, newer);
    const db = new Database(newer);
    db.prepare(`insert into mikro_orm_migrations (name, executed_at) values ('Migration29991231000000', '2999-12-31')`).run();
    db.close();

    const refusals: Array<[string, RegExp]> = [
      [corrupt, /integrity check|malformed|not a usable/],
      [notDb, /cannot be opened|not a database|not a usable/],
      [newer, /newer FourGood.*Migration29991231000000/],
      [join(work, 'missing.sqlite'), /No file at/],
    ];
    for (const [file, message] of refusals) {
      const res = await dataCommand('restore', file, target);
      expect(res.code, `${file}: ${res.stdout}${res.stderr}`).toBe(1);
      expect(res.stderr, file).toMatch(message);
    }
    expect(existsSync(join(target, 'fourgood.sqlite'))).toBe(false);
    expect(readdirSync(target)).toEqual([]);

    // The good copy restores over an idle database, which is kept beside it.
    copyFileSync(newer, join(target, 'fourgood.sqlite'));
    const res = await dataCommand('restore', good, target);
    expect(res.code, res.stderr).toBe(0);
    const kept = readdirSync(target).filter((f) => f.startsWith('fourgood.sqlite.before-restore-'));
    expect(kept).toHaveLength(1);
    const restored = new Database(join(target, 'fourgood.sqlite'), { readonly: true });
    expect((restored.prepare(`select count(*) as n from mikro_orm_migrations where name like 'Migration2999%'`).get() as { n: number }).n).toBe(0);
    restored.close();
  }, 120_000);
});
