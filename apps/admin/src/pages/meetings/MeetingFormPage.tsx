import { useCallback, useEffect, useMemo, useRef, useState, type HTMLAttributes, type KeyboardEvent } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  TimePicker,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckOutlined, DeleteOutlined, MoonOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import {
  attendanceCounts,
  durationMinutes,
  holdsMembers,
  inMeetingWindow,
  isEveningMeeting,
  isIsoDate,
  isRegularMeeting,
  isThematicMeeting,
  isTimeOfDay,
  MEETING_KINDS,
  MEETING_LIMITS,
  meetingRecordProblems,
  minimumDurationMinutes,
  todayInVietnam,
  type AttendanceStatus,
  type MeetingKind,
} from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { meetingPath, meetingsPath, rateColor } from '../../components/meetings/tags';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import type { MeetingFullFragment, MeetingRollQuery, MemberPosition } from '../../gql/graphql';
import { useMeetingsI18n } from '../../i18n/meetings';
import { useDocumentTitle } from '../../lib/hooks';
import { compareVietnameseNames } from '../../lib/labels';
import { useLinkTo } from '../../lib/url';
import { canEditOrg } from '../../lib/permissions';
import { MeetingDocument, MeetingFormOrgDocument, MeetingGuestChoicesDocument, MeetingRollDocument, MeetingsBetweenDocument, RecordMeetingDocument, UpdateMeetingDocument } from './queries';
import { MeetingCrumbs, meetingProblemText, serverProblems, type FormProblem } from './util';
import './meetings.css';

type RollMember = MeetingRollQuery['meetingRoll'][number];

interface FormOrg {
  id: string;
  name: string;
  kind: MeetingFullFragment['organization']['kind'];
  meetingDayFrom?: number | null;
  meetingDayTo?: number | null;
  ancestors: Array<{ id: string; name: string }>;
}

interface Mark {
  status: AttendanceStatus;
  reason: string;
}

interface OtherGuest {
  key: number;
  fullName: string;
  title: string;
}

interface Draft {
  kind: MeetingKind;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  topic: string;
  draftResolution: boolean;
  fullMinutes: boolean;
  notes: string;
  /** By member id; members without a mark are present. */
  marks: Record<string, Mark>;
  assigned: string[];
  others: OtherGuest[];
}

const POSITION_ORDER: Record<MemberPosition, number> = { SECRETARY: 0, DEPUTY_SECRETARY: 1, COMMITTEE_MEMBER: 2, MEMBER: 3 };
const STATUS_ORDER: AttendanceStatus[] = ['PRESENT', 'EXCUSED', 'UNEXCUSED'];
/** Problems about something not filled in yet are shown once the clerk tries to save; wrong values at once. */
const MISSING_REASONS = new Set(['REQUIRED', 'TOPIC_REQUIRED', 'REASON_REQUIRED', 'NAME_REQUIRED']);
/** Keys of the roll: digits, Vietnamese initials (Có mặt, vắng có Lý do, vắng Không lý do) and English ones. */
const KEY_STATUS: Record<string, AttendanceStatus> = { '1': 'PRESENT', c: 'PRESENT', p: 'PRESENT', '2': 'EXCUSED', l: 'EXCUSED', e: 'EXCUSED', '3': 'UNEXCUSED', k: 'UNEXCUSED', u: 'UNEXCUSED' };

/**
 * Records a meeting (`/org/:orgId/meetings/new`) or corrects one (`/meetings/:meetingId/edit`) in one
 * form: the details, the roll of the members expected on the date (everyone present until marked
 * otherwise, with keyboard toggles) and the superior committee members who attended.
 */
export default function MeetingFormPage() {
  const { orgId, meetingId } = useParams();
  if (meetingId) return <EditMeeting id={meetingId} />;
  return <NewMeeting orgId={orgId ?? ''} />;
}

function NewMeeting({ orgId }: { orgId: string }) {
  const { t } = useMeetingsI18n();
  const [result, reexecute] = useQuery({ query: MeetingFormOrgDocument, variables: { id: orgId }, requestPolicy: 'network-only' });
  const org = result.data?.organization?.id === orgId ? result.data.organization : null;
  useDocumentTitle(org ? `${t.meetings.form.newTitle} · ${org.name}` : null);
  if (result.error && !org) return <QueryError error={result.error} notFoundTitle={t.org.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!org) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.org.notFound} hint={t.org.notFoundHint} />;
  }
  const last = org.meetings.nodes[0];
  return <MeetingForm key={org.id} org={org} initial={null} suggested={last ? { place: last.place, startTime: last.startTime, endTime: last.endTime } : null} onReload={() => undefined} />;
}

