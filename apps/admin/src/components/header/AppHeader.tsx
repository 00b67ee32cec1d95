import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Button, Flex, Layout } from 'antd';
import { MenuOutlined, StarFilled } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { COMPACT, useMediaQuery } from '../../lib/media';
import { useLinkTo } from '../../lib/url';
import { LanguageSwitch } from '../LanguageSwitch';
import { StaffNav } from '../StaffNav';
import { AccountButton } from './AccountButton';
import { AsOfPlaceholder } from './AsOfPlaceholder';
import { GOLD } from './colors';
import { WorkspaceLink } from './WorkspaceLink';

// Out of the explore route's initial load (bundle budget): the date picker, the account menu, the phone menu.
const AsOfPicker = lazy(() => import('./AsOfPicker'));
const AccountMenu = lazy(() => import('./AccountMenu'));
const HeaderDrawer = lazy(() => import('./HeaderDrawer'));


/**
 * The account menu loads on demand; its stand-in button remembers a click made before the menu
 * arrived, and the menu then opens by itself (otherwise that first click would do nothing).
 */
function AccountMenuSlot() {
  const [clickedEarly, setClickedEarly] = useState(false);
  return (
    <Suspense fallback={<AccountButton onClick={() => setClickedEarly(true)} />}>
      <AccountMenu initiallyOpen={clickedEarly} />
    </Suspense>
  );
}

function Brand({ compact }: { compact: boolean }) {
  const { t } = useI18n();
  const linkTo = useLinkTo();
  return (
    <Link
      to={linkTo('/')}
      style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff', minHeight: 44, flexShrink: 0 }}
      data-testid="brand"
      aria-label={compact ? `${t.app.name} — ${t.nav.home}` : undefined}
    >
      <StarFilled style={{ color: GOLD, fontSize: 22 }} />
      <span style={{ fontSize: 18, fontWeight: 700, whiteSpace: 'nowrap' }}>{t.app.name}</span>
      {compact ? null : (
        <span className="fg-brand-tagline" style={{ fontSize: 16, color: 'rgba(255,255,255,.85)', whiteSpace: 'nowrap' }}>
          — {t.app.tagline}
        </span>
      )}
    </Link>
  );
}

/**
 * The app's header. Wide: brand, staff links, the search box, the date, the language and the
 * account. Below 992 px: brand, the search box and a menu button; the menu (a drawer) holds the
 * date with its presets, the language, the staff links and the account.
 *
 * `search` is the header's search box (issue 13, item 4): it takes the free width in both forms.
 */
export function AppHeader({ search }: { search?: ReactNode }) {
  const { t } = useI18n();
  const compact = useMediaQuery(COMPACT);
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuWanted, setMenuWanted] = useState(false);
  return (
    <Layout.Header
      className="fg-header"
      style={{ position: 'sticky', top: 0, zIndex: 10, display: 'flex', alignItems: 'center', gap: compact ? 8 : 16, paddingInline: compact ? 12 : 24 }}
    >
      <Brand compact={compact} />
      {compact ? (
        <>
          <div className="fg-header-search" style={{ flex: 1, minWidth: 0, display: 'flex', justifyContent: 'flex-end' }}>
            {search}
          </div>
          <Button
            type="text"
            icon={<MenuOutlined style={{ fontSize: 20 }} />}
            aria-label={t.header.menu}
            aria-expanded={menuOpen}
            onClick={() => {
              setMenuWanted(true);
              setMenuOpen(true);
            }}
            style={{ color: '#fff', width: 44, height: 44, flexShrink: 0 }}
            data-testid="header-menu"
          />
          {menuWanted ? (
            <Suspense fallback={null}>
              <HeaderDrawer open={menuOpen} onClose={() => setMenuOpen(false)} />
            </Suspense>
          ) : null}
        </>
      ) : (
        <>
          <WorkspaceLink />
          <StaffNav />
          <div className="fg-header-search" style={{ flex: 1, minWidth: 0, display: 'flex', justifyContent: 'flex-end' }}>
            {search}
          </div>
          <Flex align="center" gap={16}>
            <Suspense fallback={<AsOfPlaceholder />}>
              <AsOfPicker />
            </Suspense>
            <LanguageSwitch />
            <AccountMenuSlot />
          </Flex>
        </>
      )}
    </Layout.Header>
  );
}
