import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Dropdown, Flex, Input, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import {
  BranchesOutlined,
  CheckCircleFilled,
  DiffOutlined,
  DownloadOutlined,
  ExperimentOutlined,
  LockOutlined,
  PlusOutlined,
  SaveOutlined,
  SendOutlined,
  UploadOutlined,
  WarningFilled,
} from '@ant-design/icons';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { isFourGoodModel, type CriteriaModel, type TableProblem } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import type { CriteriaTableFullFragment } from '../../gql/graphql';
import { useStaffI18n } from '../../i18n/staff';
import { useDocumentTitle } from '../../lib/hooks';
import { kindLabel } from '../../lib/labels';
import { useLinkTo } from '../../lib/url';
import { canEditOrg } from '../../lib/permissions';
import { apiProblem, downloadBase64 } from './access';
import { CompareModal } from './CompareModal';
import { checkDraft, draftFromTable, newKey, nextGroupCode, placeOf, saveInput, type Draft, type OutcomeField } from './draft';
import { focusCellElement } from './grid';
import { ImportModal } from './ImportModal';
import { ItemsGrid } from './ItemsGrid';
import { criteriaReasonText, tableProblemText } from './messages';
import { OutcomeForm } from './OutcomeForm';
import {
  CriteriaExportDocument,
  CriteriaSeriesDocument,
  CriteriaTableDocument,
  NewCriteriaTableVersionDocument,
  PublishCriteriaTableDocument,
  SaveCriteriaTableDocument,
} from './queries';
import { criteriaPath, formatDateTime, StatusTag } from './util';
import { WhatIfModal } from './WhatIfModal';

