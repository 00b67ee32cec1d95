import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Empty, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { CELL_TYPES, CRITERIA_MODELS, ORGANIZATION_KINDS, foldText, type CellType, type CriteriaModel, type OrganizationKind } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { PageSkeleton, QueryError } from '../../components/States';
import type { CriteriaTablesQuery } from '../../gql/graphql';
import { useStaffI18n } from '../../i18n/staff';
import { useDocumentTitle, useLastDefined } from '../../lib/hooks';
import { kindLabel } from '../../lib/labels';
import { useLinkTo, useSetParams } from '../../lib/url';
import { canUseStaffScreens, editRoots, hasNationalEdit } from '../../lib/permissions';
import { apiProblem } from './access';
import { criteriaPath, formatDateTime } from './util';
import { OrgPicker, type PickedOrg } from './OrgPicker';
import { CreateCriteriaTableDocument, CriteriaTablesDocument } from './queries';

type TableRow = CriteriaTablesQuery['criteriaTables']['nodes'][number];
interface SeriesRow {
  key: string;
  latest: TableRow;
  versions: TableRow[];
}

const STATUSES = ['DRAFT', 'PUBLISHED'] as const;

/** Every criteria table the viewer may read, by model, one row per table with its versions. */
export default function CriteriaListPage() {
  const { t, f } = useStaffI18n();
  const tc = t.criteria;
  const linkTo = useLinkTo();
  const { viewer } = useSession();
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const model = CRITERIA_MODELS.find((m) => m === params.get('model')) ?? null;
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const search = params.get('q') ?? '';
  const [creating, setCreating] = useState(false);
  useDocumentTitle(tc.list.title);
  const [result, reexecute] = useQuery({ query: CriteriaTablesDocument, variables: { filter: { model, status }, first: 200 } });
  const data = useLastDefined(result.data);
  const canCreate = canUseStaffScreens(viewer);

  const bySeries = useMemo(() => {
    const series = new Map<string, SeriesRow>();
    for (const row of data?.criteriaTables.nodes ?? []) {
      const found = series.get(row.seriesCode);
      if (found) {
        found.versions.push(row);
        if (row.version > found.latest.version) found.latest = row;
      } else series.set(row.seriesCode, { key: row.seriesCode, latest: row, versions: [row] });
    }
    const q = foldText(search);
    return [...series.values()].filter((s) => !q || foldText(`${s.latest.name} ${s.latest.seriesCode} ${s.latest.owner?.name ?? ''}`).includes(q));
  }, [data, search]);

  if (result.error && !data) return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;

  const columns: ColumnsType<SeriesRow> = [
    {
      key: 'name',
      title: tc.list.name,
      render: (_, s) => (
        <Flex vertical gap={2}>
          <Link to={linkTo(criteriaPath(s.latest.id))} style={{ fontWeight: 600 }} data-testid="criteria-link">
            {s.latest.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.latest.seriesCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'variant',
      title: tc.list.variant,
      width: 220,
      render: (_, s) => (
        <Space size={4} wrap>
          {s.latest.organizationKind ? <Tag>{kindLabel(t, s.latest.organizationKind)}</Tag> : null}
          {s.latest.cellType ? <Tag color="blue">{t.enums.cellType[s.latest.cellType]}</Tag> : null}
          {!s.latest.organizationKind && !s.latest.cellType ? <Typography.Text type="secondary">{tc.editor.anyVariant}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      key: 'versions',
      title: tc.list.versions,
      width: 240,
      render: (_, s) => (
        <Space size={4} wrap>
          {[...s.versions]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <Link key={v.id} to={linkTo(criteriaPath(v.id))}>
                <Tag color={v.status === 'PUBLISHED' ? 'green' : 'orange'} style={{ cursor: 'pointer' }}>
                  v{v.version} · {tc.enums.status[v.status]}
                </Tag>
              </Link>
            ))}
        </Space>
      ),
    },
    {
      key: 'status',
      title: tc.list.status,
      width: 190,
      render: (_, s) => {
        const inForce = s.versions.filter((v) => v.status === 'PUBLISHED').sort((a, b) => b.version - a.version)[0];
        const draft = s.versions.find((v) => v.status === 'DRAFT');
        return (
          <Space size={4} wrap data-testid="series-state">
            {inForce ? <Tag color="green">{tc.list.inForce(inForce.version)}</Tag> : <Tag>{tc.list.notInForce}</Tag>}
            {draft ? <Tag color="orange">{tc.list.drafting(draft.version)}</Tag> : null}
            {s.latest.isExample ? <Tag color="gold">{tc.list.example}</Tag> : null}
          </Space>
        );
      },
    },
    { key: 'owner', title: tc.list.owner, width: 240, render: (_, s) => s.latest.owner?.name ?? <Typography.Text type="secondary">{t.common.none}</Typography.Text> },
    { key: 'updated', title: tc.list.updated, width: 150, render: (_, s) => formatDateTime(s.latest.updatedAt) },
  ];

  const models = CRITERIA_MODELS.filter((m) => bySeries.some((s) => s.latest.model === m));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {tc.list.title}
          </Typography.Title>
          <Typography.Text type="secondary">{tc.list.subtitle}</Typography.Text>
        </div>
        {canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-table">
            {tc.list.newTable}
          </Button>
        ) : null}
      </Flex>

      <Card size="small">
        <Flex gap={12} wrap align="center" data-testid="criteria-filters">
          <Input.Search allowClear placeholder={tc.list.search} aria-label={tc.list.search} defaultValue={search} onSearch={(v) => setParams({ q: v.trim() || null })} style={{ width: 320 }} />
          <Select
            allowClear
            placeholder={tc.list.allModels}
            aria-label={tc.list.allModels}
            value={model ?? undefined}
            onChange={(v) => setParams({ model: v ?? null })}
            style={{ width: 240 }}
            options={CRITERIA_MODELS.map((m) => ({ value: m, label: tc.enums.model[m] }))}
          />
          <Select
            allowClear
            placeholder={tc.list.allStatuses}
            aria-label={tc.list.allStatuses}
            value={status ?? undefined}
            onChange={(v) => setParams({ status: v ?? null })}
            style={{ width: 180 }}
            options={STATUSES.map((s) => ({ value: s, label: tc.enums.status[s] }))}
          />
          <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
            {tc.list.count(f.number(bySeries.length))}
          </Typography.Text>
        </Flex>
      </Card>

      {data.criteriaTables.pageInfo.hasNextPage ? <Alert type="info" showIcon title={tc.list.truncated(f.number(data.criteriaTables.nodes.length))} /> : null}

      {models.length === 0 ? (
        <Card>
          <Empty description={search || model || status ? tc.list.emptyFiltered : tc.list.empty} />
        </Card>
      ) : (
        models.map((m) => (
          <Card key={m} size="small" title={<span data-testid={`model-${m}`}>{tc.enums.model[m]}</span>} extra={<Typography.Text type="secondary">{tc.enums.modelHint[m]}</Typography.Text>}>
            <Table<SeriesRow>
              rowKey="key"
              size="small"
              columns={columns}
              dataSource={bySeries.filter((s) => s.latest.model === m)}
              pagination={false}
              loading={result.fetching && !result.data}
              scroll={{ x: 1100 }}
              data-testid="criteria-table-list"
            />
          </Card>
        ))
      )}
      {creating ? <NewTableModal onClose={() => setCreating(false)} /> : null}
    </Flex>
  );
}

