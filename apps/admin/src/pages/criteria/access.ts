import type { CombinedError } from 'urql';
import { reasonedFields, type ReasonedField } from '../../lib/reasons';
import type { Viewer } from '../../auth/session';

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

export interface ApiProblem {
  code: string;
  reason: string;
  message: string;
  /** Every field at fault with its own reason and values (lib/reasons.ts). */
  fields: ReasonedField[];
}

/** The first GraphQL error with its code, reason and the fields at fault. */
export function apiProblem(error: CombinedError | undefined): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', reason: '', message: error.message, fields: [] };
  const ext = (first.extensions ?? {}) as Record<string, unknown>;
  return {
    code: String(ext.code ?? 'UNKNOWN'),
    reason: String(ext.reason ?? ''),
    message: first.message,
    fields: reasonedFields(ext, first.message),
  };
}

/** Saves a base64 file from the API as a download. */
export function downloadBase64(file: { filename: string; contentType: string; base64: string }) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a file as base64, reporting progress (0–100). */
export function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      onProgress(100);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
