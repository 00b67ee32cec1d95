import { Tag } from 'antd';
import type { ItemKind } from '@fourgood/rules';
import { useStaffI18n } from '../../i18n/staff';

/** Small pieces shared by the criteria and scoring screens (kept apart so that no screen loads another's code). */
export const criteriaPath = (id: string) => `/criteria/${encodeURIComponent(id)}`;

export const KIND_COLORS: Record<ItemKind, string> = { SCORED: 'blue', YES_NO: 'geekblue', DEDUCTION: 'volcano', BONUS: 'green', VETO: 'magenta' };

export function StatusTag({ status }: { status: 'DRAFT' | 'PUBLISHED' }) {
  const { t } = useStaffI18n();
  return (
    <Tag color={status === 'PUBLISHED' ? 'green' : 'orange'} data-testid="table-status">
      {t.criteria.enums.status[status]}
    </Tag>
  );
}

/** "21/11/2026 14:05" in Vietnam time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}
