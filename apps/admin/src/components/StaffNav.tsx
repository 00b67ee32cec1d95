import { ControlOutlined, FormOutlined, TableOutlined, UploadOutlined } from '@ant-design/icons';
import { NavLink } from 'react-router';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n';
import { canUseStaffScreens } from '../lib/permissions';

/** The header's entries to the staff screens: criteria tables, scoring, management (viewer.canEdit; the management screens have their own tabs). */
export function StaffNav() {
  const { t } = useI18n();
  const viewer = useSession().viewer;
  if (!canUseStaffScreens(viewer)) return null;
  const items = [
    { to: '/criteria', label: t.nav.criteria, icon: <TableOutlined />, testId: 'nav-criteria' },
    { to: '/assessments', label: t.nav.assessments, icon: <FormOutlined />, testId: 'nav-assessments' },
    { to: '/import', label: t.nav.dataImport, icon: <UploadOutlined />, testId: 'nav-import' },
    { to: '/manage', label: t.nav.manage, icon: <ControlOutlined />, testId: 'nav-manage' },
  ];
  return (
    <nav aria-label={t.nav.staff} style={{ display: 'flex', alignItems: 'center', gap: 4, flexShrink: 0 }}>
      {items.map((item) => (
        <NavLink
          key={item.to}
          to={item.to}
          data-testid={item.testId}
          aria-label={item.label}
          title={item.label}
          style={({ isActive }) => ({
            display: 'inline-flex',
            alignItems: 'center',
            gap: 6,
            height: 32,
            padding: '0 12px',
            borderRadius: 6,
            color: '#fff',
            whiteSpace: 'nowrap',
            background: isActive ? 'rgba(255,255,255,.18)' : 'transparent',
            fontWeight: isActive ? 600 : 400,
          })}
        >
          {item.icon} <span className="fg-nav-label">{item.label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
