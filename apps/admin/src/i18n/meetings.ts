import { useMemo } from 'react';
import { meetingsEn } from './meetings.en';
import { meetingsVi, type MeetingsDict } from './meetings.vi';
import { useI18n, type Dict } from './index';

/**
 * The meeting screens' dictionary: the app's (`useI18n`) plus the nested `meetings` section
 * (meetings.vi.ts is its master, meetings.en.ts has the same shape). Imported only by the meeting
 * screens and the meeting parts of the explore pages, which load on demand (bundle budget).
 */
export type MeetingsI18nDict = Dict & { meetings: MeetingsDict };

const SECTIONS = { vi: meetingsVi, en: meetingsEn } as const;

export function useMeetingsI18n() {
  const i18n = useI18n();
  const t = useMemo<MeetingsI18nDict>(() => ({ ...i18n.t, meetings: SECTIONS[i18n.lang] }), [i18n.t, i18n.lang]);
  return { ...i18n, t };
}
