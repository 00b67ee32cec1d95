/**
 * Backup and restore of the embedded SQLite database, from the repository root:
 *   pnpm data:backup -- <file>    an online, consistent copy while the server runs
 *   pnpm data:restore -- <file>   puts a copy in place (the server stopped)
 * The database is the one the server would use (FOURGOOD_DATA_DIR). On PostgreSQL
 * (DATABASE_URL set) use pg_dump / pg_restore: README, "Backups and restore".
 */
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { sqliteFile } from '../db/sqlite-file.js';
import { sqliteMigrations } from '../db/migrations/sqlite/index.js';
import { backupSqlite, BackupError, restoreSqlite } from './backup.js';

const USAGE = 'Usage: pnpm data:backup -- <file>  |  pnpm data:restore -- <file>';

function main(): number {
  const [command, ...rest] = process.argv.slice(2).filter((a) => a !== '--');
  const file = rest[0];
  if ((command !== 'backup' && command !== 'restore') || !file || rest.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  if (config.databaseUrl) {
    console.error(
      command === 'backup'
        ? 'DATABASE_URL is set: back PostgreSQL up with pg_dump, e.g. pg_dump -Fc -f fourgood.dump "$DATABASE_URL" (README, "Backups and restore")'
        : 'DATABASE_URL is set: restore PostgreSQL with pg_restore, e.g. pg_restore --no-owner -d "$DATABASE_URL" fourgood.dump into an empty database (README, "Backups and restore")',
    );
    return 2;
  }
  // pnpm runs root scripts from the repository root; a relative name means where the user typed it.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const known = sqliteMigrations.map((m) => m.name);
  const database = sqliteFile(config);
  if (command === 'backup') {
    const started = Date.now();
    const report = backupSqlite(database, path, known);
    console.log(`Backed up ${database} to ${report.file}: ${(report.bytes / 1048576).toFixed(1)} MiB, schema ${report.migration ?? 'empty'}, checked, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    const report = restoreSqlite(path, database, known);
    console.log(`Restored ${path} to ${report.file} (schema ${report.migration ?? 'empty'}; newer migrations run at the next start).`);
    if (report.previous) console.log(`The database that was there is kept as ${report.previous}.`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof BackupError || error instanceof ConfigError) {
    console.error(`Not done: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
