import { lazy, Suspense, useEffect, useState } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n';
import './search.css';

// The results overlay and its query load on the first opening: the header stays small.
const SearchDialog = lazy(() => import('./SearchDialog'));

/** True while the user types in a field: "/" is then a character, not the search shortcut. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role="textbox"], .cm-editor') !== null;
}

/**
 * The header's search: a button (and the `/` and Ctrl+K / ⌘K shortcuts) opening a search over
 * everything in the viewer's scope (organisations and members), see SearchDialog.
 */
export function SearchBox() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target);
      if (ctrlK || slash) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="fg-search-trigger" data-testid="search-open" aria-label={t.search.open} aria-keyshortcuts="/ Control+K" onClick={() => setOpen(true)}>
        <SearchOutlined aria-hidden />
        <span className="fg-search-trigger-label">{t.search.placeholderShort}</span>
        <kbd className="fg-search-trigger-key" aria-hidden>
          /
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
