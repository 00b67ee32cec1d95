import { useMemo, useState } from 'react';
import { Alert, App, Button, Calendar, Card, DatePicker, Empty, Flex, Form, InputNumber, Modal, Segmented, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CalendarOutlined, LeftOutlined, PlusOutlined, RightOutlined, UnorderedListOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { holdsMembers, isRegularMeeting, isValidWindow, todayInVietnam } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { MeetingStatsCards } from '../../components/meetings/MeetingStatsCards';
import { EveningTag, KIND_COLORS, meetingPath, MeetingKindTag, newMeetingPath, QualityTag, rateColor, weekdayOf } from '../../components/meetings/tags';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import { TreeBreadcrumb } from '../../components/TreeBreadcrumb';
import type { MeetingRowFragment } from '../../gql/graphql';
import { useMeetingsI18n } from '../../i18n/meetings';
import { useDocumentTitle, useLastDefined } from '../../lib/hooks';
import { orgPath, useLinkTo } from '../../lib/url';
import { canEditOrg } from '../../lib/permissions';
import { CellMeetingsDocument, SetMeetingWindowDocument } from './queries';
import './meetings.css';

type Row = MeetingRowFragment;

/**
 * A cell's meetings for one year (`year` in the address, the current year by default), as a list
 * or a calendar (`view=calendar`), with the year's figures above and, for staff, the way to record
 * a meeting.
 */
export default function MeetingsPage() {
  const { id = '' } = useParams();
  const { t, f } = useMeetingsI18n();
  const tl = t.meetings.list;
  const linkTo = useLinkTo();
  const navigate = useNavigate();
  const { viewer } = useSession();
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const currentYear = Number(today.slice(0, 4));
  const askedYear = Number(params.get('year'));
  const year = Number.isInteger(askedYear) && askedYear >= 1930 && askedYear <= currentYear ? askedYear : currentYear;
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  const [windowOpen, setWindowOpen] = useState(false);
  const [result, reexecute] = useQuery({ query: CellMeetingsDocument, variables: { id, from: `${year}-01-01`, to: `${year}-12-31`, year } });
  const data = useLastDefined(result.data?.organization?.id === id ? result.data.organization : null);
  useDocumentTitle(data ? t.meetings.nav.meetingsOf(data.name) : result.fetching ? null : t.org.notFound);

  if (result.error && !data) return <QueryError error={result.error} notFoundTitle={t.org.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.org.notFound} hint={t.org.notFoundHint} />;
  }
  const org = data;
  const crumbs = [...org.ancestors, { id: org.id, name: org.name }];
  if (!holdsMembers(org.kind)) {
    return (
      <Flex vertical gap={16}>
        <TreeBreadcrumb ancestors={crumbs} current={tl.title} />
        <Alert type="info" showIcon title={tl.notACell} action={<Link to={linkTo(orgPath(org.id))}>{org.name}</Link>} />
      </Flex>
    );
  }
  const canEdit = canEditOrg(viewer, org);
  const meetings = org.meetings.nodes;
  const firstYear = Math.max(Number(org.foundedOn.slice(0, 4)), currentYear - 10);
  const years = Array.from({ length: currentYear - firstYear + 1 }, (_, i) => currentYear - i);
  if (!years.includes(year)) years.push(year);

  return (
    <Flex vertical gap={16} data-testid="meetings-page">
      <TreeBreadcrumb ancestors={crumbs} current={tl.title} />
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="meetings-title">
              {tl.title}
            </Typography.Title>
            <Typography.Text>
              <Link to={linkTo(orgPath(org.id))} data-testid="meetings-org-link">
                {org.name}
              </Link>
              <Typography.Text type="secondary" data-testid="meeting-window">
                {' · '}
                {org.meetingDayFrom != null && org.meetingDayTo != null ? tl.window(f.number(org.meetingDayFrom), f.number(org.meetingDayTo)) : tl.noWindow}
              </Typography.Text>
              {canEdit ? (
                <Button type="link" size="small" onClick={() => setWindowOpen(true)} data-testid="set-window">
                  {tl.setWindow}
                </Button>
              ) : null}
            </Typography.Text>
          </Flex>
          {canEdit && !org.dissolvedOn ? (
            <Link to={linkTo(newMeetingPath(org.id))}>
              <Button type="primary" icon={<PlusOutlined />} data-testid="record-meeting">
                {tl.record}
              </Button>
            </Link>
          ) : null}
        </Flex>
      </Card>

      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text type="secondary">{tl.year}</Typography.Text>
          <Select<number>
            value={year}
            onChange={(y) => setParam('year', y === currentYear ? null : String(y))}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
            virtual={false}
            aria-label={tl.year}
            data-testid="meetings-year"
          />
          <Segmented
            value={view}
            onChange={(v) => setParam('view', v === 'calendar' ? 'calendar' : null)}
            options={[
              { value: 'list', label: tl.viewList, icon: <UnorderedListOutlined /> },
              { value: 'calendar', label: tl.viewCalendar, icon: <CalendarOutlined /> },
            ]}
            data-testid="meetings-view"
          />
        </Flex>
        <Typography.Text type="secondary" data-testid="meetings-count">
          {tl.count(f.number(org.meetings.totalCount), String(year))}
        </Typography.Text>
      </Flex>

      <div style={{ opacity: result.fetching ? 0.7 : 1, transition: 'opacity .2s' }}>
        <MeetingStatsCards stats={org.meetingStats} cell variant="strip" />
      </div>

      {windowOpen ? <WindowModal org={org} today={today} onClose={() => setWindowOpen(false)} /> : null}

      {org.meetings.pageInfo.hasNextPage ? <Alert type="info" showIcon title={tl.truncated(f.number(meetings.length))} /> : null}

      <Card styles={{ body: { padding: view === 'calendar' ? 12 : 0 } }} style={{ opacity: result.fetching ? 0.7 : 1, transition: 'opacity .2s' }}>
        {view === 'list' ? (
          <MeetingsTable meetings={meetings} year={year} canEdit={canEdit} onOpen={(m) => navigate(linkTo(meetingPath(m.id)))} />
        ) : (
          <MeetingsCalendar
            meetings={meetings}
            year={year}
            month={params.get('month')}
            today={today}
            onMonth={(m) =>
              setParams(
                (prev) => {
                  const p = new URLSearchParams(prev);
                  p.set('month', m);
                  if (Number(m.slice(0, 4)) === currentYear) p.delete('year');
                  else p.set('year', m.slice(0, 4));
                  return p;
                },
                { replace: true },
              )
            }
          />
        )}
      </Card>
    </Flex>
  );
}

