import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { COMMON_REASONS, MEETING_REASONS, RECOMMENDATION_REASONS } from '@fourgood/rules';
import { meetingsEn } from '../../i18n/meetings.en';
import { meetingsVi } from '../../i18n/meetings.vi';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';
import { meetingProblemText, recommendationProblemText, serverProblems } from './reasons';

const f = {
  number: (n: number) => new Intl.NumberFormat('vi-VN').format(n),
  percent: (share: number) => `${share * 100}%`,
  date: (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : ''),
};
const tVi = { ...vi, meetings: meetingsVi };
const tEn = { ...en, meetings: meetingsEn };
const ctx = { today: '2026-01-31', startTime: '19:30' };

describe('meeting problems in the clerk’s words', () => {
  it('words every meeting and common reason, in Vietnamese and English', () => {
    for (const reason of [...MEETING_REASONS, ...COMMON_REASONS]) {
      const said = meetingProblemText(tVi, f, { path: 'x', reason, message: 'English text never shown' }, ctx);
      expect(said, reason).toMatch(/\S/);
      expect(said, reason).not.toContain('English text');
      expect(meetingProblemText(tEn, f, { path: 'x', reason, message: '' }, ctx), reason).toMatch(/\S/);
    }
  });

  it('says a second regular meeting with the month and date the server carries, not read from its message', () => {
    const text = meetingProblemText(tVi, f, { path: 'date', reason: 'DUPLICATE_REGULAR', message: 'reworded by the server, 1999-09-09', values: { month: '2026-01', date: '2026-01-05', meetingId: 'TWVldGluZzox' } }, ctx);
    expect(text).toContain('Tháng 01/2026');
    expect(text).toContain('05/01/2026');
    expect(text).not.toContain('1999');
  });

  it('takes the limit of a text that is too long from the values', () => {
    expect(meetingProblemText(tVi, f, { path: 'notes', reason: 'TOO_LONG', message: '', values: { max: 4000 } }, ctx)).toBe('Quá dài: tối đa 4.000 ký tự.');
  });
});

describe('serverProblems', () => {
  it('gives every field at fault its own reason and values, whatever the messages say', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('2 problems', {
          extensions: {
            code: 'VALIDATION_FAILED',
            field: 'input.attendance[3].memberId',
            reason: 'NOT_ON_ROLL',
            fields: [
              { field: 'input.attendance[3].memberId', reason: 'NOT_ON_ROLL', message: 'anything', memberId: 'TWVtYmVyOjE=' },
              { field: 'input.endTime', reason: 'END_BEFORE_START', message: 'needs the reason', startTime: '20:00' },
              { field: 'input.place', reason: 'A_REASON_FROM_A_NEWER_SERVER', message: 'Say where' },
            ],
          },
        }),
      ],
    });
    const p = serverProblems(error)!;
    expect(p.code).toBe('VALIDATION_FAILED');
    expect(p.problems.map((x) => [x.path, x.reason])).toEqual([
      ['attendance[3].memberId', 'NOT_ON_ROLL'],
      ['endTime', 'END_BEFORE_START'],
      ['place', 'UNKNOWN_VALUE'],
    ]);
    expect(p.problems[0]!.values).toEqual({ memberId: 'TWVtYmVyOjE=' });
    expect(meetingProblemText(tVi, f, p.problems[1]!, ctx)).toContain('20:00');
  });
});

describe('recommendation problems in the clerk’s words', () => {
  it('words every recommendation and common reason, and something generic for an unknown one', () => {
    for (const reason of [...RECOMMENDATION_REASONS, ...COMMON_REASONS]) expect(recommendationProblemText(tVi, f, reason), reason).toMatch(/\S/);
    expect(recommendationProblemText(tVi, f, 'BEFORE_RAISED')).toBe(meetingsVi.recommendations.problems.BEFORE_RAISED);
    expect(recommendationProblemText(tVi, f, 'NEWER_REASON')).toBe(vi.reasons.UNKNOWN_VALUE);
  });
});
