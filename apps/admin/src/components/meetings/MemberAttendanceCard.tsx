import { Alert, Card, Empty, Flex, Segmented, Table, Tag, Tooltip, Typography } from 'antd';
import { ScheduleOutlined, WarningOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EXCUSED_STREAK_FLAG, todayInVietnam, type AttendanceStatus } from '@fourgood/rules';
import type { MemberAttendanceQuery } from '../../gql/graphql';
import { useMeetingsI18n } from '../../i18n/meetings';
import { useLastDefined } from '../../lib/hooks';
import { orgPath, useLinkTo } from '../../lib/url';
import { MemberAttendanceDocument } from './queries';
import { AttendanceTag, meetingPath, MeetingKindTag, rateColor } from './tags';

type Row = NonNullable<MemberAttendanceQuery['member']>['attendance'][number];
const YEARS_SHOWN = 5;

/**
 * A member's attendance at cell meetings for one year (`attYear` in the address, the current year
 * by default): how often present, the absences with their reasons, runs of absences with reason.
 * On the member page, loaded on demand.
 */
export default function MemberAttendanceCard({ memberId }: { memberId: string }) {
  const { t, f } = useMeetingsI18n();
  const tm = t.meetings.memberAttendance;
  const linkTo = useLinkTo();
  const [params, setParams] = useSearchParams();
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => currentYear - YEARS_SHOWN + 1 + i);
  const asked = Number(params.get('attYear'));
  const year = years.includes(asked) ? asked : currentYear;
  const setYear = (next: number) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next === currentYear) p.delete('attYear');
        else p.set('attYear', String(next));
        return p;
      },
      { replace: true, preventScrollReset: true },
    );
  const [result] = useQuery({ query: MemberAttendanceDocument, variables: { id: memberId, from: `${year}-01-01`, to: `${year}-12-31` } });
  const member = useLastDefined(result.data?.member?.id === memberId ? result.data.member : null);
  // Newest first, like the other histories of the page.
  const rows = [...(member?.attendance ?? [])].reverse();
  const count = (s: AttendanceStatus) => rows.filter((r) => r.status === s).length;
  const present = count('PRESENT');
  const rate = rows.length ? present / rows.length : null;
  const cells = new Set(rows.map((r) => r.meeting.organization.id));

  return (
    <Card
      size="small"
      data-testid="member-attendance"
      title={
        <span>
          <ScheduleOutlined /> {tm.title}
        </span>
      }
      extra={<Segmented<number> size="small" value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="attendance-year" aria-label={tm.year} />}
    >
      {result.error && !member ? (
        <Alert type="warning" showIcon title={tm.loadFailed} />
      ) : (
        <Flex vertical gap={12} style={{ opacity: result.fetching && member ? 0.7 : 1 }}>
          {member ? (
            <Flex gap={8} wrap align="center" data-testid="attendance-summary">
              {rows.length ? (
                <>
                  <Typography.Text strong style={{ color: rateColor(rate) }}>
                    {tm.summary(f.number(present), f.number(rows.length), f.percent(rate ?? 0))}
                  </Typography.Text>
                  {count('EXCUSED') ? <Tag color="warning">{tm.excused(f.number(count('EXCUSED')))}</Tag> : null}
                  {count('UNEXCUSED') ? <Tag color="error">{tm.unexcused(f.number(count('UNEXCUSED')))}</Tag> : null}
                </>
              ) : (
                <Typography.Text type="secondary">{tm.summaryNone}</Typography.Text>
              )}
            </Flex>
          ) : null}
          <Table<Row>
            size="small"
            pagination={rows.length > 15 ? { pageSize: 15, showSizeChanger: false, hideOnSinglePage: true } : false}
            loading={!member && result.fetching}
            rowKey={(r) => r.meeting.id}
            dataSource={rows}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tm.empty(String(year))} /> }}
            columns={[
              {
                key: 'date',
                title: tm.date,
                width: 130,
                render: (_, r) => (
                  <Link to={linkTo(meetingPath(r.meeting.id))} data-testid="attendance-meeting-link">
                    {f.date(r.meeting.date)}
                  </Link>
                ),
              },
              ...(cells.size > 1
                ? [{ key: 'cell', title: tm.cell, render: (_: unknown, r: Row) => <Link to={linkTo(orgPath(r.meeting.organization.id))}>{r.meeting.organization.name}</Link> }]
                : []),
              { key: 'kind', title: tm.kind, width: 190, render: (_, r) => <MeetingKindTag kind={r.meeting.kind} short /> },
              { key: 'status', title: tm.status, width: 160, render: (_, r) => <AttendanceTag status={r.status} /> },
              {
                key: 'reason',
                title: tm.reason,
                render: (_, r) => (
                  <Flex gap={6} align="center" wrap>
                    {r.reason ? <span>{r.reason}</span> : null}
                    {r.excusedStreak >= EXCUSED_STREAK_FLAG ? (
                      <Tooltip title={t.meetings.meeting.streakHint}>
                        <Tag color="red" icon={<WarningOutlined />}>
                          {t.meetings.meeting.streak(f.number(r.excusedStreak))}
                        </Tag>
                      </Tooltip>
                    ) : null}
                  </Flex>
                ),
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}
