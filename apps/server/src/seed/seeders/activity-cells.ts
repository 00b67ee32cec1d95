/**
 * The cells whose activities the demo records (DOMAIN.md, "Cell meetings" and "Figures from the
 * seeds"), read back from the tree once and shared by the activity seeders (oversight, meetings,
 * recommendations, competition):
 * - every cell of the Provincial Agencies Bloc (QN-KCCQ, the 2 pilot cells moved to the enterprise
 *   bloc included), with the Food Safety department cell of seed 004;
 * - Định Trung ward (Vĩnh Yên), seed 001;
 * - Tân Thạnh ward (Tam Kỳ) with the Trường Đông block cell, seed 003;
 * - Tủa Chùa town, Lục Hồn commune and the Hà Lầm coal company (seed 002's initiatives).
 * Each cell comes with its places in the tree over time, its members' tenures, and the roll of
 * any date as the meeting service reads it (membership covering the date and ACTIVE on it).
 */
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { pathIds, type MeetingWindow } from '@fourgood/rules';
import { covers, isoDate, lastMonthBefore } from '../calendar.js';
import type { NameRegion } from '../names.js';

/** The first month with recorded meetings. */
export const ACTIVITIES_FROM = '2023-01';

export type GroupKey = 'bloc' | 'dinhTrung' | 'tanThanh' | 'tuaChuaTown' | 'lucHon' | 'haLam';

export interface Group {
  key: GroupKey;
  /** Organisation code of the subtree (the cells' codes start with it). */
  code: string;
  region: NameRegion;
}

const GROUPS: Group[] = [
  { key: 'bloc', code: 'QN-KCCQ', region: 'north' },
  { key: 'dinhTrung', code: 'VP-VINHYEN-DINHTRUNG', region: 'north' },
  { key: 'tanThanh', code: 'QNA-TAMKY-TANTHANH', region: 'central' },
  { key: 'tuaChuaTown', code: 'DB-TUACHUA-THITRAN', region: 'dienbien' },
  { key: 'lucHon', code: 'QN-BINHLIEU-LUCHON', region: 'binhlieu' },
  { key: 'haLam', code: 'QN-KDN-HALAM', region: 'north' },
];

const FOOD_SAFETY_NAME = 'Chi bộ Phòng Quản lý an toàn thực phẩm';
const TRUONG_DONG_NAME = 'Chi bộ khối phố Trường Đông';

interface Link {
  path: string;
  from: string;
  /** Exclusive; null while open. */
  to: string | null;
}

export interface Tenure {
  memberId: number;
  fullName: string;
  position: string;
  from: string;
  to: string | null;
}

export interface Cell {
  id: number;
  code: string;
  name: string;
  cellType: string;
  group: Group;
  /** Today's path and root: what the services store on assignments and the other rows. */
  path: string;
  rootId: number;
  links: Link[];
  /** Set by the meetings seeder. */
  window: MeetingWindow | null;
  tenures: Tenure[];
  residential: boolean;
}

export interface OrgInfo {
  id: number;
  code: string;
  name: string;
  kind: string;
}

export interface ActivityCells {
  today: string;
  /** The first day with activities. */
  from: string;
  /** The last month with meetings: the one before today's. */
  lastMonth: string;
  cells: Cell[];
  cellById: Map<number, Cell>;
  foodSafety: Cell;
  truongDong: Cell;
  /** The members expected at a meeting of `cell` on `date`, as the meeting service reads them. */
  rollOf(cell: Cell, date: string): Tenure[];
  /** Committees above the cell on `date`, nearest first (partial committees do not assign or receive). */
  committeesOn(cell: Cell, date: string): OrgInfo[];
  /** An organisation above the cells, by code. */
  orgByCode(code: string): OrgInfo | undefined;
  /** An organisation above the cells, by code; throws when it is missing. */
  requireOrg(code: string): OrgInfo;
  residentialOf(key: GroupKey): Cell[];
}

export function pathOn(cell: Cell, date: string): string | null {
  return cell.links.find((l) => covers(l.from, l.to, date))?.path ?? null;
}

/** "Chi bộ tổ dân phố Vị Thanh" → "tổ dân phố Vị Thanh". */
export function unitOf(cell: Cell): string {
  return cell.name.replace(/^Chi bộ /, '');
}

const inList = (n: number) => new Array<string>(n).fill('?').join(',');

