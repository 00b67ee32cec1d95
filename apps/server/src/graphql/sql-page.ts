import { Cursor } from '@mikro-orm/core';
import type { ConnectionShape, PageRequest } from './relay.js';

/**
 * Pages of lists read by hand-written SQL (the hot paths of issue #14), shaped and paged exactly
 * like `em.findByCursor` + `toConnection` with the order (name_sort, id): the Vietnamese sort key: the same cursors
 * (MikroORM's encoding of the ordering values), `hasNextPage` from one row more than the page,
 * `hasPreviousPage` when a cursor was given. Only forward pages (`first`/`after`); callers send
 * `last`/`before` to the ORM path.
 */
export interface NamedRow {
  nameSort: string;
  id: number;
}

/** The ordering values of an `after` cursor (already checked by pageRequest: a string and an integer). */
export function afterValues(request: PageRequest): [string, number] | null {
  if (!request.after) return null;
  const [name, id] = Cursor.decode(request.after) as [string, number];
  return [name, id];
}

/** SQL of "after the cursor" in the order (name_sort, id), and its parameters. */
export function afterCondition(alias: string, after: [string, number] | null): { sql: string; params: Array<string | number> } {
  if (!after) return { sql: '', params: [] };
  return { sql: ` and (${alias}.name_sort > ? or (${alias}.name_sort = ? and ${alias}.id > ?))`, params: [after[0], after[0], after[1]] };
}

/**
 * The connection of a page read with `limit first + 1`. Its edges (a cursor encoded per node) are
 * built when first read: a drill-down asks for `nodes` only, and 200 cursors and edge objects per
 * request were a visible share of its CPU (issue #14).
 */
export function sqlConnection<T extends NamedRow>(rows: T[], first: number, after: string | undefined, totalCount: number): ConnectionShape<T> {
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const cursor = (node: T) => Cursor.encode([node.nameSort, node.id]);
  let edges: ConnectionShape<T>['edges'] | undefined;
  return {
    get edges() {
      edges ??= nodes.map((node) => ({ cursor: cursor(node), node }));
      return edges;
    },
    nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: !!after,
      startCursor: nodes.length > 0 ? cursor(nodes[0]!) : null,
      endCursor: nodes.length > 0 ? cursor(nodes[nodes.length - 1]!) : null,
    },
    totalCount,
  };
}

/** `(col >= ? and col < ?) or …` over path ranges; `0 = 1` for none. */
export function rangesSql(column: string, ranges: Array<[string, string]>): { sql: string; params: string[] } {
  if (ranges.length === 0) return { sql: '0 = 1', params: [] };
  return { sql: `(${ranges.map(() => `(${column} >= ? and ${column} < ?)`).join(' or ')})`, params: ranges.flat() };
}
