import { useEffect, useState } from 'react';
import { Alert, Button, Empty, Flex, Input, Select, Tag, Tooltip, Typography } from 'antd';
import { Table } from './Lazy';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AGE_BANDS, ageBandRange, GENDERS, type MemberStatus } from '@fourgood/rules';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import type { MemberOrderField, OrganizationMembersQuery, RatingLevel, SortDirection } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useLastDefined } from '../lib/hooks';
import { memberPath, orgPath, useAsOf, useCursorPaging, useLinkTo, useParam, useSearchParam, useSetParams } from '../lib/url';
import { CursorPager } from './CursorPager';
import { serverSortColumn, sortAsked } from './serverSort';
import { QueryError } from './States';
import { StatusTag } from './Tags';

const OrganizationMembersDocument = graphql(`
  query OrganizationMembers(
    $id: ID!
    $filter: MemberFilterInput
    $first: Int
    $after: String
    $last: Int
    $before: String
    $withCell: Boolean!
    $asOf: Date
    $orderBy: MemberOrder
  ) {
    organization(id: $id) {
      id
      members(filter: $filter, asOf: $asOf, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          ...PageInfoParts
        }
        nodes {
          id
          cardNumber
          fullName
          gender
          birthDate
          age
          joinedOn
          officialOn
          position
          status
          organization @include(if: $withCell) {
            id
            name
          }
        }
      }
    }
  }
`);

type MemberRow = NonNullable<OrganizationMembersQuery['organization']>['members']['nodes'][number];

/** Statuses a current member can have (the others end membership). */
const CURRENT_STATUSES: MemberStatus[] = ['ACTIVE', 'EXEMPT', 'TEMPORARILY_ELSEWHERE'];

function parseStatuses(raw: string | null): MemberStatus[] {
  if (!raw) return [];
  return raw.split(',').filter((s): s is MemberStatus => (CURRENT_STATUSES as string[]).includes(s));
}

const ORDER_COLUMNS: Record<string, MemberOrderField> = { fullName: 'NAME', cardNumber: 'CARD_NUMBER', joinedOn: 'JOINED_ON' };
const LEVELS: readonly RatingLevel[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];

/**
 * The members behind a figure, from the address: `level` + `year` (a rating count), `age` (an
 * age band), `gender`; the status filter is the table's own (`status`).
 */
function useFigureFilter() {
  const level = LEVELS.find((l) => l === useSearchParam('level')) ?? null;
  const year = Number(useSearchParam('year'));
  const band = AGE_BANDS.find((b) => b === useSearchParam('age')) ?? null;
  const gender = GENDERS.find((g) => g === useSearchParam('gender')) ?? null;
  const rated = level && Number.isInteger(year) && year >= 2000 && year <= 2100 ? { level, year } : null;
  return { rated, band, gender };
}

/**
 * Members of an organisation's cells (a cell: its own) on the date shown, searched on the server
 * without accents, filtered by status and by the figure they come from, sorted on the server
 * (names given name first, in the Vietnamese alphabet's order); all of it lives in the address.
 */
