import { lazy, Suspense, useCallback, useState } from 'react';
import { Alert, App as AntApp, Button, ConfigProvider, DatePicker, Dropdown, Flex, Layout, Result, Spin, Tooltip, Typography } from 'antd';
import { LogoutOutlined, StarFilled, UserOutlined } from '@ant-design/icons';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs, { type Dayjs } from 'dayjs';
import { createBrowserRouter, Link, Navigate, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Provider as UrqlProvider } from 'urql';
import { SessionProvider, useSession } from './auth/session';
import { LanguageSwitch } from './components/LanguageSwitch';
import { ErrorBoundary, NotFound, PageSkeleton } from './components/States';
import { I18nProvider, useI18n } from './i18n';
import { createClient } from './lib/client';
import { classifyError } from './lib/errors';
import { useAsOf, useLinkTo } from './lib/url';
import HomePage from './pages/HomePage';
import LoginPage from './pages/LoginPage';

// Organisation and member screens load on demand: the start page stays small.
const OrganizationPage = lazy(() => import('./pages/OrganizationPage'));
const MemberPage = lazy(() => import('./pages/MemberPage'));

const HEADER_BG = '#7f1d1d';
const GOLD = '#fadb14';
const MERGER_EVE = '2025-06-30';

function AsOfPicker() {
  const { t, f } = useI18n();
  const { asOf, today, setAsOf } = useAsOf();
  const year = Number(today.slice(0, 4));
  const presets = [
    { label: t.header.asOfEndOfYear(year - 1), value: dayjs(`${year - 1}-12-31`) },
    { label: t.header.asOfEndOfYear(year - 2), value: dayjs(`${year - 2}-12-31`) },
    ...(today > MERGER_EVE ? [{ label: t.header.asOfBeforeMerger, value: dayjs(MERGER_EVE) }] : []),
  ];
  return (
    <Flex align="center" gap={8}>
      <Tooltip title={t.header.asOfHint}>
        <Typography.Text style={{ color: 'rgba(255,255,255,.85)', whiteSpace: 'nowrap' }}>{t.header.asOf}</Typography.Text>
      </Tooltip>
      <DatePicker
        data-testid="as-of"
        aria-label={t.header.asOf}
        value={asOf ? dayjs(asOf) : null}
        format="DD/MM/YYYY"
        placeholder={t.header.asOfPlaceholder(f.date(today))}
        disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
        presets={presets}
        onChange={(d: Dayjs | null) => setAsOf(d ? d.format('YYYY-MM-DD') : null)}
        allowClear
        style={{ width: 190 }}
      />
    </Flex>
  );
}

function AccountMenu() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const viewer = session.viewer;
  if (!viewer) return null;
  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <span>
                {viewer.user.displayName} <Typography.Text type="secondary">({viewer.user.username})</Typography.Text>
              </span>
            ),
            children: viewer.grants.map((g) => ({
              key: g.id,
              disabled: true,
              label: `${t.enums.role[g.role]} · ${g.organization?.name ?? t.account.national}`,
            })),
          },
          { type: 'divider' },
          {
            key: 'signOut',
            icon: <LogoutOutlined />,
            label: <span data-testid="sign-out">{t.account.signOut}</span>,
            onClick: async () => {
              await session.signOut();
              navigate('/login', { replace: true });
            },
          },
        ],
      }}
    >
      <Button type="text" icon={<UserOutlined />} style={{ color: '#fff' }} data-testid="account" aria-label={t.account.menu}>
        <span style={{ maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{viewer.user.displayName}</span>
      </Button>
    </Dropdown>
  );
}

function PastBanner() {
  const { t, f } = useI18n();
  const { asOf, setAsOf } = useAsOf();
  if (!asOf) return null;
  return (
    <Alert
      data-testid="as-of-banner"
      type="warning"
      showIcon
      banner
      style={{ paddingInline: 24 }}
      title={t.header.pastBanner(f.date(asOf))}
      action={
        <Button size="small" onClick={() => setAsOf(null)}>
          {t.header.backToToday}
        </Button>
      }
    />
  );
}

function Shell() {
  const { t } = useI18n();
  const linkTo = useLinkTo();
  const location = useLocation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ position: 'sticky', top: 0, zIndex: 10, display: 'flex', alignItems: 'center', gap: 16, paddingInline: 24 }}>
        <Link to={linkTo('/')} style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff', minWidth: 0 }} data-testid="brand">
          <StarFilled style={{ color: GOLD, fontSize: 22 }} />
          <span style={{ fontSize: 18, fontWeight: 700, whiteSpace: 'nowrap' }}>{t.app.name}</span>
          <span style={{ fontSize: 16, color: 'rgba(255,255,255,.85)', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            — {t.app.tagline}
          </span>
        </Link>
        <Flex align="center" gap={16} style={{ marginLeft: 'auto' }}>
          <AsOfPicker />
          <LanguageSwitch />
          <AccountMenu />
        </Flex>
      </Layout.Header>
      <PastBanner />
      <Layout.Content style={{ padding: '20px 24px 32px', width: '100%', maxWidth: 1600, margin: '0 auto' }}>
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c', padding: '12px 24px' }}>{t.app.footer}</Layout.Footer>
      <ScrollRestoration />
    </Layout>
  );
}

/** The app needs a session: without one, go to the sign-in page and come back afterwards. */
function RequireViewer() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  if (session.viewer === undefined) {
    if (session.error) {
      const kind = classifyError(session.error);
      return (
        <Result
          status={kind === 'NETWORK' ? 'warning' : 'error'}
          title={t.errors.title}
          subTitle={t.errors[kind]}
          extra={<Button type="primary" onClick={session.retry}>{t.common.retry}</Button>}
          style={{ paddingTop: '12vh' }}
        />
      );
    }
    return (
      <Flex vertical justify="center" align="center" gap={16} style={{ minHeight: '100vh' }} data-testid="session-check">
        <Spin size="large" />
        <Typography.Text type="secondary">{t.account.checking}</Typography.Text>
      </Flex>
    );
  }
  if (session.viewer === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return <Shell />;
}

function NotFoundPage() {
  const { t } = useI18n();
  return <NotFound title={t.errors.pageNotFound} hint={t.errors.pageNotFoundHint} />;
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireViewer />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'org/:id', element: <OrganizationPage /> },
      { path: 'member/:id', element: <MemberPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

function Themed() {
  const { lang } = useI18n();
  const [client, setClient] = useState(createClient);
  const resetClient = useCallback(() => setClient(createClient()), []);
  return (
    <ConfigProvider
      locale={lang === 'vi' ? viVN : enUS}
      theme={{
        token: { borderRadius: 6, colorLink: '#0958d9' },
        components: {
          Layout: { headerBg: HEADER_BG, headerHeight: 60, bodyBg: '#f3f4f6', footerBg: '#f3f4f6' },
          Table: { headerBg: '#fafafa' },
        },
      }}
    >
      <AntApp>
        <UrqlProvider value={client}>
          <SessionProvider resetClient={resetClient}>
            <RouterProvider router={router} />
          </SessionProvider>
        </UrqlProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Themed />
    </I18nProvider>
  );
}
