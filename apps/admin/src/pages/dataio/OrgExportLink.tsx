import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { canUseStaffScreens } from '../../lib/permissions';

/** From an organisation's page: its members as an XLSX file (the import's columns), for staff; as of the date on screen. */
export function OrgExportLink({ code, asOf }: { code: string; asOf: string | null }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  if (!canUseStaffScreens(viewer)) return null;
  const href = `/dataio/members.xlsx?org=${encodeURIComponent(code)}${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`;
  return (
    <a href={href} download data-testid="org-export">
      <Button icon={<DownloadOutlined />}>{t.nav.exportMembers}</Button>
    </a>
  );
}
