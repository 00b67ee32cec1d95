import { useState } from 'react';
import { Alert, App, Button, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { endsMembership, holdsMembers, MEMBER_STATUSES, type MemberStatus } from '@fourgood/rules';
import { useMutation } from 'urql';
import type { ManagedMemberQuery } from '../../gql/graphql';
import { useManageI18n } from '../../i18n/manage';
import { useSaveShortcut } from '../../lib/useSaveShortcut';
import { useUnsavedChangesGuard } from '../../lib/useUnsavedChangesGuard';
import { DateInput, dateRules, fromIso, toIso } from '../manage/fields';
import { OrgSearchSelect, type PickedOrg } from '../manage/OrgSearchSelect';
import { useFormProblems } from '../manage/useFormProblems';
import { MemberFields, PERSONAL_FIELDS, personalInput, type PersonalValues } from './MemberFields';
import { ChangeMemberStatusDocument, TransferMemberDocument, UpdateMemberDocument } from './queries';

export type ManagedMember = NonNullable<ManagedMemberQuery['member']>;

/** A form that saves with Enter or Ctrl+S, asks before leaving with unsaved input, and places the server's refusals. */
function useActionForm<V>(fieldNames: readonly string[], run: (v: V) => Promise<{ ok: boolean; error?: Parameters<ReturnType<typeof useFormProblems>['place']>[0] }>) {
  const { t } = useManageI18n();
  const [form] = Form.useForm<V>();
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const problems = useFormProblems(form, fieldNames);
  useUnsavedChangesGuard(dirty, { title: t.manage.common.leaveTitle, content: t.manage.common.leaveContent, okText: t.manage.common.leave, cancelText: t.manage.common.stay });
  useSaveShortcut(() => form.submit(), true);
  const submit = async (v: V) => {
    if (saving) return;
    setSaving(true);
    problems.setGeneral(null);
    const res = await run(v);
    setSaving(false);
    if (!res.ok) problems.place(res.error);
    else setDirty(false);
  };
  const formProps = {
    form,
    layout: 'vertical' as const,
    style: { maxWidth: 640 },
    scrollToFirstError: { focus: true, block: 'center' as const },
    onValuesChange: () => setDirty(true),
    onFinish: (v: V) => void submit(v),
  };
  const footer = (testId: string, danger = false) => (
    <>
      {problems.general ? <Alert type="error" showIcon title={problems.general} style={{ marginBottom: 16 }} data-testid="member-error" /> : null}
      <Button type="primary" danger={danger} htmlType="submit" loading={saving} data-testid={testId}>
        {t.manage.common.save}
      </Button>
    </>
  );
  return { form, formProps, footer };
}

/** Corrects the record (not dated). */
export function CorrectForm({ member, onDone }: { member: ManagedMember; onDone: () => void }) {
  const { t } = useManageI18n();
  const { message } = App.useApp();
  const [, update] = useMutation(UpdateMemberDocument);
  const { form, formProps, footer } = useActionForm<PersonalValues>(PERSONAL_FIELDS, async (v) => {
    const res = await update({ input: { id: member.id, ...personalInput(v) } });
    if (!res.data?.updateMember) return { ok: false, error: res.error };
    message.success(t.manage.members.corrected);
    onDone();
    return { ok: true };
  });
  return (
    <Form<PersonalValues>
      {...formProps}
      data-testid="member-correct-form"
      initialValues={{
        cardNumber: member.cardNumber,
        fullName: member.fullName,
        gender: member.gender,
        birthDate: fromIso(member.birthDate) ?? undefined,
        joinedOn: fromIso(member.joinedOn) ?? undefined,
        officialOn: fromIso(member.officialOn),
        position: member.position,
      }}
    >
      <Alert type="info" showIcon title={t.manage.members.correctHint} style={{ marginBottom: 16 }} />
      <MemberFields form={form} />
      {footer('member-correct-save')}
    </Form>
  );
}

/** Transfers the member to a cell found by search, from a date. */
export function TransferForm({ member, roots, onDone }: { member: ManagedMember; roots: PickedOrg[]; onDone: () => void }) {
  const { t } = useManageI18n();
  const { message } = App.useApp();
  const [, transfer] = useMutation(TransferMemberDocument);
  type V = { organizationId: PickedOrg; effectiveOn: Dayjs };
  const { formProps, footer } = useActionForm<V>(['organizationId', 'effectiveOn'], async (v) => {
    const res = await transfer({ input: { id: member.id, organizationId: v.organizationId.id, effectiveOn: toIso(v.effectiveOn)! } });
    if (!res.data?.transferMember) return { ok: false, error: res.error };
    message.success(t.manage.members.transferred(res.data.transferMember.organization?.name ?? v.organizationId.name));
    onDone();
    return { ok: true };
  });
  return (
    <Form<V> {...formProps} data-testid="member-transfer-form">
      <Form.Item name="organizationId" label={t.manage.members.transferTo} extra={t.manage.members.transferHint} rules={[{ required: true, message: t.manage.common.required }]}>
        <OrgSearchSelect testId="member-transfer-cell" roots={roots} accept={(o) => (!o.kind || holdsMembers(o.kind)) && o.id !== member.organization?.id} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t.manage.common.effectiveOn} extra={t.manage.common.effectiveOnHint} rules={dateRules(t)}>
        <DateInput testId="member-effective-on" />
      </Form.Item>
      {footer('member-transfer-save')}
    </Form>
  );
}

/** Records a status change from a date; the statuses that end membership are said to be final before saving. */
export function StatusForm({ member, onDone }: { member: ManagedMember; onDone: () => void }) {
  const { t } = useManageI18n();
  const { message } = App.useApp();
  const [, change] = useMutation(ChangeMemberStatusDocument);
  type V = { status: MemberStatus; effectiveOn: Dayjs };
  const { form, formProps, footer } = useActionForm<V>(['status', 'effectiveOn'], async (v) => {
    const res = await change({ input: { id: member.id, status: v.status, effectiveOn: toIso(v.effectiveOn)! } });
    if (!res.data?.changeMemberStatus) return { ok: false, error: res.error };
    message.success(t.manage.members.statusChanged(t.enums.status[v.status]));
    onDone();
    return { ok: true };
  });
  const status = Form.useWatch('status', form);
  return (
    <Form<V> {...formProps} data-testid="member-status-form">
      <Form.Item name="status" label={t.manage.members.newStatus} extra={t.manage.members.statusHint} rules={[{ required: true, message: t.manage.common.required }]}>
        <Select
          data-testid="member-new-status"
          style={{ maxWidth: 320 }}
          options={MEMBER_STATUSES.filter((s) => s !== member.status).map((s) => ({ value: s, label: t.enums.status[s] }))}
        />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t.manage.common.effectiveOn} extra={t.manage.common.effectiveOnHint} rules={dateRules(t)}>
        <DateInput testId="member-effective-on" />
      </Form.Item>
      {status && endsMembership(status) ? <Alert type="warning" showIcon title={t.manage.members.finalWarning(t.enums.status[status])} style={{ marginBottom: 16 }} data-testid="member-final-warning" /> : null}
      {footer('member-status-save', !!status && endsMembership(status))}
    </Form>
  );
}
