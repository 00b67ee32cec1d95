import { useEffect, useRef, useState } from 'react';
import { SESSION_EXPIRED, sessionEvents } from './client';

const PREFIX = 'fourgood.draft:';
/** A kept draft older than this is not restored (a different sitting; the record may have moved on). */
const MAX_AGE_MS = 12 * 60 * 60 * 1000;

function read<T>(key: string): T | null {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const kept = JSON.parse(raw) as { savedAt: number; value: T };
    return Date.now() - kept.savedAt <= MAX_AGE_MS ? kept.value : null;
  } catch {
    return null;
  }
}

function forget(key: string) {
  try {
    window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/**
 * The entries of this form kept when the session ended (see `useKeepOnExpiry`), once: use them as
 * the form's initial state. The kept copy is removed when the form has mounted.
 */
export function useRestoredDraft<T>(key: string): T | null {
  const [restored] = useState<T | null>(() => read<T>(key));
  useEffect(() => {
    if (restored) forget(key);
  }, [key, restored]);
  return restored;
}

/**
 * Keeps a form's unsaved entries across the end of a session. When the server answers that the
 * session has ended (UNAUTHENTICATED, which sends the user to the sign-in page), the latest
 * `value` of a `dirty` form is written to sessionStorage under `key` (this tab only); after
 * signing in, the form with the same key starts from it (`useRestoredDraft`).
 */
export function useKeepOnExpiry<T>(key: string, value: T, dirty: boolean): void {
  const latest = useRef({ key, value, dirty });
  latest.current = { key, value, dirty };
  useEffect(() => {
    const keep = () => {
      const { key: k, value: v, dirty: d } = latest.current;
      if (!d) return;
      try {
        window.sessionStorage.setItem(PREFIX + k, JSON.stringify({ savedAt: Date.now(), value: v }));
      } catch {
        // Storage full or blocked: the entries cannot be kept.
      }
    };
    sessionEvents.addEventListener(SESSION_EXPIRED, keep);
    return () => sessionEvents.removeEventListener(SESSION_EXPIRED, keep);
  }, []);
}
