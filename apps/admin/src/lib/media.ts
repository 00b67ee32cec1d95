import { useSyncExternalStore } from 'react';

/** Below this width the header folds into a menu and controls grow to touch size (antd's `lg` breakpoint). */
export const COMPACT = '(max-width: 991.98px)';
/** A phone held upright (antd's `sm` breakpoint). */
export const PHONE = '(max-width: 575.98px)';

/** Whether a CSS media query matches, kept up to date as the window changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
