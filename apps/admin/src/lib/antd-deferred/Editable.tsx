import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * antd Typography's inline editor (bundling/antd-imports.ts): fetched the first time a text with
 * `editable` enters editing, so every Typography does not bring the text area and its form code.
 */
const Editable = lazy(() => import('antd/es/typography/Editable'));

export default function DeferredEditable(props: ComponentProps<typeof Editable>) {
  return (
    <Suspense fallback={null}>
      <Editable {...props} />
    </Suspense>
  );
}
