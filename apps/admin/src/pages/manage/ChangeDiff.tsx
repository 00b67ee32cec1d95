import { Flex, Grid, Table, Typography } from 'antd';
import { diffRows } from '@fourgood/rules';
import { useManageI18n } from '../../i18n/manage';

type Json = Record<string, unknown> | null | undefined;

/** One audit entry's change, before and after side by side; the fields that changed stand out. */
export function ChangeDiff({ before, after }: { before: Json; after: Json }) {
  const { t } = useManageI18n();
  const ta = t.manage.audit;
  const rows = diffRows(before, after);
  const wide = Grid.useBreakpoint().md !== false;
  const cell = (text: string, changed: boolean, side: 'before' | 'after') => (
    <Typography.Text
      style={{ wordBreak: 'break-word', background: changed ? (side === 'before' ? '#fff1f0' : '#f6ffed') : undefined, padding: changed ? '0 4px' : undefined }}
      delete={changed && side === 'before' && text !== ''}
      type={text === '' ? 'secondary' : undefined}
    >
      {text === '' ? '—' : text === 'OUT_OF_SCOPE' ? ta.outOfScope : text}
    </Typography.Text>
  );
  if (!wide) {
    // On a phone: each field as a block, before above after, instead of three narrow columns.
    return (
      <Flex vertical gap={8} data-testid="change-diff">
        {rows.map((r) => (
          <Flex key={r.field} vertical gap={2} className={r.changed ? 'diff-changed' : undefined} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 6 }}>
            <Typography.Text strong={r.changed} type={r.changed ? undefined : 'secondary'}>
              {r.field}
            </Typography.Text>
            {r.changed ? (
              <>
                <span>
                  <Typography.Text type="secondary">{before ? ta.before : ta.noBefore}: </Typography.Text>
                  {cell(r.before, true, 'before')}
                </span>
                <span>
                  <Typography.Text type="secondary">{ta.after}: </Typography.Text>
                  {cell(r.after, true, 'after')}
                </span>
              </>
            ) : (
              cell(r.after, false, 'after')
            )}
          </Flex>
        ))}
      </Flex>
    );
  }
  return (
    <Table
      data-testid="change-diff"
      size="small"
      pagination={false}
      rowKey="field"
      dataSource={rows}
      rowClassName={(r) => (r.changed ? 'diff-changed' : '')}
      columns={[
        { key: 'field', title: ta.field, dataIndex: 'field', width: 160, render: (v: string, r) => <Typography.Text strong={r.changed}>{v}</Typography.Text> },
        { key: 'before', title: before ? ta.before : ta.noBefore, render: (_, r) => cell(r.before, r.changed, 'before') },
        { key: 'after', title: ta.after, render: (_, r) => cell(r.after, r.changed, 'after') },
      ]}
    />
  );
}
