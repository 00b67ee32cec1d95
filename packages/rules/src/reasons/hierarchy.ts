/** Why a change to the tree of organisations is refused. */
export const HIERARCHY_REASONS = [
  'CODE_TAKEN',
  'PARENT_DISSOLVED',
  'BEFORE_PARENT',
  'CYCLE',
  'SAME_PARENT',
  'SAME_ORGANIZATION',
  'TARGET_HOLDS_NO_MEMBERS',
  'HAS_CHILDREN',
  'HAS_MEMBERS',
  'ROOT_HAS_NO_PARENT',
  'PARENT_REQUIRED',
  'PARENT_KIND_NOT_ALLOWED',
  'PARENT_HOLDS_MEMBERS',
  'SECTOR_REQUIRED',
  'SECTOR_NOT_ALLOWED',
  'CELL_TYPE_REQUIRED',
  'CELL_TYPE_NOT_ALLOWED',
  /** A rename dated before the day the current name took effect (values: `date`, that day). */
  'BEFORE_LAST_RENAME',
] as const;
export type HierarchyReason = (typeof HIERARCHY_REASONS)[number];
