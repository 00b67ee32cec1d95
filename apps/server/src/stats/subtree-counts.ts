import type { EntityManager } from '@mikro-orm/knex';
import { AGE_BANDS, GENDERS, MEMBER_STATUSES, pathIds, subtreeUpperBound, todayInVietnam, type Gender, type MemberStatus, type OrganizationKind } from '@fourgood/rules';
import type { Dialect } from '../db/orm.js';
import type { SubtreeDimension } from './subtree-count.entity.js';
import { AGE_BANDS_ROLLUP, ageBandCase, ageBandOnDay, readRollupDay, writeRollupDay, yearBandCase, yearEnd } from './rollup-days.js';

/**
 * Maintenance of `subtree_count` (see SubtreeCount): today's counts over the whole subtree of
 * every organisation. Rows with n = 0 are never kept: every statement that can bring a count to
 * zero is followed by a delete of the zero rows it may have left, so the table always equals a
 * rebuild from scratch. Every change runs inside the transaction of the change that causes it, in
 * a bounded number of set-based statements (never one per member or per organisation).
 */

export function dialectOfEm(em: EntityManager): Dialect {
  const dialect = String((em.getKnex().client as { dialect?: string }).dialect ?? '');
  return dialect.startsWith('postg') ? 'postgresql' : 'sqlite';
}

/** The birth year of `member.birth_date` as 'YYYY' (a date on PostgreSQL, ISO text on SQLite). */
function birthYearSql(dialect: Dialect, column: string): string {
  return dialect === 'postgresql' ? `to_char(${column}, 'YYYY')` : `substr(${column}, 1, 4)`;
}

/** Path range of a whole rebuild: one province's subtree, or every path ('/' … '0'). */
function rebuildRange(rootId?: number): [string, string] {
  if (rootId == null) return ['/', '0'];
  const path = `/${rootId}/`;
  return [path, subtreeUpperBound(path)];
}

/** Runs one statement and answers its rows (the caller's connection: an entity manager or the import's knex transaction). */
export type RunSql = (sql: string, params: Array<string | number>) => Promise<Array<Record<string, unknown>>>;

/**
 * A rebuild from scratch of one province's rows (or of every row): delete, then every
 * organisation's rows: its live children counted by kind, its own members by status, gender,
 * birth year, exact age band on `bandDay` and band on 31 December of `bandDay`'s year (YEAR_BAND,
 * from the birth-year counts), and its children's rows summed into it.
 *
 * The two databases take different statements, each the faster of the two on it (measured in one
 * interleaved run on a kept 500,000-member province, CPU time of the PostgreSQL backend or of
 * the SQLite process, load 3 to 8 — BENCHMARKS.md, issue #12):
 * - PostgreSQL: one insert of every row (`subtreeRowsStatement`), 3.5 s where the level-by-level
 *   statements below took 5.5 to 6.0 s. Most of the old time was the insert itself: 611,000
 *   rows in an order unrelated to subtree_count's primary key (by dimension, then path) cost
 *   2.5 to 2.8 s of index maintenance, in key order 1.6 s (sort included).
 * - SQLite: the level-by-level statements, 2.0 s where the one insert took 2.45 s: SQLite has no
 *   hash aggregation, and the one insert's chained CTEs are materialized and sorted (the
 *   communes' sum groups the cells' 611,000 rows through a temporary b-tree), where reading the
 *   cells' rows back from subtree_count by its primary key costs 0.37 s.
 */
export async function rebuildSubtreeRows(run: RunSql, dialect: Dialect, rootId: number | undefined, bandDay: string): Promise<void> {
  const range = rebuildRange(rootId);
  await (rootId == null ? run(`delete from subtree_count`, []) : run(`delete from subtree_count where root_id = ?`, [rootId]));
  if (dialect === 'sqlite') return rebuildLevelByLevel(run, range, bandDay);
  const [depths] = await run(`select min(depth) as lo, max(depth) as hi from organization where path >= ? and path < ?`, range);
  if (depths?.lo == null) return;
  const statement = subtreeRowsStatement(Number(depths.lo), Number(depths.hi), bandDay);
  // After a bulk load (member filled in this transaction, or before autovacuum came by) the
  // statistics say both sides of every join here are nearly empty, and a join was planned as a
  // nested loop rescanning one side per row of the other (60 s for 20,000 members): nested loops
  // are turned off for this statement (every join here is an equality: hash joins).
  const [nestloop] = await run(`select current_setting('enable_nestloop') as v`, []);
  await run(`select set_config('enable_nestloop', 'off', true)`, []);
  await run(statement.sql, statement.params(range));
  await run(`select set_config('enable_nestloop', ?, true)`, [String(nestloop!.v)]);
}

