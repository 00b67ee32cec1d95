import type { ReactNode } from 'react';
import { Alert, App, Button, Flex, Form, type FormInstance } from 'antd';
import { useManageI18n } from '../../i18n/manage';
import { PreviewCard } from './PreviewCard';
import { useOrgChange, type ChangeInput } from './useOrgChange';

/**
 * A change's form with its two steps: Enter (or the button) previews, the preview's button
 * confirms. The form's own rules (the shared ones) run first and focus the first field at fault;
 * the server's refusals land on their fields the same way.
 */
export function ChangePanel<V extends object>({
  form,
  fieldNames,
  build,
  onDone,
  doneText,
  danger,
  testId,
  children,
  initialValues,
}: {
  form: FormInstance<V>;
  fieldNames: readonly string[];
  build: (values: V) => ChangeInput;
  onDone: (org: { id: string; name: string }) => void;
  doneText: (name: string) => string;
  danger?: boolean;
  testId: string;
  children: ReactNode;
  initialValues?: Partial<V>;
}) {
  const { t } = useManageI18n();
  const { message } = App.useApp();
  const change = useOrgChange(form, fieldNames);
  return (
    <Flex vertical gap={16}>
      <Form<V>
        form={form}
        layout="vertical"
        data-testid={testId}
        initialValues={initialValues}
        scrollToFirstError={{ focus: true, block: 'center' }}
        onValuesChange={() => change.drop()}
        onFinish={(values) => void change.preview(build(values))}
        style={{ maxWidth: 640 }}
      >
        {children}
        {change.general ? <Alert type="error" showIcon title={change.general} style={{ marginBottom: 16 }} data-testid="change-error" /> : null}
        <Button type="primary" htmlType="submit" loading={change.busy && !change.previewed} data-testid="org-preview-button">
          {t.manage.common.preview}
        </Button>
      </Form>
      {change.previewed ? (
        <PreviewCard
          preview={change.previewed.preview}
          busy={change.busy}
          danger={danger}
          onEdit={() => change.drop()}
          onConfirm={async () => {
            const org = await change.confirm();
            if (!org) return;
            message.success(doneText(org.name));
            form.resetFields();
            onDone(org);
          }}
        />
      ) : null}
    </Flex>
  );
}
