import { Alert, App, Button, Drawer, Empty, Flex, Form, List, Popconfirm, Select, Tag, Typography } from 'antd';
import { useMutation } from 'urql';
import type { ManagedUserFragment, Role } from '../../gql/graphql';
import { useManageI18n } from '../../i18n/manage';
import { OrgSearchSelect, type PickedOrg } from '../manage/OrgSearchSelect';
import { useFormProblems } from '../manage/useFormProblems';
import { GrantRoleDocument, RevokeGrantDocument } from './queries';

const ROLES: Role[] = ['STAFF', 'LEADER', 'ANALYST', 'ADMIN'];
const ROLE_COLORS: Record<Role, string> = { ADMIN: 'red', STAFF: 'blue', ANALYST: 'purple', LEADER: 'gold' };

export function RoleTag({ role }: { role: Role }) {
  const { t } = useManageI18n();
  return <Tag color={ROLE_COLORS[role]}>{t.enums.role[role]}</Tag>;
}

interface GrantValues {
  role: Role;
  organizationId?: PickedOrg | null;
}

/**
 * An account's roles: each with its scope and a revoke button, and a form to grant one over an
 * organisation found by search (none: the whole country). The server decides what the admin may
 * grant and revoke; its refusals are shown on the field at fault.
 */
export function GrantsDrawer({ user, roots, onClose, onChanged }: { user: ManagedUserFragment | null; roots: PickedOrg[]; onClose: () => void; onChanged: () => void }) {
  const { t } = useManageI18n();
  const tu = t.manage.users;
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantValues>();
  const problems = useFormProblems(form, ['role', 'organizationId']);
  const [{ fetching: granting }, grant] = useMutation(GrantRoleDocument);
  const [, revoke] = useMutation(RevokeGrantDocument);

  const save = async (v: GrantValues) => {
    if (!user) return;
    problems.setGeneral(null);
    const res = await grant({ input: { userId: user.id, role: v.role, organizationId: v.organizationId?.id ?? null } });
    if (!res.data?.grantRole) return problems.place(res.error);
    message.success(tu.granted);
    form.resetFields();
    onChanged();
  };
  const remove = async (grantId: string) => {
    problems.setGeneral(null);
    const res = await revoke({ input: { grantId } });
    if (!res.data?.revokeGrant) return problems.place(res.error);
    message.success(tu.revoked);
    onChanged();
  };

  return (
    <Drawer open={!!user} title={user ? tu.grantsOf(user.displayName) : ''} onClose={onClose} size="large" destroyOnHidden data-testid="grants-drawer" styles={{ wrapper: { maxWidth: '100vw' } }}>
      {user ? (
        <Flex vertical gap={24}>
          <List
            data-testid="grants-list"
            bordered
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tu.noGrants} /> }}
            dataSource={user.grants}
            renderItem={(g) => (
              <List.Item
                data-testid="grant-row"
                actions={[
                  <Popconfirm key="revoke" title={tu.revokeConfirm} okText={tu.revoke} cancelText={t.manage.common.cancel} okButtonProps={{ danger: true }} onConfirm={() => remove(g.id)}>
                    <Button danger size="small" data-testid="grant-revoke">
                      {tu.revoke}
                    </Button>
                  </Popconfirm>,
                ]}
              >
                <Flex gap={8} align="center" wrap>
                  <RoleTag role={g.role} />
                  <Typography.Text>{g.organization?.name ?? tu.national}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
          <Form<GrantValues> form={form} layout="vertical" data-testid="grant-form" initialValues={{ role: 'STAFF' }} onFinish={(v) => void save(v)} scrollToFirstError={{ focus: true }}>
            <Typography.Title level={5}>{tu.grant}</Typography.Title>
            <Form.Item name="role" label={tu.role} rules={[{ required: true, message: t.manage.common.required }]}>
              <Select data-testid="grant-role" options={ROLES.map((r) => ({ value: r, label: t.enums.role[r] }))} style={{ maxWidth: 280 }} />
            </Form.Item>
            <Form.Item name="organizationId" label={tu.scope} extra={tu.wholeCountry}>
              <OrgSearchSelect testId="grant-org" roots={roots} />
            </Form.Item>
            {problems.general ? <Alert type="error" showIcon title={problems.general} style={{ marginBottom: 16 }} data-testid="grant-error" /> : null}
            <Button type="primary" htmlType="submit" loading={granting} data-testid="grant-save">
              {tu.grant}
            </Button>
          </Form>
        </Flex>
      ) : null}
    </Drawer>
  );
}
