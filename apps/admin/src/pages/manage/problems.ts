import { AUTH_REASONS, COMMON_REASONS, HIERARCHY_REASONS, MEMBER_REASONS, type AuthReason, type CommonReason, type HierarchyReason, type MemberReason, type ProblemValues } from '@fourgood/rules';
import type { CombinedError } from 'urql';
import type { Formats } from '../../i18n';
import type { ManageI18nDict } from '../../i18n/manage';
import { commonReasonText, reasonedFields, unreachable } from '../../lib/reasons';

/** The reasons the management screens may be given: the tree's, members', accounts' and the common ones. */
export type ManageReason = HierarchyReason | MemberReason | AuthReason | CommonReason;

const KNOWN = new Set<string>([...COMMON_REASONS, ...HIERARCHY_REASONS, ...MEMBER_REASONS, ...AUTH_REASONS]);
const COMMON = new Set<string>(COMMON_REASONS);

const num = (f: Formats, values: ProblemValues, key: string, fallback: string): string => (typeof values[key] === 'number' ? f.number(values[key]) : fallback);
const date = (f: Formats, values: ProblemValues, key: string): string => (typeof values[key] === 'string' ? f.date(values[key]) : '');

/** A reason in the screens' words; an unlisted one gets a generic sentence (never the server's English). */
export function manageReasonText(t: ManageI18nDict, f: Formats, reason: string, values: ProblemValues = {}): string {
  if (!KNOWN.has(reason)) return t.reasons.UNKNOWN_VALUE;
  if (COMMON.has(reason)) return commonReasonText(t, f, reason as CommonReason, values);
  const r = t.manage.reasons;
  const own = reason as HierarchyReason | MemberReason | AuthReason;
  switch (own) {
    case 'BEFORE_PARENT':
      return r.BEFORE_PARENT(date(f, values, 'foundedOn'));
    case 'BEFORE_LAST_RENAME':
      return r.BEFORE_LAST_RENAME(date(f, values, 'date'));
    case 'TOO_YOUNG':
      return r.TOO_YOUNG(num(f, values, 'min', '18'));
    case 'WEAK_PASSWORD':
      return r.WEAK_PASSWORD(num(f, values, 'min', '10'));
    case 'CODE_TAKEN':
    case 'PARENT_DISSOLVED':
    case 'CYCLE':
    case 'SAME_PARENT':
    case 'SAME_ORGANIZATION':
    case 'TARGET_HOLDS_NO_MEMBERS':
    case 'HAS_CHILDREN':
    case 'HAS_MEMBERS':
    case 'ROOT_HAS_NO_PARENT':
    case 'PARENT_REQUIRED':
    case 'PARENT_KIND_NOT_ALLOWED':
    case 'PARENT_HOLDS_MEMBERS':
    case 'SECTOR_REQUIRED':
    case 'SECTOR_NOT_ALLOWED':
    case 'CELL_TYPE_REQUIRED':
    case 'CELL_TYPE_NOT_ALLOWED':
    case 'CARD_TAKEN':
    case 'NOT_A_CELL':
    case 'SAME_CELL':
    case 'FINAL_STATUS':
    case 'SAME_STATUS':
    case 'BIRTH_TOO_EARLY':
    case 'OFFICIAL_BEFORE_JOINING':
    case 'BEFORE_JOINING':
    case 'AGE_RANGE':
    case 'BAD_CREDENTIALS':
    case 'LOCKED':
    case 'USERNAME_TAKEN':
    case 'OWN_ACCOUNT':
    case 'DUPLICATE_GRANT':
    case 'OWN_ADMIN_ROLE':
    case 'ROLE_NOT_ALLOWED':
      return r[own];
    default:
      return unreachable(own);
  }
}

/** One refusal placed on a form field (the input path without "input.") or told above the form. */
export interface PlacedProblem {
  field: string;
  text: string;
}

/**
 * The server's refusal of a management mutation or preview: each field at fault in words, its path
 * without "input."; `general` when the answer names no field (network, forbidden, not found).
 */
export function serverProblems(t: ManageI18nDict, f: Formats, error: CombinedError | undefined): { fields: PlacedProblem[]; general: string | null } {
  if (!error) return { fields: [], general: null };
  const first = error.graphQLErrors[0];
  if (!first) return { fields: [], general: t.errors.NETWORK };
  const code = String(first.extensions?.code ?? '');
  const fields = reasonedFields(first.extensions, first.message).map((p) => ({
    field: p.field.replace(/^input\./, ''),
    text: manageReasonText(t, f, p.reason, p.values),
  }));
  if (fields.length > 0 && code !== 'FORBIDDEN') return { fields, general: null };
  const kind = (code in t.errors ? code : 'UNKNOWN') as keyof typeof t.errors;
  return { fields: [], general: code === 'FORBIDDEN' || fields.length === 0 ? String(t.errors[kind]) : fields[0]!.text };
}
