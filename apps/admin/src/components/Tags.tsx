import { Tag } from 'antd';
import type { CommitteeSector, MemberStatus, OrganizationKind } from '@fourgood/rules';
import { useI18n } from '../i18n';
import { KIND_COLORS, STATUS_COLORS, kindLabel } from '../lib/labels';

export function KindTag({ kind, sector }: { kind: OrganizationKind; sector?: CommitteeSector | null }) {
  const { t } = useI18n();
  return (
    <Tag color={KIND_COLORS[kind]} variant="outlined">
      {kindLabel(t, kind, sector)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: MemberStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{t.enums.status[status]}</Tag>;
}
