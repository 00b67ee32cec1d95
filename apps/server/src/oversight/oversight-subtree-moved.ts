import { movedRange, type SubtreeMovedHandler } from '../hierarchy/subtree-move.js';

/** Assignments are listed and scoped by their organisation's current path: they follow it. */
export const oversightOnSubtreeMoved: SubtreeMovedHandler = {
  feature: 'oversight',
  tables: ['oversight_assignment'],
  async onSubtreeMoved(em, move) {
    const { sql: inRange, params: range } = movedRange(move, 'org_path');
    await em.execute(
      `update oversight_assignment set org_path = (select o.path from organization o where o.id = oversight_assignment.organization_id),
         root_id = (select o.root_id from organization o where o.id = oversight_assignment.organization_id)
       where ${inRange}`,
      range,
    );
  },
};
