import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ReadMessage } from './read-batches.js';

/**
 * The rows a dry run read and checked, kept in a file for the apply of the same upload (issue
 * #12: in the app a dry run always comes first on the same file, and the apply then skipped
 * nothing of it). The file holds what the reading posted (read-batches.ts), in order: headers and
 * batches of staged rows as the joined text the worker already made, so writing it costs one
 * `write` per batch and replaying it no parsing and no row checks. Only a reading that found no
 * problem is kept (a report with row problems is read again: the apply would refuse it anyway).
 *
 * What a staged row depends on besides the file — `today` (dates in the future are refused) and
 * this format — is in the file's description beside it (`<path>.json`, written last: a file
 * without it is not used), with the caller's key (the file's hash and name). Everything that
 * depends on the database (resolve, scope, duplicates in the database, placement) is not kept:
 * the apply runs those checks again over the replayed staging rows inside its transaction.
 *
 * Frames: [u32 length][JSON of the message without its text][u32 length][the text, UTF-8].
 */
export interface StagedRowsKey {
  /** Where the rows are (and `<path>.json`). */
  path: string;
  /** The caller's key of the files read (hash and name): the apply's must equal the dry run's. */
  key: string;
}

/** Bumped whenever the staged rows' columns or the row checks change meaning. */
const FORMAT = 1;

interface Description {
  format: number;
  key: string;
  today: string;
  bytes: number;
}

/** Writes the messages of one reading into `path`; `finish` makes the file usable, `discard` removes it. */
export class StagedRowsWriter {
  private fd: number | null;
  private bytes = 0;

  constructor(private readonly target: StagedRowsKey) {
    this.fd = openSync(target.path, 'w', 0o600);
  }

  add(message: ReadMessage): void {
    if (this.fd === null) return;
    const { share: _share, ...rest } = message;
    const text = rest.type === 'rows' ? rest.text : null;
    const meta = Buffer.from(JSON.stringify(rest.type === 'rows' ? { ...rest, text: null, joined: text !== null } : rest));
    const body = text === null ? Buffer.alloc(0) : Buffer.from(text);
    const lengths = Buffer.alloc(4);
    lengths.writeUInt32LE(meta.length);
    this.write(lengths);
    this.write(meta);
    const bodyLength = Buffer.alloc(4);
    bodyLength.writeUInt32LE(body.length);
    this.write(bodyLength);
    if (body.length > 0) this.write(body);
  }

  private write(buffer: Buffer): void {
    let done = 0;
    while (done < buffer.length) done += writeSync(this.fd!, buffer, done);
    this.bytes += buffer.length;
  }

  /** Closes the rows and writes their description (the rows count only once it is there). */
  finish(today: string): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    const description: Description = { format: FORMAT, key: this.target.key, today, bytes: this.bytes };
    writeFileSync(`${this.target.path}.json.part`, JSON.stringify(description), { mode: 0o600 });
    renameSync(`${this.target.path}.json.part`, `${this.target.path}.json`);
  }

  discard(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    removeStagedRows(this.target.path);
  }
}

/** Whether the rows at `target.path` were kept for these files (`key`) on this `today`, complete and in this format. */
export function stagedRowsUsable(target: StagedRowsKey, today: string): boolean {
  try {
    const d = JSON.parse(readFileSync(`${target.path}.json`, 'utf8')) as Description;
    return d.format === FORMAT && d.key === target.key && d.today === today && existsSync(target.path) && statSync(target.path).size === d.bytes;
  } catch {
    return false;
  }
}

export function removeStagedRows(path: string): void {
  for (const p of [path, `${path}.json`, `${path}.json.part`]) rmSync(p, { force: true });
}

/**
 * The messages kept in `path`, as the reading posted them (text batches as text), with the share
 * read (half of the run, as reading the files reports it) each time it passed another 1 %.
 */
export async function* replayStagedRows(path: string): AsyncGenerator<ReadMessage> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    let position = 0;
    let lastShare = -1;
    const take = async (length: number): Promise<Buffer> => {
      const buffer = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await handle.read(buffer, got, length - got, position + got);
        if (bytesRead === 0) throw new Error('the staged rows end early');
        got += bytesRead;
      }
      position += length;
      return buffer;
    };
    while (position < size) {
      const meta = JSON.parse((await take((await take(4)).readUInt32LE(0))).toString('utf8')) as ReadMessage & { joined?: boolean };
      const bodyLength = (await take(4)).readUInt32LE(0);
      const body = bodyLength > 0 ? (await take(bodyLength)).toString('utf8') : '';
      const s = size ? (position / size) * 0.5 : 0.5;
      let share: number | null = null;
      if (s - lastShare >= 0.01 || meta.type === 'end') {
        lastShare = s;
        share = s;
      }
      if (meta.type === 'rows') {
        const { joined, ...rows } = meta;
        yield { ...rows, text: joined ? body : null, share };
      } else yield { ...meta, share };
    }
  } finally {
    await handle.close();
  }
}
