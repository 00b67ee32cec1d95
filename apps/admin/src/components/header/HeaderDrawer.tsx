import { useEffect, useRef } from 'react';
import { Button, DatePicker, Drawer, Flex, Typography } from 'antd';
import { CloseOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { useAsOf } from '../../lib/url';
import { LanguageSwitch } from '../LanguageSwitch';
import { StaffNav } from '../StaffNav';
import { useAsOfPresets } from './AsOfPicker';
import { HEADER_BG } from './colors';
import { WorkspaceLink } from './WorkspaceLink';

const MUTED = 'rgba(255,255,255,.85)';

function SectionTitle({ children }: { children: string }) {
  return <div style={{ color: MUTED, fontSize: 13, textTransform: 'uppercase', letterSpacing: 0.4, marginBottom: 8 }}>{children}</div>;
}

/**
 * The header's menu on phones and tablets (loaded on first open): the "as of" date with its presets
 * as buttons (on screen, not in a popup), the language, the staff links and the account. In the
 * header's colour, so the header's links read the same inside it. Closes when a link is followed.
 */
export default function HeaderDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, f } = useI18n();
  const { asOf, today, setAsOf } = useAsOf();
  const presets = useAsOfPresets();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const viewer = session.viewer;

  // Following a link (staff screens, workspace) closes the menu.
  const path = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname !== path.current) {
      path.current = location.pathname;
      onClose();
    }
  }, [location.pathname, onClose]);

  const choose = (value: string | null) => {
    setAsOf(value);
    onClose();
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="right"
      size={Math.min(340, typeof window === 'undefined' ? 340 : window.innerWidth - 32)}
      closable={false}
      title={<span style={{ color: '#fff' }}>{t.header.menu}</span>}
      extra={<Button type="text" icon={<CloseOutlined />} aria-label={t.header.closeMenu} onClick={onClose} style={{ color: '#fff', width: 44, height: 44 }} data-testid="header-drawer-close" />}
      rootClassName="fg-header-drawer"
      styles={{ section: { background: HEADER_BG, color: '#fff' }, header: { borderBottomColor: 'rgba(255,255,255,.2)', paddingBlock: 6 }, body: { padding: 16 } }}
      data-testid="header-drawer"
    >
      <Flex vertical gap={24} data-testid="header-drawer-body">
        <section>
          <SectionTitle>{t.header.asOf}</SectionTitle>
          <Flex wrap gap={8} data-testid="as-of-presets" style={{ marginBottom: 8 }}>
            <Button type={asOf ? 'default' : 'primary'} onClick={() => choose(null)}>
              {t.header.asOfToday}
            </Button>
            {presets.map((p) => (
              <Button key={p.value} type={asOf === p.value ? 'primary' : 'default'} onClick={() => choose(p.value)}>
                {p.label}
              </Button>
            ))}
          </Flex>
          <DatePicker
            data-testid="as-of"
            aria-label={t.header.asOf}
            value={asOf ? dayjs(asOf) : null}
            format="DD/MM/YYYY"
            placeholder={t.header.asOfPlaceholder(f.date(today))}
            disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
            onChange={(d: Dayjs | null) => (d ? choose(d.format('YYYY-MM-DD')) : choose(null))}
            inputReadOnly
            allowClear
            placement="bottomRight"
            style={{ width: '100%' }}
          />
          <Typography.Paragraph style={{ color: MUTED, fontSize: 13, margin: '8px 0 0' }}>{t.header.asOfHint}</Typography.Paragraph>
        </section>

        <section>
          <SectionTitle>{t.header.language}</SectionTitle>
          <LanguageSwitch block />
        </section>

        <section className="fg-drawer-nav">
          <WorkspaceLink />
          <StaffNav />
        </section>

        {viewer ? (
          <section data-testid="drawer-account">
            <SectionTitle>{t.account.menu}</SectionTitle>
            <Flex align="center" gap={8} style={{ marginBottom: 4 }}>
              <UserOutlined />
              <strong>{viewer.user.displayName}</strong>
              <span style={{ color: MUTED }}>({viewer.user.username})</span>
            </Flex>
            <ul style={{ margin: '0 0 12px', paddingInlineStart: 24, color: MUTED }}>
              {viewer.grants.map((g) => (
                <li key={g.id}>
                  {t.enums.role[g.role]} · {g.organization?.name ?? t.account.national}
                </li>
              ))}
            </ul>
            <Button
              icon={<LogoutOutlined />}
              block
              data-testid="sign-out"
              onClick={async () => {
                await session.signOut();
                navigate('/login', { replace: true });
              }}
            >
              {t.account.signOut}
            </Button>
          </section>
        ) : null}
      </Flex>
    </Drawer>
  );
}
