import { useMemo, useState } from 'react';
import { scoreAssessment, validateEntries, type ScoreResult } from '@fourgood/rules';
import type { Viewer } from '../../../auth/session';
import { useKeepOnExpiry, useRestoredDraft } from '../../../lib/expiryDraft';
import { canEditOrg, canReviewOrg } from '../../../lib/permissions';
import { definitionOf, entriesOf, finalEntries, ruleEntries, scoresInput, type Entries, type Full } from './entries';

export type ScoreDraft = ReturnType<typeof useScoreDraft>;

/**
 * The scoring sheet's state: the assessment as last saved, both sides' entries as typed, what the
 * viewer may change, whether anything is unsaved, and the live outcome of each side (the same
 * rules as the server). `accept` starts again from an assessment the server returned.
 */
export function useScoreDraft(initial: Full, viewer: Viewer | null | undefined, lang: 'vi' | 'en') {
  const [current, setCurrent] = useState<Full>(initial);
  const def = useMemo(() => definitionOf(current), [current]);
  // Scores typed before the session ended come back after signing in again (same assessment, same version).
  const keepKey = `assessment:${initial.id}:${initial.lockVersion}`;
  const restored = useRestoredDraft<{ self: Entries; review: Entries }>(keepKey);
  const [self, setSelf] = useState<Entries>(() => restored?.self ?? entriesOf(initial, 'SELF', lang));
  const [review, setReview] = useState<Entries>(() => restored?.review ?? entriesOf(initial, 'REVIEW', lang));
  const [baseline, setBaseline] = useState(() => ({ self: JSON.stringify(scoresInput(definitionOf(initial), entriesOf(initial, 'SELF', lang))), review: JSON.stringify(scoresInput(definitionOf(initial), entriesOf(initial, 'REVIEW', lang))) }));

  const org = current.organization;
  const status = current.status;
  const canSelf = canEditOrg(viewer, org) && (status === 'DRAFT' || status === 'RETURNED');
  const canReview = canReviewOrg(viewer, org) && status === 'SUBMITTED';
  const hasReview = current.scores.some((s) => s.reviewPoints != null || s.reviewYes != null);
  const showReview = status === 'SUBMITTED' || status === 'APPROVED' || hasReview;

  const selfDirty = JSON.stringify(scoresInput(def, self)) !== baseline.self;
  const reviewDirty = JSON.stringify(scoresInput(def, review)) !== baseline.review;
  const dirty = (canSelf && selfDirty) || (canReview && reviewDirty);
  useKeepOnExpiry(keepKey, { self, review }, dirty);

  const selfResult: ScoreResult = useMemo(() => scoreAssessment(def, ruleEntries(def, self)), [def, self]);
  const final = useMemo(() => finalEntries(def, self, review), [def, self, review]);
  const finalResult: ScoreResult = useMemo(() => scoreAssessment(def, ruleEntries(def, final)), [def, final]);
  const selfProblems = useMemo(() => validateEntries(def, ruleEntries(def, self)), [def, self]);
  const reviewProblems = useMemo(() => validateEntries(def, ruleEntries(def, review)), [def, review]);

  const accept = (a: Full) => {
    setCurrent(a);
    const d = definitionOf(a);
    const s = entriesOf(a, 'SELF', lang);
    const r = entriesOf(a, 'REVIEW', lang);
    setSelf(s);
    setReview(r);
    setBaseline({ self: JSON.stringify(scoresInput(d, s)), review: JSON.stringify(scoresInput(d, r)) });
  };

  return { current, def, self, setSelf, review, setReview, canSelf, canReview, showReview, selfDirty, reviewDirty, dirty, selfResult, final, finalResult, selfProblems, reviewProblems, accept, restored: restored !== null };
}
