import { Alert, Button, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useManageI18n } from '../../i18n/manage';
import { TreeLine } from '../manage/fields';
import type { Preview } from './useOrgChange';

/** What the change would do: counts of what moves, what is dissolved, the tree where it happens after it. */
export function PreviewCard({ preview, onConfirm, onEdit, busy, danger }: { preview: Preview; onConfirm: () => void; onEdit: () => void; busy: boolean; danger?: boolean }) {
  const { t, f } = useManageI18n();
  const tp = t.manage.orgs.preview;
  const moves = preview.organizationsMoving + preview.membersMoving > 0;
  return (
    <Card size="small" title={tp.title} data-testid="org-preview" style={{ borderColor: '#fa8c16' }}>
      <Flex vertical gap={16}>
        {moves ? (
          <Row gutter={[16, 8]}>
            <Col xs={8}>
              <Statistic title={tp.moving} value={preview.organizationsMoving} formatter={(v) => f.number(Number(v))} data-testid="preview-orgs" />
            </Col>
            <Col xs={8}>
              <Statistic title={tp.cells} value={preview.cellsMoving} formatter={(v) => f.number(Number(v))} data-testid="preview-cells" />
            </Col>
            <Col xs={8}>
              <Statistic title={tp.members} value={preview.membersMoving} formatter={(v) => f.number(Number(v))} data-testid="preview-members" />
            </Col>
          </Row>
        ) : (
          <Typography.Text type="secondary">{tp.nothingMoves}</Typography.Text>
        )}
        {preview.dissolved.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={`${tp.dissolved}: ${preview.dissolved.map((d) => d.name).join(', ')}`}
            data-testid="preview-dissolved"
          />
        ) : null}
        {preview.treeAfter.length > 0 ? (
          <Flex vertical gap={4}>
            <Typography.Text strong>{tp.treeAfter}</Typography.Text>
            <Flex vertical gap={2} data-testid="preview-tree">
              {preview.treeAfter.map((node) => (
                <TreeLine key={node.id} t={t} f={f} node={node} />
              ))}
            </Flex>
          </Flex>
        ) : null}
        <Flex gap={8} wrap>
          <Button type="primary" danger={danger} onClick={onConfirm} loading={busy} data-testid="org-confirm" autoFocus>
            {t.manage.common.confirm}
          </Button>
          <Button onClick={onEdit}>{t.manage.common.edit}</Button>
        </Flex>
      </Flex>
    </Card>
  );
}
