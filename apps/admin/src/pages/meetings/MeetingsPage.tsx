import { useState } from 'react';
import { Alert, Button, Card, Flex, Segmented, Select, Typography } from 'antd';
import { CalendarOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { holdsMembers, todayInVietnam } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { MeetingStatsCards } from '../../components/meetings/MeetingStatsCards';
import { meetingPath, newMeetingPath } from '../../components/meetings/tags';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import { TreeBreadcrumb } from '../../components/TreeBreadcrumb';
import { useMeetingsI18n } from '../../i18n/meetings';
import { useDocumentTitle, useLastDefined } from '../../lib/hooks';
import { orgPath, useLinkTo } from '../../lib/url';
import { canEditOrg } from '../../lib/permissions';
import { CellMeetingsDocument } from './queries';
import { MeetingsCalendar } from './list/MeetingsCalendar';
import { MeetingsTable } from './list/MeetingsTable';
import { WindowModal } from './list/WindowModal';
import './meetings.css';

/**
 * A cell's meetings for one year (`year` in the address, the current year by default), as a list
 * or a calendar (`view=calendar`), with the year's figures above and, for staff, the way to record
 * a meeting.
 */
export default function MeetingsPage() {
  const { id = '' } = useParams();
  const { t, f } = useMeetingsI18n();
  const tl = t.meetings.list;
  const linkTo = useLinkTo();
  const navigate = useNavigate();
  const { viewer } = useSession();
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const currentYear = Number(today.slice(0, 4));
  const askedYear = Number(params.get('year'));
  const year = Number.isInteger(askedYear) && askedYear >= 1930 && askedYear <= currentYear ? askedYear : currentYear;
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  const [windowOpen, setWindowOpen] = useState(false);
  const [result, reexecute] = useQuery({ query: CellMeetingsDocument, variables: { id, from: `${year}-01-01`, to: `${year}-12-31`, year } });
  const data = useLastDefined(result.data?.organization?.id === id ? result.data.organization : null);
  useDocumentTitle(data ? t.meetings.nav.meetingsOf(data.name) : result.fetching ? null : t.org.notFound);

  if (result.error && !data) return <QueryError error={result.error} notFoundTitle={t.org.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.org.notFound} hint={t.org.notFoundHint} />;
  }
  const org = data;
  const crumbs = [...org.ancestors, { id: org.id, name: org.name }];
  if (!holdsMembers(org.kind)) {
    return (
      <Flex vertical gap={16}>
        <TreeBreadcrumb ancestors={crumbs} current={tl.title} />
        <Alert type="info" showIcon title={tl.notACell} action={<Link to={linkTo(orgPath(org.id))}>{org.name}</Link>} />
      </Flex>
    );
  }
  const canEdit = canEditOrg(viewer, org);
  const meetings = org.meetings.nodes;
  const firstYear = Math.max(Number(org.foundedOn.slice(0, 4)), currentYear - 10);
  const years = Array.from({ length: currentYear - firstYear + 1 }, (_, i) => currentYear - i);
  if (!years.includes(year)) years.push(year);

  return (
    <Flex vertical gap={16} data-testid="meetings-page">
      <TreeBreadcrumb ancestors={crumbs} current={tl.title} />
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="meetings-title">
              {tl.title}
            </Typography.Title>
            <Typography.Text>
              <Link to={linkTo(orgPath(org.id))} data-testid="meetings-org-link" style={{ textDecoration: 'underline' }}>
                {org.name}
              </Link>
              <Typography.Text type="secondary" data-testid="meeting-window">
                {' · '}
                {org.meetingDayFrom != null && org.meetingDayTo != null ? tl.window(f.number(org.meetingDayFrom), f.number(org.meetingDayTo)) : tl.noWindow}
              </Typography.Text>
              {canEdit ? (
                <Button type="link" size="small" onClick={() => setWindowOpen(true)} data-testid="set-window">
                  {tl.setWindow}
                </Button>
              ) : null}
            </Typography.Text>
          </Flex>
          {canEdit && !org.dissolvedOn ? (
            <Link to={linkTo(newMeetingPath(org.id))}>
              <Button type="primary" icon={<PlusOutlined />} data-testid="record-meeting">
                {tl.record}
              </Button>
            </Link>
          ) : null}
        </Flex>
      </Card>

      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text type="secondary">{tl.year}</Typography.Text>
          <Select<number>
            value={year}
            onChange={(y) => setParam('year', y === currentYear ? null : String(y))}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
            virtual={false}
            aria-label={tl.year}
            data-testid="meetings-year"
          />
          <Segmented
            value={view}
            onChange={(v) => setParam('view', v === 'calendar' ? 'calendar' : null)}
            options={[
              { value: 'list', label: tl.viewList, icon: <UnorderedListOutlined /> },
              { value: 'calendar', label: tl.viewCalendar, icon: <CalendarOutlined /> },
            ]}
            data-testid="meetings-view"
          />
        </Flex>
        <Typography.Text type="secondary" data-testid="meetings-count">
          {tl.count(f.number(org.meetings.totalCount), String(year))}
        </Typography.Text>
      </Flex>

      <div style={{ opacity: result.fetching ? 0.7 : 1, transition: 'opacity .2s' }}>
        <MeetingStatsCards stats={org.meetingStats} cell variant="strip" />
      </div>

      {windowOpen ? <WindowModal org={org} today={today} onClose={() => setWindowOpen(false)} /> : null}

      {org.meetings.pageInfo.hasNextPage ? <Alert type="info" showIcon title={tl.truncated(f.number(meetings.length))} /> : null}

      <Card styles={{ body: { padding: view === 'calendar' ? 12 : 0 } }} style={{ opacity: result.fetching ? 0.7 : 1, transition: 'opacity .2s' }}>
        {view === 'list' ? (
          <MeetingsTable meetings={meetings} year={year} canEdit={canEdit} onOpen={(m) => navigate(linkTo(meetingPath(m.id)))} />
        ) : (
          <MeetingsCalendar
            meetings={meetings}
            year={year}
            month={params.get('month')}
            today={today}
            onMonth={(m) =>
              setParams(
                (prev) => {
                  const p = new URLSearchParams(prev);
                  p.set('month', m);
                  if (Number(m.slice(0, 4)) === currentYear) p.delete('year');
                  else p.set('year', m.slice(0, 4));
                  return p;
                },
                { replace: true },
              )
            }
          />
        )}
      </Card>
    </Flex>
  );
}
