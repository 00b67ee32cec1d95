import { useRef, useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Progress, Table, Typography } from 'antd';
import { CheckOutlined, DownloadOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { columnByKey, type ImportProblem, type ImportReason } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { dataioEn } from '../../i18n/dataio.en';
import { dataioVi } from '../../i18n/dataio.vi';
import { canUseStaffScreens } from '../../lib/permissions';
import { formatInstant } from '../manage/fields';
import { importReasonText } from './reasons';
import { useImportJob } from './useImportJob';

/** Staff import organisations and members from a spreadsheet: check (dry run), read the rows at fault, then apply. */
export default function ImportPage() {
  const { t, f, lang } = useI18n();
  const d = lang === 'vi' ? dataioVi : dataioEn;
  const { viewer } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  // The file whose check this page started: only its clean check enables Apply.
  const [checked, setChecked] = useState<File | null>(null);
  const { work, job, busy, failed, start } = useImportJob();
  if (!canUseStaffScreens(viewer)) return <Alert type="warning" showIcon title={t.errors.FORBIDDEN} />;

  const run = (dryRun: boolean) => {
    if (!file) return;
    setChecked(dryRun ? file : null);
    void start(file, dryRun);
  };
  const columnName = (p: ImportProblem) => {
    if (!p.column || !p.sheet) return p.column ?? '';
    try {
      return columnByKey(p.sheet, p.column).header;
    } catch {
      return p.column;
    }
  };
  const report = job?.state === 'DONE' ? job.report : null;
  const m = report?.counts.members;
  const o = report?.counts.organizations;
  const cleanCheck = !!report && report.dryRun && report.problemCount === 0;
  const progress = work === null || !busy ? null : work.kind === 'upload' ? { label: d.phases.UPLOADING, share: work.share } : { label: d.phases[work.job.phase ?? 'QUEUED'], share: work.job.share };

  return (
    <Flex vertical gap={16} data-testid="import-page">
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {d.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{d.intro}</Typography.Paragraph>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <Typography.Text>{d.templates}</Typography.Text>
          <a href="/dataio/template/organizations.xlsx" download data-testid="template-organizations">
            <Button icon={<DownloadOutlined />} size="small">{d.templateOrganizations}</Button>
          </a>
          <a href="/dataio/template/members.xlsx" download data-testid="template-members">
            <Button icon={<DownloadOutlined />} size="small">{d.templateMembers}</Button>
          </a>
        </Flex>
        <input
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ display: 'none' }}
          data-testid="import-file"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setChecked(null);
          }}
        />
        <Flex gap={8} wrap align="center">
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
            {d.choose}
          </Button>
          <Typography.Text type={file ? undefined : 'secondary'} data-testid="import-file-name" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {file ? `${file.name} (${f.number(Math.ceil(file.size / 1024))} kB)` : d.noFile}
          </Typography.Text>
        </Flex>
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <Button icon={<SearchOutlined />} disabled={!file || busy} onClick={() => run(true)} data-testid="import-check">
            {d.check}
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            disabled={!file || busy || !cleanCheck || checked !== file}
            onClick={() => run(false)}
            data-testid="import-apply"
          >
            {d.apply}
          </Button>
        </Flex>
        {progress ? (
          <div style={{ marginTop: 16 }} data-testid="import-progress">
            <Typography.Text type="secondary" data-testid="import-phase">
              {progress.label}
            </Typography.Text>
            <Progress percent={Math.round(progress.share * 100)} status="active" />
          </div>
        ) : null}
        {job && !busy ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }} data-testid="import-last-job">
            {d.lastJob(job.fileName, job.dryRun ? d.kindCheck : d.kindApply, formatInstant(job.finishedAt ?? job.createdAt))}
            {cleanCheck && checked === null ? ` ${d.chooseAgain}` : ''}
          </Typography.Paragraph>
        ) : null}
      </Card>

      {failed ? <Alert type="error" showIcon title={d.failed} description={failed in d.reasons ? importReasonText(t, d, f, failed as ImportReason) : undefined} data-testid="import-failed" /> : null}
      {job?.state === 'FAILED' ? (
        <Alert type="error" showIcon title={d.failed} description={job.error?.reason && job.error.reason in d.reasons ? importReasonText(t, d, f, job.error.reason as ImportReason) : (t.errors as Record<string, string>)[job.error?.code ?? 'UNKNOWN'] ?? t.errors.UNKNOWN} data-testid="import-failed" />
      ) : null}
      {job?.state === 'INTERRUPTED' ? <Alert type="warning" showIcon title={d.interrupted} data-testid="import-interrupted" /> : null}

      {report && m && o ? (
        <Card data-testid="import-report">
          <Alert
            type={report.problemCount > 0 ? 'error' : 'success'}
            showIcon
            title={report.problemCount > 0 ? d.checkedBad(f.number(report.problemCount)) : report.applied ? d.applied : d.checkedOk}
            description={d.rows(f.number(report.rows.organizations), f.number(report.rows.members))}
            style={{ marginBottom: 16 }}
            data-testid="import-outcome"
          />
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 1, md: 2 }}
            title={d.counts}
            items={[
              { key: 'o', label: d.organizations, children: `${d.created}: ${f.number(o.created)} · ${d.updated}: ${f.number(o.updated)} · ${d.unchanged}: ${f.number(o.unchanged)}` },
              {
                key: 'm',
                label: d.members,
                children: `${d.created}: ${f.number(m.created)} · ${d.updated}: ${f.number(m.updated)} · ${d.transferred}: ${f.number(m.transferred)} · ${d.statusChanged}: ${f.number(m.statusChanged)} · ${d.unchanged}: ${f.number(m.unchanged)}`,
              },
            ]}
          />
          {report.problems.length > 0 ? (
            <>
              <Typography.Title level={5}>{d.problems}</Typography.Title>
              {report.problemCount > report.problems.length ? (
                <Typography.Paragraph type="secondary">{d.moreProblems(f.number(report.problems.length), f.number(report.problemCount))}</Typography.Paragraph>
              ) : null}
              <Table<ImportProblem & { key: number }>
                size="small"
                data-testid="import-problems"
                scroll={{ x: 'max-content' }}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                dataSource={report.problems.map((p, i) => ({ ...p, key: i }))}
                columns={[
                  { title: d.sheet, key: 'sheet', render: (_, p) => (p.sheet ? d.sheets[p.sheet] : p.file) },
                  { title: d.row, dataIndex: 'row', key: 'row', render: (row: number | null) => (row == null ? '' : f.number(row)) },
                  { title: d.column, key: 'column', render: (_, p) => columnName(p) },
                  { title: d.given, dataIndex: 'given', key: 'given', render: (given?: string) => <Typography.Text code={!!given}>{given ?? ''}</Typography.Text> },
                  { title: d.reason, key: 'reason', render: (_, p) => importReasonText(t, d, f, p.reason, p.values ?? {}) },
                ]}
              />
            </>
          ) : null}
        </Card>
      ) : null}
    </Flex>
  );
}