function MeetingsTable({ meetings, year, canEdit, onOpen }: { meetings: Row[]; year: number; canEdit: boolean; onOpen: (m: Row) => void }) {
  const { t, f } = useMeetingsI18n();
  const tl = t.meetings.list;
  const linkTo = useLinkTo();
  const columns: ColumnsType<Row> = [
    {
      key: 'date',
      title: tl.columns.date,
      width: 130,
      sorter: (a, b) => a.date.localeCompare(b.date),
      render: (_, m) => (
        <Flex vertical>
          <Link to={linkTo(meetingPath(m.id))} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 600 }} data-testid="meeting-link">
            {f.date(m.date)}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.meetings.weekday[weekdayOf(m.date)]}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: tl.columns.kind,
      width: 260,
      render: (_, m) => (
        <Flex vertical gap={4} align="flex-start">
          <MeetingKindTag kind={m.kind} short />
          {m.topic ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: m.topic }}>
              {m.topic}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'time',
      title: tl.columns.time,
      width: 150,
      render: (_, m) => (
        <Flex vertical gap={4} align="flex-start">
          <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {m.startTime}–{m.endTime}
          </span>
          <Flex gap={4} wrap>
            {m.evening ? <EveningTag /> : null}
            {m.inWindow === false ? (
              <Tooltip title={tl.outsideWindowHint}>
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  {tl.outsideWindow}
                </Tag>
              </Tooltip>
            ) : null}
          </Flex>
        </Flex>
      ),
    },
    { key: 'place', title: tl.columns.place, ellipsis: true, render: (_, m) => m.place },
    {
      key: 'attendance',
      title: tl.columns.attendance,
      width: 210,
      render: (_, m) => (
        <Flex vertical>
          <span data-testid="meeting-attendance">
            <strong style={{ fontVariantNumeric: 'tabular-nums' }}>
              {f.number(m.presentCount)}/{f.number(m.eligibleCount)}
            </strong>
          </span>
          {m.excusedCount + m.unexcusedCount > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tl.absences(f.number(m.excusedCount), f.number(m.unexcusedCount))}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'rate',
      title: tl.columns.rate,
      width: 90,
      align: 'right',
      render: (_, m) => {
        const rate = m.eligibleCount ? m.presentCount / m.eligibleCount : null;
        return (
          <strong style={{ color: rateColor(rate), fontVariantNumeric: 'tabular-nums' }} data-testid="meeting-rate">
            {rate == null ? t.common.none : f.percent(rate)}
          </strong>
        );
      },
    },
    { key: 'quality', title: tl.columns.quality, width: 120, render: (_, m) => <QualityTag quality={m.quality} /> },
  ];
  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={meetings}
      pagination={meetings.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 1000 }}
      onRow={(m) => ({ onClick: () => onOpen(m), style: { cursor: 'pointer' } })}
      data-testid="meetings-table"
      locale={{
        emptyText: <Empty description={<span>{tl.empty(String(year))}{canEdit ? <><br />{tl.emptyHint}</> : null}</span>} />,
      }}
    />
  );
}

