import type { ReactNode } from 'react';
import { Card, Empty, Flex, Typography } from 'antd';
import { Table } from '../components/Lazy';
import type { ColumnsType } from 'antd/es/table';
import { ApartmentOutlined, BankOutlined, ClusterOutlined, TeamOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../components/CursorPager';
import { Figure, FigureRow } from '../components/Figures';
import { PageSkeleton, QueryError } from '../components/States';
import { graphql } from '../gql';
import type { HomeOrganizationFragment } from '../gql/graphql';
import { hasNationalScope, useSession } from '../auth/session';
import { KindTag } from '../components/Tags';
import { CompactList } from '../components/CompactList';
import { COMPACT, useMediaQuery } from '../lib/media';
import { useI18n } from '../i18n';
import { useDocumentTitle, useLastDefined } from '../lib/hooks';
import { orgPath, useAsOf, useCursorPaging, useLinkTo } from '../lib/url';

const ProvincesDocument = graphql(`
  query Provinces($asOf: Date, $first: Int, $after: String, $last: Int, $before: String) {
    provinces(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...HomeOrganization
      }
    }
  }

  fragment HomeOrganization on Organization {
    id
    code
    name
    kind
    sector
    foundedOn
    stats(asOf: $asOf) {
      asOf
      members
      organizations
      organizationsByKind {
        kind
        count
      }
    }
  }
`);

/** Leaders and staff of a subtree start from the organisations they were granted. */
const MyOrganizationsDocument = graphql(`
  query MyOrganizations($asOf: Date) {
    viewer {
      grants {
        id
        organization {
          ...HomeOrganization
        }
      }
    }
  }
`);

type HomeOrganization = HomeOrganizationFragment;

interface ProvinceRow {
  id: string;
  code: string;
  name: string;
  kind: HomeOrganization['kind'];
  sector: HomeOrganization['sector'];
  foundedOn: string;
  members: number;
  organizations: number;
  grassroots: number;
  cells: number;
}

function toRow(p: HomeOrganization): ProvinceRow {
  const byKind = (kind: string) => p.stats.organizationsByKind.find((k) => k.kind === kind)?.count ?? 0;
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    kind: p.kind,
    sector: p.sector,
    foundedOn: p.foundedOn,
    members: p.stats.members,
    organizations: p.stats.organizations,
    grassroots: byKind('GRASSROOTS_COMMITTEE') + byKind('GRASSROOTS_CELL'),
    cells: byKind('CELL'),
  };
}

export default function HomePage() {
  const { viewer } = useSession();
  return viewer && !hasNationalScope(viewer) ? <MyOrganizations /> : <Provinces />;
}

function Provinces() {
  const { t, f } = useI18n();
  const { asOf, today } = useAsOf();
  const paging = useCursorPaging(100);
  useDocumentTitle(t.home.title);
  const [result, reexecute] = useQuery({ query: ProvincesDocument, variables: { asOf, ...paging.variables } });
  const data = useLastDefined(result.data);

  if (result.error && !result.data) {
    return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!data) return <PageSkeleton />;

  const connection = data.provinces;
  const rows = connection.nodes.map(toRow);
  const sum = (key: 'members' | 'organizations' | 'grassroots' | 'cells') => rows.reduce((s, r) => s + r[key], 0);
  const figuresDate = connection.nodes[0]?.stats.asOf ?? asOf ?? today;
  // Totals add up the provinces listed: only meaningful when they are all on this page.
  const complete = !connection.pageInfo.hasNextPage && !connection.pageInfo.hasPreviousPage;


  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.home.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t.home.subtitle} {t.home.figuresAsOf(f.date(figuresDate))}.
        </Typography.Text>
      </div>
      {complete && rows.length > 0 ? (
        <FigureRow>
          {[
            <Figure key="p" title={t.home.provinces} value={connection.totalCount} testId="figure-provinces" icon={<BankOutlined />} />,
            <Figure key="m" title={t.home.members} value={sum('members')} testId="figure-members" icon={<TeamOutlined />} />,
            <Figure key="g" title={t.home.grassroots} value={sum('grassroots')} icon={<ApartmentOutlined />} />,
            <Figure key="c" title={t.home.cells} value={sum('cells')} icon={<ClusterOutlined />} />,
          ]}
        </FigureRow>
      ) : null}
      <OrgRowsCard rows={rows} withKind={false} empty={t.home.empty} emptyHint={t.home.emptyHint} loading={result.fetching && !result.data}>
        <CursorPager paging={paging} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} disabled={result.fetching} />
      </OrgRowsCard>
    </Flex>
  );
}

