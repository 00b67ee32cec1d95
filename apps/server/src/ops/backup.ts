import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Backup and restore of the embedded SQLite database (`pnpm data:backup` / `data:restore`).
 * PostgreSQL installations use pg_dump / pg_restore (README, "Backups and restore").
 */

export class BackupError extends Error {}

export interface BackupReport {
  file: string;
  bytes: number;
  /** The newest migration applied in the copy. */
  migration: string | null;
}

/**
 * An online, consistent copy while the server runs: `VACUUM INTO` reads the database in one read
 * transaction, so the copy is the database as it was when the statement began, whatever commits
 * meanwhile (in WAL mode a reader never blocks the server's writes, nor they it). The copy is
 * written beside the target under a temporary name, checked, then renamed: a failed or
 * interrupted backup never leaves a file at the target that looks like a backup.
 */
export function backupSqlite(databaseFile: string, target: string, knownMigrations: readonly string[]): BackupReport {
  if (!existsSync(databaseFile)) throw new BackupError(`No database at ${databaseFile} (is FOURGOOD_DATA_DIR right?)`);
  if (existsSync(target)) throw new BackupError(`${target} already exists: name a new file`);
  if (!existsSync(dirname(target))) throw new BackupError(`The folder ${dirname(target)} does not exist`);
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  rmSync(partial, { force: true });
  const source = new Database(databaseFile, { fileMustExist: true });
  try {
    // Wait for a writer's checkpoint rather than fail; never change the live file's settings.
    source.pragma('busy_timeout = 10000');
    source.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`The copy failed: ${(error as Error).message}`);
  } finally {
    source.close();
  }
  try {
    const inspected = inspectBackup(partial, knownMigrations);
    syncFile(partial);
    renameSync(partial, target);
    return { file: target, bytes: statSync(target).size, migration: inspected.migration };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

export interface BackupInspection {
  migration: string | null;
  migrations: number;
}

/**
 * Checks a copy before it is restored: a SQLite file that passes `integrity_check`, holds
 * FourGood's migration table, and has no migration this code does not know (a backup from a
 * newer FourGood: restoring it under this code would run old code on a newer schema).
 */
export function inspectBackup(file: string, knownMigrations: readonly string[]): BackupInspection {
  if (!existsSync(file)) throw new BackupError(`No file at ${file}`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as a SQLite database: ${(error as Error).message}`);
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    } catch (error) {
      throw new BackupError(`${file} is not a usable SQLite database: ${(error as Error).message}`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new BackupError(`${file} fails SQLite's integrity check: ${problems.slice(0, 5).join('; ')}`);
    }
    const hasTable = db.prepare(`select 1 from sqlite_master where type = 'table' and name = 'mikro_orm_migrations'`).get();
    if (!hasTable) throw new BackupError(`${file} is not a FourGood database (it has no migration table)`);
    const applied = (db.prepare('select name from mikro_orm_migrations order by id').all() as Array<{ name: string }>).map((r) => r.name.replace(/\.[jt]s$/, ''));
    const known = new Set(knownMigrations);
    const unknown = applied.filter((name) => !known.has(name));
    if (unknown.length) {
      throw new BackupError(`${file} comes from a newer FourGood: it has migration(s) this version does not know (${unknown.join(', ')}). Restore it with that version or a later one.`);
    }
    return { migration: applied.at(-1) ?? null, migrations: applied.length };
  } finally {
    db.close();
  }
}

/**
 * Whether a process (the server, a tool) has the database open. Leaving WAL mode needs every
 * other connection closed, so SQLite itself answers: a running server keeps its connection open
 * for its whole life, and the attempt fails at once with SQLITE_BUSY. When nobody has it open,
 * the switch also folds the WAL into the file, so the file alone is the whole database.
 */
function takeOver(databaseFile: string): void {
  const db = new Database(databaseFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    try {
      db.pragma('journal_mode = DELETE');
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
        throw new BackupError(`The database ${databaseFile} is in use (the server is running?): stop the server, then restore`);
      }
      throw error;
    }
  } finally {
    db.close();
  }
}

export interface RestoreReport {
  file: string;
  migration: string | null;
  /** Where the database that was there before now is (null when there was none). */
  previous: string | null;
}

/**
 * Puts a backup in place of the database, with the server stopped. The database that was there is
 * kept beside it (`fourgood.sqlite.before-restore-<time>`), never deleted. The copy lands under a
 * temporary name first and is renamed over the target, so a failure leaves the old file as it was.
 */
export function restoreSqlite(backup: string, databaseFile: string, knownMigrations: readonly string[], now = new Date()): RestoreReport {
  const inspected = inspectBackup(backup, knownMigrations);
  const dir = dirname(databaseFile);
  if (!existsSync(dir)) throw new BackupError(`The data folder ${dir} does not exist`);
  let previous: string | null = null;
  if (existsSync(databaseFile)) {
    takeOver(databaseFile);
    previous = `${databaseFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  }
  const partial = join(dir, `.${basename(databaseFile)}.restoring-${process.pid}`);
  try {
    copyFileSync(backup, partial);
    syncFile(partial);
    if (previous) renameSync(databaseFile, previous);
    // A leftover WAL or shared-memory file belongs to the old database: never let SQLite apply it.
    rmSync(`${databaseFile}-wal`, { force: true });
    rmSync(`${databaseFile}-shm`, { force: true });
    renameSync(partial, databaseFile);
  } catch (error) {
    rmSync(partial, { force: true });
    if (previous && !existsSync(databaseFile) && existsSync(previous)) renameSync(previous, databaseFile);
    throw new BackupError(`The restore failed: ${(error as Error).message}`);
  }
  return { file: databaseFile, migration: inspected.migration, previous };
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
