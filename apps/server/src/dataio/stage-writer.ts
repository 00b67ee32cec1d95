import type { Knex } from '@mikro-orm/knex';
import type { Dialect } from '../db/orm.js';
import type { Value } from '../seed/bulk-writer.js';

/** PostgreSQL rows per statement: one array parameter per column. */
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
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/**
 * Writes the import's staging rows on the hot path, past the query builder: on SQLite one prepared
 * INSERT of 32 rows run per 32 rows (better-sqlite3 is synchronous and the rows go into a temporary
 * table inside the import's transaction: no statement to build or parse per batch), on PostgreSQL
 * one `INSERT … SELECT FROM unnest(…)` per 20,000 rows with one array parameter per column (the
 * statement's text stays the same, the driver sends the arrays as text). Values are always bound,
 * never spliced into the SQL. Memory: at most two batches of rows (column arrays, one of them
 * being written) on PostgreSQL, 32 rows on SQLite.
 */
export class StageWriter {
  private columnsData: Value[][];
  private pending = 0;
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
    /** PostgreSQL type of each column (for the unnest arrays). */
    types: readonly string[],
  ) {
    this.columnsData = columns.map(() => []);
    this.width = columns.length;
    const list = columns.join(', ');
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    this.singleSql = `insert into ${table} (${list}) values ${tuple}`;
    this.sql =
      dialect === 'postgresql'
        ? `insert into ${table} (${list}) select * from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`
        : `insert into ${table} (${list}) values ${Array.from({ length: SQLITE_ROWS }, () => tuple).join(', ')}`;
  }

  /** A writer on the transaction's own connection (knex hands a transaction's connection back as is). */
  static async open(knex: Knex.Transaction, dialect: Dialect, table: string, columns: readonly string[], types: readonly string[]): Promise<StageWriter> {
    const connection = (await (knex.client as { acquireConnection(): Promise<unknown> }).acquireConnection()) as SqliteConnection | PgConnection;
    return new StageWriter(dialect, connection, table, columns, types);
  }

  /**
   * Adds rows given as their values one after the other (`width` per row, as reading.ts yields
   * them): on SQLite the full 32-row slices run as they are; on PostgreSQL the values go to their
   * columns and a full batch is sent without waiting for it, after the batch before it has been
   * stored. So the database stores one batch while the next one is read and checked, and at
   * most two batches are held.
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
    for (let r = 0; r < values.length; r += width) {
      for (let c = 0; c < width; c++) this.columnsData[c]!.push(values[r + c]!);
      if (++this.pending < PG_ROWS) continue;
      const before = this.sending;
      this.sending = this.send();
      this.sending.catch(() => {});
      if (before) await before;
    }
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
    if (this.pending > 0) await this.send();
  }

  private send(): Promise<void> {
    const data = this.columnsData;
    this.columnsData = data.map(() => []);
    this.pending = 0;
    return (this.connection as PgConnection).query(this.sql, data).then(() => undefined);
  }
}
