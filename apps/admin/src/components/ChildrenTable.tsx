import { Empty, Flex, Select, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { Table } from './Lazy';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { OrganizationChildrenQuery, OrganizationOrderField, SortDirection } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useLastDefined } from '../lib/hooks';
import { usePrefetchedPolicy } from '../lib/prefetch';
import { COMPACT, useMediaQuery } from '../lib/media';
import { figureListPath, orgPath, useAsOf, useCursorPaging, useLinkTo, useSearchParam, useSetParams } from '../lib/url';
import { CHILDREN_ORDER_FIELDS, CHILDREN_PAGE_SIZE, OrganizationChildrenDocument, childrenOrder } from './childrenQuery';
import { CompactList } from './CompactList';
import { CursorPager } from './CursorPager';
import { serverSortColumn, sortAsked } from './serverSort';
import { QueryError } from './States';
import { KindTag, RatingLevelTag } from './Tags';

// The connection's page selection is the shared PageInfoParts fragment (also the figure lists').
export const PageInfoPartsFragment = graphql(`
  fragment PageInfoParts on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

type Child = NonNullable<OrganizationChildrenQuery['organization']>['children']['nodes'][number];

const COLUMN_OF: Partial<Record<OrganizationOrderField, string>> = { NAME: 'name', MEMBER_COUNT: 'members', RATING: 'rating' };

/**
 * The organisations directly under one, a page at a time, with their key figures, last year's
 * rating and "4 good"; sorted on the server (`sort` and `dir` in the address: every page follows
 * the order, names in the Vietnamese alphabet's order). Members can be sorted on today's lists only.
 */
export function ChildrenTable({ id }: { id: string }) {
  const { t, f } = useI18n();
  const { asOf, today } = useAsOf();
  const linkTo = useLinkTo();
  const compact = useMediaQuery(COMPACT);
  const paging = useCursorPaging(CHILDREN_PAGE_SIZE);
  const setParams = useSetParams();
  const { year, fields, field, direction, orderBy } = childrenOrder(useSearchParam('sort'), useSearchParam('dir'), asOf, today);
  const variables = { id, asOf, year, orderBy, ...paging.variables };
  // Started together with the page's own query (pages/organizationQueries.ts): that answer is not asked for again.
  const requestPolicy = usePrefetchedPolicy(OrganizationChildrenDocument, variables);
  const [result, reexecute] = useQuery({ query: OrganizationChildrenDocument, variables, requestPolicy });
  const data = useLastDefined(result.data?.organization?.id === id ? result.data : undefined);

  if (result.error && !result.data) return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const connection = data?.organization?.children;
  const rows = connection?.nodes ?? [];
  const sortTooltip = { title: t.org.sortHint };
  const setOrder = (next: OrganizationOrderField, dir: SortDirection) => setParams({ sort: next === 'NAME' ? null : next, dir: dir === 'DESC' ? 'DESC' : null });
  const sorting = serverSortColumn(field, direction, sortTooltip);


  /** "4 good" within a row: reached/registered, a link to the cells that reached it. */
  const fourGood = (r: Child) =>
    r.fourGoodWithin.registered === 0 && r.fourGoodWithin.reached === 0 ? (
      <Typography.Text type="secondary">{t.common.none}</Typography.Text>
    ) : (
      <Link
        to={linkTo(figureListPath(r.id, year, { fourGood: 'REACHED' }))}
        aria-label={t.org.openList(`${t.figureList.fourGood.REACHED(String(year))} · ${r.name}`)}
        data-testid="child-four-good"
      >
        {f.number(r.fourGoodWithin.reached)}/{f.number(r.fourGoodWithin.registered)}
      </Link>
    );
  const rating = (r: Child) => (r.ratingLevel ? <RatingLevelTag level={r.ratingLevel} /> : <Typography.Text type="secondary">{t.common.none}</Typography.Text>);
  const holdsNoOrganizations = (r: Child) => r.kind === 'CELL' || r.kind === 'GRASSROOTS_CELL';

  const columns: ColumnsType<Child> = [
    {
      key: 'name',
      title: t.org.childrenColumns.name,
      dataIndex: 'name',
      width: 260,
      ...sorting('NAME'),
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
      width: 190,
      render: (_, r) => <KindTag kind={r.kind} sector={r.sector} />,
    },
    {
      key: 'type',
      title: t.org.childrenColumns.type,
      width: 170,
      render: (_, r) => (r.cellType ? <Tag>{t.enums.cellType[r.cellType]}</Tag> : r.sector ? <Tag>{t.enums.sector[r.sector]}</Tag> : t.common.none),
    },
    {
      key: 'members',
      title: t.org.childrenColumns.members,
      align: 'right',
      width: 120,
      ...(asOf ? {} : sorting('MEMBER_COUNT')),
      render: (_, r) => f.number(r.stats.members),
    },
    {
      key: 'organizations',
      title: t.org.childrenColumns.organizations,
      align: 'right',
      width: 150,
      render: (_, r) => (holdsNoOrganizations(r) ? t.common.none : f.number(r.stats.organizations)),
    },
    {
      key: 'rating',
      title: t.org.childrenColumns.rating(String(year)),
      width: 200,
      ...sorting('RATING'),
      render: (_, r) => rating(r),
    },
    {
      key: 'fourGood',
      title: (
        <Tooltip title={t.org.childrenColumns.fourGoodHint}>
          <span>{t.org.childrenColumns.fourGood(String(year))}</span>
        </Tooltip>
      ),
      align: 'right',
      width: 120,
      render: (_, r) => fourGood(r),
    },
    {
      key: 'foundedOn',
      title: t.org.childrenColumns.founded,
      dataIndex: 'foundedOn',
      width: 120,
      render: (d: string) => f.date(d),
    },
  ];

  return (
    <Flex vertical gap={12}>
      {compact ? (
        <Flex gap={8} wrap align="center" data-testid="children-sort">
          <Typography.Text type="secondary">{t.org.sortBy}</Typography.Text>
          <Select<OrganizationOrderField>
            aria-label={t.org.sortBy}
            value={field}
            onChange={(next) => setOrder(next, next === 'NAME' || next === 'CODE' ? 'ASC' : 'DESC')}
            options={fields.map((x) => ({ value: x, label: t.org.sortFields[x] }))}
            style={{ minWidth: 170 }}
          />
          <Select<SortDirection>
            aria-label={t.org.sortDirections[direction]}
            value={direction}
            onChange={(dir) => setOrder(field, dir)}
            options={(['ASC', 'DESC'] as const).map((x) => ({ value: x, label: t.org.sortDirections[x] }))}
            style={{ minWidth: 130 }}
          />
        </Flex>
      ) : null}
      {compact ? (
        // Phones and tablets: a light list, not antd's table (its 50 rows × 8 cells took seconds to
        // draw on a slow phone, test/bench/slow-link.ts); the same figures, one block a row.
        !data && result.fetching ? (
          <Skeleton active title={false} paragraph={{ rows: 8 }} />
        ) : (
          <CompactList
            testId="children-table"
            empty={t.org.childrenEmpty}
            items={rows.map((r) => ({
              key: r.id,
              title: <Link to={linkTo(orgPath(r.id))}>{r.name}</Link>,
              tags: <KindTag kind={r.kind} sector={r.sector} />,
              subtitle: r.cellType ? `${r.code} · ${t.enums.cellType[r.cellType]}` : r.code,
              facts: [
                { label: t.org.childrenColumns.members, value: f.number(r.stats.members) },
                ...(holdsNoOrganizations(r) ? [] : [{ label: t.org.childrenColumns.organizations, value: f.number(r.stats.organizations) }]),
                { label: t.org.childrenColumns.fourGood(String(year)), value: fourGood(r) },
                { label: t.org.childrenColumns.founded, value: f.date(r.foundedOn) },
                { label: t.org.childrenColumns.rating(String(year)), value: rating(r), wide: true },
              ],
            }))}
          />
        )
      ) : (
        <Table<Child>
          data-testid="children-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={!result.data && result.fetching}
          pagination={false}
          scroll={{ x: 1330 }}
          onChange={(_pagination, _filters, sorter) => {
            const asked = sortAsked(sorter, (key) => CHILDREN_ORDER_FIELDS.find((x) => COLUMN_OF[x] === key), 'NAME');
            setOrder(asked.field, asked.direction);
          }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.org.childrenEmpty} /> }}
        />
      )}
      {connection ? (
        <CursorPager paging={paging} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} disabled={result.fetching} />
      ) : null}
    </Flex>
  );
}
