import type { Dictionary } from '@mikro-orm/core';

/** Parameters of the `scope` filter: the path ranges the caller may read, or null for all. */
export interface ScopeFilterArgs {
  ranges: Array<[string, string]> | null;
}

export const SCOPE_FILTER = 'scope';

/**
 * The condition of the `scope` filter on an entity whose subtree position is `pathProperty`.
 * Every EntityManager of a request sets the parameters (see context.ts); one without
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

/**
 * Every read that turns the `scope` filter off (the `filters` option set to false), file by file, with the number
 * of such reads and why none of them can leak. `auth/scope-filter.test.ts` fails when a file gains
 * or loses one without this list changing. Two rules make them safe:
 * 1. Rows loaded unscoped never reach an answer unchecked: the scope guard (auth/scope-guard.ts)
 *    drops every Organization and Member the caller may not READ from every GraphQL field.
 * 2. Rows that are not organisations or members (meetings, awards, assessments…) are read
 *    unscoped only with their own readable condition (`readable()`: their `org_path` within the
 *    caller's ranges), or by id after that condition was checked, or inside a change after EDIT.
 */
/**
 * The scope filter's arguments for a read of the subtree [lo, hi) (a members or descendants
 * list): the caller's ranges intersected with it (two subtrees nest or are disjoint), so that the
 * statement names only the narrow range and the index scan is bounded by it, not by the caller's
 * whole scope (a cell page of a province leader: the cell's range, not the province's). Pass as
 * `filters` of the read, in place of a range of its own in the where condition.
 */
export function narrowScope(access: { readRanges(): Array<[string, string]> | null }, lo: string, hi: string): Dictionary<Dictionary> {
  const args: ScopeFilterArgs = { ranges: narrowRanges(access, lo, hi) };
  return { [SCOPE_FILTER]: { ...args } };
}

/** The caller's read ranges intersected with the subtree [lo, hi) (empty: nothing readable there); for SQL written by hand. */
export function narrowRanges(access: { readRanges(): Array<[string, string]> | null }, lo: string, hi: string): Array<[string, string]> {
  const ranges = access.readRanges();
  return ranges === null
    ? [[lo, hi]]
    : ranges.flatMap(([a, b]): Array<[string, string]> => {
        const from = a > lo ? a : lo;
        const to = b < hi ? b : hi;
        return from < to ? [[from, to]] : [];
      });
}

export const UNSCOPED_READS: Record<string, { count: number; reason: string }> = {
  'assessments/assessment.service.ts': { count: 5, reason: 'the organisation, its parent and the meeting of an assessment already read within scope, to check EDIT/review rights and fill metrics' },
  'auth/auth.service.ts': { count: 2, reason: "a user's grants with their organisations (their paths decide visibility; grants outside the reader's scope are filtered, their organisations pass the guard)" },
  'auth/demo-users.ts': { count: 1, reason: 'seeding the demo accounts (system access, no request)' },
  'auth/scope-guard.ts': { count: 2, reason: 'the guard itself: the path of a bare reference, and the last cell of members who left, only to decide what the caller sees' },
  'competition/competition.service.ts': { count: 16, reason: "commitments and awards with their readable condition; the member's cell, the conferrer and the honoured organisation to check EDIT and ancestry (outside: NOT_FOUND or the guard)" },
  'criteria/criteria.service.ts': { count: 2, reason: 'criteria tables with their own readable condition (owner above or inside the scope)' },
  'hierarchy/hierarchy.service.ts': { count: 1, reason: 'the moved organisation re-read inside the move, after EDIT on both ends' },
  'meetings/meeting.service.ts': { count: 11, reason: 'attendance, guests and rolls of a meeting already read within scope (members who left are still on them; the guard and memberName decide what is shown, an update keeps the rows of members the editor cannot see); duplicates and the meeting inside a change after EDIT' },
  'members/member.service.ts': { count: 2, reason: "a member's memberships with their cells (former cells outside the scope: organization null, organizationName kept, by the guard); the page of a members list on an earlier date, by the ids its statement selected within the caller's ranges (members who left since have no current cell for the filter)" },
  'oversight/oversight.service.ts': { count: 9, reason: 'assignments with their readable condition; the committee and the organisation of an assignment read within scope (the guard nulls a committee above the scope)' },
  'recommendations/recommendation.service.ts': { count: 8, reason: 'recommendations with their readable condition; the committee escalated to (above the scope: the guard nulls it; elsewhere: NOT_FOUND)' },
};
