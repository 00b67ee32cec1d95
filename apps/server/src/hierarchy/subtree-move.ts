import type { EntityManager } from '@mikro-orm/knex';
import { childPath, pathIds, subtreeUpperBound, type OrganizationKind } from '@fourgood/rules';

/**
 * A move or merge of part of the tree, published by HierarchyService to every feature that
 * keeps a current path (`org_path`, `path`) or province (`root_id`) of an organisation, so each
 * rewrites its own tables, in the transaction of the change.
 */
export interface SubtreeMove {
  /** MOVE: the organisation at `oldPrefix` with its subtree; MERGE: what was under the source (its subtrees and its members). */
  kind: 'MOVE' | 'MERGE';
  /** Path of the moved organisation (MOVE) or of the merged source (MERGE), before the change. */
  oldPrefix: string;
  /** Path that replaces `oldPrefix` (the moved organisation's new path, or the merge target's path). */
  newPrefix: string;
  /** Whether the organisation at `oldPrefix` itself moves (MOVE) or only what is below it (MERGE). */
  includeTop: boolean;
  /** The province the moved part now belongs to. */
  rootId: number;
  /** Effective date (Vietnam calendar day). */
  on: string;
  /** The moved organisation, or the merged source (dissolved on `on`). */
  source: { id: number; kind: OrganizationKind; path: string };
  /** The new parent (MOVE) or the merge target (MERGE), as they stand. */
  target: { id: number; path: string; rootId: number };
}

type Placed = { id: number; kind: OrganizationKind; path: string; rootId: number };

/** The event of moving `source` under `target` (MOVE), or of merging `source` into `target` (MERGE), from `on`. */
export function subtreeMove(kind: SubtreeMove['kind'], source: Placed, target: Placed, on: string): SubtreeMove {
  return {
    kind,
    oldPrefix: source.path,
    newPrefix: kind === 'MOVE' ? childPath(target.path, source.id) : target.path,
    includeTop: kind === 'MOVE',
    rootId: target.rootId,
    on,
    source: { id: source.id, kind: source.kind, path: source.path },
    target: { id: target.id, path: target.path, rootId: target.rootId },
  };
}

/** One feature's reaction to a SubtreeMove, for its own tables. */
export interface SubtreeMovedHandler {
  feature: string;
  /** The tables it keeps in step (a test checks every table with a current path has a handler). */
  tables: readonly string[];
  onSubtreeMoved(em: EntityManager, move: SubtreeMove): Promise<void>;
}

/** `column` lies in the moved part (`lower` compares against `oldPrefix`): SQL and its parameters. */
export function movedRange(move: SubtreeMove, column: string): { sql: string; params: [string, string] } {
  return { sql: `${column} ${move.includeTop ? '>=' : '>'} ? and ${column} < ?`, params: [move.oldPrefix, subtreeUpperBound(move.oldPrefix)] };
}

/** Organisations and their dated links (the publisher's own tables). */
export const hierarchyOnSubtreeMoved: SubtreeMovedHandler = {
  feature: 'hierarchy',
  tables: ['organization_link', 'organization'],
  async onSubtreeMoved(em, move) {
    const { newPrefix, rootId, on } = move;
    const { sql: inRange, params: range } = movedRange(move, 'path');
    const cut = move.oldPrefix.length + 1;
    const depthDelta = pathIds(newPrefix).length - pathIds(move.oldPrefix).length;
    await em.execute(
      `insert into organization_link (organization_id, parent_id, path, depth, root_id, valid_from, valid_to)
       select organization_id, parent_id, ? || substr(path, ?), depth + ?, ?, ?, null
       from organization_link where ${inRange} and valid_to is null`,
      [newPrefix, cut, depthDelta, rootId, on, ...range],
    );
    await em.execute(`update organization_link set valid_to = ? where ${inRange} and valid_to is null`, [on, ...range]);
    // A second change on the same day leaves empty periods behind.
    await em.execute(`delete from organization_link where ${inRange} and valid_from = ? and valid_to = ?`, [...range, on, on]);
    await em.execute(
      `update organization set path = ? || substr(path, ?), depth = depth + ?, root_id = ?
       where ${inRange} and dissolved_on is null`,
      [newPrefix, cut, depthDelta, rootId, ...range],
    );
  },
};
