import { Card, Flex, Steps, Tag, Timeline, Typography } from 'antd';
import { useQuery } from 'urql';
import { meetingQualityOf, type ScoreResult } from '@fourgood/rules';
import { useSession } from '../../../auth/session';
import { useStaffI18n } from '../../../i18n/staff';
import { canUseStaffScreens } from '../../../lib/permissions';
import { formatDateTime } from '../../criteria/util';
import { AssessmentHistoryDocument } from '../queries';
import { FourGoodTag, LEVEL_COLORS } from '../ResultCard';
import type { Full } from './entries';

const MEETING_QUALITY_COLORS = { GOOD: 'green', FAIR: 'cyan', AVERAGE: 'gold', POOR: 'red' } as const;

/** One side's total, level and "4 good" (or a meeting's quality), in the bar over the sheet. */
export function Outcome({ label, result, fourGoodModel, meetingModel, testId }: { label: string; result: ScoreResult; fourGoodModel: boolean; meetingModel?: boolean; testId: string }) {
  const { t, f } = useStaffI18n();
  return (
    <Flex align="center" gap={10} data-testid={`${testId}-outcome`}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <span style={{ fontSize: 24, fontWeight: 700, fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-total`}>
        {f.number(result.total)}
      </span>
      <Tag color={LEVEL_COLORS[result.level]} style={{ marginInlineEnd: 0 }} data-testid={`${testId}-level`}>
        {t.scoring.enums.levelShort[result.level]}
      </Tag>
      {fourGoodModel ? <FourGoodTag value={result.fourGood} testId={`${testId}-four-good`} size="large" /> : null}
      {/* A meeting's quality is told in its own words (tốt / khá / trung bình / kém). */}
      {meetingModel ? (
        <Tag color={MEETING_QUALITY_COLORS[meetingQualityOf(result.level)]} style={{ marginInlineEnd: 0 }} data-testid={`${testId}-meeting-quality`}>
          {t.scoring.sheet.meetingQuality(t.scoring.enums.meetingQuality[meetingQualityOf(result.level)])}
        </Tag>
      ) : null}
    </Flex>
  );
}

/** Where the assessment stands: the unit's scores, the review, approval. */
export function StatusSteps({ a }: { a: Full }) {
  const { t } = useStaffI18n();
  const s = t.scoring.steps;
  const at = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : undefined);
  const current = a.status === 'DRAFT' || a.status === 'RETURNED' ? 0 : a.status === 'SUBMITTED' ? 1 : 2;
  return (
    <Steps
      size="small"
      current={current}
      status={a.status === 'RETURNED' ? 'error' : a.status === 'APPROVED' ? 'finish' : 'process'}
      data-testid="status-steps"
      items={[
        { title: a.status === 'RETURNED' ? s.returned : s.self, content: a.status === 'RETURNED' ? s.returnedHint : a.status === 'DRAFT' ? s.selfHint : undefined },
        { title: s.review, content: a.submittedAt ? s.submittedAt(at(a.submittedAt)!) : undefined },
        { title: s.approved, content: a.approvedAt ? at(a.approvedAt) : undefined },
      ]}
    />
  );
}

/** Who did what to the assessment (staff only, from the audit log). */
export function History({ a }: { a: Full }) {
  const { t } = useStaffI18n();
  const { viewer } = useSession();
  const orgId = a.organization?.id;
  const [res] = useQuery({ query: AssessmentHistoryDocument, variables: { organizationId: orgId ?? '' }, pause: !orgId || !canUseStaffScreens(viewer), requestPolicy: 'network-only' });
  const entries = (res.data?.auditLog.nodes ?? []).filter((e) => e.entityType === 'Assessment' && e.entityId === a.id).sort((x, y) => x.at.localeCompare(y.at));
  // The parent remounts it when the assessment moves on, so it reads the log again.
  if (!canUseStaffScreens(viewer) || res.error || entries.length === 0) return null;
  const actions = t.scoring.history.actions as Record<string, string>;
  return (
    <Card size="small" title={t.scoring.history.title} data-testid="history">
      <Timeline
        items={entries.map((e, i) => ({
          key: i,
          color: e.action === 'approveAssessment' ? 'green' : e.action === 'returnAssessment' ? 'red' : e.action === 'submitAssessment' ? 'blue' : 'gray',
          content: (
            <Flex vertical>
              <span>
                <strong>{actions[e.action] ?? e.action}</strong> · {e.username}
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)}
              </Typography.Text>
              {e.action === 'returnAssessment' && typeof e.after?.returnReason === 'string' ? <Typography.Text italic>“{e.after.returnReason}”</Typography.Text> : null}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
