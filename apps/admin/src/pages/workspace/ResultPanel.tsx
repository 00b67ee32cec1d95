import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Progress, Segmented, Skeleton, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FileExcelOutlined, FileTextOutlined, StopOutlined, TableOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n';
import { canFetchAllPages, download, fetchAllPages, fileName, toCsvBlob, toXlsxBlob, type ExportProgress } from './exporting';
import { postGraphQL, type ExecutedResult } from './post';
import { PivotView } from './PivotView';
import { cellText, compareBy, describeColumn, planChart, type ReportColumn, type ReportWords } from './report';
import { toTable, type Cell, type Row } from './table';

// ECharts comes with the chart view only (the charts chunk).
const ResultChart = lazy(() => import('./ResultChart'));

type View = 'table' | 'chart' | 'pivot';

const PAGE_SIZES = ['20', '50', '100', '200'];

/** A GraphQL error as the analyst needs it: the message, where, and the code. */
function errorText(e: unknown): string {
  const err = e as { message?: string; path?: Array<string | number>; extensions?: { code?: string } };
  const where = err.path?.length ? ` (${err.path.join('.')})` : '';
  const code = err.extensions?.code ? ` [${err.extensions.code}]` : '';
  return `${err.message ?? String(e)}${where}${code}`;
}

function renderCell(v: Cell, column: ReportColumn, words: ReportWords) {
  if (v === null || v === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof v === 'boolean') return <Typography.Text code>{String(v)}</Typography.Text>;
  return cellText(v, column, words);
}

/**
 * The last result of the editor as a table (the first list in `data`, flattened), with CSV and
 * XLSX export — of the rows shown, or of every page when the query pages with `$after`.
 */
