import { Tag, Tooltip } from 'antd';
import { MoonOutlined } from '@ant-design/icons';
import type { AttendanceStatus, MeetingKind } from '@fourgood/rules';
import type { MeetingQuality } from '../../gql/graphql';
import { useMeetingsI18n } from '../../i18n/meetings';

/** Small pieces shared by the meeting screens and the meeting parts of the explore pages. */
export const meetingsPath = (orgId: string) => `/org/${encodeURIComponent(orgId)}/meetings`;
export const newMeetingPath = (orgId: string) => `/org/${encodeURIComponent(orgId)}/meetings/new`;
export const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;
export const editMeetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}/edit`;

export const KIND_COLORS: Record<MeetingKind, string> = {
  REGULAR: 'blue',
  THEMATIC: 'purple',
  REGULAR_WITH_THEMATIC: 'geekblue',
  EXTRAORDINARY: 'orange',
};
export const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = { PRESENT: 'success', EXCUSED: 'warning', UNEXCUSED: 'error' };
export const QUALITY_COLORS: Record<MeetingQuality, string> = { GOOD: 'green', FAIR: 'cyan', AVERAGE: 'gold', POOR: 'red' };

export function MeetingKindTag({ kind, short }: { kind: MeetingKind; short?: boolean }) {
  const { t } = useMeetingsI18n();
  return (
    <Tooltip title={short ? t.meetings.enums.kind[kind] : undefined}>
      <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }} data-kind={kind}>
        {short ? t.meetings.enums.kindShort[kind] : t.meetings.enums.kind[kind]}
      </Tag>
    </Tooltip>
  );
}

export function AttendanceTag({ status }: { status: AttendanceStatus }) {
  const { t } = useMeetingsI18n();
  return (
    <Tag color={ATTENDANCE_COLORS[status]} style={{ marginInlineEnd: 0 }} data-status={status}>
      {t.meetings.enums.attendance[status]}
    </Tag>
  );
}

export function QualityTag({ quality }: { quality: MeetingQuality | null | undefined }) {
  const { t } = useMeetingsI18n();
  if (!quality) return <Tag style={{ marginInlineEnd: 0, color: '#595959' }}>{t.meetings.list.notRated}</Tag>;
  return (
    <Tag color={QUALITY_COLORS[quality]} style={{ marginInlineEnd: 0 }} data-quality={quality}>
      {t.meetings.enums.quality[quality]}
    </Tag>
  );
}

export function EveningTag() {
  const { t } = useMeetingsI18n();
  return (
    <Tag icon={<MoonOutlined />} color="default" style={{ marginInlineEnd: 0 }}>
      {t.meetings.list.evening}
    </Tag>
  );
}

/** Share of members present, coloured against the guidance's 85% line. */
export function rateColor(rate: number | null | undefined): string | undefined {
  if (rate == null) return undefined;
  if (rate > 0.85) return '#237804';
  if (rate >= 0.7) return '#874d00';
  return '#cf1322';
}

/** The weekday of an ISO date ("2024-09-05" → 4, Thursday), computed in UTC so no time zone shifts it. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}
