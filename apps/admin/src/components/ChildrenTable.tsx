import { Empty, Flex, Tag, Typography } from 'antd';
import { Table } from './Lazy';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { OrganizationChildrenQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useLastDefined } from '../lib/hooks';
import { kindLabel } from '../lib/labels';
import { orgPath, useAsOf, useCursorPaging, useLinkTo } from '../lib/url';
import { CursorPager } from './CursorPager';
import { QueryError } from './States';
import { KindTag } from './Tags';

const OrganizationChildrenDocument = graphql(`
  query OrganizationChildren($id: ID!, $asOf: Date, $first: Int, $after: String, $last: Int, $before: String) {
    organization(id: $id) {
      id
      children(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          id
          code
          name
          kind
          sector
          cellType
          foundedOn
          stats(asOf: $asOf) {
            members
            organizations
          }
        }
      }
    }
  }
`);

type Child = NonNullable<OrganizationChildrenQuery['organization']>['children']['nodes'][number];

/** The organisations directly under one, a page at a time, with their key figures. */
export function ChildrenTable({ id }: { id: string }) {
  const { t, f } = useI18n();
  const { asOf } = useAsOf();
  const linkTo = useLinkTo();
  const paging = useCursorPaging(50);
  const [result, reexecute] = useQuery({ query: OrganizationChildrenDocument, variables: { id, asOf, ...paging.variables } });
  const data = useLastDefined(result.data?.organization?.id === id ? result.data : undefined);

  if (result.error && !result.data) return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const connection = data?.organization?.children;
  const rows = connection?.nodes ?? [];
  const sortTooltip = { title: t.org.sortHint };

  const columns: ColumnsType<Child> = [
    {
      key: 'name',
      title: t.org.childrenColumns.name,
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      showSorterTooltip: sortTooltip,
      render: (_, r) => (
        <Flex vertical>
          <Link to={linkTo(orgPath(r.id))} style={{ fontWeight: 600 }}>
            {r.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.code}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: t.org.childrenColumns.kind,
      width: 200,
      sorter: (a, b) => kindLabel(t, a.kind, a.sector).localeCompare(kindLabel(t, b.kind, b.sector), 'vi'),
      showSorterTooltip: sortTooltip,
      render: (_, r) => <KindTag kind={r.kind} sector={r.sector} />,
    },
    {
      key: 'type',
      title: t.org.childrenColumns.type,
      width: 190,
      render: (_, r) => (r.cellType ? <Tag>{t.enums.cellType[r.cellType]}</Tag> : r.sector ? <Tag>{t.enums.sector[r.sector]}</Tag> : t.common.none),
    },
    {
      key: 'members',
      title: t.org.childrenColumns.members,
      align: 'right',
      width: 130,
      sorter: (a, b) => a.stats.members - b.stats.members,
      showSorterTooltip: sortTooltip,
      render: (_, r) => f.number(r.stats.members),
    },
    {
      key: 'organizations',
      title: t.org.childrenColumns.organizations,
      align: 'right',
      width: 170,
      sorter: (a, b) => a.stats.organizations - b.stats.organizations,
      showSorterTooltip: sortTooltip,
      render: (_, r) => (r.kind === 'CELL' || r.kind === 'GRASSROOTS_CELL' ? t.common.none : f.number(r.stats.organizations)),
    },
    {
      key: 'foundedOn',
      title: t.org.childrenColumns.founded,
      dataIndex: 'foundedOn',
      width: 130,
      sorter: (a, b) => a.foundedOn.localeCompare(b.foundedOn),
      showSorterTooltip: sortTooltip,
      render: (d: string) => f.date(d),
    },
  ];

  return (
    <>
      <Table<Child>
        data-testid="children-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={!result.data && result.fetching}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.org.childrenEmpty} /> }}
      />
      {connection ? (
        <CursorPager paging={paging} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} disabled={result.fetching} />
      ) : null}
    </>
  );
}
