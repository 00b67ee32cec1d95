import { useState } from 'react';
import { Dropdown, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { AccountButton } from './AccountButton';

/** The account menu of the header (loaded on demand with antd's dropdown menu; AccountButton stands in). */
export default function AccountMenu({ initiallyOpen = false }: { initiallyOpen?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  const session = useSession();
  const navigate = useNavigate();
  const viewer = session.viewer;
  if (!viewer) return null;
  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <span>
                {viewer.user.displayName} <Typography.Text type="secondary">({viewer.user.username})</Typography.Text>
              </span>
            ),
            children: viewer.grants.map((g) => ({
              key: g.id,
              disabled: true,
              label: `${t.enums.role[g.role]} · ${g.organization?.name ?? t.account.national}`,
            })),
          },
          { type: 'divider' },
          {
            key: 'signOut',
            icon: <LogoutOutlined />,
            label: <span data-testid="sign-out">{t.account.signOut}</span>,
            onClick: async () => {
              await session.signOut();
              navigate('/login', { replace: true });
            },
          },
        ],
      }}
    >
      <AccountButton />
    </Dropdown>
  );
}
