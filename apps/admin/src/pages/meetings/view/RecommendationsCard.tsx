import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { todayInVietnam } from '@fourgood/rules';
import type { MeetingFullFragment, RecommendationRowFragment, RecommendationStatus } from '../../../gql/graphql';
import type { Formats } from '../../../i18n';
import { useMeetingsI18n, type MeetingsI18nDict } from '../../../i18n/meetings';
import { apiProblem } from '../../criteria/access';
import { RaiseRecommendationDocument, UpdateRecommendationDocument } from '../queries';
import { recommendationProblemText } from '../reasons';

type Meeting = MeetingFullFragment;
type Recommendation = RecommendationRowFragment;

const REC_COLORS: Record<RecommendationStatus, string> = { OPEN: 'blue', IN_PROGRESS: 'processing', RESOLVED: 'success', DECLINED: 'default' };

function recProblem(t: MeetingsI18nDict, f: Formats, error: Parameters<typeof apiProblem>[0]): { field: string; text: string } | null {
  const p = apiProblem(error);
  if (!p) return null;
  const first = p.fields[0];
  const field = (first?.field ?? '').replace(/^input\./, '');
  const text = p.reason ? recommendationProblemText(t, f, p.reason, first?.values) : String(t.errors[p.code in t.errors ? (p.code as keyof typeof t.errors) : 'UNKNOWN']);
  return { field, text };
}

/**
 * A recommendation dialog's problem: shown next to its field (`at(field)` for a Form.Item) or,
 * without one, above the form; `fromError` reads the server's answer.
 */
function useRecProblem() {
  const { t, f } = useMeetingsI18n();
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const at = (field: string) => (problem && problem.field === field ? { validateStatus: 'error' as const, help: problem.text } : {});
  const fromError = (error: Parameters<typeof apiProblem>[0]) => {
    const p = recProblem(t, f, error);
    setProblem(p && p.field ? p : { field: '', text: p?.text ?? t.errors.UNKNOWN });
  };
  return { problem, setProblem, at, fromError };
}

