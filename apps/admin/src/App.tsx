import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Alert, Button, ConfigProvider, Flex, Layout, Spin, theme, Typography } from 'antd';
import { createBrowserRouter, Navigate, Outlet, ScrollRestoration, useLocation, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Provider as UrqlProvider, useClient } from 'urql';
import { SessionProvider, useSession } from './auth/session';
import { Result } from './components/Lazy';
import { AppError, ScreenError } from './components/RouteError';
import { NotFound, PageSkeleton } from './components/States';
import { I18nProvider, useI18n } from './i18n';
import { createClient } from './lib/client';
import { classifyError } from './lib/errors';
import { prefetchClient, releasePrefetched, useSessionClientForPrefetch } from './lib/prefetch';
import { whenIdle } from './lib/preload';
import { useAsOf } from './lib/url';
import HomePage from './pages/HomePage';
// The sign-in screen is plain React and CSS, already in the first download (src/main.tsx).
import LoginPage from './pages/LoginPage';
import { AppHeader } from './components/header/AppHeader';
import { HEADER_BG } from './components/header/colors';
import { SearchBox } from './components/search/SearchBox';
import { COMPACT, PHONE, useMediaQuery } from './lib/media';

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
// The organisation page's tables (its own chunk): preloaded with it, so a tap waits only for data.
const loadOrgTables = () => import('./components/OrgTables');
// The organisation page's queries, started on the tap that opens it (see getRouter).
const loadOrganizationQueries = () => import('./pages/organizationQueries');
const OrganizationPage = lazy(loadOrganizationPage);
const MemberPage = lazy(loadMemberPage);
const OrgListPage = lazy(() => import('./pages/OrgListPage'));
const MembersListPage = lazy(() => import('./pages/MembersListPage'));
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
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader search={<SearchBox />} />
      <PastBanner />
      <Layout.Content className="fg-content">
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#595959', padding: '12px 24px' }}>{t.app.footer}</Layout.Footer>
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
 * Signed in: once the first screen is shown and the browser is idle, the organisation (with its
 * tables) and member screens' code is fetched, so the first tap on an organisation waits only for its data.
 */
function ExplorePreload() {
  useSessionClientForPrefetch(useClient());
  useEffect(() => whenIdle(() => void Promise.all([loadOrganizationPage(), loadOrgTables(), loadOrganizationQueries(), loadMemberPage()]).catch(() => undefined)), []);
  return <Shell />;
}

function NotFoundPage() {
  const { t } = useI18n();
  return <NotFound title={t.errors.pageNotFound} hint={t.errors.pageNotFoundHint} />;
}

/**
 * The screens' routes under one pathless route whose error element takes the screen's place when
 * it fails (its code did not load, it threw while drawing): the header and the menu stay.
 */
function screens(routes: RouteObject[]): RouteObject[] {
  return [{ errorElement: <ScreenError />, children: routes }];
}

const routes: RouteObject[] = [
  {
    path: '/login',
    errorElement: <AppError />,
    element: <LoginPage />,
  },
  {
    element: <RequireViewer />,
    errorElement: <AppError />,
    children: screens([
      { index: true, element: <HomePage /> },
      { id: 'organization', path: 'org/:id', element: <OrganizationPage /> },
      { path: 'org/:id/list', element: <OrgListPage /> },
      { path: 'org/:id/members', element: <MembersListPage /> },
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
    ]),
  },
];

/**
 * Created when the app first renders, not when this module loads: the sign-in screen of a page
 * opened at /login loads this module ahead (src/main.tsx) and moves to the address the user was
 * going to before the app starts, which is where the router must begin.
 */
let router: ReturnType<typeof createBrowserRouter> | undefined;
const getRouter = () => {
  if (router) return router;
  router = createBrowserRouter(routes);
  // A tap that opens an organisation page starts the page's queries at once, signed in: before
  // React draws the new screen (on a slow phone that takes a second or more of the wait otherwise).
  let path = router.state.location.pathname;
  router.subscribe((state) => {
    if (state.location.pathname === path) return;
    path = state.location.pathname;
    const client = prefetchClient();
    const match = state.matches.find((m) => m.route.id === 'organization');
    if (!client || !match?.params.id) return releasePrefetched();
    const { id } = match.params;
    const params = new URLSearchParams(state.location.search);
    void loadOrganizationQueries()
      .then((m) => prefetchClient() === client && m.prefetchOrganization(client, id, params))
      .catch(() => undefined);
  });
  return router;
};

/** The base font, size and colour of text outside antd's components (what antd's `<App>` element sets). */
function BaseText({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return <div style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>{children}</div>;
}

function Themed() {
  const { antdLocale } = useI18n();
  const [client, setClient] = useState(createClient);
  const resetClient = useCallback(() => setClient(createClient()), []);
  // Phones and tablets: controls at least 44 px tall, to be tapped.
  const touch = useMediaQuery(COMPACT);
  const phone = useMediaQuery(PHONE);
  return (
    <ConfigProvider
      locale={antdLocale}
      theme={{
        token: {
          borderRadius: 6,
          // Blue that keeps white text on primary buttons and links at 4.5:1 or more.
          colorPrimary: '#0958d9',
          colorLink: '#0958d9',
          // WCAG AA contrast (4.5:1) for secondary text on the grey page as well as on white.
          colorTextSecondary: 'rgba(0, 0, 0, 0.62)',
          colorTextDescription: 'rgba(0, 0, 0, 0.62)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
          // Status colours dark enough for text (danger text, tags, buttons) on white and on their light backgrounds.
          colorError: '#cf1322',
          colorSuccess: '#237804',
          colorWarningText: '#874d00',
          ...(touch ? { controlHeight: 44, controlHeightSM: 44, controlHeightLG: 48 } : {}),
        },
        components: {
          Layout: { headerBg: HEADER_BG, headerHeight: 60, bodyBg: '#f3f4f6', footerBg: '#f3f4f6' },
          Table: { headerBg: '#fafafa' },
          // The segments themselves 44 px tall on touch screens (the track adds 2 px each side).
          ...(touch ? { Segmented: { controlHeight: 48, controlHeightSM: 48 }, DatePicker: { cellWidth: 36, cellHeight: 36 } } : {}),
          // Phones: cards keep their content's width for it.
          ...(phone ? { Card: { bodyPadding: 12, bodyPaddingSM: 12, headerPadding: 12, headerPaddingSM: 12 } } : {}),
        },
      }}
    >
      <BaseText>
        <UrqlProvider value={client}>
          <SessionProvider resetClient={resetClient}>
            <RouterProvider router={getRouter()} />
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
