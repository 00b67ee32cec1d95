import type { ReactNode } from 'react';
import { App } from 'antd';

/**
 * antd's `<App>` without its wrapper element: the holder of `App.useApp()`'s message, modal and
 * notification. Only the screens that use those hooks load it (App.tsx, `withAntApp`), so the
 * explore route does not download message, notification and modal code it never shows.
 */
export default function AntAppScope({ children }: { children: ReactNode }) {
  return <App component={false}>{children}</App>;
}
