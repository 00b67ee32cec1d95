import type { ReactNode } from 'react';
import { Card, Col, Empty, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n';

/** A figure card; with `to`, its number opens the list behind it. */
export function Figure({ title, value, testId, icon, to, listLabel }: { title: ReactNode; value: number; testId?: string; icon?: ReactNode; to?: string | null; listLabel?: string }) {
  const { f } = useI18n();
  return (
    <Card size="small" style={{ height: '100%' }} className="fg-figure">
      <Statistic
        title={title}
        value={value}
        prefix={icon ? <span style={{ color: '#595959', fontSize: 20, marginRight: 4 }}>{icon}</span> : undefined}
        formatter={(v) =>
          to ? (
            // The accessible name starts with the number shown (WCAG 2.5.3, axe label-content-name-mismatch).
            <Link to={to} data-testid={testId} aria-label={listLabel ? `${f.number(Number(v))} · ${listLabel}` : undefined} className="fg-figure-link">
              {f.number(Number(v))}
            </Link>
          ) : (
            <span data-testid={testId}>{f.number(Number(v))}</span>
          )
        }
      />
    </Card>
  );
}

export interface BreakdownRow {
  key: string;
  label: string;
  count: number;
  /** The list behind the count (a link when given and the count is not zero). */
  to?: string | null;
}

/**
 * Counts by one dimension with their share of the total, as labelled bars (no chart library):
 * one line per value, the count and share on the right, a thin bar below.
 */
export function Breakdown({ title, rows, emptyText, color, testId }: { title: ReactNode; rows: BreakdownRow[]; emptyText: string; color?: string; testId?: string }) {
  const { t, f } = useI18n();
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <Card
      size="small"
      title={title}
      extra={total > 0 ? <Typography.Text type="secondary">{t.common.total}: {f.number(total)}</Typography.Text> : null}
      style={{ height: '100%' }}
      data-testid={testId}
    >
      {total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} style={{ marginBlock: 8 }} />
      ) : (
        <Flex vertical gap={6} role="list">
          {rows.map((r) => (
            <div key={r.key} role="listitem">
              <Flex justify="space-between" gap={8}>
                <Typography.Text type={r.count === 0 ? 'secondary' : undefined}>{r.label}</Typography.Text>
                <span style={{ whiteSpace: 'nowrap' }}>
                  {r.to && r.count > 0 ? (
                    <Link to={r.to} style={{ fontWeight: 600 }} aria-label={`${f.number(r.count)} · ${t.org.openList(r.label)}`} data-testid={testId ? `${testId}-link-${r.key}` : undefined}>
                      {f.number(r.count)}
                    </Link>
                  ) : (
                    <Typography.Text strong={r.count > 0} type={r.count === 0 ? 'secondary' : undefined}>
                      {f.number(r.count)}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary" style={{ display: 'inline-block', minWidth: 56, textAlign: 'right', fontSize: 12 }}>
                    {f.percent(r.count / total)}
                  </Typography.Text>
                </span>
              </Flex>
              <Progress aria-label={r.label} percent={(r.count / total) * 100} showInfo={false} size={{ height: 6 }} strokeColor={color} style={{ margin: 0 }} />
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** A responsive row of figure cards. */
export function FigureRow({ children }: { children: ReactNode[] }) {
  return (
    <Row gutter={[12, 12]}>
      {children.map((child, i) => (
        <Col key={i} xs={12} lg={24 / Math.max(children.length, 1)}>
          {child}
        </Col>
      ))}
    </Row>
  );
}
