import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { childPath, foldText, holdsMembers, personNameSortKey, subtreeUpperBound, todayInVietnam, vietnameseSortKey } from '@fourgood/rules';
import type { HierarchyService } from '../../hierarchy/hierarchy.service.js';
import { rebuildSubtreeCounts } from '../../stats/subtree-counts.js';
import { refreshMeetingSubtreeYears } from '../../meetings/meeting-subtree-years.js';
import { BulkWriter } from '../bulk-writer.js';
import { DATA_AS_OF, RESTRUCTURE_ON, SEEDED_AT } from '../calendar.js';
import { countryMergers, thinProvinces } from '../country-plan.js';
import { namedPlan } from '../demo-plan.js';
import { benchmarkPlan, fillerDistricts, type BenchmarkShape } from '../generic-plan.js';
import { CardNumbers, generateMembers, type CellForMembers } from '../members.js';
import { finishPlan, walk, type HistoryStep, type OrgPlan, type ProvincePlan } from '../plan.js';
import { Rng } from '../random.js';
import { seedServices } from '../services.js';

/**
 * Seeder of the tree: the organisations and figures of the seed articles, their history up to the
 * 2025 restructure, and as many generated districts as the scale asks for. Deterministic:
 * the same scale gives the same rows on SQLite and PostgreSQL.
 */

export { DATA_AS_OF, RESTRUCTURE_ON, SEEDED_AT };

/** The tables the tree seeder writes (counted in the summary). */
export const TREE_TABLES = ['organization', 'organization_link', 'member', 'membership', 'member_status_period'] as const;
type TreeTable = (typeof TREE_TABLES)[number];

export interface SeedSummary {
  millis: number;
  /** Rows in each table of the tree after seeding. */
  rows: Record<TreeTable, number>;
  /** Milliseconds per seeder, in the order they ran (the whole demo only). */
  steps?: Array<{ name: string; millis: number }>;
  /** Provinces that exist today, with what they hold today. */
  provinces: Array<{ code: string; name: string; organizations: number; members: number }>;
}

interface Placed {
  id: number;
  path: string;
  depth: number;
  rootId: number;
  plan: OrgPlan;
}

type Ids = Map<string, Placed>;

function em(orm: MikroORM): EntityManager {
  return orm.em.fork() as unknown as EntityManager;
}

export async function isDatabaseEmpty(orm: MikroORM): Promise<boolean> {
  for (const table of TREE_TABLES) {
    const rows = await em(orm).execute(`select id from ${table} limit 1`);
    if (rows.length > 0) return false;
  }
  return true;
}

export async function seedDemoData(orm: MikroORM, options: { scale: number; today?: string }): Promise<SeedSummary> {
  const started = performance.now();
  const { scale } = options;
  if (!Number.isFinite(scale) || scale < 1) throw new Error(`The demo scale must be a number ≥ 1, got ${scale}`);
  const today = options.today ?? todayInVietnam();
  if (today < DATA_AS_OF) throw new Error(`The demo describes ${DATA_AS_OF}; today (${today}) is earlier`);

  const { provinces: detailed, history } = namedPlan();
  const fillers = fillerDistricts(detailed, scale);
  const codes = new Set<string>();
  for (const p of detailed) {
    // Generated districts come after the named ones, so the named part keeps its ids at any scale.
    p.children = [...p.children!, ...fillers.get(p.code)!];
  }
  // The rest of the country after the seeds' provinces, as thin trees (country-plan.ts).
  const provinces = [...detailed, ...thinProvinces()];
  for (const p of provinces) finishPlan(p, codes);
  await assertCodesFree(orm, codes);

  const writer = await BulkWriter.open(orm);
  const ids: Ids = new Map();
  for (const p of provinces) await writeProvince(writer, p, ids);
  // Rolled-up counts of the rows written in bulk; the history below keeps them through the services.
  await rebuildSubtreeCounts(em(orm));
  await refreshMeetingSubtreeYears(em(orm));

  for (const step of history) await applyStep(orm, step, ids, today);
  await restructure(orm, provinces, ids, today);
  return summarize(orm, started);
}

/**
 * One more province for benchmarks, already in the post-2025 shape: about 200 commune
 * committees directly under it and exactly `members` members today.
 */
