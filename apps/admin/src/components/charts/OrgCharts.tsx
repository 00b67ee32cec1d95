import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Flex, Row, Segmented, Skeleton, Statistic, Tag, Typography } from 'antd';
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { OrgChartsQuery, RatingLevel } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { kindLabel } from '../../lib/labels';
import { figureListPath, membersListPath, orgPath, useLinkTo } from '../../lib/url';
import { EChart } from './EChart';
import type { ChartOption } from './echarts';

const OrgChartsDocument = graphql(`
  query OrgCharts($id: ID!, $year: Int!, $fromYear: Int!, $toYear: Int!) {
    organization(id: $id) {
      id
      organizations: ratingDistribution(subject: ORGANIZATION, year: $year) {
        ...RatingDistributionParts
      }
      members: ratingDistribution(subject: MEMBER, year: $year) {
        ...RatingDistributionParts
      }
      fourGood(year: $year) {
        year
        registered
        evaluated
        reached
      }
      organizationTrend: ratingTrend(subject: ORGANIZATION, fromYear: $fromYear, toYear: $toYear) {
        ...RatingDistributionParts
      }
      memberTrend: ratingTrend(subject: MEMBER, fromYear: $fromYear, toYear: $toYear) {
        ...RatingDistributionParts
      }
      excellentCapExcesses(year: $year) {
        superior {
          id
          name
          kind
          sector
        }
        kind
        good
        excellent
        allowed
        over
      }
    }
  }

  fragment RatingDistributionParts on RatingDistribution {
    year
    rated
    levels {
      level
      count
      percent
    }
  }
`);

type Data = NonNullable<OrgChartsQuery['organization']>;
type Distribution = Data['organizations'];

/** Best first, as reports list them. */
export const LEVELS: RatingLevel[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];
/** Excellent green, good blue, completed amber, not completed red. */
export const LEVEL_COLORS: Record<RatingLevel, string> = {
  EXCELLENT: '#237804',
  GOOD: '#1677ff',
  COMPLETED: '#faad14',
  NOT_COMPLETED: '#cf1322',
};

function levelCount(d: Distribution, level: RatingLevel) {
  const found = d.levels.find((l) => l.level === level);
  return { count: found?.count ?? 0, percent: found?.percent ?? 0 };
}

/**
 * Ratings and "4 good" of an organisation's subtree for one year, for leaders: the distribution of
 * organisations and of members by level (donuts with counts and shares), "4 good" (registered,
 * evaluated, reached), the trend over the years, and the superiors over the excellent cap.
 * Loaded on demand with ECharts.
 */
export default function OrgCharts({ orgId, year, fromYear, toYear, cell }: { orgId: string; year: number; fromYear: number; toYear: number; cell: boolean }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: OrgChartsDocument, variables: { id: orgId, year, fromYear, toYear } });
  const data = result.data?.organization?.id === orgId ? result.data.organization : null;
  const stale = result.fetching || (result.operation?.variables.year ?? year) !== year;

  if (result.error && !data) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="charts-error"
        title={t.charts.loadFailed}
        action={
          <Button size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t.common.retry}
          </Button>
        }
      />
    );
  }
  if (!data) return <ChartsSkeleton cell={cell} />;
  return (
    <Flex vertical gap={16} style={{ opacity: stale ? 0.6 : 1, transition: 'opacity .2s' }} data-testid="org-charts" data-year={year}>
      <Row gutter={[16, 16]}>
        {!cell ? (
          <Col xs={24} lg={12} xl={8}>
            <DistributionCard title={t.charts.organizations} subtitle={t.charts.ratedOrganizations} d={data.organizations} year={year} testId="chart-organizations" listOf={orgId} />
          </Col>
        ) : null}
        <Col xs={24} lg={12} xl={cell ? 12 : 8}>
          <DistributionCard title={t.charts.members} subtitle={t.charts.ratedMembers} d={data.members} year={year} testId="chart-members" membersOf={orgId} />
        </Col>
        <Col xs={24} lg={cell ? 12 : 24} xl={cell ? 12 : 8}>
          <FourGoodCard data={data} year={year} orgId={orgId} />
        </Col>
      </Row>
      <TrendCard data={data} cell={cell} fromYear={fromYear} toYear={toYear} />
      <CapWarnings data={data} year={year} />
    </Flex>
  );
}