export type FullTable = CriteriaTableFullFragment;

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
  const { message, modal } = App.useApp();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const client = useClient();
  const [current, setCurrent] = useState<FullTable>(initial);
  const model = current.model as CriteriaModel;
  const [draft, setDraft] = useState<Draft>(() => draftFromTable(initial, lang));
  const [baseline, setBaseline] = useState(() => JSON.stringify(saveInput(draftFromTable(initial, lang), model)));
  const [serverCells, setServerCells] = useState<Map<string, string[]>>(new Map());
  const [conflict, setConflict] = useState(false);
  const [lastMax, setLastMax] = useState<string | null>(null);
  const [dialog, setDialog] = useState<null | 'compare' | 'import' | 'whatIf'>(null);
  const [, save] = useMutation(SaveCriteriaTableDocument);
  const [, publish] = useMutation(PublishCriteriaTableDocument);
  const [, newVersion] = useMutation(NewCriteriaTableVersionDocument);
  const [busy, setBusy] = useState<null | 'save' | 'publish' | 'version' | 'export'>(null);
  const [series] = useQuery({ query: CriteriaSeriesDocument, variables: { seriesCode: current.seriesCode } });
  const versions = series.data?.criteriaTables.nodes ?? [];
  const openDraft = versions.find((v) => v.status === 'DRAFT' && v.id !== current.id);

  const canEdit = canEditOrg(viewer, current.owner);
  const isDraft = current.status === 'DRAFT';
  const readOnly = !isDraft || !canEdit;
  const check = useMemo(() => checkDraft(draft, model), [draft, model]);
  const dirty = JSON.stringify(saveInput(draft, model)) !== baseline;
  const say = useCallback((p: TableProblem) => tableProblemText(t, f, p, { baseSum: check.baseSum, total: check.total }), [t, f, check.baseSum, check.total]);

  // Leaving with unsaved changes asks first (in-app links, back button, closing the tab).
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !readOnly && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: tc.editor.leaveTitle,
      content: tc.editor.leaveText,
      okText: tc.editor.leave,
      cancelText: tc.editor.stay,
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, tc]);
  useEffect(() => {
    if (!dirty || readOnly) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, readOnly]);

  const change = useCallback((update: (d: Draft) => Draft) => {
    setDraft(update);
    setServerCells((m) => (m.size ? new Map() : m));
  }, []);

  const messagesOf = useCallback(
    (cellKey: string) => [...(check.cells.get(cellKey) ?? []).map(say), ...(serverCells.get(cellKey) ?? [])],
    [check.cells, say, serverCells],
  );
  const outcomeMessages = useCallback(
    (field: string) => [...(check.outcome.get(field) ?? []).map(say), ...(serverCells.get(`outcome:${field}`) ?? [])],
    [check.outcome, say, serverCells],
  );
  const mismatch = check.table.find((p) => p.code === 'TOTAL_MISMATCH');
  // The sum is told next to the points cell edited last (or the first base item when none was).
  const sumAt = mismatch ? (lastMax ?? draft.items.find((i) => i.kind === 'SCORED' || i.kind === 'YES_NO')?.key ?? null) : null;

  /** Puts the caret in the cell of a problem. */
  const goTo = (p: TableProblem) => {
    const place = placeOf(p.path, draft);
    let el: HTMLElement | null = null;
    if (place.kind === 'cell') {
      const field = place.field === 'maxPoints' ? 'maxPoints' : place.field;
      el = document.querySelector<HTMLElement>(`[data-row-key="${place.rowKey}"] .fg-cell.fg-error`) ?? document.querySelector<HTMLElement>(`[data-row-key="${place.rowKey}"] [data-testid$="-${field}"]`);
    } else if (place.kind === 'outcome') {
      el = document.querySelector<HTMLElement>(`[data-testid="outcome-form"]`);
    } else if (p.code === 'TOTAL_MISMATCH' && sumAt) {
      el = document.querySelector<HTMLElement>(`[data-row-key="${sumAt}"] [data-testid$="-maxPoints"]`);
    }
    if (el) {
      el.scrollIntoView({ block: 'center' });
      if (!focusCellElement(el)) el.querySelector<HTMLElement>('input')?.focus();
    }
  };

  /** Someone saved in between: said in a dialog (the clerk may be far down the table), and kept at the top. */
  const showConflict = () => {
    setConflict(true);
    modal.confirm({
      title: tc.editor.conflictTitle,
      content: tc.editor.conflictText,
      okText: tc.editor.reload,
      cancelText: tc.editor.conflictLater,
      onOk: () => onReload(),
    });
  };

  const afterSaved = (table: FullTable) => {
    setCurrent(table);
    setBaseline(JSON.stringify(saveInput(draftFromTable(table, lang), table.model as CriteriaModel)));
    setServerCells(new Map());
  };

  const handleError = (error: Parameters<typeof apiProblem>[0], what: 'save' | 'publish') => {
    const problem = apiProblem(error);
    if (!problem) return;
    if (problem.code === 'CONFLICT' && problem.reason === 'STALE_VERSION') {
      showConflict();
      return;
    }
    if (problem.code === 'CONFLICT' && problem.reason === 'PUBLISHED') {
      message.error(tc.editor.alreadyPublished);
      return;
    }
    if (problem.code === 'VALIDATION_FAILED' && problem.fields.length > 0) {
      const cells = new Map<string, string[]>();
      for (const field of problem.fields) {
        const place = placeOf(field.field.replace(/^input\./, ''), draft);
        const key = place.kind === 'cell' ? `${place.rowKey}:${place.field}` : place.kind === 'outcome' ? `outcome:${place.field}` : 'table';
        cells.set(key, [...(cells.get(key) ?? []), tc.editor.serverSays(criteriaReasonText(t, f, field.reason, field.values))]);
      }
      setServerCells(cells);
      message.error(what === 'save' ? tc.editor.notSavedFix(problem.fields.length) : tc.editor.cannotPublishYet);
      return;
    }
    const kind = problem.code in t.errors ? (problem.code as keyof typeof t.errors) : 'UNKNOWN';
    message.error(String(t.errors[kind]));
  };

  const doSave = async (): Promise<boolean> => {
    if (check.blocking.length > 0) {
      message.error(tc.editor.fixBeforeSave(check.blocking.length));
      goTo(check.blocking[0]!);
      return false;
    }
    setBusy('save');
    const res = await save({ input: { id: current.id, expectedVersion: current.lockVersion, ...saveInput(draft, model) } });
    setBusy(null);
    if (res.error || !res.data) {
      handleError(res.error, 'save');
      return false;
    }
    afterSaved(res.data.saveCriteriaTable.table);
    message.success(res.data.saveCriteriaTable.problems.length ? tc.editor.savedWithProblems(res.data.saveCriteriaTable.problems.length) : tc.editor.saved);
    return true;
  };

  const doPublish = async () => {
    setBusy('publish');
    const res = await publish({ input: { id: current.id, expectedVersion: current.lockVersion } });
    setBusy(null);
    if (res.error || !res.data) return handleError(res.error, 'publish');
    afterSaved(res.data.publishCriteriaTable);
    message.success(tc.editor.published(res.data.publishCriteriaTable.version));
  };

  const doNewVersion = async () => {
    setBusy('version');
    const res = await newVersion({ id: current.id });
    setBusy(null);
    if (res.data) {
      message.success(tc.editor.versionCreated(res.data.newCriteriaTableVersion.version));
      navigate(linkTo(criteriaPath(res.data.newCriteriaTableVersion.id)));
      return;
    }
    const problem = apiProblem(res.error);
    if (problem?.reason === 'DRAFT_EXISTS' && openDraft) {
      message.info(tc.editor.draftExists(openDraft.version));
      navigate(linkTo(criteriaPath(openDraft.id)));
    } else handleError(res.error, 'save');
  };

  const doExport = async (format: 'CSV' | 'XLSX') => {
    setBusy('export');
    const res = await client.query(CriteriaExportDocument, { id: current.id, format }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(null);
    const file = res.data?.criteriaTable?.export;
    if (!file) {
      message.error(String(t.errors[res.error ? (apiProblem(res.error)?.code as keyof typeof t.errors) ?? 'UNKNOWN' : 'UNKNOWN'] ?? t.errors.UNKNOWN));
      return;
    }
    downloadBase64(file);
    message.success(tc.io.exported(file.filename));
  };

  // Ctrl+S saves, as in Excel.
  useEffect(() => {
    if (readOnly) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (dirty && !busy) void doSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

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

function problemWhere(p: TableProblem, draft: Draft, tc: ReturnType<typeof useStaffI18n>['t']['criteria']): string {
  const place = placeOf(p.path, draft);
  if (place.kind === 'cell') {
    const item = draft.items.find((i) => i.key === place.rowKey);
    if (item) return tc.editor.whereItem(item.code || '?', fieldName(place.field, tc));
    const group = draft.groups.find((g) => g.key === place.rowKey);
    if (group) return tc.editor.whereGroup(group.code || '?', fieldName(place.field, tc));
  }
  if (place.kind === 'outcome') return tc.outcome.title;
  return p.code === 'TOTAL_MISMATCH' ? tc.editor.whereSum : tc.editor.whereTable;
}

function fieldName(field: string, tc: ReturnType<typeof useStaffI18n>['t']['criteria']): string {
  const names: Record<string, string> = {
    code: tc.grid.code,
    text: tc.grid.text,
    title: tc.grid.groupTitle,
    kind: tc.grid.kind,
    maxPoints: tc.grid.maxPoints,
    minPoints: tc.grid.groupMin,
    vetoEffect: tc.grid.vetoEffect,
    guidance: tc.grid.guidance,
    metric: tc.grid.metric,
    groupCode: tc.grid.groupCode,
  };
  return names[field] ?? field;
}


function SumBox({ sum, total, ok }: { sum: number; total: number; ok: boolean }) {
  const { t, f } = useStaffI18n();
  const tc = t.criteria.editor;
  const diff = Math.round((total - sum) * 100) / 100;
  return (
    <div
      data-testid="sum-box"
      style={{
        minWidth: 220,
        padding: '12px 18px',
        borderRadius: 8,
        border: `1px solid ${ok ? '#b7eb8f' : '#ffa39e'}`,
        background: ok ? '#f6ffed' : '#fff1f0',
      }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {tc.sumTitle}
      </Typography.Text>
      <div style={{ fontSize: 30, fontWeight: 700, lineHeight: 1.2, fontVariantNumeric: 'tabular-nums', color: ok ? '#389e0d' : '#cf1322' }}>
        <span data-testid="sum-value">{f.number(sum)}</span>
        <span style={{ fontSize: 18, color: '#8c8c8c', fontWeight: 500 }}> / {Number.isFinite(total) ? f.number(total) : '?'}</span>
      </div>
      <Typography.Text style={{ color: ok ? '#389e0d' : '#cf1322' }} data-testid="sum-status">
        {ok ? <CheckCircleFilled /> : <WarningFilled />} {ok ? tc.sumOk : diff > 0 ? tc.sumMissing(f.number(diff)) : tc.sumOver(f.number(-diff))}
      </Typography.Text>
    </div>
  );
}

