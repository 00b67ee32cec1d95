import { CodeOutlined } from '@ant-design/icons';
import { NavLink } from 'react-router';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { canQuery } from '../../lib/permissions';

/** The header's entry to the query workspace, for analysts and admins (viewer.canQuery). */
export function WorkspaceLink() {
  const { t } = useI18n();
  const viewer = useSession().viewer;
  if (!canQuery(viewer)) return null;
  return (
    <NavLink
      to="/workspace"
      data-testid="nav-workspace"
      aria-label={t.nav.workspace}
      title={t.nav.workspace}
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
      <CodeOutlined /> <span className="fg-nav-label">{t.nav.workspace}</span>
    </NavLink>
  );
}