export function MembersTable({ id, withCell }: { id: string; withCell: boolean }) {
  const { t, f } = useI18n();
  const { asOf } = useAsOf();
  // Birth dates are personal data: without the right, the column shows ages only.
  const canReadPersonal = useSession().viewer?.canReadPersonal ?? false;
  const linkTo = useLinkTo();
  const paging = useCursorPaging(50);
  const [q, setQ] = useParam('q');
  const [statusParam, setStatusParam] = useParam('status');
  const setParams = useSetParams();
  const statuses = parseStatuses(statusParam);
  const [text, setText] = useState(q ?? '');
  useEffect(() => setText(q ?? ''), [q]);

  const figure = useFigureFilter();
  const sortParam = useSearchParam('msort');
  const sortField = (['NAME', 'CARD_NUMBER', 'JOINED_ON'] as const).find((x) => x === sortParam) ?? 'NAME';
  const sortDirection: SortDirection = useSearchParam('mdir') === 'DESC' ? 'DESC' : 'ASC';
  const bandAges = figure.band ? ageBandRange(figure.band) : null;
  const filter = {
    search: q?.trim() || null,
    status: statuses.length ? statuses : null,
    gender: figure.gender,
    ...(figure.rated ? { ratingLevel: figure.rated.level, year: figure.rated.year } : {}),
    ...(bandAges ? { minAge: bandAges.minAge, maxAge: bandAges.maxAge } : {}),
  };
  const [result, reexecute] = useQuery({
    query: OrganizationMembersDocument,
    variables: { id, filter, withCell, asOf, orderBy: { field: sortField, direction: sortDirection }, ...paging.variables },
  });
  const data = useLastDefined(result.data?.organization?.id === id ? result.data : undefined);
  const connection = data?.organization?.members;
  const rows = connection?.nodes ?? [];
  const figureTags: Array<{ key: string; label: string; clear: Record<string, string | null> } | null> = [
    figure.rated ? { key: 'level', label: t.members.ratedFilter(t.charts.levels[figure.rated.level], String(figure.rated.year)), clear: { level: null, year: null } } : null,
    figure.band ? { key: 'age', label: `${t.members.ageFilter}: ${t.enums.ageBand[figure.band]}`, clear: { age: null } } : null,
    figure.gender ? { key: 'gender', label: `${t.members.genderFilter}: ${t.enums.gender[figure.gender]}`, clear: { gender: null } } : null,
  ];
  const shownTags = figureTags.filter((x) => x !== null);
  const filtered = !!filter.search || statuses.length > 0 || shownTags.length > 0;
  const sorting = serverSortColumn<MemberOrderField>(sortField, sortDirection, { title: t.org.sortHint });


  const columns: ColumnsType<MemberRow> = [
    {
      key: 'fullName',
      title: t.members.columns.fullName,
      fixed: 'left',
      width: 190,
      ...sorting('NAME'),
      render: (_, r) => (
        <Link to={linkTo(memberPath(r.id))} style={{ fontWeight: 600 }}>
          {r.fullName}
        </Link>
      ),
    },
    ...(withCell
      ? [
          {
            key: 'cell',
            title: t.members.columns.cell,
            width: 230,
            ellipsis: { showTitle: true },
            render: (_: unknown, r: MemberRow) =>
              r.organization ? <Link to={linkTo(orgPath(r.organization.id))}>{r.organization.name}</Link> : t.common.none,
          },
        ]
      : []),
    { key: 'cardNumber', title: t.members.columns.cardNumber, dataIndex: 'cardNumber', width: 150, ...sorting('CARD_NUMBER') },
    { key: 'gender', title: t.members.columns.gender, width: 80, render: (_, r) => t.enums.gender[r.gender] },
    {
      key: 'birthDate',
      title: canReadPersonal ? t.members.columns.birthDate : t.member.age,
      width: 160,
      render: (_, r) =>
        r.birthDate ? (
          <>
            {f.date(r.birthDate)} <Typography.Text type="secondary">({t.common.yearsOld(f.number(r.age))})</Typography.Text>
          </>
        ) : (
          <Tooltip title={t.members.personalHidden}>
            <Typography.Text type="secondary">{t.common.yearsOld(f.number(r.age))}</Typography.Text>
          </Tooltip>
        ),
    },
    { key: 'position', title: t.members.columns.position, width: 120, render: (_, r) => t.enums.position[r.position] },
    { key: 'status', title: t.members.columns.status, width: 200, render: (_, r) => <StatusTag status={r.status} /> },
    {
      key: 'joinedOn',
      title: t.members.columns.joinedOn,
      width: 170,
      ...sorting('JOINED_ON'),
      render: (_, r) => (
        <>
          {f.date(r.joinedOn)}{' '}
          {r.officialOn ? null : (
            <Tag color="orange" style={{ marginInlineStart: 4 }}>
              {t.members.probationary}
            </Tag>
          )}
        </>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Input.Search
          data-testid="member-search"
          placeholder={t.members.search}
          aria-label={t.members.search}
          allowClear
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value === '' && q) setQ(null);
          }}
          onSearch={(value) => setQ(value.trim() || null)}
          style={{ width: 340 }}
        />
        <Select<MemberStatus[]>
          data-testid="status-filter"
          mode="multiple"
          allowClear
          placeholder={t.members.allStatuses}
          aria-label={t.members.status}
          value={statuses}
          onChange={(next) => setStatusParam(next.length ? next.join(',') : null)}
          style={{ minWidth: 260 }}
          options={CURRENT_STATUSES.map((s) => ({ value: s, label: t.enums.status[s] }))}
        />
        {shownTags.map((tag) => (
          <Tag key={tag.key} closable onClose={() => setParams(tag.clear)} color="blue" data-testid={`member-filter-${tag.key}`} style={{ paddingBlock: 4 }}>
            {tag.label}
          </Tag>
        ))}
        {filtered ? (
          <Button type="link" onClick={() => setParams({ q: null, status: null, level: null, year: null, age: null, gender: null })}>
            {t.members.clearFilters}
          </Button>
        ) : null}
      </Flex>
      {asOf ? <Alert type="info" showIcon title={t.members.asOfNote(f.date(asOf))} data-testid="members-as-of" /> : null}
      {result.error && !result.data ? (
        <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <>
          <Table<MemberRow>
            data-testid="members-table"
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={!result.data && result.fetching}
            pagination={false}
            scroll={{ x: withCell ? 1320 : 1090 }}
            onChange={(_pagination, _filters, sorter) => {
              const asked = sortAsked(sorter, (key) => ORDER_COLUMNS[key], 'NAME');
              setParams({ msort: asked.field === 'NAME' ? null : asked.field, mdir: asked.direction === 'DESC' ? 'DESC' : null });
            }}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t.members.emptyFiltered : t.members.empty} />
              ),
            }}
          />
          {connection ? (
            <CursorPager paging={paging} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} disabled={result.fetching} />
          ) : null}
        </>
      )}
    </Flex>
  );
}