function ChartsSkeleton({ cell }: { cell: boolean }) {
  return (
    <Row gutter={[16, 16]} data-testid="charts-loading">
      {Array.from({ length: cell ? 2 : 3 }, (_, i) => (
        <Col key={i} xs={24} lg={12} xl={8}>
          <Card size="small">
            <Skeleton active paragraph={{ rows: 6 }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function DistributionCard({ title, subtitle, d, year, testId, listOf, membersOf }: { title: string; subtitle: (n: string) => string; d: Distribution; year: number; testId: string; listOf?: string; membersOf?: string }) {
  const { t, f } = useI18n();
  const linkTo = useLinkTo();
  const navigate = useNavigate();
  // The list behind a level's count: the organisations (figure list) or the members rated at it.
  const listPath = (level: RatingLevel) => (listOf ? figureListPath(listOf, year, { level }) : membersOf ? membersListPath(membersOf, { level, year }) : null);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: (p: unknown) => tooltipLine(p as PieTip, f) },
      series: [
        {
          type: 'pie',
          radius: ['52%', '80%'],
          center: ['50%', '50%'],
          avoidLabelOverlap: true,
          label: { show: true, position: 'center', formatter: () => `{n|${f.number(d.rated)}}\n{l|${t.charts.rated}}`, rich: { n: { fontSize: 22, fontWeight: 700, color: '#1f1f1f', lineHeight: 28 }, l: { fontSize: 12, color: '#595959' } } },
          labelLine: { show: false },
          emphasis: { scale: true, scaleSize: 4, label: { show: true } },
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
          data: LEVELS.map((level) => ({ name: t.charts.levels[level], value: levelCount(d, level).count, itemStyle: { color: LEVEL_COLORS[level] } })),
        },
      ],
    }),
    [d, f, t],
  );
  return (
    <Card size="small" title={title} extra={<Typography.Text type="secondary">{subtitle(f.number(d.rated))}</Typography.Text>} style={{ height: '100%' }} data-testid={testId}>
      {d.rated === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.charts.noRatings(String(year))} style={{ marginBlock: 32 }} />
      ) : (
        <Flex align="center" gap={12} wrap>
          <EChart
            option={option}
            height={190}
            ariaLabel={`${title} ${year}`}
            style={{ flex: '0 1 170px', minWidth: 140, maxWidth: 200, cursor: listOf || membersOf ? 'pointer' : undefined }}
            // A segment opens the same list as its count beside the chart.
            onItemClick={(index) => {
              const level = LEVELS[index];
              const path = level && levelCount(d, level).count > 0 ? listPath(level) : null;
              if (path) navigate(linkTo(path));
            }}
          />
          <Flex vertical gap={8} style={{ flex: '1 1 180px' }} role="list">
            {LEVELS.map((level) => {
              const { count, percent } = levelCount(d, level);
              return (
                <Flex key={level} align="center" gap={8} role="listitem" data-level={level}>
                  <span style={{ width: 10, height: 10, borderRadius: 2, background: LEVEL_COLORS[level], flex: 'none' }} />
                  <Typography.Text style={{ flex: 1, whiteSpace: 'nowrap' }} type={count === 0 ? 'secondary' : undefined}>
                    {t.charts.levels[level]}
                  </Typography.Text>
                  {listPath(level) && count > 0 ? (
                    // Every number opens its list: the organisations or members rated at this level.
                    <Link to={linkTo(listPath(level)!)} style={{ fontWeight: 600, whiteSpace: 'nowrap' }} aria-label={`${f.number(count)} · ${t.figureList.open(t.figureList.level(t.charts.levels[level], String(year)))}`} data-testid={`level-link-${level}`}>
                      {f.number(count)}
                    </Link>
                  ) : (
                    <Typography.Text strong={count > 0} type={count === 0 ? 'secondary' : undefined} style={{ whiteSpace: 'nowrap' }}>
                      {f.number(count)}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary" style={{ minWidth: 52, textAlign: 'right', fontSize: 12, whiteSpace: 'nowrap' }}>
                    {share(f, count, percent)}
                  </Typography.Text>
                </Flex>
              );
            })}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}

/** A share as people read it: "< 0,1%" rather than "0%" when a few are there. */
function share(f: { percent(n: number): string }, count: number, percent: number): string {
  if (count > 0 && percent < 0.05) return `< ${f.percent(0.001)}`;
  return f.percent(percent / 100);
}

interface PieTip {
  name: string;
  value: number;
  percent: number;
  marker: string;
}
function tooltipLine(p: PieTip, f: { number(n: number): string; percent(n: number): string }) {
  return `${p.marker} ${p.name}: <b>${f.number(p.value)}</b> (${f.percent(p.percent / 100)})`;
}

function FourGoodCard({ data, year, orgId }: { data: Data; year: number; orgId: string }) {
  const { t, f } = useI18n();
  const linkTo = useLinkTo();
  const g = data.fourGood;
  const rows = useMemo(() => [
    { key: 'registered', label: t.charts.registered, value: g.registered, color: '#bfbfbf' },
    { key: 'evaluated', label: t.charts.evaluated, value: g.evaluated, color: '#69b1ff' },
    { key: 'reached', label: t.charts.reached, value: g.reached, color: '#d4380d' },
  ], [g, t]);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 48, top: 4, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', show: false, max: Math.max(g.registered, g.evaluated, g.reached, 1) },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisTick: { show: false }, axisLine: { show: false }, axisLabel: { color: '#434343', fontSize: 13 } },
      series: [
        {
          type: 'bar',
          barWidth: 18,
          data: rows.map((r) => ({ value: r.value, itemStyle: { color: r.color, borderRadius: [0, 4, 4, 0] } })),
          label: { show: true, position: 'right', formatter: (p: unknown) => f.number(Number((p as { value: number }).value)), fontWeight: 600 },
          showBackground: true,
          backgroundStyle: { color: '#f5f5f5', borderRadius: [0, 4, 4, 0] },
        },
      ],
    }),
    [g, f, rows],
  );
  return (
    <Card size="small" title={t.charts.fourGood} extra={<Typography.Text type="secondary">{t.charts.yearLabel(String(year))}</Typography.Text>} style={{ height: '100%' }} data-testid="chart-four-good">
      {g.registered === 0 && g.evaluated === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.charts.noFourGood(String(year))} style={{ marginBlock: 32 }} />
      ) : (
        <Flex vertical gap={12}>
          <Flex gap={24} wrap>
            <Statistic
              title={t.charts.reached}
              value={g.reached}
              formatter={(v) => (
                // Every number opens its list: the organisations that reached "4 good".
                <Link to={linkTo(figureListPath(orgId, year, { fourGood: 'REACHED' }))} style={{ color: '#ad2102' }} aria-label={t.figureList.open(t.figureList.fourGood.REACHED(String(year)))} data-testid="four-good-reached-link">
                  {f.number(Number(v))}
                </Link>
              )}
              valueStyle={{ fontWeight: 700 }}
            />
            <Statistic
              title={t.charts.reachedOfEvaluated}
              value={g.evaluated > 0 ? g.reached / g.evaluated : 0}
              formatter={(v) => (g.evaluated > 0 ? f.percent(Number(v)) : t.common.none)}
            />
            {g.registered > g.evaluated ? <Statistic title={t.charts.notEvaluated} value={g.registered - g.evaluated} formatter={(v) => f.number(Number(v))} /> : null}
          </Flex>
          <EChart option={option} height={120} ariaLabel={`${t.charts.fourGood} ${year}`} />
          <Flex gap={16} wrap style={{ fontSize: 13 }}>
            {(['REGISTERED', 'EVALUATED', 'REACHED'] as const).map((state) => (
              <Link key={state} to={linkTo(figureListPath(orgId, year, { fourGood: state }))} data-testid={`four-good-link-${state}`}>
                {t.figureList.fourGood[state](String(year))} ({f.number(state === 'REGISTERED' ? g.registered : state === 'EVALUATED' ? g.evaluated : g.reached)})
              </Link>
            ))}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}

function TrendCard({ data, cell, fromYear, toYear }: { data: Data; cell: boolean; fromYear: number; toYear: number }) {
  const { t, f } = useI18n();
  const [subject, setSubject] = useState<'ORGANIZATION' | 'MEMBER'>(cell ? 'MEMBER' : 'ORGANIZATION');
  const trend = subject === 'ORGANIZATION' ? data.organizationTrend : data.memberTrend;
  // Years at the end with nothing rated yet (the current year) are named below the chart, not drawn as empty bars.
  const { shown, pending } = useMemo(() => {
    let last = trend.length - 1;
    while (last >= 0 && trend[last]!.rated === 0) last--;
    return { shown: trend.slice(0, last + 1), pending: trend.slice(last + 1).map((d) => d.year) };
  }, [trend]);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 40, bottom: 4, containLabel: true },
      legend: { top: 0, itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 12 } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const list = params as Array<{ axisValue: string; seriesName: string; marker: string; dataIndex: number; seriesIndex: number }>;
          const d = shown[list[0]?.dataIndex ?? 0];
          if (!d) return '';
          const head = `<b>${list[0]!.axisValue}</b> · ${t.charts.rated}: ${f.number(d.rated)}`;
          return [head, ...list.map((p) => {
            const lc = levelCount(d, LEVELS[p.seriesIndex]!);
            return `${p.marker} ${p.seriesName}: <b>${f.number(lc.count)}</b> (${f.percent(lc.percent / 100)})`;
          })].join('<br/>');
        },
      },
      xAxis: { type: 'category', data: shown.map((d) => String(d.year)), axisTick: { show: false } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { color: '#f0f0f0' } } },
      series: LEVELS.map((level) => ({
        type: 'bar' as const,
        stack: 'levels',
        name: t.charts.levels[level],
        barMaxWidth: 56,
        itemStyle: { color: LEVEL_COLORS[level] },
        label: { show: true, color: '#fff', fontSize: 11, formatter: (p: unknown) => { const v = Number((p as { value: number }).value); return v >= 6 ? f.percent(v / 100) : ''; } },
        data: shown.map((d) => Math.round(levelCount(d, level).percent * 10) / 10),
      })),
    }),
    [shown, f, t],
  );
  return (
    <Card
      size="small"
      title={t.charts.trend(String(fromYear), String(toYear))}
      extra={
        !cell ? (
          <Segmented<'ORGANIZATION' | 'MEMBER'>
            size="small"
            value={subject}
            onChange={setSubject}
            options={[
              { value: 'ORGANIZATION', label: t.charts.organizations },
              { value: 'MEMBER', label: t.charts.members },
            ]}
            data-testid="trend-subject"
          />
        ) : null
      }
      data-testid="chart-trend"
    >
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.charts.noTrend} style={{ marginBlock: 24 }} />
      ) : (
        <>
          <EChart option={option} height={260} ariaLabel={t.charts.trend(String(fromYear), String(toYear))} />
          {pending.length > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.charts.pendingYears(pending.join(', '))}
            </Typography.Text>
          ) : null}
        </>
      )}
    </Card>
  );
}

