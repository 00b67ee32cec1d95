import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';

/** The last non-empty value: tables keep their rows while the next page loads. */
export function useLastDefined<T>(value: T | undefined | null): T | undefined {
  const ref = useRef<T | undefined>(undefined);
  if (value != null) ref.current = value;
  return value ?? ref.current;
}

/** The browser tab's title: "<page> · FourGood — …". */
export function useDocumentTitle(page: string | null | undefined) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = page ? `${page} · ${t.app.title}` : t.app.title;
  }, [page, t]);
}
