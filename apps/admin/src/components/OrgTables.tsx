import { lazy, Suspense } from 'react';
import { Card, Skeleton, Tabs, Typography } from 'antd';
import { ApartmentOutlined, TeamOutlined } from '@ant-design/icons';
import { useAsOf, useParam } from '../lib/url';
import { useI18n } from '../i18n';
import { ChildrenTable } from './ChildrenTable';

const MembersTable = lazy(() => import('./MembersTable').then((m) => ({ default: m.MembersTable })));
const tableFallback = <Skeleton active title={false} paragraph={{ rows: 8 }} />;

/**
 * The tables at the foot of an organisation page: a cell's members, or the children and the
 * members of the subtree in two tabs (`tab=members` in the address). The page loads this module
 * on demand, after its figures: antd's Tabs and the children table come with it, the members table
 * on its own (bundle budget of the explore route, test/bench/bundle-budget.mjs).
 */
export default function OrgTables({ orgId, cell }: { orgId: string; cell: boolean }) {
  const { t } = useI18n();
  const { asOf } = useAsOf();
  const [tab, setTab] = useParam('tab');
  return (
    <Card>
      {cell ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            <TeamOutlined /> {t.org.membersTab}
          </Typography.Title>
          <Suspense fallback={tableFallback}>
            <MembersTable key={orgId} id={orgId} withCell={false} />
          </Suspense>
        </>
      ) : (
        <Tabs
          activeKey={tab === 'members' ? 'members' : 'children'}
          onChange={(key) => setTab(key === 'members' ? 'members' : null)}
          destroyOnHidden
          items={[
            {
              key: 'children',
              label: (
                <span data-testid="tab-children">
                  <ApartmentOutlined /> {t.org.children}
                </span>
              ),
              children: <ChildrenTable key={`${orgId}|${asOf ?? ''}`} id={orgId} />,
            },
            {
              key: 'members',
              label: (
                <span data-testid="tab-members">
                  <TeamOutlined /> {t.org.membersTab}
                </span>
              ),
              children: (
                <Suspense fallback={tableFallback}>
                  <MembersTable key={orgId} id={orgId} withCell />
                </Suspense>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

