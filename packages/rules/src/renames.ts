import type { IsoDate } from './dates.js';

/** What the rename's date is checked against: the organisation as it stands, and today in Vietnam. */
export interface RenameContext {
  today: IsoDate;
  foundedOn: IsoDate;
  /** The day the current name took effect (the last rename's date); null if never renamed. */
  lastRenamedOn: IsoDate | null;
  dissolvedOn: IsoDate | null;
}

export type RenameDateProblem =
  | { code: 'FUTURE_DATE'; values: { today: IsoDate } }
  | { code: 'BEFORE_FOUNDED'; values: { foundedOn: IsoDate } }
  | { code: 'BEFORE_LAST_RENAME'; values: { date: IsoDate } }
  | { code: 'DISSOLVED'; values: { dissolvedOn: IsoDate } };

/**
 * Why a rename cannot take effect on `on` (a valid ISO date), or null. As for moves and
 * dissolutions: never in the future; not before the organisation existed, nor before its
 * previous rename (history is written in order); and not once it no longer exists. A rename on
 * the founding day or on the previous rename's day is allowed: it replaces that name
 * (renameReplaces), since the replaced name was carried no day.
 */
export function checkRenameDate(on: IsoDate, at: RenameContext): RenameDateProblem | null {
  if (on > at.today) return { code: 'FUTURE_DATE', values: { today: at.today } };
  if (on < at.foundedOn) return { code: 'BEFORE_FOUNDED', values: { foundedOn: at.foundedOn } };
  if (at.lastRenamedOn && on < at.lastRenamedOn) return { code: 'BEFORE_LAST_RENAME', values: { date: at.lastRenamedOn } };
  if (at.dissolvedOn && on >= at.dissolvedOn) return { code: 'DISSOLVED', values: { dissolvedOn: at.dissolvedOn } };
  return null;
}

/**
 * The first day the current name was carried: the last rename's day, else the founding day. A
 * rename on that day replaces the current name outright (no former name is kept: it was never
 * carried a whole day); a later one keeps it as a former name from that day to the day before.
 */
export function nameCarriedFrom(at: Pick<RenameContext, 'foundedOn' | 'lastRenamedOn'>): IsoDate {
  return at.lastRenamedOn && at.lastRenamedOn > at.foundedOn ? at.lastRenamedOn : at.foundedOn;
}

export function renameReplaces(on: IsoDate, at: Pick<RenameContext, 'foundedOn' | 'lastRenamedOn'>): boolean {
  return on <= nameCarriedFrom(at);
}
