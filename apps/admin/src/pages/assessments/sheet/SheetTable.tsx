import { Flex, Input, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DatabaseOutlined } from '@ant-design/icons';
import type { CriteriaTableDef, EntryProblem, ItemKind, ScoreResult, VetoEffect } from '@fourgood/rules';
import { useStaffI18n } from '../../../i18n/staff';
import { textNumber } from '../../criteria/draft';
import { gridCell } from '../../criteria/grid';
import { KIND_COLORS } from '../../criteria/util';
import { YesNoCell } from '../YesNoCell';
import { answered, entryProblemText, takesYes, type Entries, type Full, type Side } from './entries';

type SheetRow = { type: 'group'; key: string; code: string; title: string } | { type: 'item'; key: string; item: CriteriaTableDef['items'][number] };

/** The scoring sheet as a table: the unit's points and notes, the reviewer's beside them once submitted. */
export function SheetTable({
  def,
  self,
  review,
  setSelf,
  setReview,
  canSelf,
  canReview,
  showReview,
  selfResult,
  finalResult,
  selfProblems,
  reviewProblems,
  approved,
  scores,
}: {
  approved: boolean;
  scores: Full['scores'];
  def: CriteriaTableDef;
  self: Entries;
  review: Entries;
  setSelf: (u: (e: Entries) => Entries) => void;
  setReview: (u: (e: Entries) => Entries) => void;
  canSelf: boolean;
  canReview: boolean;
  showReview: boolean;
  selfResult: ScoreResult;
  finalResult: ScoreResult;
  selfProblems: EntryProblem[];
  reviewProblems: EntryProblem[];
}) {
  const { t, f } = useStaffI18n();
  const ts = t.scoring.sheet;
  const rows: SheetRow[] = [];
  for (const g of def.groups) {
    rows.push({ type: 'group', key: `g:${g.code}`, code: g.code, title: g.title });
    for (const item of def.items.filter((i) => i.groupCode === g.code)) rows.push({ type: 'item', key: item.code, item });
  }
  const rowIndex = new Map(rows.map((r, i) => [r.key, i] as const));
  const scoreOf = (code: string) => scores.find((s) => s.itemCode === code);
  const problemsOf = (list: EntryProblem[], code: string, max: number) => list.filter((p) => p.itemCode === code).map((p) => entryProblemText(t, f, p, max));

  const points = (side: Side, row: Extract<SheetRow, { type: 'item' }>) => {
    const { item } = row;
    const entries = side === 'SELF' ? self : review;
    const set = side === 'SELF' ? setSelf : setReview;
    const editable = side === 'SELF' ? canSelf : canReview;
    const e = entries[item.code] ?? { points: '', yes: null, note: '' };
    // What a blank reviewer's cell keeps (the unit's score): shown to the reviewer while reviewing and to everyone once approved.
    const inherited = side === 'REVIEW' && (editable || approved) ? self[item.code] : undefined;
    const messages = problemsOf(side === 'SELF' ? selfProblems : reviewProblems, item.code, item.maxPoints);
    const r = rowIndex.get(row.key)!;
    const c = side === 'SELF' ? 0 : 2;
    // The reviewer's answer differs from the unit's: marked so both see what the superior changed.
    const own = self[item.code];
    const changed =
      side === 'REVIEW' && answered(item.kind, e) && answered(item.kind, own) && (takesYes(item.kind) ? e.yes !== own!.yes : textNumber(e.points) !== textNumber(own!.points));
    const box = `fg-cell${messages.length ? ' fg-error' : ''}${changed ? ' fg-changed' : ''}`;
    const testId = `${side === 'SELF' ? 'self' : 'review'}-${item.code}`;
    const label = `${side === 'SELF' ? ts.self : ts.review} ${item.code}`;
    if (takesYes(item.kind)) {
      return (
        <div className={box} {...(editable ? gridCell(r, c) : {})} title={changed ? ts.changedByReviewer : undefined}>
          <YesNoCell
            value={e.yes}
            inherited={inherited?.yes ?? null}
            disabled={!editable}
            veto={item.kind === 'VETO'}
            label={label}
            testId={testId}
            onChange={(yes) => set((all) => ({ ...all, [item.code]: { ...(all[item.code] ?? e), yes } }))}
          />
        </div>
      );
    }
    if (!editable) {
      const shown = e.points || (side === 'REVIEW' && inherited?.points ? inherited.points : '');
      return (
        <div className={`fg-cell-read fg-num${changed ? ' fg-changed' : ''}`} style={{ textAlign: 'right', color: e.points ? undefined : '#595959' }} data-testid={testId} title={changed ? ts.changedByReviewer : undefined}>
          {shown || t.common.none}
        </div>
      );
    }
    return (
      <div className={box} {...gridCell(r, c)} title={changed ? ts.changedByReviewer : undefined}>
        <Input
          value={e.points}
          variant="borderless"
          className="fg-num"
          inputMode="decimal"
          autoComplete="off"
          placeholder={side === 'REVIEW' && inherited?.points ? inherited.points : `0–${f.number(item.maxPoints)}`}
          status={messages.length ? 'error' : undefined}
          aria-label={label}
          data-testid={testId}
          onChange={(ev) => {
            const v = ev.target.value;
            set((all) => ({ ...all, [item.code]: { ...(all[item.code] ?? e), points: v } }));
          }}
        />
        {messages.map((m, i) => (
          <div key={i} className="fg-cell-msg" role="alert">
            {m}
          </div>
        ))}
      </div>
    );
  };

  const note = (side: Side, row: Extract<SheetRow, { type: 'item' }>) => {
    const { item } = row;
    const entries = side === 'SELF' ? self : review;
    const set = side === 'SELF' ? setSelf : setReview;
    const editable = side === 'SELF' ? canSelf : canReview;
    const e = entries[item.code] ?? { points: '', yes: null, note: '' };
    if (!editable) return <div className="fg-cell-read" style={{ fontSize: 13 }}>{e.note || ''}</div>;
    return (
      <div className="fg-cell" {...gridCell(rowIndex.get(row.key)!, side === 'SELF' ? 1 : 3)}>
        <Input.TextArea
          value={e.note}
          variant="borderless"
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={ts.notePlaceholder}
          maxLength={2000}
          aria-label={`${ts.note} ${item.code}`}
          onChange={(ev) => {
            const v = ev.target.value;
            set((all) => ({ ...all, [item.code]: { ...(all[item.code] ?? e), note: v } }));
          }}
        />
      </div>
    );
  };

  const groupSum = (result: ScoreResult, code: string) => {
    const g = result.groups.find((x) => x.code === code);
    if (!g) return null;
    return (
      <span style={{ color: g.belowMinimum ? '#cf1322' : undefined, fontVariantNumeric: 'tabular-nums' }}>
        {f.number(g.points)} / {f.number(g.max)}
      </span>
    );
  };

  const isGroup = (r: SheetRow): r is Extract<SheetRow, { type: 'group' }> => r.type === 'group';
  const td = { className: 'fg-td' };
  const columns: ColumnsType<SheetRow> = [
    { key: 'code', title: t.criteria.grid.code, width: 64, onCell: () => td, render: (_, r) => <div className="fg-cell-read" style={{ fontWeight: isGroup(r) ? 600 : 400 }}>{isGroup(r) ? r.code : r.item.code}</div> },
    {
      key: 'text',
      title: ts.item,
      onCell: (r) => ({ ...td, colSpan: isGroup(r) ? 2 : 1 }),
      render: (_, r) =>
        isGroup(r) ? (
          <div className="fg-cell-read" style={{ fontWeight: 600 }}>
            {r.title}
          </div>
        ) : (
          <Flex vertical gap={2} className="fg-cell-read">
            <span>{r.item.text}</span>
            {r.item.guidance ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.item.guidance}
              </Typography.Text>
            ) : null}
            <MetricLine score={scoreOf(r.item.code)} />
          </Flex>
        ),
    },
    {
      key: 'max',
      title: ts.max,
      width: 120,
      align: 'right',
      onCell: (r) => ({ ...td, colSpan: isGroup(r) ? 0 : 1 }),
      render: (_, r) => (isGroup(r) ? null : <MaxCell kind={r.item.kind} max={r.item.maxPoints} vetoEffect={r.item.vetoEffect ?? null} />),
    },
    {
      key: 'self',
      title: ts.self,
      width: 128,
      align: 'right',
      onCell: () => td,
      render: (_, r) => (isGroup(r) ? <div className="fg-cell-read fg-num" style={{ fontWeight: 600 }} data-testid={`self-sum-${r.code}`}>{groupSum(selfResult, r.code)}</div> : points('SELF', r)),
    },
    { key: 'selfNote', title: ts.selfNote, width: 190, onCell: () => td, render: (_, r) => (isGroup(r) ? null : note('SELF', r)) },
  ];
  if (showReview) {
    columns.push(
      {
        key: 'review',
        title: ts.review,
        width: 128,
        align: 'right',
        onCell: () => td,
        render: (_, r) => (isGroup(r) ? <div className="fg-cell-read fg-num" style={{ fontWeight: 600 }} data-testid={`final-sum-${r.code}`}>{groupSum(finalResult, r.code)}</div> : points('REVIEW', r)),
      },
      { key: 'reviewNote', title: ts.reviewNote, width: 190, onCell: () => td, render: (_, r) => (isGroup(r) ? null : note('REVIEW', r)) },
    );
  }

  return (
    <Table<SheetRow>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: showReview ? 1100 : 820 }}
      rowClassName={(r) => (r.type === 'group' ? 'fg-group-row' : '')}
    />
  );
}

