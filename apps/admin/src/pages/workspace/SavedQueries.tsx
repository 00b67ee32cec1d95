import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Flex, Input, Popconfirm, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, LockOutlined, ReloadOutlined, SearchOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import type { SavedQueryPartsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { classifyError } from '../../lib/errors';
import { DeleteSavedQueryDocument, SavedQueriesDocument } from './queries';

export type SavedQuery = SavedQueryPartsFragment;

/** Lowercase without diacritics, for a search that finds "Đảng viên" from "dang vien". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The calendar day in Vietnam of a UTC timestamp. */
function vietnamDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
}

/**
 * The analyst's saved queries and those colleagues shared: open one into the editor, delete one's
 * own. The list is the server's (last changed first).
 */
export function SavedQueries({
  username,
  currentId,
  onOpen,
  onDeleted,
}: {
  username: string;
  currentId: string | null;
  onOpen(saved: SavedQuery): void;
  onDeleted(id: string): void;
}) {
  const { t, f } = useI18n();
  const { message } = App.useApp();
  // Saving returns a SavedQuery: urql then refetches this list by itself.
  const context = useMemo(() => ({ additionalTypenames: ['SavedQuery'] }), []);
  const [result, reexecute] = useQuery({ query: SavedQueriesDocument, variables: { first: 200 }, context });
  const [, remove] = useMutation(DeleteSavedQueryDocument);
  const [search, setSearch] = useState('');
  const nodes = result.data?.savedQueries.nodes;
  const shown = useMemo(() => {
    const q = fold(search.trim());
    return (nodes ?? []).filter((n) => !q || fold(`${n.name} ${n.description ?? ''} ${n.ownerName}`).includes(q));
  }, [nodes, search]);

  const onDelete = async (saved: SavedQuery) => {
    const res = await remove({ id: saved.id });
    if (res.error) {
      message.error(t.errors[classifyError(res.error)]);
      return;
    }
    message.success(t.workspace.deleted(saved.name));
    onDeleted(saved.id);
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <Card
      size="small"
      title={t.workspace.saved}
      extra={
        <Tooltip title={t.workspace.reload}>
          <Button type="text" size="small" icon={<ReloadOutlined />} aria-label={t.workspace.reload} onClick={() => reexecute({ requestPolicy: 'network-only' })} loading={result.fetching} />
        </Tooltip>
      }
      style={{ height: '100%', display: 'flex', flexDirection: 'column' }}
      styles={{ body: { flex: 1, minHeight: 0, overflowY: 'auto', padding: 8 } }}
      data-testid="saved-queries"
    >
      <Input
        allowClear
        size="small"
        prefix={<SearchOutlined style={{ color: '#bfbfbf' }} />}
        placeholder={t.workspace.searchSaved}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ marginBottom: 8 }}
        aria-label={t.workspace.searchSaved}
      />
      {result.error && !nodes ? (
        <Typography.Text type="danger">{t.errors[classifyError(result.error)]}</Typography.Text>
      ) : !nodes ? (
        <Skeleton active title={false} paragraph={{ rows: 6 }} />
      ) : shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={nodes.length === 0 ? t.workspace.savedEmpty : t.workspace.savedNoMatch} />
      ) : (
        <Flex vertical gap={4} role="list">
          {shown.map((n) => {
            const mine = n.ownerName === username;
            const active = n.id === currentId;
            return (
              <div
                key={n.id}
                role="listitem"
                data-testid="saved-query-item"
                data-name={n.name}
                className="fg-saved-item"
                style={{
                  padding: '6px 8px',
                  borderRadius: 6,
                  cursor: 'pointer',
                  background: active ? '#e6f4ff' : undefined,
                  border: `1px solid ${active ? '#91caff' : 'transparent'}`,
                }}
                onClick={() => onOpen(n)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onOpen(n);
                  }
                }}
                tabIndex={0}
                aria-current={active ? 'true' : undefined}
                title={t.workspace.openHint}
              >
                <Flex justify="space-between" align="start" gap={4}>
                  <Typography.Text strong style={{ minWidth: 0 }} ellipsis={{ tooltip: n.name }}>
                    {n.name}
                  </Typography.Text>
                  {mine ? (
                    <Popconfirm
                      title={t.workspace.deleteConfirm(n.name)}
                      okText={t.workspace.delete}
                      cancelText={t.workspace.cancel}
                      okButtonProps={{ danger: true }}
                      onConfirm={(e) => {
                        e?.stopPropagation();
                        return onDelete(n);
                      }}
                      onCancel={(e) => e?.stopPropagation()}
                    >
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`${t.workspace.delete}: ${n.name}`}
                        data-testid="delete-saved"
                        onClick={(e) => e.stopPropagation()}
                      />
                    </Popconfirm>
                  ) : null}
                </Flex>
                {n.description ? (
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>
                    {n.description}
                  </Typography.Paragraph>
                ) : null}
                <Flex gap={6} align="center" wrap style={{ marginTop: 2 }}>
                  {n.shared ? (
                    <Tag icon={<TeamOutlined />} color="blue" style={{ marginInlineEnd: 0 }}>
                      {t.workspace.shared}
                    </Tag>
                  ) : (
                    <Tag icon={<LockOutlined />} style={{ marginInlineEnd: 0 }}>
                      {t.workspace.private}
                    </Tag>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {mine ? t.workspace.mine : n.ownerName} · {f.date(vietnamDate(n.updatedAt))}
                  </Typography.Text>
                </Flex>
              </div>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
