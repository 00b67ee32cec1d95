import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import type { CombinedError } from 'urql';
import { QueryError } from './States';

/**
 * The frame of a management list (members, users): the title with its icon and a line of intro,
 * the screen's main action at the right, an optional card of filters, the query's error, and the
 * list in a card titled with its count (the table and its pager or "load more" as children).
 */
export function ListScreen({
  testId,
  icon,
  title,
  intro,
  action,
  filters,
  error,
  onRetry,
  countTitle,
  placeholder,
  children,
}: {
  testId: string;
  icon: ReactNode;
  title: string;
  intro: string;
  action?: ReactNode;
  filters?: ReactNode;
  error?: CombinedError;
  onRetry: () => void;
  countTitle: ReactNode;
  /** Shown instead of the list card (e.g. "pick an organisation" before there is a list). */
  placeholder?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Flex vertical gap={16} data-testid={testId}>
      <Flex justify="space-between" align="start" gap={12} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {icon} {title}
          </Typography.Title>
          <Typography.Text type="secondary">{intro}</Typography.Text>
        </div>
        {action}
      </Flex>
      {filters ? <Card size="small">{filters}</Card> : null}
      {error ? <QueryError error={error} onRetry={onRetry} /> : null}
      {placeholder ?? (
        <Card size="small" title={countTitle}>
          {children}
        </Card>
      )}
    </Flex>
  );
}
