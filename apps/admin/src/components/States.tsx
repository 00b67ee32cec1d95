import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Card, Skeleton, Space } from 'antd';
import { Result } from './Lazy';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n';
import { classifyError, type ErrorKind } from '../lib/errors';
import { useLinkTo } from '../lib/url';

const STATUS_BY_KIND: Partial<Record<ErrorKind, '403' | '404' | '500' | 'warning' | 'error'>> = {
  NOT_FOUND: '404',
  BAD_LINK: '404',
  FORBIDDEN: '403',
  UNAUTHENTICATED: '403',
  INTERNAL: '500',
  SERVICE_UNAVAILABLE: 'warning',
  NETWORK: 'warning',
};

/** A failed query, explained by its error code, with a way to try again or go home. */
export function QueryError({ error, onRetry, notFoundTitle }: { error: CombinedError; onRetry?: () => void; notFoundTitle?: string }) {
  const { t } = useI18n();
  const linkTo = useLinkTo();
  const kind = classifyError(error);
  const retryable = kind === 'NETWORK' || kind === 'SERVICE_UNAVAILABLE' || kind === 'INTERNAL' || kind === 'UNKNOWN' || kind === 'CONFLICT';
  return (
    <Result
      status={STATUS_BY_KIND[kind] ?? 'error'}
      title={notFoundTitle && (kind === 'NOT_FOUND' || kind === 'BAD_LINK') ? notFoundTitle : t.errors.title}
      subTitle={t.errors[kind]}
      data-testid="query-error"
      data-error-code={kind}
      extra={
        <Space>
          {retryable && onRetry ? (
            <Button type="primary" onClick={onRetry}>
              {t.common.retry}
            </Button>
          ) : null}
          <Link to={linkTo('/')}>
            <Button>{t.common.backHome}</Button>
          </Link>
        </Space>
      }
    />
  );
}

/** "Nothing here" for a record that does not exist (a null result, not an error). */
export function NotFound({ title, hint }: { title: string; hint: string }) {
  const { t } = useI18n();
  const linkTo = useLinkTo();
  return (
    <Result
      status="404"
      title={title}
      subTitle={hint}
      data-testid="not-found"
      extra={
        <Link to={linkTo('/')}>
          <Button type="primary">{t.common.backHome}</Button>
        </Link>
      }
    />
  );
}

export function PageSkeleton() {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="page-loading">
      <Skeleton.Input active size="small" style={{ width: 320 }} />
      <Card>
        <Skeleton active paragraph={{ rows: 2 }} />
      </Card>
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    </Space>
  );
}

function CrashResult() {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t.errors.crashed}
      subTitle={t.errors.crashedHint}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t.errors.reload}
        </Button>
      }
    />
  );
}

/** Keeps a rendering bug in one screen from blanking the whole app. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { failed: boolean; key?: string }> {
  override state: { failed: boolean; key?: string } = { failed: false, key: this.props.resetKey };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: { resetKey?: string }, state: { failed: boolean; key?: string }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }
  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('[admin] screen failed', error, info.componentStack);
  }
  override render() {
    return this.state.failed ? <CrashResult /> : this.props.children;
  }
}
