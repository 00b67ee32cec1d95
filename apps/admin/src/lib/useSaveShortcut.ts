import { useEffect, useRef } from 'react';

/**
 * Ctrl+S (⌘S) calls `onSave` from anywhere on the screen while `enabled`, instead of the browser's
 * "save page". The latest `onSave` is called (no stale draft); when not enabled the key is left
 * to the browser.
 */
export function useSaveShortcut(onSave: () => void, enabled: boolean): void {
  const latest = useRef(onSave);
  latest.current = onSave;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
