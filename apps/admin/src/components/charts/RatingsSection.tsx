import { lazy, Suspense, useRef } from 'react';
import { Card, Col, Flex, Row, Segmented, Skeleton, Typography } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { todayInVietnam } from '@fourgood/rules';
import { useI18n } from '../../i18n';
import { useNearOrIdle } from '../../lib/preload';

// The charts and ECharts (~190 kB compressed) come in their own chunk, after the organisation's
// figures, once the browser is idle or the reader scrolls near them: not on the page's critical path.
const OrgCharts = lazy(() => import('./OrgCharts'));
const RatingBreakdown = lazy(() => import('./RatingBreakdown'));

/** Years offered: the last five, up to the current one. */
const YEARS_SHOWN = 5;

/**
 * "Ratings and 4 good" on the organisation page: a year selector (in the address as `year`,
 * default the last full year) and the charts, loaded on demand.
 */
export function RatingsSection({ orgId, cell }: { orgId: string; cell: boolean }) {
  const { t } = useI18n();
  const sectionRef = useRef<HTMLElement>(null);
  const chartsWanted = useNearOrIdle(sectionRef);
  const [params, setParams] = useSearchParams();
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => currentYear - YEARS_SHOWN + 1 + i);
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : currentYear - 1;
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

  const chartsLoading = (
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

  return (
    <section ref={sectionRef} aria-labelledby="ratings-title" data-testid="ratings-section">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }} id="ratings-title">
          <BarChartOutlined /> {t.charts.title}
        </Typography.Title>
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary">{t.charts.year}</Typography.Text>
          <Segmented<number>
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            data-testid="ratings-year"
            aria-label={t.charts.year}
          />
        </Flex>
      </Flex>
      {chartsWanted ? (
        <>
          <Suspense fallback={chartsLoading}>
            <OrgCharts orgId={orgId} year={year} fromYear={currentYear - YEARS_SHOWN + 1} toYear={currentYear} cell={cell} />
          </Suspense>
          <Suspense fallback={null}>
            <RatingBreakdown orgId={orgId} year={year} cell={cell} />
          </Suspense>
        </>
      ) : (
        chartsLoading
      )}
    </section>
  );
}
