import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

/**
 * Real server processes (`apps/server/src/main.ts` under tsx, as `pnpm start` runs the built one),
 * for tests of several processes on one database. The processes log JSON lines; the tests wait on
 * those lines (the port, readiness), never on time.
 */

const repoRoot = new URL('../../', import.meta.url).pathname;
const tsxCli = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');

export type LogLine = Record<string, unknown>;

export interface ServerProcess {
  child: ChildProcess;
  lines: LogLine[];
  /** Everything written to stderr (a crash before the logger exists). */
  stderr: string[];
  /** The first line matching `test`, now or when it comes; rejects if the process exits first. */
  line(test: (line: LogLine) => boolean): Promise<LogLine>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

export function spawnServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, [tsxCli, '--tsconfig', 'test/tsconfig.json', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    // No grace period on SIGTERM unless a test asks for one (stop() would wait it out).
    env: { ...process.env, PORT: '0', FOURGOOD_SEED_SCALE: '0', FOURGOOD_LOG_LEVEL: 'info', FOURGOOD_SHUTDOWN_GRACE_MS: '0', FOURGOOD_ADMIN_DIR: join(repoRoot, 'no-admin-app'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events = new EventEmitter();
  const lines: LogLine[] = [];
  const stderr: string[] = [];
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop()!;
    for (const text of parts.filter(Boolean)) {
      let parsed: LogLine;
      try {
        parsed = JSON.parse(text) as LogLine;
      } catch {
        parsed = { msg: text, notJson: true };
      }
      lines.push(parsed);
      events.emit('line', parsed);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => events.emit('exit'));
  let gone = false;
  void exited.then(() => (gone = true));
  return {
    child,
    lines,
    stderr,
    exited,
    line(test) {
      const found = lines.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const onLine = (l: LogLine) => {
          if (!test(l)) return;
          cleanup();
          resolve(l);
        };
        const onExit = () => {
          cleanup();
          reject(new Error(`the server exited first: ${JSON.stringify(lines.slice(-5))} ${stderr.join('').slice(-2000)}`));
        };
        const cleanup = () => {
          events.off('line', onLine);
          events.off('exit', onExit);
        };
        events.on('line', onLine);
        events.on('exit', onExit);
        if (gone) onExit();
      });
    },
    async stop() {
      if (!gone) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The port a started process (or each worker) reports in its "ready" line. */
export async function readyPort(server: ServerProcess): Promise<number> {
  const line = await server.line((l) => typeof l.msg === 'string' && l.msg.startsWith('FourGood ready'));
  return Number(line.port);
}
