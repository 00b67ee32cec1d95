import { useState } from 'react';
import { Alert, Flex, Modal, Select, Skeleton, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from 'urql';
import type { ItemKind } from '@fourgood/rules';
import { useStaffI18n } from '../../i18n/staff';
import { classifyError } from '../../lib/errors';
import type { FullTable } from './CriteriaEditorPage';
import { KIND_COLORS } from './util';
import { CompareCriteriaTablesDocument, CriteriaTableDocument } from './queries';

type Item = FullTable['items'][number];

interface DiffRow {
  code: string;
  before: Item | null;
  after: Item | null;
  state: 'added' | 'removed' | 'changed' | 'same';
  fields: string[];
}

/**
 * Two versions of a table side by side: the older on the left, the newer on the right, items
 * matched by code; added rows green, removed red, changed yellow with the changed fields marked.
 */
export function CompareModal({ table, versions, onClose }: { table: FullTable; versions: Array<{ id: string; version: number; status: string }>; onClose: () => void }) {
  const { t, f } = useStaffI18n();
  const tc = t.criteria.compare;
  const others = versions.filter((v) => v.id !== table.id).sort((a, b) => b.version - a.version);
  const defaultOther = (table.basedOn && others.find((v) => v.id === table.basedOn!.id)) || others.find((v) => v.version < table.version) || others[0];
  const [otherId, setOtherId] = useState<string | undefined>(defaultOther?.id);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const other = others.find((v) => v.id === otherId);
  const olderFirst = other ? other.version < table.version : true;
  const beforeId = other ? (olderFirst ? other.id : table.id) : '';
  const afterId = other ? (olderFirst ? table.id : other.id) : '';

  const [otherTable] = useQuery({ query: CriteriaTableDocument, variables: { id: otherId ?? '' }, pause: !otherId });
  const [diff] = useQuery({ query: CompareCriteriaTablesDocument, variables: { before: beforeId, after: afterId }, pause: !other, requestPolicy: 'network-only' });
  const loaded = otherTable.data?.criteriaTable?.id === otherId ? otherTable.data?.criteriaTable : null;
  const before = loaded ? (olderFirst ? loaded : table) : null;
  const after = loaded ? (olderFirst ? table : loaded) : null;
  const d = diff.data?.compareCriteriaTables;

  const rows: DiffRow[] = [];
  if (before && after && d) {
    const beforeItems = new Map(before.items.map((i) => [i.code, i] as const));
    const changed = new Map(d.changed.map((c) => [c.code, c.fields] as const));
    const added = new Set(d.added.map((a) => a.code));
    for (const item of after.items) {
      const fields = changed.get(item.code) ?? [];
      rows.push({ code: item.code, before: beforeItems.get(item.code) ?? null, after: item, state: added.has(item.code) ? 'added' : fields.length ? 'changed' : 'same', fields });
    }
    for (const r of d.removed) {
      const item = beforeItems.get(r.code) ?? null;
      // Removed rows sit after the last row of their group.
      const at = item ? rows.map((x) => (x.after ?? x.before)?.groupCode).lastIndexOf(item.groupCode) : -1;
      rows.splice(at >= 0 ? at + 1 : rows.length, 0, { code: r.code, before: item, after: null, state: 'removed', fields: [] });
    }
  }
  const shown = onlyChanges ? rows.filter((r) => r.state !== 'same') : rows;

  const side = (which: 'before' | 'after') => (_: unknown, row: DiffRow) => {
    const item = row[which];
    if (!item) return <Typography.Text type="secondary">{which === 'after' ? tc.removedHere : tc.addedHere}</Typography.Text>;
    const mark = (field: string, node: React.ReactNode) => (row.state === 'changed' && row.fields.includes(field) ? <span className="fg-diff-field">{node}</span> : node);
    return (
      <Flex vertical gap={2} className={`fg-diff-${which}`}>
        <span style={{ textDecoration: row.state === 'removed' ? 'line-through' : undefined }}>{mark('text', item.text)}</span>
        <Flex gap={6} wrap align="center">
          {mark('kind', <Tag color={KIND_COLORS[item.kind as ItemKind]} style={{ marginInlineEnd: 0 }}>{t.criteria.enums.kind[item.kind as ItemKind]}</Tag>)}
          {mark('maxPoints', <Typography.Text strong>{tc.points(f.number(item.maxPoints))}</Typography.Text>)}
          {item.vetoEffect ? mark('vetoEffect', <Typography.Text type="secondary">{t.criteria.enums.vetoEffect[item.vetoEffect]}</Typography.Text>) : null}
          {row.fields.includes('groupCode') ? mark('groupCode', <Typography.Text type="secondary">{tc.group(item.groupCode)}</Typography.Text>) : null}
        </Flex>
        {item.guidance ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{mark('guidance', item.guidance)}</Typography.Text> : null}
      </Flex>
    );
  };

  const columns: ColumnsType<DiffRow> = [
    { key: 'code', title: t.criteria.grid.code, dataIndex: 'code', width: 80 },
    {
      key: 'state',
      title: '',
      width: 110,
      render: (_, row) =>
        row.state === 'same' ? null : (
          <Tag color={row.state === 'added' ? 'green' : row.state === 'removed' ? 'red' : 'gold'} data-testid={`diff-${row.code}`}>
            {tc.state[row.state]}
          </Tag>
        ),
    },
    { key: 'before', title: before ? tc.versionColumn(before.version) : tc.before, render: side('before') },
    { key: 'after', title: after ? tc.versionColumn(after.version) : tc.after, render: side('after') },
  ];

  const groupTitle = (code: string) => after?.groups.find((g) => g.code === code)?.title ?? before?.groups.find((g) => g.code === code)?.title ?? code;
  const notes: string[] = d
    ? [
        ...d.groupsAdded.map((g) => tc.groupAdded(g, groupTitle(g))),
        ...d.groupsRemoved.map((g) => tc.groupRemoved(g, groupTitle(g))),
        ...d.groupsChanged.map((g) => tc.groupChanged(g, groupTitle(g))),
        ...d.outcomeChanged.map((o) => tc.outcomeChanged(outcomeLabel(o, t))),
      ]
    : [];

  return (
    <Modal open onCancel={onClose} footer={null} width={1200} title={tc.title(table.name)} destroyOnHidden>
      <Flex vertical gap={12} data-testid="compare">
        <Flex gap={12} align="center" wrap>
          <Typography.Text>{tc.compareWith}</Typography.Text>
          <Select
            style={{ width: 260 }}
            value={otherId}
            onChange={setOtherId}
            data-testid="compare-version"
            options={others.map((v) => ({ value: v.id, label: `${t.criteria.editor.versionN(v.version)} · ${t.criteria.enums.status[v.status as 'DRAFT' | 'PUBLISHED']}` }))}
          />
          <Flex gap={6} align="center" style={{ marginLeft: 'auto' }}>
            <Switch checked={onlyChanges} onChange={setOnlyChanges} size="small" id="only-changes" />
            <label htmlFor="only-changes">{tc.onlyChanges}</label>
          </Flex>
        </Flex>
        {!other ? <Alert type="info" showIcon title={tc.noOther} /> : null}
        {diff.error ? <Alert type="error" showIcon title={t.errors[classifyError(diff.error)]} /> : null}
        {other && (!d || !loaded) && !diff.error ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
        {d && loaded ? (
          <>
            <Flex gap={8} wrap data-testid="compare-summary">
              <Tag color="green">{tc.addedCount(d.added.length)}</Tag>
              <Tag color="red">{tc.removedCount(d.removed.length)}</Tag>
              <Tag color="gold">{tc.changedCount(d.changed.length)}</Tag>
              {rows.length > 0 && d.added.length + d.removed.length + d.changed.length + notes.length === 0 ? <Tag>{tc.identical}</Tag> : null}
            </Flex>
            {notes.length > 0 ? (
              <Alert
                type="info"
                showIcon
                title={tc.otherChanges}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {notes.map((n, i) => (
                      <li key={i}>{n}</li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            <Table<DiffRow>
              rowKey="code"
              size="small"
              bordered
              columns={columns}
              dataSource={shown}
              pagination={false}
              scroll={{ y: 520 }}
              rowClassName={(row) => (row.state === 'same' ? '' : `fg-diff-${row.state}`)}
            />
          </>
        ) : null}
      </Flex>
    </Modal>
  );
}

function outcomeLabel(key: string, t: ReturnType<typeof useStaffI18n>['t']): string {
  const o = t.criteria.outcome;
  const names: Record<string, string> = {
    model: t.criteria.editor.model,
    total: o.total,
    fourGoodThreshold: o.fourGoodThreshold,
    'bands.top': o.top,
    'bands.second': o.second,
    'bands.third': o.third,
    bonusCap: o.bonusCap,
    deductionCap: o.deductionCap,
    excellentCapPercent: o.excellentCapPercent,
    outstandingCapPercent: o.outstandingCapPercent,
  };
  return names[key] ?? key;
}
