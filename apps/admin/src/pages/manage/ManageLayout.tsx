import { Suspense } from 'react';
import { Flex } from 'antd';
import { ApartmentOutlined, AuditOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { NavLink, Outlet } from 'react-router';
import { useSession } from '../../auth/session';
import { NotFound, PageSkeleton } from '../../components/States';
import { useManageI18n } from '../../i18n/manage';
import { canManageUsers, canUseStaffScreens } from '../../lib/permissions';

/** The management screens under one header entry: their own row of links, then the screen. */
export default function ManageLayout() {
  const { t } = useManageI18n();
  const viewer = useSession().viewer;
  if (!canUseStaffScreens(viewer) && !canManageUsers(viewer)) return <NotFound title={t.errors.FORBIDDEN} hint="" />;
  const tn = t.manage.nav;
  const items = [
    ...(canUseStaffScreens(viewer)
      ? [
          { to: 'organizations', label: tn.organizations, icon: <ApartmentOutlined /> },
          { to: 'members', label: tn.members, icon: <TeamOutlined /> },
        ]
      : []),
    ...(canManageUsers(viewer) ? [{ to: 'users', label: tn.users, icon: <UserOutlined /> }] : []),
    { to: 'audit', label: tn.audit, icon: <AuditOutlined /> },
  ];
  return (
    <Flex vertical gap={16}>
      <nav aria-label={t.nav.manage} data-testid="manage-nav" style={{ display: 'flex', gap: 4, flexWrap: 'wrap', borderBottom: '1px solid #e5e7eb', paddingBottom: 8 }}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            to={item.to}
            data-testid={`manage-nav-${item.to}`}
            style={({ isActive }) => ({
              display: 'inline-flex',
              alignItems: 'center',
              gap: 6,
              height: 32,
              padding: '0 12px',
              borderRadius: 6,
              whiteSpace: 'nowrap',
              color: isActive ? '#7f1d1d' : '#374151',
              background: isActive ? '#fde8e8' : 'transparent',
              fontWeight: isActive ? 600 : 400,
            })}
          >
            {item.icon} {item.label}
          </NavLink>
        ))}
      </nav>
      <Suspense fallback={<PageSkeleton />}>
        <Outlet />
      </Suspense>
    </Flex>
  );
}
