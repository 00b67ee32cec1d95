import { useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useStaffI18n } from '../../i18n/staff';
import { apiProblem, readAsBase64 } from './access';
import type { FullTable } from './CriteriaEditorPage';
import { columnName, criteriaReasonText } from './messages';
import { ImportCriteriaTableDocument } from './queries';

interface RowError {
  key: number;
  row: number | null;
  column: string;
  message: string;
}

type Phase = { step: 'choose' } | { step: 'reading'; percent: number; name: string } | { step: 'sending'; name: string } | { step: 'failed'; name: string; rows: RowError[]; general: string | null };

/**
 * Replaces the draft's content from a .csv or .xlsx file in the export layout. The server checks
 * every row: when one is wrong nothing is saved and the rows at fault are listed by number.
 */
export function ImportModal({
  table,
  dirty,
  onClose,
  onImported,
  onConflict,
}: {
  table: FullTable;
  dirty: boolean;
  onClose: () => void;
  onImported: (table: FullTable) => void;
  onConflict: () => void;
}) {
  const { t, f } = useStaffI18n();
  const tc = t.criteria.io;
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [, importTable] = useMutation(ImportCriteriaTableDocument);

  const run = async (file: File) => {
    const lower = file.name.toLowerCase();
    const format = lower.endsWith('.xlsx') ? 'XLSX' : lower.endsWith('.csv') ? 'CSV' : null;
    if (!format) {
      setPhase({ step: 'failed', name: file.name, rows: [], general: tc.wrongType });
      return;
    }
    if (file.size > 1_500_000) {
      setPhase({ step: 'failed', name: file.name, rows: [], general: tc.rowProblems.tooLarge });
      return;
    }
    setPhase({ step: 'reading', percent: 0, name: file.name });
    let content: string;
    try {
      content = await readAsBase64(file, (percent) => setPhase({ step: 'reading', percent, name: file.name }));
    } catch {
      setPhase({ step: 'failed', name: file.name, rows: [], general: tc.rowProblems.unreadable });
      return;
    }
    setPhase({ step: 'sending', name: file.name });
    const res = await importTable({ input: { id: table.id, expectedVersion: table.lockVersion, format, content } });
    if (res.data) {
      onImported(res.data.importCriteriaTable.table);
      return;
    }
    const problem = apiProblem(res.error);
    if (problem?.code === 'CONFLICT' && problem.reason === 'STALE_VERSION') {
      onConflict();
      return;
    }
    if (problem?.code === 'VALIDATION_FAILED') {
      const rows: RowError[] = problem.fields.map((fld, i) => {
        const m = /^rows\[(\d+)\]\.?(.*)$/.exec(fld.field);
        return { key: i, row: m ? Number(m[1]) : null, column: m?.[2] ?? '', message: criteriaReasonText(t, f, fld.reason, fld.values) };
      });
      const onlyGeneral = rows.every((r) => r.row === null);
      setPhase({ step: 'failed', name: file.name, rows: onlyGeneral ? [] : rows.filter((r) => r.row !== null), general: onlyGeneral ? criteriaReasonText(t, f, problem.fields[0]?.reason ?? problem.reason) : null });
      return;
    }
    const kind = problem && problem.code in t.errors ? (problem.code as keyof typeof t.errors) : 'UNKNOWN';
    setPhase({ step: 'failed', name: file.name, rows: [], general: String(t.errors[kind]) });
  };

  const busy = phase.step === 'reading' || phase.step === 'sending';
  return (
    <Modal
      open
      title={tc.importTitle}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      mask={{ closable: !busy }}
      width={760}
      footer={
        <Button onClick={onClose} disabled={busy}>
          {tc.close}
        </Button>
      }
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="import-dialog">
        <Typography.Paragraph style={{ margin: 0 }}>{tc.importIntro}</Typography.Paragraph>
        {dirty ? <Alert type="warning" showIcon title={tc.importDirty} /> : null}
        {phase.step === 'choose' || phase.step === 'failed' ? (
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void run(file);
              return false;
            }}
            data-testid="import-drop"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{tc.drop}</p>
            <p className="ant-upload-hint">{tc.dropHint}</p>
          </Upload.Dragger>
        ) : null}
        {busy ? (
          <div data-testid="import-progress">
            <Typography.Text>{phase.step === 'reading' ? tc.reading(phase.name) : tc.sending(phase.name)}</Typography.Text>
            <Progress percent={phase.step === 'reading' ? Math.round(phase.percent * 0.4) : 70} status="active" />
          </div>
        ) : null}
        {phase.step === 'failed' ? (
          <Flex vertical gap={8} data-testid="import-errors">
            <Alert
              type="error"
              showIcon
              title={phase.rows.length ? tc.failedRows(phase.name, phase.rows.length) : tc.failed(phase.name)}
              description={phase.general ?? tc.nothingSaved}
            />
            {phase.rows.length ? (
              <Table<RowError>
                rowKey="key"
                size="small"
                bordered
                pagination={false}
                scroll={{ y: 300 }}
                dataSource={phase.rows}
                columns={[
                  { key: 'row', title: tc.row, dataIndex: 'row', width: 70, align: 'right' },
                  { key: 'column', title: tc.column, dataIndex: 'column', width: 190, render: (c: string) => columnName(t, c) },
                  { key: 'message', title: tc.problem, dataIndex: 'message' },
                ]}
              />
            ) : null}
          </Flex>
        ) : null}
      </Flex>
    </Modal>
  );
}
