import { Cursor as OrmCursor } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { pageRequest, type PageArgs, type PageInfo } from './relay.js';

/** A list ordered by a value that is no plain column: `sql` selects the columns `id` and `v` (the value, never null) of every row of the list. */
export interface FigureList {
  sql: string;
  params: unknown[];
  direction: 'asc' | 'desc';
  /** What `v` holds (default: an integer figure); strings compare by the column's collation. */
  kind?: 'integer' | 'string';
}

export interface FigurePage {
  items: Array<{ id: number; cursor: string }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * One page of a list ordered by a figure that is no column (a count, a rank), with Relay cursors:
 * keyset pagination on (figure, id) — ties by id ascending, so every row appears on exactly one
 * page — in two statements (the page, the total). Cursors are those of MikroORM's findByCursor
 * (base64url JSON of the ordering values), checked as two integers.
 */
export async function figurePage(em: EntityManager, list: FigureList, args: PageArgs): Promise<FigurePage> {
  const kind = list.kind ?? 'integer';
  const request = pageRequest(args, [kind, 'integer']);
  const backward = request.last !== undefined;
  const size = backward ? request.last! : request.first!;
  const cursor = backward ? request.before : request.after;
  const at = cursor ? (OrmCursor.decode(cursor) as Array<number | string>) : null;
  // Reading backward (last/before) walks the order in reverse, then turns the page round.
  const valueAsc = (list.direction === 'asc') !== backward;
  const idAsc = !backward;
  const after = at ? `where (t.v ${valueAsc ? '>' : '<'} ? or (t.v = ? and t.id ${idAsc ? '>' : '<'} ?))` : '';
  const rows = await em.execute<Array<{ id: number | string; v: number | string | null }>>(
    `select t.id, t.v from (${list.sql}) t ${after} order by t.v ${valueAsc ? 'asc' : 'desc'}, t.id ${idAsc ? 'asc' : 'desc'} limit ${size + 1}`,
    [...list.params, ...(at ? [at[0], at[0], at[1]] : [])],
  );
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();
  const [count] = await em.execute<Array<{ n: number | string }>>(`select count(*) as n from (${list.sql}) t`, list.params);
  const items = page.map((r) => ({ id: Number(r.id), cursor: OrmCursor.encode([kind === 'integer' ? Number(r.v ?? 0) : String(r.v ?? ''), Number(r.id)]) }));
  return {
    items,
    pageInfo: {
      hasNextPage: backward ? cursor !== undefined : more,
      hasPreviousPage: backward ? more : cursor !== undefined,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items[items.length - 1]?.cursor ?? null,
    },
    totalCount: Number(count?.n ?? 0),
  };
}
