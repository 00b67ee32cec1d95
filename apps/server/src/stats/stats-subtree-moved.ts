import type { SubtreeMovedHandler } from '../hierarchy/subtree-move.js';
import { mergeTargets, moveTargets, rerootSubtreeCounts, shiftSubtreeTotals } from './subtree-counts.js';

/**
 * Subtree counts: the moved part's rows follow its province, and its totals shift from the old
 * ancestors to the new ones (a merge: everything the source counted now counts under the target).
 */
export const statsOnSubtreeMoved: SubtreeMovedHandler = {
  feature: 'stats',
  tables: ['subtree_count'],
  async onSubtreeMoved(em, move) {
    await rerootSubtreeCounts(em, move.newPrefix, move.rootId);
    const { source, target } = move;
    const targets = move.kind === 'MOVE' ? moveTargets(source.path, target.path) : mergeTargets(source.path, target.path);
    await shiftSubtreeTotals(em, { sourceId: source.id, sourceKind: source.kind, targets });
  },
};
