import { App, Button, Card, Col, Descriptions, Flex, List, Popconfirm, Row, Space, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, DeleteOutlined, EditOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../auth/session';
import { editMeetingPath, EveningTag, meetingsPath, QualityTag, rateColor, weekdayOf } from '../../components/meetings/tags';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import type { MeetingFullFragment } from '../../gql/graphql';
import { useMeetingsI18n } from '../../i18n/meetings';
import { useDocumentTitle } from '../../lib/hooks';
import { useLinkTo } from '../../lib/url';
import { canEditOrg } from '../../lib/permissions';
import { apiProblem } from '../criteria/access';
import { DeleteMeetingDocument, MeetingDocument } from './queries';
import { MeetingCrumbs } from './util';
import { AttendanceTable } from './view/AttendanceTable';
import { QualityCard } from './view/QualityCard';
import { RecommendationsCard } from './view/RecommendationsCard';

type Meeting = MeetingFullFragment;

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
