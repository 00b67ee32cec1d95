import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '@fourgood/rules';
import type { ManagedUserFragment } from '../../gql/graphql';
import { useManageI18n, type ManageI18nDict } from '../../i18n/manage';
import type { Formats } from '../../i18n';
import { useFormProblems } from '../manage/useFormProblems';
import { CreateUserDocument, ResetPasswordDocument } from './queries';

const passwordRules = (t: ManageI18nDict, f: Formats) => [
  { required: true, message: t.manage.common.required },
  { min: MIN_PASSWORD_LENGTH, message: t.manage.users.passwordMin(f.number(MIN_PASSWORD_LENGTH)) },
  { max: MAX_PASSWORD_LENGTH, message: t.manage.users.passwordMax(f.number(MAX_PASSWORD_LENGTH)) },
];

interface NewUser {
  username: string;
  displayName: string;
  password: string;
}

/** A new account: user name, full name, first password (the shared rules, then the server's refusals on their fields). Enter creates. */
export function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (user: ManagedUserFragment) => void }) {
  const { t, f } = useManageI18n();
  const tu = t.manage.users;
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUser>();
  const problems = useFormProblems(form, ['username', 'displayName', 'password']);
  const [{ fetching }, create] = useMutation(CreateUserDocument);
  const save = async (v: NewUser) => {
    problems.setGeneral(null);
    const res = await create({ input: { username: v.username.trim().toLowerCase(), displayName: v.displayName.trim(), password: v.password } });
    if (!res.data?.createUser) return problems.place(res.error);
    message.success(tu.created(res.data.createUser.username));
    form.resetFields();
    onCreated(res.data.createUser);
  };
  return (
    <Modal open={open} title={tu.create} okText={tu.create} cancelText={t.manage.common.cancel} onOk={() => form.submit()} onCancel={onClose} confirmLoading={fetching} destroyOnHidden>
      <Form<NewUser> form={form} layout="vertical" data-testid="user-create-form" scrollToFirstError={{ focus: true }} onFinish={(v) => void save(v)}>
        <Form.Item
          name="username"
          label={tu.username}
          normalize={(v: string) => v.toLowerCase()}
          rules={[
            { required: true, message: t.manage.common.required },
            { pattern: USERNAME_PATTERN, message: tu.badUsername },
          ]}
        >
          <Input data-testid="user-username" autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={tu.displayName}
          rules={[
            { required: true, whitespace: true, message: t.manage.common.required },
            { min: 2, max: 200, message: tu.nameLength },
          ]}
        >
          <Input data-testid="user-display-name" autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={tu.password} rules={passwordRules(t, f)}>
          <Input.Password data-testid="user-password" autoComplete="new-password" />
        </Form.Item>
        {problems.general ? <Alert type="error" showIcon title={problems.general} /> : null}
        {/* Enter in any field submits (a form without a submit button does not). */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}

/** A new password for an account; its sessions end. */
export function ResetPasswordModal({ user, onClose }: { user: ManagedUserFragment | null; onClose: () => void }) {
  const { t, f } = useManageI18n();
  const tu = t.manage.users;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const problems = useFormProblems(form, ['password']);
  const [saving, setSaving] = useState(false);
  const [, reset] = useMutation(ResetPasswordDocument);
  const save = async (v: { password: string }) => {
    if (!user) return;
    setSaving(true);
    problems.setGeneral(null);
    const res = await reset({ input: { userId: user.id, password: v.password } });
    setSaving(false);
    if (!res.data?.resetPassword) return problems.place(res.error);
    message.success(tu.passwordReset(user.username));
    form.resetFields();
    onClose();
  };
  return (
    <Modal open={!!user} title={`${tu.resetPassword}: ${user?.username ?? ''}`} okText={tu.resetPassword} cancelText={t.manage.common.cancel} onOk={() => form.submit()} onCancel={onClose} confirmLoading={saving} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="user-reset-form" onFinish={(v) => void save(v)}>
        <Form.Item name="password" label={tu.newPassword} rules={passwordRules(t, f)}>
          <Input.Password data-testid="user-new-password" autoComplete="new-password" autoFocus />
        </Form.Item>
        {problems.general ? <Alert type="error" showIcon title={problems.general} /> : null}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
