import { useMemo } from 'react';
import { criteriaEn, scoringEn } from './criteria.en';
import { criteriaVi, scoringVi } from './criteria.vi';
import { useI18n, type Dict } from './index';

/**
 * The staff screens' dictionary: the app's (`useI18n`) plus the nested `criteria` and `scoring`
 * sections (criteria.vi.ts is their master, criteria.en.ts has the same shape). They are imported
 * by the staff screens only, so the explore screens do not download them (bundle budget); the
 * header's entries use `t.nav.criteria` / `t.nav.assessments` of the main dictionary.
 */
export type StaffDict = Dict & { criteria: typeof criteriaVi; scoring: typeof scoringVi };

const SECTIONS = {
  vi: { criteria: criteriaVi, scoring: scoringVi },
  en: { criteria: criteriaEn, scoring: scoringEn },
} as const;

export function useStaffI18n() {
  const i18n = useI18n();
  const t = useMemo<StaffDict>(() => ({ ...i18n.t, ...SECTIONS[i18n.lang] }), [i18n.t, i18n.lang]);
  return { ...i18n, t };
}
