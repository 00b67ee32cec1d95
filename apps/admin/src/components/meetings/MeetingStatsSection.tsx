import { Alert, Button, Card, Flex, Segmented, Skeleton, Typography } from 'antd';
import { CalendarOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { todayInVietnam } from '@fourgood/rules';
import { useMeetingsI18n } from '../../i18n/meetings';
import { useLastDefined } from '../../lib/hooks';
import { usePrefetchedPolicy } from '../../lib/prefetch';
import { sectionYear, useLinkTo } from '../../lib/url';
import { MeetingStatsCards } from './MeetingStatsCards';
import { OrgMeetingStatsDocument } from './queries';
import { meetingsPath } from './tags';

const YEARS_SHOWN = 5;

/**
 * "Cell meetings" on the organisation page: the subtree's meeting figures for the page's chosen
 * year (`year` in the address, shared with the ratings above; by default the last full year) and
 * the members' recommendations still open. A cell links to its list of meetings. Loaded on demand.
 */
export default function MeetingStatsSection({ orgId, cell }: { orgId: string; cell: boolean }) {
  const { t, f } = useMeetingsI18n();
  const ts = t.meetings.stats;
  const linkTo = useLinkTo();
  const [params, setParams] = useSearchParams();
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => currentYear - YEARS_SHOWN + 1 + i);
  // Started with the page's own query (pages/organizationQueries.ts): the same year, the same request.
  const year = sectionYear(params);
  const setYear = (next: number) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next === currentYear - 1) p.delete('year');
        else p.set('year', String(next));
        return p;
      },
      { replace: true, preventScrollReset: true },
    );
  const variables = { id: orgId, year };
  const [result] = useQuery({ query: OrgMeetingStatsDocument, variables, requestPolicy: usePrefetchedPolicy(OrgMeetingStatsDocument, variables) });
  const data = useLastDefined(result.data?.organization?.id === orgId ? result.data.organization : null);

  const rec = data?.recommendationStats;
  const recCard = rec ? (
    <Card size="small" style={{ height: '100%' }} data-testid="recommendation-stats">
      <Typography.Text type="secondary">{ts.recommendations}</Typography.Text>
      {rec.open + rec.inProgress + rec.resolved + rec.declined === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {ts.recNone}
        </Typography.Paragraph>
      ) : (
        <>
          <div style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.5, color: rec.open + rec.inProgress > 0 ? '#873800' : undefined }} data-testid="recommendations-open">
            {f.number(rec.open + rec.inProgress)} <span style={{ fontSize: 14, fontWeight: 400 }}>{ts.recOpen.toLowerCase()}</span>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {ts.recOpenDetail(f.number(rec.open), f.number(rec.inProgress))}
          </Typography.Text>
          {rec.oldestOpenDays != null ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {ts.recOldest} {ts.recDays(f.number(rec.oldestOpenDays))}
              {rec.averageOpenDays != null ? `, ${ts.recAverage(f.number(Math.round(rec.averageOpenDays)))}` : ''}
            </Typography.Text>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {ts.recClosed}: {ts.recClosedDetail(f.number(rec.resolved), f.number(rec.declined))}
          </Typography.Text>
        </>
      )}
    </Card>
  ) : null;

  return (
    <section aria-labelledby="meeting-stats-title" data-testid="meeting-stats-section">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Flex align="baseline" gap={8} wrap>
          <Typography.Title level={5} style={{ margin: 0 }} id="meeting-stats-title">
            <ScheduleOutlined /> {ts.title}
          </Typography.Title>
          {data ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              ·{' '}
              {cell
                ? ts.subtitle(f.date(data.meetingStats.from), f.date(data.meetingStats.to))
                : ts.subtitleSubtree(f.date(data.meetingStats.from), f.date(data.meetingStats.to), f.number(data.meetingStats.cells))}
            </Typography.Text>
          ) : null}
        </Flex>
        <Flex align="center" gap={8} wrap>
          {cell ? (
            <Link to={linkTo(`${meetingsPath(orgId)}?year=${year}`)}>
              <Button icon={<CalendarOutlined />} data-testid="open-meetings">
                {ts.open}
              </Button>
            </Link>
          ) : null}
          <Typography.Text type="secondary">{t.charts.year}</Typography.Text>
          <Segmented<number> value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="meeting-stats-year" aria-label={t.charts.year} />
        </Flex>
      </Flex>
      {result.error && !data ? (
        <Alert type="warning" showIcon title={ts.loadFailed} />
      ) : !data ? (
        <Card size="small">
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : (
        <div style={{ opacity: result.fetching ? 0.7 : 1, transition: 'opacity .2s' }}>
          <MeetingStatsCards stats={data.meetingStats} cell={cell} extra={recCard} />
        </div>
      )}
    </section>
  );
}
