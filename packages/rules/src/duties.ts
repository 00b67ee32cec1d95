/**
 * Separation of duties in scoring: the unit scores itself, someone else reviews and approves, and
 * a reviewer who changes the unit's score says why.
 */
import { toHundredths } from './scoring.js';

/**
 * Whether `reviewerId` entered or submitted self scores of the assessment (`selfScorerIds`, every
 * user who did, over every round of returns). Such a person may not review or approve it. A
 * change made by the system (no user: demo data, command-line tools) is nobody's and binds no one.
 */
export function reviewsOwnSelfScores(reviewerId: number | null | undefined, selfScorerIds: readonly number[]): boolean {
  return reviewerId != null && selfScorerIds.includes(reviewerId);
}

export interface Answer {
  points?: number | null;
  yes?: boolean | null;
}

const answered = (a: Answer | null | undefined): a is Answer => a != null && (a.points != null || a.yes != null);

/** Whether two answers differ (points compared to the hundredth). An unanswered side differs from nothing. */
export function answersDiffer(a: Answer | null | undefined, b: Answer | null | undefined): boolean {
  if (!answered(a) || !answered(b)) return false;
  if (a.points != null || b.points != null) return a.points == null || b.points == null || toHundredths(a.points) !== toHundredths(b.points);
  return a.yes !== b.yes;
}

/**
 * Whether a review score needs a note: it changes the unit's self score, and it is not simply the
 * answer the recorded data gives (`data`, for items bound to a metric: the data's rule is then the
 * reason, kept as the note). A blank note is no note.
 */
export function reviewChangeNeedsNote(self: Answer | null | undefined, review: Answer, note: string | null | undefined, data?: Answer | null): boolean {
  if (!answersDiffer(self, review)) return false;
  if (answered(data) && !answersDiffer(data, review)) return false;
  return (note ?? '').trim() === '';
}
