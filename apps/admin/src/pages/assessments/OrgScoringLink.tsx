import { Button } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { canUseStaffScreens } from '../../lib/permissions';
import { useLinkTo } from '../../lib/url';

/** From an organisation's page to its assessments (where a new one is opened), for staff. */
export function OrgScoringLink({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const linkTo = useLinkTo();
  if (!canUseStaffScreens(viewer)) return null;
  return (
    <Link to={linkTo(`/assessments?org=${encodeURIComponent(orgId)}`)} style={{ marginLeft: 'auto' }}>
      <Button icon={<FormOutlined />} data-testid="org-assessments">
        {t.nav.assessments}
      </Button>
    </Link>
  );
}
