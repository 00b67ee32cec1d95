import { useMemo, useRef, useState } from 'react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { attendanceCounts, isIsoDate, isRegularMeeting, isThematicMeeting, meetingRecordProblems } from '@fourgood/rules';
import { meetingPath } from '../../../components/meetings/tags';
import type { MeetingFullFragment } from '../../../gql/graphql';
import { useMeetingsI18n } from '../../../i18n/meetings';
import { compareVietnameseNames } from '../../../lib/labels';
import { useKeepOnExpiry, useRestoredDraft } from '../../../lib/expiryDraft';
import { useLinkTo } from '../../../lib/url';
import { MeetingGuestChoicesDocument, MeetingRollDocument, MeetingsBetweenDocument } from '../queries';
import { meetingProblemText, type FormProblem } from '../util';
import { draftOf, markOf, MISSING_REASONS, POSITION_ORDER, type Draft, type FormOrg, type Mark, type RollMember } from './draft';

export type MeetingDraft = ReturnType<typeof useMeetingDraft>;

/**
 * The meeting form's state: the draft, the roll of its date (and the assignments in office that
 * day, the month's other meetings), the attendance and guests as they would be sent, every
 * problem the shared rules see plus what the server said about this very draft, and the words of
 * each problem next to its field (`field`, `problemAt`). Problems of something not filled in yet
 * are told once the clerk has tried to save (`attempted`).
 */
