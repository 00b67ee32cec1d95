import { Button, Flex, Space, Tooltip, Typography } from 'antd';
import { DoubleLeftOutlined, DoubleRightOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n';
import { Select } from './Lazy';
import { PAGE_SIZES, type CursorPaging, type PageInfoLike } from '../lib/url';

/**
 * Paging over a Relay connection: first / previous / next / last and the page size. The API pages
 * by cursor, so there is no jump to an arbitrary page number.
 */
export function CursorPager({
  paging,
  pageInfo,
  totalCount,
  shown,
  disabled,
}: {
  paging: CursorPaging;
  pageInfo: PageInfoLike | undefined;
  totalCount: number;
  shown: number;
  disabled?: boolean;
}) {
  const { t, f } = useI18n();
  const pages = Math.max(1, Math.ceil(totalCount / paging.size));
  const page = Math.min(paging.page, pages);
  const from = totalCount === 0 ? 0 : (page - 1) * paging.size + 1;
  const to = Math.min(totalCount, from + shown - 1);
  const hasPrev = page > 1 || !!pageInfo?.hasPreviousPage;
  const hasNext = !!pageInfo?.hasNextPage;
  if (totalCount <= PAGE_SIZES[0] && !hasPrev && !hasNext) return null;
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }} data-testid="pager">
      <Typography.Text type="secondary">{t.pager.range(f.number(from), f.number(to), f.number(totalCount))}</Typography.Text>
      <Space wrap size={8}>
        <Tooltip title={t.pager.first}>
          <Button aria-label={t.pager.first} icon={<DoubleLeftOutlined />} disabled={disabled || !hasPrev} onClick={paging.first} />
        </Tooltip>
        <Tooltip title={t.pager.previous}>
          <Button aria-label={t.pager.previous} icon={<LeftOutlined />} disabled={disabled || !hasPrev || !pageInfo} onClick={() => pageInfo && paging.previous(pageInfo)} />
        </Tooltip>
        <Typography.Text style={{ minWidth: 96, display: 'inline-block', textAlign: 'center' }}>
          {t.pager.page(f.number(page), f.number(pages))}
        </Typography.Text>
        <Tooltip title={t.pager.next}>
          <Button aria-label={t.pager.next} icon={<RightOutlined />} disabled={disabled || !hasNext} onClick={() => pageInfo && paging.next(pageInfo)} />
        </Tooltip>
        <Tooltip title={t.pager.last}>
          <Button aria-label={t.pager.last} icon={<DoubleRightOutlined />} disabled={disabled || !hasNext} onClick={() => paging.last(totalCount)} />
        </Tooltip>
        <Select
          value={paging.size}
          aria-label={t.pager.pageSize}
          onChange={paging.setSize}
          disabled={disabled}
          style={{ width: 120 }}
          options={PAGE_SIZES.map((n) => ({ value: n, label: t.pager.perPage(n) }))}
        />
      </Space>
    </Flex>
  );
}
