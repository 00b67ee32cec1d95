import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * antd's Dropdown as antd's Breadcrumb sees it (bundling/antd-imports.ts): fetched the first time a
 * breadcrumb item with a `menu` renders; until then the item shows without its menu.
 */
const Dropdown = lazy(() => import('antd/es/dropdown/dropdown'));

export default function DeferredDropdown(props: ComponentProps<typeof Dropdown>) {
  return (
    <Suspense fallback={props.children}>
      <Dropdown {...props} />
    </Suspense>
  );
}