function MaxCell({ kind, max, vetoEffect }: { kind: ItemKind; max: number; vetoEffect: VetoEffect | null }) {
  const { t, f } = useStaffI18n();
  const tc = t.criteria;
  if (kind === 'SCORED') return <div className="fg-cell-read fg-num">{f.number(max)}</div>;
  const label = kind === 'BONUS' ? `+${f.number(max)}` : kind === 'DEDUCTION' ? `−${f.number(max)}` : kind === 'YES_NO' ? f.number(max) : null;
  return (
    <Flex vertical align="flex-end" className="fg-cell-read" gap={2}>
      {label ? <span className="fg-num">{label}</span> : null}
      <Tooltip title={kind === 'VETO' && vetoEffect ? tc.enums.vetoEffect[vetoEffect] : tc.enums.kindHint[kind]}>
        <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0, fontSize: 11 }}>
          {tc.enums.kind[kind]}
        </Tag>
      </Tooltip>
    </Flex>
  );
}

/** What the recorded data gave for an item bound to a metric, and whether a side departs from it (as saved). */
function MetricLine({ score }: { score: Full['scores'][number] | undefined }) {
  const { t } = useStaffI18n();
  const ts = t.scoring.sheet;
  if (!score?.metric) return null;
  return (
    <Flex vertical gap={2} align="flex-start" data-testid={`metric-${score.itemCode}`}>
      <Tooltip title={ts.fromDataHint}>
        <Typography.Text style={{ fontSize: 12, color: '#0958d9' }}>
          <DatabaseOutlined /> {ts.fromData}: {score.metric.explanation}
        </Typography.Text>
      </Tooltip>
      {!score.metric.recorded ? (
        <Tooltip title={ts.notRecordedHint}>
          <Tag color="gold" style={{ fontSize: 11 }} data-testid={`not-recorded-${score.itemCode}`}>
            {ts.notRecorded}
          </Tag>
        </Tooltip>
      ) : null}
      {score.selfOverridden ? (
        <Tooltip title={score.selfNote ?? undefined}>
          <Tag color="orange" style={{ fontSize: 11 }}>
            {ts.selfOverridden}
          </Tag>
        </Tooltip>
      ) : null}
      {score.reviewOverridden ? (
        <Tooltip title={score.reviewNote ?? undefined}>
          <Tag color="volcano" style={{ fontSize: 11 }}>
            {ts.reviewOverridden}
          </Tag>
        </Tooltip>
      ) : null}
    </Flex>
  );
}
