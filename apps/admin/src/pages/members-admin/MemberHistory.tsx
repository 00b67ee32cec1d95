import { Card, Col, Collapse, Empty, Flex, Row, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { StatusTag } from '../../components/Tags';
import { useManageI18n } from '../../i18n/manage';
import { orgPath } from '../../lib/url';
import { ChangeDiff } from '../manage/ChangeDiff';
import { formatInstant } from '../manage/fields';
import type { ManagedMember } from './MemberActions';
import { MemberChangesDocument } from './queries';

/** Every change of the member: cells and statuses (dated), and each recorded change with who made it, before and after. */
export function MemberHistory({ member }: { member: ManagedMember }) {
  const { t, f } = useManageI18n();
  const th = t.manage.members.history;
  const [{ data }] = useQuery({ query: MemberChangesDocument, variables: { id: member.id }, requestPolicy: 'cache-and-network' });
  const until = (d: string | null | undefined) => (d ? f.date(d) : <Typography.Text type="secondary">{th.now}</Typography.Text>);
  const changes = data?.auditLog.nodes ?? [];
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={th.cells}>
            <Table
              data-testid="member-cells-history"
              size="small"
              pagination={false}
              rowKey={(r) => `${r.organizationName}|${r.validFrom}`}
              dataSource={[...member.memberships].reverse()}
              columns={[
                { key: 'org', title: t.manage.members.cell, render: (_, r) => (r.organization ? <Link to={orgPath(r.organization.id)}>{r.organization.name}</Link> : r.organizationName) },
                { key: 'from', title: th.from, width: 110, render: (_, r) => f.date(r.validFrom) },
                { key: 'to', title: th.to, width: 110, render: (_, r) => until(r.validTo) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={th.statuses}>
            <Table
              data-testid="member-status-history"
              size="small"
              pagination={false}
              rowKey={(r) => `${r.status}|${r.validFrom}`}
              dataSource={[...member.statusHistory].reverse()}
              columns={[
                { key: 'status', title: t.manage.members.status, render: (_, r) => <StatusTag status={r.status} /> },
                { key: 'from', title: th.from, width: 110, render: (_, r) => f.date(r.validFrom) },
                { key: 'to', title: th.to, width: 110, render: (_, r) => until(r.validTo) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={th.changes}>
        {changes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={th.none} />
        ) : (
          <Collapse
            data-testid="member-changes"
            size="small"
            items={changes.map((c, i) => ({
              key: String(i),
              label: (
                <Flex gap={8} wrap>
                  <Typography.Text strong>{t.manage.audit.actions[c.action] ?? c.action}</Typography.Text>
                  <Typography.Text type="secondary">
                    {formatInstant(c.at)} · {c.username}
                  </Typography.Text>
                </Flex>
              ),
              children: <ChangeDiff before={c.before} after={c.after} />,
            }))}
          />
        )}
      </Card>
    </Flex>
  );
}
