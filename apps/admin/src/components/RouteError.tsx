import { useEffect, useState } from 'react';
import { Button, Flex, Layout, Space, Spin, Typography } from 'antd';
import { StarFilled } from '@ant-design/icons';
import { Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { useI18n } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { Result } from './Lazy';
import { GOLD, HEADER_BG } from './header/colors';

const RELOAD_KEY = 'fourgood.chunkReload';
/** One automatic reload per this span: a second failure soon after is shown, not reloaded again (no loop). */
const RELOAD_GUARD_MS = 60_000;

/**
 * A screen's code (a lazy chunk) could not be fetched: the network dropped, or a new deployment
 * renamed the files the page still refers to. Browsers word it differently; Vite's preload helper
 * too ("Unable to preload CSS").
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'ChunkLoadError') return true;
  return (
    typeof message === 'string' &&
    /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading chunk [\w-]+ failed/i.test(message)
  );
}

/**
 * Reloads the page once for a missing chunk (a new deployment: the fresh index.html names the new
 * files). Guarded by a time stamp in sessionStorage: within a minute of the last automatic reload
 * it answers false and the error is shown instead.
 */
function reloadOnce(): boolean {
  try {
    const last = Number(window.sessionStorage.getItem(RELOAD_KEY) ?? 0);
    if (Date.now() - last < RELOAD_GUARD_MS) return false;
    window.sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
  } catch {
    // Without storage no guard is possible: show the error rather than risk a loop.
    return false;
  }
  window.location.reload();
  return true;
}

/**
 * A route's error, in the app's words and language, with a way on: try again (a missing chunk
 * reloads the page; a screen that failed to draw is drawn again) or go home. A missing chunk
 * first reloads the page by itself, once. Rendered where the screen was: the header stays.
 */
export function ScreenError() {
  const error = useRouteError();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const chunk = isChunkLoadError(error);
  const [reloading, setReloading] = useState(false);

  useEffect(() => {
    if (chunk && reloadOnce()) setReloading(true);
    else console.error('[admin] screen failed', error);
  }, [chunk, error]);

  if (reloading) {
    return (
      <Flex vertical align="center" gap={12} style={{ padding: '12vh 0' }} data-testid="route-reloading">
        <Spin size="large" />
        <Typography.Text type="secondary">{t.errors.newVersion}</Typography.Text>
      </Flex>
    );
  }
  return (
    <Result
      status={chunk ? 'warning' : 'error'}
      title={chunk ? t.errors.chunkTitle : t.errors.crashed}
      subTitle={chunk ? t.errors.chunkHint : t.errors.crashedHint}
      data-testid="route-error"
      data-error-kind={chunk ? 'CHUNK' : 'RENDER'}
      extra={
        <Space wrap>
          <Button
            type="primary"
            data-testid="route-retry"
            onClick={() => {
              // A failed import is remembered by the page: only a reload fetches the code again.
              if (chunk) window.location.reload();
              else navigate(location, { replace: true });
            }}
          >
            {t.common.retry}
          </Button>
          <Link to="/">
            <Button>{t.common.backHome}</Button>
          </Link>
        </Space>
      }
    />
  );
}

/** The app itself failed around the screens (the sign-in page, the header): the brand and the language, then the error. */
export function AppError() {
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: 16, background: HEADER_BG }}>
        <a href="/" style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff', minHeight: 44 }} data-testid="brand">
          <StarFilled style={{ color: GOLD, fontSize: 22 }} />
          <span style={{ fontSize: 18, fontWeight: 700 }}>{t.app.name}</span>
        </a>
        <span style={{ marginLeft: 'auto' }}>
          <LanguageSwitch />
        </span>
      </Layout.Header>
      <Layout.Content className="fg-content">
        <ScreenError />
      </Layout.Content>
    </Layout>
  );
}
