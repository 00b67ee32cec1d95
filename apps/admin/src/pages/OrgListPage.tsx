import { Card, Empty, Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../components/CursorPager';
import { Table } from '../components/Lazy';
import { NotFound, PageSkeleton, QueryError } from '../components/States';
import { KindTag } from '../components/Tags';
import { graphql } from '../gql';
import type { FourGoodState, OrgListQuery, RatingLevel } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useDocumentTitle, useLastDefined } from '../lib/hooks';
import { orgPath, useAsOf, useCursorPaging, useLinkTo } from '../lib/url';

const OrgListDocument = graphql(`
  query OrgList($id: ID!, $asOf: Date, $filter: DescendantFilter, $first: Int, $after: String, $last: Int, $before: String) {
    organization(id: $id) {
      id
      name
      descendants(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          ...PageInfoParts
        }
        nodes {
          id
          code
          name
          kind
          sector
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

type Row = NonNullable<OrgListQuery['organization']>['descendants']['nodes'][number];

const FOUR_GOOD: readonly FourGoodState[] = ['REGISTERED', 'EVALUATED', 'REACHED'];
const LEVELS: readonly RatingLevel[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];

/**
 * The organisations behind one figure (`/org/:id/list?year=2023&fourGood=REACHED`, or
 * `&level=EXCELLENT`): exactly those the figure counts, as the tree stood on the evaluation date
 * (31 December, or today for the running year), a page at a time.
 */
export default function OrgListPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { today } = useAsOf();
  const linkTo = useLinkTo();
  const paging = useCursorPaging(50);
  const year = Number(params.get('year'));
  const fourGood = FOUR_GOOD.find((s) => s === params.get('fourGood')) ?? null;
  const level = LEVELS.find((l) => l === params.get('level')) ?? null;
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100 && (fourGood !== null || level !== null);
  const end = `${year}-12-31`;
  const [result, reexecute] = useQuery({
    query: OrgListDocument,
    variables: { id, asOf: end < today ? end : null, filter: { year, fourGood, ratingLevel: level }, ...paging.variables },
    pause: !valid,
  });
  const data = useLastDefined(result.data);
  const title = !valid ? '' : fourGood ? t.figureList.fourGood[fourGood](String(year)) : t.figureList.level(t.charts.levels[level!], String(year));
  useDocumentTitle(data?.organization ? `${title} · ${data.organization.name}` : title);

  if (!valid) return <NotFound title={t.errors.pageNotFound} hint={t.errors.pageNotFoundHint} />;
  if (result.error && !result.data) return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;
  const org = data.organization;
  if (!org) return <NotFound title={t.errors.pageNotFound} hint={t.errors.pageNotFoundHint} />;
  const connection = org.descendants;

  const columns: ColumnsType<Row> = [
    {
      key: 'name',
      title: t.figureList.columns.name,
      render: (_, r) => (
        <Flex vertical>
          <Link to={linkTo(orgPath(r.id))} style={{ fontWeight: 600 }} data-testid="figure-list-link">
            {r.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.code}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'kind', title: t.figureList.columns.kind, width: 200, responsive: ['md'], render: (_, r) => <KindTag kind={r.kind} sector={r.sector} /> },
    {
      key: 'parent',
      title: t.figureList.columns.parent,
      responsive: ['sm'],
      render: (_, r) => (r.parent ? <Link to={linkTo(orgPath(r.parent.id))}>{r.parent.name}</Link> : null),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="figure-list">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t.figureList.within} <Link to={linkTo(orgPath(org.id))}>{org.name}</Link> · {t.figureList.count(connection.totalCount)}
        </Typography.Text>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        <Table<Row>
          data-testid="figure-list-table"
          rowKey="id"
          columns={columns}
          dataSource={connection.nodes}
          loading={result.fetching}
          pagination={false}
          locale={{ emptyText: <Empty description={t.figureList.empty} /> }}
        />
        <div style={{ padding: '0 16px' }}>
          <CursorPager paging={paging} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={connection.nodes.length} disabled={result.fetching} />
        </div>
      </Card>
    </Flex>
  );
}