/** Rows of the cap warning shown before "show all". */
const CAP_ROWS = 5;

function CapWarnings({ data, year }: { data: Data; year: number }) {
  const { t, f } = useI18n();
  const linkTo = useLinkTo();
  const [all, setAll] = useState(false);
  const list = useMemo(() => [...data.excellentCapExcesses].sort((a, b) => b.over - a.over || b.excellent - a.excellent), [data.excellentCapExcesses]);
  const shown = all ? list : list.slice(0, CAP_ROWS);
  if (data.organizations.rated === 0 && data.members.rated === 0) return null;
  if (list.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="cap-ok">
        <CheckCircleOutlined style={{ color: '#237804' }} /> {t.charts.capOk(String(year))}
      </Typography.Text>
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      icon={<WarningOutlined />}
      data-testid="cap-warnings"
      title={t.charts.capTitle(f.number(list.length), String(year))}
      description={
        <Flex vertical gap={4}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.charts.capHint}
          </Typography.Text>
          {/* Six columns do not fit a phone beside the alert's icon: the table scrolls inside its own box, never the page. */}
          <div style={{ overflowX: 'auto', maxWidth: '100%', alignSelf: 'flex-start' }} data-testid="cap-table">
            <table style={{ borderCollapse: 'collapse', marginTop: 4 }}>
              <thead>
                <tr style={{ color: '#595959', fontSize: 12, textAlign: 'left' }}>
                  <th style={{ fontWeight: 400, paddingRight: 16, minWidth: 150 }}>{t.charts.capSuperior}</th>
                  <th style={{ fontWeight: 400, paddingRight: 16 }}>{t.charts.capAmong}</th>
                  <th style={{ fontWeight: 400, paddingRight: 16, textAlign: 'right' }}>{t.charts.levelsShort.EXCELLENT}</th>
                  <th style={{ fontWeight: 400, paddingRight: 16, textAlign: 'right' }}>{t.charts.levelsShort.GOOD}</th>
                  <th style={{ fontWeight: 400, paddingRight: 16, textAlign: 'right' }}>{t.charts.capAllowed}</th>
                  <th style={{ fontWeight: 400, textAlign: 'right' }}>{t.charts.capOverHead}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((x, i) => (
                  <tr key={`${x.superior?.id ?? 'none'}-${x.kind}-${i}`} data-testid="cap-row">
                    <td style={{ paddingRight: 16, paddingBlock: 2 }}>
                      {x.superior ? <Link to={linkTo(orgPath(x.superior.id))}>{x.superior.name}</Link> : t.common.none}
                    </td>
                    <td style={{ paddingRight: 16, whiteSpace: 'nowrap' }}>{x.kind ? kindLabel(t, x.kind) : t.common.none}</td>
                    <td style={{ paddingRight: 16, textAlign: 'right' }}>{f.number(x.excellent)}</td>
                    <td style={{ paddingRight: 16, textAlign: 'right' }}>{f.number(x.good)}</td>
                    <td style={{ paddingRight: 16, textAlign: 'right' }}>{f.number(x.allowed)}</td>
                    <td style={{ textAlign: 'right' }}>
                      <Tag color="red" style={{ marginInlineEnd: 0 }}>
                        +{f.number(x.over)}
                      </Tag>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.length > CAP_ROWS ? (
            <Button type="link" size="small" style={{ alignSelf: 'flex-start', paddingInline: 0 }} onClick={() => setAll(!all)} data-testid="cap-toggle">
              {all ? t.charts.capFewer : t.charts.capAll(f.number(list.length))}
            </Button>
          ) : null}
        </Flex>
      }
    />
  );
}
