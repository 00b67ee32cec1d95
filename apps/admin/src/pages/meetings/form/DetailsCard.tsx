import { Card, DatePicker, Flex, Form, Input, Radio, Switch, Tag, TimePicker, Typography } from 'antd';
import { MoonOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { durationMinutes, inMeetingWindow, isEveningMeeting, isIsoDate, isRegularMeeting, isThematicMeeting, isTimeOfDay, MEETING_KINDS, MEETING_LIMITS, minimumDurationMinutes, type MeetingKind } from '@fourgood/rules';
import { useMeetingsI18n } from '../../../i18n/meetings';
import type { Draft, FormOrg } from './draft';

/** The meeting's details: kind, date (with the cell's monthly window), times and duration, place, topic, documents, notes. */
export function DetailsCard({
  org,
  draft,
  set,
  field,
  canEdit,
  today,
}: {
  org: FormOrg;
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  field: (path: string) => object;
  canEdit: boolean;
  today: string;
}) {
  const { t, f } = useMeetingsI18n();
  const tf = t.meetings.form;
  const thematic = isThematicMeeting(draft.kind);
  const dateOk = isIsoDate(draft.date) && draft.date <= today;
  const duration = isTimeOfDay(draft.startTime) && isTimeOfDay(draft.endTime) ? durationMinutes(draft.startTime, draft.endTime) : null;
  const minimum = minimumDurationMinutes(draft.kind);
  const meetingWindow = org.meetingDayFrom != null && org.meetingDayTo != null ? { fromDay: org.meetingDayFrom, toDay: org.meetingDayTo } : null;
  const outsideWindow = isRegularMeeting(draft.kind) && dateOk && inMeetingWindow(draft.date, meetingWindow) === false;
  return (
    <Card title={tf.details} size="small">
      <Form layout="vertical" requiredMark={false} disabled={!canEdit} component="div">
        <Form.Item label={tf.kind} extra={t.meetings.enums.kindHint[draft.kind]}>
          <Radio.Group
            value={draft.kind}
            onChange={(e) => set('kind', e.target.value as MeetingKind)}
            optionType="button"
            buttonStyle="solid"
            options={MEETING_KINDS.map((k) => ({ value: k, label: t.meetings.enums.kindShort[k] }))}
            data-testid="meeting-kind"
          />
        </Form.Item>
        <Form.Item
          label={tf.date}
          extra={outsideWindow ? <Typography.Text type="warning">{t.meetings.list.outsideWindowHint}</Typography.Text> : tf.dateHint}
          {...field('date')}
        >
          <DatePicker
            value={isIsoDate(draft.date) ? dayjs(draft.date) : null}
            onChange={(d: Dayjs | null) => set('date', d ? d.format('YYYY-MM-DD') : '')}
            format="DD/MM/YYYY"
            allowClear={false}
            disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
            style={{ width: 180 }}
            data-testid="meeting-date"
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item label={tf.start} {...field('startTime')} style={{ marginBottom: 8 }}>
            <TimeInput value={draft.startTime} onChange={(v) => set('startTime', v)} testId="meeting-start" />
          </Form.Item>
          <Form.Item label={tf.end} {...field('endTime')} style={{ marginBottom: 8, flex: 1, minWidth: 160 }}>
            <TimeInput value={draft.endTime} onChange={(v) => set('endTime', v)} testId="meeting-end" />
          </Form.Item>
        </Flex>
        <Flex gap={6} wrap style={{ marginBottom: 16, minHeight: 22 }} data-testid="meeting-duration">
          {duration != null && duration > 0 ? (
            duration < minimum ? (
              <Typography.Text type="warning">{tf.durationShort(f.number(duration), f.number(minimum))}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">{tf.duration(f.number(duration))}</Typography.Text>
            )
          ) : (
            <Typography.Text type="secondary">{tf.timeHint}</Typography.Text>
          )}
          {isTimeOfDay(draft.startTime) && isEveningMeeting(draft.startTime) ? (
            <Tag icon={<MoonOutlined />} style={{ marginInlineEnd: 0 }}>
              {t.meetings.list.evening}
            </Tag>
          ) : null}
        </Flex>
        <Form.Item label={tf.place} {...field('place')}>
          <Input value={draft.place} onChange={(e) => set('place', e.target.value)} placeholder={tf.placePlaceholder} maxLength={MEETING_LIMITS.place} data-testid="meeting-place" />
        </Form.Item>
        {thematic ? (
          <Form.Item label={tf.topic} {...field('topic')}>
            <Input value={draft.topic} onChange={(e) => set('topic', e.target.value)} placeholder={tf.topicPlaceholder} maxLength={MEETING_LIMITS.topic} data-testid="meeting-topic" />
          </Form.Item>
        ) : null}
        <Flex vertical gap={10} style={{ marginBottom: 16 }}>
          <label style={{ display: 'flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}>
            <Switch checked={draft.draftResolution} onChange={(v) => set('draftResolution', v)} data-testid="meeting-draft-resolution" disabled={!canEdit} />
            {tf.draftResolution}
          </label>
          <label style={{ display: 'flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}>
            <Switch checked={draft.fullMinutes} onChange={(v) => set('fullMinutes', v)} data-testid="meeting-full-minutes" disabled={!canEdit} />
            {tf.fullMinutes}
          </label>
        </Flex>
        <Form.Item label={tf.notes} {...field('notes')} style={{ marginBottom: 0 }}>
          <Input.TextArea value={draft.notes} onChange={(e) => set('notes', e.target.value)} placeholder={tf.notesPlaceholder} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={MEETING_LIMITS.notes} data-testid="meeting-notes" />
        </Form.Item>
      </Form>
    </Card>
  );
}

/** "HH:MM" typed or picked; an empty or half-typed time is kept as typed text so the rules can say what is wrong. */
function TimeInput({ value, onChange, testId }: { value: string; onChange: (v: string) => void; testId: string }) {
  return (
    <TimePicker
      value={isTimeOfDay(value) ? dayjs(`2000-01-01T${value}`) : null}
      onChange={(d: Dayjs | null) => onChange(d ? d.format('HH:mm') : '')}
      format="HH:mm"
      minuteStep={5}
      needConfirm={false}
      showNow={false}
      placeholder="19:30"
      style={{ width: 130 }}
      data-testid={testId}
    />
  );
}
