import type { ReactNode } from 'react';
import { Breadcrumb } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { meetingsPath } from '../../components/meetings/tags';
import type { MeetingsI18nDict } from '../../i18n/meetings';
import { orgPath, useLinkTo } from '../../lib/url';

/** Home › province › … › the cell › Cell meetings › here. */
export function MeetingCrumbs({ org, current, t }: { org: { id: string; name: string; ancestors: Array<{ id: string; name: string }> }; current: ReactNode; t: MeetingsI18nDict }) {
  const linkTo = useLinkTo();
  return (
    <Breadcrumb
      data-testid="breadcrumbs"
      items={[
        {
          key: 'home',
          title: (
            <Link to={linkTo('/')}>
              <HomeOutlined /> {t.nav.home}
            </Link>
          ),
        },
        ...org.ancestors.map((a) => ({ key: a.id, title: <Link to={linkTo(orgPath(a.id))}>{a.name}</Link> })),
        { key: org.id, title: <Link to={linkTo(orgPath(org.id))}>{org.name}</Link> },
        { key: 'meetings', title: <Link to={linkTo(meetingsPath(org.id))} data-testid="crumb-meetings">{t.meetings.nav.meetings}</Link> },
        { key: 'current', title: current },
      ]}
    />
  );
}

export { meetingProblemText, serverProblems, type FormProblem } from './reasons';
