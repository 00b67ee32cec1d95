import type { Dictionary } from '@mikro-orm/core';

/** Parameters of the `scope` filter: the path ranges the caller may read, or null for all. */
export interface ScopeFilterArgs {
  ranges: Array<[string, string]> | null;
}

export const SCOPE_FILTER = 'scope';

/**
 * The condition of the `scope` filter on an entity whose subtree position is `pathProperty`.
 * Every EntityManager of a request sets the parameters (see graphql/context.ts); one without
 * them fails ("No arguments provided for filter 'scope'") instead of reading everything.
 */
export function scopeCondition(pathProperty: string) {
  return (args: ScopeFilterArgs): Dictionary => withinRanges(pathProperty, args.ranges);
}

/** "`pathProperty` lies in one of `ranges`": null ranges match everything, an empty list nothing. */
export function withinRanges(pathProperty: string, ranges: Array<[string, string]> | null): Dictionary {
  if (ranges === null) return {};
  if (ranges.length === 0) return { id: { $lt: 0 } };
  return { $or: ranges.map(([lo, hi]) => ({ [pathProperty]: { $gte: lo, $lt: hi } })) };
}

/** Limits every ORM read of `em` (and of its forks) to what `access` may read. */
export function applyScope(em: { setFilterParams(name: string, args: ScopeFilterArgs): void }, access: { readRanges(): Array<[string, string]> | null }): void {
  em.setFilterParams(SCOPE_FILTER, { ranges: access.readRanges() });
}
