import { useMemo } from 'react';
import { Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../auth/session';
import { NotFound, QueryError } from '../../components/States';
import { KindTag } from '../../components/Tags';
import { useManageI18n } from '../../i18n/manage';
import { useDocumentTitle } from '../../lib/hooks';
import { canUseStaffScreens, editRoots, hasNationalEdit } from '../../lib/permissions';
import { orgPath } from '../../lib/url';
import { ActionTabs } from '../manage/ActionTabs';
import { OrgSearchSelect, type PickedOrg } from '../manage/OrgSearchSelect';
import { CreateForm, DissolveForm, MergeForm, MoveForm, UpdateForm, type ManagedOrg } from './ChangeForms';
import { ManagedOrganizationDocument } from './queries';

/**
 * Staff change the tree here: pick an organisation (by name or code, within the grant), then
 * found one under it, rename it, move it, merge it or dissolve it. Every change is previewed by
 * the server first (what moves, the tree after) and confirmed with a second press.
 */
export default function OrganizationsAdminPage() {
  const { t, f } = useManageI18n();
  const to = t.manage.orgs;
  const viewer = useSession().viewer;
  useDocumentTitle(to.title);
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('org');
  const action = params.get('action') ?? 'create';
  const roots: PickedOrg[] = useMemo(() => (hasNationalEdit(viewer) ? [] : editRoots(viewer)), [viewer]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: ManagedOrganizationDocument, variables: { id: selectedId ?? '' }, pause: !selectedId });
  const org: ManagedOrg | null = selectedId ? (data?.organization ?? null) : null;

  const select = (id: string | null, nextAction?: string) => {
    const next = new URLSearchParams(params);
    if (id) next.set('org', id);
    else next.delete('org');
    if (nextAction) next.set('action', nextAction);
    setParams(next);
  };
  const setAction = (key: string) => {
    const next = new URLSearchParams(params);
    next.set('action', key);
    setParams(next, { replace: true });
  };
  const done = (result: { id: string }) => {
    // A dissolved organisation is gone from the tree: its parent is shown next.
    if (action === 'dissolve') select(org?.parent?.id ?? null, 'update');
    else if (action === 'create') select(result.id, 'update');
    else {
      select(result.id);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  if (!canUseStaffScreens(viewer)) return <NotFound title={t.errors.FORBIDDEN} hint="" />;
  const active = !!org && !org.dissolvedOn;
  // The rename form starts again from the saved name once it is read back (its key below).
  // Names carried at least a day (a same-day rename written before renames were dated carried none).
  const formerNames = (org?.formerNames ?? []).filter((n) => n.usedFrom <= n.usedUntil);
  // Without a national grant, a new organisation is founded under one of the viewer's (picked first).
  const canCreate = active || hasNationalEdit(viewer);
  const items = [
    ...(canCreate
      ? [{ key: 'create', label: to.actions.create, children: <CreateForm key={`create-${org?.id ?? ''}`} parent={active ? org : null} hint={active && org ? to.createUnder(org.name) : to.createProvince} onDone={done} /> }]
      : []),
    ...(active && org
      ? [
          { key: 'update', label: to.actions.update, children: <UpdateForm key={`update-${org.id}-${org.name}-${org.nameSince}`} org={org} onDone={done} /> },
          ...(org.parent ? [{ key: 'move', label: to.actions.move, children: <MoveForm key={`move-${org.id}`} org={org} roots={roots} onDone={done} /> }] : []),
          ...(org.parent ? [{ key: 'merge', label: to.actions.merge, children: <MergeForm key={`merge-${org.id}`} org={org} roots={roots} onDone={done} /> }] : []),
          { key: 'dissolve', label: to.actions.dissolve, children: <DissolveForm key={`dissolve-${org.id}`} org={org} onDone={done} /> },
        ]
      : []),
  ];
  const activeKey = items.some((i) => i.key === action) ? action : (items[0]?.key ?? 'create');

  return (
    <Flex vertical gap={16} data-testid="orgs-admin-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          <ApartmentOutlined /> {to.title}
        </Typography.Title>
        <Typography.Text type="secondary">{to.intro}</Typography.Text>
      </div>
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex vertical gap={4} style={{ maxWidth: 520 }}>
            <Typography.Text strong>{to.selected}</Typography.Text>
            <OrgSearchSelect
              testId="org-select"
              roots={roots}
              value={org ? { id: org.id, name: org.name, kind: org.kind } : null}
              onChange={(picked) => select(picked?.id ?? null)}
              placeholder={t.manage.common.pickOrg}
              ariaLabel={to.selected}
            />
          </Flex>
          {error ? <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
          {org ? (
            <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="org-details">
              <Descriptions.Item label={to.name}>
                <Link to={orgPath(org.id)}>{org.name}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={to.code}>{org.code}</Descriptions.Item>
              <Descriptions.Item label={to.kind}>
                <KindTag kind={org.kind} sector={org.sector} />
              </Descriptions.Item>
              <Descriptions.Item label={to.parent}>{org.ancestors.map((a) => a.name).join(' › ') || '—'}</Descriptions.Item>
              <Descriptions.Item label={to.foundedOn}>{f.date(org.foundedOn)}</Descriptions.Item>
              {formerNames.length > 0 ? (
                <Descriptions.Item label={to.formerNames}>
                  <span data-testid="org-former-names">{formerNames.map((n) => to.formerName(n.name, f.date(n.usedFrom), f.date(n.usedUntil))).join('; ')}</span>
                </Descriptions.Item>
              ) : null}
              {org.dissolvedOn ? <Descriptions.Item label={to.dissolvedOn}>{f.date(org.dissolvedOn)}</Descriptions.Item> : null}
              <Descriptions.Item label={to.members}>
                <span data-testid="org-members">{f.number(org.stats.members)}</span>
              </Descriptions.Item>
            </Descriptions>
          ) : fetching ? null : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={to.noneSelected} />
          )}
        </Flex>
      </Card>
      {items.length > 0 ? (
        <Card size="small">
          <ActionTabs activeKey={activeKey} onChange={setAction} items={items} testId="org-actions" />
        </Card>
      ) : null}
    </Flex>
  );
}
