import { addYears, foldText, holdsMembers, type CellType, type CommitteeSector, type OrganizationKind } from '@fourgood/rules';
import { dayNumber, isoDay, minDate } from './calendar.js';
import type { NameRegion } from './names.js';
import { Rng } from './random.js';

/**
 * The shape of the demo tree before it is written: what each organisation is, when it was
 * founded and how many members it holds today. Codes, founding dates of cells and member
 * counts left open are filled in by `finishPlan`, deterministically.
 */
export interface OrgPlan {
  /** Left empty for cells: `finishPlan` numbers them after their parent ("DB-TUACHUA-MUONGBANG-03"). */
  code: string;
  name: string;
  kind: OrganizationKind;
  sector?: CommitteeSector;
  cellType?: CellType;
  /** Left open for cells: the parent's date, or a later one for some. */
  foundedOn?: string;
  children?: OrgPlan[];
  /**
   * For an organisation that holds members: how many it holds today. For any other: the total
   * of today's members under it, spread over the cells below that have no number of their own.
   */
  members?: number;
  /** Relative size of a cell when members are spread (default: by cell type). */
  weight?: number;
  /**
   * Members of this cell all joined before this date and none moved, left or died: for the
   * cells whose figures the seed articles quote for a given year.
   */
  stableUntil?: string;
}

export interface ProvincePlan extends OrgPlan {
  /** First part of the party card numbers issued here ("11" gives "11.004217"). */
  cardPrefix: string;
  names: NameRegion;
}

/** A dated change applied through HierarchyService once the tree is written. */
export type HistoryStep =
  | { kind: 'merge'; source: string; target: string; on: string }
  | { kind: 'move'; organization: string; newParent: string; on: string };

/** Cells are founded no later than this, so every dated change of the demo comes after them. */
export const LATEST_CELL_FOUNDING = '2022-12-31';

// ------------------------------------------------------------------ builders

export function province(
  code: string,
  name: string,
  foundedOn: string,
  cardPrefix: string,
  names: NameRegion,
  children: OrgPlan[],
): ProvincePlan {
  return { code, name, kind: 'PROVINCIAL_COMMITTEE', foundedOn, cardPrefix, names, children };
}

export function superior(
  code: string,
  name: string,
  sector: CommitteeSector,
  foundedOn: string,
  children: OrgPlan[],
  members?: number,
): OrgPlan {
  return { code, name, kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector, foundedOn, children, members };
}

export function grassrootsCommittee(code: string, name: string, children: OrgPlan[], extra: Partial<OrgPlan> = {}): OrgPlan {
  return { code, name, kind: 'GRASSROOTS_COMMITTEE', children, ...extra };
}

export function partialCommittee(name: string, children: OrgPlan[], extra: Partial<OrgPlan> = {}): OrgPlan {
  return { code: '', name, kind: 'PARTIAL_COMMITTEE', children, ...extra };
}

export function cell(name: string, cellType: CellType = cellTypeOf(name), extra: Partial<OrgPlan> = {}): OrgPlan {
  return { code: '', name, kind: 'CELL', cellType, ...extra };
}

export function grassrootsCell(name: string, cellType: CellType = cellTypeOf(name), extra: Partial<OrgPlan> = {}): OrgPlan {
  return { code: '', name, kind: 'GRASSROOTS_CELL', cellType, ...extra };
}

/** Cell type from the usual wording of a cell's name. */
export function cellTypeOf(name: string): CellType {
  const n = name.replace(/^Chi bộ /, '');
  if (/^(thôn|bản|tổ dân phố|khối phố|khu dân cư|khu phố|khu|xóm|ấp) /i.test(n)) return 'RESIDENTIAL';
  if (/^(Quân sự|Công an|Đội |Ban Chỉ huy|Tham mưu|Chính trị - Hậu cần|Cơ quan Ban Chỉ huy)/.test(n)) return 'ARMED_FORCES';
  if (/(Công ty|Phân xưởng|Điện lực|Ngân hàng|Cảng )/.test(n)) return 'ENTERPRISE';
  if (/^(Trường|Trung tâm|Bệnh viện|Trạm Y tế|Khoa |Thư viện|Bảo tàng|Văn phòng Đăng ký|Đài |Ban Quản lý dự án|Ban Quản lý Vịnh)/.test(n)) {
    return 'PUBLIC_SERVICE';
  }
  return 'AGENCY';
}

/** Upper-case ASCII letters of a name, for readable codes. */
export function slug(text: string, max = 24): string {
  return foldText(text).replace(/[^a-z0-9]+/g, '').toUpperCase().slice(0, max);
}

// ------------------------------------------------------------------ the standard cells of a commune

export type CommuneUnit = 'xã' | 'phường' | 'thị trấn';
export type CommuneExtra = 'coquan' | 'quansu' | 'congan' | 'thcs' | 'tieuhoc' | 'mamnon' | 'tramyte';

