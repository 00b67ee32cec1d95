import { useMemo, useState } from 'react';
import { Empty, Flex, Select, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { pivot, pivotDimensions, type ReportColumn, type ReportWords } from './report';
import type { Row } from './table';

const COUNT = '__count';

/**
 * A two-dimension cross table of the result: rows by one column, columns by another, the chosen
 * figure summed in each cell (or the rows counted), with totals; labels in their natural order.
 */
export function PivotView({ columns, rows, words }: { columns: ReportColumn[]; rows: Row[]; words: ReportWords }) {
  const { t, f } = useI18n();
  const dimensions = pivotDimensions(columns);
  const measures = columns.filter((c) => c.numeric && !/(^|\.)(id|percent)$/.test(c.key));
  const [down, setDown] = useState(() => dimensions[0]?.key);
  const [across, setAcross] = useState(() => dimensions[1]?.key);
  const [measure, setMeasure] = useState(() => measures[0]?.key ?? COUNT);
  const byKey = (key: string | undefined) => columns.find((c) => c.key === key);
  const downColumn = byKey(down);
  const acrossColumn = byKey(across);
  const measureColumn = measure === COUNT ? null : (byKey(measure) ?? null);
  const table = useMemo(
    () => (downColumn && acrossColumn && downColumn !== acrossColumn ? pivot(rows, acrossColumn, downColumn, measureColumn, words) : null),
    [rows, downColumn, acrossColumn, measureColumn, words],
  );
  if (dimensions.length < 2) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.workspace.noPivot} data-testid="result-no-pivot" />;

  const options = (list: ReportColumn[]) => list.map((c) => ({ value: c.key, label: c.label }));
  const number = (n: number) => f.number(Math.round(n * 100) / 100);
  const cellStyle = { padding: '6px 10px', borderBottom: '1px solid #f0f0f0', textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
  const headStyle = { ...cellStyle, background: '#fafafa', fontWeight: 600 };
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <label>
          <Typography.Text type="secondary">{t.workspace.pivotRows} </Typography.Text>
          <Select value={down} onChange={setDown} options={options(dimensions)} style={{ minWidth: 180 }} data-testid="pivot-rows" aria-label={t.workspace.pivotRows} />
        </label>
        <label>
          <Typography.Text type="secondary">{t.workspace.pivotColumns} </Typography.Text>
          <Select value={across} onChange={setAcross} options={options(dimensions)} style={{ minWidth: 180 }} data-testid="pivot-columns" aria-label={t.workspace.pivotColumns} />
        </label>
        <label>
          <Typography.Text type="secondary">{t.workspace.pivotMeasure} </Typography.Text>
          <Select
            value={measure}
            onChange={setMeasure}
            options={[...options(measures), { value: COUNT, label: t.workspace.pivotCount }]}
            style={{ minWidth: 180 }}
            data-testid="pivot-measure"
            aria-label={t.workspace.pivotMeasure}
          />
        </label>
      </Flex>
      {table ? (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', minWidth: '100%' }} data-testid="pivot-table">
            <thead>
              <tr>
                <th style={{ ...headStyle, textAlign: 'left' }}>
                  {downColumn!.label} \ {acrossColumn!.label}
                </th>
                {table.columnLabels.map((label) => (
                  <th key={label} style={headStyle} scope="col">
                    {label || '—'}
                  </th>
                ))}
                <th style={headStyle} scope="col">
                  {t.workspace.pivotTotal}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rowLabels.map((label, i) => (
                <tr key={label}>
                  <th style={{ ...headStyle, textAlign: 'left', fontWeight: 500, background: '#fff' }} scope="row">
                    {label || '—'}
                  </th>
                  {table.cells[i]!.map((n, j) => (
                    <td key={j} style={cellStyle}>
                      {n ? number(n) : <Typography.Text type="secondary">0</Typography.Text>}
                    </td>
                  ))}
                  <td style={{ ...cellStyle, fontWeight: 600 }}>{number(table.rowTotals[i]!)}</td>
                </tr>
              ))}
              <tr>
                <th style={{ ...headStyle, textAlign: 'left' }} scope="row">
                  {t.workspace.pivotTotal}
                </th>
                {table.columnTotals.map((n, j) => (
                  <td key={j} style={{ ...cellStyle, fontWeight: 600 }}>
                    {number(n)}
                  </td>
                ))}
                <td style={{ ...cellStyle, fontWeight: 700 }} data-testid="pivot-total">
                  {number(table.total)}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
    </Flex>
  );
}