function EditMeeting({ id }: { id: string }) {
  const { t } = useMeetingsI18n();
  const client = useClient();
  const [generation, setGeneration] = useState(0);
  const [result, reexecute] = useQuery({ query: MeetingDocument, variables: { id }, requestPolicy: 'network-only' });
  const meeting = result.data?.meeting?.id === id ? result.data.meeting : null;
  useDocumentTitle(meeting ? `${t.meetings.form.editTitle} · ${meeting.organization.name}` : null);
  const reload = useCallback(async () => {
    await client.query(MeetingDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    setGeneration((g) => g + 1);
  }, [client, id]);
  if (result.error && !meeting) return <QueryError error={result.error} notFoundTitle={t.meetings.meeting.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!meeting) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.meetings.meeting.notFound} hint={t.meetings.meeting.notFoundHint} />;
  }
  return <MeetingForm key={`${meeting.id}:${generation}`} org={meeting.organization} initial={meeting} suggested={null} onReload={reload} />;
}

function draftOf(initial: MeetingFullFragment | null, suggested: { place: string; startTime: string; endTime: string } | null, today: string): Draft {
  if (!initial) {
    return {
      kind: 'REGULAR',
      date: today,
      startTime: suggested?.startTime ?? '',
      endTime: suggested?.endTime ?? '',
      place: suggested?.place ?? '',
      topic: '',
      draftResolution: false,
      fullMinutes: false,
      notes: '',
      marks: {},
      assigned: [],
      others: [],
    };
  }
  const marks: Record<string, Mark> = {};
  // Members now outside your scope are not on the form; the server keeps their rows as recorded.
  for (const a of initial.attendance) if (a.member && (a.status !== 'PRESENT' || a.reason)) marks[a.member.id] = { status: a.status, reason: a.reason ?? '' };
  return {
    kind: initial.kind,
    date: initial.date,
    startTime: initial.startTime,
    endTime: initial.endTime,
    place: initial.place,
    topic: initial.topic ?? '',
    draftResolution: initial.draftResolution,
    fullMinutes: initial.fullMinutes,
    notes: initial.notes ?? '',
    marks,
    assigned: initial.guests.filter((g) => g.assignment).map((g) => g.assignment!.id),
    others: initial.guests.filter((g) => !g.assignment).map((g, i) => ({ key: i + 1, fullName: g.fullName, title: g.title ?? '' })),
  };
}

/** What the form's marks say about one member. */
const markOf = (draft: Draft, memberId: string): Mark => draft.marks[memberId] ?? { status: 'PRESENT', reason: '' };

