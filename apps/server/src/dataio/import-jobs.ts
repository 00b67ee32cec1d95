import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Access } from '../auth/access.js';
import type { Services } from '../context.js';
import type { Dialect } from '../db/orm.js';
import { DomainError, ErrorCode } from '../graphql/errors.js';
import { processLogger } from '../ops/log.js';
import { onShutdown } from '../ops/shutdown.js';
import { grantsOfUser } from './cli-access.js';
import type { ImportJobState, ImportJobView, ImportProgress, ImportReport } from '@fourgood/rules';
import { ImportJob } from './import-job.entity.js';
import type { ImportFile } from './sheet-reader.js';
import { removeStagedRows, type StagedRowsKey } from './staged-rows.js';

/** What the app sees of a job (GET /dataio/jobs/…): packages/rules import-report.ts. */
export type { ImportJobView } from '@fourgood/rules';

/** For tests: awaited at every progress step of a running job, inside the import (so a test can hold it there). */
export interface ImportJobHooks {
  onProgress?: (jobId: number, progress: ImportProgress) => void | Promise<void>;
}

/** Progress is written to the table when the share moved by this much (or the phase changed). */
const WRITE_EVERY = 0.02;
/** A running job's heartbeat (PostgreSQL), and the age after which a job without one is taken as abandoned. */
export const HEARTBEAT_MS = 10_000;
export const STALE_MS = 60_000;
const ACTIVE: ImportJobState[] = ['QUEUED', 'RUNNING'];

/** Thrown from the progress callback to stop a job (SIGTERM): the import's transaction rolls back. */
class Interrupted extends Error {}

/** PostgreSQL advisory-lock class of "a user starts an import" (the key is the user's id). */
const START_LOCK = 0x46470012;

/** How long a dry run's rows are kept for the apply of the same file (one per user, the last dry run's). */
export const KEPT_ROWS_MS = 60 * 60_000;
/** This process's folder of kept rows: `<tmp>/fourgood-staged-<pid>-XXXXXX` (a gone process's is removed at start-up). */
const KEPT_DIR_PREFIX = 'fourgood-staged-';

interface KeptRows extends StagedRowsKey {
  jobId: number;
  timer: NodeJS.Timeout;
}

interface LiveJob {
  row: ImportJob;
  /** The session that started it: on SQLite it alone is answered from memory (see ImportJobs). */
  tokenHash: string;
}

/**
 * Imports started from the app run as jobs: POST /dataio/import records an `import_job` row and
 * answers at once; the import runs in the background in this process, and the page polls the job.
 *
 * - **PostgreSQL** (several API processes): progress is written to the row from a connection of
 *   its own, outside the import's transaction (every 2 % or at a new phase), with a heartbeat in
 *   `updated_at` every 10 s; any process answers for any job. A job whose heartbeat is older than
 *   a minute is INTERRUPTED (its process is gone), at start-up and when read.
 * - **SQLite** (one process, one connection, one writer): the import's transaction holds the only
 *   connection, so progress lives in memory in this process and is not written until the end.
 *   The session that started the job is answered from memory without touching the database
 *   (GET /dataio/jobs/:id and /latest); anyone else reads the row once the import is over. Jobs
 *   left QUEUED or RUNNING by an earlier process are INTERRUPTED at start-up.
 *
 * **Apply after a dry run.** A dry run that read its file without a problem keeps the rows it
 * read and checked (staged-rows.ts) in this process's folder, for the user's next job: an apply
 * of the same file (same name and SHA-256, read on the same day) replays them instead of parsing
 * and checking the file again; every check against the database still runs in the apply's
 * transaction. One kept reading per user, dropped when the user's next job starts (used by it or
 * not), after an hour, on shutdown, and — for a process that is gone — at the next start-up.
 * On PostgreSQL an apply that reaches another API process reads the file as before.
 *
 * One running job per user: a second upload while one runs is refused with CONFLICT
 * (IMPORT_RUNNING). Checked in memory first (the same session's job, before the request touches
 * the database; the user's jobs in this process), then on PostgreSQL under an advisory lock on
 * the user's id against the rows of every process, so two uploads at once cannot both start.
 * On SQLite another session's upload waits for the one connection until the running import has
 * ended, so two imports never run at once there.
 *
 * SIGTERM (ops/shutdown.ts `onShutdown`): a running job stops at its next awaited progress step
 * (while reading, between batches of rows at each percent of the files read; then each step of
 * checking and writing), its transaction rolls back, and it is INTERRUPTED before the pools
 * close. Nothing of it is written.
 *
 * Scope: the import runs with the importer's access of the moment they uploaded. On PostgreSQL a
 * grant can be revoked, an account deactivated or the granted organisation moved while the job
 * runs (other requests commit meanwhile); at every awaited step after reading, the user's grants
 * are read again and the job fails with FORBIDDEN (ACCESS_CHANGED), changing nothing, unless
 * they still give EDIT over everything the starting ones did. The last check comes right before
 * the import commits. On SQLite this cannot happen: the import's transaction holds the only
 * connection, so the revocation or the move waits until the import has ended.
 */
