/**
 * The reading worker (a `worker_threads` worker, started by reading.ts): parses the import's
 * files and checks each row on its own (read-batches.ts) off the main thread, which meanwhile
 * writes the rows before into the staging tables, and posts what it read. At most AHEAD batches
 * of rows are unacknowledged: the worker waits for the main thread, so memory stays bounded
 * whatever the file's size.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readBatches } from './read-batches.js';
import type { ImportFile } from './sheet-reader.js';
import { AHEAD } from './reading.js';

const port = parentPort!;
const { files, today } = workerData as { files: ImportFile[]; today: string };

let credit = AHEAD;
let waiting: (() => void) | null = null;
port.on('message', () => {
  credit++;
  waiting?.();
  waiting = null;
});

for await (const message of readBatches(files, today)) {
  if (message.type === 'rows') {
    while (credit === 0) await new Promise<void>((r) => (waiting = r));
    credit--;
  }
  port.postMessage(message);
}
port.close();
