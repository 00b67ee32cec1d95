import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { en } from './en';
import { vi, type Dict } from './vi';

export type Lang = 'vi' | 'en';
export type { Dict };

export const LANGS: readonly Lang[] = ['vi', 'en'];
const DICTS: Record<Lang, Dict> = { vi, en };
const STORAGE_KEY = 'fourgood.lang';

function storedLang(): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'vi' || saved === 'en') return saved;
  } catch {
    // Storage can be blocked (private mode, policies): Vietnamese by default.
  }
  return 'vi';
}

/** Formatting for one language. Dates are always dd/mm/yyyy, as on Vietnamese documents. */
export interface Formats {
  number(n: number): string;
  percent(share: number): string;
  /** "YYYY-MM-DD" → "dd/mm/yyyy"; empty text for null. */
  date(iso: string | null | undefined): string;
}

export function makeFormats(lang: Lang): Formats {
  const numbers = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const percents = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
  return {
    number: (n) => numbers.format(n),
    percent: (share) => percents.format(Number.isFinite(share) ? share : 0),
    date: (iso) => {
      if (!iso) return '';
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
    },
  };
}

interface I18n {
  lang: Lang;
  t: Dict;
  f: Formats;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    dayjs.locale(lang);
  }, [lang]);
  // The dayjs locale must be right before the first render of any date picker.
  if (dayjs.locale() !== lang) dayjs.locale(lang);
  const value = useMemo<I18n>(() => ({ lang, t: DICTS[lang], f: makeFormats(lang), setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
