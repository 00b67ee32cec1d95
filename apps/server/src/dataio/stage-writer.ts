import type { Knex } from '@mikro-orm/knex';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import type { Dialect } from '../db/orm.js';
import type { Value } from '../seed/bulk-writer.js';

/** PostgreSQL rows per COPY statement. */
const PG_ROWS = 20_000;
/** SQLite rows per prepared statement run (a third less time than one row per run). */
const SQLITE_ROWS = 32;

interface SqliteStatement {
  run(...params: unknown[]): unknown;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface PgConnection {
  query(stream: Writable): Writable;
}

/** COPY's text format: backslash, tab, newline and carriage return escaped in a value. */
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeCopy = (text: string) => (COPY_SPECIAL.test(text) ? text.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c]!) : text);

/** A value in COPY's text format (`\N` for null). */
function copyText(value: Value): string {
  if (value === null) return '\\N';
  return escapeCopy(typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : String(value));
}

/**
 * Rows given as one text (their values one after the other, `width` per row, joined by
 * `separator`, null as empty text: the reading's batches, read-batches.ts) as COPY lines, each
 * ending in a newline: one pass of `indexOf` over the text, where splitting it into values and
 * joining them again cost twice as much (224 batches of 500,000 rows: 0.6 s against 1.0–1.4 s).
 */
export function copyLines(text: string, width: number, separator: string): string {
  const t = escapeCopy(text);
  let out = '';
  let start = 0;
  let column = 0;
  for (;;) {
    const at = t.indexOf(separator, start);
    const end = at < 0 ? t.length : at;
    out += end === start ? '\\N' : t.slice(start, end);
    if (at < 0) return `${out}\n`;
    out += ++column === width ? '\n' : '\t';
    if (column === width) column = 0;
    start = at + 1;
  }
}

/**
 * Writes the import's staging rows on the hot path, past the query builder: on SQLite one prepared
 * INSERT of 32 rows run per 32 rows (better-sqlite3 is synchronous and the rows go into a temporary
 * table inside the import's transaction: no statement to build or parse per batch), on PostgreSQL
 * one `COPY … FROM STDIN` per 20,000 rows in COPY's text format (pg-copy-streams, on the
 * transaction's own connection): the server parses each value once into its column, where the
 * `INSERT … SELECT FROM unnest(…)` it replaces had the driver quote every value into an array
 * literal and the server parse the arrays, then unnest them (500,000 replayed rows, median of 4
 * alternated runs at load 3–4: the backend's CPU 1.6 → 0.7 s, this process's 3.3 → 2.3 s, wall
 * 6.3 → 3.9 s; test/bench/import-stage-pg.ts). Values are never spliced into SQL. Memory: at
 * most two batches of rows (their text lines, one of them being written) on PostgreSQL, 32 rows
 * on SQLite.
 */
export class StageWriter {
  /** PostgreSQL: the rows not sent yet as COPY lines, in chunks of whole lines; `rows` of them. */
  private chunks: string[] = [];
  private rows = 0;
  /** The batch being written (PostgreSQL). */
  private sending: Promise<void> | null = null;
  private statement: SqliteStatement | null = null;
  private single: SqliteStatement | null = null;
  /** SQLite: the values of the rows not written yet, one after the other. */
  private values: Value[] = [];
  private readonly sql: string;
  private readonly singleSql: string;
  private readonly width: number;

  private constructor(
    private readonly dialect: Dialect,
    private readonly connection: SqliteConnection | PgConnection,
    table: string,
    columns: readonly string[],
  ) {
    this.width = columns.length;
    const list = columns.join(', ');
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    this.singleSql = `insert into ${table} (${list}) values ${tuple}`;
    this.sql =
      dialect === 'postgresql'
        ? `copy ${table} (${list}) from stdin`
        : `insert into ${table} (${list}) values ${Array.from({ length: SQLITE_ROWS }, () => tuple).join(', ')}`;
  }

  /** A writer on the transaction's own connection (knex hands a transaction's connection back as is). */
  static async open(knex: Knex.Transaction, dialect: Dialect, table: string, columns: readonly string[]): Promise<StageWriter> {
    const connection = (await (knex.client as { acquireConnection(): Promise<unknown> }).acquireConnection()) as SqliteConnection | PgConnection;
    return new StageWriter(dialect, connection, table, columns);
  }

  /**
   * Adds rows given as their values one after the other (`width` per row, as reading.ts yields
   * them): on SQLite the full 32-row slices run as they are; on PostgreSQL each row becomes its
   * COPY line and a full batch is sent without waiting for it, after the batch before it has
   * been stored. So the database stores one batch while the next one is read and checked, and
   * at most two batches are held.
   */
  async addMany(values: readonly Value[]): Promise<void> {
    const width = this.width;
    if (this.dialect !== 'postgresql') {
      const chunk = SQLITE_ROWS * width;
      let i = 0;
      if (this.values.length > 0) {
        while (i < values.length && this.values.length < chunk) this.values.push(values[i++]!);
        if (this.values.length < chunk) return;
        this.run(this.values);
        this.values = [];
      }
      for (; i + chunk <= values.length; i += chunk) this.run(values.slice(i, i + chunk));
      for (; i < values.length; i++) this.values.push(values[i]!);
      return;
    }
    let lines = '';
    for (let r = 0; r < values.length; r += width) {
      lines += copyText(values[r]!);
      for (let c = 1; c < width; c++) lines += `\t${copyText(values[r + c]!)}`;
      lines += '\n';
    }
    await this.addLines(lines, values.length / width);
  }

  /**
   * PostgreSQL: adds `rows` rows given as one text joined by `separator` (copyLines), as the
   * reading made them: no value by value on the way.
   */
  async addJoined(text: string, rows: number, separator: string): Promise<void> {
    if (rows > 0) await this.addLines(copyLines(text, this.width, separator), rows);
  }

  /** Buffers COPY lines; a full batch is sent without waiting for it, once the batch before it is stored. */
  private async addLines(lines: string, rows: number): Promise<void> {
    this.chunks.push(lines);
    this.rows += rows;
    if (this.rows < PG_ROWS) return;
    const before = this.sending;
    this.sending = this.send();
    this.sending.catch(() => {});
    if (before) await before;
  }

  private run(values: Value[]): void {
    this.statement ??= (this.connection as SqliteConnection).prepare(this.sql);
    this.statement.run(values);
  }

  /** Writes what is buffered and waits for every batch sent (PostgreSQL). */
  async flush(): Promise<void> {
    if (this.dialect !== 'postgresql') {
      const values = this.values;
      this.values = [];
      if (values.length > 0) this.single ??= (this.connection as SqliteConnection).prepare(this.singleSql);
      for (let i = 0; i < values.length; i += this.width) this.single!.run(values.slice(i, i + this.width));
      return;
    }
    const before = this.sending;
    this.sending = null;
    await before;
    if (this.rows > 0) await this.send();
  }

  /**
   * One COPY of the buffered lines. The driver queues it behind the connection's other queries
   * (the other table's writer, the batch before), so COPYs never interleave on the connection;
   * it resolves once the server has stored the rows (pg-copy-streams finishes on ReadyForQuery).
   */
  private send(): Promise<void> {
    const chunks = this.chunks;
    this.chunks = [];
    this.rows = 0;
    return new Promise<void>((resolve, reject) => {
      const stream = (this.connection as PgConnection).query(copyFrom(this.sql));
      stream.on('error', reject);
      stream.on('finish', resolve);
      for (const chunk of chunks) stream.write(chunk);
      stream.end();
    });
  }
}
