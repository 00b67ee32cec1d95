import { lazy, Suspense } from 'react';
import { Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, EyeInvisibleOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { probationEnds } from '@fourgood/rules';
import { NotFound, PageSkeleton, QueryError } from '../components/States';
import { StatusTag } from '../components/Tags';
import { TreeBreadcrumb } from '../components/TreeBreadcrumb';
import { RatingHistory } from '../components/RatingHistory';
import { graphql } from '../gql';
import type { MemberPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useSession } from '../auth/session';
import { useDocumentTitle } from '../lib/hooks';
import { canUseStaffScreens } from '../lib/permissions';
import { orgPath, useAsOf, useLinkTo } from '../lib/url';

// The attendance record loads with its own code and labels, after the profile.
const MemberAttendanceCard = lazy(() => import('../components/meetings/MemberAttendanceCard'));

const MemberPageDocument = graphql(`
  query MemberPage($id: ID!, $asOf: Date) {
    member(id: $id) {
      ...MemberRecord
      organization {
        id
        name
        ancestors(asOf: $asOf) {
          id
          name
        }
      }
    }
  }
`);

type Member = NonNullable<MemberPageQuery['member']>;
type Membership = Member['memberships'][number];
type StatusPeriod = Member['statusHistory'][number];

export default function MemberPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { asOf } = useAsOf();
  const [result, reexecute] = useQuery({ query: MemberPageDocument, variables: { id, asOf } });
  const member = result.data?.member?.id === id ? result.data.member : null;
  useDocumentTitle(member?.fullName ?? (result.fetching ? null : t.member.notFound));

  if (result.error && !member) return <QueryError error={result.error} notFoundTitle={t.member.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!member) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.member.notFound} hint={t.member.notFoundHint} />;
  }
  return <MemberView member={member} />;
}

function MemberView({ member }: { member: Member }) {
  const { t, f } = useI18n();
  const staff = canUseStaffScreens(useSession().viewer);
  const linkTo = useLinkTo();
  const cell = member.organization;
  const crumbs = cell ? [...cell.ancestors, { id: cell.id, name: cell.name }] : [];
  // Newest first: the current cell and status on top.
  const memberships = [...member.memberships].reverse();
  const statuses = [...member.statusHistory].reverse();

  const profile = [
    { key: 'card', label: t.member.cardNumber, children: <Typography.Text copyable>{member.cardNumber}</Typography.Text> },
    { key: 'gender', label: t.member.gender, children: t.enums.gender[member.gender] },
    {
      key: 'birth',
      label: t.member.birthDate,
      children: member.birthDate ? (
        <>
          {f.date(member.birthDate)} <Typography.Text type="secondary">({t.common.yearsOld(f.number(member.age))})</Typography.Text>
        </>
      ) : (
        <Tooltip title={t.members.personalHidden}>
          <Typography.Text type="secondary">
            <EyeInvisibleOutlined /> {t.common.yearsOld(f.number(member.age))}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { key: 'joined', label: t.member.joinedOn, children: f.date(member.joinedOn) },
    {
      key: 'official',
      label: t.member.officialOn,
      children: member.officialOn ? f.date(member.officialOn) : <Tag color="orange">{t.member.probationaryUntil(f.date(probationEnds(member.joinedOn)))}</Tag>,
    },
    { key: 'position', label: t.member.position, children: t.enums.position[member.position] },
    { key: 'status', label: t.member.status, children: <StatusTag status={member.status} /> },
    {
      key: 'cell',
      label: t.member.cell,
      children: cell ? <Link to={linkTo(orgPath(cell.id))}>{cell.name}</Link> : <Typography.Text type="secondary">{t.member.noCell}</Typography.Text>,
    },
  ];

  const to = (d: string | null | undefined) => (d ? f.date(d) : <Typography.Text type="secondary">{t.common.present}</Typography.Text>);

  return (
    <Flex vertical gap={16}>
      <TreeBreadcrumb ancestors={crumbs} current={member.fullName} />
      <Card>
        <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <UserOutlined style={{ fontSize: 22, color: '#595959' }} />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="member-name">
            {member.fullName}
          </Typography.Title>
          <StatusTag status={member.status} />
          <Tag>{t.enums.position[member.position]}</Tag>
          {staff ? (
            // The management screen (correct, transfer, change status) for staff; the server decides whether this member is theirs.
            <Link to={`/manage/members/${encodeURIComponent(member.id)}`} data-testid="member-manage" style={{ marginLeft: 'auto' }}>
              <EditOutlined /> {t.nav.manage}
            </Link>
          ) : null}
        </Flex>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xxl: 4 }} items={profile} data-testid="member-profile" />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t.member.cellHistory} style={{ height: '100%' }}>
            <Table<Membership>
              data-testid="membership-history"
              size="small"
              pagination={false}
              rowKey={(r) => `${r.organizationName}|${r.validFrom}`}
              dataSource={memberships}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.member.emptyHistory} /> }}
              columns={[
                {
                  key: 'org',
                  title: t.member.organization,
                  // A former cell outside your scope: its name only.
                  render: (_, r) => (r.organization ? <Link to={linkTo(orgPath(r.organization.id))}>{r.organization.name}</Link> : r.organizationName),
                },
                { key: 'position', title: t.member.position, width: 140, render: (_, r) => t.enums.position[r.position] },
                { key: 'from', title: t.member.from, width: 120, render: (_, r) => f.date(r.validFrom) },
                { key: 'to', title: t.member.to, width: 120, render: (_, r) => to(r.validTo) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t.member.statusHistory} style={{ height: '100%' }}>
            <Table<StatusPeriod>
              data-testid="status-history"
              size="small"
              pagination={false}
              rowKey={(r) => `${r.status}|${r.validFrom}`}
              dataSource={statuses}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.member.emptyHistory} /> }}
              columns={[
                { key: 'status', title: t.member.status, render: (_, r) => <StatusTag status={r.status} /> },
                { key: 'from', title: t.member.from, width: 120, render: (_, r) => f.date(r.validFrom) },
                { key: 'to', title: t.member.to, width: 120, render: (_, r) => to(r.validTo) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <RatingHistory subject="MEMBER" id={member.id} />
      <Suspense
        fallback={
          <Card size="small">
            <Skeleton active paragraph={{ rows: 4 }} />
          </Card>
        }
      >
        <MemberAttendanceCard memberId={member.id} />
      </Suspense>
    </Flex>
  );
}