/**
 * SQLite's rebuild, level by level from the cells up: each live organisation counted by kind at
 * its parent; each live organisation's own members by status, gender, birth year and band (one
 * pass of `member` per dimension on the covering org_path index, grouped per organisation; the
 * year's-end bands from the birth years' groups, no pass of their own); then,
 * from the deepest level up, every organisation's rows added to its parent's. 3 + the tree's
 * depth statements, and each row of an organisation is read once.
 */
async function rebuildLevelByLevel(run: RunSql, range: [string, string], bandDay: string): Promise<void> {
  const year = birthYearSql('sqlite', 'birth_date');
  const band = ageBandCase('birth_date', bandDay);
  const yearBand = yearBandCase('year', bandDay);
  const members = `from member where org_path >= ? and org_path < ?`;
  await run(
    `insert into subtree_count (organization_id, dimension, key, n, root_id)
     select parent_id, 'KIND', kind, count(*), min(root_id) from organization
     where dissolved_on is null and parent_id is not null and path >= ? and path < ?
     group by parent_id, kind`,
    range,
  );
  // Inserted in subtree_count's key order: 10 % less CPU than in the groups' order (by
  // dimension, then path), whose inserts touched the key index's pages at random.
  await run(
    `insert into subtree_count (organization_id, dimension, key, n, root_id)
     with y as materialized (select org_path, ${year} as year, count(*) as n ${members} group by org_path, ${year}),
     c as materialized (
       select org_path, 'STATUS' as dimension, status as key, count(*) as n ${members} group by org_path, status
       union all select org_path, 'GENDER', gender, count(*) ${members} group by org_path, gender
       union all select org_path, 'BIRTH_YEAR', year, n from y
       union all select org_path, 'AGE_BAND', ${band.sql}, count(*) ${members} group by org_path, 3
       union all select org_path, 'YEAR_BAND', ${yearBand}, sum(n) from y group by org_path, 3
     )
     select o.id, c.dimension, c.key, c.n, o.root_id from c join organization o on o.path = c.org_path
     where o.dissolved_on is null order by 1, 2, 3`,
    [...range, ...range, ...range, ...band.params, ...range],
  );
  const [deepest] = await run(`select max(depth) as depth from organization where path >= ? and path < ?`, range);
  for (let depth = Number(deepest?.depth ?? 0); depth > 0; depth--) {
    await run(
      `insert into subtree_count (organization_id, dimension, key, n, root_id)
       select o.parent_id, s.dimension, s.key, sum(s.n), min(s.root_id) from organization o join subtree_count s on s.organization_id = o.id
       where o.depth = ? and o.parent_id is not null and o.path >= ? and o.path < ?
       group by o.parent_id, s.dimension, s.key
       on conflict (organization_id, dimension, key) do update set n = subtree_count.n + excluded.n`,
      [depth, ...range],
    );
  }
}

/**
 * PostgreSQL's rebuild in one insert, for a subtree whose organisations lie between depths `lo`
 * and `hi` (its parameters from the path range). Each live organisation's own rows: its members
 * by status, gender and band (one pass of `member` grouped by org_path alone, a count per key:
 * 16,667 hashed groups at 500,000 members), by birth year (one group by org_path and year) and
 * by band on 31 December of `bandDay`'s year (YEAR_BAND, from the birth years' groups), its
 * live children by kind. Then, from the deepest level up, each level's rows are its own plus its
 * children's summed, as chained CTEs: the cells' rows (nearly all the rows) are read once more to
 * sum their parents', the levels above are small. Every row is written once, in the primary
 * key's order (no `on conflict` update).
 */
