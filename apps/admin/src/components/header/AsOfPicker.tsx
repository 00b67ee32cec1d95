import { DatePicker, Flex, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n';
import { useAsOf } from '../../lib/url';

const MERGER_EVE = '2025-06-30';

/**
 * The "as of" date of the header. Loaded on demand (the date picker is one of antd's heaviest
 * components): until it arrives, AsOfPlaceholder (in the entry) holds its place with the same label and size.
 */
/** The dates offered with one tap: the ends of the last two years and the eve of the provincial merger. */
export function useAsOfPresets(): Array<{ label: string; value: string }> {
  const { t } = useI18n();
  const { today } = useAsOf();
  const year = Number(today.slice(0, 4));
  return [
    { label: t.header.asOfEndOfYear(year - 1), value: `${year - 1}-12-31` },
    { label: t.header.asOfEndOfYear(year - 2), value: `${year - 2}-12-31` },
    ...(today > MERGER_EVE ? [{ label: t.header.asOfBeforeMerger, value: MERGER_EVE }] : []),
  ];
}

export default function AsOfPicker() {
  const { t, f } = useI18n();
  const { asOf, today, setAsOf } = useAsOf();
  const presets = useAsOfPresets().map((p) => ({ label: p.label, value: dayjs(p.value) }));
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