export function ResultPanel({ result, name }: { result: ExecutedResult | null; name: string }) {
  const { t, f } = useI18n();
  const { message } = App.useApp();
  const table = useMemo(() => (result?.data ? toTable(result.data) : null), [result]);
  const words = useMemo<ReportWords>(() => ({ fields: t.workspace.fields, enums: t.enums, levels: t.charts.levels }), [t]);
  const described = useMemo(() => (table ? table.columns.map((c) => describeColumn(table, c, words)) : []), [table, words]);
  const chartPlan = useMemo(() => (table ? planChart(described, table.rows) : null), [described, table]);
  const [view, setView] = useState<View>('table');
  const [allPages, setAllPages] = useState(false);
  const [progress, setProgress] = useState<(ExportProgress & { format: 'csv' | 'xlsx' }) | null>(null);
  const abort = useRef<AbortController | null>(null);
  const pageable = !!table && !!result && canFetchAllPages(table, result.query);

  const columns = useMemo<ColumnsType<Row & { __key: number }>>(
    () =>
      described.map((c) => ({
        key: c.key,
        dataIndex: c.key,
        // The column in words; the API's field name on hover (what the query and the exports use).
        title: (
          <Tooltip title={t.workspace.rawName(c.key)}>
            <span style={{ whiteSpace: 'nowrap' }}>{c.label}</span>
          </Tooltip>
        ),
        align: c.numeric ? ('right' as const) : undefined,
        ellipsis: { showTitle: true },
        width: Math.min(Math.max(c.label.length * 8 + 32, c.numeric ? 96 : 140), 320),
        render: (v: Cell) => renderCell(v, c, words),
        sorter: compareBy(c),
      })),
    [described, t, words],
  );
  const rows = useMemo(() => (table ? table.rows.map((r, i) => ({ ...r, __key: i })) : []), [table]);

  const run = async (format: 'csv' | 'xlsx') => {
    if (!table || !result) return;
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ format, phase: allPages && pageable ? 'fetch' : 'write', done: 0, total: table.rows.length });
    try {
      const full =
        allPages && pageable
          ? await fetchAllPages(table, result, postGraphQL, (p) => setProgress({ ...p, format }), controller.signal)
          : table;
      const onProgress = (p: ExportProgress) => setProgress({ ...p, format });
      const blob = format === 'csv' ? await toCsvBlob(full, onProgress, controller.signal) : await toXlsxBlob(full, t.workspace.sheetName, onProgress, controller.signal);
      download(blob, fileName(name, format));
      message.success(t.workspace.exported(f.number(full.rows.length)));
    } catch (e) {
      if ((e as Error).name === 'AbortError') message.info(t.workspace.exportCancelled);
      else message.error(t.workspace.exportFailed);
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const percent = progress?.total ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : undefined;
  const errors = result?.errors ?? [];

  return (
    <Card
      size="small"
      title={
        <Space size={8}>
          <TableOutlined />
          {t.workspace.result}
          {table ? (
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }} data-testid="result-summary">
              {t.workspace.summary(f.number(table.rows.length), f.number(table.columns.length), table.path)}
              {table.connection?.totalCount !== undefined ? ` · ${t.workspace.totalCount(f.number(table.connection.totalCount))}` : ''}
            </Typography.Text>
          ) : null}
        </Space>
      }
      extra={
        table && table.rows.length > 0 ? (
          <Flex gap={8} align="center" wrap>
            {pageable ? (
              <Tooltip title={t.workspace.allPagesHint}>
                <Checkbox checked={allPages} onChange={(e) => setAllPages(e.target.checked)} disabled={!!progress} data-testid="export-all-pages">
                  {t.workspace.allPages}
                </Checkbox>
              </Tooltip>
            ) : null}
            <Tooltip title={t.workspace.csvHint}>
              <Button icon={<FileTextOutlined />} onClick={() => run('csv')} loading={progress?.format === 'csv'} disabled={!!progress} data-testid="export-csv">
                {t.workspace.exportCsv}
              </Button>
            </Tooltip>
            <Button icon={<FileExcelOutlined style={{ color: '#217346' }} />} onClick={() => run('xlsx')} loading={progress?.format === 'xlsx'} disabled={!!progress} data-testid="export-xlsx">
              {t.workspace.exportXlsx}
            </Button>
          </Flex>
        ) : null
      }
      data-testid="result-panel"
    >
      {progress ? (
        <Flex align="center" gap={12} style={{ marginBottom: 12 }} data-testid="export-progress">
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>
            {progress.phase === 'fetch' ? t.workspace.fetchingPages : t.workspace.writing(progress.format.toUpperCase())}
          </Typography.Text>
          <Progress percent={percent ?? 0} status="active" style={{ flex: 1, margin: 0 }} format={() => (progress.total ? `${f.number(progress.done)}/${f.number(progress.total)}` : f.number(progress.done))} />
          <Button size="small" icon={<StopOutlined />} onClick={() => abort.current?.abort()}>
            {t.workspace.cancel}
          </Button>
        </Flex>
      ) : null}
      {errors.length > 0 ? (
        <Alert
          type={result?.data ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="result-errors"
          title={t.workspace.errors(f.number(errors.length))}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {errors.slice(0, 5).map((e, i) => (
                <li key={i}>
                  <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{errorText(e)}</Typography.Text>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {!result ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.workspace.noResult} />
      ) : !table ? (
        result.data ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.workspace.noList} /> : null
      ) : (
        <Flex vertical gap={12}>
          <Segmented<View>
            value={view}
            onChange={setView}
            options={[
              { value: 'table', label: t.workspace.viewTable },
              { value: 'chart', label: t.workspace.viewChart },
              { value: 'pivot', label: t.workspace.viewPivot },
            ]}
            aria-label={t.workspace.view}
            data-testid="result-view"
            style={{ alignSelf: 'flex-start' }}
          />
          {view === 'chart' ? (
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
              <ResultChart plan={chartPlan} rows={table.rows} words={words} />
            </Suspense>
          ) : view === 'pivot' ? (
            <PivotView columns={described} rows={table.rows} words={words} />
          ) : (
            <Table<Row & { __key: number }>
              size="small"
              bordered
              rowKey="__key"
              columns={columns}
              dataSource={rows}
              scroll={{ x: 'max-content', y: 480 }}
              sticky
              pagination={{ defaultPageSize: 50, pageSizeOptions: PAGE_SIZES, showSizeChanger: true, showTotal: (total, [a, b]) => t.pager.range(f.number(a), f.number(b), f.number(total)), size: 'small' }}
              locale={{ emptyText: t.workspace.emptyList }}
              data-testid="result-table"
            />
          )}
        </Flex>
      )}
    </Card>
  );
}
