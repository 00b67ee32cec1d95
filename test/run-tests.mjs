#!/usr/bin/env node
/**
 * Runs every test: rules (unit), the API over HTTP on SQLite and on PostgreSQL, the replica and
 * PgBouncer tests (a throw-away primary + hot standby), and the browser tests in Debian's
 * Chromium against the built admin app.
 *
 * Prerequisites it sees to itself: the admin app is built; Chromium is installed from Debian's
 * packages when missing and we may (root with apt-get). PostgreSQL is expected on
 * 127.0.0.1:5432 (user postgres, no password; FOURGOOD_PG_ADMIN_URL overrides).
 * With CI=true every part is required; elsewhere a part whose prerequisite is missing is left
 * out with a loud notice, never silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = '/usr/bin/chromium';
const projects = ['unit', 'api-sqlite'];
const missing = [];

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  return r.status ?? 1;
}

function pgReachable() {
  const url = new URL(process.env.FOURGOOD_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432), timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

function ensureChromium() {
  if (existsSync(chromium)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt) {
    console.log('Installing Debian chromium for the browser tests…');
    run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null']);
  }
  return existsSync(chromium);
}

if (await pgReachable()) projects.push('api-postgres');
else missing.push('PostgreSQL on 127.0.0.1:5432 (the API suite on PostgreSQL)');

// Replicas, PgBouncer (issue #15): a throw-away primary + hot standby and a PgBouncer, started by
// the tests themselves as the user postgres from Debian's binaries.
function clusterParts() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pgRoot = '/usr/lib/postgresql';
  const hasServer = existsSync(pgRoot) && readdirSync(pgRoot).some((v) => existsSync(`${pgRoot}/${v}/bin/initdb`));
  if (isRoot && hasServer && !existsSync('/usr/sbin/pgbouncer')) {
    console.log('Installing Debian pgbouncer for the replica tests…');
    run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >/dev/null']);
  }
  if (!isRoot) return 'root (the replica tests run PostgreSQL and PgBouncer as the user postgres)';
  if (!hasServer) return 'PostgreSQL server binaries in /usr/lib/postgresql/<version>/bin';
  if (!existsSync('/usr/sbin/pgbouncer')) return '/usr/sbin/pgbouncer (apt-get install pgbouncer)';
  return null;
}
const clusterMissing = projects.includes('api-postgres') ? clusterParts() : 'PostgreSQL on 127.0.0.1:5432';
if (clusterMissing === null) projects.push('replicas');
else missing.push(`${clusterMissing} (the replica and PgBouncer tests)`);

if (ensureChromium()) projects.push('browser');
else missing.push(`Chromium at ${chromium} (the browser tests): apt-get install -y chromium`);

if (missing.length) {
  const text = `Missing: ${missing.join('; ')}`;
  if (ci) {
    console.error(`${text}. CI requires every part of the suite.`);
    process.exit(1);
  }
  console.warn(`\n*** ${text}.\n*** Those tests are NOT run here; CI runs them.\n`);
}

if (projects.includes('browser')) {
  // npm_execpath is the pnpm that runs this script (it need not be on PATH).
  const pnpm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['pnpm'];
  const status = run(pnpm[0], [...pnpm.slice(1), '--filter', '@fourgood/admin', 'build']);
  if (status !== 0) process.exit(status);
}

const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...process.argv.slice(2)];
process.exit(run('npx', ['--no-install', ...args]));
