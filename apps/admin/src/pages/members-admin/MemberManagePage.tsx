import { useMemo } from 'react';
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { endsMembership } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import { StatusTag } from '../../components/Tags';
import { useManageI18n } from '../../i18n/manage';
import { useDocumentTitle } from '../../lib/hooks';
import { canUseStaffScreens, editRoots, hasNationalEdit } from '../../lib/permissions';
import { memberPath } from '../../lib/url';
import { ActionTabs } from '../manage/ActionTabs';
import type { PickedOrg } from '../manage/OrgSearchSelect';
import { CorrectForm, StatusForm, TransferForm } from './MemberActions';
import { MemberHistory } from './MemberHistory';
import { ManagedMemberDocument } from './queries';

/** One member: the record, then correct, transfer, change status, and the history of every change. */
export default function MemberManagePage() {
  const { id = '' } = useParams();
  const { t, f } = useManageI18n();
  const tm = t.manage.members;
  const viewer = useSession().viewer;
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'correct';
  const roots: PickedOrg[] = useMemo(() => (hasNationalEdit(viewer) ? [] : editRoots(viewer)), [viewer]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: ManagedMemberDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const member = data?.member ?? null;
  useDocumentTitle(member?.fullName ?? tm.title);

  if (!canUseStaffScreens(viewer)) return <NotFound title={t.errors.FORBIDDEN} hint="" />;
  if (error && !member) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!member) return fetching || !data ? <PageSkeleton /> : <NotFound title={t.member.notFound} hint={t.member.notFoundHint} />;

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const left = endsMembership(member.status);
  const setTab = (key: string) => {
    const next = new URLSearchParams(params);
    next.set('tab', key);
    setParams(next, { replace: true });
  };
  const items = [
    ...(left
      ? []
      : [
          { key: 'correct', label: tm.tabs.correct, children: <CorrectForm member={member} onDone={reload} /> },
          { key: 'transfer', label: tm.tabs.transfer, children: <TransferForm member={member} roots={roots} onDone={reload} /> },
          { key: 'status', label: tm.tabs.status, children: <StatusForm member={member} onDone={reload} /> },
        ]),
    { key: 'history', label: tm.tabs.history, children: <MemberHistory member={member} /> },
  ];
  const activeKey = items.some((i) => i.key === tab) ? tab : items[0]!.key;

  return (
    <Flex vertical gap={16} data-testid="member-manage-page">
      <Card size="small">
        <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
          <UserOutlined style={{ fontSize: 20, color: '#8c8c8c' }} />
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="member-name">
            {member.fullName}
          </Typography.Title>
          <span data-testid="member-status">
            <StatusTag status={member.status} />
          </span>
          <Tag>{t.enums.position[member.position]}</Tag>
          <Link to={memberPath(member.id)} style={{ marginLeft: 'auto' }}>
            <Button size="small">{tm.openPage}</Button>
          </Link>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={tm.cardNumber}>{member.cardNumber}</Descriptions.Item>
          <Descriptions.Item label={tm.cell}>
            <span data-testid="member-cell">{member.organization ? [...member.organization.ancestors.slice(-1).map((a) => a.name), member.organization.name].join(' › ') : tm.left}</span>
          </Descriptions.Item>
          <Descriptions.Item label={tm.joinedOn}>{f.date(member.joinedOn)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small">
        <ActionTabs activeKey={activeKey} onChange={setTab} items={items} testId="member-tabs" />
      </Card>
    </Flex>
  );
}
