import { useRef, useState, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { Empty, Flex, Input, Radio, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { MEETING_LIMITS, type attendanceCounts, type AttendanceStatus } from '@fourgood/rules';
import { rateColor } from '../../../components/meetings/tags';
import { useMeetingsI18n } from '../../../i18n/meetings';
import { COMPACT, useMediaQuery } from '../../../lib/media';
import { KEY_STATUS, markOf, STATUS_ORDER, type Draft, type Mark, type RollMember } from './draft';

/** The roll's counts over the table: expected, present, absent with and without reason, the rate. */
export function RollCounts({ counts, rate }: { counts: ReturnType<typeof attendanceCounts>; rate: number | null }) {
  const { t, f } = useMeetingsI18n();
  const c = t.meetings.form.counts;
  const item = (label: string, value: string, color: string | undefined, testId: string) => (
    <Flex vertical style={{ minWidth: 96 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <span style={{ fontSize: 20, fontWeight: 600, color, fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </span>
    </Flex>
  );
  return (
    <Flex gap={24} wrap data-testid="roll-counts" style={{ padding: '4px 4px 0' }}>
      {item(c.expected, f.number(counts.eligible), undefined, 'count-expected')}
      {item(c.present, f.number(counts.present), '#237804', 'count-present')}
      {item(c.excused, f.number(counts.excused), counts.excused ? '#ad4e00' : undefined, 'count-excused')}
      {item(c.unexcused, f.number(counts.unexcused), counts.unexcused ? '#cf1322' : undefined, 'count-unexcused')}
      {item(c.rate, rate == null ? t.common.none : f.percent(rate), rateColor(rate), 'count-rate')}
    </Flex>
  );
}

/**
 * The roll: one row per member expected on the date, everyone present until marked otherwise.
 * The roll is one stop of the Tab order (a roving tabindex: the row last focused holds it); ↑↓,
 * Home and End move between rows; on a focused row 1/C/P marks present, 2/L/E absent with reason
 * (the reason box takes the focus; Enter or Escape comes back), 3/K/U absent without reason,
 * Space cycles, Enter opens the reason. On phones and tablets the status buttons and the reason
 * sit under the name, full width.
 */
export function AttendanceRoll({
  rows,
  draft,
  mark,
  problemAt,
  loading,
  canEdit,
}: {
  rows: RollMember[];
  draft: Draft;
  mark: (memberId: string, change: Partial<Mark>) => void;
  problemAt: (path: string) => string | undefined;
  loading: boolean;
  canEdit: boolean;
}) {
  const { t } = useMeetingsI18n();
  const tf = t.meetings.form;
  const ref = useRef<HTMLDivElement>(null);
  const stacked = useMediaQuery(COMPACT);
  // The row that holds the roll's one Tab stop.
  const [active, setActive] = useState(0);
  const tabStop = Math.min(active, Math.max(rows.length - 1, 0));
  const rowEl = (i: number) => ref.current?.querySelector<HTMLElement>(`tr[data-roll-index="${i}"]`) ?? null;
  const focusRow = (i: number) => rowEl(Math.max(0, Math.min(rows.length - 1, i)))?.focus();
  const focusReason = (i: number) => {
    // The reason box appears with the status: wait for it to render.
    requestAnimationFrame(() => rowEl(i)?.querySelector<HTMLInputElement>('input[data-reason]')?.focus());
  };

  const onRowKey = (e: KeyboardEvent<HTMLElement>, i: number, memberId: string) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    const status = KEY_STATUS[key];
    if (status) {
      e.preventDefault();
      mark(memberId, { status });
      if (status === 'EXCUSED') focusReason(i);
      else focusRow(i + 1);
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        focusRow(i + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        focusRow(i - 1);
        break;
      case 'Home':
        e.preventDefault();
        focusRow(0);
        break;
      case 'End':
        e.preventDefault();
        focusRow(rows.length - 1);
        break;
      case ' ': {
        e.preventDefault();
        const current = markOf(draft, memberId).status;
        mark(memberId, { status: STATUS_ORDER[(STATUS_ORDER.indexOf(current) + 1) % STATUS_ORDER.length]! });
        break;
      }
      case 'Enter':
        if (markOf(draft, memberId).status !== 'PRESENT') {
          e.preventDefault();
          focusReason(i);
        }
        break;
      default:
    }
  };

  const statusOf = (m: RollMember, i: number): ReactNode => {
    const { status } = markOf(draft, m.id);
    // Out of the Tab order (the row is the stop, its keys mark); a click hands the keys back to the row.
    return (
      <Radio.Group
        className={`fg-roll-status fg-roll-${status}`}
        size={stacked ? 'middle' : 'small'}
        block={stacked}
        value={status}
        buttonStyle="solid"
        disabled={!canEdit}
        onChange={(e) => {
          const next = e.target.value as AttendanceStatus;
          mark(m.id, { status: next });
          if (next === 'EXCUSED') focusReason(i);
          else requestAnimationFrame(() => focusRow(i));
        }}
        data-testid={`roll-status-${m.id}`}
      >
        {STATUS_ORDER.map((s) => (
          <Radio.Button key={s} value={s} tabIndex={-1}>
            {t.meetings.enums.attendance[s]}
          </Radio.Button>
        ))}
      </Radio.Group>
    );
  };

  const reasonOf = (m: RollMember, i: number): ReactNode => {
    const { status, reason } = markOf(draft, m.id);
    if (status === 'PRESENT') return null;
    const problem = problemAt(`attendance[${i}].reason`);
    return (
      <Flex vertical>
        <Input
          size={stacked ? 'middle' : 'small'}
          value={reason}
          data-reason
          // Reached from its row (Enter, or 2 marks it); not a stop of its own in the Tab order.
          tabIndex={-1}
          disabled={!canEdit}
          status={problem ? 'error' : undefined}
          placeholder={status === 'EXCUSED' ? tf.reasonPlaceholder : tf.reasonOptional}
          maxLength={MEETING_LIMITS.reason}
          aria-label={`${tf.reason}: ${m.fullName}`}
          aria-invalid={problem ? true : undefined}
          data-testid={`roll-reason-${m.id}`}
          onChange={(e) => mark(m.id, { reason: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              focusRow(i + 1);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              focusRow(i);
            }
          }}
        />
        {problem ? (
          <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`problem-attendance-${m.id}`}>
            {problem}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  };

  const columns: ColumnsType<RollMember> = [
    { key: 'n', title: '#', width: 44, align: 'right', render: (_, __, i) => <Typography.Text type="secondary">{i + 1}</Typography.Text> },
    {
      key: 'member',
      title: tf.member,
      render: (_, m, i) => {
        const problem = problemAt(`attendance[${i}].memberId`);
        return (
          <Flex vertical>
            <span style={{ fontWeight: 500 }}>{m.fullName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.enums.position[m.position]}
            </Typography.Text>
            {problem ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {problem}
              </Typography.Text>
            ) : null}
            {stacked ? (
              <Flex vertical gap={6} style={{ marginTop: 6 }}>
                {statusOf(m, i)}
                {reasonOf(m, i)}
              </Flex>
            ) : null}
          </Flex>
        );
      },
    },
    {
      key: 'status',
      title: tf.status,
      width: 350,
      render: (_, m, i) => statusOf(m, i),
    },
    {
      key: 'reason',
      title: tf.reason,
      width: 240,
      render: (_, m, i) => reasonOf(m, i),
    },
  ];

  return (
    <div ref={ref}>
      <Table<RollMember>
        rowKey="id"
        size="small"
        columns={stacked ? columns.filter((c) => c.key === 'n' || c.key === 'member') : columns}
        dataSource={rows}
        pagination={false}
        loading={loading}
        scroll={stacked ? undefined : { x: 720 }}
        data-testid="roll"
        rowClassName={(m) => `fg-roll-row fg-roll-row-${markOf(draft, m.id).status}`}
        onRow={(m, i) =>
          ({
            tabIndex: canEdit ? (i === tabStop ? 0 : -1) : undefined,
            onFocus: () => setActive(i ?? 0),
            'data-roll-index': i,
            'data-testid': `roll-row-${m.id}`,
            'aria-label': `${m.fullName}: ${t.meetings.enums.attendance[markOf(draft, m.id).status]}`,
            onKeyDown: canEdit ? (e: KeyboardEvent<HTMLElement>) => onRowKey(e, i ?? 0, m.id) : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={loading ? tf.rollLoading : tf.rollEmpty} /> }}
      />
    </div>
  );
}
