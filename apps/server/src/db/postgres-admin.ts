import pg from 'pg';

/** Creates and drops throw-away PostgreSQL databases (tests, benchmarks, migration generation). */
export const POSTGRES_ADMIN_URL = process.env.FOURGOOD_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string, adminUrl = POSTGRES_ADMIN_URL): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>, adminUrl = POSTGRES_ADMIN_URL): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(adminUrl = POSTGRES_ADMIN_URL): Promise<boolean> {
  try {
    await withAdmin((c) => c.query('select 1'), adminUrl);
    return true;
  } catch {
    return false;
  }
}

/** `template`: a copy of that database (nobody may be connected to it meanwhile). */
export async function createDatabase(name: string, adminUrl = POSTGRES_ADMIN_URL, template?: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  if (template !== undefined && !/^[a-z0-9_]+$/.test(template)) throw new Error(`bad database name ${template}`);
  await withAdmin(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  }, adminUrl);
  return databaseUrl(name, adminUrl);
}

export async function dropDatabase(name: string, adminUrl = POSTGRES_ADMIN_URL): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`), adminUrl);
}

/** One statement on a fresh connection to `url` (tests and tools that watch a server from outside). */
export async function queryOnce<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withAdmin(async (c) => (await c.query(sql, params)).rows as T[], url);
}
