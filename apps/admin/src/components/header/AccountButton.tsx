import { forwardRef, type ComponentProps } from 'react';
import { Button } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';

/** The signed-in user's name in the header: the account menu's trigger, and its stand-in while the menu loads. */
export const AccountButton = forwardRef<HTMLButtonElement, ComponentProps<typeof Button>>(function AccountButton(props, ref) {
  const { t } = useI18n();
  const viewer = useSession().viewer;
  if (!viewer) return null;
  return (
    <Button ref={ref} type="text" icon={<UserOutlined />} style={{ color: '#fff' }} data-testid="account" aria-label={`${viewer.user.displayName} (${t.account.menu})`} {...props}>
      <span style={{ maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{viewer.user.displayName}</span>
    </Button>
  );
});