interface NewValues {
  name: string;
  seriesCode: string;
  model: CriteriaModel;
  organizationKind?: OrganizationKind;
  cellType?: CellType;
  isExample?: boolean;
}

function NewTableModal({ onClose }: { onClose: () => void }) {
  const { t } = useStaffI18n();
  const tc = t.criteria.create;
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const { viewer } = useSession();
  const roots = editRoots(viewer);
  const [owner, setOwner] = useState<PickedOrg | null>(roots.length === 1 ? roots[0]! : null);
  const [ownerError, setOwnerError] = useState(false);
  const [form] = Form.useForm<NewValues>();
  const [{ fetching }, create] = useMutation(CreateCriteriaTableDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const model = Form.useWatch('model', form);

  const submit = async (values: NewValues) => {
    if (!owner) {
      setOwnerError(true);
      return;
    }
    setProblem(null);
    const res = await create({
      input: {
        name: values.name.trim(),
        seriesCode: values.seriesCode.trim(),
        model: values.model,
        organizationKind: values.organizationKind ?? null,
        cellType: values.cellType ?? null,
        ownerId: owner.id,
        isExample: values.isExample ?? false,
      },
    });
    if (res.data) {
      navigate(linkTo(criteriaPath(res.data.createCriteriaTable.id)));
      return;
    }
    const p = apiProblem(res.error);
    if (p?.reason === 'SERIES_TAKEN') form.setFields([{ name: 'seriesCode', errors: [tc.seriesTaken] }]);
    else if (p?.code === 'VALIDATION_FAILED' && p.fields.some((x) => x.field === 'input.seriesCode')) form.setFields([{ name: 'seriesCode', errors: [tc.seriesCodeRule] }]);
    else if (p?.code === 'FORBIDDEN') setProblem(tc.ownerForbidden);
    else setProblem(p && p.code in t.errors ? String(t.errors[p.code as keyof typeof t.errors]) : t.errors.UNKNOWN);
  };

  return (
    <Modal open title={tc.title} onCancel={onClose} onOk={() => form.submit()} okText={tc.create} cancelText={t.criteria.grid.cancel} confirmLoading={fetching} width={640} destroyOnHidden>
      <Form<NewValues> form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ model: 'FOUR_GOOD_CELL' }} data-testid="new-table-form">
        {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
        <Form.Item name="name" label={tc.name} rules={[{ required: true, whitespace: true, message: tc.nameRequired }, { max: 300 }]}>
          <Input placeholder={tc.namePlaceholder} autoFocus />
        </Form.Item>
        <Form.Item name="seriesCode" label={tc.seriesCode} extra={tc.seriesCodeHint} rules={[{ required: true, message: tc.seriesCodeRule }, { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/, message: tc.seriesCodeRule }]}>
          <Input placeholder="QN-KCCQ-4T-CQ" style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="model" label={tc.model}>
          <Select options={CRITERIA_MODELS.map((m) => ({ value: m, label: t.criteria.enums.model[m] }))} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="organizationKind" label={tc.organizationKind} style={{ flex: 1 }}>
            <Select allowClear placeholder={tc.any} options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t.enums.kind[k] }))} />
          </Form.Item>
          <Form.Item name="cellType" label={tc.cellType} style={{ flex: 1 }} extra={model === 'FOUR_GOOD_CELL' ? tc.cellTypeHint : undefined}>
            <Select allowClear placeholder={tc.any} options={CELL_TYPES.map((c) => ({ value: c, label: t.enums.cellType[c] }))} />
          </Form.Item>
        </Flex>
        <Form.Item label={tc.owner} required validateStatus={ownerError ? 'error' : undefined} help={ownerError ? tc.ownerRequired : tc.ownerHint}>
          <OrgPicker
            value={owner}
            onChange={(o) => {
              setOwner(o);
              setOwnerError(false);
            }}
            roots={roots}
            accept={(o) => !o.kind || o.kind === 'PROVINCIAL_COMMITTEE' || o.kind === 'DIRECTLY_SUPERIOR_COMMITTEE' || o.kind === 'GRASSROOTS_COMMITTEE'}
            testId="new-table-owner"
          />
        </Form.Item>
        {hasNationalEdit(viewer) ? (
          <Form.Item name="isExample" valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox>{tc.isExample}</Checkbox>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
