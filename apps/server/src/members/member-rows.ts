import type { EntityManager } from '@mikro-orm/knex';
import { subtreeUpperBound, type Gender, type MemberPosition, type MemberStatus } from '@fourgood/rules';
import type { Access } from '../auth/access.js';
import { narrowRanges } from '../auth/scope-filter.js';
import type { ConnectionShape, PageRequest } from '../graphql/relay.js';
import { afterCondition, afterValues, rangesSql, sqlConnection } from '../graphql/sql-page.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from './member.entity.js';

/**
 * Hot read path (issue #14: the cell page): members read by hand-written SQL and built without
 * MikroORM's hydration, like organization-rows.ts: each row becomes an object with Member's
 * prototype and its columns as own properties (read-only answers, never persisted). The scope is
 * in the SQL: the caller's read ranges intersected with the subtree's range (narrowRanges), so the
 * statement names only the narrow range (test/api/narrow-ranges.test.ts).
 */
const COLUMNS = [
  'm.id as id',
  'm.card_number as card_number',
  'm.full_name as full_name',
  'm.name_search as name_search',
  'm.name_sort as name_sort',
  'm.gender as gender',
  'm.birth_date as birth_date',
  'm.joined_on as joined_on',
  'm.official_on as official_on',
  'm.position as position',
  'm.status as status',
  'm.organization_id as organization_id',
  'm.org_path as org_path',
  'm.root_id as root_id',
].join(', ');

type Row = Record<string, string | number | null>;

const date = (v: string | number | null): string | null => (v == null ? null : String(v).slice(0, 10));

/**
 * A Member built from a row of COLUMNS (not managed by the EntityManager). `cells`: the
 * references to cells already made for the same page (a cell page's members all name one cell:
 * one identity-map lookup instead of one per member; em.getReference gives the same object anyway).
 */
export function memberOfRow(em: EntityManager, r: Row, cells?: Map<number, Member['organization']>): Member {
  const cellId = r.organization_id == null ? null : Number(r.organization_id);
  let cell: Member['organization'] = null;
  if (cellId !== null) {
    cell = cells?.get(cellId) ?? em.getReference(Organization, cellId, { wrapped: true });
    cells?.set(cellId, cell);
  }
  const member = {
    id: Number(r.id),
    cardNumber: String(r.card_number),
    fullName: String(r.full_name),
    nameSearch: String(r.name_search),
    nameSort: String(r.name_sort),
    gender: r.gender,
    birthDate: date(r.birth_date),
    joinedOn: date(r.joined_on),
    officialOn: date(r.official_on),
    position: r.position,
    status: r.status,
    // A reference through the request's EntityManager: on a cell page, the cell is loaded already.
    organization: cell,
    orgPath: r.org_path == null ? null : String(r.org_path),
    rootId: Number(r.root_id),
  };
  return Object.setPrototypeOf(member, Member.prototype) as Member;
}

/** Conditions of a members list, already checked by the service. */
export interface MemberConditions {
  status?: MemberStatus[] | null;
  gender?: Gender | null;
  position?: MemberPosition[] | null;
  bornOnOrBefore?: string | null;
  bornAfter?: string | null;
  /** Folded name text (LIKE wildcards removed) and the card number's start, as typed. */
  search?: { name: string; card: string } | null;
}

/**
 * Today's members of the subtree of `org` the caller may read, one page by (name_sort, id),
 * and their total: one statement (the total in a scalar subquery).
 */
export async function membersPage(
  em: EntityManager,
  access: Access,
  org: Organization,
  conditions: MemberConditions,
  request: PageRequest & { first: number },
): Promise<ConnectionShape<Member>> {
  const scope = rangesSql('m.org_path', org.dissolvedOn ? [] : narrowRanges(access, org.path, subtreeUpperBound(org.path)));
  const parts: string[] = [scope.sql];
  const params: Array<string | number> = [...scope.params];
  const list = (column: string, values: readonly string[]) => {
    parts.push(`${column} in (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (conditions.status?.length) list('m.status', conditions.status);
  if (conditions.gender) {
    parts.push('m.gender = ?');
    params.push(conditions.gender);
  }
  if (conditions.position?.length) list('m.position', conditions.position);
  if (conditions.bornOnOrBefore) {
    parts.push('m.birth_date <= ?');
    params.push(conditions.bornOnOrBefore);
  }
  if (conditions.bornAfter) {
    parts.push('m.birth_date > ?');
    params.push(conditions.bornAfter);
  }
  if (conditions.search) {
    parts.push('(m.name_search like ? or m.card_number like ?)');
    params.push(`%${conditions.search.name}%`, `${conditions.search.card}%`);
  }
  const where = parts.join(' and ');
  const after = afterCondition('m', afterValues(request));
  // A cell has no organisations under it, so every member in its range has its own path: there,
  // ordering by (org_path, name_sort, id) is the same order as by (name_sort, id), and it is the
  // order of the index member(org_path, name_sort) (id is the rowid on SQLite), which the range
  // scan then reads in order and stops after the page (issue #14: the cell page read all 113
  // members and sorted them in a temporary B-tree). On the driver at 500k (better-sqlite3, load
  // ~15): 0.15 ms less per page (the ids alone 0.18 → 0.11 ms); most of the statement's ~0.9 ms
  // is turning the page's 51 rows of 14 columns into JavaScript values.
  const order = org.kind === 'CELL' || org.kind === 'GRASSROOTS_CELL' ? 'm.org_path, m.name_sort, m.id' : 'm.name_sort, m.id';
  const rows = await em.execute<Row[]>(
    `select ${COLUMNS}, (select count(*) from member m where ${where}) as total_count
     from member m where ${where}${after.sql}
     order by ${order} limit ?`,
    [...params, ...params, ...after.params, request.first + 1],
  );
  let total = rows.length > 0 ? Number(rows[0]!.total_count) : 0;
  if (rows.length === 0 && after.sql) {
    // A page after the last one: its statement had no row to carry the total.
    const [row] = await em.execute<Row[]>(`select count(*) as n from member m where ${where}`, params);
    total = Number(row?.n ?? 0);
  }
  const cells = new Map<number, Member['organization']>();
  return sqlConnection(
    rows.map((r) => memberOfRow(em, r, cells)),
    request.first,
    request.after,
    total,
  );
}
