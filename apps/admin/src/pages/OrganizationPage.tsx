import { lazy, Suspense, useEffect } from 'react';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { ApartmentOutlined, BankOutlined, CalendarOutlined, ClusterOutlined, TeamOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { AGE_BANDS, GENDERS, MEMBER_STATUSES, holdsMembers, type OrganizationKind } from '@fourgood/rules';
import { Breakdown, Figure, FigureRow } from '../components/Figures';
import { RatingsSection } from '../components/charts/RatingsSection';
import { RatingHistory } from '../components/RatingHistory';
import { NotFound, PageSkeleton, QueryError } from '../components/States';
import { KindTag } from '../components/Tags';
import { TreeBreadcrumb } from '../components/TreeBreadcrumb';
import { OrgScoringLink } from './assessments/OrgScoringLink';
import { OrgExportLink } from './dataio/OrgExportLink';
import type { OrganizationPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { usePrefetchedPolicy } from '../lib/prefetch';
import { OrganizationPageDocument, prefetchOrganization } from './organizationQueries';
import { useDocumentTitle } from '../lib/hooks';
import { KIND_ORDER, kindsBelow } from '../lib/labels';
import { COMPACT, useMediaQuery } from '../lib/media';
import { membersListPath, orgPath, useAsOf, useLinkTo } from '../lib/url';

// The tables below the figures load with their own code, tabs included (bundle budget of the explore route).
const loadOrgTables = () => import('../components/OrgTables');
const OrgTables = lazy(loadOrgTables);
// Meeting figures of the chosen year, with their own code and labels (loaded after the figures above).
const loadMeetingStats = () => import('../components/meetings/MeetingStatsSection');
const MeetingStatsSection = lazy(loadMeetingStats);
const tablesFallback = (
  <Card>
    <Skeleton active title={false} paragraph={{ rows: 8 }} />
  </Card>
);

type Org = NonNullable<OrganizationPageQuery['organization']>;

function count<K extends string>(list: Array<{ count: number } & Record<string, unknown>>, field: string, key: K): number {
  return list.find((row) => row[field] === key)?.count ?? 0;
}

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { asOf } = useAsOf();
  // A tap on a link to the page started its queries already (App.tsx); then they are not asked for again.
  const variables = { id, asOf };
  const [result, reexecute] = useQuery({ query: OrganizationPageDocument, variables, requestPolicy: usePrefetchedPolicy(OrganizationPageDocument, variables) });
  // The sections' code is fetched while the page's answer is on its way, not after it.
  useEffect(() => void Promise.all([loadOrgTables(), loadMeetingStats()]).catch(() => undefined), []);
  // So are the sections' queries when the page was opened from its address (the sub-organisations'
  // first page, the ratings, the meeting figures: organizationQueries.ts); one round trip on a slow
  // link. Per organisation, date and tab: paging afterwards is the table's own business.
  const client = useClient();
  const [params] = useSearchParams();
  const membersTab = params.get('tab') === 'members';
  useEffect(() => prefetchOrganization(client, id, params), [client, id, asOf, membersTab]);
  const org = result.data?.organization?.id === id ? result.data.organization : null;
  useDocumentTitle(org?.name ?? (result.fetching ? null : t.org.notFound));

  if (result.error && !org) return <QueryError error={result.error} notFoundTitle={t.org.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!org) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.org.notFound} hint={t.org.notFoundHint} />;
  }
  return <OrganizationView org={org} stale={result.fetching} />;
}

