/**
 * Creates a national administrator (the first account of a new installation).
 *   pnpm create-admin -- --username admin [--name "Quản trị viên"]
 * The password comes from FOURGOOD_ADMIN_PASSWORD, or is asked on the terminal.
 */
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config.js';
import { createRequest } from '../context.js';
import { dialectOf, openDatabase } from '../db/orm.js';
import type { EntityManager } from '@mikro-orm/knex';
import { AppError } from '../graphql/errors.js';
import { Access } from './access.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function askPassword(): Promise<string> {
  if (process.env.FOURGOOD_ADMIN_PASSWORD) return process.env.FOURGOOD_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('Set FOURGOOD_ADMIN_PASSWORD, or run this in a terminal to type the password');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.includes('Password')) process.stdout.write(s);
  };
  const password = await rl.question('Password (10 characters or more): ');
  rl.close();
  process.stdout.write('\n');
  return password;
}

const username = option('username');
if (!username) {
  console.error('Usage: pnpm create-admin -- --username NAME [--name "Display name"]');
  process.exit(2);
}
const config = loadConfig();
const orm = await openDatabase(config);
try {
  const { auth } = createRequest(orm.em.fork() as EntityManager, dialectOf(config), Access.system()).services;
  const user = await auth.createUser({ username, displayName: option('name') ?? username, password: await askPassword() });
  await auth.grant(user.id, 'ADMIN', null);
  console.log(`Created ${user.username}: national administrator. Sign in at the app's address.`);
} catch (error) {
  console.error(error instanceof AppError ? `Not created: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await orm.close();
}
