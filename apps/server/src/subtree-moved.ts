import { hierarchyOnSubtreeMoved, type SubtreeMovedHandler } from './hierarchy/subtree-move.js';
import { membersOnSubtreeMoved } from './members/member-subtree-moved.js';
import { oversightOnSubtreeMoved } from './oversight/oversight-subtree-moved.js';
import { statsOnSubtreeMoved } from './stats/stats-subtree-moved.js';

/**
 * Who rewrites what when part of the tree moves or merges, in this order, in the transaction of
 * the change: the organisations first (the others read their new paths), then members (member
 * status periods read the members' new paths), then the rest.
 */
export const SUBTREE_MOVED_HANDLERS: readonly SubtreeMovedHandler[] = [
  hierarchyOnSubtreeMoved,
  membersOnSubtreeMoved,
  oversightOnSubtreeMoved,
  statsOnSubtreeMoved,
];

/**
 * Tables with an `org_path` or `root_id` column that a move never rewrites: each row keeps the
 * place its organisation had on the row's own date.
 */
export const PATHS_KEPT_AS_OF_THEIR_DATE: Readonly<Record<string, string>> = {
  meeting: 'the cell’s path on the meeting date (statistics count a meeting where the cell was then)',
  attendance: 'repeats its meeting’s path on the meeting date',
  rating: 'the path on the evaluation date (31 December, or today for the running year)',
  rating_count: 'rolls up rating rows by their path on the evaluation date, which never changes (ratings/rating-counts.ts)',
  meeting_month: 'rolls up meeting rows by their path on the meeting date, which never changes (meetings/meeting-rollups.ts)',
  meeting_streak_year: 'rolls up attendance rows by their path on the meeting date, which never changes (meetings/meeting-rollups.ts)',
  meeting_subtree_year:
    'rolls up the periods of cells per path they sat under in a year (the dated tree): a move changes the periods from its date on, and HierarchyService moves the rows with them (followCellPeriods, meetings/meeting-subtree-years.ts)',
  meeting_subtree_stage:
    'as meeting_subtree_year, as of each day something falls due: moved with it by followCellPeriods (meetings/meeting-subtree-years.ts)',
  meeting_subtree_entry:
    'as meeting_subtree_year, the cells by their first day under a path in a year: moved with it by followCellPeriods (meetings/meeting-subtree-years.ts)',
  recommendation: 'the raising organisation’s path on the day it was raised',
  member_commitment: 'the member’s cell when the commitment was registered',
  award: 'the honoured organisation (or member’s cell) when the award was conferred',
  audit_entry: 'where the change was made, when it was made',
  assessment: 'the subject’s province on the last day of the period (its subject_path likewise), where it counts',
  model_registration: 'the organisation’s province on the day it registered for the model',
};
