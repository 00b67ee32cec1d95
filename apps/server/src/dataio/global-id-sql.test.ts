import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, toGlobalId } from '../graphql/relay.js';
import { globalIdSql } from './global-id-sql.js';

/** The SQL expression's ids equal the API's, evaluated by SQLite itself. */
describe('globalIdSql (SQLite)', () => {
  const db = new Database(':memory:');
  const evaluate = (sql: string, ids: number[]): string[] =>
    (db.prepare(`select ${sql} as g from json_each(?) order by key`).all(JSON.stringify(ids)) as Array<{ g: string }>).map((r) => r.g);

  // Every digit count from 1 to 15, its boundaries, and a spread of ids in between.
  const ids: number[] = [];
  for (let d = 1; d <= 15; d++) {
    const lo = 10 ** (d - 1);
    const hi = 10 ** d - 1;
    ids.push(lo, lo + 1, hi - 1, hi);
    for (let i = 1; i <= 40; i++) ids.push(lo + Math.floor(((hi - lo) * i * 7919) % (hi - lo + 1)));
  }
  const sorted = [...new Set(ids.filter((n) => n >= 1 && Number.isSafeInteger(n)))].sort((a, b) => a - b);

  it('equals toGlobalId for every type and digit count, ids of one digit count and across several', { timeout: 60_000 }, () => {
    // Every type's prefix length (a group's split between prefix and digits): one range over all digit counts (a case per count) …
    for (const type of NODE_TYPES) {
      expect(evaluate(globalIdSql(type, 'value', sorted[0]!, sorted[sorted.length - 1]!), sorted)).toEqual(sorted.map((id) => toGlobalId(type, id)));
    }
    // … and each digit count alone (no case), for the import's types.
    for (const type of ['Member', 'Organization'] as const) {
      for (let d = 1; d <= 15; d++) {
        const of = sorted.filter((n) => String(n).length === d);
        expect(evaluate(globalIdSql(type, 'value', of[0]!, of[of.length - 1]!), of)).toEqual(of.map((id) => toGlobalId(type, id)));
      }
    }
  });

  it('an import’s consecutive ids (base + rowid) across a digit boundary', () => {
    const base = 999_990;
    const rows = Array.from({ length: 40 }, (_, i) => i + 1);
    const got = evaluate(globalIdSql('Member', `${base} + value`, base + 1, base + 40), rows);
    expect(got).toEqual(rows.map((r) => toGlobalId('Member', base + r)));
  });

  it('refuses a range it cannot compute', () => {
    expect(() => globalIdSql('Member', 'value', 0, 5)).toThrow();
    expect(() => globalIdSql('Member', 'value', 5, 4)).toThrow();
    expect(() => globalIdSql('Member', 'value', 1, 2 ** 53)).toThrow();
  });
});
