import { useMemo } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { AuditOutlined, DownloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../auth/session';
import { CursorPager } from '../../components/CursorPager';
import { NotFound, QueryError } from '../../components/States';
import type { AuditFilter, AuditLogQuery } from '../../gql/graphql';
import { useManageI18n } from '../../i18n/manage';
import { useDocumentTitle } from '../../lib/hooks';
import { canReadAudit, editRoots, hasNationalEdit } from '../../lib/permissions';
import { useCursorPaging, useSetParams } from '../../lib/url';
import { ChangeDiff } from '../manage/ChangeDiff';
import { formatInstant } from '../manage/fields';
import type { PickedOrg } from '../manage/OrgSearchSelect';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditLogDocument, AuditOrgNameDocument } from './queries';

type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

/** The server's streamed export of the entries the filter shows (GET /dataio/audit.csv, same scope and filter as the query). */
function exportHref(filter: AuditFilter, lang: string): string {
  const q = new URLSearchParams();
  if (filter.username) q.set('username', filter.username);
  if (filter.actions?.length) q.set('actions', filter.actions.join(','));
  if (filter.entityType) q.set('entityType', filter.entityType);
  if (filter.from) q.set('from', String(filter.from));
  if (filter.to) q.set('to', String(filter.to));
  if (filter.organizationId) q.set('organizationId', filter.organizationId);
  q.set('lang', lang);
  return `/dataio/audit.csv?${q.toString()}`;
}

/** The start of a day in Vietnam (UTC+7, no daylight saving), as an instant. */
const vnDayStart = (iso: string) => new Date(`${iso}T00:00:00+07:00`).toISOString();
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** What an entry is about, by the names it keeps (an organisation's or member's name, an account). */
function subject(e: AuditEntry): string {
  const side = (e.after ?? e.before ?? {}) as Record<string, unknown>;
  const name = side.name ?? side.fullName ?? side.username;
  return typeof name === 'string' ? name : '';
}

/**
 * The audit log: every change in the viewer's scope, filtered by who, what, when and where; an
 * entry opens to its values before and after, side by side; the filtered entries export to CSV.
 * The filter lives in the address, so a filtered view can be shared or reloaded.
 */
export default function AuditPage() {
  const { t, f, lang } = useManageI18n();
  const ta = t.manage.audit;
  const viewer = useSession().viewer;
  useDocumentTitle(ta.title);
  const roots: PickedOrg[] = useMemo(() => (hasNationalEdit(viewer) ? [] : editRoots(viewer)), [viewer]);
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const paging = useCursorPaging(50);
  const orgId = params.get('org');
  const [{ data: orgData }] = useQuery({ query: AuditOrgNameDocument, variables: { id: orgId ?? '' }, pause: !orgId });
  const values: AuditFilterValues = {
    who: params.get('who') ?? '',
    what: (params.get('what') ?? '').split(',').filter(Boolean),
    type: params.get('type'),
    from: params.get('from'),
    to: params.get('to'),
    org: orgId ? { id: orgId, name: orgData?.organization?.name ?? '…' } : null,
  };
  const filter: AuditFilter = {
    username: values.who || null,
    actions: values.what.length ? values.what : null,
    entityType: values.type,
    from: values.from ? vnDayStart(values.from) : null,
    to: values.to ? vnDayStart(nextDay(values.to)) : null,
    organizationId: orgId,
  };
  const [{ data, error, fetching }, refetch] = useQuery({ query: AuditLogDocument, variables: { filter, ...paging.variables }, requestPolicy: 'cache-and-network' });

  if (!canReadAudit(viewer)) return <NotFound title={t.errors.FORBIDDEN} hint="" />;

  const setFilter = (next: Partial<AuditFilterValues>) => {
    const merged = { ...values, ...next };
    setParams({ who: merged.who || null, what: merged.what.join(',') || null, type: merged.type, from: merged.from, to: merged.to, org: merged.org?.id ?? null });
  };

  const connection = data?.auditLog;
  return (
    <Flex vertical gap={16} data-testid="audit-page">
      <Flex justify="space-between" align="start" gap={12} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            <AuditOutlined /> {ta.title}
          </Typography.Title>
          <Typography.Text type="secondary">{ta.intro}</Typography.Text>
        </div>
        <Button icon={<DownloadOutlined />} href={exportHref(filter, lang)} download disabled={!connection?.totalCount} data-testid="audit-export">
          {ta.export}
        </Button>
      </Flex>
      <Card size="small">
        <AuditFilters key={params.toString() === '' ? 'empty' : 'set'} value={values} onChange={setFilter} roots={roots} />
      </Card>
      {error ? <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      <Card size="small" title={connection ? <span data-testid="audit-count">{ta.count(f.number(connection.totalCount))}</span> : null}>
        <Table<AuditEntry>
          data-testid="audit-table"
          size="small"
          rowKey={(e) => `${e.at}|${e.entityId}|${e.action}`}
          loading={fetching && !connection}
          dataSource={connection?.nodes ?? []}
          pagination={false}
          locale={{ emptyText: ta.none }}
          expandable={{ expandedRowRender: (e) => <ChangeDiff before={e.before} after={e.after} />, expandRowByClick: true }}
          columns={[
            { key: 'at', title: ta.at, width: 140, render: (_, e) => formatInstant(e.at) },
            { key: 'who', title: ta.who, width: 150, render: (_, e) => (e.username === 'system' ? <Typography.Text type="secondary">{ta.system}</Typography.Text> : e.username) },
            { key: 'what', title: ta.what, render: (_, e) => ta.actions[e.action] ?? e.action },
            { key: 'type', title: ta.objectType, width: 120, responsive: ['md'], render: (_, e) => <Tag>{ta.entityTypes[e.entityType] ?? e.entityType}</Tag> },
            { key: 'subject', title: '', responsive: ['sm'], render: (_, e) => <Typography.Text strong>{subject(e)}</Typography.Text> },
          ]}
        />
        {connection ? <CursorPager paging={paging} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={connection.nodes.length} /> : null}
      </Card>
    </Flex>
  );
}
