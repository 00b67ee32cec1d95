import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { App, Button, Card, Flex, Form, Input, Modal, Skeleton, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { CodeOutlined, CopyOutlined, FileAddOutlined, LockOutlined, MenuFoldOutlined, MenuUnfoldOutlined, SaveOutlined, TeamOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../../auth/session';
import { Result } from '../../components/Lazy';
import { useI18n } from '../../i18n';
import { classifyError } from '../../lib/errors';
import { reasonedFields, reasonText } from '../../lib/reasons';
import { useDocumentTitle } from '../../lib/hooks';
import { canQuery } from '../../lib/permissions';
import type { ExecutedResult } from './post';
import type { EditorHandle } from './QueryEditor';
import { SaveQueryDocument } from './queries';
import { ResultPanel } from './ResultPanel';
import { SavedQueries, type SavedQuery } from './SavedQueries';

// GraphiQL, Monaco and their workers: a chunk of their own, fetched when this screen opens.
const QueryEditor = lazy(() => import('./QueryEditor'));

const EDITOR_HEIGHT = 'max(520px, calc(100vh - 330px))';
const SAVED_COLUMN_KEY = 'fourgood.workspace.savedColumn';

interface SaveForm {
  name: string;
  description?: string;
  shared: boolean;
}

/**
 * The analyst workspace (/workspace): GraphiQL on the app's endpoint and session, saved queries on
 * the side, and the result as a table with CSV and XLSX export. Analysts and admins only
 * (viewer.canQuery); the server checks it too.
 */
export default function WorkspacePage() {
  const { t } = useI18n();
  const viewer = useSession().viewer;
  useDocumentTitle(t.workspace.title);
  if (!viewer || !canQuery(viewer)) {
    return <Result status="403" title={t.workspace.forbiddenTitle} subTitle={t.workspace.forbidden} data-testid="workspace-forbidden" />;
  }
  return <Workspace username={viewer.user.username} />;
}

function Workspace({ username }: { username: string }) {
  const { t, f } = useI18n();
  const { message } = App.useApp();
  const editor = useRef<EditorHandle>(null);
  // Monaco creates the editors a moment after GraphiQL renders: what is asked of them before that waits here.
  const [ready, setReady] = useState(false);
  const pending = useRef<{ query: string; variables: string } | null>(null);
  // A link may carry the query to open (`/workspace?query=…&variables=…`), read once.
  const [params] = useSearchParams();
  const [fromLink] = useState(() => ({ query: params.get('query') ?? undefined, variables: params.get('variables') ?? undefined }));
  const [current, setCurrent] = useState<SavedQuery | null>(null);
  const [result, setResult] = useState<ExecutedResult | null>(null);
  const [dialog, setDialog] = useState<'save' | 'saveAs' | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<SaveForm>();
  // The saved queries' column can be folded away so the editor takes the whole width (remembered).
  const [showSaved, setShowSaved] = useState(() => localStorage.getItem(SAVED_COLUMN_KEY) !== 'hidden');
  const toggleSaved = () =>
    setShowSaved((shown) => {
      localStorage.setItem(SAVED_COLUMN_KEY, shown ? 'hidden' : 'shown');
      return !shown;
    });
  const [, save] = useMutation(SaveQueryDocument);
  const mine = !!current && current.ownerName === username;

  const onResult = useCallback((r: ExecutedResult) => setResult(r), []);
  const onReady = useCallback(() => {
    const waiting = pending.current;
    pending.current = null;
    if (waiting) editor.current?.load(waiting.query, waiting.variables);
    setReady(true);
  }, []);
  /** Puts a query in the editor, now or as soon as the editor exists. */
  const load = (query: string, variables: string) => {
    if (ready && editor.current) editor.current.load(query, variables);
    else pending.current = { query, variables };
  };

  const open = (saved: SavedQuery) => {
    load(saved.query, saved.variables ?? '');
    setCurrent(saved);
    setResult(null);
    message.info(t.workspace.opened(saved.name));
  };

  const startSave = (kind: 'save' | 'saveAs') => {
    const base = kind === 'save' && mine ? current : null;
    form.setFieldsValue({
      name: base?.name ?? (current ? t.workspace.copyOf(current.name) : ''),
      description: base?.description ?? current?.description ?? '',
      shared: base?.shared ?? false,
    });
    setDialog(kind);
  };

  const submit = async (values: SaveForm) => {
    const query = editor.current?.query() ?? '';
    const variables = (editor.current?.variables() ?? '').trim();
    if (!query.trim()) {
      message.warning(t.workspace.emptyQuery);
      return;
    }
    if (variables) {
      try {
        const parsed: unknown = JSON.parse(variables);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      } catch {
        message.error(t.workspace.badVariables);
        return;
      }
    }
    setSaving(true);
    const res = await save({
      input: {
        id: dialog === 'save' && mine ? current!.id : undefined,
        name: values.name.trim(),
        description: values.description?.trim() || null,
        query,
        variables: variables || null,
        shared: values.shared,
      },
    });
    setSaving(false);
    if (res.error) {
      const field = res.error.graphQLErrors[0]?.extensions?.field;
      const [problem] = reasonedFields(res.error.graphQLErrors[0]?.extensions, res.error.graphQLErrors[0]?.message ?? '');
      if (field === 'input.name' && problem) form.setFields([{ name: 'name', errors: [reasonText(t, f, problem.reason, problem.values)] }]);
      else if (field === 'input.query') message.error(t.workspace.badQuery(res.error.graphQLErrors[0]!.message));
      else message.error(t.errors[classifyError(res.error)]);
      return;
    }
    setCurrent(res.data!.saveQuery);
    setDialog(null);
    message.success(t.workspace.savedOk(res.data!.saveQuery.name));
  };

  return (
    <Flex vertical gap={16}>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          <CodeOutlined /> {t.workspace.title}
        </Typography.Title>
        <Typography.Text type="secondary">{t.workspace.subtitle}</Typography.Text>
      </Flex>

      <Flex gap={16} align="stretch" wrap="wrap">
        {showSaved ? (
          <div style={{ flex: '0 0 300px', maxWidth: '100%', height: EDITOR_HEIGHT }}>
            <SavedQueries
              username={username}
              currentId={current?.id ?? null}
              onOpen={open}
              onDeleted={(id) => {
                if (current?.id === id) setCurrent(null);
              }}
            />
          </div>
        ) : null}
        <Card
          size="small"
          style={{ flex: '1 1 600px', minWidth: 0, display: 'flex', flexDirection: 'column', height: EDITOR_HEIGHT }}
          styles={{ body: { flex: 1, minHeight: 0, padding: 0 } }}
          data-testid="editor-card"
          data-ready={ready ? 'true' : 'false'}
          title={
            <Space size={8} data-testid="current-query">
              {current ? (
                <>
                  <Typography.Text strong ellipsis style={{ maxWidth: 420 }}>
                    {current.name}
                  </Typography.Text>
                  {current.shared ? (
                    <Tag icon={<TeamOutlined />} color="blue">
                      {t.workspace.shared}
                    </Tag>
                  ) : (
                    <Tag icon={<LockOutlined />}>{t.workspace.private}</Tag>
                  )}
                  {!mine ? <Typography.Text type="secondary">{t.workspace.ownedBy(current.ownerName)}</Typography.Text> : null}
                </>
              ) : (
                <Typography.Text type="secondary">{t.workspace.unsaved}</Typography.Text>
              )}
            </Space>
          }
          extra={
            <Space size={8}>
              <Tooltip title={showSaved ? t.workspace.hideSaved : t.workspace.showSaved}>
                <Button
                  icon={showSaved ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />}
                  aria-label={showSaved ? t.workspace.hideSaved : t.workspace.showSaved}
                  aria-pressed={!showSaved}
                  onClick={() => toggleSaved()}
                  data-testid="toggle-saved"
                />
              </Tooltip>
              <Tooltip title={mine ? t.workspace.saveHint : t.workspace.saveNewHint}>
                <Button type="primary" icon={<SaveOutlined />} onClick={() => startSave('save')} disabled={!ready} data-testid="save-query">
                  {t.workspace.save}
                </Button>
              </Tooltip>
              {current ? (
                <Button icon={<CopyOutlined />} onClick={() => startSave('saveAs')} disabled={!ready} data-testid="save-as">
                  {t.workspace.saveAs}
                </Button>
              ) : null}
              {current ? (
                <Tooltip title={t.workspace.newQueryHint}>
                  <Button
                    icon={<FileAddOutlined />}
                    aria-label={t.workspace.newQuery}
                    onClick={() => {
                      setCurrent(null);
                      load(t.workspace.newQueryText, '');
                    }}
                  />
                </Tooltip>
              ) : null}
            </Space>
          }
        >
          <Suspense
            fallback={
              <Flex vertical gap={12} style={{ padding: 16 }} data-testid="editor-loading">
                <Typography.Text type="secondary">{t.workspace.loadingEditor}</Typography.Text>
                <Skeleton active paragraph={{ rows: 10 }} />
              </Flex>
            }
          >
            <QueryEditor
              user={username}
              defaultQuery={t.workspace.defaultQuery}
              initialQuery={fromLink.query}
              initialVariables={fromLink.variables}
              handle={editor}
              onResult={onResult}
              onReady={onReady}
            />
          </Suspense>
        </Card>
      </Flex>

      <ResultPanel result={result} name={current?.name ?? t.workspace.fileBase} />

      <Modal
        open={dialog !== null}
        title={dialog === 'save' && mine ? t.workspace.saveTitle : t.workspace.saveAsTitle}
        okText={t.workspace.save}
        cancelText={t.workspace.cancel}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setDialog(null)}
        destroyOnHidden
        forceRender
        data-testid="save-dialog"
      >
        <Form<SaveForm> form={form} layout="vertical" onFinish={submit} requiredMark="optional" data-testid="save-form">
          <Form.Item name="name" label={t.workspace.name} rules={[{ required: true, whitespace: true, message: t.workspace.nameRequired }, { max: 200 }]}>
            <Input autoFocus maxLength={200} placeholder={t.workspace.namePlaceholder} data-testid="save-name" />
          </Form.Item>
          <Form.Item name="description" label={t.workspace.description}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t.workspace.descriptionPlaceholder} data-testid="save-description" />
          </Form.Item>
          <Form.Item name="shared" label={t.workspace.sharing} valuePropName="checked" extra={t.workspace.sharedHint}>
            <Switch checkedChildren={t.workspace.shared} unCheckedChildren={t.workspace.private} data-testid="save-shared" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
