/**
 * The reading worker (a `worker_threads` worker, started by reading.ts): parses the import's
 * files (sheet-reader.ts) and checks each row on its own (row-checks.ts) off the main thread,
 * which meanwhile writes the rows before into the staging tables. Posts, in file order: headers,
 * skipped sheets, and batches of staged rows as one text each (the values joined by SEPARATOR,
 * null as empty text: a staged value is never empty) with the problems found and the share of
 * the files read; `end` at the end. At most AHEAD batches are unacknowledged: the worker waits
 * for the main thread, so memory stays bounded whatever the file's size.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportProblem, SheetKind } from '@fourgood/rules';
import { RowChecks, type AddProblem, type StagedRow } from './row-checks.js';
import { readSheets, type ImportFile } from './sheet-reader.js';
import { AHEAD, MAX_LISTED, SEPARATOR, type WorkerMessage } from './reading.js';

const port = parentPort!;
const { files, today } = workerData as { files: ImportFile[]; today: string };
const checks = new RowChecks(today);

let credit = AHEAD;
let waiting: (() => void) | null = null;
port.on('message', () => {
  credit++;
  waiting?.();
  waiting = null;
});
const post = async (message: WorkerMessage) => {
  if (message.type === 'rows') {
    while (credit === 0) await new Promise<void>((r) => (waiting = r));
    credit--;
  }
  port.postMessage(message);
};

let share: number | null = null;
let lastShare = -1;
const takeShare = () => {
  const s = share;
  share = null;
  return s;
};
let listed = 0;
let file = '';
const headers: Partial<Record<SheetKind, Parameters<RowChecks['orgRow']>[0]>> = {};

for await (const event of readSheets(files, (read, total) => {
  const s = total ? (read / total) * 0.5 : 0.5;
  if (s - lastShare >= 0.01) {
    lastShare = s;
    share = s;
  }
})) {
  if (event.type === 'skipped') {
    await post({ type: 'skipped', file: event.file, sheet: event.sheet, reason: event.reason, share: takeShare() });
    continue;
  }
  if (event.type === 'header') {
    file = event.file;
    headers[event.header.kind] = event.header;
    await post({ type: 'header', file: event.file, header: event.header, share: takeShare() });
    continue;
  }
  const kind = event.kind;
  const header = headers[kind]!;
  const problems: ImportProblem[] = [];
  let unlisted = 0;
  const values: Array<string | number | null> = [];
  let joinable = true;
  let staged = 0;
  for (const r of event.rows) {
    const add: AddProblem = (column, reason, given, values) => {
      if (listed < MAX_LISTED) {
        listed++;
        problems.push({ sheet: kind, file, row: r.row, column, reason, given, values });
      } else unlisted++;
    };
    const row: StagedRow | null = kind === 'members' ? checks.memberRow(header, r.row, r.cells, add) : checks.orgRow(header, r.row, r.cells, add);
    if (!row) continue;
    staged++;
    for (const v of row) {
      if (typeof v === 'string' && v.includes(SEPARATOR)) joinable = false;
      values.push(v);
    }
  }
  // One string is one copy to the main thread; an array of strings is one object per value.
  const text = joinable ? values.map((v) => v ?? '').join(SEPARATOR) : null;
  await post({ type: 'rows', kind, read: event.rows.length, staged, text, values: joinable ? null : values, problems, unlisted, share: takeShare() });
}
port.postMessage({ type: 'end', share: takeShare() } satisfies WorkerMessage);
port.close();
