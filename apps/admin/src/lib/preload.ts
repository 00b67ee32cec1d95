import { useEffect, useState, type RefObject } from 'react';

/**
 * Loading code ahead of need, for phones on slow links (test/bench/slow-link.ts): a screen's chunks
 * are fetched while its data is on the way, and code that is not on the screen yet (charts below
 * the fold) waits until the browser is idle or the reader comes near it.
 */

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void) => number; cancelIdleCallback?: (id: number) => void };

/** Runs `work` once the browser has nothing else to do; returns a cancel function. */
export function whenIdle(work: () => void): () => void {
  const w = window as IdleWindow;
  if (w.requestIdleCallback) {
    const id = w.requestIdleCallback(work);
    return () => w.cancelIdleCallback?.(id);
  }
  const id = window.setTimeout(work, 1);
  return () => window.clearTimeout(id);
}

/**
 * True from the moment the element comes within a screen's height of the viewport, or the browser
 * is first idle after it appeared, whichever comes first; it stays true.
 */
export function useNearOrIdle(ref: RefObject<Element | null>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const done = () => setReady(true);
    const cancelIdle = whenIdle(done);
    const element = ref.current;
    let observer: IntersectionObserver | undefined;
    if (element && typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), { rootMargin: '100% 0px' });
      observer.observe(element);
    }
    return () => {
      cancelIdle();
      observer?.disconnect();
    };
  }, [ready, ref]);
  return ready;
}