export function useMeetingDraft(org: FormOrg, initial: MeetingFullFragment | null, suggested: { place: string; startTime: string; endTime: string } | null, today: string) {
  const { t, f } = useMeetingsI18n();
  const linkTo = useLinkTo();
  // Entries typed before the session ended come back after signing in again.
  const keepKey = initial ? `meeting:${initial.id}:${initial.lockVersion}` : `meeting:new:${org.id}`;
  const restored = useRestoredDraft<Draft>(keepKey);
  const [draft, setDraft] = useState<Draft>(() => restored ?? draftOf(initial, suggested, today));
  const [baseline] = useState(() => JSON.stringify(draftOf(initial, suggested, today)));
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<{ problems: FormProblem[]; general: string[]; forDraft: string } | null>(null);
  const dateOk = isIsoDate(draft.date) && draft.date <= today;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const mark = (memberId: string, change: Partial<Mark>) =>
    setDraft((d) => ({ ...d, marks: { ...d.marks, [memberId]: { ...markOf(d, memberId), ...change } } }));

  // The roll of the chosen date, the assignments in office that day, the month's other meetings.
  const [rollRes, reloadRoll] = useQuery({ query: MeetingRollDocument, variables: { organizationId: org.id, date: draft.date }, pause: !dateOk, requestPolicy: 'network-only' });
  const [guestRes] = useQuery({ query: MeetingGuestChoicesDocument, variables: { id: org.id, date: draft.date }, pause: !dateOk });
  const month = draft.date.slice(0, 7);
  const [monthRes] = useQuery({
    query: MeetingsBetweenDocument,
    variables: { id: org.id, from: `${month}-01`, to: dayjs(`${month}-01`).endOf('month').format('YYYY-MM-DD') },
    pause: !dateOk,
    requestPolicy: 'cache-and-network',
  });
  const rollFor = rollRes.operation?.variables.date;
  const roll: RollMember[] | null = rollRes.data && rollFor === draft.date ? rollRes.data.meetingRoll : null;
  const lastRoll = useRef<RollMember[]>([]);
  if (roll) lastRoll.current = roll;
  const shownRoll = roll ?? lastRoll.current;
  const rows = useMemo(
    () => [...shownRoll].sort((a, b) => POSITION_ORDER[a.position] - POSITION_ORDER[b.position] || compareVietnameseNames(a.fullName, b.fullName)),
    [shownRoll],
  );
  const choices = guestRes.data?.organization?.id === org.id ? guestRes.data.organization.oversightAssignments : null;

  const attendance = rows.map((m) => {
    const { status, reason } = markOf(draft, m.id);
    return { memberId: m.id, status, reason: status === 'PRESENT' ? null : reason.trim() || null };
  });
  const guests = [
    ...draft.assigned.map((assignmentId) => ({ assignmentId, fullName: null, title: null })),
    ...draft.others.map((g) => ({ assignmentId: null, fullName: g.fullName.trim() || null, title: g.title.trim() || null })),
  ];
  const thematic = isThematicMeeting(draft.kind);
  const counts = attendanceCounts(attendance.map((a) => a.status));
  const rate = counts.eligible ? counts.present / counts.eligible : null;

  // The month's regular meeting when this one would be a second (the server refuses it).
  const otherRegular = isRegularMeeting(draft.kind)
    ? monthRes.data?.organization?.meetings.nodes.find((m) => m.id !== initial?.id && isRegularMeeting(m.kind) && m.date.startsWith(month))
    : undefined;
  // Every problem the shared rules see, plus the checks that need what the server told us.
  const ruleProblems: FormProblem[] = useMemo(() => {
    const out: FormProblem[] = meetingRecordProblems(
      { kind: draft.kind, date: draft.date, startTime: draft.startTime, endTime: draft.endTime, place: draft.place, topic: thematic ? draft.topic : null, notes: draft.notes, attendance, guests },
      today,
    );
    if (!out.some((p) => p.path === 'date') && otherRegular) {
      out.push({ path: 'date', reason: 'DUPLICATE_REGULAR', message: '', values: { month, date: otherRegular.date, meetingId: otherRegular.id } });
    }
    if (choices) {
      draft.assigned.forEach((id, i) => {
        if (!choices.some((c) => c.id === id)) out.push({ path: `guests[${i}].assignmentId`, reason: 'NOT_ASSIGNED', message: '' });
      });
    }
    return out;
    // attendance and guests are derived from draft and rows.
  }, [draft, rows, today, otherRegular, choices, thematic]);
  const draftKey = JSON.stringify(draft);
  const serverNow = server && server.forDraft === draftKey ? server : null;
  const shown = [...ruleProblems.filter((p) => attempted || !MISSING_REASONS.has(p.reason)), ...(serverNow?.problems ?? [])];
  const problemAt = (path: string) => {
    const p = shown.find((x) => x.path === path);
    return p ? meetingProblemText(t, f, p, { today, startTime: draft.startTime }) : undefined;
  };
  const field = (path: string) => {
    const p = shown.find((x) => x.path === path);
    if (!p) return {};
    const text = meetingProblemText(t, f, p, { today, startTime: draft.startTime });
    const other = p.reason === 'DUPLICATE_REGULAR' ? (otherRegular ?? (typeof p.values?.meetingId === 'string' ? { id: p.values.meetingId } : null)) : null;
    return {
      validateStatus: 'error' as const,
      help: (
        <span data-testid={`problem-${path}`}>
          {text}
          {other ? (
            <>
              {' '}
              <Link to={linkTo(meetingPath(other.id))} target="_blank">
                {t.meetings.problems.openExisting}
              </Link>
            </>
          ) : null}
        </span>
      ),
      // The field's hint steps aside while a problem is told.
      extra: undefined,
    };
  };

  const dirty = draftKey !== baseline;
  useKeepOnExpiry(keepKey, draft, dirty);

  return {
    draft,
    setDraft,
    set,
    mark,
    dateOk,
    attempted,
    setAttempted,
    setServer,
    rollRes,
    reloadRoll,
    roll,
    rows,
    choices,
    guestsLoading: guestRes.fetching && !choices,
    attendance,
    guests,
    thematic,
    counts,
    rate,
    ruleProblems,
    draftKey,
    serverNow,
    problemAt,
    field,
    dirty,
    /** The entries were kept when the session ended and are back. */
    restored: restored !== null,
  };
}