export async function seedBenchmarkProvince(orm: MikroORM, options: { members: number; code?: string; shape?: BenchmarkShape }): Promise<SeedSummary> {
  const started = performance.now();
  const { members } = options;
  if (!Number.isInteger(members) || members < 1000) throw new Error(`A benchmark province needs at least 1,000 members, got ${members}`);
  const code = options.code ?? `BENCH-${members % 1000 === 0 ? `${members / 1000}K` : members}`;
  const plan = benchmarkPlan(members, code, options.shape);
  const codes = new Set<string>();
  finishPlan(plan, codes);
  await assertCodesFree(orm, codes);
  const writer = await BulkWriter.open(orm);
  const ids: Ids = new Map();
  await writeProvince(writer, plan, ids);
  await rebuildSubtreeCounts(em(orm), idOf(ids, plan.code));
  await refreshMeetingSubtreeYears(em(orm), idOf(ids, plan.code));
  return summarize(orm, started);
}

async function assertCodesFree(orm: MikroORM, codes: Set<string>): Promise<void> {
  const list = [...codes];
  for (let i = 0; i < list.length; i += 500) {
    const chunk = list.slice(i, i + 500);
    const taken = await em(orm).execute<Array<{ code: string }>>(`select code from organization where code in (${chunk.map(() => '?').join(',')}) limit 5`, chunk);
    if (taken.length > 0) throw new Error(`Organisation codes already used: ${taken.map((r) => r.code).join(', ')}`);
  }
}

// ------------------------------------------------------------------ writing one province

/** Members per transaction, about: keeps the SQLite write-ahead log and memory bounded. */
const MEMBERS_PER_TRANSACTION = 50_000;

async function writeProvince(writer: BulkWriter, prov: ProvincePlan, ids: Ids): Promise<void> {
  // Place every organisation first: ids and paths, parents before children.
  for (const [node, parent] of walk(prov)) {
    const id = writer.id('organization');
    const up = parent ? ids.get(parent.code)! : null;
    ids.set(node.code, { id, path: childPath(up?.path ?? null, id), depth: up ? up.depth + 1 : 0, rootId: up ? up.rootId : id, plan: node });
  }
  const root = ids.get(prov.code)!;
  const cards = new CardNumbers(prov.cardPrefix || `T${root.id}`);
  const stamp = SEEDED_AT;

  const addOrg = (node: OrgPlan, parent: OrgPlan | null) => {
    const me = ids.get(node.code)!;
    const parentId = parent ? ids.get(parent.code)!.id : null;
    writer.add('organization', [
      me.id, node.code, node.name, foldText(node.name), vietnameseSortKey(node.name), node.kind, node.sector ?? null, node.cellType ?? null, node.foundedOn!, null, parentId, me.path, me.depth,
      me.rootId, stamp, stamp,
    ]);
    writer.add('organization_link', [writer.id('organization_link'), me.id, parentId, me.path, me.depth, me.rootId, node.foundedOn!, null]);
  };

  /** A grassroots organisation with everything under it, and its members. */
  const addGrassroots = (node: OrgPlan, parent: OrgPlan) => {
    const cells: CellForMembers[] = [];
    for (const [n, p] of walk(node, parent)) {
      addOrg(n, p);
      if (holdsMembers(n.kind)) {
        const placed = ids.get(n.code)!;
        cells.push({ id: placed.id, path: placed.path, rootId: placed.rootId, foundedOn: n.foundedOn!, cellType: n.cellType!, members: n.members!, stableUntil: n.stableUntil });
      }
    }
    const people = generateMembers({ rng: new Rng(`members:${node.code}`), names: prov.names, cards, asOf: DATA_AS_OF }, cells);
    for (const m of people) {
      const memberId = writer.id('member');
      writer.add('member', [
        memberId, m.cardNumber, m.fullName, foldText(m.fullName), personNameSortKey(m.fullName), m.gender, m.birthDate, m.joinedOn, m.officialOn, m.position, m.status, m.cell?.id ?? null,
        m.cell?.path ?? null, m.rootId, stamp, stamp,
      ]);
      for (const ms of m.memberships) {
        writer.add('membership', [writer.id('membership'), memberId, ms.cell.id, ms.position, ms.cell.rootId, ms.from, ms.to]);
      }
      for (const s of m.statuses) writer.add('member_status_period', [writer.id('member_status_period'), memberId, s.value, m.rootId, s.from, s.to]);
    }
  };

  // Top-level parts in batches of about MEMBERS_PER_TRANSACTION members, one transaction each.
  const parts = prov.children ?? [];
  let index = 0;
  let first = true;
  while (index < parts.length || first) {
    await writer.transaction(async () => {
      if (first) addOrg(prov, null);
      first = false;
      let members = 0;
      while (index < parts.length && (members === 0 || members + (parts[index]!.members ?? 0) <= MEMBERS_PER_TRANSACTION)) {
        const part = parts[index++]!;
        members += part.members ?? 0;
        await writePart(part, prov);
      }
    });
  }

  async function writePart(node: OrgPlan, parent: OrgPlan): Promise<void> {
    if (node.kind === 'GRASSROOTS_COMMITTEE' || node.kind === 'GRASSROOTS_CELL') {
      addGrassroots(node, parent);
      await writer.maybeFlush();
      return;
    }
    addOrg(node, parent);
    for (const child of node.children ?? []) await writePart(child, node);
  }
}

