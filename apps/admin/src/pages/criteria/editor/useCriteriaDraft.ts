import { useCallback, useMemo, useState } from 'react';
import type { CriteriaModel, TableProblem } from '@fourgood/rules';
import type { Viewer } from '../../../auth/session';
import { useStaffI18n } from '../../../i18n/staff';
import { canEditOrg } from '../../../lib/permissions';
import type { FullTable } from '../CriteriaEditorPage';
import { checkDraft, draftFromTable, placeOf, saveInput, type Draft } from '../draft';
import { focusCellElement } from '../grid';
import { tableProblemText } from '../messages';

export type CriteriaDraft = ReturnType<typeof useCriteriaDraft>;

/**
 * The criteria editor's state: the version as last saved, the draft as edited, its live check
 * (the same rules as the server), what the server said about cells, whether anything is unsaved,
 * and where the sum mismatch is told. `afterSaved` starts again from what the server returned.
 */
export function useCriteriaDraft(initial: FullTable, viewer: Viewer | null | undefined) {
  const { t, f, lang } = useStaffI18n();
  const [current, setCurrent] = useState<FullTable>(initial);
  const model = current.model as CriteriaModel;
  const [draft, setDraft] = useState<Draft>(() => draftFromTable(initial, lang));
  const [baseline, setBaseline] = useState(() => JSON.stringify(saveInput(draftFromTable(initial, lang), model)));
  const [serverCells, setServerCells] = useState<Map<string, string[]>>(new Map());
  const [lastMax, setLastMax] = useState<string | null>(null);

  const canEdit = canEditOrg(viewer, current.owner);
  const isDraft = current.status === 'DRAFT';
  const readOnly = !isDraft || !canEdit;
  const check = useMemo(() => checkDraft(draft, model), [draft, model]);
  const dirty = JSON.stringify(saveInput(draft, model)) !== baseline;
  const say = useCallback((p: TableProblem) => tableProblemText(t, f, p, { baseSum: check.baseSum, total: check.total }), [t, f, check.baseSum, check.total]);

  const change = useCallback((update: (d: Draft) => Draft) => {
    setDraft(update);
    setServerCells((m) => (m.size ? new Map() : m));
  }, []);

  const messagesOf = useCallback(
    (cellKey: string) => [...(check.cells.get(cellKey) ?? []).map(say), ...(serverCells.get(cellKey) ?? [])],
    [check.cells, say, serverCells],
  );
  const outcomeMessages = useCallback(
    (field: string) => [...(check.outcome.get(field) ?? []).map(say), ...(serverCells.get(`outcome:${field}`) ?? [])],
    [check.outcome, say, serverCells],
  );
  const mismatch = check.table.find((p) => p.code === 'TOTAL_MISMATCH');
  // The sum is told next to the points cell edited last (or the first base item when none was).
  const sumAt = mismatch ? (lastMax ?? draft.items.find((i) => i.kind === 'SCORED' || i.kind === 'YES_NO')?.key ?? null) : null;

  /** Puts the caret in the cell of a problem. */
  const goTo = (p: TableProblem) => {
    const place = placeOf(p.path, draft);
    let el: HTMLElement | null = null;
    if (place.kind === 'cell') {
      const field = place.field === 'maxPoints' ? 'maxPoints' : place.field;
      el = document.querySelector<HTMLElement>(`[data-row-key="${place.rowKey}"] .fg-cell.fg-error`) ?? document.querySelector<HTMLElement>(`[data-row-key="${place.rowKey}"] [data-testid$="-${field}"]`);
    } else if (place.kind === 'outcome') {
      el = document.querySelector<HTMLElement>(`[data-testid="outcome-form"]`);
    } else if (p.code === 'TOTAL_MISMATCH' && sumAt) {
      el = document.querySelector<HTMLElement>(`[data-row-key="${sumAt}"] [data-testid$="-maxPoints"]`);
    }
    if (el) {
      el.scrollIntoView({ block: 'center' });
      if (!focusCellElement(el)) el.querySelector<HTMLElement>('input')?.focus();
    }
  };


  const afterSaved = (table: FullTable) => {
    setCurrent(table);
    setBaseline(JSON.stringify(saveInput(draftFromTable(table, lang), table.model as CriteriaModel)));
    setServerCells(new Map());
  };

  return {
    current,
    model,
    draft,
    setDraft,
    setServerCells,
    setLastMax,
    canEdit,
    isDraft,
    readOnly,
    check,
    dirty,
    say,
    change,
    messagesOf,
    outcomeMessages,
    mismatch,
    sumAt,
    goTo,
    afterSaved,
  };
}
