import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, appendFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { queryOnce } from '../../apps/server/src/db/postgres-admin.js';

/**
 * A throw-away PostgreSQL primary and hot standby (streaming replication), for the replica,
 * PgBouncer and failover tests: as the OS user `postgres`, `initdb -A trust` in a temporary
 * folder, `pg_ctl start` on a free port, `pg_basebackup -R -X stream` into a second folder and
 * start it on another port. Needs root (to act as `postgres`) and Debian's PostgreSQL binaries;
 * `clusterUnavailable()` says why not when they are missing.
 */

const run = promisify(execFile);

export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0]!, 'bin') : null;
}

/** Null when a primary + standby can be made here; otherwise what is missing. */
export function clusterUnavailable(): string | null {
  if (process.platform !== 'linux') return 'a Linux machine';
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'root (the test runs PostgreSQL as the user postgres)';
  if (!postgresBin()) return 'PostgreSQL server binaries in /usr/lib/postgresql/<version>/bin';
  if (!existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser')) return 'runuser';
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary as the user postgres. */
export async function asPostgres(binary: string, args: string[]): Promise<string> {
  const { stdout } = await run('runuser', ['-u', 'postgres', '--', join(postgresBin()!, binary), ...args], { cwd: '/tmp', maxBuffer: 1 << 22 });
  return stdout;
}

export interface Node {
  port: number;
  dir: string;
  /** postgres://postgres@127.0.0.1:<port>/<db> */
  url(db?: string): string;
  /** One query on a fresh connection (no pool kept between calls). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], db?: string): Promise<T[]>;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again after stop() (a standby comes back as a standby and streams again). */
  start(): Promise<void>;
}

export interface StandbyPair {
  primary: Node;
  standby: Node;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  /** Stops both servers and removes their folders. */
  destroy(): Promise<void>;
}

function node(port: number, dir: string): Node {
  const url = (db = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    port,
    dir,
    url,
    query<T>(sql: string, params: unknown[] = [], db = 'postgres') {
      return queryOnce<T>(url(db), sql, params);
    },
    async stop(mode = 'fast') {
      if (existsSync(join(dir, 'postmaster.pid'))) await asPostgres('pg_ctl', ['-D', dir, '-m', mode, '-w', 'stop']).catch(() => undefined);
    },
    async start() {
      await asPostgres('pg_ctl', ['-D', dir, '-l', `${dir}.log`, '-w', '-t', '60', 'start']);
    },
  };
}

const SETTINGS = [
  "listen_addresses = '127.0.0.1'",
  'wal_level = replica',
  'max_wal_senders = 5',
  'hot_standby = on',
  'hot_standby_feedback = on',
  // Throw-away data: no need to reach the disk (the failover script measures promotion, not crashes).
  'fsync = off',
  'full_page_writes = off',
  'max_connections = 60',
  'shared_buffers = 32MB',
];

/**
 * Creates and starts a primary and its hot standby. `synchronous`: the primary waits for the
 * standby to confirm each commit (`synchronous_standby_names = '*'`, `synchronous_commit = on`).
 */
export async function startStandbyPair(options: { synchronous?: boolean; settings?: string[] } = {}): Promise<StandbyPair> {
  const why = clusterUnavailable();
  if (why) throw new Error(`A primary + hot standby needs ${why}`);
  const base = mkdtempSync(join(tmpdir(), 'fourgood-cluster-'));
  chmodSync(base, 0o755);
  const pgUid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const pgGid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  chownSync(base, pgUid, pgGid);
  const primaryDir = join(base, 'primary');
  const standbyDir = join(base, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const primary = node(primaryPort, primaryDir);
  const standby = node(standbyPort, standbyDir);
  const destroy = async () => {
    await standby.stop('immediate');
    await primary.stop('immediate');
    rmSync(base, { recursive: true, force: true });
  };
  try {
    await asPostgres('initdb', ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '-D', primaryDir]);
    appendFileSync(
      join(primaryDir, 'postgresql.conf'),
      [...SETTINGS, `port = ${primaryPort}`, `unix_socket_directories = '${base}'`, ...(options.synchronous ? ["synchronous_standby_names = '*'", 'synchronous_commit = on'] : []), ...(options.settings ?? [])].join('\n') + '\n',
    );
    appendFileSync(join(primaryDir, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n');
    await asPostgres('pg_ctl', ['-D', primaryDir, '-l', join(base, 'primary.log'), '-w', '-t', '60', 'start']);
    await asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', standbyDir, '-R', '-X', 'stream', '--checkpoint=fast', '--no-sync']);
    appendFileSync(join(standbyDir, 'postgresql.conf'), `port = ${standbyPort}\n`);
    await asPostgres('pg_ctl', ['-D', standbyDir, '-l', join(base, 'standby.log'), '-w', '-t', '60', 'start']);
    // Streaming (and, when synchronous, counted as the synchronous standby) before anyone writes.
    await waitFor(async () => {
      const rows = await primary.query<{ state: string; sync_state: string }>(`select state, sync_state from pg_stat_replication`);
      return rows.some((r) => r.state === 'streaming' && (!options.synchronous || r.sync_state === 'sync'));
    }, 'the standby to stream from the primary');
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    primary,
    standby,
    async caughtUp() {
      const [{ lsn }] = (await primary.query<{ lsn: string }>(`select pg_current_wal_lsn()::text as lsn`)) as [{ lsn: string }];
      await waitFor(async () => {
        const [row] = await standby.query<{ ok: boolean }>(`select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok`, [lsn]);
        return row?.ok === true;
      }, 'the standby to replay the primary’s WAL');
    },
    destroy,
  };
}

/**
 * Polls a condition of the servers' state (replication progress, which only PostgreSQL knows; it
 * has no event to wait on from outside). Gives up after `limitMs` with a clear message.
 */
export async function waitFor(condition: () => Promise<boolean>, what: string, limitMs = 60_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      if (await condition()) return;
    } catch {
      // not reachable yet
    }
    if (Date.now() - started > limitMs) throw new Error(`Gave up waiting for ${what} after ${limitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
