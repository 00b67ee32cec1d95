import { Tag } from 'antd';
import type { CommitteeSector, MemberStatus, OrganizationKind, RatingLevel } from '@fourgood/rules';
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

/** Tag colours of the rating levels (rating histories, list rows). */
export const LEVEL_TAG: Record<RatingLevel, string> = { EXCELLENT: 'green', GOOD: 'blue', COMPLETED: 'gold', NOT_COMPLETED: 'red' };

export function RatingLevelTag({ level }: { level: RatingLevel }) {
  const { t } = useI18n();
  return (
    <Tag color={LEVEL_TAG[level]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t.charts.levels[level]}
    </Tag>
  );
}
