import type { ReactNode } from 'react';
import { Breadcrumb } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { MEETING_LIMITS } from '@fourgood/rules';
import type { CombinedError } from 'urql';
import { meetingsPath } from '../../components/meetings/tags';
import type { Formats } from '../../i18n';
import type { MeetingsI18nDict } from '../../i18n/meetings';
import { orgPath, useLinkTo } from '../../lib/url';

/** Home › province › … › the cell › Cell meetings › here. */
export function MeetingCrumbs({ org, current, t }: { org: { id: string; name: string; ancestors: Array<{ id: string; name: string }> }; current: ReactNode; t: MeetingsI18nDict }) {
  const linkTo = useLinkTo();
  return (
    <Breadcrumb
      data-testid="breadcrumbs"
      items={[
        {
          key: 'home',
          title: (
            <Link to={linkTo('/')}>
              <HomeOutlined /> {t.nav.home}
            </Link>
          ),
        },
        ...org.ancestors.map((a) => ({ key: a.id, title: <Link to={linkTo(orgPath(a.id))}>{a.name}</Link> })),
        { key: org.id, title: <Link to={linkTo(orgPath(org.id))}>{org.name}</Link> },
        { key: 'meetings', title: <Link to={linkTo(meetingsPath(org.id))} data-testid="crumb-meetings">{t.meetings.nav.meetings}</Link> },
        { key: 'current', title: current },
      ]}
    />
  );
}

/** A problem with a meeting record: the input path (without "input."), the reason code, the server's English message. */
export interface FormProblem {
  path: string;
  reason: string;
  message: string;
}

/** The limit a TOO_LONG problem refers to, from the field at fault. */
function limitOf(path: string): number {
  if (path === 'place') return MEETING_LIMITS.place;
  if (path === 'topic') return MEETING_LIMITS.topic;
  if (path === 'notes') return MEETING_LIMITS.notes;
  if (/^attendance\[\d+\]\.reason$/.test(path)) return MEETING_LIMITS.reason;
  if (/\.title$/.test(path)) return MEETING_LIMITS.guestTitle;
  return MEETING_LIMITS.guestName;
}

/** A meeting-record problem in the clerk's words (the same codes from the shared rules and from the server). */
export function meetingProblemText(t: MeetingsI18nDict, f: Formats, p: FormProblem, ctx: { today: string; startTime: string }): string {
  const m = t.meetings.problems;
  switch (p.reason) {
    case 'FUTURE_DATE':
      return m.FUTURE_DATE(f.date(ctx.today));
    case 'END_BEFORE_START':
      return m.END_BEFORE_START(ctx.startTime);
    case 'TOO_LONG':
      return m.TOO_LONG(f.number(limitOf(p.path)));
    case 'TOO_MANY':
      return m.TOO_MANY(f.number(MEETING_LIMITS.guests));
    case 'DUPLICATE_REGULAR': {
      const date = /(\d{4}-\d{2}-\d{2})/.exec(p.message)?.[1] ?? '';
      const month = /(\d{4})-(\d{2})/.exec(p.message);
      return m.DUPLICATE_REGULAR(month ? `${month[2]}/${month[1]}` : '', date ? f.date(date) : '');
    }
    default: {
      const text = (m as Record<string, unknown>)[p.reason];
      return typeof text === 'string' ? text : p.message;
    }
  }
}

/**
 * The server names the reason of its first problem only (`extensions.reason`); the others are told
 * apart by their English sentence (they come from the same shared rules as the form's checks).
 */
const REASON_BY_MESSAGE: Array<[RegExp, string]> = [
  [/^Expected a date/, 'BAD_DATE'],
  [/has taken place|cannot be in the future/, 'FUTURE_DATE'],
  [/as HH:MM/, 'BAD_TIME'],
  [/must end after it starts/, 'END_BEFORE_START'],
  [/^Say where/, 'REQUIRED'],
  [/at most \d+ characters/, 'TOO_LONG'],
  [/needs its topic/, 'TOPIC_REQUIRED'],
  [/needs the reason/, 'REASON_REQUIRED'],
  [/has no absence reason/, 'REASON_NOT_EXPECTED'],
  [/takes the name and title/, 'NAME_FROM_ASSIGNMENT'],
  [/already among the guests/, 'DUPLICATE_GUEST'],
  [/^Name the guest/, 'NAME_REQUIRED'],
  [/^At most \d+ guests/, 'TOO_MANY'],
  [/not expected at the meeting/, 'NOT_ON_ROLL'],
  [/already listed|listed twice/, 'DUPLICATE_MEMBER'],
  [/missing from the attendance/, 'MISSING_MEMBERS'],
  [/oversight assignment|was not assigned/, 'NOT_ASSIGNED'],
  [/did not exist on/, 'NOT_EXISTING'],
  [/holds no members/, 'WRONG_KIND'],
  [/regular meeting of .* is already recorded/, 'DUPLICATE_REGULAR'],
];

/** The problems of a failed save: every field at fault, with its reason. */
export function serverProblems(error: CombinedError | undefined): { code: string; reason: string; problems: FormProblem[]; message: string } | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', reason: '', problems: [], message: error.message };
  const ext = (first.extensions ?? {}) as { code?: string; reason?: string; field?: string; fields?: Array<{ field: string; message: string }> };
  const fields = ext.fields ?? (ext.field ? [{ field: ext.field, message: first.message }] : []);
  const problems = fields.map((x, i) => {
    const path = x.field.replace(/^input\./, '');
    const guessed = REASON_BY_MESSAGE.find(([re]) => re.test(x.message))?.[1];
    return { path, reason: (i === 0 ? ext.reason : undefined) ?? guessed ?? '', message: x.message };
  });
  return { code: String(ext.code ?? 'UNKNOWN'), reason: String(ext.reason ?? ''), problems, message: first.message };
}
