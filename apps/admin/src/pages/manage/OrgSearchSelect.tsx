import type { OrganizationKind } from '@fourgood/rules';
import { OrgPicker, type PickedOrg } from '../../components/OrgPicker';
import { useManageI18n } from '../../i18n/manage';

export type { PickedOrg };

/** The organisation picker of the management screens (components/OrgPicker.tsx): their words, clearable, always searching afresh. */
export function OrgSearchSelect(props: {
  id?: string;
  value?: PickedOrg | null;
  onChange?: (org: PickedOrg | null) => void;
  roots: PickedOrg[];
  accept?: (org: PickedOrg) => boolean;
  placeholder?: string;
  testId?: string;
  /** Only this kind is searched for (e.g. cells). */
  kind?: OrganizationKind;
  /** The caption shown beside it, as its name for screen readers (OrgPicker's ariaLabel). */
  ariaLabel?: string;
}) {
  const { t } = useManageI18n();
  return <OrgPicker {...props} placeholder={props.placeholder ?? t.manage.common.searchPlaceholder} noMatch={t.manage.common.noMatch} allowClear fresh />;
}
