import { Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { EXCUSED_STREAK_FLAG, type AttendanceStatus } from '@fourgood/rules';
import { AttendanceTag } from '../../../components/meetings/tags';
import type { MeetingFullFragment } from '../../../gql/graphql';
import { useMeetingsI18n } from '../../../i18n/meetings';
import { compareVietnameseNames } from '../../../lib/labels';
import { memberPath, useLinkTo } from '../../../lib/url';

type Meeting = MeetingFullFragment;
type Attendance = Meeting['attendance'][number];

const STATUS_ORDER: Record<AttendanceStatus, number> = { UNEXCUSED: 0, EXCUSED: 1, PRESENT: 2 };
const POSITION_ORDER: Record<NonNullable<Attendance['member']>['position'], number> = { SECRETARY: 0, DEPUTY_SECRETARY: 1, COMMITTEE_MEMBER: 2, MEMBER: 3 };

/** The absent first, in a table with their reasons; then those present, as a list of names (a cell may have 40). */
export function AttendanceTable({ attendance }: { attendance: Attendance[] }) {
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
              {r.member ? (
                <Link to={linkTo(memberPath(r.member.id))} style={{ textDecoration: 'underline' }}>
                  {r.member.fullName}
                </Link>
              ) : (
                r.memberName
              )}
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
