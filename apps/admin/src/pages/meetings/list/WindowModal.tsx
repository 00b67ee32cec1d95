import { useState } from 'react';
import { Alert, App, DatePicker, Flex, Form, InputNumber, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { isValidWindow } from '@fourgood/rules';
import { useMeetingsI18n } from '../../../i18n/meetings';
import { SetMeetingWindowDocument } from '../queries';

/** The cell's monthly window for its regular meeting (e.g. days 4–10): set, change or clear it. */
export function WindowModal({ org, today, onClose }: { org: { id: string; meetingDayFrom?: number | null; meetingDayTo?: number | null }; today: string; onClose: () => void }) {
  const { t } = useMeetingsI18n();
  const tl = t.meetings.list;
  const { message } = App.useApp();
  const [{ fetching }, save] = useMutation(SetMeetingWindowDocument);
  const [from, setFrom] = useState<number | null>(org.meetingDayFrom ?? null);
  const [to, setTo] = useState<number | null>(org.meetingDayTo ?? null);
  const [applyFrom, setApplyFrom] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ok = (from == null && to == null) || (from != null && to != null && isValidWindow({ fromDay: from, toDay: to }));
  const submit = async () => {
    if (!ok) return setProblem(tl.windowBad);
    // The cell's meetings are read again: their "inside the window" may have changed.
    const res = await save({ input: { organizationId: org.id, fromDay: from, toDay: to, applyFrom } }, { additionalTypenames: ['Meeting', 'MeetingConnection'] });
    if (res.data) {
      message.success(tl.windowSaved);
      onClose();
      return;
    }
    const reason = String(res.error?.graphQLErrors[0]?.extensions?.reason ?? '');
    const code = String(res.error?.graphQLErrors[0]?.extensions?.code ?? 'UNKNOWN');
    setProblem(reason === 'BAD_WINDOW' ? tl.windowBad : code === 'FORBIDDEN' ? t.meetings.problems.FORBIDDEN : String(t.errors[code in t.errors ? (code as keyof typeof t.errors) : 'UNKNOWN']));
  };
  return (
    <Modal open title={tl.windowTitle} onCancel={onClose} onOk={() => void submit()} okText={t.meetings.recommendations.save} cancelText={t.meetings.form.cancel} okButtonProps={{ loading: fetching }} destroyOnHidden>
      <Typography.Paragraph type="secondary">{tl.windowIntro}</Typography.Paragraph>
      <Form layout="vertical" requiredMark={false}>
        <Flex gap={12}>
          <Form.Item label={tl.windowFrom} validateStatus={problem ? 'error' : undefined}>
            <InputNumber min={1} max={31} precision={0} value={from} onChange={(v) => { setFrom(v); setProblem(null); }} style={{ width: 110 }} data-testid="window-from" />
          </Form.Item>
          <Form.Item label={tl.windowTo} validateStatus={problem ? 'error' : undefined}>
            <InputNumber min={1} max={31} precision={0} value={to} onChange={(v) => { setTo(v); setProblem(null); }} style={{ width: 110 }} data-testid="window-to" />
          </Form.Item>
        </Flex>
        {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} /> : null}
        <Form.Item label={tl.windowApply} extra={tl.windowApplyHint} style={{ marginBottom: 0 }}>
          <DatePicker
            value={applyFrom ? dayjs(applyFrom) : null}
            onChange={(d: Dayjs | null) => setApplyFrom(d ? d.format('YYYY-MM-DD') : null)}
            format="DD/MM/YYYY"
            disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
