import { useEffect, type ReactNode } from 'react';
import { Button, Empty, Flex, Input, Popconfirm, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ITEM_KINDS, METRIC_CODES, VETO_EFFECTS, isBaseItemKind, isMetricCode, type ItemKind, type VetoEffect } from '@fourgood/rules';
import { useStaffI18n } from '../../i18n/staff';
import { gridCell, useGridKeys } from './grid';
import { newKey, nextItemCode, orderItems, type Draft, type DraftCheck, type GroupRow, type ItemRow } from './draft';
import { KIND_COLORS } from './util';
import './grid.css';

type Row =
  | { type: 'group'; key: string; group: GroupRow; gi: number; count: number }
  | { type: 'item'; key: string; item: ItemRow; ii: number; first: boolean; last: boolean };

/** Navigation columns: the same numbers on group rows (code, title, minimum) and item rows. */
const C = { code: 0, text: 1, kind: 2, max: 3, veto: 4, guidance: 5, metric: 6 } as const;


interface Props {
  draft: Draft;
  check: DraftCheck;
  readOnly: boolean;
  onChange: (update: (d: Draft) => Draft) => void;
  /** Messages for cells ("rowKey:field"), already in words: the rules' problems and the server's. */
  messagesOf: (cellKey: string) => string[];
  /** Where the sum against the total is told (the maximum points cell edited last). */
  sumMessageAt: string | null;
  sumMessage: string | null;
  onEditMax: (rowKey: string) => void;
}

function CellBox({ r, c, messages, testId, children }: { r?: number; c?: number; messages: string[]; testId?: string; children: ReactNode }) {
  return (
    <div className={`fg-cell${messages.length ? ' fg-error' : ''}`} {...(r !== undefined && c !== undefined ? gridCell(r, c) : {})} data-testid={testId}>
      {children}
      {messages.map((m, i) => (
        <div key={i} className="fg-cell-msg" role="alert">
          {m}
        </div>
      ))}
    </div>
  );
}

