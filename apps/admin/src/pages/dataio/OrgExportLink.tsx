import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { canUseStaffScreens } from '../../lib/permissions';
import { useAsOf } from '../../lib/url';

/** From an organisation's page: its members as an XLSX file (the import's columns), for staff; as of the date on screen. */
export function OrgExportLink({ code }: { code: string }) {
  const { t } = useI18n();
  const { asOf } = useAsOf();
  const { viewer } = useSession();
  if (!canUseStaffScreens(viewer)) return null;
  const href = `/dataio/members.xlsx?org=${encodeURIComponent(code)}${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`;
  return (
    <a href={href} download data-testid="org-export">
      <Button icon={<DownloadOutlined />}>{t.nav.exportMembers}</Button>
    </a>
  );
}
