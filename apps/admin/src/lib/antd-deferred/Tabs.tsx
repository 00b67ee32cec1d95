import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * antd's Tabs as antd's Card sees it (bundling/antd-imports.ts): fetched the first time a Card with
 * `tabList` renders, so Card does not bring Tabs (and its menu and dropdown) into the first download.
 */
const Tabs = lazy(() => import('antd/es/tabs'));

export default function DeferredTabs(props: ComponentProps<typeof Tabs>) {
  return (
    <Suspense fallback={null}>
      <Tabs {...props} />
    </Suspense>
  );
}
