import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Empty, Flex, Form, Input, List, Modal, Popconfirm, Row, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, DeleteOutlined, EditOutlined, FormOutlined, PlusOutlined, SyncOutlined, TeamOutlined, UserOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { EXCUSED_STREAK_FLAG, todayInVietnam, type AttendanceStatus } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { AttendanceTag, editMeetingPath, EveningTag, meetingsPath, QualityTag, rateColor, weekdayOf } from '../../components/meetings/tags';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import type { MeetingFullFragment, RecommendationRowFragment, RecommendationStatus } from '../../gql/graphql';
import { useMeetingsI18n, type MeetingsI18nDict } from '../../i18n/meetings';
import type { Formats } from '../../i18n';
import { useDocumentTitle } from '../../lib/hooks';
import { compareVietnameseNames } from '../../lib/labels';
import { memberPath, useLinkTo } from '../../lib/url';
import { assessmentPath, AssessmentStatusTag } from '../assessments/util';
import { AssessmentsDocument, CreateAssessmentDocument, PublishedTablesDocument } from '../assessments/queries';
import { canEditOrg } from '../../lib/permissions';
import { apiProblem } from '../criteria/access';
import { DeleteMeetingDocument, MeetingDocument, RaiseRecommendationDocument, UpdateRecommendationDocument } from './queries';
import { recommendationProblemText } from './reasons';
import { MeetingCrumbs } from './util';

type Meeting = MeetingFullFragment;
type Attendance = Meeting['attendance'][number];
type Recommendation = RecommendationRowFragment;

