import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HeaderMap, ImportProblem, SheetKind } from '@fourgood/rules';
import type { ImportFile } from './sheet-reader.js';

/** Batches of rows the worker may post before the main thread takes the first of them. */
export const AHEAD = 3;
/** Problems listed in a report (the rest only counted). */
export const MAX_LISTED = 1000;
/** Between the values of a batch's text (a control character no staged value holds; checked). */
export const SEPARATOR = '\u0001';

/** What the reading worker posts (read-worker.ts); `share`: the share of the run read, when it passed another 1 %. */
export type WorkerMessage =
  | { type: 'header'; file: string; header: HeaderMap; share: number | null }
  | { type: 'skipped'; file: string; sheet: string; reason: 'EMPTY_SHEET' | 'UNKNOWN_SHEET' | 'UNREADABLE_FILE'; share: number | null }
  | {
      type: 'rows';
      kind: SheetKind;
      /** Rows of the file in the batch; `staged` of them passed the row checks. */
      read: number;
      staged: number;
      /** The staged rows' values one after the other, joined by SEPARATOR (null: empty), or as an array when a value holds it. */
      text: string | null;
      values: Array<string | number | null> | null;
      problems: ImportProblem[];
      /** Problems found beyond the listed ones. */
      unlisted: number;
      share: number | null;
    }
  | { type: 'end'; share: number | null };

/** A batch on the main thread: the staged rows' values one after the other (row number first), `width` per row. */
export type ReadEvent =
  | Extract<WorkerMessage, { type: 'header' | 'skipped' }>
  | { type: 'rows'; kind: SheetKind; read: number; staged: number; values: Array<string | number | null>; problems: ImportProblem[]; unlisted: number; share: number | null }
  | { type: 'end'; share: number | null };

/**
 * Reads and checks the files' rows in a worker thread (read-worker.ts) and yields them as they
 * come: the caller writes one batch to the staging tables while the worker parses the next. The
 * worker is stopped when the caller stops iterating (a job stopped on SIGTERM, an error).
 */
export async function* readInWorker(files: readonly ImportFile[], today: string, widths: Record<SheetKind, number>): AsyncGenerator<ReadEvent> {
  const worker = startWorker({ files, today });
  const queue: WorkerMessage[] = [];
  let failure: Error | null = null;
  let exited = false;
  let wake: (() => void) | null = null;
  const woken = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: WorkerMessage) => {
    queue.push(m);
    woken();
  });
  worker.on('error', (e: Error) => {
    failure = e;
    woken();
  });
  worker.on('exit', () => {
    exited = true;
    woken();
  });
  try {
    for (;;) {
      const m = queue.shift();
      if (!m) {
        if (failure) throw failure;
        if (exited) throw new Error('the reading worker stopped before the end of the files');
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      if (m.type !== 'rows') {
        yield m;
        if (m.type === 'end') return;
        continue;
      }
      // Taken: the worker may read one batch more.
      worker.postMessage(0);
      let values: Array<string | number | null>;
      if (m.text === null) values = m.values!;
      else if (m.staged === 0) values = [];
      else {
        values = m.text.split(SEPARATOR);
        const width = widths[m.kind];
        for (let i = 0; i < values.length; i++) if (values[i] === '') values[i] = null;
        for (let i = 0; i < values.length; i += width) values[i] = Number(values[i]);
      }
      yield { type: 'rows', kind: m.kind, read: m.read, staged: m.staged, values, problems: m.problems, unlisted: m.unlisted, share: m.share };
    }
  } finally {
    if (!exited) await worker.terminate();
  }
}

/**
 * The worker: the built script beside this file (dist), or, running from the sources (tsx for
 * the CLI and benchmarks, vitest for tests: this file is `.ts`), the TypeScript one through tsx's
 * ESM API registered in the worker first (Node 20 applies neither an inherited `--import tsx`
 * nor vitest's transform to a worker's entry). `tsx/esm/api`'s `import` entry is the `.mjs`
 * file; `require.resolve` names the `.cjs` one, which fails to load its own chunks there.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./read-worker.js', import.meta.url), { workerData });
  const script = new URL('./read-worker.ts', import.meta.url).href;
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); })`;
  return new Worker(boot, { eval: true, workerData, execArgv: ['--conditions=source'] });
}
