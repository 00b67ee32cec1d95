/**
 * Imports organisations and members from spreadsheets into the configured database:
 *   pnpm data:import -- <file> [<file>…] [--dry-run] [--as <username>]
 * CSV or XLSX (see sheet-reader.ts). Prints the report; exits with 1 on any problem.
 */
import { basename, resolve } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../config.js';
import { createRequest } from '../context.js';
import { dialectOf, openDatabase } from '../db/orm.js';
import { AppError } from '../graphql/errors.js';
import { accessOfUser } from './cli-access.js';
import { formatReport } from './report-text.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const dryRun = args.includes('--dry-run');
const asIndex = args.indexOf('--as');
const as = asIndex >= 0 ? args[asIndex + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && !(asIndex >= 0 && i === asIndex + 1));
if (files.length === 0) {
  console.error('Usage: pnpm data:import -- <file.csv|file.xlsx> [more files] [--dry-run] [--as <username>]');
  process.exit(2);
}
const config = loadConfig();
const orm = await openDatabase(config);
try {
  const em = orm.em.fork() as EntityManager;
  const access = await accessOfUser(em, as);
  const { services } = createRequest(em, dialectOf(config), access);
  const report = await services.dataImport.run(
    files.map((f) => ({ path: resolve(process.env.INIT_CWD ?? process.cwd(), f), name: basename(f) })),
    { dryRun, label: files.map((f) => basename(f)).join(', ') },
  );
  console.log(formatReport(report));
  if (report.problemCount > 0) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof AppError || error instanceof Error ? `Not imported: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await orm.close();
}
