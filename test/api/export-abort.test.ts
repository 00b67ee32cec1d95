import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get, type IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, systemServices, testDb, type TestServer } from '../support/server.js';

/*
 * Issue #12 §2: on PostgreSQL the members export reads one statement through a cursor on a
 * connection it holds for the whole file (export.service.ts `streamed`). What must hold: a client
 * that goes away mid-download, or an output that fails mid-way, ends the export and gives the
 * connection back (the pool's connections in use back to where they were, no session left idle
 * in a transaction), and the next export reads everything. 8,000 members are a CSV of about 1 MB,
 * far more than the loopback socket and fetch's stream hold while nobody reads, so the server is
 * still writing when the client aborts (on PostgreSQL the test checks that the cursor's
 * connection is in use at that moment). SQLite reads pages of 500 between which it holds
 * nothing; the same abort must leave it serving too.
 */

const N = 8_000;
const ORGS = ['Mã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày', 'AB;Đảng bộ tỉnh Hủy;Đảng bộ tỉnh;;;;01/01/2000', 'AB-CB;Chi bộ một;GRASSROOTS_CELL;;AGENCY;AB;2000-01-01'].join('\n');
const MEMBERS = [
  'Số thẻ đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Chức vụ,Mã chi bộ,Từ ngày,Tình trạng',
  ...Array.from({ length: N }, (_, i) => `AB-${String(i).padStart(5, '0')},Nguyễn Văn Hủy ${i},${i % 2 ? 'Nam' : 'Nữ'},01/01/${1940 + (i % 40)},01/01/2005,01/01/2006,Đảng viên,AB-CB,01/01/2010,Đang sinh hoạt`),
].join('\n');

const pg = testDb() === 'postgres';
let server: TestServer;
let dir: string;

const em = () => server.orm.em.fork() as EntityManager;
/** Connections of the ORM's pool (tarn, through knex) lent out right now. */
const inUse = () => (em().getConnection().getKnex().client as unknown as { pool: { numUsed(): number } }).pool.numUsed();

/** Sessions of the test's database (other than this one) left inside a transaction. */
async function idleInTransaction(): Promise<number> {
  if (!pg) return 0;
  const [row] = await em().execute<Array<{ n: number | string }>>(
    `select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'`,
  );
  return Number(row!.n);
}

async function fullExport(): Promise<number> {
  const res = await fetch(`${server.url}/dataio/members.csv?org=AB`, { headers: { cookie: server.cookie } });
  expect(res.status).toBe(200);
  return (await res.text()).split('\r\n').filter(Boolean).length - 1;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fourgood-export-abort-'));
  server = await startTestServer();
  for (const [name, body] of [
    ['orgs.csv', ORGS],
    ['members.csv', MEMBERS],
  ] as const) {
    const path = join(dir, name);
    writeFileSync(path, body);
    const report = await systemServices(server.orm).dataImport.run([{ path, name }], { dryRun: false, label: name });
    expect(report.problems).toEqual([]);
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an export that ends early gives its connection back', () => {
  it('a client that disconnects mid-download', async () => {
    expect(await fullExport()).toBe(N);
    const before = inUse();
    // node:http rather than fetch: destroying the response closes the socket at once (an aborted
    // fetch may keep its socket until it times out), which is what a browser closing its tab does.
    const res = await new Promise<IncomingMessage>((resolve, reject) => get(`${server.url}/dataio/members.csv?org=AB`, { headers: { cookie: server.cookie } }, resolve).on('error', reject));
    expect(res.statusCode).toBe(200);
    await new Promise((resolve) => res.once('data', resolve));
    res.pause();
    // The cursor's connection is held while the server waits for the client to read on.
    if (pg) expect(inUse()).toBe(before + 1);
    res.destroy();
    await expect.poll(inUse, { timeout: 10_000 }).toBe(before);
    await expect.poll(idleInTransaction, { timeout: 10_000 }).toBe(0);
    // The connection given back works: the next export reads every member.
    expect(await fullExport()).toBe(N);
    expect(server.internalErrors).toEqual([]);
  });

  it('an output that fails mid-way', async () => {
    const before = inUse();
    let chunks = 0;
    const failing = new Writable({
      write(_chunk, _encoding, done) {
        // The header and the first page go through; the second page fails, as a full disk would.
        done(++chunks > 2 ? new Error('disk full') : null);
      },
    });
    failing.on('error', () => undefined);
    await expect(systemServices(server.orm).dataExport.write('AB', {}, 'csv', failing)).rejects.toThrow(/disk full|closed/);
    expect(chunks).toBe(3);
    expect(inUse()).toBe(before);
    expect(await idleInTransaction()).toBe(0);
    expect(await fullExport()).toBe(N);
  });
});