/** Cells of a commune, ward or town: its villages or residential groups, then its institutions. */
export function communeCells(
  unit: CommuneUnit,
  place: string,
  villageWord: string,
  villages: readonly string[],
  extras: readonly CommuneExtra[],
): OrgPlan[] {
  const school = unit === 'thị trấn' ? `thị trấn ${place}` : place;
  const names: Record<CommuneExtra, string> = {
    coquan: `Chi bộ Cơ quan ${unit} ${place}`,
    quansu: `Chi bộ Quân sự ${unit} ${place}`,
    congan: `Chi bộ Công an ${unit} ${place}`,
    thcs: `Chi bộ Trường THCS ${school}`,
    tieuhoc: `Chi bộ Trường Tiểu học ${school}`,
    mamnon: `Chi bộ Trường Mầm non ${school}`,
    tramyte: `Chi bộ Trạm Y tế ${unit} ${place}`,
  };
  return [...villages.map((v) => cell(`Chi bộ ${villageWord} ${v}`, 'RESIDENTIAL')), ...extras.map((e) => cell(names[e]))];
}

// ------------------------------------------------------------------ finishing a plan

const TYPE_WEIGHT: Record<CellType, number> = {
  RESIDENTIAL: 1.3,
  AGENCY: 0.8,
  PUBLIC_SERVICE: 0.75,
  ENTERPRISE: 1,
  ARMED_FORCES: 0.45,
  OTHER: 0.8,
};

const MIN_CELL_MEMBERS = 3;

/**
 * Fills in what builders leave open: cell codes, founding dates of cells and today's member
 * count of every cell. Checks codes are unique.
 */
export function finishPlan(root: OrgPlan, seen = new Set<string>()): void {
  const rng = new Rng(`plan:${root.code}`);
  assignCodesAndDates(root, null, rng, seen);
  allocateMembers(root, rng);
}

function assignCodesAndDates(node: OrgPlan, parent: OrgPlan | null, rng: Rng, seen: Set<string>): void {
  if (!node.code) throw new Error(`No code for ${node.name}`);
  if (seen.has(node.code)) throw new Error(`Duplicate organisation code ${node.code}`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/.test(node.code)) throw new Error(`Bad organisation code ${node.code}`);
  seen.add(node.code);
  if (!node.foundedOn) {
    if (!parent?.foundedOn) throw new Error(`No founding date for ${node.code}`);
    node.foundedOn = parent.foundedOn;
    // Some cells were set up later than their committee (new schools, split villages).
    if (holdsMembers(node.kind) && rng.chance(0.25)) {
      const last = minDate(addYears(parent.foundedOn, 25), LATEST_CELL_FOUNDING);
      const from = dayNumber(parent.foundedOn);
      const to = dayNumber(last);
      if (to > from) node.foundedOn = isoDay(from + rng.int(1, to - from));
    }
  }
  if (parent && node.foundedOn < parent.foundedOn!) throw new Error(`${node.code} founded before its parent`);
  const children = node.children ?? [];
  children.forEach((child, i) => {
    if (!child.code) child.code = `${node.code}-${child.kind === 'PARTIAL_COMMITTEE' ? 'P' : ''}${String(i + 1).padStart(2, '0')}`;
    assignCodesAndDates(child, node, rng, seen);
  });
}

/** Spreads `node.members` over the cells below that have no count of their own. */
function allocateMembers(node: OrgPlan, rng: Rng): void {
  if (holdsMembers(node.kind)) {
    if (node.members === undefined) throw new Error(`No member count for ${node.code}`);
    return;
  }
  const children = node.children ?? [];
  if (node.members !== undefined) {
    const fixed: number[] = [];
    const free: OrgPlan[] = [];
    collectFree(node, fixed, free);
    const remaining = node.members - fixed.reduce((a, b) => a + b, 0);
    if (free.length === 0 && remaining !== 0) throw new Error(`${node.code}: ${node.members} members but no cell to hold ${remaining}`);
    if (remaining < free.length * MIN_CELL_MEMBERS) throw new Error(`${node.code}: too few members (${remaining}) for ${free.length} cells`);
    const weights = free.map((c) => (c.weight ?? TYPE_WEIGHT[c.cellType ?? 'OTHER']) * rng.between(0.7, 1.3));
    const counts = spread(remaining - free.length * MIN_CELL_MEMBERS, weights);
    free.forEach((c, i) => (c.members = MIN_CELL_MEMBERS + counts[i]!));
  }
  for (const child of children) allocateMembers(child, rng);
}

/** Cells under `node` whose count comes from `node` (not from a nearer organisation with its own total). */
function collectFree(node: OrgPlan, fixed: number[], free: OrgPlan[]): void {
  for (const child of node.children ?? []) {
    if (child.members !== undefined) fixed.push(child.members);
    else if (holdsMembers(child.kind)) free.push(child);
    else collectFree(child, fixed, free);
  }
}

/** Splits `total` into whole parts proportional to `weights` (largest remainders). */
export function spread(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]!++;
  }
  return parts;
}

/** Every organisation of a plan, parents before children. */
export function* walk(node: OrgPlan, parent: OrgPlan | null = null): Generator<[OrgPlan, OrgPlan | null]> {
  yield [node, parent];
  for (const child of node.children ?? []) yield* walk(child, node);
}
