import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Alert, Button, ConfigProvider, Flex, Layout, Spin, theme, Typography } from 'antd';
import { StarFilled } from '@ant-design/icons';
import { createBrowserRouter, Link, Navigate, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Provider as UrqlProvider } from 'urql';
import { SessionProvider, useSession } from './auth/session';
import { LanguageSwitch } from './components/LanguageSwitch';
import { Result } from './components/Lazy';
import { ErrorBoundary, NotFound, PageSkeleton } from './components/States';
import { I18nProvider, useI18n } from './i18n';
import { createClient } from './lib/client';
import { classifyError } from './lib/errors';
import { whenIdle } from './lib/preload';
import { useAsOf, useLinkTo } from './lib/url';
import HomePage from './pages/HomePage';
import { AccountButton } from './components/header/AccountButton';
import { AsOfPlaceholder } from './components/header/AsOfPlaceholder';
import { WorkspaceLink } from './components/header/WorkspaceLink';
import { StaffNav } from './components/StaffNav';
import { SearchBox } from './components/search/SearchBox';

/**
 * A screen that may use antd's `App.useApp()` (message, modal, notification): its code and antd's
 * `<App>` holder are fetched together and the screen renders inside it. The explore screens do not
 * use those hooks, and the holder is not at the root, to keep them out of the explore route's first
 * download (bundle budget, test/bench/bundle-budget.mjs). A screen that calls `App.useApp()` must
 * be loaded through here.
 */
function withAntApp(load: () => Promise<{ default: ComponentType }>) {
  return lazy(async () => {
    const [{ default: Screen }, { default: AntAppScope }] = await Promise.all([load(), import('./components/AntAppScope')]);
    return {
      default: function WithAntApp() {
        return (
          <AntAppScope>
            <Screen />
          </AntAppScope>
        );
      },
    };
  });
}

// Organisation and member screens load on demand: the start page stays small.
const loadOrganizationPage = () => import('./pages/OrganizationPage');
const loadMemberPage = () => import('./pages/MemberPage');
const OrganizationPage = lazy(loadOrganizationPage);
const MemberPage = lazy(loadMemberPage);
const OrgListPage = lazy(() => import('./pages/OrgListPage'));
const WorkspacePage = withAntApp(() => import('./pages/workspace/WorkspacePage'));
// Staff screens: criteria tables and scoring.
const CriteriaListPage = withAntApp(() => import('./pages/criteria/CriteriaListPage'));
const CriteriaEditorPage = withAntApp(() => import('./pages/criteria/CriteriaEditorPage'));
const AssessmentsPage = withAntApp(() => import('./pages/assessments/AssessmentsPage'));
const AssessmentPage = withAntApp(() => import('./pages/assessments/AssessmentPage'));
// A cell's meetings: list and calendar, the form, one meeting.
const MeetingsPage = withAntApp(() => import('./pages/meetings/MeetingsPage'));
const MeetingFormPage = withAntApp(() => import('./pages/meetings/MeetingFormPage'));
const MeetingPage = withAntApp(() => import('./pages/meetings/MeetingPage'));
// Staff: import organisations and members from a spreadsheet.
const ImportPage = lazy(() => import('./pages/dataio/ImportPage'));
// Management screens: the tree, members, accounts, the audit log.
const ManageLayout = lazy(() => import('./pages/manage/ManageLayout'));
const OrganizationsAdminPage = withAntApp(() => import('./pages/organizations-admin/OrganizationsAdminPage'));
const MembersAdminPage = withAntApp(() => import('./pages/members-admin/MembersAdminPage'));
const MemberNewPage = withAntApp(() => import('./pages/members-admin/MemberNewPage'));
const MemberManagePage = withAntApp(() => import('./pages/members-admin/MemberManagePage'));
const UsersPage = withAntApp(() => import('./pages/users/UsersPage'));
const AuditPage = withAntApp(() => import('./pages/audit/AuditPage'));
// Out of the explore route's initial load (bundle budget): the sign-in form and the date picker.
const loadLoginPage = () => import('./pages/LoginPage');
const LoginPage = lazy(loadLoginPage);
// Opening the sign-in page: its code is fetched at once, alongside the session check.
if (window.location.pathname === '/login') void loadLoginPage().catch(() => undefined);
const AsOfPicker = lazy(() => import('./components/header/AsOfPicker'));
const AccountMenu = lazy(() => import('./components/header/AccountMenu'));

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

const HEADER_BG = '#7f1d1d';
const GOLD = '#fadb14';

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
        <WorkspaceLink />
        <StaffNav />
        <Flex align="center" gap={16} style={{ marginLeft: 'auto' }}>
          <SearchBox />
          <Suspense fallback={<AsOfPlaceholder />}>
            <AsOfPicker />
          </Suspense>
          <LanguageSwitch />
          <AccountMenuSlot />
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
  return <ExplorePreload />;
}

/**
 * Signed in: once the first screen is shown and the browser is idle, the organisation and member
 * screens' code is fetched, so the first tap on an organisation waits only for its data.
 */
function ExplorePreload() {
  useEffect(() => whenIdle(() => void Promise.all([loadOrganizationPage(), loadMemberPage()]).catch(() => undefined)), []);
  return <Shell />;
}

function NotFoundPage() {
  const { t } = useI18n();
  return <NotFound title={t.errors.pageNotFound} hint={t.errors.pageNotFoundHint} />;
}

const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageSkeleton />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    element: <RequireViewer />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'org/:id', element: <OrganizationPage /> },
      { path: 'org/:id/list', element: <OrgListPage /> },
      { path: 'member/:id', element: <MemberPage /> },
      { path: 'workspace', element: <WorkspacePage /> },
      { path: 'criteria', element: <CriteriaListPage /> },
      { path: 'criteria/:id', element: <CriteriaEditorPage /> },
      { path: 'assessments', element: <AssessmentsPage /> },
      { path: 'assessments/:id', element: <AssessmentPage /> },
      { path: 'org/:id/meetings', element: <MeetingsPage /> },
      { path: 'org/:orgId/meetings/new', element: <MeetingFormPage /> },
      { path: 'meetings/:id', element: <MeetingPage /> },
      { path: 'meetings/:meetingId/edit', element: <MeetingFormPage /> },
      { path: 'import', element: <ImportPage /> },
      {
        path: 'manage',
        element: <ManageLayout />,
        children: [
          { index: true, element: <Navigate to="organizations" replace /> },
          { path: 'organizations', element: <OrganizationsAdminPage /> },
          { path: 'members', element: <MembersAdminPage /> },
          { path: 'members/new', element: <MemberNewPage /> },
          { path: 'members/:id', element: <MemberManagePage /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'audit', element: <AuditPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The base font, size and colour of text outside antd's components (what antd's `<App>` element sets). */
function BaseText({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return <div style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>{children}</div>;
}

function Themed() {
  const { antdLocale } = useI18n();
  const [client, setClient] = useState(createClient);
  const resetClient = useCallback(() => setClient(createClient()), []);
  return (
    <ConfigProvider
      locale={antdLocale}
      theme={{
        token: { borderRadius: 6, colorLink: '#0958d9' },
        components: {
          Layout: { headerBg: HEADER_BG, headerHeight: 60, bodyBg: '#f3f4f6', footerBg: '#f3f4f6' },
          Table: { headerBg: '#fafafa' },
        },
      }}
    >
      <BaseText>
        <UrqlProvider value={client}>
          <SessionProvider resetClient={resetClient}>
            <RouterProvider router={router} />
          </SessionProvider>
        </UrqlProvider>
      </BaseText>
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
