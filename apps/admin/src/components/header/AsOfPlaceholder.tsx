import { Flex, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { useAsOf } from '../../lib/url';

/** The picker's place while it loads: same label, same width, the date shown as text. */
export function AsOfPlaceholder() {
  const { t, f } = useI18n();
  const { asOf, today } = useAsOf();
  return (
    <Flex align="center" gap={8} aria-busy="true">
      <Typography.Text style={{ color: 'rgba(255,255,255,.85)', whiteSpace: 'nowrap' }}>{t.header.asOf}</Typography.Text>
      <span
        style={{
          width: 190,
          height: 32,
          boxSizing: 'border-box',
          display: 'inline-flex',
          alignItems: 'center',
          padding: '0 11px',
          background: '#fff',
          borderRadius: 6,
          color: asOf ? 'rgba(0,0,0,.88)' : 'rgba(0,0,0,.25)',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
        }}
      >
        {asOf ? f.date(asOf) : t.header.asOfPlaceholder(f.date(today))}
      </span>
    </Flex>
  );
}
