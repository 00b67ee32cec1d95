import { Reference } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { pathIds, subtreeUpperBound } from '@fourgood/rules';
import type { Access } from '../auth/access.js';
import { narrowRanges } from '../auth/scope-filter.js';
import type { ConnectionShape, PageRequest } from '../graphql/relay.js';
import { afterCondition, afterValues, rangesSql, sqlConnection } from '../graphql/sql-page.js';
import { jsonRows, parseJsonRows } from '../db/json-rows.js';
import type { Dialect } from '../db/orm.js';
import { Organization } from './organization.entity.js';

/**
 * Hot read path (issue #14): organisations read by hand-written SQL and built without MikroORM's
 * hydration (no identity map, no change tracking, no collections): each row becomes an object
 * with the entity's prototype and its column values as own properties, so resolvers, the scope
 * guard (`instanceof Organization`, its path) and the stats read it like an entity. Such objects
 * are read-only answers: never pass them to `em.persist`/`flush` (changes read entities through
 * the ORM). The scope is in the SQL: the caller's read ranges intersected with the subtree asked
 * for (narrowRanges), as the ORM's scope filter with narrowScope would give.
 */
const COLUMNS = [
  'o.id as id',
  'o.code as code',
  'o.name as name',
  'o.name_search as name_search',
  'o.name_sort as name_sort',
  'o.kind as kind',
  'o.sector as sector',
  'o.cell_type as cell_type',
  'o.founded_on as founded_on',
  'o.meeting_day_from as meeting_day_from',
  'o.meeting_day_to as meeting_day_to',
  'o.dissolved_on as dissolved_on',
  'o.parent_id as parent_id',
  'o.path as path',
  'o.depth as depth',
  'o.root_id as root_id',
].join(', ');

type Row = Record<string, string | number | null>;

const date = (v: string | number | null): string | null => (v == null ? null : String(v).slice(0, 10));
const int = (v: string | number | null): number | null => (v == null ? null : Number(v));

/** An Organization built from a row of COLUMNS (see above: not managed by the EntityManager). */
export function organizationOfRow(em: EntityManager, r: Row): Organization {
  const parentId = int(r.parent_id);
  const org = {
    id: Number(r.id),
    code: String(r.code),
    name: String(r.name),
    nameSearch: String(r.name_search),
    nameSort: String(r.name_sort),
    kind: r.kind,
    sector: r.sector ?? null,
    cellType: r.cell_type ?? null,
    foundedOn: date(r.founded_on),
    meetingDayFrom: int(r.meeting_day_from),
    meetingDayTo: int(r.meeting_day_to),
    dissolvedOn: date(r.dissolved_on),
    // A reference through the request's EntityManager: the parent is usually loaded already.
    parent: parentId === null ? null : em.getReference(Organization, parentId, { wrapped: true }),
    path: String(r.path),
    depth: Number(r.depth),
    rootId: Number(r.root_id),
  };
  return Object.setPrototypeOf(org, Organization.prototype) as Organization;
}

/** COLUMNS' names in their order: the entries of a childrenPage row (jsonRows). */
const COLUMN_NAMES = COLUMNS.split(', ').map((c) => c.slice(c.indexOf(' as ') + 4));

/**
 * An Organization built from a jsonRows entry of COLUMN_NAMES (as organizationOfRow), with the
 * `parent` reference the caller already holds (every child of a page has the same parent).
 */
function organizationOfEntry(v: Array<string | number | null>, parent: Organization['parent']): Organization {
  const org = {
    id: Number(v[0]),
    code: String(v[1]),
    name: String(v[2]),
    nameSearch: String(v[3]),
    nameSort: String(v[4]),
    kind: v[5],
    sector: v[6] ?? null,
    cellType: v[7] ?? null,
    foundedOn: date(v[8] ?? null),
    meetingDayFrom: int(v[9] ?? null),
    meetingDayTo: int(v[10] ?? null),
    dissolvedOn: date(v[11] ?? null),
    parent,
    path: String(v[13]),
    depth: Number(v[14]),
    rootId: Number(v[15]),
  };
  return Object.setPrototypeOf(org, Organization.prototype) as Organization;
}

