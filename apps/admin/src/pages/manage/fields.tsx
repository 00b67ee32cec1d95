import { DatePicker, Flex, Tag, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { hasLetter, todayInVietnam } from '@fourgood/rules';
import type { ManageI18nDict } from '../../i18n/manage';
import { KIND_COLORS, kindLabel } from '../../lib/labels';
import type { OrganizationKind } from '@fourgood/rules';

export const DATE_FORMAT = 'DD/MM/YYYY';

/** "YYYY-MM-DD" of a picked day (the picker's value), or null. */
export function toIso(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export function fromIso(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

/** Required, and (when `notFuture`) not after today in Vietnam: the API's rule for effective dates. */
export function dateRules(t: ManageI18nDict, { required = true, notFuture = true } = {}): Rule[] {
  const today = todayInVietnam();
  return [
    ...(required ? [{ required: true, message: t.manage.common.required }] : []),
    ...(notFuture
      ? [
          {
            validator: (_: unknown, value: Dayjs | null) =>
              value && value.format('YYYY-MM-DD') > today ? Promise.reject(new Error(t.manage.common.futureDate)) : Promise.resolve(),
          },
        ]
      : []),
  ];
}

/** A name needs a letter (the shared rule the server checks too): "...", "---" or "123" is refused as typed. */
export function letterRule(t: ManageI18nDict): Rule {
  return { validator: (_: unknown, value: string | undefined) => (!value?.trim() || hasLetter(value) ? Promise.resolve() : Promise.reject(new Error(t.reasons.NO_LETTER))) };
}

/** A date typed or picked as dd/mm/yyyy; days after today cannot be picked when `notFuture`. */
export function DateInput({ notFuture = true, testId, ...rest }: { notFuture?: boolean; testId?: string; value?: Dayjs | null; onChange?: (v: Dayjs | null) => void; id?: string; placeholder?: string }) {
  const today = todayInVietnam();
  return (
    <DatePicker
      {...rest}
      data-testid={testId}
      format={DATE_FORMAT}
      style={{ width: '100%', maxWidth: 220 }}
      disabledDate={notFuture ? (d) => d.format('YYYY-MM-DD') > today : undefined}
    />
  );
}

/** One organisation of a previewed tree: indented, the level's tag, members; what changes stands out. */
export function TreeLine({ t, node, f }: { t: ManageI18nDict; f: { number(n: number): string }; node: { name: string; kind: OrganizationKind; level: number; changed: boolean; members: number; code: string } }) {
  return (
    <Flex
      align="center"
      gap={8}
      wrap
      data-testid={node.changed ? 'tree-changed' : 'tree-line'}
      style={{
        marginLeft: node.level * 20,
        padding: '4px 8px',
        borderLeft: `3px solid ${node.changed ? '#fa8c16' : '#d9d9d9'}`,
        background: node.changed ? '#fff7e6' : undefined,
        borderRadius: 4,
      }}
    >
      <Tag color={KIND_COLORS[node.kind]} style={{ marginInlineEnd: 0 }}>
        {kindLabel(t, node.kind)}
      </Tag>
      <Typography.Text strong={node.changed}>{node.name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {node.code} · {t.manage.orgs.preview.membersOf(f.number(node.members))}
      </Typography.Text>
      {node.changed ? <Tag color="orange">{t.manage.orgs.preview.changed}</Tag> : null}
    </Flex>
  );
}

/** An instant (UTC ISO) as dd/mm/yyyy hh:mm in Vietnam's time, as every date of the app is shown. */
export function formatInstant(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}
