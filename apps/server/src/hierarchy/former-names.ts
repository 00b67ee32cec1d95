import type { EntityManager } from '@mikro-orm/knex';
import { addDays } from '@fourgood/rules';
import type { ConnectionShape } from '../graphql/relay.js';
import { Organization } from './organization.entity.js';

/**
 * Names by date (issue #12 §4). `organization` holds today's name; `organization_former_name`
 * the earlier ones with the days they were carried ([used_from, used_until], both inclusive).
 * Lists read as of a past day look up the names of their page in one statement and answer
 * copies of their organisations carrying that day's names; today's lists read nothing more.
 */

export interface FormerName {
  name: string;
  usedFrom: string;
  usedUntil: string;
}

type Row = { organization_id: number | string; name: string; used_from: string | Date; used_until: string | Date };

const day = (v: string | Date): string => (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10);

/** Today's name of organisations that are shown with another day's name (see withName). */
const CURRENT_NAME = new WeakMap<object, string>();

/**
 * A read-only copy of `org` carrying `name` (the name of the day it is read as of): its prototype
 * is the organisation, so everything else reads through (scope guard, field resolvers). Never
 * passed to the EntityManager.
 */
export function withName(org: Organization, name: string): Organization {
  if (name === org.name) return org;
  const copy = Object.create(org) as Organization;
  Object.defineProperty(copy, 'name', { value: name, enumerable: true });
  CURRENT_NAME.set(copy, currentName(org));
  return copy;
}

/** The organisation's name today, also for a copy made by withName. */
export function currentName(org: Organization): string {
  return CURRENT_NAME.get(org) ?? org.name;
}

/** The name each organisation carried on `date`, for those that carried a former name then: one statement. */
export async function formerNamesOn(em: EntityManager, ids: readonly number[], date: string): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await em.execute<Row[]>(
    `select organization_id, name from organization_former_name
      where organization_id in (${unique.map(() => '?').join(', ')}) and used_from <= ? and used_until >= ?`,
    [...unique, date, date],
  );
  return new Map(rows.map((r) => [Number(r.organization_id), r.name]));
}

/** The organisations as they were named on `date`; today (or later) they are returned as they are, with no statement. */
export async function namedOn(em: EntityManager, orgs: Organization[], date: string, today: string): Promise<Organization[]> {
  if (date >= today || orgs.length === 0) return orgs;
  const names = await formerNamesOn(em, orgs.map((o) => o.id), date);
  if (names.size === 0) return orgs;
  return orgs.map((o) => (names.has(o.id) ? withName(o, names.get(o.id)!) : o));
}

/** A page of organisations as named on `date` (see namedOn): one statement for the page on a past day, none today. */
export async function pageNamedOn(em: EntityManager, page: ConnectionShape<Organization>, date: string, today: string): Promise<ConnectionShape<Organization>> {
  if (date >= today || page.nodes.length === 0) return page;
  const names = await formerNamesOn(em, page.nodes.map((o) => o.id), date);
  if (names.size === 0) return page;
  const named = (o: Organization) => (names.has(o.id) ? withName(o, names.get(o.id)!) : o);
  return { ...page, nodes: page.nodes.map(named), edges: page.edges.map((e) => ({ ...e, node: named(e.node) })) };
}

/** The organisations whose name on `date` was a former name matching `like` (folded text, LIKE pattern): one statement. */
export async function formerNamesMatching(em: EntityManager, like: string, date: string): Promise<number[]> {
  const rows = await em.execute<Array<{ organization_id: number | string }>>(
    `select organization_id from organization_former_name where name_search like ? and used_from <= ? and used_until >= ?`,
    [like, date, date],
  );
  return rows.map((r) => Number(r.organization_id));
}

/** Former names of each organisation, oldest first (the loader's batch): one statement. */
export async function formerNamesOf(em: EntityManager, ids: readonly number[]): Promise<FormerName[][]> {
  if (ids.length === 0) return [];
  const rows = await em.execute<Row[]>(
    `select organization_id, name, used_from, used_until from organization_former_name
      where organization_id in (${ids.map(() => '?').join(', ')}) order by used_until, id`,
    [...ids],
  );
  const byOrg = new Map<number, FormerName[]>();
  for (const r of rows) {
    const list = byOrg.get(Number(r.organization_id)) ?? [];
    list.push({ name: r.name, usedFrom: day(r.used_from), usedUntil: day(r.used_until) });
    byOrg.set(Number(r.organization_id), list);
  }
  return ids.map((id) => byOrg.get(id) ?? []);
}

/** The day the current name took effect, if it came from a rename (the day after the last former name ended). */
export function lastRenamedOn(formerNames: readonly FormerName[]): string | null {
  let last: string | null = null;
  for (const f of formerNames) if (last === null || f.usedUntil > last) last = f.usedUntil;
  return last === null ? null : addDays(last, 1);
}

/** The name carried on `date`, from the organisation's former names and today's name. */
export function nameOn(today: string, formerNames: readonly FormerName[], date: string): string {
  for (const f of formerNames) if (f.usedFrom <= date && date <= f.usedUntil) return f.name;
  return today;
}
