import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from './db/entities.js';
import { PATHS_KEPT_AS_OF_THEIR_DATE, SUBTREE_MOVED_HANDLERS } from './subtree-moved.js';

/** Columns that place a row in the tree as it stands: a move must rewrite them or leave them on purpose. */
const PLACE_COLUMNS = ['path', 'org_path', 'root_id'];

describe('a move or merge of part of the tree', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init({ entities, driver: BetterSqliteDriver, dbName: ':memory:', connect: false });
  });
  afterAll(() => orm.close());

  /** Every table with a path or province column, from the ORM metadata. */
  function tablesWithPlace(): string[] {
    return Object.values(orm.getMetadata().getAll())
      .filter((meta) => !meta.embeddable && !meta.virtual)
      .filter((meta) => Object.values(meta.properties).some((prop) => prop.fieldNames?.some((column) => PLACE_COLUMNS.includes(column))))
      .map((meta) => meta.tableName)
      .sort();
  }

  const handled = SUBTREE_MOVED_HANDLERS.flatMap((h) => h.tables);

  it('is handled by a feature for every table that keeps a current path or province, unless listed as kept as of its date', () => {
    const tables = tablesWithPlace();
    expect(tables).toContain('member');
    expect(tables).toContain('meeting');
    const unhandled = tables.filter((t) => !handled.includes(t) && !(t in PATHS_KEPT_AS_OF_THEIR_DATE));
    expect(unhandled, 'add an onSubtreeMoved handler (subtree-moved.ts) or say why the rows keep their path').toEqual([]);
  });

  it('names only real tables, each once, and never both rewrites and keeps one', () => {
    const tables = tablesWithPlace();
    const kept = Object.keys(PATHS_KEPT_AS_OF_THEIR_DATE);
    expect([...handled, ...kept].filter((t) => !tables.includes(t))).toEqual([]);
    expect(new Set(handled).size).toBe(handled.length);
    expect(handled.filter((t) => kept.includes(t))).toEqual([]);
    for (const reason of Object.values(PATHS_KEPT_AS_OF_THEIR_DATE)) expect(reason.length).toBeGreaterThan(10);
  });

  it('rewrites the organisations first and the members before what reads their paths', () => {
    const order = SUBTREE_MOVED_HANDLERS.map((h) => h.feature);
    expect(order[0]).toBe('hierarchy');
    expect(order.indexOf('members')).toBeLessThan(order.indexOf('stats'));
  });
});
