import { useState } from 'react';
import { App } from 'antd';
import { useMutation } from 'urql';
import { useStaffI18n } from '../../../i18n/staff';
import { apiProblem } from '../../criteria/access';
import { ApproveAssessmentDocument, ReturnAssessmentDocument, SaveScoresDocument, SubmitAssessmentDocument } from '../queries';
import { scoresInput, type Full, type Side } from './entries';
import type { ScoreDraft } from './useScoreDraft';

/**
 * What the scoring sheet sends: save the side the viewer edits, submit, approve, return with a
 * reason (each saves unsaved scores first). Refusals are told in a message, a stale version in a
 * dialog that offers to reload. `busy` names the action under way.
 */
export function useSaveAssessment(draft: ScoreDraft, onReload: () => Promise<void>) {
  const { t } = useStaffI18n();
  const ts = t.scoring;
  const { message, modal } = App.useApp();
  const { current, def, self, review, canSelf, canReview, selfDirty, reviewDirty, selfProblems, reviewProblems, accept } = draft;
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState<null | 'save' | 'submit' | 'approve' | 'return'>(null);
  const [, saveScores] = useMutation(SaveScoresDocument);
  const [, submit] = useMutation(SubmitAssessmentDocument);
  const [, approve] = useMutation(ApproveAssessmentDocument);
  const [, returnIt] = useMutation(ReturnAssessmentDocument);

  const fail = (error: Parameters<typeof apiProblem>[0]) => {
    const p = apiProblem(error);
    if (!p) return;
    if (p.code === 'CONFLICT' && (p.reason === 'STALE_VERSION' || p.reason === 'WRONG_STATUS')) {
      setConflict(true);
      modal.confirm({ title: ts.sheet.conflictTitle, content: ts.sheet.conflictText, okText: t.criteria.editor.reload, cancelText: t.criteria.editor.conflictLater, onOk: () => onReload() });
      return;
    }
    if (p.reason === 'INCOMPLETE') return void message.error(ts.sheet.incompleteServer);
    if (p.reason === 'NOT_REVIEWER') return void message.error(ts.sheet.notReviewer);
    if (p.reason === 'OVERRIDE_NEEDS_NOTE') return void message.error(ts.sheet.overrideNeedsNote);
    if (p.reason === 'NO_DATA_NEEDS_NOTE') return void message.error(ts.sheet.noDataNeedsNote);
    if (p.reason === 'REVIEW_CHANGE_NEEDS_NOTE') return void message.error(ts.sheet.reviewChangeNeedsNote);
    if (p.reason === 'SAME_PERSON_SELF_AND_APPROVE') return void message.error(ts.sheet.samePersonSelfAndApprove);
    if (p.code === 'VALIDATION_FAILED') return void message.error(ts.sheet.invalidScores);
    message.error(String(t.errors[p.code in t.errors ? (p.code as keyof typeof t.errors) : 'UNKNOWN']));
  };

  /** Saves the side the viewer edits, when changed; returns the assessment to continue from, or null on failure. */
  const saveIfNeeded = async (): Promise<Full | null> => {
    const side: Side | null = canSelf && selfDirty ? 'SELF' : canReview && reviewDirty ? 'REVIEW' : null;
    if (!side) return current;
    const problems = side === 'SELF' ? selfProblems : reviewProblems;
    if (problems.length) {
      message.error(ts.sheet.fixBeforeSave(problems.length));
      return null;
    }
    const res = await saveScores({ input: { id: current.id, expectedVersion: current.lockVersion, side, scores: scoresInput(def, side === 'SELF' ? self : review) } });
    if (!res.data) {
      fail(res.error);
      return null;
    }
    accept(res.data.saveScores);
    return res.data.saveScores;
  };

  const doSave = async () => {
    setBusy('save');
    const saved = await saveIfNeeded();
    setBusy(null);
    if (saved) message.success(ts.sheet.saved);
  };

  const doSubmit = async () => {
    setBusy('submit');
    const saved = await saveIfNeeded();
    if (!saved) return setBusy(null);
    const res = await submit({ input: { id: saved.id, expectedVersion: saved.lockVersion } });
    setBusy(null);
    if (!res.data) return fail(res.error);
    accept(res.data.submitAssessment);
    message.success(ts.sheet.submitted);
  };

  const doApprove = async () => {
    setBusy('approve');
    const saved = await saveIfNeeded();
    if (!saved) return setBusy(null);
    const res = await approve({ input: { id: saved.id, expectedVersion: saved.lockVersion } });
    setBusy(null);
    if (!res.data) return fail(res.error);
    accept(res.data.approveAssessment);
    message.success(ts.sheet.approved);
  };

  /** Returns the assessment to the unit; true when done. */
  const doReturn = async (reason: string): Promise<boolean> => {
    if (!reason.trim()) return false;
    setBusy('return');
    const saved = await saveIfNeeded();
    if (!saved) {
      setBusy(null);
      return false;
    }
    const res = await returnIt({ input: { id: saved.id, expectedVersion: saved.lockVersion, reason: reason.trim() } });
    setBusy(null);
    if (!res.data) {
      fail(res.error);
      return false;
    }
    accept(res.data.returnAssessment);
    message.success(ts.sheet.returned);
    return true;
  };

  return { busy, conflict, doSave, doSubmit, doApprove, doReturn };
}
