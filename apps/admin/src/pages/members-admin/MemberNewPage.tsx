import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { Dayjs } from 'dayjs';
import { holdsMembers } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { NotFound } from '../../components/States';
import { useManageI18n } from '../../i18n/manage';
import { useDocumentTitle } from '../../lib/hooks';
import { canUseStaffScreens, editRoots, hasNationalEdit } from '../../lib/permissions';
import { useSaveShortcut } from '../../lib/useSaveShortcut';
import { useUnsavedChangesGuard } from '../../lib/useUnsavedChangesGuard';
import { DateInput, dateRules, toIso } from '../manage/fields';
import { OrgSearchSelect, type PickedOrg } from '../manage/OrgSearchSelect';
import { useFormProblems } from '../manage/useFormProblems';
import { ManagedOrganizationDocument } from '../organizations-admin/queries';
import { MemberFields, PERSONAL_FIELDS, personalInput, type PersonalValues } from './MemberFields';
import { CreateMemberDocument } from './queries';

type Values = PersonalValues & { organizationId: PickedOrg; since?: Dayjs | null };

/** Registers a member in a cell: the record, the cell (found by search) and the first day in it. Enter or Ctrl+S saves. */
export default function MemberNewPage() {
  const { t } = useManageI18n();
  const tm = t.manage.members;
  const viewer = useSession().viewer;
  const { message } = App.useApp();
  const navigate = useNavigate();
  useDocumentTitle(tm.newTitle);
  const [params] = useSearchParams();
  const cellId = params.get('cell');
  const [{ data: cellData }] = useQuery({ query: ManagedOrganizationDocument, variables: { id: cellId ?? '' }, pause: !cellId });
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const problems = useFormProblems(form, [...PERSONAL_FIELDS, 'organizationId', 'since']);
  const [, create] = useMutation(CreateMemberDocument);
  const guard = useUnsavedChangesGuard(dirty, { title: t.manage.common.leaveTitle, content: t.manage.common.leaveContent, okText: t.manage.common.leave, cancelText: t.manage.common.stay });
  useSaveShortcut(() => form.submit(), canUseStaffScreens(viewer));
  const roots: PickedOrg[] = hasNationalEdit(viewer) ? [] : editRoots(viewer);
  const cell = cellData?.organization;
  const initialCell = cell && holdsMembers(cell.kind) ? { id: cell.id, name: cell.name, kind: cell.kind } : undefined;

  if (!canUseStaffScreens(viewer)) return <NotFound title={t.errors.FORBIDDEN} hint="" />;
  if (cellId && !cellData) return null;

  const save = async (v: Values) => {
    if (saving) return;
    setSaving(true);
    problems.setGeneral(null);
    const res = await create({ input: { ...personalInput(v), organizationId: v.organizationId.id, since: toIso(v.since) } });
    setSaving(false);
    if (!res.data?.createMember) {
      problems.place(res.error);
      return;
    }
    guard.release();
    message.success(tm.created(res.data.createMember.fullName));
    navigate(`/manage/members/${encodeURIComponent(res.data.createMember.id)}`);
  };

  return (
    <Flex vertical gap={16} data-testid="member-new-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        <UserAddOutlined /> {tm.newTitle}
      </Typography.Title>
      <Card size="small">
        <Form<Values>
          form={form}
          layout="vertical"
          data-testid="member-new-form"
          style={{ maxWidth: 640 }}
          initialValues={{ gender: 'MALE', position: 'MEMBER', organizationId: initialCell }}
          scrollToFirstError={{ focus: true, block: 'center' }}
          onValuesChange={() => setDirty(true)}
          onFinish={(v) => void save(v)}
        >
          <Form.Item name="organizationId" label={tm.cell} extra={tm.transferHint} rules={[{ required: true, message: t.manage.common.required }]}>
            <OrgSearchSelect testId="member-cell" roots={roots} accept={(o) => !o.kind || holdsMembers(o.kind)} />
          </Form.Item>
          <MemberFields form={form} />
          <Form.Item name="since" label={tm.since} extra={tm.sinceHint} rules={dateRules(t, { required: false })}>
            <DateInput testId="member-since" />
          </Form.Item>
          {problems.general ? <Alert type="error" showIcon title={problems.general} style={{ marginBottom: 16 }} data-testid="member-error" /> : null}
          <Button type="primary" htmlType="submit" loading={saving} data-testid="member-save">
            {t.manage.common.save}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
