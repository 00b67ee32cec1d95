import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { queryOnce } from '../../apps/server/src/db/postgres-admin.js';
import { clusterUnavailable, freePort, waitFor } from './standby.js';

/**
 * A throw-away PgBouncer (Debian's package) in front of a PostgreSQL server, in transaction
 * pooling mode: it runs as the user postgres (PgBouncer refuses root), as a daemon with its own
 * config, pid file and log in a temporary folder, and is stopped by its pid.
 */

const run = promisify(execFile);
export const PGBOUNCER = '/usr/sbin/pgbouncer';

export function pgbouncerUnavailable(): string | null {
  return clusterUnavailable() ?? (existsSync(PGBOUNCER) ? null : `${PGBOUNCER} (apt-get install pgbouncer)`);
}

export interface Bouncer {
  port: number;
  /** postgres://postgres@127.0.0.1:<pgbouncer port>/<db> */
  url(db?: string): string;
  /** Points every database at another server (rewrites the ini, then SIGHUP: PgBouncer reloads). */
  retarget(server: { host: string; port: number }): void;
  stop(): Promise<void>;
}

/** Starts PgBouncer on a free port, pooling in transaction mode to `server` (host:port). */
export async function startPgBouncer(server: { host: string; port: number }, options: { poolSize?: number } = {}): Promise<Bouncer> {
  const why = pgbouncerUnavailable();
  if (why) throw new Error(`PgBouncer needs ${why}`);
  const dir = mkdtempSync(join(tmpdir(), 'fourgood-pgbouncer-'));
  chmodSync(dir, 0o755);
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  chownSync(dir, uid, gid);
  const port = await freePort();
  const ini = join(dir, 'pgbouncer.ini');
  const pidfile = join(dir, 'pgbouncer.pid');
  writeFileSync(join(dir, 'users.txt'), '"postgres" ""\n');
  const databases = (to: { host: string; port: number }) => `* = host=${to.host} port=${to.port}`;
  writeFileSync(
    ini,
    [
      '[databases]',
      databases(server),
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      'auth_type = trust',
      `auth_file = ${join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      // After a failover, try the (new) server again after 1 s, not the default 15.
      'server_login_retry = 1',
      // Few server connections for many client connections, so that state left on one would show.
      `default_pool_size = ${options.poolSize ?? 2}`,
      'max_client_conn = 500',
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      `pidfile = ${pidfile}`,
      '',
    ].join('\n'),
  );
  for (const f of ['users.txt', 'pgbouncer.ini']) chownSync(join(dir, f), uid, gid);
  await run('runuser', ['-u', 'postgres', '--', PGBOUNCER, '-d', ini], { cwd: dir });
  const url = (db = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${db}`;
  await waitFor(async () => (await queryOnce(url(), 'select 1')).length === 1, 'PgBouncer to accept connections', 30_000);
  const pid = () => Number(readFileSync(pidfile, 'utf8').trim());
  return {
    port,
    url,
    retarget(to) {
      writeFileSync(ini, readFileSync(ini, 'utf8').replace(/^\* = .*$/m, databases(to)));
      process.kill(pid(), 'SIGHUP');
    },
    async stop() {
      if (existsSync(pidfile)) {
        const daemon = pid();
        try {
          process.kill(daemon, 'SIGINT');
          await waitFor(async () => {
            try {
              process.kill(daemon, 0);
              return false;
            } catch {
              return true;
            }
          }, 'PgBouncer to stop', 30_000);
        } catch {
          // already gone
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