/** Recommendations raised at the meeting: raise one, move one on (in progress, resolved or declined, with the outcome). */
export function RecommendationsCard({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t, f } = useMeetingsI18n();
  const tr = t.meetings.recommendations;
  const { message } = App.useApp();
  const today = todayInVietnam();
  const [raising, setRaising] = useState(false);
  const [changing, setChanging] = useState<{ rec: Recommendation; status: RecommendationStatus } | null>(null);
  const [{ fetching: moving }, updateRec] = useMutation(UpdateRecommendationDocument);
  const list = meeting.recommendations;

  const startWork = async (rec: Recommendation) => {
    const res = await updateRec({ input: { id: rec.id, expectedVersion: rec.lockVersion, status: 'IN_PROGRESS' } });
    if (res.data) message.success(tr.saved);
    else message.error(recProblem(t, f, res.error)?.text ?? t.errors.UNKNOWN);
  };

  return (
    <Card
      size="small"
      title={tr.title}
      data-testid="meeting-recommendations"
      extra={
        canEdit ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setRaising(true)} data-testid="raise-recommendation">
            {tr.raise}
          </Button>
        ) : null
      }
    >
      {list.length === 0 ? (
        <Typography.Text type="secondary">{tr.empty}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={list}
          renderItem={(r) => {
            const closed = r.status === 'RESOLVED' || r.status === 'DECLINED';
            return (
              <List.Item data-testid="recommendation">
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8} align="flex-start">
                    <Typography.Text>{r.text}</Typography.Text>
                    <Tag color={REC_COLORS[r.status]} style={{ marginInlineEnd: 0, flexShrink: 0 }} data-testid="recommendation-status" data-status={r.status}>
                      {t.meetings.enums.recommendation[r.status]}
                    </Tag>
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {tr.raisedLine(r.raisedBy, f.date(r.raisedOn))}
                    {r.escalatedTo && r.escalatedOn ? ` · ${tr.escalatedLine(r.escalatedTo.name, f.date(r.escalatedOn))}` : ''}
                    {r.closedOn ? ` · ${tr.closedLine(f.date(r.closedOn))}` : ''}
                  </Typography.Text>
                  {r.resolutionNote ? (
                    <Typography.Text style={{ fontSize: 13 }}>
                      <strong>{tr.resolutionNote}:</strong> {r.resolutionNote}
                    </Typography.Text>
                  ) : null}
                  {canEdit && !closed ? (
                    <Space size={6} wrap>
                      {r.status === 'OPEN' ? (
                        <Button size="small" icon={<SyncOutlined />} loading={moving} onClick={() => void startWork(r)}>
                          {tr.start}
                        </Button>
                      ) : null}
                      <Button size="small" icon={<CheckCircleOutlined />} onClick={() => setChanging({ rec: r, status: 'RESOLVED' })} data-testid="resolve-recommendation">
                        {tr.resolve}
                      </Button>
                      <Button size="small" icon={<CloseCircleOutlined />} onClick={() => setChanging({ rec: r, status: 'DECLINED' })}>
                        {tr.decline}
                      </Button>
                    </Space>
                  ) : null}
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
      {raising ? <RaiseModal meeting={meeting} today={today} onClose={() => setRaising(false)} /> : null}
      {changing ? <CloseModal rec={changing.rec} status={changing.status} today={today} onClose={() => setChanging(null)} /> : null}
    </Card>
  );
}

function RaiseModal({ meeting, today, onClose }: { meeting: Meeting; today: string; onClose: () => void }) {
  const { t } = useMeetingsI18n();
  const tr = t.meetings.recommendations;
  const { message } = App.useApp();
  const [{ fetching }, raise] = useMutation(RaiseRecommendationDocument);
  const [text, setText] = useState('');
  const [raisedBy, setRaisedBy] = useState('');
  const [raisedOn, setRaisedOn] = useState(meeting.date);
  const [escalatedTo, setEscalatedTo] = useState<string | null>(null);
  const [escalatedOn, setEscalatedOn] = useState<string | null>(null);
  const { problem, setProblem, at, fromError } = useRecProblem();
  // The committees above the cell, nearest first.
  const committees = [...meeting.organization.ancestors].reverse();

  const submit = async () => {
    if (!text.trim()) return setProblem({ field: 'text', text: tr.problems.REQUIRED });
    if (!raisedBy.trim()) return setProblem({ field: 'raisedBy', text: tr.problems.REQUIRED });
    const res = await raise({
      input: {
        organizationId: meeting.organization.id,
        meetingId: meeting.id,
        text: text.trim(),
        raisedBy: raisedBy.trim(),
        raisedOn,
        escalatedToId: escalatedTo,
        escalatedOn: escalatedTo ? (escalatedOn ?? raisedOn) : null,
      },
    });
    if (res.data) {
      message.success(tr.saved);
      onClose();
      return;
    }
    fromError(res.error);
  };

  return (
    <Modal open title={tr.raise} onCancel={onClose} onOk={() => void submit()} okText={tr.save} cancelText={t.meetings.form.cancel} okButtonProps={{ loading: fetching, ...({ 'data-testid': 'save-recommendation' } as object) }} width={600} destroyOnHidden>
      {problem && !problem.field ? <Alert type="error" showIcon title={problem.text} style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={tr.text} {...at('text')}>
          <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} placeholder={tr.textPlaceholder} autoFocus data-testid="recommendation-text" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item label={tr.raisedBy} {...at('raisedBy')} style={{ flex: '1 1 240px' }}>
            <Input value={raisedBy} onChange={(e) => setRaisedBy(e.target.value)} maxLength={200} placeholder={tr.raisedByPlaceholder} data-testid="recommendation-by" />
          </Form.Item>
          <Form.Item label={tr.raisedOn} {...at('raisedOn')}>
            <DatePicker value={dayjs(raisedOn)} onChange={(d: Dayjs | null) => d && setRaisedOn(d.format('YYYY-MM-DD'))} format="DD/MM/YYYY" allowClear={false} disabledDate={(d: Dayjs) => { const s = d.format('YYYY-MM-DD'); return s > today || s < meeting.date; }} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item label={tr.escalatedTo} {...at('escalatedToId')} style={{ flex: '1 1 240px' }}>
            <Select allowClear value={escalatedTo ?? undefined} onChange={(v) => setEscalatedTo(v ?? null)} placeholder={tr.escalatedToPlaceholder} options={committees.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          {escalatedTo ? (
            <Form.Item label={tr.escalatedOn} {...at('escalatedOn')}>
              <DatePicker value={dayjs(escalatedOn ?? raisedOn)} onChange={(d: Dayjs | null) => setEscalatedOn(d ? d.format('YYYY-MM-DD') : null)} format="DD/MM/YYYY" allowClear={false} disabledDate={(d: Dayjs) => { const s = d.format('YYYY-MM-DD'); return s > today || s < raisedOn; }} />
            </Form.Item>
          ) : null}
        </Flex>
      </Form>
    </Modal>
  );
}

function CloseModal({ rec, status, today, onClose }: { rec: Recommendation; status: RecommendationStatus; today: string; onClose: () => void }) {
  const { t } = useMeetingsI18n();
  const tr = t.meetings.recommendations;
  const { message } = App.useApp();
  const [{ fetching }, updateRec] = useMutation(UpdateRecommendationDocument);
  const [note, setNote] = useState('');
  const [closedOn, setClosedOn] = useState(today);
  const { problem, setProblem, at, fromError } = useRecProblem();
  const submit = async () => {
    if (!note.trim()) return setProblem({ field: 'resolutionNote', text: tr.problems.REQUIRED });
    const res = await updateRec({ input: { id: rec.id, expectedVersion: rec.lockVersion, status, resolutionNote: note.trim(), closedOn } });
    if (res.data) {
      message.success(tr.saved);
      onClose();
      return;
    }
    fromError(res.error);
  };
  return (
    <Modal open title={tr.changeTitle(t.meetings.enums.recommendation[status])} onCancel={onClose} onOk={() => void submit()} okText={tr.save} cancelText={t.meetings.form.cancel} okButtonProps={{ loading: fetching, ...({ 'data-testid': 'save-resolution' } as object) }} destroyOnHidden>
      {problem && !problem.field ? <Alert type="error" showIcon title={problem.text} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph type="secondary">{rec.text}</Typography.Paragraph>
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={tr.resolutionNote} {...at('resolutionNote')}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} placeholder={tr.resolutionPlaceholder} autoFocus data-testid="resolution-note" />
        </Form.Item>
        <Form.Item label={tr.closedOn} {...at('closedOn')}>
          <DatePicker value={dayjs(closedOn)} onChange={(d: Dayjs | null) => d && setClosedOn(d.format('YYYY-MM-DD'))} format="DD/MM/YYYY" allowClear={false} disabledDate={(d: Dayjs) => { const s = d.format('YYYY-MM-DD'); return s > today || s < rec.raisedOn; }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
