/**
 * Exports the members of a subtree to CSV or XLSX (by the file's extension):
 *   pnpm data:export -- --org <code> <file.csv|file.xlsx> [--as <username>] [--as-of YYYY-MM-DD]
 *     [--status ACTIVE,EXEMPT] [--cell-type RESIDENTIAL] [--age-band UP_TO_30,OVER_60]
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import type { AgeBand, CellType, MemberStatus } from '@fourgood/rules';
import { loadConfig } from '../config.js';
import { createRequest } from '../context.js';
import { dialectOf, openDatabase } from '../db/orm.js';
import { accessOfUser } from './cli-access.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const list = (name: string) => option(name)?.split(',').map((s) => s.trim()).filter(Boolean);
const valued = new Set(['--org', '--as', '--as-of', '--status', '--cell-type', '--age-band']);
const file = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
const org = option('org');
if (!file || !org) {
  console.error('Usage: pnpm data:export -- --org <code> <file.csv|file.xlsx> [--as <username>] [--as-of YYYY-MM-DD] [--status A,B] [--cell-type T] [--age-band B1,B2]');
  process.exit(2);
}
const config = loadConfig();
const orm = await openDatabase(config);
try {
  const em = orm.em.fork() as EntityManager;
  const { services } = createRequest(em, dialectOf(config), await accessOfUser(em, option('as')));
  const out = createWriteStream(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const closed = new Promise<void>((done, fail) => out.on('close', () => done()).on('error', fail));
  const n = await services.dataExport.write(
    org,
    { asOf: option('as-of') ?? null, status: list('status') as MemberStatus[] | undefined, cellType: (option('cell-type') as CellType | undefined) ?? null, ageBand: list('age-band') as AgeBand[] | undefined },
    /\.xlsx$/i.test(file) ? 'xlsx' : 'csv',
    out,
  );
  if (!out.writableEnded) out.end();
  await closed;
  console.log(`Exported ${n} members to ${file}`);
} catch (error) {
  console.error(`Not exported: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await orm.close();
}
