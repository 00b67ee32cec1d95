import { allowedParentKinds, ORGANIZATION_KINDS, type CommitteeSector, type OrganizationKind } from '@fourgood/rules';
import type { Dict } from '../i18n';

/** The level of an organisation as people say it: a directly-superior committee by its sector. */
export function kindLabel(t: Dict, kind: OrganizationKind, sector?: CommitteeSector | null): string {
  if (kind === 'DIRECTLY_SUPERIOR_COMMITTEE' && sector) return t.enums.kindBySector[sector];
  return t.enums.kind[kind];
}

export const KIND_COLORS: Record<OrganizationKind, string> = {
  PROVINCIAL_COMMITTEE: 'red',
  DIRECTLY_SUPERIOR_COMMITTEE: 'volcano',
  GRASSROOTS_COMMITTEE: 'gold',
  GRASSROOTS_CELL: 'green',
  PARTIAL_COMMITTEE: 'cyan',
  CELL: 'blue',
};

export const STATUS_COLORS = {
  ACTIVE: 'success',
  EXEMPT: 'default',
  TEMPORARILY_ELSEWHERE: 'processing',
  TRANSFERRED_OUT: 'warning',
  DECEASED: 'default',
  REMOVED: 'error',
} as const;

/** Order of levels from the top of the tree, for tables of counts. */
export const KIND_ORDER: OrganizationKind[] = [
  'PROVINCIAL_COMMITTEE',
  'DIRECTLY_SUPERIOR_COMMITTEE',
  'GRASSROOTS_COMMITTEE',
  'GRASSROOTS_CELL',
  'PARTIAL_COMMITTEE',
  'CELL',
];

/** Every level that may sit somewhere below an organisation of this kind, top-down. */
export function kindsBelow(kind: OrganizationKind): OrganizationKind[] {
  const found = new Set<OrganizationKind>();
  const queue: OrganizationKind[] = [kind];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const child of ORGANIZATION_KINDS) {
      if (!found.has(child) && allowedParentKinds(child).includes(parent)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return KIND_ORDER.filter((k) => found.has(k));
}

/**
 * Vietnamese order of names: by given name (the last word), then by the whole name, so that
 * "Hoàng Văn Ánh" comes before "Nguyễn Thị Hồng".
 */
export function compareVietnameseNames(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/).pop() ?? '';
  return given(a).localeCompare(given(b), 'vi', { sensitivity: 'base' }) || a.localeCompare(b, 'vi');
}
