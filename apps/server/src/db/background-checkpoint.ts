import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * SQLite (WAL): the checkpoint after a bulk write, in a worker thread instead of the commit.
 *
 * A commit whose WAL holds more than `wal_autocheckpoint` pages (1,000 by default) copies the
 * whole WAL into the database file before it returns, in the committing connection: after an
 * import of 500,000 members that is ~125,000 pages (500 MB) read, written and fsynced while
 * better-sqlite3 holds the event loop — seconds of the import's time, and of every request
 * waiting behind it. `hold()` turns the automatic checkpoint off on the connection before such a
 * commit; `inBackground()` runs the same PASSIVE checkpoint on a connection of its own in a worker
 * thread (SQLite lets a checkpoint run beside readers and the writer: it copies what no reader
 * still needs, and the WAL is rewound by the next writer once all of it is copied), then turns
 * the automatic checkpoint back on. Until then the connection's later commits checkpoint nothing
 * (they would copy the same WAL again, in the event loop); afterwards, whatever they added is
 * copied by the next commit as usual. A checkpoint is never needed for correctness or durability
 * (WAL frames are the data; a crash replays them), only to keep the WAL from growing.
 */

/** The better-sqlite3 connection (the part used here). */
export interface SqliteConnection {
  readonly name: string;
  readonly memory: boolean;
  pragma(source: string, options?: { simple?: boolean }): unknown;
}

export interface CheckpointResult {
  /** Pages in the WAL and pages copied into the database file (equal when nothing stopped it). */
  log: number;
  checkpointed: number;
  ms: number;
}

/** Holders per connection and the automatic checkpoint to restore when the last one lets go. */
const held = new WeakMap<SqliteConnection, { count: number; restore: number }>();
const checkpointsStarted: Array<Promise<CheckpointResult | null>> = [];

export class DeferredCheckpoint {
  private released = false;

  private constructor(private readonly connection: SqliteConnection) {}

  /** Turns the automatic checkpoint off on `connection` (outside or inside a transaction). */
  static hold(connection: SqliteConnection): DeferredCheckpoint {
    const state = held.get(connection);
    if (state) state.count++;
    else {
      const restore = Number(connection.pragma('wal_autocheckpoint', { simple: true }));
      held.set(connection, { count: 1, restore: Number.isFinite(restore) ? restore : 1000 });
    }
    connection.pragma('wal_autocheckpoint = 0');
    return new DeferredCheckpoint(connection);
  }

  /** Gives the automatic checkpoint back without checkpointing (the write was rolled back). */
  release(): void {
    if (this.released) return;
    this.released = true;
    const state = held.get(this.connection);
    if (!state) return;
    if (--state.count > 0) return;
    held.delete(this.connection);
    try {
      this.connection.pragma(`wal_autocheckpoint = ${Math.trunc(state.restore)}`);
    } catch {
      // The connection was closed meanwhile: nothing left to restore.
    }
  }

  /**
   * Checkpoints in a worker thread, then releases. Never rejects: a checkpoint that fails (the
   * database closed, its file removed) leaves the WAL to the next commit's automatic one.
   */
  inBackground(): Promise<CheckpointResult | null> {
    if (this.connection.memory) {
      this.release();
      return Promise.resolve(null);
    }
    const started = performance.now();
    const done = new Promise<CheckpointResult | null>((resolve) => {
      let result: CheckpointResult | null = null;
      const worker = new Worker(WORKER, { eval: true, workerData: { file: this.connection.name, driver: DRIVER } });
      // The process may end before it: a checkpoint cut short is harmless.
      worker.unref();
      worker.on('message', (m: { log: number; checkpointed: number }) => (result = { ...m, ms: Math.round(performance.now() - started) }));
      worker.on('error', () => {});
      worker.on('exit', () => {
        this.release();
        resolve(result);
      });
    });
    checkpointsStarted.push(done);
    if (checkpointsStarted.length > 10) checkpointsStarted.shift();
    return done;
  }
}

/**
 * The checkpoints started since the last call (at most the last 10), each when it has ended:
 * tests and benchmarks wait for them and read what they copied.
 */
export async function backgroundCheckpoints(): Promise<Array<CheckpointResult | null>> {
  return Promise.all(checkpointsStarted.splice(0));
}

const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

// CommonJS, evaluated: no TypeScript to load in the worker (sources or dist alike).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
try {
  db.pragma('busy_timeout = 5000');
  const [r] = db.pragma('wal_checkpoint(PASSIVE)');
  parentPort.postMessage({ log: Number(r.log), checkpointed: Number(r.checkpointed) });
} finally {
  db.close();
}
`;
