import { useEffect, useRef } from 'react';
import { App } from 'antd';
import { useBlocker } from 'react-router';

/** The words of the "leave without saving?" question; each screen says what would be lost. */
export interface LeaveTexts {
  title: string;
  content: string;
  okText: string;
  cancelText: string;
}

/**
 * While `dirty`, leaving the screen asks first: in-app links and the back button through a
 * confirmation dialog, closing or reloading the tab through the browser's own question. Changing
 * only the query string (`?asOf=`) is not leaving. Returns `release()`: the next navigation goes
 * through unasked (after a save that navigates away in the same tick, before `dirty` re-renders).
 * Needs antd's `App` (a screen loaded with `withAntApp`).
 */
export function useUnsavedChangesGuard(dirty: boolean, texts: LeaveTexts): { release(): void } {
  const { modal } = App.useApp();
  // Read when a navigation starts, not when the screen last rendered.
  const state = useRef({ dirty, released: false, texts });
  state.current.dirty = dirty;
  state.current.texts = texts;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => state.current.dirty && !state.current.released && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const t = state.current.texts;
    modal.confirm({
      title: t.title,
      content: t.content,
      okText: t.okText,
      cancelText: t.cancelText,
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (!state.current.released) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return {
    release() {
      state.current.released = true;
    },
  };
}
