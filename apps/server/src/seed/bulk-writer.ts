import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

/**
 * Multi-row INSERTs for the generator. Ids are allocated here (from the table's current
 * maximum), so rows can refer to each other before they are written; PostgreSQL sequences are
 * moved past them afterwards so later `em.create` inserts keep working. SQLite's AUTOINCREMENT
 * follows explicit ids by itself.
 */

export const TABLES = {
  organization: [
    'id', 'code', 'name', 'name_search', 'kind', 'sector', 'cell_type', 'founded_on', 'dissolved_on', 'parent_id', 'path', 'depth', 'root_id',
    'created_at', 'updated_at',
  ],
  organization_link: ['id', 'organization_id', 'parent_id', 'path', 'depth', 'root_id', 'valid_from', 'valid_to'],
  member: [
    'id', 'card_number', 'full_name', 'name_search', 'gender', 'birth_date', 'joined_on', 'official_on', 'position', 'status', 'organization_id',
    'org_path', 'root_id', 'created_at', 'updated_at',
  ],
  membership: ['id', 'member_id', 'organization_id', 'position', 'root_id', 'valid_from', 'valid_to'],
  member_status_period: ['id', 'member_id', 'status', 'root_id', 'valid_from', 'valid_to'],
} as const;

export type TableName = keyof typeof TABLES;
/** Parents before children, so foreign keys hold after every statement. */
const TABLE_ORDER = Object.keys(TABLES) as TableName[];

type Value = string | number | null;

/** SQLite allows 32,766 parameters per statement, PostgreSQL 65,535; stay well under both. */
const MAX_PARAMS = 30_000;
const MAX_ROWS_PER_STATEMENT = 500;
/** Buffered rows (all tables) before they are written. */
const FLUSH_AT = 5_000;

export type Dialect = 'sqlite' | 'postgresql';

export function dialectOfOrm(orm: MikroORM): Dialect {
  return orm.em.getDriver() instanceof PostgreSqlDriver ? 'postgresql' : 'sqlite';
}

/**
 * How each database stores `datetime` columns as MikroORM writes them: SQLite holds epoch
 * milliseconds (an integer), PostgreSQL a `timestamptz`.
 */
export function timestampValue(dialect: Dialect, instant: Date): Value {
  return dialect === 'sqlite' ? instant.getTime() : instant.toISOString();
}

export class BulkWriter {
  private readonly next = {} as Record<TableName, number>;
  private readonly buffers = {} as Record<TableName, Value[][]>;
  private buffered = 0;
  private em: EntityManager | null = null;
  /** Rows written per table by this writer. */
  readonly written = {} as Record<TableName, number>;

  private constructor(readonly dialect: Dialect) {
    for (const t of TABLE_ORDER) {
      this.buffers[t] = [];
      this.written[t] = 0;
    }
  }

  /** A writer whose ids continue after the rows already in the database. */
  static async open(orm: MikroORM): Promise<BulkWriter> {
    const writer = new BulkWriter(dialectOfOrm(orm));
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

  add(table: TableName, row: Value[]): void {
    this.buffers[table].push(row);
    this.buffered++;
  }

  /** Runs `work` in one transaction; rows it adds are all written before it commits. */
  async transaction<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
    return orm.em.fork().transactional(async (em) => {
      this.em = em as unknown as EntityManager;
      try {
        const result = await work();
        await this.flush();
        return result;
      } finally {
        this.em = null;
      }
    });
  }

  /** Writes buffered rows once there are enough of them. */
  async maybeFlush(): Promise<void> {
    if (this.buffered >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.em) throw new Error('BulkWriter: rows can only be written inside transaction()');
    for (const table of TABLE_ORDER) {
      const rows = this.buffers[table];
      if (rows.length === 0) continue;
      const columns = TABLES[table];
      const perStatement = Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMS / columns.length));
      const tuple = `(${columns.map(() => '?').join(',')})`;
      for (let start = 0; start < rows.length; start += perStatement) {
        const chunk = rows.slice(start, start + perStatement);
        const params: Value[] = [];
        for (const row of chunk) {
          for (const v of row) {
            // Values are inlined by MikroORM and positional markers are rewritten on
            // PostgreSQL: generated text never needs quotes, backslashes or question marks.
            if (typeof v === 'string' && /['\\?]/.test(v)) throw new Error(`BulkWriter: unexpected character in ${JSON.stringify(v)}`);
            params.push(v);
          }
        }
        const values = new Array<string>(chunk.length).fill(tuple).join(',');
        await this.em.execute(`insert into ${table} (${columns.join(', ')}) values ${values}`, params, 'run');
      }
      this.written[table] += rows.length;
      this.buffered -= rows.length;
      this.buffers[table] = [];
    }
  }
}

/** Moves PostgreSQL id sequences past the explicitly written ids (nothing to do on SQLite). */
export async function fixSequences(orm: MikroORM): Promise<void> {
  if (dialectOfOrm(orm) !== 'postgresql') return;
  const em = orm.em.fork() as unknown as EntityManager;
  for (const t of TABLE_ORDER) {
    await em.execute(`select setval(pg_get_serial_sequence('${t}', 'id'), coalesce((select max(id) from ${t}), 0) + 1, false)`);
  }
}