function MeetingsCalendar({ meetings, year, month, today, onMonth }: { meetings: Row[]; year: number; month: string | null; today: string; onMonth: (month: string) => void }) {
  const { t } = useMeetingsI18n();
  const tl = t.meetings.list;
  const linkTo = useLinkTo();
  const byDate = useMemo(() => {
    const map = new Map<string, Row[]>();
    for (const m of [...meetings].sort((a, b) => a.startTime.localeCompare(b.startTime))) map.set(m.date, [...(map.get(m.date) ?? []), m]);
    return map;
  }, [meetings]);
  const byMonth = useMemo(() => {
    const map = new Map<string, Row[]>();
    for (const m of meetings) map.set(m.date.slice(0, 7), [...(map.get(m.date.slice(0, 7)) ?? []), m]);
    return map;
  }, [meetings]);
  // The month shown: `month` in the address, else this month for the current year, else the month of the year's latest meeting.
  const asked = month && month.startsWith(`${year}-`) ? `${month}-01` : null;
  const latest = meetings.find((m) => m.date.startsWith(`${year}-`))?.date;
  const value = dayjs(asked ?? (year === Number(today.slice(0, 4)) ? today : (latest ?? `${year}-01-01`)));

  const dateCell = (d: Dayjs) => {
    const list = byDate.get(d.format('YYYY-MM-DD')) ?? [];
    if (list.length === 0) return null;
    return (
      <Flex vertical gap={2}>
        {list.map((m) => (
          <Link key={m.id} to={linkTo(meetingPath(m.id))} onClick={(e) => e.stopPropagation()} data-testid="calendar-meeting" title={`${t.meetings.enums.kind[m.kind]} · ${m.place}`}>
            <Tag color={KIND_COLORS[m.kind]} style={{ width: '100%', marginInlineEnd: 0, whiteSpace: 'normal', lineHeight: 1.4, padding: '2px 6px' }}>
              <strong>{m.startTime}</strong> {t.meetings.enums.kindShort[m.kind]}
              <br />
              {t.meetings.list.columns.attendance}: {m.presentCount}/{m.eligibleCount}
              {m.quality ? ` · ${t.meetings.enums.quality[m.quality]}` : ''}
            </Tag>
          </Link>
        ))}
      </Flex>
    );
  };
  const monthCell = (d: Dayjs) => {
    const month = d.format('YYYY-MM');
    const list = byMonth.get(month) ?? [];
    // The regular meeting was due once the 10th passed (the end of the usual window).
    const due = `${month}-10` <= today;
    const missing = due && !list.some((m) => isRegularMeeting(m.kind));
    return (
      <Flex vertical gap={2}>
        {list.length ? <Typography.Text strong>{tl.calendarMonthCount(list.length)}</Typography.Text> : null}
        {missing ? (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            <WarningOutlined /> {tl.missingRegular}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  };

  return (
    <div data-testid="meetings-calendar" className="fg-meetings-calendar">
      <Calendar
        value={value}
        headerRender={({ value: shown, type, onChange, onTypeChange }) => (
          <Flex justify="space-between" align="center" wrap gap={8} style={{ padding: '4px 4px 12px' }}>
            <Flex align="center" gap={8}>
              {type === 'month' ? (
                <>
                  <Button icon={<LeftOutlined />} aria-label={tl.previousMonth} disabled={shown.month() === 0} onClick={() => onChange(shown.subtract(1, 'month'))} />
                  <Typography.Text strong style={{ minWidth: 130, textAlign: 'center', fontSize: 16 }} data-testid="calendar-month">
                    {tl.monthTitle(shown.month() + 1, shown.year())}
                  </Typography.Text>
                  <Button icon={<RightOutlined />} aria-label={tl.nextMonth} disabled={shown.month() === 11} onClick={() => onChange(shown.add(1, 'month'))} />
                </>
              ) : (
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {tl.yearTitle(shown.year())}
                </Typography.Text>
              )}
            </Flex>
            <Segmented
              value={type}
              onChange={(v) => onTypeChange(v as 'month' | 'year')}
              options={[
                { value: 'month', label: tl.calendarMonth },
                { value: 'year', label: tl.calendarYear },
              ]}
            />
          </Flex>
        )}
        onChange={(d) => onMonth(d.format('YYYY-MM'))}
        onPanelChange={(d) => onMonth(d.format('YYYY-MM'))}
        cellRender={(d, info) => (info.type === 'date' ? dateCell(d) : info.type === 'month' ? monthCell(d) : info.originNode)}
      />
    </div>
  );
}

/** The cell's monthly window for its regular meeting (e.g. days 4–10): set, change or clear it. */
function WindowModal({ org, today, onClose }: { org: { id: string; meetingDayFrom?: number | null; meetingDayTo?: number | null }; today: string; onClose: () => void }) {
  const { t } = useMeetingsI18n();
  const tl = t.meetings.list;
  const { message } = App.useApp();
  const [{ fetching }, save] = useMutation(SetMeetingWindowDocument);
  const [from, setFrom] = useState<number | null>(org.meetingDayFrom ?? null);
  const [to, setTo] = useState<number | null>(org.meetingDayTo ?? null);
  const [applyFrom, setApplyFrom] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ok = (from == null && to == null) || (from != null && to != null && isValidWindow({ fromDay: from, toDay: to }));
  const submit = async () => {
    if (!ok) return setProblem(tl.windowBad);
    // The cell's meetings are read again: their "inside the window" may have changed.
    const res = await save({ input: { organizationId: org.id, fromDay: from, toDay: to, applyFrom } }, { additionalTypenames: ['Meeting', 'MeetingConnection'] });
    if (res.data) {
      message.success(tl.windowSaved);
      onClose();
      return;
    }
    const reason = String(res.error?.graphQLErrors[0]?.extensions?.reason ?? '');
    const code = String(res.error?.graphQLErrors[0]?.extensions?.code ?? 'UNKNOWN');
    setProblem(reason === 'BAD_WINDOW' ? tl.windowBad : code === 'FORBIDDEN' ? t.meetings.problems.FORBIDDEN : String(t.errors[code in t.errors ? (code as keyof typeof t.errors) : 'UNKNOWN']));
  };
  return (
    <Modal open title={tl.windowTitle} onCancel={onClose} onOk={() => void submit()} okText={t.meetings.recommendations.save} cancelText={t.meetings.form.cancel} okButtonProps={{ loading: fetching }} destroyOnHidden>
      <Typography.Paragraph type="secondary">{tl.windowIntro}</Typography.Paragraph>
      <Form layout="vertical" requiredMark={false}>
        <Flex gap={12}>
          <Form.Item label={tl.windowFrom} validateStatus={problem ? 'error' : undefined}>
            <InputNumber min={1} max={31} precision={0} value={from} onChange={(v) => { setFrom(v); setProblem(null); }} style={{ width: 110 }} data-testid="window-from" />
          </Form.Item>
          <Form.Item label={tl.windowTo} validateStatus={problem ? 'error' : undefined}>
            <InputNumber min={1} max={31} precision={0} value={to} onChange={(v) => { setTo(v); setProblem(null); }} style={{ width: 110 }} data-testid="window-to" />
          </Form.Item>
        </Flex>
        {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} /> : null}
        <Form.Item label={tl.windowApply} extra={tl.windowApplyHint} style={{ marginBottom: 0 }}>
          <DatePicker
            value={applyFrom ? dayjs(applyFrom) : null}
            onChange={(d: Dayjs | null) => setApplyFrom(d ? d.format('YYYY-MM-DD') : null)}
            format="DD/MM/YYYY"
            disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
