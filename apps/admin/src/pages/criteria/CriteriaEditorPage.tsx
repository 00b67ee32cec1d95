import { useCallback, useState } from 'react';
import { Alert, Breadcrumb, Button, Card, Descriptions, Dropdown, Flex, Input, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { BranchesOutlined, DiffOutlined, DownloadOutlined, ExperimentOutlined, LockOutlined, PlusOutlined, SaveOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { isFourGoodModel } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import type { CriteriaTableFullFragment } from '../../gql/graphql';
import { useStaffI18n } from '../../i18n/staff';
import { useDocumentTitle } from '../../lib/hooks';
import { kindLabel } from '../../lib/labels';
import { useLinkTo } from '../../lib/url';
import { useSaveShortcut } from '../../lib/useSaveShortcut';
import { useUnsavedChangesGuard } from '../../lib/useUnsavedChangesGuard';
import { CompareModal } from './CompareModal';
import { draftFromTable, newKey, nextGroupCode, type OutcomeField } from './draft';
import { SumBox } from './editor/SumBox';
import { useCriteriaDraft } from './editor/useCriteriaDraft';
import { useSaveCriteriaTable } from './editor/useSaveCriteriaTable';
import { problemWhere } from './editor/where';
import { focusCellElement } from './grid';
import { ImportModal } from './ImportModal';
import { ItemsGrid } from './ItemsGrid';
import { OutcomeForm } from './OutcomeForm';
import { CriteriaSeriesDocument, CriteriaTableDocument } from './queries';
import { criteriaPath, formatDateTime, StatusTag } from './util';
import { WhatIfModal } from './WhatIfModal';

export type FullTable = CriteriaTableFullFragment;

/**
 * A criteria table (`/criteria/:id`): a draft edited like a spreadsheet with the sum and problems told
 * while typing, then published; a published version read-only, with its next version, comparison,
 * export, import and what-if.
 */
export default function CriteriaEditorPage() {
  const { id = '' } = useParams();
  const { t } = useStaffI18n();
  const client = useClient();
  const [result, reexecute] = useQuery({ query: CriteriaTableDocument, variables: { id } });
  const [generation, setGeneration] = useState(0);
  const table = result.data?.criteriaTable?.id === id ? result.data.criteriaTable : null;
  useDocumentTitle(table ? `${table.name} (v${table.version})` : result.fetching ? null : t.criteria.editor.notFound);

  const reload = useCallback(async () => {
    await client.query(CriteriaTableDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    setGeneration((g) => g + 1);
  }, [client, id]);

  if (result.error && !table) return <QueryError error={result.error} notFoundTitle={t.criteria.editor.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!table) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.criteria.editor.notFound} hint={t.criteria.editor.notFoundHint} />;
  }
  return <Editor key={`${table.id}:${generation}`} initial={table} onReload={reload} />;
}

function Editor({ initial, onReload }: { initial: FullTable; onReload: () => Promise<void> }) {
  const { t, f, lang } = useStaffI18n();
  const tc = t.criteria;
  const { viewer } = useSession();
  const linkTo = useLinkTo();
  const state = useCriteriaDraft(initial, viewer);
  const { current, model, draft, setDraft, setLastMax, canEdit, isDraft, readOnly, check, dirty, say, change, messagesOf, outcomeMessages, mismatch, sumAt, goTo, afterSaved } = state;
  const [dialog, setDialog] = useState<null | 'compare' | 'import' | 'whatIf'>(null);
  const [series] = useQuery({ query: CriteriaSeriesDocument, variables: { seriesCode: current.seriesCode } });
  const versions = series.data?.criteriaTables.nodes ?? [];
  const openDraft = versions.find((v) => v.status === 'DRAFT' && v.id !== current.id);
  const { busy, conflict, showConflict, doSave, doPublish, doNewVersion, doExport } = useSaveCriteriaTable(state, openDraft, onReload);

  // Leaving with unsaved changes asks first (in-app links, back button, closing the tab); Ctrl+S saves, as in Excel.
  useUnsavedChangesGuard(dirty && !readOnly, { title: tc.editor.leaveTitle, content: tc.editor.leaveText, okText: tc.editor.leave, cancelText: tc.editor.stay });
  useSaveShortcut(() => {
    if (dirty && !busy) void doSave();
  }, !readOnly);

  const addGroup = () => {
    const key = newKey('g');
    change((d) => ({ ...d, groups: [...d.groups, { key, code: nextGroupCode(d.groups), title: '', minText: '' }] }));
    setTimeout(() => {
      const el = document.querySelector<HTMLElement>(`[data-row-key="${key}"] [data-grid-c="1"]`);
      if (el) focusCellElement(el);
    }, 30);
  };

  const addFourContents = () => {
    change((d) => {
      const groups = tc.editor.fourContents.map((title, i) => ({ key: newKey('g'), code: ['I', 'II', 'III', 'IV'][i]!, title, minText: '' }));
      return { ...d, groups: [...d.groups, ...groups] };
    });
  };

  const sumOk = Math.round(check.baseSum * 100) === Math.round(check.total * 100);
  const publishReasons: string[] = [];
  if (dirty) publishReasons.push(tc.editor.publishNeedsSave);
  if (check.problems.length) publishReasons.push(tc.editor.publishProblems(check.problems.length));
  const variant = [current.organizationKind ? kindLabel(t, current.organizationKind) : null, current.cellType ? t.enums.cellType[current.cellType] : null].filter(Boolean).join(' · ');

  const details = [
    { key: 'series', label: tc.editor.seriesCode, children: <Typography.Text copyable>{current.seriesCode}</Typography.Text> },
    { key: 'model', label: tc.editor.model, children: tc.enums.model[model] },
    { key: 'variant', label: tc.editor.variant, children: variant || tc.editor.anyVariant },
    { key: 'owner', label: tc.editor.owner, children: current.owner?.name ?? t.common.none },
    ...(current.basedOn ? [{ key: 'basedOn', label: tc.editor.basedOn, children: <Link to={linkTo(criteriaPath(current.basedOn.id))}>{tc.editor.versionN(current.basedOn.version)}</Link> }] : []),
    { key: 'updated', label: tc.editor.updatedAt, children: formatDateTime(current.updatedAt) },
    ...(current.publishedAt ? [{ key: 'published', label: tc.editor.publishedAt, children: formatDateTime(current.publishedAt) }] : []),
  ];

  const otherProblems = check.problems.filter((p) => p.code !== 'TOTAL_MISMATCH');

  return (
    <Flex vertical gap={16} data-testid="criteria-editor">
      <Breadcrumb items={[{ title: <Link to={linkTo('/criteria')}>{tc.list.title}</Link> }, { title: current.name }]} />

      {conflict ? (
        <Alert
          type="error"
          showIcon
          data-testid="conflict"
          title={tc.editor.conflictTitle}
          description={tc.editor.conflictText}
          action={
            <Button danger type="primary" onClick={() => void onReload()}>
              {tc.editor.reload}
            </Button>
          }
        />
      ) : null}

      <Card>
        <Flex justify="space-between" align="flex-start" gap={24} wrap>
          <Flex vertical gap={8} style={{ flex: '1 1 520px', minWidth: 0 }}>
            <Flex align="center" gap={8} wrap>
              {readOnly ? (
                <Typography.Title level={3} style={{ margin: 0 }} data-testid="table-name">
                  {current.name}
                </Typography.Title>
              ) : (
                <Input
                  value={draft.name}
                  onChange={(e) => change((d) => ({ ...d, name: e.target.value }))}
                  aria-label={tc.editor.name}
                  data-testid="table-name-input"
                  status={draft.name.trim() ? undefined : 'error'}
                  style={{ fontSize: 20, fontWeight: 600, maxWidth: 720 }}
                />
              )}
            </Flex>
            <Space size={6} wrap>
              <Tag color="purple">{tc.editor.versionN(current.version)}</Tag>
              <StatusTag status={current.status} />
              {current.isExample ? <Tag color="gold">{tc.list.example}</Tag> : null}
              {readOnly ? (
                <Tag icon={<LockOutlined />} data-testid="read-only">
                  {isDraft ? tc.editor.readOnlyNoRight : tc.editor.readOnlyPublished}
                </Tag>
              ) : dirty ? (
                <Tag color="orange" data-testid="dirty">
                  {tc.editor.unsaved}
                </Tag>
              ) : (
                <Tag color="default">{tc.editor.allSaved}</Tag>
              )}
            </Space>
            <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={details} style={{ marginTop: 4 }} />
          </Flex>
          <SumBox sum={check.baseSum} total={check.total} ok={sumOk} />
        </Flex>

        <Flex gap={8} wrap style={{ marginTop: 16 }} data-testid="editor-actions">
          {!readOnly ? (
            <Button type="primary" icon={<SaveOutlined />} onClick={() => void doSave()} loading={busy === 'save'} disabled={!dirty} data-testid="save">
              {tc.editor.save}
            </Button>
          ) : null}
          {isDraft && canEdit ? (
            <Tooltip title={publishReasons.length ? publishReasons.join(' ') : undefined}>
              <Popconfirm
                title={tc.editor.publishConfirmTitle}
                description={<div style={{ maxWidth: 320 }}>{tc.editor.publishConfirm}</div>}
                okText={tc.editor.publish}
                cancelText={tc.grid.cancel}
                onConfirm={() => void doPublish()}
                disabled={publishReasons.length > 0}
              >
                <Button icon={<SendOutlined />} disabled={publishReasons.length > 0} loading={busy === 'publish'} data-testid="publish">
                  {tc.editor.publish}
                </Button>
              </Popconfirm>
            </Tooltip>
          ) : null}
          {!isDraft && canEdit ? (
            openDraft ? (
              <Link to={linkTo(criteriaPath(openDraft.id))}>
                <Button icon={<BranchesOutlined />} data-testid="open-draft">
                  {tc.editor.openDraft(openDraft.version)}
                </Button>
              </Link>
            ) : (
              <Button icon={<BranchesOutlined />} onClick={() => void doNewVersion()} loading={busy === 'version'} data-testid="new-version">
                {tc.editor.newVersion}
              </Button>
            )
          ) : null}
          <Tooltip title={versions.length < 2 ? tc.editor.compareNone : undefined}>
            <Button icon={<DiffOutlined />} onClick={() => setDialog('compare')} disabled={versions.length < 2} data-testid="compare">
              {tc.editor.compare}
            </Button>
          </Tooltip>
          <Dropdown
            menu={{
              items: [
                { key: 'XLSX', label: tc.io.exportXlsx, onClick: () => void doExport('XLSX') },
                { key: 'CSV', label: tc.io.exportCsv, onClick: () => void doExport('CSV') },
              ],
            }}
          >
            <Button icon={<DownloadOutlined />} loading={busy === 'export'} data-testid="export">
              {tc.io.export}
            </Button>
          </Dropdown>
          {!readOnly ? (
            <Button icon={<UploadOutlined />} onClick={() => setDialog('import')} data-testid="import">
              {tc.io.import}
            </Button>
          ) : null}
          <Button icon={<ExperimentOutlined />} onClick={() => setDialog('whatIf')} data-testid="what-if">
            {tc.whatIf.open}
          </Button>
        </Flex>
      </Card>

      {isDraft && canEdit && (otherProblems.length > 0 || mismatch) ? (
        <Alert
          type="warning"
          showIcon
          data-testid="problems"
          title={tc.editor.problemsTitle(check.problems.length)}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {check.problems.slice(0, 8).map((p, i) => (
                <li key={i}>
                  <Typography.Link onClick={() => goTo(p)}>{problemWhere(p, draft, tc)}</Typography.Link>: {say(p)}
                </li>
              ))}
              {check.problems.length > 8 ? <li>{tc.editor.moreProblems(check.problems.length - 8)}</li> : null}
            </ul>
          }
        />
      ) : null}

      <Card size="small" title={tc.outcome.title} extra={<Typography.Text type="secondary">{isFourGoodModel(model) ? tc.outcome.subtitleFourGood : tc.outcome.subtitle}</Typography.Text>}>
        <OutcomeForm
          outcome={draft.outcome}
          model={model}
          readOnly={readOnly}
          onChange={(field: OutcomeField, value) => change((d) => ({ ...d, outcome: { ...d.outcome, [field]: value } }))}
          messagesOf={outcomeMessages}
        />
      </Card>

      <Card
        size="small"
        title={tc.grid.title}
        extra={
          !readOnly ? (
            <Space wrap>
              {draft.groups.length === 0 && isFourGoodModel(model) ? (
                <Button size="small" onClick={addFourContents} data-testid="add-four-contents">
                  {tc.editor.addFourContents}
                </Button>
              ) : null}
              <Button size="small" icon={<PlusOutlined />} onClick={addGroup} data-testid="add-group">
                {tc.grid.addGroup}
              </Button>
            </Space>
          ) : null
        }
      >
        {!readOnly ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 13 }}>
            {tc.grid.keyboardHint}
          </Typography.Paragraph>
        ) : null}
        <ItemsGrid
          draft={draft}
          check={check}
          readOnly={readOnly}
          onChange={change}
          messagesOf={messagesOf}
          sumMessageAt={sumAt}
          sumMessage={mismatch ? tc.editor.sumCell(f.number(check.baseSum), f.number(check.total)) : null}
          onEditMax={setLastMax}
        />
      </Card>

      {dialog === 'compare' ? <CompareModal table={current} versions={versions} onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? (
        <ImportModal
          table={current}
          dirty={dirty}
          onClose={() => setDialog(null)}
          onImported={(table) => {
            afterSaved(table);
            setDraft(draftFromTable(table, lang));
            setDialog(null);
          }}
          onConflict={() => {
            setDialog(null);
            showConflict();
          }}
        />
      ) : null}
      {dialog === 'whatIf' ? <WhatIfModal table={current} onClose={() => setDialog(null)} /> : null}
    </Flex>
  );
}
