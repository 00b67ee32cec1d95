import type { Knex } from '@mikro-orm/knex';

/**
 * PostgreSQL, a first load of members (issue #12): the import inserts hundreds of thousands of
 * members into a `member` table that holds (nearly) none yet. With everything in place, every
 * row went into each of member's seven non-unique indexes at a random place (names, birth dates,
 * the GIN word index…), and every member, membership and status-period row ran a foreign-key
 * trigger (an index probe and a row lock of the member or cell, one statement each): at 500,000
 * members that was most of the 24 s the writing took (auto_explain at 100,000: half of each
 * insert's time was its foreign-key triggers). Here, before the inserts, member's non-unique
 * indexes are dropped and so are the foreign keys of `membership` and `member_status_period` to
 * `member`; after the inserts the indexes are built again (one sort each, in
 * `maintenance_work_mem`) and the foreign keys added again (one anti-join validates all the rows
 * at once). All inside the import's transaction — DDL is transactional on PostgreSQL: an import
 * that fails or is rolled back gives them back as they were — and the definitions put back are
 * the catalog's own (`pg_get_indexdef`, `pg_get_constraintdef`) under the same names, so the
 * schema ends exactly as it began. Unique indexes and primary keys stay: they check the rows.
 *
 * Locks — the price, and why only for a first load: dropping an index or a constraint takes an
 * ACCESS EXCLUSIVE lock, held until the import commits, on `member`, `membership` and
 * `member_status_period` (dropping a foreign key locks the table it references too). Every reader
 * of those tables — member pages, search, statistics that read members — waits for the rest of
 * the import, some 20 s at 500,000 members on a quiet 2-core machine. That is accepted only
 * when there is next to nothing to read yet: `member` holds fewer than a tenth as many rows as
 * the import creates (a commission's first import; not a province added to a national database
 * in use, where the import runs with everything in place as before), and the load is large
 * enough for the rebuild to pay. The
 * locks are asked for with a short `lock_timeout` inside a savepoint: if anyone holds one of the
 * tables (a reader's open transaction, another import), the import does not wait — which would
 * make every new reader queue behind it — but loads with everything in place.
 *
 * The foreign keys of `member` and `membership` to `organization` stay, though their triggers
 * cost as much again (2–3 s per 100,000 rows at load 13): dropping them locks `organization`,
 * and the import job's progress step checks the importer's grants from another connection by a
 * query that reads `organization` (import-jobs.ts checkAccess) — it would wait for the import,
 * which waits for it: a job that never ends. Nothing the import awaits reads the three tables
 * locked here (import-first-load.test.ts runs a job through a first load).

/**
 * When a load is a first load: at least `minRows` new members (below that the inserts with the
 * indexes in place take a second or so: rebuilding would not pay), into a `member` holding fewer
 * than `heldPerRow` × that many rows. Tests lower them (an
 * object, not constants, for that).
 */
export const FIRST_LOAD = { minRows: 50_000, heldPerRow: 0.1 };
/** How long the import waits for the exclusive locks before loading the usual way. */
const LOCK_TIMEOUT = '2s';

/** The statements that put back what `prepareFirstLoad` dropped, in order. */
export type FirstLoadRestore = string[];

async function rowsOf<T>(knex: Knex.Transaction, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return ((await knex.raw(sql, params as Knex.RawBinding[])) as { rows: T[] }).rows;
}

/** Whether `table` holds fewer than `limit` rows (reads at most `limit` of them). */
async function holdsFewer(knex: Knex.Transaction, table: string, limit: number): Promise<boolean> {
  const [held] = await rowsOf<{ n: number | string }>(knex, `select count(*) as n from (select 1 from ${table} limit ${limit}) t`);
  return Number(held?.n ?? 0) < limit;
}

/**
 * Drops what a first load of `created` new members is better without (see above), if it is one
 * and the locks are to be had at once; answers the statements that restore it all (none when it
 * dropped nothing), to run after the member, membership and status-period inserts.
 */
export async function prepareFirstLoad(knex: Knex.Transaction, created: number): Promise<FirstLoadRestore> {
  if (created < FIRST_LOAD.minRows) return [];
  const limit = Math.max(1, Math.floor(created * FIRST_LOAD.heldPerRow));
  if (!(await holdsFewer(knex, 'member', limit))) return [];
  const tables = ['member', 'membership', 'member_status_period'];

  const [{ timeout }] = await rowsOf<{ timeout: string }>(knex, `select current_setting('lock_timeout') as timeout`);
  await knex.raw(`savepoint first_load`);
  try {
    await knex.raw(`set local lock_timeout = '${LOCK_TIMEOUT}'`);
    await knex.raw(`lock table ${tables.join(', ')} in access exclusive mode`);
    await knex.raw(`release savepoint first_load`);
  } catch {
    // Someone reads or writes them right now (or a deadlock was found): load with everything in place.
    await knex.raw(`rollback to savepoint first_load`);
    return [];
  }
  // A `set local` made inside the savepoint outlives its release: back to what it was.
  await knex.raw(`select set_config('lock_timeout', ?, true)`, [timeout]);

  const indexes = await rowsOf<{ name: string; def: string }>(
    knex,
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i join pg_class c on c.oid = i.indexrelid
     where i.indrelid = 'member'::regclass and not i.indisunique and not i.indisprimary
     order by c.relname`,
  );
  const foreignKeys = await rowsOf<{ name: string; tbl: string; def: string }>(
    knex,
    `select c.conname as name, c.conrelid::regclass::text as tbl, pg_get_constraintdef(c.oid) as def
     from pg_constraint c
     where c.contype = 'f' and c.confrelid = 'member'::regclass and c.conrelid in ('membership'::regclass, 'member_status_period'::regclass)
     order by c.conname`,
  );
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const index of indexes) await knex.raw(`drop index ${quote(index.name)}`);
  for (const fk of foreignKeys) await knex.raw(`alter table ${fk.tbl} drop constraint ${quote(fk.name)}`);
  return [
    // One sort per index in memory (the default 64 MB spills the GIN and the wide ones to disk), for this transaction only.
    `set local maintenance_work_mem = '256MB'`,
    ...indexes.map((index) => index.def),
    ...foreignKeys.map((fk) => `alter table ${fk.tbl} add constraint ${quote(fk.name)} ${fk.def}`),
  ];
}

/** Members written from which an import takes the statistics of the tables it filled (tests lower it). */
export const ANALYZE_AFTER_LOAD = { minRows: 10_000 };

/**
 * After a bulk load (`ANALYZE_AFTER_LOAD.minRows` members or more written): the planner's
 * statistics of the tables it filled, taken in the import's transaction (ANALYZE counts the rows
 * the transaction inserted) and committed with them. Without them the next reads are planned for
 * the tables as they were before: after a first load of 500,000 members the export's page
 * statement was planned for an empty member table (hash joins of every membership and status
 * period, 650 ms a page, where an index walk takes a few ms) until autovacuum came by, and for
 * ever where autovacuum is off (as on this project's test machines). 0.56 s at 500,000 members
 * (member 0.30 s; membership, status periods, subtree_count, organization 0.05–0.10 s each).
 * Not done on SQLite, whose planner has no statistics unless `analyze` has been run on the file.
 */
export async function analyzeAfterLoad(knex: Knex.Transaction, written: number): Promise<void> {
  if (written < ANALYZE_AFTER_LOAD.minRows) return;
  await knex.raw(`analyze member, membership, member_status_period, subtree_count, organization`);
}