/**
 * The organisations of the start page (the provinces, or the caller's own organisations) in a
 * card: a table on wide screens, the compact rows on phones; `children` below (the pager).
 */
function OrgRowsCard({ rows, withKind, empty, emptyHint, loading, children }: { rows: ProvinceRow[]; withKind: boolean; empty: string; emptyHint: string; loading: boolean; children?: ReactNode }) {
  const columns = useColumns(withKind);
  const compact = useMediaQuery(COMPACT);
  return (
    <Card>
      {compact ? (
        <OrgRows rows={rows} withKind={withKind} empty={empty} />
      ) : (
        <Table<ProvinceRow>
          data-testid="provinces-table"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          showSorterTooltip={false}
          scroll={{ x: withKind ? 1000 : 900 }}
          locale={{
            emptyText: <Empty description={<><div>{empty}</div><Typography.Text type="secondary">{emptyHint}</Typography.Text></>} />,
          }}
        />
      )}
      {children}
    </Card>
  );
}

/** The rows on a phone: name and kind, then the figures. */
function OrgRows({ rows, withKind, empty }: { rows: ProvinceRow[]; withKind: boolean; empty: ReactNode }) {
  const { t, f } = useI18n();
  const linkTo = useLinkTo();
  return (
    <CompactList
      testId="provinces-list"
      empty={empty}
      items={rows.map((r) => ({
        key: r.id,
        title: <Link to={linkTo(orgPath(r.id))}>{r.name}</Link>,
        tags: withKind ? <KindTag kind={r.kind} sector={r.sector} /> : undefined,
        subtitle: r.code,
        facts: [
          { label: t.home.columns.members, value: <span data-testid="province-members">{f.number(r.members)}</span> },
          { label: t.home.columns.organizations, value: f.number(r.organizations) },
          { label: t.home.columns.grassroots, value: f.number(r.grassroots) },
          { label: t.home.columns.cells, value: f.number(r.cells) },
        ],
      }))}
    />
  );
}

function useColumns(withKind: boolean): ColumnsType<ProvinceRow> {
  const { t, f } = useI18n();
  const linkTo = useLinkTo();
  const columns: ColumnsType<ProvinceRow> = [
    {
      key: 'name',
      title: t.home.columns.name,
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
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
      key: 'members',
      title: t.home.columns.members,
      dataIndex: 'members',
      align: 'right',
      width: 150,
      sorter: (a, b) => a.members - b.members,
      render: (n: number) => <span data-testid="province-members">{f.number(n)}</span>,
    },
    { key: 'grassroots', title: t.home.columns.grassroots, dataIndex: 'grassroots', align: 'right', width: 190, sorter: (a, b) => a.grassroots - b.grassroots, render: (n: number) => f.number(n) },
    { key: 'cells', title: t.home.columns.cells, dataIndex: 'cells', align: 'right', width: 130, sorter: (a, b) => a.cells - b.cells, render: (n: number) => f.number(n) },
    {
      key: 'organizations',
      title: t.home.columns.organizations,
      dataIndex: 'organizations',
      align: 'right',
      width: 170,
      sorter: (a, b) => a.organizations - b.organizations,
      render: (n: number) => f.number(n),
    },
    { key: 'foundedOn', title: t.home.columns.founded, dataIndex: 'foundedOn', width: 150, render: (d: string) => f.date(d) },
  ];
  if (withKind) {
    columns.splice(1, 0, { key: 'kind', title: t.home.columns.kind, width: 200, render: (_, r) => <KindTag kind={r.kind} sector={r.sector} /> });
  }
  return columns;
}

function MyOrganizations() {
  const { t, f } = useI18n();
  const { asOf, today } = useAsOf();
  useDocumentTitle(t.home.mine);
  const [result, reexecute] = useQuery({ query: MyOrganizationsDocument, variables: { asOf } });
  const data = useLastDefined(result.data);

  if (result.error && !result.data) {
    return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!data) return <PageSkeleton />;

  const seen = new Set<string>();
  const rows: ProvinceRow[] = [];
  for (const g of data.viewer?.grants ?? []) {
    if (g.organization && !seen.has(g.organization.id)) {
      seen.add(g.organization.id);
      rows.push(toRow(g.organization));
    }
  }
  rows.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const figuresDate = data.viewer?.grants.find((g) => g.organization)?.organization?.stats.asOf ?? asOf ?? today;

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.home.mine}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t.home.mineSubtitle} {t.home.figuresAsOf(f.date(figuresDate))}.
        </Typography.Text>
      </div>
      <OrgRowsCard rows={rows} withKind={true} empty={t.home.mineEmpty} emptyHint={t.home.mineEmptyHint} loading={result.fetching && !result.data} />
    </Flex>
  );
}
