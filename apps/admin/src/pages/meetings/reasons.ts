import { COMMON_REASONS, RECOMMENDATION_REASONS, type CommonReason, type MeetingReason, type ProblemValues, type RecommendationReason } from '@fourgood/rules';
import type { CombinedError } from 'urql';
import type { Formats } from '../../i18n';
import type { MeetingsI18nDict } from '../../i18n/meetings';
import { commonReasonText, reasonedFields } from '../../lib/reasons';

/** The reasons a meeting record, its roll, its window or its figures may be refused for. */
export type MeetingProblemReason = MeetingReason | CommonReason;

/**
 * A problem with a meeting record: the input path (without "input."), the reason code, the values
 * it needs (a limit, a date, the other meeting), and the server's English message (never read).
 */
export interface FormProblem {
  path: string;
  reason: MeetingProblemReason;
  message: string;
  values?: ProblemValues;
}

const COMMON = new Set<string>(COMMON_REASONS);
const isMeetingReason = (reason: string): reason is MeetingProblemReason => COMMON.has(reason) || reason in MEETING_ONLY;
// Every meeting reason, for telling a server reason apart from an unknown one (typed: a new one must be added).
const MEETING_ONLY: Record<MeetingReason, true> = {
  BAD_PERIOD: true,
  BAD_WINDOW: true,
  DUPLICATE_REGULAR: true,
  NOT_ASSIGNED: true,
  QUALITY_ASSESSED: true,
  BAD_TIME: true,
  TOPIC_REQUIRED: true,
  NAME_REQUIRED: true,
  NAME_FROM_ASSIGNMENT: true,
  REASON_REQUIRED: true,
  REASON_NOT_EXPECTED: true,
  NOT_ON_ROLL: true,
  DUPLICATE_MEMBER: true,
  MISSING_MEMBERS: true,
  DUPLICATE_GUEST: true,
  YEAR_OR_SPAN: true,
  SPAN_INCOMPLETE: true,
  SPAN_TOO_LONG: true,
};

const str = (values: ProblemValues | undefined, key: string): string => (typeof values?.[key] === 'string' ? (values[key] as string) : '');

/** A meeting problem in the clerk's words, from its reason and values (the same codes from the shared rules and from the server). */
export function meetingProblemText(t: MeetingsI18nDict, f: Formats, p: FormProblem, ctx: { today: string; startTime: string }): string {
  const m = t.meetings.problems;
  const reason = p.reason;
  switch (reason) {
    case 'BAD_DATE':
    case 'BAD_TIME':
    case 'REQUIRED':
    case 'TOPIC_REQUIRED':
    case 'REASON_REQUIRED':
    case 'REASON_NOT_EXPECTED':
    case 'NAME_FROM_ASSIGNMENT':
    case 'DUPLICATE_GUEST':
    case 'NAME_REQUIRED':
    case 'NOT_ON_ROLL':
    case 'DUPLICATE_MEMBER':
    case 'MISSING_MEMBERS':
    case 'NOT_ASSIGNED':
    case 'NOT_EXISTING':
    case 'WRONG_KIND':
    case 'QUALITY_ASSESSED':
    case 'FORBIDDEN':
    case 'BAD_PERIOD':
    case 'BAD_WINDOW':
    case 'YEAR_OR_SPAN':
    case 'SPAN_INCOMPLETE':
    case 'SPAN_TOO_LONG':
      return m[reason];
    case 'FUTURE_DATE':
      return m.FUTURE_DATE(f.date(str(p.values, 'today') || ctx.today));
    case 'END_BEFORE_START':
      return m.END_BEFORE_START(str(p.values, 'startTime') || ctx.startTime);
    case 'TOO_LONG':
      return m.TOO_LONG(typeof p.values?.max === 'number' ? f.number(p.values.max) : '…');
    case 'TOO_MANY':
      return m.TOO_MANY(typeof p.values?.max === 'number' ? f.number(p.values.max) : '…');
    case 'DUPLICATE_REGULAR': {
      const month = /^(\d{4})-(\d{2})/.exec(str(p.values, 'month') || str(p.values, 'date'));
      const date = str(p.values, 'date');
      return m.DUPLICATE_REGULAR(month ? `${month[2]}/${month[1]}` : '', date ? f.date(date) : '');
    }
    default:
      // Only common reasons are left: a meeting reason not worded above fails the typecheck here.
      return commonReasonText(t, f, reason, p.values);
  }
}

/** The problems of a failed save: every field at fault, with its own reason and values. */
export function serverProblems(error: CombinedError | undefined): { code: string; reason: string; problems: FormProblem[]; message: string } | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', reason: '', problems: [], message: error.message };
  const ext = (first.extensions ?? {}) as Record<string, unknown>;
  const problems = reasonedFields(ext, first.message).map((x): FormProblem => ({
    path: x.field.replace(/^input\./, ''),
    // A reason outside the meeting lists (a new server reason) is shown as the error's code says.
    reason: isMeetingReason(x.reason) ? x.reason : 'UNKNOWN_VALUE',
    message: x.message,
    values: x.values,
  }));
  return { code: String(ext.code ?? 'UNKNOWN'), reason: String(ext.reason ?? ''), problems, message: first.message };
}

const RECOMMENDATION = new Set<string>([...RECOMMENDATION_REASONS, ...COMMON_REASONS]);

/** Why a recommendation (or its follow-up) was refused, in the clerk's words. A new recommendation reason fails the typecheck here. */
export function recommendationProblemText(t: MeetingsI18nDict, f: Formats, reason: string, values: ProblemValues = {}): string {
  if (!RECOMMENDATION.has(reason)) return t.reasons.UNKNOWN_VALUE;
  const r = reason as RecommendationReason | CommonReason;
  const m = t.meetings.recommendations.problems;
  switch (r) {
    case 'ESCALATION_TARGET_REQUIRED':
    case 'BEFORE_RAISED':
    case 'BEFORE_MEETING':
    case 'MEETING_ELSEWHERE':
    case 'CLOSED':
    case 'BAD_TRANSITION':
    case 'ONLY_WHEN_CLOSING':
    case 'BEFORE_ESCALATED':
    case 'BEFORE_LAST_ESCALATION':
    case 'REQUIRED':
    case 'TOO_LONG':
    case 'FUTURE_DATE':
    case 'NOT_AN_ANCESTOR':
    case 'DISSOLVED':
    case 'STALE_VERSION':
      return m[r];
    default:
      return commonReasonText(t, f, r, values);
  }
}
