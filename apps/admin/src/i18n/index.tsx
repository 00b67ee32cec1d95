import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import type { Locale } from 'antd/es/locale';
import viVN from 'antd/es/locale/vi_VN';
import { storedLang, storeLang, type Lang } from './stored';
import { vi, type Dict } from './vi';

export type { Lang };
export type { Dict };

export const LANGS: readonly Lang[] = ['vi', 'en'];
interface Language {
  dict: Dict;
  /** antd's own texts (pagination, date pickers, empty states). */
  antd: Locale;
}

/**
 * Vietnamese is in the first download; English (our dictionary and antd's) is fetched the first
 * time it is chosen, which keeps the start page's JavaScript smaller.
 */
const LOADED: Partial<Record<Lang, Language>> = { vi: { dict: vi, antd: viVN } };

export function loadLanguage(lang: Lang): Promise<Language> {
  const ready = LOADED[lang];
  if (ready) return Promise.resolve(ready);
  return Promise.all([import('./en'), import('antd/es/locale/en_US')]).then(([ours, theirs]) => {
    LOADED.en = { dict: ours.en, antd: theirs.default };
    return LOADED.en;
  });
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
  antdLocale: Locale;
  f: Formats;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const [language, setLanguage] = useState<Language | undefined>(() => LOADED[lang]);
  useEffect(() => {
    let live = true;
    void loadLanguage(lang).then((loaded) => live && setLanguage(loaded));
    return () => {
      live = false;
    };
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    // Switch once the dictionary is there, so no screen renders half translated.
    void loadLanguage(next).then((loaded) => {
      setLanguage(loaded);
      setLangState(next);
    });
    storeLang(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    dayjs.locale(lang);
  }, [lang]);
  // The dayjs locale must be right before the first render of any date picker.
  if (dayjs.locale() !== lang) dayjs.locale(lang);
  const current = language && LOADED[lang] === language ? language : LOADED[lang];
  const value = useMemo<I18n | null>(
    () => (current ? { lang, t: current.dict, antdLocale: current.antd, f: makeFormats(lang), setLang } : null),
    [current, lang, setLang],
  );
  // Only while English loads for a visitor who chose it before: a blank instant, not a mix.
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
