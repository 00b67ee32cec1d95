import { lazy, Suspense, type ComponentProps, type ReactElement } from 'react';
import { Skeleton } from 'antd';
import type { SelectProps } from 'antd/es/select';
import type { TableProps } from 'antd/es/table';

/**
 * antd components that the explore route shows but that need not be in its first download
 * (bundle budget, test/bench/bundle-budget.mjs): the table family (table, pagination, filter
 * menus, tree, checkbox, radio) and the select are fetched while the screen's data is on its way,
 * and the result pages with their large illustrations only when something goes wrong.
 */
const AntTable = lazy(() => import('antd/es/table'));
const AntResult = lazy(() => import('antd/es/result'));
const AntSelect = lazy(() => import('antd/es/select'));

function TableSkeleton({ rows }: { rows: number }) {
  return <Skeleton active title={false} paragraph={{ rows: Math.min(Math.max(rows, 3), 10) }} />;
}

/** antd's Table, loaded on first use (same props; a skeleton until the code arrives). */
export function Table<T extends object>(props: TableProps<T>): ReactElement {
  const Any = AntTable as unknown as (p: TableProps<T>) => ReactElement;
  return (
    <Suspense fallback={<TableSkeleton rows={props.dataSource?.length ?? 5} />}>
      <Any {...props} />
    </Suspense>
  );
}

/** antd's Result, loaded on first use. */
export function Result(props: ComponentProps<typeof AntResult>): ReactElement {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} style={{ maxWidth: 480, margin: '48px auto' }} />}>
      <AntResult {...props} />
    </Suspense>
  );
}

/** antd's Select for simple value lists, loaded on first use; until then a box of the same size shows the value. */
export function Select<V extends string | number>(props: SelectProps<V> & { value: V; options: Array<{ value: V; label: string }> }): ReactElement {
  const Any = AntSelect as unknown as (p: SelectProps<V>) => ReactElement;
  const label = props.options.find((o) => o.value === props.value)?.label ?? String(props.value);
  return (
    <Suspense
      fallback={
        <span
          className="ant-select-placeholder-box"
          style={{ display: 'inline-flex', alignItems: 'center', height: 32, padding: '0 11px', border: '1px solid #d9d9d9', borderRadius: 6, background: '#fff', boxSizing: 'border-box', ...(props.style ?? {}) }}
        >
          {label}
        </span>
      }
    >
      <Any {...props} />
    </Suspense>
  );
}