function subtreeRowsStatement(lo: number, hi: number, bandDay: string): { sql: string; params: (range: [string, string]) => Array<string | number> } {
  const band = ageBandCase('birth_date', bandDay);
  const yearBand = yearBandCase('year', bandDay);
  // One count per key of the three small dimensions (the keys are the rules' enumerations, and
  // the bands' names constants): `k0` … in the order of `keys`.
  const keys: Array<[SubtreeDimension, string, string]> = [
    ...MEMBER_STATUSES.map((k): [SubtreeDimension, string, string] => ['STATUS', k, `status = '${k}'`]),
    ...GENDERS.map((k): [SubtreeDimension, string, string] => ['GENDER', k, `gender = '${k}'`]),
    ...AGE_BANDS.map((k): [SubtreeDimension, string, string] => ['AGE_BAND', k, `b = '${k}'`]),
  ];
  const levels: string[] = [];
  for (let depth = hi - 1; depth >= lo; depth--) {
    const below = depth === hi - 1 ? `own where depth = ${hi} and` : `l${depth + 1} where`;
    levels.push(
      `l${depth} as materialized (select g.id, o.parent_id, g.dimension, g.key, g.n, o.root_id from (
         select id, dimension, key, sum(n) as n from (
           select parent_id as id, dimension, key, n from ${below} parent_id is not null
           union all select id, dimension, key, n from own where depth = ${depth}
         ) x group by id, dimension, key) g join o on o.id = g.id)`,
    );
  }
  const all = [`select id, dimension, key, n, root_id from own where depth = ${hi}`, ...levels.map((_, i) => `select id, dimension, key, n, root_id from l${hi - 1 - i}`)];
  const sql = `insert into subtree_count (organization_id, dimension, key, n, root_id)
    with o as materialized (select id, parent_id, path, depth, root_id, dissolved_on from organization where path >= ? and path < ?),
    m as (select org_path, status, gender, ${band.sql} as b from member where org_path >= ? and org_path < ?),
    c as materialized (select org_path, ${keys.map(([, , when], i) => `count(*) filter (where ${when}) as k${i}`).join(', ')} from m group by org_path),
    y as (select org_path, ${birthYearSql('postgresql', 'birth_date')} as year, count(*) as n from member where org_path >= ? and org_path < ? group by 1, 2),
    own as materialized (
      select o.id, o.parent_id, o.depth, u.dimension, u.key, u.n, o.root_id from (
        ${keys.map(([dimension, key], i) => `select org_path, '${dimension}' as dimension, '${key}' as key, k${i} as n from c where k${i} > 0`).join('\n        union all ')}
        union all select org_path, 'BIRTH_YEAR', year, n from y
        union all select org_path, 'YEAR_BAND', ${yearBand}, sum(n) from y group by org_path, 3
      ) u join o on o.path = u.org_path and o.dissolved_on is null
      union all select o.id, o.parent_id, o.depth, 'KIND', k.kind, k.n, o.root_id from (
        select parent_id, kind, count(*) as n from organization where dissolved_on is null and parent_id is not null and path >= ? and path < ? group by parent_id, kind
      ) k join o on o.id = k.parent_id
    )${levels.map((l) => `,\n    ${l}`).join('')}
    ${all.join('\n    union all ')}
    order by 1, 2, 3`;
  return { sql, params: (range) => [...range, ...band.params, ...range, ...range, ...range] };
}

/**
 * Recomputes `subtree_count` from `organization` and `member`: for one province (its root id)
 * or for everything. For bulk loads (the seeds) and repairs; changes through the services keep
 * the table up to date on their own.
 */
export async function rebuildSubtreeCounts(em: EntityManager, rootId?: number, today: string = todayInVietnam()): Promise<void> {
  const dialect = dialectOfEm(em);
  await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    // Age bands on the day the rollup stands on (the daily job moves it on); never built: today,
    // for every province at once (the other provinces have no AGE_BAND or YEAR_BAND rows yet either).
    const day = await readRollupDay(t, dialect, AGE_BANDS_ROLLUP, 'update');
    const run: RunSql = async (sql, params) => (/^\s*select/i.test(sql) ? t.execute(sql, params, 'all') : (await t.execute(sql, params, 'run'), []));
    await rebuildSubtreeRows(run, dialect, day == null ? undefined : rootId, day ?? today);
    if (day == null) await writeRollupDay(t, AGE_BANDS_ROLLUP, today);
  });
}

// ------------------------------------------------------------------ incremental changes

export interface CountedMember {
  status: MemberStatus;
  gender: Gender;
  birthDate: string;
}