export async function loadActivityCells(orm: MikroORM, today: string): Promise<ActivityCells> {
  const read = orm.em.fork() as unknown as EntityManager;
  const from = `${ACTIVITIES_FROM}-01`;

  const cellRows = await read.execute<Array<{ id: number; code: string; name: string; cell_type: string; path: string; root_id: number }>>(
    `select id, code, name, cell_type, path, root_id from organization
     where kind in ('CELL', 'GRASSROOTS_CELL') and dissolved_on is null and (${GROUPS.map(() => 'code like ?').join(' or ')})
     order by id`,
    GROUPS.map((g) => `${g.code}-%`),
  );
  const cells: Cell[] = cellRows.map((r) => ({
    id: Number(r.id),
    code: r.code,
    name: r.name,
    cellType: r.cell_type,
    group: GROUPS.find((g) => r.code.startsWith(`${g.code}-`))!,
    path: r.path,
    rootId: Number(r.root_id),
    links: [],
    window: null,
    tenures: [],
    residential: r.cell_type === 'RESIDENTIAL',
  }));
  const cellById = new Map(cells.map((c) => [c.id, c]));
  const ids = cells.map((c) => c.id);

  for (const l of await read.execute<Array<{ organization_id: number; path: string; valid_from: string; valid_to: string | null }>>(
    `select organization_id, path, valid_from, valid_to from organization_link where organization_id in (${inList(ids.length)}) order by organization_id, valid_from`,
    ids,
  )) {
    cellById.get(Number(l.organization_id))!.links.push({
      path: l.path,
      from: isoDate(l.valid_from),
      to: l.valid_to === null ? null : isoDate(l.valid_to),
    });
  }
  for (const t of await read.execute<Array<{ member_id: number; organization_id: number; position: string; valid_from: string; valid_to: string | null; full_name: string }>>(
    `select ms.member_id, ms.organization_id, ms.position, ms.valid_from, ms.valid_to, m.full_name
     from membership ms join member m on m.id = ms.member_id
     where ms.organization_id in (${inList(ids.length)}) and (ms.valid_to is null or ms.valid_to > ?)
     order by ms.member_id, ms.valid_from`,
    [...ids, from],
  )) {
    cellById.get(Number(t.organization_id))!.tenures.push({
      memberId: Number(t.member_id),
      fullName: t.full_name,
      position: t.position,
      from: isoDate(t.valid_from),
      to: t.valid_to === null ? null : isoDate(t.valid_to),
    });
  }
  const active = new Map<number, Array<[string, string | null]>>();
  for (const s of await read.execute<Array<{ member_id: number; valid_from: string; valid_to: string | null }>>(
    `select s.member_id, s.valid_from, s.valid_to from member_status_period s
     where s.status = 'ACTIVE' and (s.valid_to is null or s.valid_to > ?)
       and s.member_id in (select ms.member_id from membership ms where ms.organization_id in (${inList(ids.length)}))`,
    [from, ...ids],
  )) {
    const list = active.get(Number(s.member_id)) ?? [];
    list.push([isoDate(s.valid_from), s.valid_to === null ? null : isoDate(s.valid_to)]);
    active.set(Number(s.member_id), list);
  }
  const rollOf = (cell: Cell, date: string): Tenure[] =>
    cell.tenures.filter((t) => covers(t.from, t.to, date) && (active.get(t.memberId) ?? []).some(([f, to]) => covers(f, to, date)));

  // Organisations above the cells (committees: oversight, escalation, awards).
  const aboveIds = [...new Set(cells.flatMap((c) => c.links.flatMap((l) => pathIds(l.path))))].filter((id) => !cellById.has(id));
  const orgs = new Map<number, OrgInfo>();
  for (const o of await read.execute<Array<{ id: number; code: string; name: string; kind: string }>>(
    `select id, code, name, kind from organization where id in (${inList(aboveIds.length)})`,
    aboveIds,
  )) {
    orgs.set(Number(o.id), { id: Number(o.id), code: o.code, name: o.name, kind: o.kind });
  }
  const orgByCode = (code: string) => [...orgs.values()].find((o) => o.code === code);
  const committeesOn = (cell: Cell, date: string): OrgInfo[] => {
    const path = pathOn(cell, date);
    if (!path) return [];
    return pathIds(path)
      .reverse()
      .map((id) => orgs.get(id))
      .filter((o): o is OrgInfo => !!o && (o.kind === 'GRASSROOTS_COMMITTEE' || o.kind === 'DIRECTLY_SUPERIOR_COMMITTEE' || o.kind === 'PROVINCIAL_COMMITTEE'));
  };

  const foodSafety = cells.find((c) => c.name === FOOD_SAFETY_NAME);
  const truongDong = cells.find((c) => c.name === TRUONG_DONG_NAME);
  if (!foodSafety || !truongDong) throw new Error('activities demo: the Food Safety or Trường Đông cell is missing');

  return {
    today,
    from,
    lastMonth: lastMonthBefore(today),
    cells,
    cellById,
    foodSafety,
    truongDong,
    rollOf,
    committeesOn,
    orgByCode,
    requireOrg: (code) => {
      const org = orgByCode(code);
      if (!org) throw new Error(`activities demo: the committee ${code} of the seeds is missing`);
      return org;
    },
    residentialOf: (key) => cells.filter((c) => c.group.key === key && c.residential),
  };
}
