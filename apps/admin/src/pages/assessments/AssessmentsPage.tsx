import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { holdsMembers, todayInVietnam, type CriteriaModel, type OrganizationKind } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { CursorPager } from '../../components/CursorPager';
import { PageSkeleton, QueryError } from '../../components/States';
import type { AssessmentsQuery } from '../../gql/graphql';
import { useStaffI18n } from '../../i18n/staff';
import { useDocumentTitle, useLastDefined } from '../../lib/hooks';
import { orgPath, useCursorPaging, useLinkTo, useSetParams } from '../../lib/url';
import { canUseStaffScreens, editRoots } from '../../lib/permissions';
import { apiProblem } from '../criteria/access';
import { OrgPicker, type PickedOrg } from '../criteria/OrgPicker';
import { assessmentPath, AssessmentStatusTag } from './util';
import { AssessmentsDocument, CreateAssessmentDocument, OrgBriefDocument, PublishedTablesDocument } from './queries';
import { FourGoodTag, LEVEL_COLORS } from './ResultCard';

type Row = AssessmentsQuery['assessments']['nodes'][number];
const STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
const MODELS = ['FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING', 'MEMBER_RATING'] as const;
const PERIOD = /^\d{4}(-H[12]|-Q[1-4])?$/;

/** Assessments in the viewer's scope, newest period first, filtered in the address; a new one from here. */
export default function AssessmentsPage() {
  const { t, f } = useStaffI18n();
  const ts = t.scoring.list;
  const linkTo = useLinkTo();
  const { viewer } = useSession();
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const orgId = params.get('org');
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const model = MODELS.find((m) => m === params.get('model')) ?? null;
  const period = params.get('period');
  const [creating, setCreating] = useState(params.get('new') === '1');
  const paging = useCursorPaging(50);
  useDocumentTitle(ts.title);
  const [orgRes] = useQuery({ query: OrgBriefDocument, variables: { id: orgId ?? '' }, pause: !orgId });
  const org = orgRes.data?.organization && orgRes.data.organization.id === orgId ? orgRes.data.organization : null;
  const [result, reexecute] = useQuery({
    query: AssessmentsDocument,
    variables: { filter: { organizationId: orgId, status, model, period: period && PERIOD.test(period) ? period : null }, ...paging.variables },
  });
  const data = useLastDefined(result.data);

  if (result.error && !data) return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;
  const connection = data.assessments;

  const columns: ColumnsType<Row> = [
    {
      key: 'org',
      title: ts.organization,
      render: (_, r) => (
        <Flex vertical>
          <Link to={linkTo(assessmentPath(r.id))} style={{ fontWeight: 600 }} data-testid="assessment-link">
            {r.member ? `${r.member.fullName} · ` : ''}
            {r.organization?.name ?? t.common.none}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.table.name} · v{r.table.version}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'period', title: ts.period, dataIndex: 'period', width: 110 },
    { key: 'model', title: ts.model, width: 200, render: (_, r) => t.criteria.enums.model[r.model as CriteriaModel] },
    { key: 'status', title: ts.status, width: 150, render: (_, r) => <AssessmentStatusTag status={r.status} /> },
    {
      key: 'result',
      title: ts.result,
      width: 320,
      render: (_, r) =>
        r.status === 'APPROVED' && r.level ? (
          <Flex gap={6} wrap align="center">
            <strong style={{ fontVariantNumeric: 'tabular-nums' }}>{f.number(r.total ?? 0)}</strong>
            <Tag color={LEVEL_COLORS[r.level]} style={{ marginInlineEnd: 0 }}>
              {t.scoring.enums.levelShort[r.level]}
            </Tag>
            <FourGoodTag value={r.fourGood ?? null} />
          </Flex>
        ) : (
          <Typography.Text type="secondary">{ts.notFinal}</Typography.Text>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {ts.title}
          </Typography.Title>
          <Typography.Text type="secondary">{ts.subtitle}</Typography.Text>
        </div>
        {canUseStaffScreens(viewer) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-assessment">
            {ts.create}
          </Button>
        ) : null}
      </Flex>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <OrgPicker
            value={org ? { id: org.id, name: org.name } : orgId ? { id: orgId, name: t.common.loading } : null}
            onChange={(o) => setParams({ org: o?.id ?? null })}
            roots={editRoots(viewer).length ? editRoots(viewer) : (viewer?.grants.filter((g) => g.organization).map((g) => g.organization!) ?? [])}
            placeholder={ts.allOrganizations}
            allowClear
            width={340}
            testId="filter-org"
          />
          <Input.Search allowClear placeholder={ts.periodPlaceholder} aria-label={ts.periodPlaceholder} defaultValue={period ?? ''} onSearch={(v) => setParams({ period: v.trim() || null })} style={{ width: 200 }} />
          <Select allowClear placeholder={ts.allModels} aria-label={ts.allModels} value={model ?? undefined} onChange={(v) => setParams({ model: v ?? null })} style={{ width: 220 }} options={MODELS.map((m) => ({ value: m, label: t.criteria.enums.model[m] }))} />
          <Select allowClear placeholder={ts.allStatuses} aria-label={ts.allStatuses} value={status ?? undefined} onChange={(v) => setParams({ status: v ?? null })} style={{ width: 180 }} options={STATUSES.map((s) => ({ value: s, label: t.scoring.enums.status[s] }))} />
          {org ? (
            <Link to={linkTo(orgPath(org.id))} style={{ marginLeft: 'auto' }}>
              {ts.openOrganization}
            </Link>
          ) : null}
        </Flex>
      </Card>
      <Card>
        <Table<Row>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={connection.nodes}
          pagination={false}
          loading={result.fetching && !result.data}
          scroll={{ x: 1000 }}
          data-testid="assessments-table"
          locale={{ emptyText: <Empty description={orgId || status || model || period ? ts.emptyFiltered : ts.empty} /> }}
        />
        <CursorPager paging={paging} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={connection.nodes.length} disabled={result.fetching} />
      </Card>
      {creating ? <NewAssessmentModal initialOrg={org ? { id: org.id, name: org.name, kind: org.kind, cellType: org.cellType } : null} onClose={() => setCreating(false)} /> : null}
    </Flex>
  );
}

function modelsFor(kind: OrganizationKind | undefined): CriteriaModel[] {
  if (!kind) return [];
  if (holdsMembers(kind)) return ['FOUR_GOOD_CELL', 'ORGANIZATION_RATING'];
  if (kind === 'GRASSROOTS_COMMITTEE') return ['FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING'];
  return ['ORGANIZATION_RATING'];
}

/** Opens an assessment: the organisation, the model, a published table of its variant, the period. */
export function NewAssessmentModal({ initialOrg, onClose }: { initialOrg: PickedOrg | null; onClose: () => void }) {
  const { t } = useStaffI18n();
  const ts = t.scoring.create;
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const client = useClient();
  const { viewer } = useSession();
  const roots = editRoots(viewer);
  const [org, setOrg] = useState<PickedOrg | null>(initialOrg ?? (roots.length === 1 ? roots[0]! : null));
  const [orgKind, setOrgKind] = useState<{ kind?: OrganizationKind; cellType?: PickedOrg['cellType'] }>({ kind: initialOrg?.kind, cellType: initialOrg?.cellType });
  const models = modelsFor(orgKind.kind);
  const [model, setModel] = useState<CriteriaModel | null>(null);
  const effectiveModel = model && models.includes(model) ? model : (models[0] ?? null);
  const [tableId, setTableId] = useState<string | null>(null);
  const [period, setPeriod] = useState(String(Number(todayInVietnam().slice(0, 4)) - 1));
  const [problem, setProblem] = useState<{ text: string; existing?: string } | null>(null);
  const [{ fetching }, create] = useMutation(CreateAssessmentDocument);

  // The chosen organisation's kind and cell type decide the model and the table variant.
  useEffect(() => {
    if (!org) return setOrgKind({});
    if (org.kind) return setOrgKind({ kind: org.kind, cellType: org.cellType });
    let live = true;
    void client
      .query(OrgBriefDocument, { id: org.id })
      .toPromise()
      .then((res) => {
        const o = res.data?.organization;
        if (live && o) setOrgKind({ kind: o.kind, cellType: o.cellType });
      });
    return () => {
      live = false;
    };
  }, [client, org]);

  const [tables] = useQuery({ query: PublishedTablesDocument, variables: { model: effectiveModel ?? 'FOUR_GOOD_CELL' }, pause: !effectiveModel });
  const fitting = useMemo(() => {
    const list = (tables.data?.criteriaTables.nodes ?? []).filter(
      (x) => (!x.organizationKind || x.organizationKind === orgKind.kind) && (!x.cellType || x.cellType === orgKind.cellType),
    );
    // Exact variant first, then the newest version.
    return list.sort((a, b) => Number(!!b.cellType) - Number(!!a.cellType) || Number(!!b.organizationKind) - Number(!!a.organizationKind) || a.seriesCode.localeCompare(b.seriesCode) || b.version - a.version);
  }, [tables.data, orgKind]);
  const chosenTable = fitting.find((x) => x.id === tableId) ?? fitting[0] ?? null;
  const periodOk = PERIOD.test(period.trim());

  const submit = async () => {
    if (!org || !chosenTable || !periodOk) return;
    setProblem(null);
    const res = await create({ input: { organizationId: org.id, tableId: chosenTable.id, period: period.trim() } });
    if (res.data) {
      navigate(linkTo(assessmentPath(res.data.createAssessment.id)));
      return;
    }
    const p = apiProblem(res.error);
    if (p?.reason === 'DUPLICATE_ASSESSMENT') {
      const found = await client.query(AssessmentsDocument, { filter: { organizationId: org.id, model: effectiveModel, period: period.trim() }, first: 20 }, { requestPolicy: 'network-only' }).toPromise();
      const existing = found.data?.assessments.nodes.find((a) => a.organization?.id === org.id && !a.member);
      setProblem({ text: ts.duplicate(period.trim()), existing: existing?.id });
    } else if (p?.reason === 'BAD_PERIOD') setProblem({ text: ts.badPeriod });
    else if (p?.reason === 'WRONG_KIND' || p?.reason === 'WRONG_VARIANT') setProblem({ text: ts.wrongVariant });
    else if (p?.reason === 'NOT_EXISTING') setProblem({ text: ts.notExisting(period.trim()) });
    else if (p?.code === 'FORBIDDEN') setProblem({ text: ts.forbidden });
    else setProblem({ text: p && p.code in t.errors ? String(t.errors[p.code as keyof typeof t.errors]) : t.errors.UNKNOWN });
  };

  return (
    <Modal
      open
      title={ts.title}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={ts.create}
      cancelText={t.criteria.grid.cancel}
      okButtonProps={{ disabled: !org || !chosenTable || !periodOk, loading: fetching, ...({ 'data-testid': 'create-assessment' } as object) }}
      width={640}
      destroyOnHidden
    >
      <Form layout="vertical" requiredMark={false} data-testid="new-assessment-form">
        {problem ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={problem.text}
            action={
              problem.existing ? (
                <Button size="small" onClick={() => navigate(linkTo(assessmentPath(problem.existing!)))}>
                  {ts.openExisting}
                </Button>
              ) : undefined
            }
          />
        ) : null}
        <Form.Item label={ts.organization} extra={ts.organizationHint}>
          <OrgPicker value={org} onChange={setOrg} roots={roots} testId="new-assessment-org" />
        </Form.Item>
        <Form.Item label={ts.model}>
          <Select value={effectiveModel ?? undefined} onChange={setModel} disabled={models.length === 0} placeholder={ts.chooseOrgFirst} options={models.map((m) => ({ value: m, label: t.criteria.enums.model[m] }))} data-testid="new-assessment-model" />
        </Form.Item>
        <Form.Item
          label={ts.table}
          validateStatus={org && effectiveModel && !tables.fetching && fitting.length === 0 ? 'error' : undefined}
          help={org && effectiveModel && !tables.fetching && fitting.length === 0 ? ts.noTable(orgKind.cellType ? t.enums.cellType[orgKind.cellType] : '') : undefined}
          extra={ts.tableHint}
        >
          <Select
            value={chosenTable?.id}
            onChange={setTableId}
            loading={tables.fetching}
            disabled={!effectiveModel || fitting.length === 0}
            placeholder={ts.chooseOrgFirst}
            data-testid="new-assessment-table"
            options={fitting.map((x) => ({
              value: x.id,
              label: `${x.name} · v${x.version}${x.cellType ? ` · ${t.enums.cellType[x.cellType]}` : ''}${x.owner ? ` · ${x.owner.name}` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={ts.period} validateStatus={periodOk ? undefined : 'error'} help={periodOk ? undefined : ts.badPeriod} extra={ts.periodHint}>
          <Input value={period} onChange={(e) => setPeriod(e.target.value)} style={{ width: 160 }} data-testid="new-assessment-period" onPressEnter={() => void submit()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
