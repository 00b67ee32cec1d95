import { describe, expect, it } from 'vitest';
import { answersDiffer, reviewChangeNeedsNote, reviewsOwnSelfScores } from './index.js';

describe('separation of duties', () => {
  it('a person who entered or submitted self scores may not review or approve them; the system binds no one', () => {
    expect(reviewsOwnSelfScores(7, [3, 7])).toBe(true);
    expect(reviewsOwnSelfScores(8, [3, 7])).toBe(false);
    expect(reviewsOwnSelfScores(8, [])).toBe(false);
    expect(reviewsOwnSelfScores(null, [3, 7])).toBe(false);
  });

  it('compares answers to the hundredth; an unanswered side differs from nothing', () => {
    expect(answersDiffer({ points: 9.16 }, { points: 9.16 })).toBe(false);
    expect(answersDiffer({ points: 9.16 }, { points: 9.17 })).toBe(true);
    expect(answersDiffer({ yes: true }, { yes: false })).toBe(true);
    expect(answersDiffer({ yes: true }, { yes: true })).toBe(false);
    expect(answersDiffer(null, { points: 3 })).toBe(false);
    expect(answersDiffer({ points: 3 }, { points: null })).toBe(false);
  });

  it('a review that changes the self score needs a note, unless it returns to what the recorded data gives', () => {
    expect(reviewChangeNeedsNote({ points: 20 }, { points: 15 }, null)).toBe(true);
    expect(reviewChangeNeedsNote({ points: 20 }, { points: 15 }, '   ')).toBe(true);
    expect(reviewChangeNeedsNote({ points: 20 }, { points: 15 }, 'Thiếu minh chứng')).toBe(false);
    expect(reviewChangeNeedsNote({ yes: false }, { yes: true }, undefined)).toBe(true);
    expect(reviewChangeNeedsNote({ points: 20 }, { points: 20 }, null)).toBe(false);
    expect(reviewChangeNeedsNote({ points: 5 }, { points: 4.81 }, null, { points: 4.81 })).toBe(false);
    expect(reviewChangeNeedsNote({ points: 5 }, { points: 4.5 }, null, { points: 4.81 })).toBe(true);
  });
});
