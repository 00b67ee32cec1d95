import type { Viewer } from '../auth/session';

/**
 * What the viewer may see and do, in one place: the screens ask here instead of reading roles
 * themselves. The server decides the same questions on every request; these only shape the screens.
 */

/** The staff screens (criteria tables, scoring, meetings): staff and admins (viewer.canEdit). */
export function canUseStaffScreens(viewer: Viewer | null | undefined): boolean {
  return !!viewer?.canEdit;
}

/** The query workspace: analysts and admins (viewer.canQuery). */
export function canQuery(viewer: Viewer | null | undefined): boolean {
  return !!viewer?.canQuery;
}

/**
 * What the viewer may change, worked out from the grants the way the server decides it: staff and
 * admins edit inside the subtree of their grant (a grant without organisation: everywhere). The API
 * has no per-object "canEdit", so the organisation's ancestors (as far up as the viewer can see)
 * tell whether a grant covers it.
 */
const EDIT_ROLES = new Set(['STAFF', 'ADMIN']);

export interface OrgWithAncestors {
  id: string;
  ancestors: Array<{ id: string }>;
}

function editGrants(viewer: Viewer | null | undefined) {
  return (viewer?.grants ?? []).filter((g) => EDIT_ROLES.has(g.role));
}

/** May enter data for this organisation (its own scores, tables it owns). */
export function canEditOrg(viewer: Viewer | null | undefined, org: OrgWithAncestors | null | undefined): boolean {
  return editGrants(viewer).some((g) => !g.organization || (!!org && (g.organization.id === org.id || org.ancestors.some((a) => a.id === g.organization!.id))));
}

/** May review this organisation's assessments: staff of a committee above it. */
export function canReviewOrg(viewer: Viewer | null | undefined, org: OrgWithAncestors | null | undefined): boolean {
  return editGrants(viewer).some((g) => !g.organization || (!!org && org.ancestors.some((a) => a.id === g.organization!.id)));
}

/** Organisations the viewer edits in (their grants); empty with a national grant. */
export function editRoots(viewer: Viewer | null | undefined): Array<{ id: string; name: string }> {
  const seen = new Map<string, { id: string; name: string }>();
  for (const g of editGrants(viewer)) if (g.organization) seen.set(g.organization.id, g.organization);
  return [...seen.values()];
}

export function hasNationalEdit(viewer: Viewer | null | undefined): boolean {
  return editGrants(viewer).some((g) => !g.organization);
}

/** The accounts screen: admins (viewer.canManageUsers); the server decides whom they manage. */
export function canManageUsers(viewer: Viewer | null | undefined): boolean {
  return !!viewer?.canManageUsers;
}

/** The audit log: staff and admins, within their scope (the server filters the entries). */
export function canReadAudit(viewer: Viewer | null | undefined): boolean {
  return !!viewer?.canEdit || !!viewer?.canManageUsers;
}
