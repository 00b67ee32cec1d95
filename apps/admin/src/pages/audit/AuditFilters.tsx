import { useState } from 'react';
import { Button, DatePicker, Flex, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useManageI18n } from '../../i18n/manage';
import { DATE_FORMAT } from '../manage/fields';
import { OrgSearchSelect, type PickedOrg } from '../manage/OrgSearchSelect';

export interface AuditFilterValues {
  who: string;
  what: string[];
  type: string | null;
  from: string | null;
  to: string | null;
  org: PickedOrg | null;
}

/** Who (part of the user name), what (actions, kind of object), when (days, Vietnam time) and where (an organisation's subtree). */
export function AuditFilters({ value, onChange, roots }: { value: AuditFilterValues; onChange: (next: Partial<AuditFilterValues>) => void; roots: PickedOrg[] }) {
  const { t } = useManageI18n();
  const ta = t.manage.audit;
  const [who, setWho] = useState(value.who);
  const field = (label: string, control: React.ReactNode, width: string) => (
    <Flex vertical gap={4} style={{ flex: `1 1 ${width}`, minWidth: 0 }}>
      <Typography.Text strong>{label}</Typography.Text>
      {control}
    </Flex>
  );
  return (
    <Flex gap={12} wrap align="end" data-testid="audit-filters">
      {field(ta.who, <Input.Search data-testid="audit-who" aria-label={ta.who} placeholder={ta.whoPlaceholder} value={who} allowClear onChange={(e) => setWho(e.target.value)} onSearch={(v) => onChange({ who: v.trim() })} />, '180px')}
      {field(
        ta.what,
        <Select
          data-testid="audit-what"
          aria-label={ta.what}
          mode="multiple"
          allowClear
          value={value.what}
          onChange={(what: string[]) => onChange({ what })}
          options={Object.entries(ta.actions).map(([k, label]) => ({ value: k, label }))}
          maxTagCount={2}
        />,
        '240px',
      )}
      {field(
        ta.objectType,
        <Select
          data-testid="audit-type"
          aria-label={ta.objectType}
          allowClear
          value={value.type ?? undefined}
          onChange={(type?: string) => onChange({ type: type ?? null })}
          options={Object.entries(ta.entityTypes).map(([k, label]) => ({ value: k, label }))}
        />,
        '150px',
      )}
      {field(
        ta.when,
        <DatePicker.RangePicker
          data-testid="audit-when"
          format={DATE_FORMAT}
          allowEmpty={[true, true]}
          value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
          onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
          style={{ width: '100%' }}
        />,
        '240px',
      )}
      {field(ta.org, <OrgSearchSelect testId="audit-org" roots={roots} value={value.org} onChange={(org) => onChange({ org })} placeholder={t.manage.common.pickOrg} ariaLabel={ta.org} />, '220px')}
      <Button
        onClick={() => {
          setWho('');
          onChange({ who: '', what: [], type: null, from: null, to: null, org: null });
        }}
      >
        {ta.clear}
      </Button>
    </Flex>
  );
}
