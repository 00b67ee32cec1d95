import { Breadcrumb } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../i18n';
import { orgPath, useLinkTo } from '../lib/url';

export interface Crumb {
  id: string;
  name: string;
}

/** Home › province › … › parent › current: each level a link that keeps the date. */
export function TreeBreadcrumb({ ancestors, current }: { ancestors: Crumb[]; current: string }) {
  const { t } = useI18n();
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
        ...ancestors.map((a) => ({ key: a.id, title: <Link to={linkTo(orgPath(a.id))}>{a.name}</Link> })),
        { key: 'current', title: current },
      ]}
    />
  );
}