export class ImportJobs {
  private readonly live = new Map<number, LiveJob>();
  /** Users whose upload is between the check for a running job and its row (this process). */
  private readonly starting = new Set<number>();
  /** The rows each user's last dry run kept (see above). */
  private readonly kept = new Map<number, KeptRows>();
  private keptDir: string | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly dialect: Dialect,
    private readonly hooks: ImportJobHooks = {},
  ) {}

  /** A fork of the global EntityManager, never inside a request's or the import's transaction. */
  private em(): EntityManager {
    return this.orm.em.fork({ disableContextResolution: true }) as EntityManager;
  }

  /**
   * Records the job and starts it in the background; `done` runs when it has ended (to remove the
   * uploaded file). `services` must belong to the caller (their access).
   */
  async start(input: { access: Access; services: Services; tokenHash: string; files: ImportFile[]; fileName: string; fileHash: string; dryRun: boolean; done: () => void }): Promise<ImportJobView> {
    const { access } = input;
    access.requireSomewhere('EDIT');
    const userId = access.viewer!.userId;
    // Checked before any await: on SQLite a running import holds the only connection.
    if (this.starting.has(userId) || [...this.live.values()].some((j) => j.row.userId === userId && ACTIVE.includes(j.row.state))) throw importRunning();
    this.starting.add(userId);
    let row: ImportJob;
    try {
      row = await this.em().transactional(async (em) => {
        if (this.dialect === 'postgresql') {
          await em.execute('select pg_advisory_xact_lock(?, ?)', [START_LOCK, userId]);
          // A job of another process (or one whose process is gone: settled to INTERRUPTED here).
          for (const other of await em.find(ImportJob, { userId, state: { $in: ACTIVE } })) {
            if (ACTIVE.includes((await this.settle(other)).state)) throw importRunning();
          }
        }
        const now = new Date();
        const created = em.create(ImportJob, {
          userId,
          scopePath: editScopePath(access),
          fileName: input.fileName,
          dryRun: input.dryRun,
          state: 'QUEUED',
          phase: null,
          share: 0,
          report: null,
          createdAt: now,
          updatedAt: now,
        });
        await em.persistAndFlush(created);
        return created;
      });
      this.live.set(row.id, { row, tokenHash: input.tokenHash });
    } finally {
      this.starting.delete(userId);
    }
    const answer = view(row);
    // The user's last dry run's rows: this job's if it applies the same file, dropped otherwise.
    const key = `${input.fileHash}:${input.fileName}`;
    const previous = this.kept.get(userId);
    this.kept.delete(userId);
    if (previous) clearTimeout(previous.timer);
    const reuse = previous && !input.dryRun && previous.key === key ? { path: previous.path, key } : undefined;
    if (previous && !reuse) removeStagedRows(previous.path);
    const keep = input.dryRun ? { path: join(this.keptFolder(), `job-${row.id}.rows`), key } : undefined;
    const stop = { requested: false };
    let ended: Promise<void> = Promise.resolve();
    const undo = onShutdown(() => {
      processLogger().info({ job: row.id }, 'stopping: the import job stops at its next step');
      stop.requested = true;
      return ended;
    });
    ended = this.execute(row, { ...input, keep, reuse }, stop).finally(() => {
      undo();
      input.done();
    });
    return answer;
  }

  /** A dry run that has ended and kept its rows: they wait for the user's next job. */
  private keepRows(userId: number, row: ImportJob, keep: StagedRowsKey): boolean {
    if (!existsSync(`${keep.path}.json`) || this.kept.has(userId)) return false;
    const timer = setTimeout(() => {
      if (this.kept.get(userId)?.jobId !== row.id) return;
      this.kept.delete(userId);
      removeStagedRows(keep.path);
    }, KEPT_ROWS_MS);
    timer.unref();
    this.kept.set(userId, { ...keep, jobId: row.id, timer });
    return true;
  }

  /** This process's folder of kept rows (made again if a shutdown removed it: tests go on after one). */
  private keptFolder(): string {
    if (this.keptDir && existsSync(this.keptDir)) return this.keptDir;
    const dir = mkdtempSync(join(tmpdir(), `${KEPT_DIR_PREFIX}${process.pid}-`));
    this.keptDir = dir;
    onShutdown(() => {
      for (const k of this.kept.values()) clearTimeout(k.timer);
      this.kept.clear();
      rmSync(dir, { recursive: true, force: true });
    });
    return dir;
  }

  private async execute(
    row: ImportJob,
    input: { access: Access; services: Services; files: ImportFile[]; fileName: string; dryRun: boolean; keep?: StagedRowsKey; reuse?: StagedRowsKey },
    stop: { requested: boolean },
  ): Promise<void> {
    const postgres = this.dialect === 'postgresql';
    let writes: Promise<unknown> = Promise.resolve();
    // Written one after the other, each on a fresh fork (a pooled connection of its own on PostgreSQL).
    const write = (values: Partial<ImportJob>) => {
      writes = writes.then(() => this.em().nativeUpdate(ImportJob, { id: row.id }, { ...values, updatedAt: new Date() })).catch((error: unknown) => logFailure('import job: progress not saved', error));
      return writes;
    };
    let heartbeat: NodeJS.Timeout | undefined;
    let keptThem = false;
    try {
      if (stop.requested) throw new Interrupted();
      row.state = 'RUNNING';
      row.startedAt = new Date();
      await write({ state: 'RUNNING', startedAt: row.startedAt });
      if (postgres) {
        heartbeat = setInterval(() => void write({}), HEARTBEAT_MS);
        heartbeat.unref();
      }
      let written = { phase: null as string | null, share: 0 };
      const report = await input.services.dataImport.run(input.files, {
        dryRun: input.dryRun,
        label: input.fileName,
        keep: input.keep,
        reuse: input.reuse,
        onProgress: async (p) => {
          row.phase = p.phase;
          row.share = Math.min(1, Math.max(0, p.share));
          if (postgres && (p.phase !== written.phase || row.share - written.share >= WRITE_EVERY)) {
            written = { phase: p.phase, share: row.share };
            void write({ phase: p.phase, share: row.share });
          }
          // Every progress step is awaited by the import: a throw rolls it back. The grants are
          // read again once reading is over (not at each percent of the files).
          if (stop.requested) throw new Interrupted();
          if (postgres && p.phase !== 'READING') await this.checkAccess(input.access);
          if (this.hooks.onProgress) {
            // Tests look at the row while the hook holds the job: the progress written so far is in.
            await writes;
            await this.hooks.onProgress(row.id, p);
          }
        },
      });
      // Before the job shows DONE: an apply started right after finds the rows.
      if (input.keep) keptThem = this.keepRows(row.userId, row, input.keep);
      // As stored (JSON: no undefined members), so that the job served from memory and the one
      // read back from the database give the same report (the ORM's write turns an undefined
      // `values` into null in the object it is given, so a poll between the two saw either).
      const stored = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
      Object.assign(row, { state: 'DONE', share: 1, report: stored, finishedAt: new Date() });
      clearInterval(heartbeat);
      await write({ state: 'DONE', share: 1, report: row.report, finishedAt: row.finishedAt });
    } catch (error) {
      clearInterval(heartbeat);
      if (error instanceof Interrupted) {
        Object.assign(row, { state: 'INTERRUPTED', finishedAt: new Date() });
        await write({ state: 'INTERRUPTED', finishedAt: row.finishedAt });
        return;
      }
      const known = error instanceof DomainError;
      if (!known) logFailure('import job failed', error);
      Object.assign(row, { state: 'FAILED', errorCode: known ? error.code : ErrorCode.INTERNAL, errorReason: known ? (error.reason ?? null) : null, finishedAt: new Date() });
      await write({ state: 'FAILED', errorCode: row.errorCode, errorReason: row.errorReason, finishedAt: row.finishedAt });
    } finally {
      this.live.delete(row.id);
      // Rows replayed are gone with the apply; rows kept are the user's next job's to remove.
      if (input.reuse) removeStagedRows(input.reuse.path);
      if (input.keep && !keptThem) removeStagedRows(input.keep.path);
    }
  }

  /**
   * PostgreSQL, while a job runs: the user's grants as they are now (an own connection, outside
   * the import's transaction) must still give EDIT wherever the starting ones did; otherwise
   * FORBIDDEN (ACCESS_CHANGED), which fails the job and rolls the import back.
   */
  private async checkAccess(started: Access): Promise<void> {
    const now = await grantsOfUser(this.em(), { id: started.viewer!.userId });
    const ranges = started.readRanges('EDIT');
    const kept = now !== null && (ranges === null ? now.readRanges('EDIT') === null : ranges.every(([path]) => now.can('EDIT', path)));
    if (!kept) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Your roles or the organisation they are on changed while the import ran: nothing was imported; start it again', {
        field: 'file',
        reason: 'ACCESS_CHANGED',
      });
    }
  }

  /** Whether a job started by this session is running in this process (one that has ended is kept here until its row is written). */
  runningFor(tokenHash: string): boolean {
    return [...this.live.values()].some((j) => j.tokenHash === tokenHash && ACTIVE.includes(j.row.state));
  }

  /** SQLite: the job as it stands in memory, for the session that started it (no database access); null otherwise. */
  liveView(tokenHash: string, id: number | 'latest'): ImportJobView | null {
    if (this.dialect !== 'sqlite') return null;
    const jobs = [...this.live.values()].filter((j) => j.tokenHash === tokenHash && (id === 'latest' || j.row.id === id));
    const newest = jobs.sort((a, b) => b.row.id - a.row.id)[0];
    return newest ? view(newest.row) : null;
  }

  /** One job: its owner's, or one an admin's scope covers; anything else is NOT_FOUND. */
  async get(access: Access, id: number): Promise<ImportJobView> {
    access.requireAuthenticated();
    const row = await this.em().findOne(ImportJob, { id });
    if (!row || !(row.userId === access.viewer?.userId || access.can('MANAGE_USERS', row.scopePath))) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'No such import job', { field: 'id', reason: 'NOT_FOUND' });
    }
    return view(await this.settle(row));
  }

  /** The caller's own jobs, newest first. */
  async mine(access: Access, limit = 20): Promise<ImportJobView[]> {
    access.requireAuthenticated();
    const rows = await this.em().find(ImportJob, { userId: access.viewer!.userId }, { orderBy: { id: 'desc' }, limit });
    return Promise.all(rows.map(async (r) => view(await this.settle(r))));
  }

  /** A job read as active whose process is gone (SQLite: not running here; PostgreSQL: no heartbeat for a minute) becomes INTERRUPTED. */
  private async settle(row: ImportJob): Promise<ImportJob> {
    if (!ACTIVE.includes(row.state)) return row;
    const live = this.live.get(row.id);
    if (live) return live.row;
    const abandoned = this.dialect === 'sqlite' || row.updatedAt.getTime() < Date.now() - STALE_MS;
    if (!abandoned) return row;
    const finishedAt = new Date();
    await this.em().nativeUpdate(ImportJob, { id: row.id, state: { $in: ACTIVE } }, { state: 'INTERRUPTED', finishedAt, updatedAt: finishedAt });
    return Object.assign(row, { state: 'INTERRUPTED', finishedAt });
  }
}

