/** The interface language chosen on this device, kept in local storage (no dependency: the sign-in screen's first download uses it). */
export type Lang = 'vi' | 'en';

const STORAGE_KEY = 'fourgood.lang';

export function storedLang(): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'vi' || saved === 'en') return saved;
  } catch {
    // Storage can be blocked (private mode, policies): Vietnamese by default.
  }
  return 'vi';
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}