/** One meeting: its details, the roll as recorded, the guests, the recommendations raised, its quality. */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const { t, f } = useMeetingsI18n();
  const [result, reexecute] = useQuery({ query: MeetingDocument, variables: { id } });
  const meeting = result.data?.meeting?.id === id ? result.data.meeting : null;
  useDocumentTitle(meeting ? `${t.meetings.enums.kind[meeting.kind]} ${f.date(meeting.date)} · ${meeting.organization.name}` : result.fetching ? null : t.meetings.meeting.notFound);
  if (result.error && !meeting) return <QueryError error={result.error} notFoundTitle={t.meetings.meeting.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!meeting) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.meetings.meeting.notFound} hint={t.meetings.meeting.notFoundHint} />;
  }
  return <MeetingView meeting={meeting} />;
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t, f } = useMeetingsI18n();
  const tm = t.meetings.meeting;
  const { message } = App.useApp();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const org = meeting.organization;
  const canEdit = canEditOrg(viewer, org);
  const [{ fetching: deleting }, deleteMeeting] = useMutation(DeleteMeetingDocument);
  const rate = meeting.eligibleCount ? meeting.presentCount / meeting.eligibleCount : null;
  const title = tm.title(t.meetings.enums.kind[meeting.kind], f.date(meeting.date));
  const qualityLocked = meeting.qualityAssessment?.status === 'SUBMITTED' || meeting.qualityAssessment?.status === 'APPROVED';

  const onDelete = async () => {
    const res = await deleteMeeting({ input: { id: meeting.id, expectedVersion: meeting.lockVersion } }, { additionalTypenames: ['Meeting', 'MeetingConnection'] });
    if (res.data) {
      message.success(tm.deleted);
      navigate(linkTo(meetingsPath(org.id)));
      return;
    }
    const p = apiProblem(res.error);
    if (p?.reason === 'QUALITY_ASSESSED') message.error(t.meetings.problems.QUALITY_ASSESSED);
    else if (p?.reason === 'STALE_VERSION') message.error(t.meetings.form.conflictText);
    else message.error(String(t.errors[p && p.code in t.errors ? (p.code as keyof typeof t.errors) : 'UNKNOWN']));
  };

  const yesNo = (v: boolean, yes: string, no: string) => (v ? <Tag color="success" icon={<CheckCircleOutlined />}>{yes}</Tag> : <Tag color="default" icon={<CloseCircleOutlined />}>{no}</Tag>);
  const details = [
    { key: 'date', label: tm.date, children: `${t.meetings.weekday[weekdayOf(meeting.date)]}, ${f.date(meeting.date)}` },
    {
      key: 'time',
      label: tm.time,
      children: (
        <Space size={6} wrap>
          <span>{tm.timeValue(meeting.startTime, meeting.endTime, f.number(meeting.durationMinutes))}</span>
          {meeting.evening ? <EveningTag /> : null}
        </Space>
      ),
    },
    { key: 'place', label: tm.place, children: meeting.place },
    ...(meeting.topic ? [{ key: 'topic', label: tm.topic, children: meeting.topic }] : []),
    { key: 'draft', label: tm.draftResolution, children: yesNo(meeting.draftResolution, tm.yes, tm.no) },
    { key: 'minutes', label: tm.fullMinutes, children: yesNo(meeting.fullMinutes, tm.minutesFull, tm.minutesNotFull) },
    ...(meeting.inWindow != null
      ? [{ key: 'window', label: tm.window, children: meeting.inWindow ? <Tag color="success">{tm.inWindow}</Tag> : <Tag color="orange">{tm.outsideWindow}</Tag> }]
      : []),
    ...(meeting.notes ? [{ key: 'notes', label: tm.notes, span: 'filled' as const, children: <span style={{ whiteSpace: 'pre-wrap' }}>{meeting.notes}</span> }] : []),
  ];

  return (
    <Flex vertical gap={16} data-testid="meeting-page">
      <MeetingCrumbs org={org} current={f.date(meeting.date)} t={t} />
      <Card>
        <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
          <Flex vertical gap={6} style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="meeting-title">
              {title}
            </Typography.Title>
            <Space size={6} wrap>
              <QualityTag quality={meeting.quality} />
              <Typography.Text type="secondary">{org.name}</Typography.Text>
            </Space>
          </Flex>
          {canEdit ? (
            <Space wrap>
              <Link to={linkTo(editMeetingPath(meeting.id))}>
                <Button icon={<EditOutlined />} data-testid="edit-meeting">
                  {tm.edit}
                </Button>
              </Link>
              <Popconfirm title={tm.deleteConfirm} okText={tm.delete} cancelText={t.meetings.form.cancel} okButtonProps={{ danger: true, loading: deleting }} onConfirm={() => onDelete()} disabled={qualityLocked}>
                <Tooltip title={qualityLocked ? t.meetings.problems.QUALITY_ASSESSED : undefined}>
                  <Button danger icon={<DeleteOutlined />} disabled={qualityLocked} data-testid="delete-meeting">
                    {tm.delete}
                  </Button>
                </Tooltip>
              </Popconfirm>
            </Space>
          ) : null}
        </Flex>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xxl: 3 }} items={details} data-testid="meeting-details" />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={
              <span>
                <TeamOutlined /> {tm.attendance}
              </span>
            }
            extra={
              <Typography.Text strong style={{ color: rateColor(rate) }} data-testid="meeting-attendance-summary">
                {tm.attendanceSummary(f.number(meeting.presentCount), f.number(meeting.eligibleCount), rate == null ? t.common.none : f.percent(rate))}
              </Typography.Text>
            }
            style={{ height: '100%' }}
          >
            <AttendanceTable attendance={meeting.attendance} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <QualityCard meeting={meeting} canEdit={canEdit} />
            <Card size="small" title={tm.guests} data-testid="meeting-guests">
              {meeting.guests.length === 0 ? (
                <Typography.Text type="secondary">{tm.noGuests}</Typography.Text>
              ) : (
                <List
                  size="small"
                  dataSource={meeting.guests}
                  renderItem={(g) => (
                    <List.Item>
                      <Flex vertical>
                        <span>
                          <UserOutlined /> <strong>{g.fullName}</strong>
                          {g.title ? ` — ${g.title}` : ''}
                        </span>
                        {g.assignment ? (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {tm.byAssignment}
                          </Typography.Text>
                        ) : null}
                      </Flex>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <RecommendationsCard meeting={meeting} canEdit={canEdit} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

const STATUS_ORDER: Record<AttendanceStatus, number> = { UNEXCUSED: 0, EXCUSED: 1, PRESENT: 2 };
const POSITION_ORDER: Record<NonNullable<Attendance['member']>['position'], number> = { SECRETARY: 0, DEPUTY_SECRETARY: 1, COMMITTEE_MEMBER: 2, MEMBER: 3 };

/** The absent first, in a table with their reasons; then those present, as a list of names (a cell may have 40). */
function AttendanceTable({ attendance }: { attendance: Attendance[] }) {
  const { t, f } = useMeetingsI18n();
  const tm = t.meetings.meeting;
  const linkTo = useLinkTo();
  if (attendance.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tm.noAttendance} />;
  const absent = attendance
    .filter((r) => r.status !== 'PRESENT')
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareVietnameseNames(a.memberName, b.memberName));
  const present = attendance
    .filter((r) => r.status === 'PRESENT')
    .sort((a, b) => POSITION_ORDER[a.member?.position ?? 'MEMBER'] - POSITION_ORDER[b.member?.position ?? 'MEMBER'] || compareVietnameseNames(a.memberName, b.memberName));
  return (
    <Flex vertical gap={16} data-testid="meeting-attendance">
      <div>
        <Typography.Text strong>{tm.absentTitle(f.number(absent.length))}</Typography.Text>
        {absent.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {tm.nobodyAbsent}
          </Typography.Paragraph>
        ) : (
          <Table<Attendance>
            size="small"
            rowKey={(r) => r.member?.id ?? r.memberName}
            dataSource={absent}
            pagination={false}
            style={{ marginTop: 8 }}
            columns={[
              {
                key: 'member',
                title: t.meetings.form.member,
                render: (_, r) => (
                  <Flex vertical>
                    {r.member ? <Link to={linkTo(memberPath(r.member.id))}>{r.member.fullName}</Link> : r.memberName}
                    {r.member ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t.enums.position[r.member.position]}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              { key: 'status', title: t.meetings.form.status, width: 170, render: (_, r) => <AttendanceTag status={r.status} /> },
              {
                key: 'reason',
                title: t.meetings.form.reason,
                render: (_, r) => (
                  <Flex gap={6} wrap align="center">
                    {r.reason ? <span>{r.reason}</span> : null}
                    {r.excusedStreak >= EXCUSED_STREAK_FLAG ? (
                      <Tooltip title={tm.streakHint}>
                        <Tag color="red" icon={<WarningOutlined />}>
                          {tm.streak(f.number(r.excusedStreak))}
                        </Tag>
                      </Tooltip>
                    ) : null}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </div>
      <div>
        <Typography.Text strong>{tm.presentTitle(f.number(present.length))}</Typography.Text>
        <div style={{ columns: '3 200px', columnGap: 24, marginTop: 8 }} data-testid="meeting-present">
          {present.map((r) => (
            <div key={r.member?.id ?? r.memberName} style={{ breakInside: 'avoid', padding: '2px 0' }}>
              {r.member ? <Link to={linkTo(memberPath(r.member.id))}>{r.member.fullName}</Link> : r.memberName}
              {r.member && r.member.position !== 'MEMBER' ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' · '}
                  {t.enums.position[r.member.position]}
                </Typography.Text>
              ) : null}
            </div>
          ))}
        </div>
      </div>
    </Flex>
  );
}

/** The meeting-quality assessment: open it (creating it on a published meeting-quality table) or see its result. */
function QualityCard({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t, f } = useMeetingsI18n();
  const tm = t.meetings.meeting;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const client = useClient();
  const [{ fetching: creating }, create] = useMutation(CreateAssessmentDocument);
  const [choosing, setChoosing] = useState<Array<{ id: string; label: string }> | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [looking, setLooking] = useState(false);
  const a = meeting.qualityAssessment;
  const org = meeting.organization;

  const open = async (tableId: string) => {
    const res = await create({ input: { meetingId: meeting.id, tableId } });
    if (res.data) return navigate(linkTo(assessmentPath(res.data.createAssessment.id)));
    const p = apiProblem(res.error);
    if (p?.reason === 'DUPLICATE_ASSESSMENT') {
      const found = await client.query(AssessmentsDocument, { filter: { meetingId: meeting.id }, first: 1 }, { requestPolicy: 'network-only' }).toPromise();
      const existing = found.data?.assessments.nodes[0];
      if (existing) return navigate(linkTo(assessmentPath(existing.id)));
    }
    message.error(p?.code === 'FORBIDDEN' ? t.meetings.problems.FORBIDDEN : tm.scoreFailed);
  };

  const start = async () => {
    setLooking(true);
    const res = await client.query(PublishedTablesDocument, { model: 'MEETING_QUALITY' }, { requestPolicy: 'network-only' }).toPromise();
    setLooking(false);
    const fitting = (res.data?.criteriaTables.nodes ?? [])
      .filter((x) => (!x.organizationKind || x.organizationKind === org.kind) && (!x.cellType || x.cellType === org.cellType))
      // The exact variant first, then the newest version.
      .sort((x, y) => Number(!!y.cellType) - Number(!!x.cellType) || Number(!!y.organizationKind) - Number(!!x.organizationKind) || x.seriesCode.localeCompare(y.seriesCode) || y.version - x.version);
    // One version per series: the newest.
    const latest = fitting.filter((x, i) => fitting.findIndex((y) => y.seriesCode === x.seriesCode) === i);
    if (latest.length === 0) return void message.error(tm.noQualityTable);
    if (latest.length === 1) return void open(latest[0]!.id);
    setChosen(latest[0]!.id);
    setChoosing(latest.map((x) => ({ id: x.id, label: `${x.name} · v${x.version}${x.owner ? ` · ${x.owner.name}` : ''}` })));
  };

  return (
    <Card size="small" title={tm.quality} data-testid="meeting-quality">
      {a ? (
        <Flex vertical gap={8}>
          <Space size={8} wrap>
            <AssessmentStatusTag status={a.status} />
            {a.status === 'APPROVED' ? (
              <>
                <QualityTag quality={meeting.quality} />
                {a.total != null ? <Typography.Text strong>{tm.qualityValue(f.number(a.total))}</Typography.Text> : null}
              </>
            ) : (
              <Typography.Text type="secondary">{tm.qualityDraft}</Typography.Text>
            )}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.table.name} · v{a.table.version}
          </Typography.Text>
          <div>
            <Link to={linkTo(assessmentPath(a.id))}>
              <Button icon={<FormOutlined />} data-testid="open-quality">
                {tm.openScore}
              </Button>
            </Link>
          </div>
        </Flex>
      ) : (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text type="secondary">{tm.qualityNone}</Typography.Text>
          {canEdit ? (
            <Button type="primary" icon={<FormOutlined />} loading={looking || creating} onClick={() => void start()} data-testid="score-quality">
              {tm.score}
            </Button>
          ) : null}
        </Flex>
      )}
      <Modal
        open={!!choosing}
        title={tm.score}
        onCancel={() => setChoosing(null)}
        onOk={() => chosen && void open(chosen)}
        okText={tm.score}
        cancelText={t.meetings.form.cancel}
        okButtonProps={{ loading: creating }}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={tm.chooseTable}>
            <Select value={chosen ?? undefined} onChange={setChosen} options={(choosing ?? []).map((c) => ({ value: c.id, label: c.label }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

const REC_COLORS: Record<RecommendationStatus, string> = { OPEN: 'blue', IN_PROGRESS: 'processing', RESOLVED: 'success', DECLINED: 'default' };

function recProblem(t: MeetingsI18nDict, f: Formats, error: Parameters<typeof apiProblem>[0]): { field: string; text: string } | null {
  const p = apiProblem(error);
  if (!p) return null;
  const first = p.fields[0];
  const field = (first?.field ?? '').replace(/^input\./, '');
  const text = p.reason ? recommendationProblemText(t, f, p.reason, first?.values) : String(t.errors[p.code in t.errors ? (p.code as keyof typeof t.errors) : 'UNKNOWN']);
  return { field, text };
}

/** Recommendations raised at the meeting: raise one, move one on (in progress, resolved or declined, with the outcome). */
function RecommendationsCard({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t, f } = useMeetingsI18n();
  const tr = t.meetings.recommendations;
  const { message } = App.useApp();
  const today = todayInVietnam();
  const [raising, setRaising] = useState(false);
  const [changing, setChanging] = useState<{ rec: Recommendation; status: RecommendationStatus } | null>(null);
  const [{ fetching: moving }, updateRec] = useMutation(UpdateRecommendationDocument);
  const list = meeting.recommendations;

  const startWork = async (rec: Recommendation) => {
    const res = await updateRec({ input: { id: rec.id, expectedVersion: rec.lockVersion, status: 'IN_PROGRESS' } });
    if (res.data) message.success(tr.saved);
    else message.error(recProblem(t, f, res.error)?.text ?? t.errors.UNKNOWN);
  };

  return (
    <Card
      size="small"
      title={tr.title}
      data-testid="meeting-recommendations"
      extra={
        canEdit ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setRaising(true)} data-testid="raise-recommendation">
            {tr.raise}
          </Button>
        ) : null
      }
    >
      {list.length === 0 ? (
        <Typography.Text type="secondary">{tr.empty}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={list}
          renderItem={(r) => {
            const closed = r.status === 'RESOLVED' || r.status === 'DECLINED';
            return (
              <List.Item data-testid="recommendation">
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8} align="flex-start">
                    <Typography.Text>{r.text}</Typography.Text>
                    <Tag color={REC_COLORS[r.status]} style={{ marginInlineEnd: 0, flexShrink: 0 }} data-testid="recommendation-status" data-status={r.status}>
                      {t.meetings.enums.recommendation[r.status]}
                    </Tag>
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {tr.raisedLine(r.raisedBy, f.date(r.raisedOn))}
                    {r.escalatedTo && r.escalatedOn ? ` · ${tr.escalatedLine(r.escalatedTo.name, f.date(r.escalatedOn))}` : ''}
                    {r.closedOn ? ` · ${tr.closedLine(f.date(r.closedOn))}` : ''}
                  </Typography.Text>
                  {r.resolutionNote ? (
                    <Typography.Text style={{ fontSize: 13 }}>
                      <strong>{tr.resolutionNote}:</strong> {r.resolutionNote}
                    </Typography.Text>
                  ) : null}
                  {canEdit && !closed ? (
                    <Space size={6} wrap>
                      {r.status === 'OPEN' ? (
                        <Button size="small" icon={<SyncOutlined />} loading={moving} onClick={() => void startWork(r)}>
                          {tr.start}
                        </Button>
                      ) : null}
                      <Button size="small" icon={<CheckCircleOutlined />} onClick={() => setChanging({ rec: r, status: 'RESOLVED' })} data-testid="resolve-recommendation">
                        {tr.resolve}
                      </Button>
                      <Button size="small" icon={<CloseCircleOutlined />} onClick={() => setChanging({ rec: r, status: 'DECLINED' })}>
                        {tr.decline}
                      </Button>
                    </Space>
                  ) : null}
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
      {raising ? <RaiseModal meeting={meeting} today={today} onClose={() => setRaising(false)} /> : null}
      {changing ? <CloseModal rec={changing.rec} status={changing.status} today={today} onClose={() => setChanging(null)} /> : null}
    </Card>
  );
}

function RaiseModal({ meeting, today, onClose }: { meeting: Meeting; today: string; onClose: () => void }) {
  const { t, f } = useMeetingsI18n();
  const tr = t.meetings.recommendations;
  const { message } = App.useApp();
  const [{ fetching }, raise] = useMutation(RaiseRecommendationDocument);
  const [text, setText] = useState('');
  const [raisedBy, setRaisedBy] = useState('');
  const [raisedOn, setRaisedOn] = useState(meeting.date);
  const [escalatedTo, setEscalatedTo] = useState<string | null>(null);
  const [escalatedOn, setEscalatedOn] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const at = (field: string) => (problem && problem.field === field ? { validateStatus: 'error' as const, help: problem.text } : {});
  // The committees above the cell, nearest first.
  const committees = [...meeting.organization.ancestors].reverse();

  const submit = async () => {
    if (!text.trim()) return setProblem({ field: 'text', text: tr.problems.REQUIRED });
    if (!raisedBy.trim()) return setProblem({ field: 'raisedBy', text: tr.problems.REQUIRED });
    const res = await raise({
      input: {
        organizationId: meeting.organization.id,
        meetingId: meeting.id,
        text: text.trim(),
        raisedBy: raisedBy.trim(),
        raisedOn,
        escalatedToId: escalatedTo,
        escalatedOn: escalatedTo ? (escalatedOn ?? raisedOn) : null,
      },
    });
    if (res.data) {
      message.success(tr.saved);
      onClose();
      return;
    }
    const p = recProblem(t, f, res.error);
    setProblem(p && p.field ? p : { field: '', text: p?.text ?? t.errors.UNKNOWN });
  };

  return (
    <Modal open title={tr.raise} onCancel={onClose} onOk={() => void submit()} okText={tr.save} cancelText={t.meetings.form.cancel} okButtonProps={{ loading: fetching, ...({ 'data-testid': 'save-recommendation' } as object) }} width={600} destroyOnHidden>
      {problem && !problem.field ? <Alert type="error" showIcon title={problem.text} style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={tr.text} {...at('text')}>
          <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} placeholder={tr.textPlaceholder} autoFocus data-testid="recommendation-text" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item label={tr.raisedBy} {...at('raisedBy')} style={{ flex: '1 1 240px' }}>
            <Input value={raisedBy} onChange={(e) => setRaisedBy(e.target.value)} maxLength={200} placeholder={tr.raisedByPlaceholder} data-testid="recommendation-by" />
          </Form.Item>
          <Form.Item label={tr.raisedOn} {...at('raisedOn')}>
            <DatePicker value={dayjs(raisedOn)} onChange={(d: Dayjs | null) => d && setRaisedOn(d.format('YYYY-MM-DD'))} format="DD/MM/YYYY" allowClear={false} disabledDate={(d: Dayjs) => { const s = d.format('YYYY-MM-DD'); return s > today || s < meeting.date; }} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item label={tr.escalatedTo} {...at('escalatedToId')} style={{ flex: '1 1 240px' }}>
            <Select allowClear value={escalatedTo ?? undefined} onChange={(v) => setEscalatedTo(v ?? null)} placeholder={tr.escalatedToPlaceholder} options={committees.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          {escalatedTo ? (
            <Form.Item label={tr.escalatedOn} {...at('escalatedOn')}>
              <DatePicker value={dayjs(escalatedOn ?? raisedOn)} onChange={(d: Dayjs | null) => setEscalatedOn(d ? d.format('YYYY-MM-DD') : null)} format="DD/MM/YYYY" allowClear={false} disabledDate={(d: Dayjs) => { const s = d.format('YYYY-MM-DD'); return s > today || s < raisedOn; }} />
            </Form.Item>
          ) : null}
        </Flex>
      </Form>
    </Modal>
  );
}

function CloseModal({ rec, status, today, onClose }: { rec: Recommendation; status: RecommendationStatus; today: string; onClose: () => void }) {
  const { t, f } = useMeetingsI18n();
  const tr = t.meetings.recommendations;
  const { message } = App.useApp();
  const [{ fetching }, updateRec] = useMutation(UpdateRecommendationDocument);
  const [note, setNote] = useState('');
  const [closedOn, setClosedOn] = useState(today);
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const at = (field: string) => (problem && problem.field === field ? { validateStatus: 'error' as const, help: problem.text } : {});
  const submit = async () => {
    if (!note.trim()) return setProblem({ field: 'resolutionNote', text: tr.problems.REQUIRED });
    const res = await updateRec({ input: { id: rec.id, expectedVersion: rec.lockVersion, status, resolutionNote: note.trim(), closedOn } });
    if (res.data) {
      message.success(tr.saved);
      onClose();
      return;
    }
    const p = recProblem(t, f, res.error);
    setProblem(p && p.field ? p : { field: '', text: p?.text ?? t.errors.UNKNOWN });
  };
  return (
    <Modal open title={tr.changeTitle(t.meetings.enums.recommendation[status])} onCancel={onClose} onOk={() => void submit()} okText={tr.save} cancelText={t.meetings.form.cancel} okButtonProps={{ loading: fetching, ...({ 'data-testid': 'save-resolution' } as object) }} destroyOnHidden>
      {problem && !problem.field ? <Alert type="error" showIcon title={problem.text} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph type="secondary">{rec.text}</Typography.Paragraph>
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={tr.resolutionNote} {...at('resolutionNote')}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} placeholder={tr.resolutionPlaceholder} autoFocus data-testid="resolution-note" />
        </Form.Item>
        <Form.Item label={tr.closedOn} {...at('closedOn')}>
          <DatePicker value={dayjs(closedOn)} onChange={(d: Dayjs | null) => d && setClosedOn(d.format('YYYY-MM-DD'))} format="DD/MM/YYYY" allowClear={false} disabledDate={(d: Dayjs) => { const s = d.format('YYYY-MM-DD'); return s > today || s < rec.raisedOn; }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
