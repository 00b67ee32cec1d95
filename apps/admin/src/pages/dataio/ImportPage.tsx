import { useRef, useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Progress, Table, Typography } from 'antd';
import { CheckOutlined, DownloadOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { columnByKey, type ImportReason, type ProblemValues, type SheetKind } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { dataioEn } from '../../i18n/dataio.en';
import { dataioVi } from '../../i18n/dataio.vi';
import { canUseStaffScreens } from '../../lib/permissions';
import { importReasonText } from './reasons';

interface Problem {
  sheet: SheetKind | null;
  file: string;
  row: number | null;
  column: string | null;
  reason: ImportReason;
  given?: string;
  values?: ProblemValues;
}

interface Report {
  dryRun: boolean;
  applied: boolean;
  rows: { organizations: number; members: number };
  counts: {
    organizations: { created: number; updated: number; unchanged: number };
    members: { created: number; updated: number; transferred: number; statusChanged: number; unchanged: number };
  };
  problems: Problem[];
  problemCount: number;
}

/** Sends the file to /dataio/import (beside GraphQL: files exceed its body limit), with upload progress. */
function send(file: File, dryRun: boolean, onProgress: (share: number) => void): Promise<Report> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/dataio/import${dryRun ? '?dryRun=1' : ''}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as Report & { error?: { reason?: string } };
        if (xhr.status === 200) resolve(body);
        else reject(new Error(body.error?.reason ?? String(xhr.status)));
      } catch {
        reject(new Error(String(xhr.status)));
      }
    };
    xhr.onerror = () => reject(new Error('NETWORK'));
    xhr.send(file);
  });
}

/** Staff import organisations and members from a spreadsheet: check (dry run), read the rows at fault, then apply. */
export default function ImportPage() {
  const { t, f, lang } = useI18n();
  const d = lang === 'vi' ? dataioVi : dataioEn;
  const { viewer } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  if (!canUseStaffScreens(viewer)) return <Alert type="warning" showIcon title={t.errors.FORBIDDEN} />;

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(0);
    setFailed(null);
    try {
      setReport(await send(file, dryRun, (share) => setBusy(Math.round(share * 100))));
    } catch (error) {
      setReport(null);
      setFailed(error instanceof Error ? error.message : 'UNKNOWN');
    } finally {
      setBusy(null);
    }
  };
  const columnName = (p: Problem) => {
    if (!p.column || !p.sheet) return p.column ?? '';
    try {
      return columnByKey(p.sheet, p.column).header;
    } catch {
      return p.column;
    }
  };
  const m = report?.counts.members;
  const o = report?.counts.organizations;

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
            setReport(null);
            setFailed(null);
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
          <Button icon={<SearchOutlined />} disabled={!file || busy !== null} onClick={() => run(true)} data-testid="import-check">
            {d.check}
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            disabled={!file || busy !== null || !report || !report.dryRun || report.problemCount > 0}
            onClick={() => run(false)}
            data-testid="import-apply"
          >
            {d.apply}
          </Button>
        </Flex>
        {busy !== null ? (
          <div style={{ marginTop: 16 }} data-testid="import-progress">
            <Typography.Text type="secondary">{d.working}</Typography.Text>
            <Progress percent={busy} status="active" />
          </div>
        ) : null}
      </Card>

      {failed ? <Alert type="error" showIcon title={d.failed} description={failed in d.reasons ? importReasonText(t, d, f, failed as ImportReason) : undefined} /> : null}

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
              <Table<Problem & { key: number }>
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
