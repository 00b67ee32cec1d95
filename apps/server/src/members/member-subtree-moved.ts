import { subtreeUpperBound } from '@fourgood/rules';
import { movedRange, type SubtreeMovedHandler } from '../hierarchy/subtree-move.js';

/**
 * Members follow their cell: the current path and province of `member`, the province of the open
 * membership and status periods (closed ones keep the old one); on a merge, the source's members
 * transfer to the target from the merge date.
 */
export const membersOnSubtreeMoved: SubtreeMovedHandler = {
  feature: 'members',
  tables: ['member', 'membership', 'member_status_period'],
  async onSubtreeMoved(em, move) {
    const { newPrefix, rootId } = move;
    const { sql: inRange, params: range } = movedRange(move, 'org_path');
    await em.execute(`update member set org_path = ? || substr(org_path, ?), root_id = ? where ${inRange}`, [newPrefix, move.oldPrefix.length + 1, rootId, ...range]);
    // Open periods follow their province (the distribution key); closed ones keep the old one.
    const moved = `select id from organization where path >= ? and path < ?`;
    const newRange = [newPrefix, subtreeUpperBound(newPrefix)];
    await em.execute(`update membership set root_id = ? where valid_to is null and root_id <> ? and organization_id in (${moved})`, [rootId, rootId, ...newRange]);
    await em.execute(
      `update member_status_period set root_id = ? where valid_to is null and root_id <> ? and member_id in (select id from member where org_path >= ? and org_path < ?)`,
      [rootId, rootId, ...newRange],
    );
    if (move.kind === 'MERGE') {
      const { source, target, on } = move;
      await em.execute(
        `insert into membership (member_id, organization_id, position, root_id, valid_from, valid_to)
         select member_id, ?, position, ?, ?, null from membership where organization_id = ? and valid_to is null`,
        [target.id, target.rootId, on, source.id],
      );
      await em.execute(`update membership set valid_to = ? where organization_id = ? and valid_to is null`, [on, source.id]);
      await em.execute(`delete from membership where organization_id = ? and valid_from = ? and valid_to = ?`, [source.id, on, on]);
      await em.execute(`update member set organization_id = ?, org_path = ?, root_id = ? where organization_id = ?`, [target.id, target.path, target.rootId, source.id]);
    }
  },
};
