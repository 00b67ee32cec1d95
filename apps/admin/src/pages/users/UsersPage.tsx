import { useMemo, useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../auth/session';
import { NotFound, QueryError } from '../../components/States';
import type { ManagedUserFragment } from '../../gql/graphql';
import { useManageI18n } from '../../i18n/manage';
import { useDocumentTitle } from '../../lib/hooks';
import { canManageUsers, editRoots, hasNationalEdit } from '../../lib/permissions';
import type { PickedOrg } from '../manage/OrgSearchSelect';
import { serverProblems } from '../manage/problems';
import { GrantsDrawer, RoleTag } from './GrantsDrawer';
import { ManagedUsersDocument, SetUserActiveDocument } from './queries';
import { CreateUserModal, ResetPasswordModal } from './UserDialogs';

/**
 * Admins manage accounts: the list the API gives them (those within their scope), a new account,
 * roles granted over an organisation found by search or revoked, a new password, (de)activation.
 */
export default function UsersPage() {
  const { t, f } = useManageI18n();
  const tu = t.manage.users;
  const viewer = useSession().viewer;
  const { message } = App.useApp();
  useDocumentTitle(tu.title);
  const roots: PickedOrg[] = useMemo(() => (hasNationalEdit(viewer) ? [] : editRoots(viewer)), [viewer]);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: ManagedUsersDocument, variables: { after }, requestPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [grantsOf, setGrantsOf] = useState<string | null>(null);
  const [resetting, setResetting] = useState<ManagedUserFragment | null>(null);
  const [, setActive] = useMutation(SetUserActiveDocument);
  const users = data?.users.nodes ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!canManageUsers(viewer)) return <NotFound title={t.errors.FORBIDDEN} hint="" />;

  const toggle = async (user: ManagedUserFragment) => {
    const res = await setActive({ input: { userId: user.id, active: !user.active } });
    if (!res.data?.setUserActive) {
      const p = serverProblems(t, f, res.error);
      message.error(p.general ?? p.fields[0]?.text ?? t.errors.UNKNOWN);
      return;
    }
    message.success(user.active ? tu.deactivated(user.username) : tu.activated(user.username));
    reload();
  };

  return (
    <Flex vertical gap={16} data-testid="users-page">
      <Flex justify="space-between" align="start" gap={12} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            <UserOutlined /> {tu.title}
          </Typography.Title>
          <Typography.Text type="secondary">{tu.intro}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
          {tu.create}
        </Button>
      </Flex>
      {error ? <QueryError error={error} onRetry={reload} /> : null}
      <Card size="small" title={data ? tu.count(f.number(data.users.totalCount)) : null}>
        <Table<ManagedUserFragment>
          data-testid="users-table"
          size="small"
          rowKey="id"
          loading={fetching && !data}
          dataSource={users}
          pagination={false}
          rowClassName={(u) => (u.active ? '' : 'user-inactive')}
          columns={[
            {
              key: 'account',
              title: tu.username,
              render: (_, u) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{u.username}</Typography.Text>
                  <Typography.Text type="secondary">{u.displayName}</Typography.Text>
                  <span>{u.active ? <Tag color="success">{tu.isActive}</Tag> : <Tag>{tu.isInactive}</Tag>}</span>
                </Flex>
              ),
            },
            {
              key: 'grants',
              title: tu.grants,
              // On a phone the roles are read and changed in the drawer.
              responsive: ['md'],
              render: (_, u) =>
                u.grants.length === 0 ? (
                  <Typography.Text type="secondary">{tu.noGrants}</Typography.Text>
                ) : (
                  <Flex vertical gap={2}>
                    {u.grants.map((g) => (
                      <span key={g.id}>
                        <RoleTag role={g.role} /> {g.organization?.name ?? tu.national}
                      </span>
                    ))}
                  </Flex>
                ),
            },
            {
              key: 'actions',
              title: tu.actions,
              render: (_, u) => (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => setGrantsOf(u.id)} data-testid="user-grants">
                    {tu.manageGrants}
                  </Button>
                  <Button size="small" onClick={() => setResetting(u)} data-testid="user-reset">
                    {tu.resetPassword}
                  </Button>
                  <Popconfirm
                    title={u.active ? tu.deactivateConfirm(u.username) : tu.activateConfirm(u.username)}
                    okText={u.active ? tu.deactivate : tu.activate}
                    cancelText={t.manage.common.cancel}
                    okButtonProps={{ danger: u.active }}
                    onConfirm={() => toggle(u)}
                  >
                    <Button size="small" danger={u.active} data-testid="user-toggle">
                      {u.active ? tu.deactivate : tu.activate}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
        {data?.users.pageInfo.hasNextPage ? (
          <Button style={{ marginTop: 12 }} onClick={() => setAfter(data.users.pageInfo.endCursor ?? null)}>
            {t.manage.common.loadMore}
          </Button>
        ) : null}
      </Card>
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          reload();
          setGrantsOf(user.id);
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <GrantsDrawer user={users.find((u) => u.id === grantsOf) ?? null} roots={roots} onClose={() => setGrantsOf(null)} onChanged={reload} />
    </Flex>
  );
}
