import type { TableProblem } from '@fourgood/rules';
import type { useStaffI18n } from '../../../i18n/staff';
import { placeOf, type Draft } from '../draft';

/** Where a problem of the table is, in words ("item II.1, points"), for the list of problems. */
export function problemWhere(p: TableProblem, draft: Draft, tc: ReturnType<typeof useStaffI18n>['t']['criteria']): string {
  const place = placeOf(p.path, draft);
  if (place.kind === 'cell') {
    const item = draft.items.find((i) => i.key === place.rowKey);
    if (item) return tc.editor.whereItem(item.code || '?', fieldName(place.field, tc));
    const group = draft.groups.find((g) => g.key === place.rowKey);
    if (group) return tc.editor.whereGroup(group.code || '?', fieldName(place.field, tc));
  }
  if (place.kind === 'outcome') return tc.outcome.title;
  return p.code === 'TOTAL_MISMATCH' ? tc.editor.whereSum : tc.editor.whereTable;
}

function fieldName(field: string, tc: ReturnType<typeof useStaffI18n>['t']['criteria']): string {
  const names: Record<string, string> = {
    code: tc.grid.code,
    text: tc.grid.text,
    title: tc.grid.groupTitle,
    kind: tc.grid.kind,
    maxPoints: tc.grid.maxPoints,
    minPoints: tc.grid.groupMin,
    vetoEffect: tc.grid.vetoEffect,
    guidance: tc.grid.guidance,
    metric: tc.grid.metric,
    groupCode: tc.grid.groupCode,
  };
  return names[field] ?? field;
}