/**
 * Today's children of `parent` the caller may read, one page by (name_sort, id), and their
 * total: one statement (the total in a scalar subquery), its rows as one JSON value
 * (db/json-rows.ts: the drill-down's 200 children, issue #14), so an empty page still has its total.
 */
export async function childrenPage(em: EntityManager, dialect: Dialect, access: Access, parent: Organization, request: PageRequest & { first: number }): Promise<ConnectionShape<Organization>> {
  const scope = rangesSql('o.path', narrowRanges(access, parent.path, subtreeUpperBound(parent.path)));
  const after = afterCondition('o', afterValues(request));
  const where = `o.parent_id = ? and o.dissolved_on is null and ${scope.sql}`;
  const [row] = await em.execute<Array<{ j: string | null; total_count: number | string }>>(
    `select ${jsonRows(dialect, COLUMN_NAMES.map((c) => `p.${c}`), 'p.name_sort, p.id')} as j,
       (select count(*) from organization o where ${where}) as total_count
     from (select ${COLUMNS} from organization o where ${where}${after.sql} order by o.name_sort, o.id limit ?) p`,
    [parent.id, ...scope.params, parent.id, ...scope.params, ...after.params, request.first + 1],
  );
  // One reference for all, to the organisation asked for (em.getReference would build a new
  // entity in the request's fresh identity map: a visible share of a drill-down, issue #14).
  const parentRef = Reference.create(parent);
  return sqlConnection(
    parseJsonRows<Array<string | number | null>>(row?.j).map((v) => organizationOfEntry(v, parentRef)),
    request.first,
    request.after,
    Number(row?.total_count ?? 0),
  );
}

/**
 * One organisation by id or code, null when there is none or the caller may not read it (the
 * answer of `node` and `organization`): one statement, within the caller's read ranges as the
 * ORM's scope filter would give, dissolved ones included.
 */
export async function visibleOrganization(em: EntityManager, access: Access, where: { id: number } | { code: string }): Promise<Organization | null> {
  const ranges = access.readRanges();
  const scope = ranges === null ? { sql: '1 = 1', params: [] } : rangesSql('o.path', ranges);
  const [key, value] = 'id' in where ? ['o.id', where.id] : ['o.code', where.code];
  // em.execute runs on the request's route (db/routing.ts): a query answers from its replica.
  const rows = await em.execute<Row[]>(`select ${COLUMNS} from organization o where ${key} = ? and ${scope.sql}`, [value, ...scope.params]);
  return rows.length > 0 ? organizationOfRow(em, rows[0]!) : null;
}

/**
 * visibleOrganization and, in the same statement, today's ancestors the caller may read (the
 * breadcrumbs of a drill-down or a cell page: issue #14, one statement and one round trip fewer).
 * The ancestors are found by walking `parent_id` up from the organisation (primary-key lookups,
 * a recursive CTE) and each row passes the same read ranges as the organisation itself, as
 * organizationsById gives them; they are then ordered (and limited) by the organisation's path,
 * from the province down to the parent, as HierarchyService.ancestors gives them today. A
 * dissolved organisation has no ancestors today (pathOn). Rows of an organisation the caller may
 * not read are never returned: the walk only names ids, every returned row is within scope.
 *
 * With `statsDimensions`, the organisation's own rows of `subtree_count` in those dimensions
 * (today's figures, as StatsService reads them for `stats` without a date) come in the same
 * statement, for the same organisation within the same read ranges: a cell page's `stats
 * { members }` without a statement of its own (issue #14). Without `ancestors`, no walk.
 */