/**
 * At start-up: jobs left QUEUED or RUNNING by a process that is gone become INTERRUPTED. On
 * SQLite every one (one process); on PostgreSQL those without a heartbeat for `staleMs` (other
 * processes may be running theirs). Returns how many.
 */
export async function interruptAbandonedImportJobs(orm: MikroORM, dialect: Dialect, staleMs = STALE_MS): Promise<number> {
  removeAbandonedKeptRows();
  const em = orm.em.fork({ disableContextResolution: true }) as EntityManager;
  const now = new Date();
  const where = dialect === 'sqlite' ? { state: { $in: ACTIVE } } : { state: { $in: ACTIVE }, updatedAt: { $lt: new Date(now.getTime() - staleMs) } };
  return em.nativeUpdate(ImportJob, where, { state: 'INTERRUPTED', finishedAt: now, updatedAt: now });
}

/** The folders of kept rows (see ImportJobs) of processes that are gone (crashed, killed): removed. */
export function removeAbandonedKeptRows(dir = tmpdir()): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const pid = Number(/^fourgood-staged-(\d+)-/.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists (another user's).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The organisation under which all the caller's EDIT grants lie (deepest common ancestor), or null (national, or several provinces). */
export function editScopePath(access: Access): string | null {
  const ranges = access.readRanges('EDIT');
  if (ranges === null || ranges.length === 0) return null;
  const split = ranges.map(([p]) => p.split('/').filter(Boolean));
  const common: string[] = [];
  for (let i = 0; i < split[0]!.length; i++) {
    const segment = split[0]![i]!;
    if (split.every((s) => s[i] === segment)) common.push(segment);
    else break;
  }
  return common.length ? `/${common.join('/')}/` : null;
}

function view(row: ImportJob): ImportJobView {
  return {
    id: row.id,
    fileName: row.fileName,
    dryRun: Boolean(row.dryRun),
    state: row.state,
    phase: (row.phase as ImportJobView['phase']) ?? null,
    share: Number(row.share),
    report: (row.report as unknown as ImportReport | null) ?? null,
    error: row.errorCode ? { code: row.errorCode, reason: row.errorReason } : null,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function importRunning(): DomainError {
  return new DomainError(ErrorCode.CONFLICT, 'An import of yours is still running: wait until it has ended, then start the next one', { field: 'file', reason: 'IMPORT_RUNNING' });
}

function logFailure(message: string, error: unknown): void {
  // Names and shapes only: no SQL or bound values in logs.
  processLogger().error({ error: error instanceof Error ? error.name : 'error' }, message);
}
