import type { ReactNode } from 'react';
import { Card, Col, Flex, Progress, Row, Tooltip, Typography } from 'antd';
import type { MeetingStatsFiguresFragment } from '../../gql/graphql';
import { useMeetingsI18n } from '../../i18n/meetings';
import { rateColor } from './tags';

type Stats = MeetingStatsFiguresFragment;

interface FigureDef {
  key: string;
  title: string;
  hint?: string;
  value: string;
  /** 0–1, drawn as a bar under the value. */
  share?: number | null;
  color?: string;
  detail?: ReactNode;
  warning?: ReactNode;
}

/**
 * The meeting figures of a subtree for a span: regular meetings held against the months due,
 * thematic meetings against the quarters, attendance, absences, long runs of absences with reason,
 * evening meetings and meetings rated good. `cards` on the organisation page, `strip` above a
 * cell's list of meetings.
 */
export function MeetingStatsCards({ stats, cell, variant = 'cards', extra }: { stats: Stats; cell: boolean; variant?: 'cards' | 'strip'; extra?: ReactNode }) {
  const { t, f } = useMeetingsI18n();
  const ts = t.meetings.stats;
  const n = (x: number) => f.number(x);
  const pct = (x: number | null | undefined) => (x == null ? t.common.none : f.percent(x));
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

  const regularShare = share(stats.regularMonthsHeld, stats.regularDue);
  const thematicShare = share(stats.thematicQuartersCovered, stats.thematicQuartersDue);
  const figures: FigureDef[] = [
    {
      key: 'regular',
      title: ts.regular,
      hint: ts.regularHint,
      value: ts.regularValue(n(stats.regularMonthsHeld), n(stats.regularDue)),
      share: regularShare,
      color: regularShare == null ? undefined : regularShare >= 1 ? '#237804' : '#874d00',
      detail: stats.regularHeld > 0 ? ts.inWindow(n(stats.regularInWindow), n(stats.regularHeld)) : undefined,
      warning: !cell && stats.cellsBehindOnRegular > 0 ? ts.cellsBehindRegular(n(stats.cellsBehindOnRegular)) : undefined,
    },
    {
      key: 'thematic',
      title: ts.thematic,
      hint: ts.thematicHint,
      value: ts.thematicValue(n(stats.thematicQuartersCovered), n(stats.thematicQuartersDue)),
      share: thematicShare,
      color: thematicShare == null ? undefined : thematicShare >= 1 ? '#237804' : '#874d00',
      detail: ts.thematicMeetings(n(stats.thematicHeld)),
      warning: !cell && stats.cellsBehindOnThematic > 0 ? ts.cellsBehindThematic(n(stats.cellsBehindOnThematic)) : undefined,
    },
    {
      key: 'attendance',
      title: ts.attendance,
      value: pct(stats.attendanceRate),
      share: stats.attendanceRate,
      color: rateColor(stats.attendanceRate),
      detail: stats.eligible > 0 ? ts.attendanceDetail(n(stats.present), n(stats.eligible)) : ts.noMeetings,
    },
    {
      key: 'unexcused',
      title: ts.absences,
      value: ts.absencesValue(n(stats.unexcusedAbsences)),
      color: stats.unexcusedAbsences > 0 ? '#cf1322' : undefined,
      detail: ts.excusedDetail(n(stats.excusedAbsences)),
    },
    {
      key: 'streak',
      title: ts.streak,
      value: ts.streakValue(n(stats.membersExcusedStreak)),
      color: stats.membersExcusedStreak > 0 ? '#cf1322' : undefined,
    },
    {
      key: 'evening',
      title: ts.evening,
      value: pct(stats.eveningShare),
      share: stats.eveningShare,
      color: '#531dab',
      detail: stats.meetings > 0 ? ts.eveningDetail(n(stats.eveningMeetings), n(stats.meetings)) : ts.noMeetings,
    },
    {
      key: 'good',
      title: ts.ratedGood,
      value: pct(stats.ratedGoodShare),
      share: stats.ratedGoodShare,
      color: '#237804',
      detail: stats.ratedMeetings > 0 ? ts.ratedGoodDetail(n(stats.ratedGood), n(stats.ratedMeetings)) : ts.noneRated,
    },
  ];

  if (variant === 'strip') {
    return (
      <Flex wrap gap={8} data-testid="meeting-stats">
        {figures.map((fig) => (
          <Card key={fig.key} size="small" style={{ flex: '1 1 150px', minWidth: 150 }} styles={{ body: { padding: '8px 12px' } }} data-testid={`meeting-stat-${fig.key}`}>
            <Tooltip title={fig.hint}>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', lineHeight: 1.3 }}>
                {fig.title}
              </Typography.Text>
            </Tooltip>
            <span style={{ fontSize: 18, fontWeight: 600, color: fig.color, fontVariantNumeric: 'tabular-nums' }} data-testid={`meeting-stat-${fig.key}-value`}>
              {fig.value}
            </span>
          </Card>
        ))}
      </Flex>
    );
  }

  return (
    <Row gutter={[12, 12]} data-testid="meeting-stats">
      {figures.map((fig) => (
        <Col key={fig.key} xs={24} sm={12} lg={6}>
          <Card size="small" style={{ height: '100%' }} data-testid={`meeting-stat-${fig.key}`}>
            <Tooltip title={fig.hint}>
              <Typography.Text type="secondary">{fig.title}</Typography.Text>
            </Tooltip>
            <div style={{ fontSize: 22, fontWeight: 600, color: fig.color, fontVariantNumeric: 'tabular-nums', lineHeight: 1.5 }} data-testid={`meeting-stat-${fig.key}-value`}>
              {fig.value}
            </div>
            {fig.share != null ? <Progress aria-label={fig.title} percent={Math.min(100, fig.share * 100)} showInfo={false} size={{ height: 6 }} strokeColor={fig.color} style={{ margin: 0 }} /> : null}
            {fig.detail ? (
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {fig.detail}
              </Typography.Text>
            ) : null}
            {fig.warning ? (
              <Typography.Text type="danger" style={{ fontSize: 12, display: 'block' }}>
                {fig.warning}
              </Typography.Text>
            ) : null}
          </Card>
        </Col>
      ))}
      {extra ? (
        <Col xs={24} sm={12} lg={6}>
          {extra}
        </Col>
      ) : null}
    </Row>
  );
}
