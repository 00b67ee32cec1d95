import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportProblem, SheetKind } from '@fourgood/rules';
import { readBatches, SEPARATOR, type ReadMessage } from './read-batches.js';
import type { ImportFile } from './sheet-reader.js';
import { replayStagedRows, type StagedRowsWriter } from './staged-rows.js';

export { MAX_LISTED, SEPARATOR } from './read-batches.js';

/** Batches of rows the worker may post before the main thread takes the first of them. */
export const AHEAD = 3;
/**
 * Files smaller than this (all of them together) are read in the calling thread: starting a
 * worker costs more than it overlaps (0.4–0.7 s from the build at load 38, 2.5–3.5 s from the
 * sources under tsx, against ~1 s of parsing for 2 MB on a quiet machine).
 */
export const WORKER_FROM_BYTES = 2_000_000;

/** A batch for the caller: the staged rows' values one after the other (row number first), `width` per row. */
export type ReadEvent =
  | Extract<ReadMessage, { type: 'header' | 'skipped' | 'end' }>
  | {
      type: 'rows';
      kind: SheetKind;
      read: number;
      staged: number;
      values: Array<string | number | null>;
      /** With the option `joined`: the staged rows' values as the reading joined them (SEPARATOR, null as empty), `values` then empty. */
      joined?: string;
      problems: ImportProblem[];
      unlisted: number;
      share: number | null;
    };

/**
 * Reads and checks the files' rows (read-batches.ts) in a worker thread (read-worker.ts) and
 * yields them as they come: the caller writes one batch to the staging tables while the worker
 * parses the next. The worker is stopped when the caller stops iterating (a job stopped on
 * SIGTERM, an error). Small files (WORKER_FROM_BYTES) are read in this thread, the same code;
 * `worker` forces either way (tests). `replay`: the rows a dry run kept (staged-rows.ts) are
 * yielded instead of reading the files; `record`: what is read is also kept there. `joined`: a
 * batch the reading joined into one text is yielded as that text (the PostgreSQL staging writer
 * turns it into COPY lines in one pass: stage-writer.ts), not split into values.
 */
export async function* readStaged(
  files: readonly ImportFile[],
  today: string,
  widths: Record<SheetKind, number>,
  options: { worker?: boolean; replay?: string | null; record?: StagedRowsWriter | null; joined?: boolean } = {},
): AsyncGenerator<ReadEvent> {
  const inWorker = options.worker ?? files.reduce((n, f) => n + statSync(f.path).size, 0) >= WORKER_FROM_BYTES;
  const source = options.replay ? replayStagedRows(options.replay) : inWorker ? fromWorker(files, today) : readBatches(files, today);
  for await (const m of source) {
    options.record?.add(m);
    if (m.type !== 'rows') {
      yield m;
      continue;
    }
    if (options.joined && m.text !== null) {
      yield { type: 'rows', kind: m.kind, read: m.read, staged: m.staged, values: [], joined: m.text, problems: m.problems, unlisted: m.unlisted, share: m.share };
      continue;
    }
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
}

/** The worker's messages until `end`; each batch of rows taken is acknowledged (the worker may read one more). */
async function* fromWorker(files: readonly ImportFile[], today: string): AsyncGenerator<ReadMessage> {
  const worker = startWorker({ files, today });
  const queue: ReadMessage[] = [];
  let failure: Error | null = null;
  let exited = false;
  let wake: (() => void) | null = null;
  const woken = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: ReadMessage) => {
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
      if (m.type === 'rows') worker.postMessage(0);
      yield m;
      if (m.type === 'end') return;
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
