import { useMemo } from 'react';
import { manageEn } from './manage.en';
import { manageVi, type ManageDict } from './manage.vi';
import { useI18n, type Dict } from './index';

/**
 * The management screens' dictionary: the app's (`useI18n`) plus the nested `manage` section
 * (manage.vi.ts is its master, manage.en.ts has the same shape). Imported only by those screens,
 * which load on demand (bundle budget); the header's entries read `manageNavLabels` below.
 */
export type ManageI18nDict = Dict & { manage: ManageDict };

const SECTIONS = { vi: manageVi, en: manageEn } as const;

export function useManageI18n() {
  const i18n = useI18n();
  const t = useMemo<ManageI18nDict>(() => ({ ...i18n.t, manage: SECTIONS[i18n.lang] }), [i18n.t, i18n.lang]);
  return { ...i18n, t };
}
