import type { Server, ServerResponse } from 'node:http';
import { processLogger } from './log.js';

/**
 * What stops with the process: background jobs register a function here, and on SIGTERM (after
 * the HTTP requests in flight have finished, before the database pools close) every registered
 * function is called at once and awaited. A job's function stops it from taking new work and
 * resolves once its current run has ended (or has been left in a state the next start-up
 * recognises). `onShutdown` returns the undo, for a job that ends by itself.
 *
 *   const stop = onShutdown(async () => { stopping = true; await currentRun; });
 */
export type ShutdownHook = () => unknown;

const hooks = new Set<ShutdownHook>();

export function onShutdown(fn: ShutdownHook): () => void {
  hooks.add(fn);
  return () => void hooks.delete(fn);
}

/** Calls every registered hook once, together; resolves with whether all of them succeeded (failures are logged). */
export async function runShutdownHooks(): Promise<boolean> {
  const list = [...hooks];
  hooks.clear();
  const results = await Promise.allSettled(list.map(async (fn) => fn()));
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  for (const failure of failed) processLogger().error({ err: failure.reason }, 'a shutdown hook failed');
  return failed.length === 0;
}

/**
 * The requests of one HTTP server, so that it can stop without cutting them: once `drain()` is
 * called, every answer not yet started says `Connection: close` (clients open their next request
 * elsewhere, through the load balancer), and `close()` stops accepting connections, ends the
 * idle keep-alive ones and resolves when the last request has been answered.
 */
export class InFlight {
  private readonly active = new Set<ServerResponse>();
  private draining = false;

  constructor(private readonly server: Server) {}

  /** Call for every request, first thing. */
  track(res: ServerResponse): void {
    this.active.add(res);
    if (this.draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      this.active.delete(res);
      // Its connection, when kept alive, is idle now (on the next turn): end it.
      if (this.draining) setImmediate(() => this.server.closeIdleConnections());
    });
  }

  get count(): number {
    return this.active.size;
  }

  drain(): void {
    this.draining = true;
    for (const res of this.active) if (!res.headersSent) res.setHeader('connection', 'close');
  }

  /**
   * Stops accepting connections (synchronously: the listening socket is closed when this returns
   * its promise) and waits for the requests in flight, at most `timeoutMs`; then ends the
   * connections still open. Resolves with the number of requests cut that way.
   */
  async close(timeoutMs: number): Promise<number> {
    this.drain();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
    const outcome = await Promise.race([closed, late]);
    clearTimeout(timer);
    if (outcome !== 'late') return 0;
    const cut = this.active.size;
    this.server.closeAllConnections();
    await closed;
    return cut;
  }
}
