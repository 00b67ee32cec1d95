/**
 * The levels of the party organisation tree (DOMAIN.md, "The hierarchy"). Depth varies: since
 * 1 July 2025 grassroots committees sit directly under provinces, so a kind names what an
 * organisation is, not how deep it sits.
 */
export const OrganizationKind = {
  PROVINCIAL_COMMITTEE: 'PROVINCIAL_COMMITTEE',
  DIRECTLY_SUPERIOR_COMMITTEE: 'DIRECTLY_SUPERIOR_COMMITTEE',
  GRASSROOTS_COMMITTEE: 'GRASSROOTS_COMMITTEE',
  GRASSROOTS_CELL: 'GRASSROOTS_CELL',
  PARTIAL_COMMITTEE: 'PARTIAL_COMMITTEE',
  CELL: 'CELL',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];
export const ORGANIZATION_KINDS = Object.values(OrganizationKind);

/** What a directly-superior committee is a committee of. */
export const CommitteeSector = {
  DISTRICT: 'DISTRICT',
  TOWN: 'TOWN',
  CITY: 'CITY',
  BLOC: 'BLOC',
  ARMED_FORCES: 'ARMED_FORCES',
} as const;
export type CommitteeSector = (typeof CommitteeSector)[keyof typeof CommitteeSector];
export const COMMITTEE_SECTORS = Object.values(CommitteeSector);

/** Loại hình chi bộ: criteria tables differ by it. */
export const CellType = {
  RESIDENTIAL: 'RESIDENTIAL',
  AGENCY: 'AGENCY',
  PUBLIC_SERVICE: 'PUBLIC_SERVICE',
  ENTERPRISE: 'ENTERPRISE',
  ARMED_FORCES: 'ARMED_FORCES',
  OTHER: 'OTHER',
} as const;
export type CellType = (typeof CellType)[keyof typeof CellType];
export const CELL_TYPES = Object.values(CellType);

const PARENT_KINDS: Record<OrganizationKind, readonly OrganizationKind[]> = {
  PROVINCIAL_COMMITTEE: [],
  DIRECTLY_SUPERIOR_COMMITTEE: ['PROVINCIAL_COMMITTEE'],
  GRASSROOTS_COMMITTEE: ['PROVINCIAL_COMMITTEE', 'DIRECTLY_SUPERIOR_COMMITTEE'],
  GRASSROOTS_CELL: ['PROVINCIAL_COMMITTEE', 'DIRECTLY_SUPERIOR_COMMITTEE'],
  PARTIAL_COMMITTEE: ['GRASSROOTS_COMMITTEE'],
  CELL: ['GRASSROOTS_COMMITTEE', 'PARTIAL_COMMITTEE'],
};

/** The kinds an organisation of this kind may sit under; empty for the province, the root. */
export function allowedParentKinds(kind: OrganizationKind): readonly OrganizationKind[] {
  return PARENT_KINDS[kind];
}

export function isRootKind(kind: OrganizationKind): boolean {
  return PARENT_KINDS[kind].length === 0;
}

/** An organisation's code: 2–64 of A–Z a–z 0–9 . _ -, starting with a letter or digit. */
export const ORGANIZATION_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/** Only cells and grassroots cells hold members directly. */
export function holdsMembers(kind: OrganizationKind): boolean {
  return kind === 'CELL' || kind === 'GRASSROOTS_CELL';
}

/** Organisations that hold members have no child organisations. */
export function canHaveChildren(kind: OrganizationKind): boolean {
  return !holdsMembers(kind);
}

/** Cell type is meaningful for organisations that hold members (and is used to pick criteria tables). */
export function takesCellType(kind: OrganizationKind): boolean {
  return holdsMembers(kind);
}

export function takesSector(kind: OrganizationKind): boolean {
  return kind === 'DIRECTLY_SUPERIOR_COMMITTEE';
}

export type PlacementProblem =
  | { code: 'ROOT_HAS_NO_PARENT' }
  | { code: 'PARENT_REQUIRED' }
  | { code: 'PARENT_KIND_NOT_ALLOWED'; allowed: readonly OrganizationKind[] }
  | { code: 'PARENT_HOLDS_MEMBERS' };

/** Checks that an organisation of `kind` may sit under a parent of `parentKind` (null: no parent). */
export function checkPlacement(kind: OrganizationKind, parentKind: OrganizationKind | null): PlacementProblem | null {
  const allowed = PARENT_KINDS[kind];
  if (allowed.length === 0) return parentKind === null ? null : { code: 'ROOT_HAS_NO_PARENT' };
  if (parentKind === null) return { code: 'PARENT_REQUIRED' };
  if (!canHaveChildren(parentKind)) return { code: 'PARENT_HOLDS_MEMBERS' };
  if (!allowed.includes(parentKind)) return { code: 'PARENT_KIND_NOT_ALLOWED', allowed };
  return null;
}

/**
 * Materialized paths: "/12/345/" lists the ids from the province down. A subtree is the
 * half-open text range [path, path with its last "/" replaced by "0"), since "0" follows "/" in
 * binary order; this needs a binary collation (COLLATE "C" on PostgreSQL).
 */
export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function subtreeUpperBound(path: string): string {
  return `${path.slice(0, -1)}0`;
}

export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}
