import { useMemo } from 'react';
import { Button, Calendar, Flex, Segmented, Tag, Typography } from 'antd';
import { LeftOutlined, RightOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { isRegularMeeting } from '@fourgood/rules';
import { KIND_COLORS, meetingPath } from '../../../components/meetings/tags';
import type { MeetingRowFragment } from '../../../gql/graphql';
import { useMeetingsI18n } from '../../../i18n/meetings';
import { useLinkTo } from '../../../lib/url';

type Row = MeetingRowFragment;

export function MeetingsCalendar({ meetings, year, month, today, onMonth }: { meetings: Row[]; year: number; month: string | null; today: string; onMonth: (month: string) => void }) {
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
