import { lazy, Suspense } from 'react';
import { Card, Flex, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { holdsMembers } from '@fourgood/rules';
import { NotFound, PageSkeleton, QueryError } from '../components/States';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { useDocumentTitle } from '../lib/hooks';
import { orgPath, useLinkTo } from '../lib/url';

const MembersTable = lazy(() => import('../components/MembersTable').then((m) => ({ default: m.MembersTable })));

const MembersListOrgDocument = graphql(`
  query MembersListOrg($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
    }
  }
`);

/**
 * The members behind a figure of an organisation (`/org/:id/members?status=EXEMPT`, `?age=…`,
 * `?gender=…`, `?level=GOOD&year=2023`), on the date shown: the members table with the figure's
 * filter, which the reader can change or clear.
 */
export default function MembersListPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const linkTo = useLinkTo();
  const [result, reexecute] = useQuery({ query: MembersListOrgDocument, variables: { id } });
  const org = result.data?.organization?.id === id ? result.data.organization : null;
  useDocumentTitle(org ? `${t.org.membersTab} · ${org.name}` : null);

  if (result.error && !org) return <QueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!org) return result.fetching || !result.data ? <PageSkeleton /> : <NotFound title={t.org.notFound} hint={t.org.notFoundHint} />;
  return (
    <Flex vertical gap={16} data-testid="members-list-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.org.membersTab}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t.figureList.within} <Link to={linkTo(orgPath(org.id))}>{org.name}</Link>
        </Typography.Text>
      </div>
      <Card>
        <Suspense fallback={<Skeleton active title={false} paragraph={{ rows: 8 }} />}>
          <MembersTable key={org.id} id={org.id} withCell={!holdsMembers(org.kind)} />
        </Suspense>
      </Card>
    </Flex>
  );
}