export async function visibleOrganizationWithAncestors(
  em: EntityManager,
  access: Access,
  where: { id: number } | { code: string },
  dialect: Dialect,
  options: { ancestors?: boolean; statsDimensions?: readonly StatsDimension[] } = { ancestors: true },
): Promise<{ org: Organization | null; ancestors: Organization[]; statsRows: StatsRow[] }> {
  const ranges = access.readRanges();
  const scope = ranges === null ? { sql: '1 = 1', params: [] } : rangesSql('o.path', ranges);
  const [key, value] = 'id' in where ? ['id', where.id] : ['code', where.code];
  const ancestors = options.ancestors !== false;
  const dimensions = options.statsDimensions ?? [];
  // Every branch has the same columns: the organisation's, its kind of row, and a subtree_count row's.
  // Typed nulls: PostgreSQL types the first two branches' union on its own, where two untyped
  // nulls become text, which the third branch's integer `n` could not join.
  const none = `cast(null as text) as dim, cast(null as text) as k, cast(null as integer) as n`;
  const nulls = COLUMNS.split(', ').map((c) => `null as ${c.split(' as ')[1]}`).join(', ');
  const branches = [`select ${COLUMNS}, 0 as is_ancestor, ${none} from organization o where o.${key} = ? and ${scope.sql}`];
  const params: Array<string | number> = [value, ...scope.params];
  if (ancestors) {
    // PostgreSQL estimates a recursive CTE at ~100 rows whatever its depth, and for `in (select id
    // from up)` it planned a hash join over a sequential scan of every organisation in the caller's
    // read range (a whole province: 1.7 of the cell page's 2.1 ms of database time at 100,000
    // members, growing with the province). Handed the ids as an array, it looks each one up by
    // primary key (0.2 ms). SQLite already looks each one up.
    const ids = dialect === 'postgresql' ? 'o.id = any(array(select id from up))' : 'o.id in (select id from up)';
    branches.push(`select ${COLUMNS}, 1 as is_ancestor, ${none} from organization o where ${ids} and ${scope.sql}`);
    params.push(...scope.params);
  }
  if (dimensions.length > 0) {
    // The dimensions are constants of StatsDimension, never input.
    branches.push(
      `select ${nulls}, 2 as is_ancestor, s.dimension as dim, s.key as k, s.n as n from subtree_count s
       where s.organization_id = (select o.id from organization o where o.${key} = ? and ${scope.sql})
       and s.dimension in (${dimensions.map((d) => `'${d}'`).join(', ')})`,
    );
    params.push(value, ...scope.params);
  }
  // em.execute runs on the request's route (db/routing.ts), as visibleOrganization: a query answers from its replica.
  const rows = await em.execute<Row[]>(
    `${ancestors
      ? `with recursive up(id) as (
       select t.parent_id from organization t where t.${key} = ?
       union all
       select p.parent_id from organization p join up on p.id = up.id
     )
     `
      : ''}${branches.join('\n     union all\n     ')}`,
    ancestors ? [value, ...params] : params,
  );
  const own = rows.find((r) => Number(r.is_ancestor) === 0);
  if (!own) return { org: null, ancestors: [], statsRows: [] };
  const org = organizationOfRow(em, own);
  const statsRows = rows.filter((r) => Number(r.is_ancestor) === 2).map((r) => ({ dimension: String(r.dim), key: String(r.k), n: Number(r.n) }));
  if (org.dissolvedOn) return { org, ancestors: [], statsRows };
  const byId = new Map(rows.filter((r) => Number(r.is_ancestor) === 1).map((r) => [Number(r.id), r]));
  const path = pathIds(org.path)
    .filter((id) => id !== org.id && byId.has(id))
    .map((id) => organizationOfRow(em, byId.get(id)!));
  return { org, ancestors: path, statsRows };
}

/** The subtree_count dimensions of today's `stats` without age bands (StatsService.computeCurrent). */
export type StatsDimension = 'KIND' | 'STATUS' | 'GENDER';

/** A row of subtree_count read with an organisation. */
export interface StatsRow {
  dimension: string;
  key: string;
  n: number;
}

/** Organisations by id the caller may read (breadcrumbs), in no particular order: one statement. */
export async function organizationsById(em: EntityManager, access: Access, ids: number[]): Promise<Organization[]> {
  if (ids.length === 0) return [];
  const ranges = access.readRanges();
  const scope = ranges === null ? { sql: '1 = 1', params: [] } : rangesSql('o.path', ranges);
  const rows = await em.execute<Row[]>(`select ${COLUMNS} from organization o where o.id in (${ids.map(() => '?').join(', ')}) and ${scope.sql}`, [...ids, ...scope.params]);
  return rows.map((r) => organizationOfRow(em, r));
}
