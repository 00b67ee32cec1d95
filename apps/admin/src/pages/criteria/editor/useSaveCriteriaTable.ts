import { useState } from 'react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useClient, useMutation } from 'urql';
import { useStaffI18n } from '../../../i18n/staff';
import { focusFirstError } from '../../../lib/focusFirstError';
import { useLinkTo } from '../../../lib/url';
import { apiProblem, downloadBase64 } from '../access';
import { placeOf, saveInput } from '../draft';
import { criteriaReasonText } from '../messages';
import { CriteriaExportDocument, NewCriteriaTableVersionDocument, PublishCriteriaTableDocument, SaveCriteriaTableDocument } from '../queries';
import { criteriaPath } from '../util';
import type { CriteriaDraft } from './useCriteriaDraft';

/**
 * What the criteria editor sends: save the draft (optimistic locking), publish it, start the next
 * version, export. Refusals are placed on their cells or told in a message; a stale version is
 * told in a dialog that offers to reload. `busy` names the action under way.
 */
export function useSaveCriteriaTable(state: CriteriaDraft, openDraft: { id: string; version: number } | undefined, onReload: () => Promise<void>) {
  const { t, f } = useStaffI18n();
  const tc = t.criteria;
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const client = useClient();
  const { current, model, draft, check, setServerCells, goTo, afterSaved } = state;
  const [conflict, setConflict] = useState(false);
  const [, save] = useMutation(SaveCriteriaTableDocument);
  const [, publish] = useMutation(PublishCriteriaTableDocument);
  const [, newVersion] = useMutation(NewCriteriaTableVersionDocument);
  const [busy, setBusy] = useState<null | 'save' | 'publish' | 'version' | 'export'>(null);

  /** Someone saved in between: said in a dialog (the clerk may be far down the table), and kept at the top. */
  const showConflict = () => {
    setConflict(true);
    modal.confirm({
      title: tc.editor.conflictTitle,
      content: tc.editor.conflictText,
      okText: tc.editor.reload,
      cancelText: tc.editor.conflictLater,
      onOk: () => onReload(),
    });
  };

  const handleError = (error: Parameters<typeof apiProblem>[0], what: 'save' | 'publish') => {
    const problem = apiProblem(error);
    if (!problem) return;
    if (problem.code === 'CONFLICT' && problem.reason === 'STALE_VERSION') {
      showConflict();
      return;
    }
    if (problem.code === 'CONFLICT' && problem.reason === 'PUBLISHED') {
      message.error(tc.editor.alreadyPublished);
      return;
    }
    if (problem.code === 'VALIDATION_FAILED' && problem.fields.length > 0) {
      const cells = new Map<string, string[]>();
      for (const field of problem.fields) {
        const place = placeOf(field.field.replace(/^input\./, ''), draft);
        const key = place.kind === 'cell' ? `${place.rowKey}:${place.field}` : place.kind === 'outcome' ? `outcome:${place.field}` : 'table';
        cells.set(key, [...(cells.get(key) ?? []), tc.editor.serverSays(criteriaReasonText(t, f, field.reason, field.values))]);
      }
      setServerCells(cells);
      // The cells the server refused are marked aria-invalid with the next render: the first takes the focus.
      focusFirstError('[data-testid="criteria-grid"]');
      message.error(what === 'save' ? tc.editor.notSavedFix(problem.fields.length) : tc.editor.cannotPublishYet);
      return;
    }
    const kind = problem.code in t.errors ? (problem.code as keyof typeof t.errors) : 'UNKNOWN';
    message.error(String(t.errors[kind]));
  };

  const doSave = async (): Promise<boolean> => {
    if (check.blocking.length > 0) {
      message.error(tc.editor.fixBeforeSave(check.blocking.length));
      goTo(check.blocking[0]!);
      return false;
    }
    setBusy('save');
    const res = await save({ input: { id: current.id, expectedVersion: current.lockVersion, ...saveInput(draft, model) } });
    setBusy(null);
    if (res.error || !res.data) {
      handleError(res.error, 'save');
      return false;
    }
    afterSaved(res.data.saveCriteriaTable.table);
    message.success(res.data.saveCriteriaTable.problems.length ? tc.editor.savedWithProblems(res.data.saveCriteriaTable.problems.length) : tc.editor.saved);
    return true;
  };

  const doPublish = async () => {
    setBusy('publish');
    const res = await publish({ input: { id: current.id, expectedVersion: current.lockVersion } });
    setBusy(null);
    if (res.error || !res.data) return handleError(res.error, 'publish');
    afterSaved(res.data.publishCriteriaTable);
    message.success(tc.editor.published(res.data.publishCriteriaTable.version));
  };

  const doNewVersion = async () => {
    setBusy('version');
    const res = await newVersion({ id: current.id });
    setBusy(null);
    if (res.data) {
      message.success(tc.editor.versionCreated(res.data.newCriteriaTableVersion.version));
      navigate(linkTo(criteriaPath(res.data.newCriteriaTableVersion.id)));
      return;
    }
    const problem = apiProblem(res.error);
    if (problem?.reason === 'DRAFT_EXISTS' && openDraft) {
      message.info(tc.editor.draftExists(openDraft.version));
      navigate(linkTo(criteriaPath(openDraft.id)));
    } else handleError(res.error, 'save');
  };

  const doExport = async (format: 'CSV' | 'XLSX') => {
    setBusy('export');
    const res = await client.query(CriteriaExportDocument, { id: current.id, format }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(null);
    const file = res.data?.criteriaTable?.export;
    if (!file) {
      message.error(String(t.errors[res.error ? (apiProblem(res.error)?.code as keyof typeof t.errors) ?? 'UNKNOWN' : 'UNKNOWN'] ?? t.errors.UNKNOWN));
      return;
    }
    downloadBase64(file);
    message.success(tc.io.exported(file.filename));
  };

  return { busy, conflict, showConflict, doSave, doPublish, doNewVersion, doExport };
}
