import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

/**
 * The one bulk writer of the generator (demo seeders and benchmark data): batched INSERTs whose
 * values go to the driver as bound parameters (knex raw bindings: better-sqlite3 and pg), never
 * spliced into the SQL. The drivers convert what differs between the databases: booleans
 * (SQLite 1/0), instants (`Date`: SQLite epoch milliseconds as MikroORM stores them, PostgreSQL
 * `timestamptz`).
 *
 * Ids are allocated here (from the table's current maximum), so rows can refer to each other
 * before they are written; PostgreSQL sequences are moved past them when a transaction ends, so
 * later `em.create` and `INSERT … SELECT` inserts keep working. SQLite's AUTOINCREMENT follows
 * explicit ids by itself.
 */

/** The columns of every table the generator writes in bulk, in row order; parents before children. */
export const TABLES = {
  organization: [
    'id', 'code', 'name', 'name_search', 'name_sort', 'kind', 'sector', 'cell_type', 'founded_on', 'dissolved_on', 'parent_id', 'path', 'depth', 'root_id',
    'created_at', 'updated_at',
  ],
  organization_link: ['id', 'organization_id', 'parent_id', 'path', 'depth', 'root_id', 'valid_from', 'valid_to'],
  member: [
    'id', 'card_number', 'full_name', 'name_search', 'name_sort', 'gender', 'birth_date', 'joined_on', 'official_on', 'position', 'status', 'organization_id',
    'org_path', 'root_id', 'created_at', 'updated_at',
  ],
  membership: ['id', 'member_id', 'organization_id', 'position', 'root_id', 'valid_from', 'valid_to'],
  member_status_period: ['id', 'member_id', 'status', 'root_id', 'valid_from', 'valid_to'],
  model_registration: ['id', 'organization_id', 'model', 'from_year', 'to_year', 'registered_on', 'root_id', 'created_at'],
  rating: ['id', 'subject', 'organization_id', 'member_id', 'member_key', 'year', 'level', 'points', 'vetoes', 'assessment_id', 'evaluated_on', 'org_path', 'root_id'],
  oversight_assignment: [
    'id', 'organization_id', 'committee_id', 'member_id', 'full_name', 'title', 'from_date', 'to_date', 'required_per_year', 'org_path', 'root_id',
    'lock_version', 'created_at', 'updated_at',
  ],
  meeting: [
    'id', 'organization_id', 'kind', 'date', 'start_time', 'end_time', 'place', 'topic', 'draft_resolution', 'full_minutes', 'notes', 'org_path', 'root_id',
    'eligible_count', 'present_count', 'excused_count', 'unexcused_count', 'duration_minutes', 'evening', 'in_window', 'quality', 'lock_version', 'created_at',
    'updated_at',
  ],
  attendance: ['id', 'meeting_id', 'member_id', 'status', 'reason', 'date', 'org_path', 'excused_streak'],
  meeting_guest: ['id', 'meeting_id', 'assignment_id', 'full_name', 'title', 'date'],
  recommendation: [
    'id', 'organization_id', 'meeting_id', 'text', 'raised_by', 'raised_on', 'escalated_to_id', 'escalated_on', 'status', 'resolution_note', 'closed_on',
    'org_path', 'root_id', 'lock_version', 'created_at', 'updated_at',
  ],
  member_commitment: [
    'id', 'member_id', 'organization_id', 'year', 'kind', 'description', 'target', 'result', 'result_note', 'registered_on', 'org_path', 'root_id',
    'lock_version', 'created_at',
  ],
  award: ['id', 'kind', 'organization_id', 'member_id', 'conferred_by_id', 'awarded_on', 'year', 'reason', 'decision_number', 'org_path', 'root_id', 'created_at'],
} as const;

export type TableName = keyof typeof TABLES;
/** Parents before children, so foreign keys hold after every statement. */
const TABLE_ORDER = Object.keys(TABLES) as TableName[];

export type Value = string | number | boolean | Date | null;

/** SQLite allows 32,766 parameters per statement, PostgreSQL 65,535; stay well under both. */
const MAX_PARAMS = 30_000;
/** Rows per statement on PostgreSQL (one JSON parameter of a few megabytes). */
const JSON_ROWS_PER_STATEMENT = 10_000;
/** Buffered rows (all tables) before `maybeFlush` writes them. */
const FLUSH_AT = 5_000;

export type Dialect = 'sqlite' | 'postgresql';

