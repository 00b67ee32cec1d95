import { useMemo } from 'react';
import { Empty } from 'antd';
import { EChart } from '../../components/charts/EChart';
import type { ChartOption } from '../../components/charts/echarts';
import { useI18n } from '../../i18n';
import { cellText, compareBy, type ChartPlan, type ReportWords } from './report';
import type { Row } from './table';

/**
 * The result drawn as its shape suggests (report.ts, planChart): bars, a line over years or dates,
 * or a pie of a few parts. Loaded on demand with ECharts (the charts chunk).
 */
export default function ResultChart({ plan, rows, words }: { plan: ChartPlan | null; rows: Row[]; words: ReportWords }) {
  const { t } = useI18n();
  const option = useMemo<ChartOption | null>(() => {
    if (!plan) return null;
    const sorted = plan.kind === 'pie' ? rows : [...rows].sort(compareBy(plan.dimension));
    const labels = sorted.map((r) => cellText(r[plan.dimension.key] ?? null, plan.dimension, words));
    const value = (r: Row, key: string) => Number(r[key] ?? 0);
    if (plan.kind === 'pie') {
      const measure = plan.measures[0]!;
      return {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, type: 'scroll' },
        series: [{ type: 'pie', name: measure.label, radius: ['35%', '65%'], data: sorted.map((r, i) => ({ name: labels[i]!, value: value(r, measure.key) })), label: { formatter: '{b}: {c} ({d}%)' } }],
      };
    }
    return {
      tooltip: { trigger: 'axis' },
      legend: plan.measures.length > 1 ? { bottom: 0, type: 'scroll' } : undefined,
      grid: { left: 8, right: 16, top: 24, bottom: plan.measures.length > 1 ? 48 : 16, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 8 ? 30 : 0, hideOverlap: true } },
      yAxis: { type: 'value' },
      series: plan.measures.map((m) => ({ type: plan.kind, name: m.label, data: sorted.map((r) => value(r, m.key)) })),
    } as ChartOption;
  }, [plan, rows, words]);
  if (!plan || !option) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.workspace.noChart} data-testid="result-no-chart" />;
  const title = t.workspace.chartOf(plan.measures.map((m) => m.label).join(', '), plan.dimension.label);
  return <EChart option={option} height={380} ariaLabel={title} testId={`result-chart-${plan.kind}`} />;
}
