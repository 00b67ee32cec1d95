import { expect } from 'vitest';
import { isReason } from '@fourgood/rules';
import type { GraphQLResponse, TestServer } from './server.js';

// Organisations and members are built by factories.ts (re-exported for tests written before it).
export { createMember, createOrg } from './factories.js';

/** Asserts a response failed with one error of `code`, naming `field` when given. */
export function expectError(res: GraphQLResponse, code: string, field?: string): void {
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  const error = res.errors![0]!;
  expect(error.extensions?.code, JSON.stringify(error)).toBe(code);
  if (field) expect(error.extensions?.field, JSON.stringify(error)).toBe(field);
  // Nothing from the database or the stack reaches the client.
  expect(error.message).not.toMatch(/select |insert |update |delete from|constraint|sqlite|postgres|at .*\.(ts|js):\d+/i);
  for (const e of res.errors!) expectReasons(e);
}

/**
 * Every field at fault carries a reason from the shared lists (packages/rules/src/reasons), and so
 * does the error: clients decide from reasons, never from message text.
 */
export function expectReasons(error: { message: string; extensions?: Record<string, unknown> }): void {
  const fields = error.extensions?.fields as Array<{ field: unknown; reason: unknown; message: unknown }> | undefined;
  if (!fields) return;
  expect(fields.length, JSON.stringify(error)).toBeGreaterThan(0);
  for (const f of fields) {
    expect(typeof f.field, JSON.stringify(f)).toBe('string');
    expect(typeof f.message, JSON.stringify(f)).toBe('string');
    expect(isReason(f.reason), `fields[] entry without a listed reason: ${JSON.stringify(f)}`).toBe(true);
  }
  // The error's own reason: the first field's, or one naming them all (BAD_ROWS, TABLE_INVALID).
  expect(isReason(error.extensions?.reason), JSON.stringify(error)).toBe(true);
  expect(error.extensions?.field, JSON.stringify(error)).toBe(fields[0]!.field);
}

/** A fingerprint of every table, to prove a failed mutation changed nothing. */
export async function snapshot(server: TestServer): Promise<string> {
  const conn = server.orm.em.fork().getConnection();
  const tables = ['organization', 'organization_link', 'member', 'membership', 'member_status_period', 'audit_entry', 'app_user', 'role_grant', 'saved_query',
    'assessment', 'assessment_score', 'meeting', 'attendance', 'meeting_guest', 'oversight_assignment', 'recommendation', 'member_commitment', 'award', 'model_registration', 'rating'];
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await conn.execute(`select * from ${table} order by id`);
    parts.push(JSON.stringify(rows.map((r: Record<string, unknown>) => ({ ...r, updated_at: undefined }))));
  }
  return parts.join('\n');
}

/**
 * Asserts a query answered exactly as for a missing object: no error, and null for each field
 * asked at the top (objects outside the caller's scope look the same as missing ones).
 */
export function expectNull(res: GraphQLResponse): void {
  expect(res.errors, JSON.stringify(res)).toBeUndefined();
  for (const value of Object.values(res.data ?? { missing: 'data' })) expect(value, JSON.stringify(res)).toBeNull();
}