interface Delta {
  organizationId: number;
  dimension: SubtreeDimension;
  key: string;
  n: number;
  rootId: number;
}

/**
 * Changes to a few organisations' counts, netted per row before they are written: a transfer
 * between two cells of one commune touches only the rows that really change. `apply` writes
 * them in one upsert (plus one delete of rows that reached zero).
 */
export class CountDeltas {
  private readonly deltas = new Map<string, Delta>();
  /** Members whose age bands are added at apply, on the day the AGE_BAND rollup stands on (YEAR_BAND: on its year's end). */
  private readonly banded: Array<{ cellPath: string; birthDate: string; sign: 1 | -1 }> = [];

  add(organizationId: number, rootId: number, dimension: SubtreeDimension, key: string, n: number): this {
    const id = `${organizationId}|${dimension}|${key}`;
    const d = this.deltas.get(id);
    if (d) d.n += n;
    else this.deltas.set(id, { organizationId, dimension, key, n, rootId });
    return this;
  }

  /** A member counted (sign 1) or no longer counted (sign -1) in the cell at `cellPath` and every organisation above it. */
  member(cellPath: string, member: CountedMember, sign: 1 | -1): this {
    const ids = pathIds(cellPath);
    const rootId = ids[0]!;
    for (const id of ids) {
      this.add(id, rootId, 'STATUS', member.status, sign);
      this.add(id, rootId, 'GENDER', member.gender, sign);
      this.add(id, rootId, 'BIRTH_YEAR', member.birthDate.slice(0, 4), sign);
    }
    this.banded.push({ cellPath, birthDate: member.birthDate, sign });
    return this;
  }

  /** The organisation at `path`, of `kind`, counted (sign 1) or no longer counted (-1) under every organisation above it. */
  organization(path: string, kind: OrganizationKind, sign: 1 | -1): this {
    const ids = pathIds(path);
    for (const id of ids.slice(0, -1)) this.add(id, ids[0]!, 'KIND', kind, sign);
    return this;
  }

  /** Adds `n` members born … (AGE_BAND rows) in `band` to the cell at `cellPath` and every organisation above it. */
  ageBand(cellPath: string, band: string, n: number): this {
    return this.alongPath(cellPath, 'AGE_BAND', band, n);
  }

  /** Adds `n` to the row (`dimension`, `key`) of the cell at `cellPath` and of every organisation above it. */
  private alongPath(cellPath: string, dimension: SubtreeDimension, key: string, n: number): this {
    const ids = pathIds(cellPath);
    for (const id of ids) this.add(id, ids[0]!, dimension, key, n);
    return this;
  }

  async apply(em: EntityManager): Promise<void> {
    if (this.banded.length > 0) {
      // The bands on the rollup's day and on its year's end (read under a share lock on
      // PostgreSQL, so that the daily job moving the day waits for this transaction); no day
      // yet: no AGE_BAND or YEAR_BAND rows to keep.
      const day = await readRollupDay(em, dialectOfEm(em), AGE_BANDS_ROLLUP, 'share');
      if (day) {
        const end = yearEnd(day);
        for (const m of this.banded.splice(0)) {
          this.ageBand(m.cellPath, ageBandOnDay(m.birthDate, day), m.sign).alongPath(m.cellPath, 'YEAR_BAND', ageBandOnDay(m.birthDate, end), m.sign);
        }
      }
    }
    const rows = [...this.deltas.values()].filter((d) => d.n !== 0);
    if (rows.length === 0) return;
    // Statements of at most 1,000 rows (5 bound values each: under every driver's limit).
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await em.execute(
        `insert into subtree_count (organization_id, dimension, key, n, root_id)
         values ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}
         on conflict (organization_id, dimension, key) do update set n = subtree_count.n + excluded.n`,
        chunk.flatMap((d) => [d.organizationId, d.dimension, d.key, d.n, d.rootId]),
        'run',
      );
    }
    const lowered = [...new Set(rows.filter((d) => d.n < 0).map((d) => d.organizationId))];
    for (let i = 0; i < lowered.length; i += 1000) await deleteZeros(em, lowered.slice(i, i + 1000));
  }
}

async function deleteZeros(em: EntityManager, organizationIds: number[]): Promise<void> {
  await em.execute(
    `delete from subtree_count where n = 0 and organization_id in (${organizationIds.map(() => '?').join(', ')})`,
    organizationIds,
    'run',
  );
}

