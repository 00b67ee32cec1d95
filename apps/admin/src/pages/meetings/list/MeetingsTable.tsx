import { Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { EveningTag, meetingPath, MeetingKindTag, QualityTag, rateColor, weekdayOf } from '../../../components/meetings/tags';
import type { MeetingRowFragment } from '../../../gql/graphql';
import { useMeetingsI18n } from '../../../i18n/meetings';
import { useLinkTo } from '../../../lib/url';

type Row = MeetingRowFragment;

export function MeetingsTable({ meetings, year, canEdit, onOpen }: { meetings: Row[]; year: number; canEdit: boolean; onOpen: (m: Row) => void }) {
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