function OrganizationView({ org, stale }: { org: Org; stale: boolean }) {
  const { t, f } = useI18n();
  const linkTo = useLinkTo();
  const cell = holdsMembers(org.kind);
  const stats = org.stats;
  const viewDate = stats.asOf;
  const notYet = org.foundedOn > viewDate;
  const compact = useMediaQuery(COMPACT);
  const tables = (
    <Suspense fallback={tablesFallback}>
      <OrgTables orgId={org.id} cell={cell} />
    </Suspense>
  );
  const gone = !!org.dissolvedOn && org.dissolvedOn <= viewDate;

  const kindCount = (k: OrganizationKind) => count(stats.organizationsByKind, 'kind', k);
  const possibleBelow = kindsBelow(org.kind);
  const byKind = KIND_ORDER.filter((k) => possibleBelow.includes(k) || kindCount(k) > 0).map((k) => ({
    key: k,
    label: t.enums.kind[k],
    count: kindCount(k),
  }));
  // Leaving statuses end membership, so a subtree only counts these three unless the server says otherwise.
  // Every member count opens the members behind it (pages/MembersListPage), as on the date shown.
  const membersOf = (which: Parameters<typeof membersListPath>[1]) => linkTo(membersListPath(org.id, which));
  const byStatus = MEMBER_STATUSES.map((s) => ({ key: s, label: t.enums.status[s], count: count(stats.membersByStatus, 'status', s), to: membersOf({ status: s }) })).filter(
    (r) => r.count > 0 || r.key === 'ACTIVE' || r.key === 'EXEMPT' || r.key === 'TEMPORARILY_ELSEWHERE',
  );
  const byGender = GENDERS.map((g) => ({ key: g, label: t.enums.gender[g], count: count(stats.membersByGender, 'gender', g), to: membersOf({ gender: g }) }));
  const byAge = AGE_BANDS.map((b) => ({ key: b, label: t.enums.ageBand[b], count: count(stats.membersByAgeBand, 'ageBand', b), to: membersOf({ age: b }) }));

  const members = <Figure key="m" title={t.org.members} value={stats.members} testId="figure-members" icon={<TeamOutlined />} to={membersOf({})} listLabel={t.org.openList(t.org.members)} />;
  const active = <Figure key="a" title={t.enums.status.ACTIVE} value={count(stats.membersByStatus, 'status', 'ACTIVE')} to={membersOf({ status: 'ACTIVE' })} listLabel={t.org.openList(t.enums.status.ACTIVE)} />;
  const female = <Figure key="f" title={t.org.women} value={count(stats.membersByGender, 'gender', 'FEMALE')} to={membersOf({ gender: 'FEMALE' })} listLabel={t.org.openList(t.org.women)} />;
  const below = <Figure key="o" title={t.org.organizations} value={stats.organizations} testId="figure-organizations" icon={<ApartmentOutlined />} />;
  const cellsFigure = <Figure key="c" title={t.org.cells} value={kindCount('CELL')} icon={<ClusterOutlined />} />;
  let figures;
  if (cell) figures = [members, active, <Figure key="e" title={t.enums.status.EXEMPT} value={count(stats.membersByStatus, 'status', 'EXEMPT')} to={membersOf({ status: 'EXEMPT' })} listLabel={t.org.openList(t.enums.status.EXEMPT)} />, female];
  else if (org.kind === 'PARTIAL_COMMITTEE') figures = [members, below, active, female];
  else if (org.kind === 'GRASSROOTS_COMMITTEE') figures = [members, below, <Figure key="p" title={t.enums.kind.PARTIAL_COMMITTEE} value={kindCount('PARTIAL_COMMITTEE')} />, cellsFigure];
  else figures = [members, below, <Figure key="g" title={t.org.grassroots} value={kindCount('GRASSROOTS_COMMITTEE') + kindCount('GRASSROOTS_CELL')} icon={<BankOutlined />} />, cellsFigure];

  const details = [
    { key: 'code', label: t.org.code, children: <Typography.Text copyable>{org.code}</Typography.Text> },
    ...(org.sector ? [{ key: 'sector', label: t.org.sector, children: t.enums.sector[org.sector] }] : []),
    ...(org.cellType ? [{ key: 'cellType', label: t.org.cellType, children: t.enums.cellType[org.cellType] }] : []),
    { key: 'founded', label: t.org.founded, children: f.date(org.foundedOn) },
    ...(org.dissolvedOn ? [{ key: 'dissolved', label: t.org.dissolved, children: f.date(org.dissolvedOn) }] : []),
    ...(org.ancestors.length > 0
      ? [{ key: 'parent', label: t.org.parent, children: <Link to={linkTo(orgPath(org.ancestors[org.ancestors.length - 1]!.id))}>{org.ancestors[org.ancestors.length - 1]!.name}</Link> }]
      : []),
  ];

  return (
    <Flex vertical gap={16} style={{ opacity: stale ? 0.7 : 1, transition: 'opacity .2s' }}>
      <TreeBreadcrumb ancestors={org.ancestors} current={org.name} />
      <Card>
        <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="org-name">
            {org.name}
          </Typography.Title>
          <KindTag kind={org.kind} sector={org.sector} />
          {org.cellType ? <Tag>{t.enums.cellType[org.cellType]}</Tag> : null}
          {org.dissolvedOn ? <Tag color="default">{t.org.dissolved}: {f.date(org.dissolvedOn)}</Tag> : null}
          <Flex gap={8} wrap style={{ marginLeft: 'auto' }}>
            {cell ? (
              <Link to={linkTo(`${orgPath(org.id)}/meetings`)}>
                <Button icon={<CalendarOutlined />} data-testid="org-meetings">
                  {t.nav.meetings}
                </Button>
              </Link>
            ) : null}
            <OrgScoringLink orgId={org.id} />
            <OrgExportLink code={org.code} />
          </Flex>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3, xxl: 4 }} items={details} />
      </Card>

      {notYet ? <Alert type="warning" showIcon title={t.org.notYetFounded(f.date(org.foundedOn))} /> : null}
      {gone && !notYet ? <Alert type="warning" showIcon title={t.org.dissolvedOn(f.date(org.dissolvedOn))} /> : null}

      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t.org.figures}{' '}
          <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
            · {cell ? t.org.figuresAsOfCell(f.date(viewDate)) : t.org.figuresAsOf(f.date(viewDate))}
          </Typography.Text>
        </Typography.Title>
        <FigureRow>{figures}</FigureRow>
      </div>

      {/* On phones and tablets the sub-organisations and members come right after the figures, the breakdowns and charts below. */}
      {compact ? tables : null}

      <Row gutter={[16, 16]}>
        {!cell ? (
          <Col xs={24} md={12} xl={6}>
            <Breakdown title={t.org.byKind} rows={byKind} emptyText={t.org.noOrganizations} color="#d4380d" testId="by-kind" />
          </Col>
        ) : null}
        <Col xs={24} md={12} xl={cell ? 8 : 6}>
          <Breakdown title={t.org.byStatus} rows={byStatus} emptyText={t.org.noMembers} color="#237804" testId="by-status" />
        </Col>
        <Col xs={24} md={12} xl={cell ? 8 : 6}>
          <Breakdown title={t.org.byGender} rows={byGender} emptyText={t.org.noMembers} color="#1677ff" testId="by-gender" />
        </Col>
        <Col xs={24} md={12} xl={cell ? 8 : 6}>
          <Breakdown title={t.org.byAgeBand} rows={byAge} emptyText={t.org.noMembers} color="#874d00" testId="by-age" />
        </Col>
      </Row>

      <RatingsSection orgId={org.id} cell={cell} />
      <RatingHistory subject="ORGANIZATION" id={org.id} />

      <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
        <MeetingStatsSection orgId={org.id} cell={cell} />
      </Suspense>

      {compact ? null : tables}
    </Flex>
  );
}
