import { useRef } from 'react';
import { Button, Card, Flex, Form, Input, Select, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { MEETING_LIMITS } from '@fourgood/rules';
import { useMeetingsI18n } from '../../../i18n/meetings';
import type { Draft, OtherGuest } from './draft';

/** The superior committee members who attended: those assigned to the cell on the date, and others by name. */
export function GuestsCard({
  draft,
  setDraft,
  choices,
  loading,
  field,
  canEdit,
}: {
  draft: Draft;
  setDraft: (u: (d: Draft) => Draft) => void;
  choices: Array<{ id: string; fullName: string; title?: string | null }> | null;
  loading: boolean;
  field: (path: string) => object;
  canEdit: boolean;
}) {
  const { t } = useMeetingsI18n();
  const tf = t.meetings.form;
  const nextKey = useRef(1000);
  const firstAssignedProblem = draft.assigned.map((_, i) => `guests[${i}].assignmentId`).find((p) => Object.keys(field(p)).length > 0);
  const options = [
    ...(choices ?? []).map((c) => ({ value: c.id, label: c.title ? `${c.fullName} — ${c.title}` : c.fullName })),
    // An assignment chosen before the date changed, no longer in office: kept (and flagged) so nothing vanishes silently.
    ...draft.assigned.filter((id) => choices && !choices.some((c) => c.id === id)).map((id) => ({ value: id, label: id })),
  ];
  const setOther = (key: number, change: Partial<OtherGuest>) => setDraft((d) => ({ ...d, others: d.others.map((g) => (g.key === key ? { ...g, ...change } : g)) }));
  return (
    <Card size="small" title={tf.guests} data-testid="guests">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginTop: 0 }}>
        {tf.guestsHint}
      </Typography.Paragraph>
      <Form layout="vertical" requiredMark={false} disabled={!canEdit} component="div">
        <Form.Item label={tf.assigned} {...(firstAssignedProblem ? field(firstAssignedProblem) : {})} extra={choices && choices.length === 0 ? tf.noAssigned : undefined}>
          <Select
            mode="multiple"
            value={draft.assigned}
            onChange={(v: string[]) => setDraft((d) => ({ ...d, assigned: v }))}
            options={options}
            loading={loading}
            placeholder={tf.assignedPlaceholder}
            disabled={!canEdit || (choices !== null && choices.length === 0 && draft.assigned.length === 0)}
            data-testid="guest-assignments"
            aria-label={tf.assigned}
            optionFilterProp="label"
          />
        </Form.Item>
        {draft.others.map((g, j) => {
          const i = draft.assigned.length + j;
          return (
            <Flex key={g.key} gap={8} align="flex-start" data-testid="other-guest">
              <Form.Item {...field(`guests[${i}].fullName`)} style={{ flex: 1, marginBottom: 12 }}>
                <Input value={g.fullName} onChange={(e) => setOther(g.key, { fullName: e.target.value })} placeholder={tf.guestName} maxLength={MEETING_LIMITS.guestName} aria-label={tf.guestName} />
              </Form.Item>
              <Form.Item {...field(`guests[${i}].title`)} style={{ flex: 1, marginBottom: 12 }}>
                <Input value={g.title} onChange={(e) => setOther(g.key, { title: e.target.value })} placeholder={tf.guestTitlePlaceholder} maxLength={MEETING_LIMITS.guestTitle} aria-label={tf.guestTitle} />
              </Form.Item>
              <Tooltip title={tf.removeGuest}>
                <Button icon={<DeleteOutlined />} aria-label={tf.removeGuest} onClick={() => setDraft((d) => ({ ...d, others: d.others.filter((x) => x.key !== g.key) }))} />
              </Tooltip>
            </Flex>
          );
        })}
        {canEdit ? (
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => setDraft((d) => ({ ...d, others: [...d.others, { key: nextKey.current++, fullName: '', title: '' }] }))} data-testid="add-guest">
            {tf.otherGuest}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
