import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import type { SortDirection } from '../gql/graphql';

/**
 * The props of a table column sorted on the server (ChildrenTable, MembersTable): the order in
 * force shown on the column whose field it is; a click asks for the next one through the table's
 * `onChange` (read back with `sortAsked`).
 */
export function serverSortColumn<F extends string>(current: F, direction: SortDirection, tooltip: { title: string }) {
  return (by: F) => ({
    sorter: true,
    sortOrder: (current === by ? (direction === 'DESC' ? 'descend' : 'ascend') : null) as SortOrder,
    sortDirections: ['ascend', 'descend'] as SortOrder[],
    showSorterTooltip: tooltip,
  });
}

/** The field and direction an antd Table's sorter asks for; `fallback` ascending when the sort was cleared. */
export function sortAsked<T, F extends string>(
  sorter: SorterResult<T> | SorterResult<T>[],
  fieldOfColumn: (columnKey: string) => F | undefined,
  fallback: F,
): { field: F; direction: SortDirection } {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!one?.order) return { field: fallback, direction: 'ASC' };
  return { field: fieldOfColumn(String(one.columnKey)) ?? fallback, direction: one.order === 'descend' ? 'DESC' : 'ASC' };
}