export function ItemsGrid({ draft, check, readOnly, onChange, messagesOf, sumMessageAt, sumMessage, onEditMax }: Props) {
  const { t, f } = useStaffI18n();
  const tc = t.criteria;
  const { ref, onKeyDownCapture, focusCell } = useGridKeys('rows');

  const rows: Row[] = [];
  draft.groups.forEach((group, gi) => {
    const items = draft.items.map((item, ii) => ({ item, ii })).filter((x) => x.item.groupKey === group.key);
    rows.push({ type: 'group', key: group.key, group, gi, count: items.length });
    items.forEach(({ item, ii }, n) => rows.push({ type: 'item', key: item.key, item, ii, first: n === 0, last: n === items.length - 1 }));
  });
  const rowIndex = new Map(rows.map((row, i) => [row.key, i] as const));

  const setItem = (key: string, patch: Partial<ItemRow>) =>
    onChange((d) => ({ ...d, items: d.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) }));
  const setGroup = (key: string, patch: Partial<GroupRow>) =>
    onChange((d) => ({ ...d, groups: d.groups.map((g) => (g.key === key ? { ...g, ...patch } : g)) }));

  /** Focuses a row's cell once React has drawn it. */
  const focusLater = (key: string, c: number) =>
    setTimeout(() => {
      const el = ref.current?.querySelector<HTMLElement>(`[data-row-key="${key}"] [data-grid-c="${c}"]`);
      const r = el?.dataset.gridR;
      if (r !== undefined) focusCell(Number(r), c);
    }, 30);

  const addItem = (group: GroupRow, after?: ItemRow) => {
    const key = newKey('i');
    onChange((d) => {
      const item: ItemRow = { key, groupKey: group.key, code: nextItemCode(d.items, group), text: '', kind: 'SCORED', maxText: '', vetoEffect: null, guidance: '', metric: '' };
      const items = [...d.items];
      const at = after ? items.findIndex((i) => i.key === after.key) + 1 : (() => {
        let last = -1;
        items.forEach((i, n) => {
          if (i.groupKey === group.key) last = n;
        });
        return last >= 0 ? last + 1 : items.length;
      })();
      items.splice(at, 0, item);
      return { ...d, items: orderItems(items, d.groups) };
    });
    focusLater(key, C.text);
  };

  const moveItem = (item: ItemRow, dir: -1 | 1) =>
    onChange((d) => {
      const items = [...d.items];
      const i = items.findIndex((x) => x.key === item.key);
      const neighbour = items[i + dir];
      if (neighbour && neighbour.groupKey === item.groupKey) {
        items[i] = neighbour;
        items[i + dir] = item;
        return { ...d, items };
      }
      // At the edge of its group: into the next or previous group.
      const gi = d.groups.findIndex((g) => g.key === item.groupKey);
      const target = d.groups[gi + dir];
      if (!target) return d;
      items.splice(i, 1);
      const moved = { ...item, groupKey: target.key };
      if (dir === 1) {
        const firstOfTarget = items.findIndex((x) => x.groupKey === target.key);
        items.splice(firstOfTarget >= 0 ? firstOfTarget : items.length, 0, moved);
      } else {
        let lastOfTarget = -1;
        items.forEach((x, n) => {
          if (x.groupKey === target.key) lastOfTarget = n;
        });
        items.splice(lastOfTarget + 1, 0, moved);
      }
      return { ...d, items: orderItems(items, d.groups) };
    });

  const moveGroup = (group: GroupRow, dir: -1 | 1) =>
    onChange((d) => {
      const groups = [...d.groups];
      const i = groups.findIndex((g) => g.key === group.key);
      const j = i + dir;
      if (j < 0 || j >= groups.length) return d;
      [groups[i], groups[j]] = [groups[j]!, groups[i]!];
      return { ...d, groups, items: orderItems(d.items, groups) };
    });

  const removeItem = (item: ItemRow) => onChange((d) => ({ ...d, items: d.items.filter((i) => i.key !== item.key) }));
  const removeGroup = (group: GroupRow) =>
    onChange((d) => ({ ...d, groups: d.groups.filter((g) => g.key !== group.key), items: d.items.filter((i) => i.groupKey !== group.key) }));

  const text = (r: number, c: number, key: string, field: string, value: string, set: (v: string) => void, opts: { multiline?: boolean; numeric?: boolean; placeholder?: string; testId: string; extra?: string[]; strong?: boolean; label?: string }) => {
    const messages = [...messagesOf(`${key}:${field}`), ...(opts.extra ?? [])];
    if (readOnly) {
      return (
        <CellBox messages={messages} testId={opts.testId}>
          <div className={`fg-cell-read${opts.numeric ? ' fg-num' : ''}`} style={{ textAlign: opts.numeric ? 'right' : undefined, fontWeight: opts.strong ? 600 : undefined }}>
            {value || <Typography.Text type="secondary">{opts.numeric ? '' : t.common.none}</Typography.Text>}
          </div>
        </CellBox>
      );
    }
    const common = {
      value,
      variant: 'borderless' as const,
      placeholder: opts.placeholder,
      status: messages.length ? ('error' as const) : undefined,
      'aria-label': opts.label,
      'aria-invalid': messages.length > 0,
      spellCheck: false,
    };
    return (
      <CellBox r={r} c={c} messages={messages} testId={opts.testId}>
        {opts.multiline ? (
          <Input.TextArea {...common} autoSize={{ minRows: 1, maxRows: 8 }} onChange={(e) => set(e.target.value)} />
        ) : (
          <Input {...common} className={opts.numeric ? 'fg-num' : undefined} inputMode={opts.numeric ? 'decimal' : undefined} autoComplete="off" onChange={(e) => set(e.target.value)} />
        )}
      </CellBox>
    );
  };

  const itemCell = (row: Extract<Row, { type: 'item' }>, col: keyof typeof C) => {
    const r = rowIndex.get(row.key)!;
    const { item } = row;
    const id = item.code || `#${row.ii + 1}`;
    switch (col) {
      case 'code':
        return text(r, C.code, item.key, 'code', item.code, (v) => setItem(item.key, { code: v }), { testId: `cell-${id}-code`, label: tc.grid.code });
      case 'text':
        return text(r, C.text, item.key, 'text', item.text, (v) => setItem(item.key, { text: v }), { multiline: true, placeholder: tc.grid.textPlaceholder, testId: `cell-${id}-text`, label: tc.grid.text });
      case 'kind': {
        const messages = messagesOf(`${item.key}:kind`);
        if (readOnly) {
          return (
            <CellBox messages={messages} testId={`cell-${id}-kind`}>
              <div className="fg-cell-read">
                <Tag color={KIND_COLORS[item.kind]} style={{ marginInlineEnd: 0 }}>
                  {tc.enums.kind[item.kind]}
                </Tag>
              </div>
            </CellBox>
          );
        }
        return (
          <CellBox r={r} c={C.kind} messages={messages} testId={`cell-${id}-kind`}>
            <Select<ItemKind>
              value={item.kind}
              variant="borderless"
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={tc.grid.kind}
              popupMatchSelectWidth={false}
              options={ITEM_KINDS.map((k) => ({ value: k, label: tc.enums.kind[k] }))}
              optionRender={(o) => (
                <Flex vertical>
                  <span>{o.label}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {tc.enums.kindHint[o.value as ItemKind]}
                  </Typography.Text>
                </Flex>
              )}
              onChange={(kind) =>
                setItem(item.key, {
                  kind,
                  // A veto has no points and needs an effect; other kinds have no effect.
                  ...(kind === 'VETO' ? { maxText: '0', vetoEffect: item.vetoEffect ?? 'BLOCKS_TOP' } : { vetoEffect: null, ...(item.kind === 'VETO' ? { maxText: '' } : {}) }),
                })
              }
            />
          </CellBox>
        );
      }
      case 'max': {
        const here = sumMessageAt === item.key && sumMessage && isBaseItemKind(item.kind) ? [sumMessage] : [];
        return text(r, C.max, item.key, 'maxPoints', item.maxText, (v) => {
          setItem(item.key, { maxText: v });
          onEditMax(item.key);
        }, { numeric: true, testId: `cell-${id}-maxPoints`, extra: here, label: tc.grid.maxPoints, placeholder: item.kind === 'VETO' ? '0' : undefined });
      }
      case 'veto': {
        const messages = messagesOf(`${item.key}:vetoEffect`);
        if (item.kind !== 'VETO' && messages.length === 0) {
          return <div className="fg-cell-read"><Typography.Text type="secondary">{t.common.none}</Typography.Text></div>;
        }
        if (readOnly) {
          return (
            <CellBox messages={messages} testId={`cell-${id}-vetoEffect`}>
              <div className="fg-cell-read">{item.vetoEffect ? <Tooltip title={tc.enums.vetoEffect[item.vetoEffect]}>{tc.enums.vetoEffectShort[item.vetoEffect]}</Tooltip> : t.common.none}</div>
            </CellBox>
          );
        }
        return (
          <CellBox r={r} c={C.veto} messages={messages} testId={`cell-${id}-vetoEffect`}>
            <Select<VetoEffect | ''>
              value={item.vetoEffect ?? ''}
              variant="borderless"
              aria-label={tc.grid.vetoEffect}
              popupMatchSelectWidth={false}
              options={[...(item.kind === 'VETO' ? [] : [{ value: '' as const, label: t.common.none }]), ...VETO_EFFECTS.map((v) => ({ value: v, label: tc.enums.vetoEffectShort[v] }))]}
              optionRender={(o) =>
                o.value ? (
                  <Flex vertical>
                    <span>{o.label}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {tc.enums.vetoEffect[o.value as VetoEffect]}
                    </Typography.Text>
                  </Flex>
                ) : (
                  o.label
                )
              }
              onChange={(v) => setItem(item.key, { vetoEffect: v || null })}
            />
          </CellBox>
        );
      }
      case 'guidance':
        return text(r, C.guidance, item.key, 'guidance', item.guidance, (v) => setItem(item.key, { guidance: v }), { multiline: true, testId: `cell-${id}-guidance`, label: tc.grid.guidance });
      case 'metric': {
        // Shown and chosen by name; an unknown code (from an imported file) is shown as it is, in error.
        const messages = messagesOf(`${item.key}:metric`);
        const code = item.metric.trim();
        const name = code === '' ? '' : isMetricCode(code) ? tc.enums.metric[code] : code;
        if (readOnly) {
          return (
            <CellBox messages={messages} testId={`cell-${id}-metric`}>
              <div className="fg-cell-read">{name || <Typography.Text type="secondary">{t.common.none}</Typography.Text>}</div>
            </CellBox>
          );
        }
        return (
          <CellBox r={r} c={C.metric} messages={messages} testId={`cell-${id}-metric`}>
            <Select<string>
              value={code}
              variant="borderless"
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={tc.grid.metric}
              status={messages.length ? 'error' : undefined}
              popupMatchSelectWidth={false}
              options={[
                { value: '', label: t.common.none },
                ...(code !== '' && !isMetricCode(code) ? [{ value: code, label: code }] : []),
                ...METRIC_CODES.map((m) => ({ value: m, label: tc.enums.metric[m] })),
              ]}
              onChange={(v) => setItem(item.key, { metric: v })}
            />
          </CellBox>
        );
      }
    }
  };

  const groupRowCells = (row: Extract<Row, { type: 'group' }>, col: 'code' | 'title' | 'sum' | 'min') => {
    const r = rowIndex.get(row.key)!;
    const { group } = row;
    const id = group.code || `#${row.gi + 1}`;
    switch (col) {
      case 'code':
        return text(r, C.code, group.key, 'code', group.code, (v) => setGroup(group.key, { code: v }), { testId: `group-${id}-code`, strong: true, label: tc.grid.groupCode });
      case 'title':
        return text(r, C.text, group.key, 'title', group.title, (v) => setGroup(group.key, { title: v }), { multiline: true, placeholder: tc.grid.groupTitlePlaceholder, testId: `group-${id}-title`, strong: true, label: tc.grid.groupTitle });
      case 'sum':
        return (
          <div className="fg-cell-read fg-num" style={{ textAlign: 'right', fontWeight: 600 }} data-testid={`group-${id}-sum`}>
            <Tooltip title={tc.grid.groupSumHint}>{f.number(check.groupSums.get(group.key) ?? 0)}</Tooltip>
          </div>
        );
      case 'min':
        return (
          <Flex align="flex-start" gap={6}>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', paddingTop: 5, fontWeight: 400 }}>
              <Tooltip title={tc.grid.groupMinHint}>{tc.grid.groupMin}</Tooltip>
            </Typography.Text>
            <div style={{ width: 140 }}>
              {text(r, C.veto, group.key, 'minPoints', group.minText, (v) => setGroup(group.key, { minText: v }), { numeric: true, testId: `group-${id}-minPoints`, placeholder: tc.grid.groupMinNone, label: tc.grid.groupMin })}
            </div>
          </Flex>
        );
    }
  };

  const iconButton = (title: string, icon: ReactNode, onClick: () => void, disabled = false, danger = false) => (
    <Tooltip title={title}>
      <Button type="text" size="small" icon={icon} onClick={onClick} disabled={disabled} danger={danger} aria-label={title} tabIndex={-1} />
    </Tooltip>
  );

  const isGroup = (row: Row): row is Extract<Row, { type: 'group' }> => row.type === 'group';
  const td = () => ({ className: 'fg-td' });

  const columns: ColumnsType<Row> = [
    {
      key: 'code',
      title: tc.grid.code,
      width: 88,
      onCell: td,
      render: (_, row) => (isGroup(row) ? groupRowCells(row, 'code') : itemCell(row, 'code')),
    },
    {
      key: 'text',
      title: tc.grid.text,
      onCell: (row) => ({ ...td(), colSpan: isGroup(row) ? 2 : 1 }),
      render: (_, row) => (isGroup(row) ? groupRowCells(row, 'title') : itemCell(row, 'text')),
    },
    {
      key: 'kind',
      title: tc.grid.kind,
      width: 150,
      onCell: (row) => ({ ...td(), colSpan: isGroup(row) ? 0 : 1 }),
      render: (_, row) => (isGroup(row) ? null : itemCell(row, 'kind')),
    },
    {
      key: 'max',
      title: tc.grid.maxPoints,
      width: 132,
      align: 'right',
      onCell: td,
      render: (_, row) => (isGroup(row) ? groupRowCells(row, 'sum') : itemCell(row, 'max')),
    },
    {
      key: 'veto',
      title: tc.grid.vetoEffect,
      width: 200,
      onCell: (row) => ({ ...td(), colSpan: isGroup(row) ? 3 : 1 }),
      render: (_, row) => (isGroup(row) ? groupRowCells(row, 'min') : itemCell(row, 'veto')),
    },
    {
      key: 'guidance',
      title: tc.grid.guidance,
      width: 200,
      onCell: (row) => ({ ...td(), colSpan: isGroup(row) ? 0 : 1 }),
      render: (_, row) => (isGroup(row) ? null : itemCell(row, 'guidance')),
    },
    {
      key: 'metric',
      title: tc.grid.metric,
      width: 160,
      onCell: (row) => ({ ...td(), colSpan: isGroup(row) ? 0 : 1 }),
      render: (_, row) => (isGroup(row) ? null : itemCell(row, 'metric')),
    },
  ];
  if (!readOnly) {
    columns.push({
      key: 'actions',
      title: '',
      width: 128,
      onCell: td,
      render: (_, row) => {
        if (isGroup(row)) {
          const gi = row.gi;
          return (
            <Flex gap={0} wrap={false}>
              {iconButton(tc.grid.addItem, <PlusOutlined />, () => addItem(row.group))}
              {iconButton(tc.grid.moveUp, <ArrowUpOutlined />, () => moveGroup(row.group, -1), gi === 0)}
              {iconButton(tc.grid.moveDown, <ArrowDownOutlined />, () => moveGroup(row.group, 1), gi === draft.groups.length - 1)}
              {row.count > 0 ? (
                <Popconfirm title={tc.grid.removeGroupConfirm(row.count)} okText={tc.grid.remove} cancelText={tc.grid.cancel} okButtonProps={{ danger: true }} onConfirm={() => removeGroup(row.group)}>
                  <Tooltip title={tc.grid.removeGroup}>
                    <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={tc.grid.removeGroup} tabIndex={-1} />
                  </Tooltip>
                </Popconfirm>
              ) : (
                iconButton(tc.grid.removeGroup, <DeleteOutlined />, () => removeGroup(row.group), false, true)
              )}
            </Flex>
          );
        }
        const gi = draft.groups.findIndex((g) => g.key === row.item.groupKey);
        const group = draft.groups[gi]!;
        return (
          <Flex gap={0} wrap={false}>
            {iconButton(tc.grid.insertBelow, <PlusOutlined />, () => addItem(group, row.item))}
            {iconButton(tc.grid.moveUp, <ArrowUpOutlined />, () => moveItem(row.item, -1), row.first && gi === 0)}
            {iconButton(tc.grid.moveDown, <ArrowDownOutlined />, () => moveItem(row.item, 1), row.last && gi === draft.groups.length - 1)}
            {iconButton(tc.grid.removeItem, <DeleteOutlined />, () => removeItem(row.item), false, true)}
          </Flex>
        );
      },
    });
  }

  // The table scrolls sideways inside its box; read-only it holds nothing to focus, so the box
  // itself takes the focus (arrow keys scroll it) and is named (axe-core scrollable-region-focusable).
  useEffect(() => {
    const box = ref.current?.querySelector<HTMLElement>('.ant-table-content');
    if (!box) return;
    if (readOnly) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', tc.grid.title);
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  }, [ref, readOnly, tc.grid.title, rows.length]);

  const sumOk = Math.round(check.baseSum * 100) === Math.round(check.total * 100);
  return (
    <div ref={ref} onKeyDownCapture={onKeyDownCapture} className="fg-grid" data-testid="criteria-grid">
      <Table<Row>
        rowKey="key"
        size="small"
        bordered
        columns={columns}
        dataSource={rows}
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 1340 }}
        rowClassName={(row) => (row.type === 'group' ? 'fg-group-row' : '')}
        locale={{ emptyText: <Empty description={tc.grid.empty} /> }}
        summary={() =>
          rows.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text strong>{tc.grid.sumLabel}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Typography.Text strong type={sumOk ? 'success' : 'danger'} data-testid="grid-sum">
                  {f.number(check.baseSum)}
                  {Number.isFinite(check.total) ? ` / ${f.number(check.total)}` : ''}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} colSpan={readOnly ? 3 : 4}>
                <Typography.Text type="secondary">{tc.grid.sumHint}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </div>
  );
}
