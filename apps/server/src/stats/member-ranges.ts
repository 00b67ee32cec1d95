import type { EntityManager } from '@mikro-orm/knex';
import { subtreeUpperBound } from '@fourgood/rules';
import { validOn } from '../common/dates.js';

type Row = Record<string, string | number | null>;

/**
 * Members read per statement when a subtree's members are counted row by row (a past date,
 * grouped counts): on SQLite, which runs a statement on the event loop, about 200 ms for the
 * dated tables on this machine. A bigger subtree is read in several statements, split along its
 * children.
 */
export const MEMBERS_PER_STATEMENT = 8_000;

/** A part of an organisation's subtree as a path range [lo, hi), with its members today (the weight). */
export interface MemberRange {
  orgId: number;
  lo: string;
  hi: string;
  weight: number;
}

/**
 * The subtrees of `paths` (organisation → its path on `date`) as path ranges, grouped into
 * statements of about `budget` members: a subtree with more members today (subtree_count) is cut
 * along its children on `date` (each child's subtree whole; the organisation's own members go
 * with the first range). Every row of a subtree falls in exactly one of its ranges, so counts over
 * the ranges add up. Two statements: the children, and the weights.
 */
export async function memberRanges(em: EntityManager, paths: Map<number, string>, date: string, budget: number): Promise<MemberRange[][]> {
  const ids = [...paths.keys()];
  if (ids.length === 0) return [];
  const l = validOn('l', date);
  const children = await em.execute<Row[]>(
    `select l.parent_id as parent, l.organization_id as id, l.path as path from organization_link l
     where l.parent_id in (${ids.map(() => '?').join(', ')}) and ${l.sql}`,
    [...ids, ...l.params],
  );
  const weighed = [...new Set([...ids, ...children.map((c) => Number(c.id))])];
  const weights = new Map<number, number>();
  for (let i = 0; i < weighed.length; i += 500) {
    const chunk = weighed.slice(i, i + 500);
    const rows = await em.execute<Row[]>(
      `select organization_id as id, sum(n) as n from subtree_count where dimension = 'STATUS' and organization_id in (${chunk.map(() => '?').join(', ')}) group by organization_id`,
      chunk,
    );
    for (const r of rows) weights.set(Number(r.id), Number(r.n));
  }
  const ranges: MemberRange[] = [];
  for (const [orgId, path] of paths) {
    const hi = subtreeUpperBound(path);
    const total = weights.get(orgId) ?? 0;
    const below = children
      .filter((c) => Number(c.parent) === orgId)
      .map((c) => ({ path: String(c.path), weight: weights.get(Number(c.id)) ?? 0 }))
      .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
    if (total <= budget || below.length === 0) {
      ranges.push({ orgId, lo: path, hi, weight: total });
      continue;
    }
    let current: MemberRange = { orgId, lo: path, hi, weight: Math.max(0, total - below.reduce((a, c) => a + c.weight, 0)) };
    for (const child of below) {
      if (current.weight > 0 && current.weight + child.weight > budget) {
        ranges.push({ ...current, hi: child.path });
        current = { orgId, lo: child.path, hi, weight: 0 };
      }
      current.weight += child.weight;
    }
    ranges.push(current);
  }
  const statements: MemberRange[][] = [];
  let batch: MemberRange[] = [];
  let weight = 0;
  for (const range of ranges) {
    if (batch.length > 0 && (weight + range.weight > budget || batch.length >= 200)) {
      statements.push(batch);
      batch = [];
      weight = 0;
    }
    batch.push(range);
    weight += range.weight;
  }
  if (batch.length > 0) statements.push(batch);
  return statements;
}

/** `with k(org_id, lo, hi) as (values …)` for a statement's ranges. */
export function rangesCte(ranges: MemberRange[]): { sql: string; params: Array<string | number> } {
  return {
    sql: `with k(org_id, lo, hi) as (values ${ranges.map(() => '(?, ?, ?)').join(', ')})`,
    params: ranges.flatMap((r) => [String(r.orgId), r.lo, r.hi]),
  };
}