export function dialectOfOrm(orm: MikroORM): Dialect {
  return orm.em.getDriver() instanceof PostgreSqlDriver ? 'postgresql' : 'sqlite';
}

export class BulkWriter {
  private readonly next = {} as Record<TableName, number>;
  private readonly buffers = {} as Record<TableName, Value[][]>;
  private buffered = 0;
  private trx: Knex.Transaction | null = null;
  /** Rows written per table by this writer. */
  readonly written = {} as Record<TableName, number>;

  private constructor(
    private readonly orm: MikroORM,
    readonly dialect: Dialect,
  ) {
    for (const t of TABLE_ORDER) {
      this.buffers[t] = [];
      this.written[t] = 0;
    }
  }

  /** A writer whose ids continue after the rows already in the database. */
  static async open(orm: MikroORM): Promise<BulkWriter> {
    const writer = new BulkWriter(orm, dialectOfOrm(orm));
    const em = orm.em.fork() as unknown as EntityManager;
    for (const t of TABLE_ORDER) {
      const [row] = await em.execute<Array<{ max: number | string | null }>>(`select max(id) as max from ${t}`);
      writer.next[t] = Number(row?.max ?? 0) + 1;
    }
    return writer;
  }

  /** Reserves the next id of `table`. */
  id(table: TableName): number {
    return this.next[table]++;
  }

  /** Buffers one row: its values in the order of `TABLES[table]`. */
  add(table: TableName, row: Value[]): void {
    if (row.length !== TABLES[table].length) throw new Error(`BulkWriter: ${table} row of ${row.length} values for ${TABLES[table].length} columns`);
    this.buffers[table].push(row);
    this.buffered++;
  }

  /**
   * Runs `work` in one transaction (its entity manager is handed to it for other statements);
   * the rows it adds are all written before it commits.
   */
  async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork().transactional(async (tx) => {
      const em = tx as unknown as EntityManager;
      this.trx = em.getTransactionContext<Knex.Transaction>()!;
      try {
        const result = await work(em);
        await this.flush();
        await this.fixSequences(em);
        return result;
      } finally {
        this.trx = null;
      }
    });
  }

  /** Writes the buffered rows in one transaction. */
  async save(): Promise<void> {
    await this.transaction(async () => undefined);
  }

  /** Writes buffered rows once there are enough of them. */
  async maybeFlush(): Promise<void> {
    if (this.buffered >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.trx) throw new Error('BulkWriter: rows can only be written inside transaction()');
    for (const table of TABLE_ORDER) {
      const rows = this.buffers[table];
      if (rows.length === 0) continue;
      await insertRows(this.trx, this.dialect, table, TABLES[table], rows);
      this.written[table] += rows.length;
      this.buffered -= rows.length;
      this.buffers[table] = [];
    }
  }

  /** Moves the PostgreSQL id sequences of the tables written so far past their explicit ids. */
  private async fixSequences(em: EntityManager): Promise<void> {
    if (this.dialect !== 'postgresql') return;
    for (const t of TABLE_ORDER) {
      if (this.written[t] === 0) continue;
      await em.execute(`select setval(pg_get_serial_sequence('${t}', 'id'), coalesce((select max(id) from ${t}), 0) + 1, false)`);
    }
  }
}

/**
 * Writes `rows` (values in the order of `columns`) into `table` in as few statements as the
 * parameter limits allow, values bound, never spliced. SQLite: multi-row `VALUES` lists (bound in
 * process by better-sqlite3). PostgreSQL: one bound JSON parameter per statement, turned into rows
 * of the table's own column types by `json_populate_recordset` (several times faster there than
 * long `VALUES` lists); the table may be a temporary one. Used by the generator and the import.
 */
export async function insertRows(trx: Knex.Transaction | Knex, dialect: Dialect, table: string, columns: readonly string[], rows: Value[][]): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.join(', ');
  if (dialect === 'postgresql') {
    for (let start = 0; start < rows.length; start += JSON_ROWS_PER_STATEMENT) {
      const records = rows.slice(start, start + JSON_ROWS_PER_STATEMENT).map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
      await trx.raw(`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ?)`, [JSON.stringify(records)]);
    }
    return;
  }
  const perStatement = Math.floor(MAX_PARAMS / columns.length);
  const tuple = `(${columns.map(() => '?').join(',')})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    await trx.raw(`insert into ${table} (${list}) values ${new Array<string>(chunk.length).fill(tuple).join(',')}`, chunk.flat());
  }
}
