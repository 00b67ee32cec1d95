import { OrgPicker as SharedOrgPicker, type PickedOrg } from '../../components/OrgPicker';
import { useStaffI18n } from '../../i18n/staff';

export type { PickedOrg };

/** The organisation picker of the criteria and scoring screens (components/OrgPicker.tsx) with their words; searches are served from the cache. */
export function OrgPicker(props: {
  value: PickedOrg | null;
  onChange: (org: PickedOrg | null) => void;
  roots: PickedOrg[];
  /** Only organisations of these kinds can be chosen (others are not listed). */
  accept?: (org: PickedOrg) => boolean;
  placeholder?: string;
  testId?: string;
  width?: number | string;
  allowClear?: boolean;
  status?: 'error';
}) {
  const { t } = useStaffI18n();
  return <SharedOrgPicker {...props} placeholder={props.placeholder ?? t.criteria.orgPicker.placeholder} noMatch={t.criteria.orgPicker.none} />;
}
