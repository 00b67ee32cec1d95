import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backgroundCheckpoints, DeferredCheckpoint } from './background-checkpoint.js';

const dir = mkdtempSync(join(tmpdir(), 'fourgood-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(name: string) {
  const db = new Database(join(dir, name));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}
const auto = (db: Database.Database) => db.pragma('wal_autocheckpoint', { simple: true });

describe('DeferredCheckpoint (SQLite WAL)', () => {
  it('a large commit leaves its WAL to the worker, which copies all of it; the automatic checkpoint comes back after the last holder', async () => {
    const db = open('a.sqlite');
    db.exec('create table t (id integer primary key, v text)');
    const first = DeferredCheckpoint.hold(db);
    const second = DeferredCheckpoint.hold(db);
    expect(auto(db)).toBe(0);
    // 4,000+ pages in one transaction: a commit would checkpoint them itself (more than 1,000).
    db.transaction(() => {
      const insert = db.prepare('insert into t (v) values (?)');
      for (let i = 0; i < 20_000; i++) insert.run('x'.repeat(800));
    })();
    // Nothing copied by the commit: the database file still holds the table's first pages only.
    expect(statSync(join(dir, 'a.sqlite')).size).toBeLessThan(1 << 20);
    second.release();
    expect(auto(db)).toBe(0);
    const result = await first.inBackground();
    expect(result!.log).toBeGreaterThan(4000);
    expect(result!.checkpointed).toBe(result!.log);
    expect(statSync(join(dir, 'a.sqlite')).size).toBeGreaterThan(15 << 20);
    expect(auto(db)).toBe(1000);
    expect(db.prepare('select count(*) as n from t').get()).toEqual({ n: 20_000 });
    expect(await backgroundCheckpoints()).toEqual([result]);
    db.close();
  });

  it('released without a checkpoint (a rolled-back write): the automatic checkpoint as it was, set twice is harmless', () => {
    const db = open('b.sqlite');
    db.pragma('wal_autocheckpoint = 500');
    const held = DeferredCheckpoint.hold(db);
    expect(auto(db)).toBe(0);
    held.release();
    held.release();
    expect(auto(db)).toBe(500);
    db.close();
  });

  it('a checkpoint that cannot run (the file gone) still gives the automatic checkpoint back', async () => {
    const db = open('c.sqlite');
    db.exec('create table t (id integer primary key)');
    const held = DeferredCheckpoint.hold(db);
    rmSync(join(dir, 'c.sqlite'));
    expect(await held.inBackground()).toBeNull();
    expect(auto(db)).toBe(1000);
    db.close();
  });
});
