import { Tag } from 'antd';
import type { AssessmentStatus } from '../../gql/graphql';
import { useStaffI18n } from '../../i18n/staff';

export const assessmentPath = (id: string) => `/assessments/${encodeURIComponent(id)}`;

export function AssessmentStatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useStaffI18n();
  const colors = { DRAFT: 'default', SUBMITTED: 'processing', RETURNED: 'warning', APPROVED: 'success' } as const;
  return (
    <Tag color={colors[status]} data-testid="assessment-status" data-status={status}>
      {t.scoring.enums.status[status]}
    </Tag>
  );
}