/**
 * Moves the totals of the subtree of `sourceId` between ancestors, in one statement: for each
 * organisation `id` in `targets`, adds `rows` × (the source's own rows: its members, the
 * organisations under it) and `self` × (one organisation of `sourceKind`, the source itself).
 * A move of X from P to Q is rows = self = -1 on P's side and +1 on Q's side (shared ancestors
 * cancel out); a merge of S into T is rows = -1, self = -1 above S and rows = +1 from T up.
 */
export async function shiftSubtreeTotals(
  em: EntityManager,
  shift: { sourceId: number; sourceKind: OrganizationKind; targets: Array<{ id: number; rootId: number; rows: number; self: number }> },
): Promise<void> {
  const targets = shift.targets.filter((t) => t.rows !== 0 || t.self !== 0);
  if (targets.length === 0) return;
  const int = 'cast(? as integer)';
  await em.execute(
    `with a(id, root, r, s) as (values ${targets.map(() => `(${int}, ${int}, ${int}, ${int})`).join(', ')}),
     d(part, dimension, key, n) as (
       select 'R', dimension, key, n from subtree_count where organization_id = ?
       union all select 'S', 'KIND', ?, 1
     )
     insert into subtree_count (organization_id, dimension, key, n, root_id)
     select a.id, d.dimension, d.key, sum(d.n * (case when d.part = 'R' then a.r else a.s end)), a.root
     from a cross join d
     where true
     group by a.id, a.root, d.dimension, d.key
     having sum(d.n * (case when d.part = 'R' then a.r else a.s end)) <> 0
     on conflict (organization_id, dimension, key) do update set n = subtree_count.n + excluded.n`,
    [...targets.flatMap((t) => [t.id, t.rootId, t.rows, t.self]), shift.sourceId, shift.sourceKind],
    'run',
  );
  await deleteZeros(em, targets.map((t) => t.id));
}

/**
 * The coefficients of a move of the subtree at `fromPath` (the moved organisation's own path)
 * to below `toParentPath`: minus on the old ancestors only, plus on the new ancestors only.
 */
export function moveTargets(fromPath: string, toParentPath: string): Array<{ id: number; rootId: number; rows: number; self: number }> {
  const before = pathIds(fromPath).slice(0, -1);
  const after = pathIds(toParentPath);
  const out = new Map<number, { id: number; rootId: number; rows: number; self: number }>();
  for (const id of before) out.set(id, { id, rootId: before[0]!, rows: -1, self: -1 });
  for (const id of after) {
    const t = out.get(id);
    if (t) out.delete(id);
    else out.set(id, { id, rootId: after[0]!, rows: 1, self: 1 });
  }
  return [...out.values()];
}

/**
 * The coefficients of merging the organisation at `sourcePath` into the one at `targetPath`:
 * everything under the source (and its own members) goes to the target and above; the source
 * itself is no longer counted above it.
 */
export function mergeTargets(sourcePath: string, targetPath: string): Array<{ id: number; rootId: number; rows: number; self: number }> {
  const above = pathIds(sourcePath).slice(0, -1);
  const into = pathIds(targetPath);
  const out = new Map<number, { id: number; rootId: number; rows: number; self: number }>();
  for (const id of above) out.set(id, { id, rootId: above[0]!, rows: -1, self: -1 });
  for (const id of into) {
    const t = out.get(id);
    if (t) t.rows += 1;
    else out.set(id, { id, rootId: into[0]!, rows: 1, self: 0 });
  }
  return [...out.values()];
}

/** Drops every row of an organisation (dissolved, or merged away after its totals moved). */
export async function deleteSubtreeCounts(em: EntityManager, organizationId: number): Promise<void> {
  await em.execute(`delete from subtree_count where organization_id = ?`, [organizationId], 'run');
}

/** After a subtree changed province: its rows follow (root_id is the distribution key). */
export async function rerootSubtreeCounts(em: EntityManager, path: string, rootId: number): Promise<void> {
  await em.execute(
    `update subtree_count set root_id = ? where root_id <> ?
     and organization_id in (select id from organization where path >= ? and path < ? and dissolved_on is null)`,
    [rootId, rootId, path, subtreeUpperBound(path)],
    'run',
  );
}
