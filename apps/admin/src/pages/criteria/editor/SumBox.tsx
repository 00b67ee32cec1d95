import { Typography } from 'antd';
import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { useStaffI18n } from '../../../i18n/staff';

/** The sum of the base items against the table's total, green when they match. */
export function SumBox({ sum, total, ok }: { sum: number; total: number; ok: boolean }) {
  const { t, f } = useStaffI18n();
  const tc = t.criteria.editor;
  const diff = Math.round((total - sum) * 100) / 100;
  return (
    <div
      data-testid="sum-box"
      style={{
        minWidth: 220,
        padding: '12px 18px',
        borderRadius: 8,
        border: `1px solid ${ok ? '#b7eb8f' : '#ffa39e'}`,
        background: ok ? '#f6ffed' : '#fff1f0',
      }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {tc.sumTitle}
      </Typography.Text>
      <div style={{ fontSize: 30, fontWeight: 700, lineHeight: 1.2, fontVariantNumeric: 'tabular-nums', color: ok ? '#237804' : '#cf1322' }}>
        <span data-testid="sum-value">{f.number(sum)}</span>
        <span style={{ fontSize: 18, color: '#595959', fontWeight: 500 }}> / {Number.isFinite(total) ? f.number(total) : '?'}</span>
      </div>
      <Typography.Text style={{ color: ok ? '#237804' : '#cf1322' }} data-testid="sum-status">
        {ok ? <CheckCircleFilled /> : <WarningFilled />} {ok ? tc.sumOk : diff > 0 ? tc.sumMissing(f.number(diff)) : tc.sumOver(f.number(-diff))}
      </Typography.Text>
    </div>
  );
}