// ------------------------------------------------------------------ history through the service

function service(orm: MikroORM, today: string): HierarchyService {
  return seedServices(orm, today).hierarchy;
}

function idOf(ids: Ids, code: string): number {
  const placed = ids.get(code);
  if (!placed) throw new Error(`No organisation ${code} in the plan`);
  return placed.id;
}

async function applyStep(orm: MikroORM, step: HistoryStep, ids: Ids, today: string): Promise<void> {
  if (step.kind === 'merge') await service(orm, today).merge(idOf(ids, step.source), idOf(ids, step.target), step.on);
  else await service(orm, today).move(idOf(ids, step.organization), idOf(ids, step.newParent), step.on);
}

/**
 * 1 July 2025: commune-level organisations under districts, towns and cities move up to their
 * province, those committees are dissolved, and merged provinces are folded into their targets.
 * Blocs stay.
 */
async function restructure(orm: MikroORM, provinces: readonly ProvincePlan[], ids: Ids, today: string): Promise<void> {
  for (const prov of provinces) {
    const provinceId = idOf(ids, prov.code);
    for (const district of prov.children ?? []) {
      if (district.kind !== 'DIRECTLY_SUPERIOR_COMMITTEE' || district.sector === 'BLOC' || district.sector === 'ARMED_FORCES') continue;
      for (const child of district.children ?? []) await service(orm, today).move(idOf(ids, child.code), provinceId, RESTRUCTURE_ON);
      await service(orm, today).dissolve(idOf(ids, district.code), RESTRUCTURE_ON);
    }
  }
  // 63 provinces become 34: each merger dated, through the service (HierarchyService.merge).
  for (const [source, target] of countryMergers()) await service(orm, today).merge(idOf(ids, source), idOf(ids, target), RESTRUCTURE_ON);
}

// ------------------------------------------------------------------ summary

async function summarize(orm: MikroORM, started: number): Promise<SeedSummary> {
  const rows = {} as Record<TreeTable, number>;
  for (const table of TREE_TABLES) {
    const [r] = await em(orm).execute<Array<{ n: number | string }>>(`select count(*) as n from ${table}`);
    rows[table] = Number(r!.n);
  }
  const roots = await em(orm).execute<Array<{ id: number; code: string; name: string; path: string }>>(
    `select id, code, name, path from organization where kind = 'PROVINCIAL_COMMITTEE' and dissolved_on is null order by id`,
  );
  const provinces: SeedSummary['provinces'] = [];
  for (const r of roots) {
    const upper = subtreeUpperBound(r.path);
    const [o] = await em(orm).execute<Array<{ n: number | string }>>(
      `select count(*) as n from organization where path >= ? and path < ? and dissolved_on is null`,
      [r.path, upper],
    );
    const [m] = await em(orm).execute<Array<{ n: number | string }>>(`select count(*) as n from member where org_path >= ? and org_path < ?`, [r.path, upper]);
    provinces.push({ code: r.code, name: r.name, organizations: Number(o!.n), members: Number(m!.n) });
  }
  return { millis: Math.round(performance.now() - started), rows, provinces };
}
