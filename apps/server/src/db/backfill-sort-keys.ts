import { personNameSortKey, vietnameseSortKey } from '@fourgood/rules';

/** What a migration offers to run statements at once, inside its transaction. */
interface Executor {
  execute(sql: string, params?: unknown[]): Promise<unknown>;
}

const CHUNK = 500;

/**
 * Fills `name_sort` of every organisation and member from their names (rules: the key is computed
 * in JavaScript, so a migration cannot do it in SQL alone): read by id order in chunks, written
 * back with one statement per chunk. Used by the migrations that add the column.
 */
export async function backfillSortKeys(migration: Executor): Promise<void> {
  await backfill(migration, 'organization', 'name', vietnameseSortKey);
  await backfill(migration, 'member', 'full_name', personNameSortKey);
}

async function backfill(migration: Executor, table: string, column: string, key: (name: string) => string): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = (await migration.execute(`select id, ${column} as name from ${table} where id > ? order by id limit ${CHUNK}`, [after])) as Array<{ id: number; name: string }>;
    if (rows.length === 0) return;
    const cases = rows.map(() => 'when ? then ?').join(' ');
    const params = rows.flatMap((r) => [Number(r.id), key(String(r.name))]);
    await migration.execute(`update ${table} set name_sort = case id ${cases} end where id in (${rows.map(() => '?').join(', ')})`, [...params, ...rows.map((r) => Number(r.id))]);
    after = Number(rows[rows.length - 1]!.id);
  }
}
