import type { CommonReason } from './common.js';
import type { HierarchyReason } from './hierarchy.js';
import type { MemberReason } from './members.js';

/** Why an import file, one of its rows, or an import job is refused (the rows also give member, hierarchy and common reasons). */
export const DATAIO_REASONS = [
  'UNREADABLE_FILE',
  'EMPTY_SHEET',
  'UNKNOWN_SHEET',
  'MISSING_COLUMN',
  'COLUMN_TWICE',
  /** The same card number or code on an earlier row of the file (`firstRow`). */
  'DUPLICATE_IN_FILE',
  /** No organisation with the parent code in the file, in the database within the importer's scope. */
  'UNKNOWN_PARENT',
  /** No cell with this code in the file or within the importer's scope. */
  'UNKNOWN_CELL',
  /** An existing organisation given with another kind (a kind is never changed). */
  'KIND_CHANGED',
  /** An existing organisation given under another parent: moves are made in the app, with their date. */
  'PARENT_CHANGED',
  /** An existing organisation given with another founding date. */
  'FOUNDED_CHANGED',
  /** A new member whose status says they have already left (transferred out, deceased, removed). */
  'NEW_MEMBER_LEFT',
  /** The import job is not in a state that allows this (applying a file with problems, or twice). */
  'JOB_STATE',
  /** An import of the same user is still running (one at a time per user). */
  'IMPORT_RUNNING',
  /** The importer's roles, or the organisation they are on, changed while the import ran: nothing was imported. */
  'ACCESS_CHANGED',
] as const;
export type DataioReason = (typeof DATAIO_REASONS)[number];

/** Member and hierarchy reasons an import row may carry besides its own. */
export const IMPORT_ROW_REASONS = [
  'CARD_TAKEN',
  'NOT_A_CELL',
  'FINAL_STATUS',
  'BIRTH_TOO_EARLY',
  'TOO_YOUNG',
  'OFFICIAL_BEFORE_JOINING',
  'BEFORE_JOINING',
  'CODE_TAKEN',
  'PARENT_DISSOLVED',
  'BEFORE_PARENT',
  'CYCLE',
  'ROOT_HAS_NO_PARENT',
  'PARENT_REQUIRED',
  'PARENT_KIND_NOT_ALLOWED',
  'PARENT_HOLDS_MEMBERS',
  'SECTOR_REQUIRED',
  'SECTOR_NOT_ALLOWED',
  'CELL_TYPE_REQUIRED',
  'CELL_TYPE_NOT_ALLOWED',
] as const satisfies ReadonlyArray<MemberReason | HierarchyReason>;

/** Every reason an import report may give: its own, the listed member and hierarchy ones, and common ones. */
export type ImportReason = DataioReason | (typeof IMPORT_ROW_REASONS)[number] | CommonReason;
