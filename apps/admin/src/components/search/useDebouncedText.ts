import { useEffect, useState } from 'react';

/** `text` once it has stayed the same for `ms` (the search asks the server after a pause in typing, not on every key). */
export function useDebouncedText(text: string, ms: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (text === settled) return;
    const timer = window.setTimeout(() => setSettled(text), ms);
    return () => window.clearTimeout(timer);
  }, [text, settled, ms]);
  return settled;
}
