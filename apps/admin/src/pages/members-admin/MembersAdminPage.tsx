import { useMemo, useState } from 'react';
import { Button, Empty, Flex, Input, Table, Typography } from 'antd';
import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { holdsMembers } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { CursorPager } from '../../components/CursorPager';
import { ListScreen } from '../../components/ListScreen';
import { NotFound } from '../../components/States';
import { StatusTag } from '../../components/Tags';
import type { ManagedMembersQuery } from '../../gql/graphql';
import { useManageI18n } from '../../i18n/manage';
import { useDocumentTitle } from '../../lib/hooks';
import { useCursorPaging, useSetParams } from '../../lib/url';
import { canUseStaffScreens, editRoots, hasNationalEdit } from '../../lib/permissions';
import { OrgSearchSelect, type PickedOrg } from '../manage/OrgSearchSelect';
import { ManagedMembersDocument } from './queries';

type Row = NonNullable<ManagedMembersQuery['organization']>['members']['nodes'][number];
const PAGE = 50;

/**
 * Staff find a member (by name or card number, below an organisation) to manage, or add one to a
 * cell. The organisation, the search and the page (cursor, size) are kept in the address.
 */
export default function MembersAdminPage() {
  const { t, f } = useManageI18n();
  const tm = t.manage.members;
  const viewer = useSession().viewer;
  useDocumentTitle(tm.title);
  const roots: PickedOrg[] = useMemo(() => (hasNationalEdit(viewer) ? [] : editRoots(viewer)), [viewer]);
  const [params] = useSearchParams();
  const orgId = params.get('org') ?? roots[0]?.id ?? null;
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);
  const paging = useCursorPaging(PAGE);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ManagedMembersDocument,
    variables: { id: orgId ?? '', search: search || null, ...paging.variables },
    pause: !orgId,
    requestPolicy: 'cache-and-network',
  });
  const org = data?.organization ?? null;
  // A new organisation or search starts again on the first page (useSetParams drops the cursor).
  const setParams = useSetParams();
  const setParam = (key: string, value: string | null) => setParams({ [key]: value });

  if (!canUseStaffScreens(viewer)) return <NotFound title={t.errors.FORBIDDEN} hint="" />;
  const cellForNew = org && holdsMembers(org.kind) ? `?cell=${encodeURIComponent(org.id)}` : '';
  return (
    <ListScreen
      testId="members-admin-page"
      icon={<TeamOutlined />}
      title={tm.title}
      intro={tm.intro}
      action={
        <Link to={`/manage/members/new${cellForNew}`}>
          <Button type="primary" icon={<PlusOutlined />} data-testid="member-add">
            {tm.add}
          </Button>
        </Link>
      }
      filters={
        <Flex gap={12} wrap>
          <Flex vertical gap={4} style={{ flex: '1 1 280px', maxWidth: 420 }}>
            <Typography.Text strong>{tm.org}</Typography.Text>
            <OrgSearchSelect
              testId="members-org"
              roots={roots}
              value={org ? { id: org.id, name: org.name } : null}
              onChange={(picked) => setParam('org', picked?.id ?? null)}
              placeholder={t.manage.common.pickOrg}
              ariaLabel={tm.org}
            />
          </Flex>
          <Flex vertical gap={4} style={{ flex: '1 1 240px', maxWidth: 360 }}>
            <Typography.Text strong>{tm.search}</Typography.Text>
            <Input.Search
              data-testid="members-search"
              aria-label={tm.search}
              value={typed}
              allowClear
              onChange={(e) => setTyped(e.target.value)}
              onSearch={(value) => setParam('q', value.trim() || null)}
            />
          </Flex>
        </Flex>
      }
      error={error}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      countTitle={org ? tm.count(f.number(org.members.totalCount)) : null}
      placeholder={!orgId ? <Empty description={t.manage.common.pickOrg} /> : undefined}
    >
      <Table<Row>
        data-testid="members-table"
        size="small"
        rowKey="id"
        loading={fetching && !org}
        pagination={false}
        dataSource={org?.members.nodes ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tm.none} /> }}
        columns={[
          { key: 'name', title: tm.fullName, render: (_, r) => <Link to={`/manage/members/${encodeURIComponent(r.id)}`}>{r.fullName}</Link> },
          // On a phone: the name and the status; the other columns from wider screens on.
          { key: 'card', title: tm.cardNumber, dataIndex: 'cardNumber', width: 150, responsive: ['sm'] },
          { key: 'cell', title: tm.cell, render: (_, r) => r.organization?.name ?? '', responsive: ['md'] },
          { key: 'position', title: tm.position, width: 130, render: (_, r) => t.enums.position[r.position], responsive: ['lg'] },
          { key: 'status', title: tm.status, width: 190, render: (_, r) => <StatusTag status={r.status} /> },
        ]}
      />
      {org ? <CursorPager paging={paging} pageInfo={org.members.pageInfo} totalCount={org.members.totalCount} shown={org.members.nodes.length} disabled={fetching} /> : null}
    </ListScreen>
  );
}
