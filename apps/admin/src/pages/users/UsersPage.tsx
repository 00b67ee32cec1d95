import { useMemo, useState } from 'react';
import { App, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../auth/session';
import { CursorPager } from '../../components/CursorPager';
import { ListScreen } from '../../components/ListScreen';
import { NotFound } from '../../components/States';
import type { ManagedUserFragment } from '../../gql/graphql';
import { useManageI18n } from '../../i18n/manage';
import { useDocumentTitle } from '../../lib/hooks';
import { canManageUsers, editRoots, hasNationalEdit } from '../../lib/permissions';
import { useCursorPaging } from '../../lib/url';
import type { PickedOrg } from '../manage/OrgSearchSelect';
import { serverProblems } from '../manage/problems';
import { GrantsDrawer, RoleTag } from './GrantsDrawer';
import { ManagedUserDocument, ManagedUsersDocument, SetUserActiveDocument } from './queries';
import { CreateUserModal, ResetPasswordModal } from './UserDialogs';

/**
 * Admins manage accounts: the list the API gives them (those within their scope), page by page
 * (the page is in the address, so a reload keeps it), a new account, roles granted over an
 * organisation found by search or revoked, a new password, (de)activation.
 */
export default function UsersPage() {
  const { t, f } = useManageI18n();
  const tu = t.manage.users;
  const viewer = useSession().viewer;
  const { message } = App.useApp();
  useDocumentTitle(tu.title);
  const roots: PickedOrg[] = useMemo(() => (hasNationalEdit(viewer) ? [] : editRoots(viewer)), [viewer]);
  const paging = useCursorPaging(50);
  const [{ data, error, fetching }, refetch] = useQuery({ query: ManagedUsersDocument, variables: paging.variables, requestPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [grantsOf, setGrantsOf] = useState<string | null>(null);
  const [resetting, setResetting] = useState<ManagedUserFragment | null>(null);
  const [, setActive] = useMutation(SetUserActiveDocument);
  const users = data?.users.nodes ?? [];
  // The account whose roles are open: from the page shown, else read by id (a new account may sort onto another page).
  const onPage = users.find((u) => u.id === grantsOf) ?? null;
  const [{ data: one }, refetchOne] = useQuery({ query: ManagedUserDocument, variables: { id: grantsOf ?? '' }, pause: !grantsOf || !!onPage, requestPolicy: 'cache-and-network' });
  const drawerUser = onPage ?? (grantsOf && one?.node && 'username' in one.node ? (one.node as ManagedUserFragment) : null);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    if (grantsOf && !onPage) refetchOne({ requestPolicy: 'network-only' });
  };

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
    <ListScreen
      testId="users-page"
      icon={<UserOutlined />}
      title={tu.title}
      intro={tu.intro}
      action={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
          {tu.create}
        </Button>
      }
      error={error}
      onRetry={reload}
      countTitle={data ? tu.count(f.number(data.users.totalCount)) : null}
    >
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
      {data ? <CursorPager paging={paging} pageInfo={data.users.pageInfo} totalCount={data.users.totalCount} shown={users.length} /> : null}
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
      <GrantsDrawer user={drawerUser} roots={roots} onClose={() => setGrantsOf(null)} onChanged={reload} />
    </ListScreen>
  );
}