function MeetingForm({
  org,
  initial,
  suggested,
  onReload,
}: {
  org: FormOrg;
  initial: MeetingFullFragment | null;
  suggested: { place: string; startTime: string; endTime: string } | null;
  onReload: () => void;
}) {
  const { t, f } = useMeetingsI18n();
  const tf = t.meetings.form;
  const { message, modal } = App.useApp();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const today = todayInVietnam();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial, suggested, today));
  const [baseline] = useState(() => JSON.stringify(draftOf(initial, suggested, today)));
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<{ problems: FormProblem[]; general: string[]; forDraft: string } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const saved = useRef(false);
  const rollRef = useRef<HTMLDivElement>(null);
  const [, record] = useMutation(RecordMeetingDocument);
  const [, update] = useMutation(UpdateMeetingDocument);
  const canEdit = canEditOrg(viewer, org);
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

  const dirty = !saved.current && draftKey !== baseline;
  // Read when a navigation starts: after a save the form navigates away in the same tick.
  const changed = useRef(false);
  changed.current = draftKey !== baseline;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => !saved.current && changed.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({ title: tf.leaveTitle, content: tf.leaveText, okText: tf.leave, cancelText: tf.stay, okButtonProps: { danger: true }, onOk: () => blocker.proceed(), onCancel: () => blocker.reset() });
  }, [blocker, modal, tf]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = async () => {
    if (saving || !canEdit) return;
    setAttempted(true);
    if (ruleProblems.length > 0 || !roll) {
      if (ruleProblems.length) message.error(tf.fixFirst(ruleProblems.length));
      return;
    }
    setSaving(true);
    const fields = {
      kind: draft.kind,
      date: draft.date,
      startTime: draft.startTime,
      endTime: draft.endTime,
      place: draft.place.trim(),
      topic: thematic ? draft.topic.trim() || null : null,
      draftResolution: draft.draftResolution,
      fullMinutes: draft.fullMinutes,
      notes: draft.notes.trim() || null,
      attendance,
      guests: guests.map((g) => (g.assignmentId ? { assignmentId: g.assignmentId } : { fullName: g.fullName, title: g.title })),
    };
    const res = initial
      ? await update({ input: { ...fields, id: initial.id, expectedVersion: initial.lockVersion } })
      : await record({ input: { ...fields, organizationId: org.id } });
    setSaving(false);
    const savedMeeting = res.data ? ('updateMeeting' in res.data ? res.data.updateMeeting : res.data.recordMeeting) : null;
    if (savedMeeting) {
      saved.current = true;
      message.success(tf.saved);
      navigate(linkTo(meetingPath(savedMeeting.id)));
      return;
    }
    const p = serverProblems(res.error);
    if (!p) return;
    if (p.code === 'CONFLICT' && p.reason === 'STALE_VERSION') {
      setConflict(true);
      modal.confirm({ title: tf.conflictTitle, content: tf.conflictText, okText: tf.reload, cancelText: tf.later, onOk: () => onReload() });
      return;
    }
    const placed = p.problems.filter((x) => x.path && x.path !== 'expectedVersion' && x.path !== 'organizationId' && x.path !== 'id');
    const general: string[] = [];
    if (placed.length === 0) {
      if (p.code === 'FORBIDDEN') general.push(t.meetings.problems.FORBIDDEN);
      else if (p.problems[0]) general.push(meetingProblemText(t, f, p.problems[0], { today, startTime: draft.startTime }));
      else general.push(String(t.errors[p.code in t.errors ? (p.code as keyof typeof t.errors) : 'UNKNOWN']));
    }
    // Problems of the whole roll (members missing) or of a row are told above the roll too.
    for (const x of placed) if (x.path === 'attendance' || x.path === 'guests') general.push(meetingProblemText(t, f, x, { today, startTime: draft.startTime }));
    setServer({ problems: placed, general, forDraft: draftKey });
    message.error(general[0] ?? tf.fixFirst(placed.length));
    if (placed.some((x) => x.path.startsWith('attendance'))) reloadRoll({ requestPolicy: 'network-only' });
  };

  // Ctrl+S saves from anywhere in the form.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const duration = isTimeOfDay(draft.startTime) && isTimeOfDay(draft.endTime) ? durationMinutes(draft.startTime, draft.endTime) : null;
  const minimum = minimumDurationMinutes(draft.kind);
  const meetingWindow = org.meetingDayFrom != null && org.meetingDayTo != null ? { fromDay: org.meetingDayFrom, toDay: org.meetingDayTo } : null;
  const outsideWindow = isRegularMeeting(draft.kind) && dateOk && inMeetingWindow(draft.date, meetingWindow) === false;
  const title = initial ? tf.editTitle : tf.newTitle;
  const problemCount = ruleProblems.length + (serverNow?.problems.length ?? 0);

  if (!holdsMembers(org.kind)) {
    return <Alert type="info" showIcon title={t.meetings.list.notACell} />;
  }

  return (
    <Flex vertical gap={16} data-testid="meeting-form" className="fg-meeting-form">
      <MeetingCrumbs org={org} current={title} t={t} />
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Typography.Text type="secondary">{org.name}</Typography.Text>
        </div>
      </Flex>

      {!canEdit ? <Alert type="warning" showIcon title={tf.readOnly} /> : null}
      {conflict ? (
        <Alert
          type="error"
          showIcon
          data-testid="conflict"
          title={tf.conflictTitle}
          description={tf.conflictText}
          action={
            <Button danger type="primary" onClick={() => onReload()}>
              {tf.reload}
            </Button>
          }
        />
      ) : null}
      {serverNow && serverNow.general.length ? (
        <Alert
          type="error"
          showIcon
          data-testid="server-problems"
          title={tf.serverProblems}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {serverNow.general.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
          }
        />
      ) : null}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <Card title={tf.details} size="small">
              <Form layout="vertical" requiredMark={false} disabled={!canEdit} component="div">
                <Form.Item label={tf.kind} extra={t.meetings.enums.kindHint[draft.kind]}>
                  <Radio.Group
                    value={draft.kind}
                    onChange={(e) => set('kind', e.target.value as MeetingKind)}
                    optionType="button"
                    buttonStyle="solid"
                    options={MEETING_KINDS.map((k) => ({ value: k, label: t.meetings.enums.kindShort[k] }))}
                    data-testid="meeting-kind"
                  />
                </Form.Item>
                <Form.Item
                  label={tf.date}
                  extra={outsideWindow ? <Typography.Text type="warning">{t.meetings.list.outsideWindowHint}</Typography.Text> : tf.dateHint}
                  {...field('date')}
                >
                  <DatePicker
                    value={isIsoDate(draft.date) ? dayjs(draft.date) : null}
                    onChange={(d: Dayjs | null) => set('date', d ? d.format('YYYY-MM-DD') : '')}
                    format="DD/MM/YYYY"
                    allowClear={false}
                    disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
                    style={{ width: 180 }}
                    data-testid="meeting-date"
                  />
                </Form.Item>
                <Flex gap={12} wrap>
                  <Form.Item label={tf.start} {...field('startTime')} style={{ marginBottom: 8 }}>
                    <TimeInput value={draft.startTime} onChange={(v) => set('startTime', v)} testId="meeting-start" />
                  </Form.Item>
                  <Form.Item label={tf.end} {...field('endTime')} style={{ marginBottom: 8, flex: 1, minWidth: 160 }}>
                    <TimeInput value={draft.endTime} onChange={(v) => set('endTime', v)} testId="meeting-end" />
                  </Form.Item>
                </Flex>
                <Flex gap={6} wrap style={{ marginBottom: 16, minHeight: 22 }} data-testid="meeting-duration">
                  {duration != null && duration > 0 ? (
                    duration < minimum ? (
                      <Typography.Text type="warning">{tf.durationShort(f.number(duration), f.number(minimum))}</Typography.Text>
                    ) : (
                      <Typography.Text type="secondary">{tf.duration(f.number(duration))}</Typography.Text>
                    )
                  ) : (
                    <Typography.Text type="secondary">{tf.timeHint}</Typography.Text>
                  )}
                  {isTimeOfDay(draft.startTime) && isEveningMeeting(draft.startTime) ? (
                    <Tag icon={<MoonOutlined />} style={{ marginInlineEnd: 0 }}>
                      {t.meetings.list.evening}
                    </Tag>
                  ) : null}
                </Flex>
                <Form.Item label={tf.place} {...field('place')}>
                  <Input value={draft.place} onChange={(e) => set('place', e.target.value)} placeholder={tf.placePlaceholder} maxLength={MEETING_LIMITS.place} data-testid="meeting-place" />
                </Form.Item>
                {thematic ? (
                  <Form.Item label={tf.topic} {...field('topic')}>
                    <Input value={draft.topic} onChange={(e) => set('topic', e.target.value)} placeholder={tf.topicPlaceholder} maxLength={MEETING_LIMITS.topic} data-testid="meeting-topic" />
                  </Form.Item>
                ) : null}
                <Flex vertical gap={10} style={{ marginBottom: 16 }}>
                  <label style={{ display: 'flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}>
                    <Switch checked={draft.draftResolution} onChange={(v) => set('draftResolution', v)} data-testid="meeting-draft-resolution" disabled={!canEdit} />
                    {tf.draftResolution}
                  </label>
                  <label style={{ display: 'flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}>
                    <Switch checked={draft.fullMinutes} onChange={(v) => set('fullMinutes', v)} data-testid="meeting-full-minutes" disabled={!canEdit} />
                    {tf.fullMinutes}
                  </label>
                </Flex>
                <Form.Item label={tf.notes} {...field('notes')} style={{ marginBottom: 0 }}>
                  <Input.TextArea value={draft.notes} onChange={(e) => set('notes', e.target.value)} placeholder={tf.notesPlaceholder} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={MEETING_LIMITS.notes} data-testid="meeting-notes" />
                </Form.Item>
              </Form>
            </Card>

            <GuestsCard draft={draft} setDraft={setDraft} choices={choices} loading={guestRes.fetching && !choices} field={field} canEdit={canEdit} />
          </Flex>
        </Col>

        <Col xs={24} xl={15}>
          <Card
            size="small"
            title={tf.roll}
            extra={
              canEdit ? (
                <Button
                  size="small"
                  icon={<CheckOutlined />}
                  onClick={() => setDraft((d) => ({ ...d, marks: {} }))}
                  disabled={Object.values(draft.marks).every((m) => m.status === 'PRESENT')}
                  data-testid="all-present"
                >
                  {tf.allPresent}
                </Button>
              ) : null
            }
          >
            <Flex vertical gap={12}>
              <RollCounts counts={counts} rate={rate} />
              {canEdit ? (
                <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
                  {tf.rollHint}
                </Typography.Paragraph>
              ) : null}
              {problemAt('attendance') ? <Alert type="error" showIcon title={problemAt('attendance')} /> : null}
              {rollRes.error && !roll ? <Alert type="error" showIcon title={tf.rollFailed} action={<Button size="small" onClick={() => reloadRoll({ requestPolicy: 'network-only' })}>{t.common.retry}</Button>} /> : null}
              <div ref={rollRef}>
                <RollTable rows={rows} draft={draft} mark={mark} problemAt={problemAt} loading={dateOk && !roll && !rollRes.error} canEdit={canEdit} />
              </div>
            </Flex>
          </Card>
        </Col>
      </Row>

      {/* Always in reach at the foot of the window, whatever the length of the roll. */}
      <div style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
        <Card size="small" styles={{ body: { padding: '10px 16px' } }} style={{ boxShadow: '0 -2px 8px rgba(0,0,0,.08)' }} data-testid="form-actions">
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Space size={16} wrap>
              <Typography.Text data-testid="footer-counts">
                {tf.counts.present}: <strong>{f.number(counts.present)}/{f.number(counts.eligible)}</strong>
                {' · '}
                {tf.counts.rate}: <strong style={{ color: rateColor(rate) }}>{rate == null ? t.common.none : f.percent(rate)}</strong>
              </Typography.Text>
              {attempted && problemCount > 0 ? (
                <Typography.Text type="danger" data-testid="problem-count">
                  {tf.fixFirst(problemCount)}
                </Typography.Text>
              ) : null}
            </Space>
            <Space>
              <Link to={linkTo(initial ? meetingPath(initial.id) : meetingsPath(org.id))}>
                <Button>{tf.cancel}</Button>
              </Link>
              {canEdit ? (
                <Tooltip title="Ctrl+S">
                  <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={!roll} onClick={() => void save()} data-testid="save-meeting">
                    {saving ? tf.saving : tf.save}
                  </Button>
                </Tooltip>
              ) : null}
            </Space>
          </Flex>
        </Card>
      </div>
    </Flex>
  );
}

/** "HH:MM" typed or picked; an empty or half-typed time is kept as typed text so the rules can say what is wrong. */
function TimeInput({ value, onChange, testId }: { value: string; onChange: (v: string) => void; testId: string }) {
  return (
    <TimePicker
      value={isTimeOfDay(value) ? dayjs(`2000-01-01T${value}`) : null}
      onChange={(d: Dayjs | null) => onChange(d ? d.format('HH:mm') : '')}
      format="HH:mm"
      minuteStep={5}
      needConfirm={false}
      showNow={false}
      placeholder="19:30"
      style={{ width: 130 }}
      data-testid={testId}
    />
  );
}

function RollCounts({ counts, rate }: { counts: ReturnType<typeof attendanceCounts>; rate: number | null }) {
  const { t, f } = useMeetingsI18n();
  const c = t.meetings.form.counts;
  const item = (label: string, value: string, color: string | undefined, testId: string) => (
    <Flex vertical style={{ minWidth: 96 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <span style={{ fontSize: 20, fontWeight: 600, color, fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </span>
    </Flex>
  );
  return (
    <Flex gap={24} wrap data-testid="roll-counts" style={{ padding: '4px 4px 0' }}>
      {item(c.expected, f.number(counts.eligible), undefined, 'count-expected')}
      {item(c.present, f.number(counts.present), '#389e0d', 'count-present')}
      {item(c.excused, f.number(counts.excused), counts.excused ? '#d46b08' : undefined, 'count-excused')}
      {item(c.unexcused, f.number(counts.unexcused), counts.unexcused ? '#cf1322' : undefined, 'count-unexcused')}
      {item(c.rate, rate == null ? t.common.none : f.percent(rate), rateColor(rate), 'count-rate')}
    </Flex>
  );
}

function RollTable({
  rows,
  draft,
  mark,
  problemAt,
  loading,
  canEdit,
}: {
  rows: RollMember[];
  draft: Draft;
  mark: (memberId: string, change: Partial<Mark>) => void;
  problemAt: (path: string) => string | undefined;
  loading: boolean;
  canEdit: boolean;
}) {
  const { t } = useMeetingsI18n();
  const tf = t.meetings.form;
  const ref = useRef<HTMLDivElement>(null);
  const rowEl = (i: number) => ref.current?.querySelector<HTMLElement>(`tr[data-roll-index="${i}"]`) ?? null;
  const focusRow = (i: number) => rowEl(Math.max(0, Math.min(rows.length - 1, i)))?.focus();
  const focusReason = (i: number) => {
    // The reason box appears with the status: wait for it to render.
    requestAnimationFrame(() => rowEl(i)?.querySelector<HTMLInputElement>('input[data-reason]')?.focus());
  };

  const onRowKey = (e: KeyboardEvent<HTMLElement>, i: number, memberId: string) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    const status = KEY_STATUS[key];
    if (status) {
      e.preventDefault();
      mark(memberId, { status });
      if (status === 'EXCUSED') focusReason(i);
      else focusRow(i + 1);
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        focusRow(i + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        focusRow(i - 1);
        break;
      case 'Home':
        e.preventDefault();
        focusRow(0);
        break;
      case 'End':
        e.preventDefault();
        focusRow(rows.length - 1);
        break;
      case ' ': {
        e.preventDefault();
        const current = markOf(draft, memberId).status;
        mark(memberId, { status: STATUS_ORDER[(STATUS_ORDER.indexOf(current) + 1) % STATUS_ORDER.length]! });
        break;
      }
      case 'Enter':
        if (markOf(draft, memberId).status !== 'PRESENT') {
          e.preventDefault();
          focusReason(i);
        }
        break;
      default:
    }
  };

  const columns: ColumnsType<RollMember> = [
    { key: 'n', title: '#', width: 44, align: 'right', render: (_, __, i) => <Typography.Text type="secondary">{i + 1}</Typography.Text> },
    {
      key: 'member',
      title: tf.member,
      render: (_, m, i) => {
        const problem = problemAt(`attendance[${i}].memberId`);
        return (
          <Flex vertical>
            <span style={{ fontWeight: 500 }}>{m.fullName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.enums.position[m.position]}
            </Typography.Text>
            {problem ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {problem}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      },
    },
    {
      key: 'status',
      title: tf.status,
      width: 350,
      render: (_, m, i) => {
        const { status } = markOf(draft, m.id);
        // Out of the Tab order (the row is the stop, its keys mark); a click hands the keys back to the row.
        return (
          <Radio.Group
            className={`fg-roll-status fg-roll-${status}`}
            size="small"
            value={status}
            buttonStyle="solid"
            disabled={!canEdit}
            onChange={(e) => {
              const next = e.target.value as AttendanceStatus;
              mark(m.id, { status: next });
              if (next === 'EXCUSED') focusReason(i);
              else requestAnimationFrame(() => focusRow(i));
            }}
            data-testid={`roll-status-${m.id}`}
          >
            {STATUS_ORDER.map((s) => (
              <Radio.Button key={s} value={s} tabIndex={-1}>
                {t.meetings.enums.attendance[s]}
              </Radio.Button>
            ))}
          </Radio.Group>
        );
      },
    },
    {
      key: 'reason',
      title: tf.reason,
      width: 240,
      render: (_, m, i) => {
        const { status, reason } = markOf(draft, m.id);
        if (status === 'PRESENT') return null;
        const problem = problemAt(`attendance[${i}].reason`);
        return (
          <Flex vertical>
            <Input
              size="small"
              value={reason}
              data-reason
              disabled={!canEdit}
              status={problem ? 'error' : undefined}
              placeholder={status === 'EXCUSED' ? tf.reasonPlaceholder : tf.reasonOptional}
              maxLength={MEETING_LIMITS.reason}
              aria-label={`${tf.reason}: ${m.fullName}`}
              data-testid={`roll-reason-${m.id}`}
              onChange={(e) => mark(m.id, { reason: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  focusRow(i + 1);
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  focusRow(i);
                }
              }}
            />
            {problem ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`problem-attendance-${m.id}`}>
                {problem}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      },
    },
  ];

  return (
    <div ref={ref}>
      <Table<RollMember>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={loading}
        scroll={{ x: 720 }}
        data-testid="roll"
        rowClassName={(m) => `fg-roll-row fg-roll-row-${markOf(draft, m.id).status}`}
        onRow={(m, i) =>
          ({
            tabIndex: canEdit ? 0 : undefined,
            'data-roll-index': i,
            'data-testid': `roll-row-${m.id}`,
            'aria-label': `${m.fullName}: ${t.meetings.enums.attendance[markOf(draft, m.id).status]}`,
            onKeyDown: canEdit ? (e: KeyboardEvent<HTMLElement>) => onRowKey(e, i ?? 0, m.id) : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={loading ? tf.rollLoading : tf.rollEmpty} /> }}
      />
    </div>
  );
}

function GuestsCard({
  draft,
  setDraft,
  choices,
  loading,
  field,
  canEdit,
}: {
  draft: Draft;
  setDraft: (u: (d: Draft) => Draft) => void;
  choices: Array<{ id: string; fullName: string; title?: string | null }> | null;
  loading: boolean;
  field: (path: string) => object;
  canEdit: boolean;
}) {
  const { t } = useMeetingsI18n();
  const tf = t.meetings.form;
  const nextKey = useRef(1000);
  const firstAssignedProblem = draft.assigned.map((_, i) => `guests[${i}].assignmentId`).find((p) => Object.keys(field(p)).length > 0);
  const options = [
    ...(choices ?? []).map((c) => ({ value: c.id, label: c.title ? `${c.fullName} — ${c.title}` : c.fullName })),
    // An assignment chosen before the date changed, no longer in office: kept (and flagged) so nothing vanishes silently.
    ...draft.assigned.filter((id) => choices && !choices.some((c) => c.id === id)).map((id) => ({ value: id, label: id })),
  ];
  const setOther = (key: number, change: Partial<OtherGuest>) => setDraft((d) => ({ ...d, others: d.others.map((g) => (g.key === key ? { ...g, ...change } : g)) }));
  return (
    <Card size="small" title={tf.guests} data-testid="guests">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginTop: 0 }}>
        {tf.guestsHint}
      </Typography.Paragraph>
      <Form layout="vertical" requiredMark={false} disabled={!canEdit} component="div">
        <Form.Item label={tf.assigned} {...(firstAssignedProblem ? field(firstAssignedProblem) : {})} extra={choices && choices.length === 0 ? tf.noAssigned : undefined}>
          <Select
            mode="multiple"
            value={draft.assigned}
            onChange={(v: string[]) => setDraft((d) => ({ ...d, assigned: v }))}
            options={options}
            loading={loading}
            placeholder={tf.assignedPlaceholder}
            disabled={!canEdit || (choices !== null && choices.length === 0 && draft.assigned.length === 0)}
            data-testid="guest-assignments"
            optionFilterProp="label"
          />
        </Form.Item>
        {draft.others.map((g, j) => {
          const i = draft.assigned.length + j;
          return (
            <Flex key={g.key} gap={8} align="flex-start" data-testid="other-guest">
              <Form.Item {...field(`guests[${i}].fullName`)} style={{ flex: 1, marginBottom: 12 }}>
                <Input value={g.fullName} onChange={(e) => setOther(g.key, { fullName: e.target.value })} placeholder={tf.guestName} maxLength={MEETING_LIMITS.guestName} aria-label={tf.guestName} />
              </Form.Item>
              <Form.Item {...field(`guests[${i}].title`)} style={{ flex: 1, marginBottom: 12 }}>
                <Input value={g.title} onChange={(e) => setOther(g.key, { title: e.target.value })} placeholder={tf.guestTitlePlaceholder} maxLength={MEETING_LIMITS.guestTitle} aria-label={tf.guestTitle} />
              </Form.Item>
              <Tooltip title={tf.removeGuest}>
                <Button icon={<DeleteOutlined />} aria-label={tf.removeGuest} onClick={() => setDraft((d) => ({ ...d, others: d.others.filter((x) => x.key !== g.key) }))} />
              </Tooltip>
            </Flex>
          );
        })}
        {canEdit ? (
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => setDraft((d) => ({ ...d, others: [...d.others, { key: nextKey.current++, fullName: '', title: '' }] }))} data-testid="add-guest">
            {tf.otherGuest}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
