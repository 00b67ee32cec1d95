import {
  AGE_BANDS,
  ageBandDate,
  ageBandThresholds,
  GENDERS,
  MEMBER_STATUSES,
  ORGANIZATION_KINDS,
  subtreeUpperBound,
  type AgeBand,
  type CellType,
  type Gender,
  type MemberPosition,
  type MemberStatus,
  type OrganizationKind,
} from '@fourgood/rules';
import { validOn } from '../common/dates.js';
import { MEMBERS_PER_STATEMENT, memberRanges, rangesCte } from './member-ranges.js';
import type { Organization } from '../hierarchy/organization.entity.js';
import type { StatsDimension } from '../hierarchy/organization-rows.js';
import { RequestService } from '../common/request-service.js';
import { AGE_BANDS_ROLLUP } from './rollup-days.js';
import { SUBTREE_DIMENSIONS } from './subtree-count.entity.js';
import { jsonRows, parseJsonRows } from '../db/json-rows.js';

/**
 * The figures of one subtree, shaped as GraphQL's OrganizationStats: each list holds only the
 * non-zero counts, in the order of its enum (issue #14: no zero-count objects).
 */
export interface SubtreeStats {
  asOf: string;
  organizations: number;
  organizationsByKind: Array<{ kind: OrganizationKind; count: number }>;
  members: number;
  membersByStatus: Array<{ status: MemberStatus; count: number }>;
  membersByGender: Array<{ gender: Gender; count: number }>;
  membersByAgeBand: Array<{ ageBand: AgeBand; count: number }>;
}

/** Each key's position in its enum (the order of the answer's lists). */
const positions = (order: readonly string[]) => new Map(order.map((key, i) => [key, i]));
const KIND_AT = positions(ORGANIZATION_KINDS);
const STATUS_AT = positions(MEMBER_STATUSES);
const GENDER_AT = positions(GENDERS);
const BAND_AT = positions(AGE_BANDS);

/**
 * Figures being added up: counts of each dimension by the position of their key in its enum
 * (a key outside the enum is not counted: the answer lists only the enum's values), made into
 * SubtreeStats at the end. Arrays rather than objects keyed by name: a drill-down adds ~2,200 counts.
 */
class Tally {
  organizations = 0;
  members = 0;
  readonly kind: number[] = new Array<number>(ORGANIZATION_KINDS.length).fill(0);
  readonly status: number[] = new Array<number>(MEMBER_STATUSES.length).fill(0);
  readonly gender: number[] = new Array<number>(GENDERS.length).fill(0);
  readonly ageBand: number[] = new Array<number>(AGE_BANDS.length).fill(0);

  static add(counts: number[], at: Map<string, number>, key: string, n: number): void {
    const i = at.get(key);
    if (i !== undefined) counts[i]! += n;
  }

  finish(asOf: string): SubtreeStats {
    return {
      asOf,
      organizations: this.organizations,
      organizationsByKind: nonZero(ORGANIZATION_KINDS, this.kind, (kind, count) => ({ kind, count })),
      members: this.members,
      membersByStatus: nonZero(MEMBER_STATUSES, this.status, (status, count) => ({ status, count })),
      membersByGender: nonZero(GENDERS, this.gender, (gender, count) => ({ gender, count })),
      membersByAgeBand: nonZero(AGE_BANDS, this.ageBand, (ageBand, count) => ({ ageBand, count })),
    };
  }
}

function nonZero<K extends string, T>(order: readonly K[], counts: number[], make: (key: K, count: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < order.length; i += 1) if (counts[i]) out.push(make(order[i]!, counts[i]!));
  return out;
}

/** One row of today's figures (subtree_count, or an age band) added to an organisation's tally. */
function tallyCurrentRow(stats: Tally, dim: string, key: string, n: number, withStatus: boolean): void {
  if (dim === 'KIND') {
    stats.organizations += n;
    Tally.add(stats.kind, KIND_AT, key, n);
  } else if (dim === 'STATUS') {
    stats.members += n;
    Tally.add(stats.status, STATUS_AT, key, n);
  } else if (dim === 'GENDER') Tally.add(stats.gender, GENDER_AT, key, n);
  else if (dim === 'AGE_BAND') {
    // Without STATUS rows (age bands alone), the members are counted from the bands.
    if (!withStatus) stats.members += n;
    Tally.add(stats.ageBand, BAND_AT, key, n);
  }
}

/**
 * The subtree_count dimensions that today's `stats` of the given selections read, or null when
 * one of them needs more than an organisation's own rows (age bands: the rollup's day and the
 * birth-year correction) or nothing at all (issue #14: read with the organisation, organization-rows.ts).
 */
export function todaysStatsDimensions(selections: ReadonlyArray<Iterable<string>>): StatsDimension[] | null {
  const parts = new Set(selections.flatMap((fields) => statsParts(fields)));
  if (parts.size === 0 || parts.has('ageBands')) return null;
  return [...(parts.has('organizations') ? (['KIND'] as const) : []), ...(parts.has('members') ? (['STATUS', 'GENDER'] as const) : [])];
}

/**
 * Today's `stats` of `org` from its own subtree_count rows read with it (todaysStatsDimensions,
 * organization-rows.ts), put into the request's stats loader under the key each selection's
 * resolver will ask for (OrganizationResolver.stats: today, its parts, the caller's exactAges):
 * the same tally as computeCurrent makes of the same rows, so the answer is the same and the
 * loader runs no statement for it. A dissolved organisation is left to the loader (no figures).
 */
export function primeTodaysStats(
  loader: { prime(key: StatsKey, value: SubtreeStats): unknown },
  org: Organization,
  today: string,
  exactAges: boolean,
  selections: ReadonlyArray<Iterable<string>>,
  rows: ReadonlyArray<{ dimension: string; key: string; n: number }>,
): void {
  if (org.dissolvedOn) return;
  const tally = new Tally();
  // No AGE_BAND rows here (todaysStatsDimensions), so members are counted from STATUS as in computeCurrent.
  for (const r of rows) tallyCurrentRow(tally, r.dimension, r.key, r.n, true);
  const stats = tally.finish(today);
  for (const fields of selections) {
    const parts = statsParts(fields);
    loader.prime({ org, asOf: today, parts: ALL_STATS_PARTS.filter((p) => parts.includes(p)), exactAges }, stats);
  }
}

export type MemberDimension = 'STATUS' | 'GENDER' | 'AGE_BAND' | 'POSITION' | 'CHILD';
export type OrganizationDimension = 'KIND' | 'CELL_TYPE' | 'CHILD';

export interface MemberCountRow {
  status?: MemberStatus | null;
  gender?: Gender | null;
  ageBand?: AgeBand | null;
  position?: MemberPosition | null;
  childId?: number | null;
  count: number;
}

export interface OrganizationCountRow {
  kind?: OrganizationKind | null;
  cellType?: CellType | null;
  childId?: number | null;
  count: number;
}

/** What a `stats` selection needs: organisations by kind, members by status and gender, age bands. */
export type StatsPart = 'organizations' | 'members' | 'ageBands';
export const ALL_STATS_PARTS: readonly StatsPart[] = ['organizations', 'members', 'ageBands'];

const PART_OF_FIELD: Record<string, StatsPart> = {
  organizations: 'organizations',
  organizationsByKind: 'organizations',
  members: 'members',
  membersByStatus: 'members',
  membersByGender: 'members',
  membersByAgeBand: 'ageBands',
};

/** The parts that `OrganizationStats` fields need (`asOf` and unknown names need none). */
export function statsParts(fields: Iterable<string>): StatsPart[] {
  const parts = new Set<StatsPart>();
  for (const f of fields) if (PART_OF_FIELD[f]) parts.add(PART_OF_FIELD[f]);
  return ALL_STATS_PARTS.filter((p) => parts.has(p));
}

export interface StatsKey {
  org: Organization;
  asOf: string;
  parts: readonly StatsPart[];
  /** Age bands by the age on `asOf` (callers who read birth dates); else by the age reached in its year (rules: ageBandDate). */
  exactAges: boolean;
}


type Row = Record<string, string | number | null>;

/**
 * Where a band threshold cuts its birth year. Rolled-up counts know birth years only, so the
 * whole year goes to one side and the members born on the other side of the threshold within
 * that year are counted exactly: the smaller side, so that the correction reads as few members
 * as possible.
 */
interface BandCut {
  /** Index in AGE_BANDS of the younger band (the older one is index + 1). */
  index: number;
  year: string;
  /** 'before': the year counts as the younger band, members born on or before the threshold move up; 'after': the reverse. */
  side: 'before' | 'after';
  /** Birth-date condition on `member.birth_date` selecting the members to move, and its parameters. */
  window: { sql: string; params: string[] };
}

export function bandCuts(asOf: string): BandCut[] {
  const day = 86_400_000;
  return ageBandThresholds(asOf).map((t, index) => {
    const year = t.bornAfter.slice(0, 4);
    const start = Date.parse(`${year}-01-01T00:00:00Z`);
    const daysBefore = (Date.parse(`${t.bornAfter}T00:00:00Z`) - start) / day + 1;
    const daysInYear = (Date.parse(`${Number(year) + 1}-01-01T00:00:00Z`) - start) / day;
    return daysBefore <= daysInYear - daysBefore
      ? { index, year, side: 'before', window: { sql: 'm.birth_date >= ? and m.birth_date <= ?', params: [`${year}-01-01`, t.bornAfter] } }
      : { index, year, side: 'after', window: { sql: 'm.birth_date > ? and m.birth_date <= ?', params: [t.bornAfter, `${year}-12-31`] } };
  });
}

/** Longest common path prefix ("/12/3/") of several paths, for a range that holds them all. */
function commonPrefix(paths: string[]): string {
  let prefix = paths[0] ?? '/';
  for (const p of paths) {
    let i = 0;
    while (i < prefix.length && i < p.length && prefix[i] === p[i]) i += 1;
    prefix = prefix.slice(0, i);
  }
  return prefix.slice(0, prefix.lastIndexOf('/') + 1) || '/';
}

/**
 * Counts over subtrees, computed in the database. Every `stats` of a request is batched per
 * date. Today (or a later date): the rolled-up counts of `subtree_count`, one statement per batch
 * whatever the size of the subtrees, plus one statement for the age bands when they are asked
 * for (see BandCut). Another date: the dated link and membership tables, one statement for the
 * organisations and one for the members, each only when asked for.
 */
export class StatsService extends RequestService {
  /**
   * The figures of `org`'s subtree on `asOf`, batched with every other `stats` of the request.
   * Only `parts` are computed (the resolver passes what the query selects); the other fields
   * of the result are left at zero.
   */
  stats(org: Organization, asOf: string, parts: readonly StatsPart[] = ALL_STATS_PARTS, exactAges = true): Promise<SubtreeStats> {
    return this.loaders.subtreeStats.load({ org, asOf, parts: ALL_STATS_PARTS.filter((p) => parts.includes(p)), exactAges });
  }

  private current(asOf: string): boolean {
    return asOf >= this.today;
  }

  /** The batch of `loaders.subtreeStats`. */
  async loadBatch(keys: readonly StatsKey[]): Promise<SubtreeStats[]> {
    const byDate = new Map<string, StatsKey[]>();
    for (const k of keys) {
      const key = `${k.asOf}|${k.exactAges}`;
      const group = byDate.get(key);
      if (group) group.push(k);
      else byDate.set(key, [k]);
    }
    // By key object: DataLoader hands each distinct key once.
    const results = new Map<StatsKey, SubtreeStats>();
    for (const group of byDate.values()) {
      const { asOf, exactAges } = group[0]!;
      const bands = ageBandDate(asOf, exactAges);
      // One computation per date for the union of what was asked: an organisation may get more
      // figures than it asked for, never fewer.
      const orgs = [...new Map(group.map((k) => [k.org.id, k.org])).values()];
      const parts = new Set(group.flatMap((k) => k.parts));
      const wanting = (part: StatsPart) => new Set(group.filter((k) => k.parts.includes(part)).map((k) => k.org.id));
      const paths = await this.pathsOn(orgs, asOf);
      const computed = this.current(asOf)
        ? await this.computeCurrent(orgs.filter((o) => paths.has(o.id)), asOf, parts, wanting('ageBands'), bands)
        : await this.computeHistorical(paths, asOf, wanting('organizations'), new Set([...wanting('members'), ...wanting('ageBands')]), bands);
      for (const k of group) results.set(k, (computed.get(k.org.id) ?? new Tally()).finish(asOf));
    }
    return keys.map((k) => results.get(k)!);
  }

  /** Each organisation's path on `asOf` (absent when it did not exist then): one statement at most. */
  private async pathsOn(orgs: Organization[], asOf: string): Promise<Map<number, string>> {
    if (this.current(asOf)) return new Map(orgs.filter((o) => !o.dissolvedOn).map((o) => [o.id, o.path]));
    const valid = validOn('l', asOf);
    const rows = await this.em.execute<Row[]>(
      `select l.organization_id as id, l.path as path from organization_link l
       where l.organization_id in (${orgs.map(() => '?').join(', ')}) and ${valid.sql}`,
      [...orgs.map((o) => o.id), ...valid.params],
    );
    return new Map(rows.map((r) => [Number(r.id), String(r.path)]));
  }

  private keysCte(paths: Map<number, string>): { sql: string; params: Array<string | number> } {
    const entries = [...paths];
    return {
      sql: `with k(org_id, lo, hi) as (values ${entries.map(() => '(?, ?, ?)').join(', ')})`,
      params: entries.flatMap(([id, path]) => [String(id), path, subtreeUpperBound(path)]),
    };
  }

  /** The age band of a birth-date column on `asOf`, as a CASE over birth-date thresholds (band names are constants). */
  private ageBandSql(column: string, asOf: string): { sql: string; params: string[] } {
    const thresholds = ageBandThresholds(asOf);
    return {
      sql: `case ${thresholds.map((t) => `when ${column} > ? then '${t.band}'`).join(' ')} else 'OVER_60' end`,
      params: thresholds.map((t) => t.bornAfter),
    };
  }

  /**
   * Today's figures from `subtree_count`: one statement for every dimension (age bands from the
   * AGE_BAND or YEAR_BAND rows when the rollup stands on their day, else birth years folded into
   * age bands by year), then, when age bands are wanted off the rollup's day and off a year's end,
   * one statement that counts exactly the members born in a threshold's year on the side of it
   * that the year fold got wrong (a few days of births per band, read on member(root_id, birth_date, org_path)).
   */
  private async computeCurrent(orgs: Organization[], asOf: string, parts: Set<StatsPart>, wantBands: Set<number>, bandsOn: string): Promise<Map<number, Tally>> {
    const out = new Map<number, Tally>();
    for (const o of orgs) out.set(o.id, new Tally());
    const dimensions = [...(parts.has('organizations') ? ['KIND'] : []), ...(parts.has('members') ? ['STATUS', 'GENDER'] : [])];
    // Age bands only for the organisations that asked for them (the correction is the costly part).
    const banded = orgs.filter((o) => wantBands.has(o.id));
    const ageBands = banded.length > 0;
    if (orgs.length === 0 || (dimensions.length === 0 && !ageBands)) return out;
    // The ids once, in a CTE that every branch reads (long `in (…)` lists in each branch cost
    // more to plan on PostgreSQL than to run), each branch a join from its CTE into
    // subtree_count's primary key (organization_id, dimension, key): `cross join` keeps the ids as
    // the outer loop on SQLite (one seek per organisation) and is an inner join PostgreSQL plans
    // freely.
    const from = (set: 'k' | 'kba' | 'kby') => `from ${set} cross join subtree_count s where s.organization_id = ${set}.id`;
    const branches: Array<{ sql: string; params: Array<string | number> }> = [];
    const ctes: Array<{ sql: string; params: Array<string | number> }> = [];
    if (dimensions.length > 0) {
      branches.push({ sql: `select s.organization_id as org_id, s.dimension as dim, s.key as k, s.n as n ${from('k')} and ${dimensionCondition(dimensions)}`, params: [] });
    }
    const cuts = bandCuts(bandsOn);
    // On 31 December (the bands of callers who may not read birth dates) every threshold falls on
    // a year's end: birth years give the bands exactly, nothing to correct.
    const exactByYears = cuts.every((c) => c.side === 'after' && c.window.params[0] === c.window.params[1]);
    // The exact AGE_BAND rows when the rollup stands on `bandsOn` (the daily job ran today); else
    // (before the job ran, another date) birth years folded into bands and corrected below. The
    // choice is made in SQL, by the row of rollup_day, so that both cost one statement: the ids of
    // the banded organisations go to `kba` (exact bands) or to `kby` (birth years), the other one
    // empty, so the branches of the other way read no row (a condition on rollup_day in each
    // branch's WHERE still cost SQLite a seek per organisation and branch: ~20 % of the statement).
    const onRollupDay = `exists (select 1 from rollup_day r where r.name = '${AGE_BANDS_ROLLUP}' and r.day = ?)`;
    if (ageBands && !exactByYears) {
      ctes.push({ sql: `kba(id) as (select id from kb where ${onRollupDay})`, params: [bandsOn] });
      ctes.push({ sql: `kby(id) as (select id from kb where not ${onRollupDay})`, params: [bandsOn] });
      branches.push({
        sql: `select 0 as org_id, 'DAY' as dim, r.day as k, 0 as n from rollup_day r where r.name = '${AGE_BANDS_ROLLUP}'`,
        params: [],
      });
      branches.push({ sql: `select s.organization_id as org_id, 'AGE_BAND' as dim, s.key as k, s.n as n ${from('kba')} and s.dimension = 'AGE_BAND'`, params: [] });
    } else if (ageBands) {
      // On a year's end (callers who may not read birth dates): the YEAR_BAND rows when the
      // rollup's day is in `bandsOn`'s year (they count the bands on that year's end: one range
      // of the key per organisation, as AGE_BAND), else the birth years summed below, which give
      // these bands exactly too. Chosen in SQL the same way (`kba` or `kby`, the other one empty).
      const inRollupYear = `exists (select 1 from rollup_day r where r.name = '${AGE_BANDS_ROLLUP}' and r.day >= ? and r.day <= ?)`;
      const year = [`${bandsOn.slice(0, 4)}-01-01`, bandsOn];
      ctes.push({ sql: `kba(id) as (select id from kb where ${inRollupYear})`, params: year });
      ctes.push({ sql: `kby(id) as (select id from kb where not ${inRollupYear})`, params: year });
      branches.push({ sql: `select s.organization_id as org_id, 'AGE_BAND' as dim, s.key as k, s.n as n ${from('kba')} and s.dimension = 'YEAR_BAND'`, params: [] });
    }
    if (ageBands) {
      // Birth years summed into bands, one range of keys per band (the years between two cuts);
      // each threshold's own year goes to the side its cut says, corrected below.
      AGE_BANDS.forEach((band, i) => {
        const conditions: Array<{ sql: string; year: string }> = [];
        const younger = cuts[i];
        const older = cuts[i - 1];
        if (younger) conditions.push({ sql: `s.key ${younger.side === 'before' ? '>=' : '>'} ?`, year: younger.year });
        if (older) conditions.push({ sql: `s.key ${older.side === 'before' ? '<' : '<='} ?`, year: older.year });
        branches.push({
          sql: `select s.organization_id as org_id, 'AGE_BAND' as dim, '${band}' as k, sum(s.n) as n ${from('kby')}
                and s.dimension = 'BIRTH_YEAR' and ${conditions.map((c) => c.sql).join(' and ')} group by s.organization_id`,
          params: conditions.map((c) => c.year),
        });
      });
    }
    const values = (list: Organization[]) => `values ${list.map(() => '(cast(? as integer))').join(', ')}`;
    // The rows come back as one JSON array of [org_id, dim, k, n] (db/json-rows.ts) rather than
    // ~2,200 row objects: building each row as an object was most of this statement's cost in the
    // API process (issue #14).
    const [result] = await this.em.execute<Array<{ j: string | null }>>(
      `with k(id) as (${values(orgs)})${ageBands ? `, kb(id) as (${values(banded)})` : ''}${ctes.map((c) => `, ${c.sql}`).join('')}
       select ${jsonRows(this.dialect, ['org_id', 'dim', 'k', 'n'])} as j from (${branches.map((b) => b.sql).join(' union all ')}) u`,
      [...orgs.map((o) => o.id), ...(ageBands ? banded.map((o) => o.id) : []), ...ctes.flatMap((c) => c.params), ...branches.flatMap((b) => b.params)],
    );
    const rows = parseJsonRows<[number | string, string, string | number, number | string]>(result?.j);
    let rollupDay: string | null = null;
    for (const [orgId, dim, k, count] of rows) {
      if (dim === 'DAY') {
        rollupDay = String(k);
        continue;
      }
      tallyCurrentRow(out.get(Number(orgId))!, String(dim), String(k), Number(count), dimensions.includes('STATUS'));
    }
    if (!ageBands || exactByYears || rollupDay === bandsOn) return out;

    const prefix = commonPrefix(banded.map((o) => o.path));
    const roots = [...new Set(banded.map((o) => o.rootId))];
    // The members to move: born in a cut's window, in a cell under the common prefix. The prefix
    // is matched with substr rather than as a range, so that SQLite seeks
    // member(root_id, birth_date, org_path) on the few birth days rather than the org_path index.
    const siblings = banded.every((o) => o.path === `${prefix}${o.id}/`);
    const window = (c: BandCut) =>
      `select ${c.index} as i, ${siblings ? this.childSegment('m.org_path', prefix.length) : 'm.org_path'} as path, count(*) as n from member m
       where m.root_id in (${roots.map(() => '?').join(', ')}) and ${c.window.sql} and substr(m.org_path, 1, ${prefix.length}) = ?
       group by 2`;
    const windowParams = cuts.flatMap((c) => [...roots, ...c.window.params, prefix]);
    const corrections = siblings
      ? // Children of one organisation (a drill-down): the child is the path segment after the
        // prefix; other children than those asked for are left out below.
        (
          await this.em.execute<Row[]>(
            `select w.i as i, w.path as org_id, w.n as n from (${cuts.map(window).join(' union all ')}) w`,
            windowParams,
          )
        ).filter((r) => out.has(Number(r.org_id)) && wantBands.has(Number(r.org_id)))
      : // Any organisations: a member belongs to k when k's path is the prefix of its cell's path of
        // k's length (the lengths in l; the second condition stops a shorter path from matching).
        await this.em.execute<Row[]>(
          `with k(org_id, p) as (values ${banded.map(() => '(?, ?)').join(', ')}),
           l(len) as (select distinct length(p) from k),
           w(i, path, n) as (${cuts.map(window).join(' union all ')})
           select k.org_id as org_id, w.i as i, sum(w.n) as n
           from w cross join l cross join k where k.p = substr(w.path, 1, l.len) and length(k.p) = l.len
           group by k.org_id, w.i`,
          [...banded.flatMap((o) => [String(o.id), o.path]), ...windowParams],
        );
    for (const r of corrections) {
      const stats = out.get(Number(r.org_id))!;
      const cut = cuts[Number(r.i)]!;
      const n = Number(r.n) * (cut.side === 'before' ? 1 : -1);
      stats.ageBand[cut.index]! -= n;
      stats.ageBand[cut.index + 1]! += n;
    }
    return out;
  }

  /** Figures on a past date, from the dated tables: organisations and members each only for the organisations that want them. */
  private async computeHistorical(paths: Map<number, string>, asOf: string, wantOrgs: Set<number>, wantMembers: Set<number>, bandsOn: string): Promise<Map<number, Tally>> {
    const out = new Map<number, Tally>();
    if (paths.size === 0) return out;
    for (const id of paths.keys()) out.set(id, new Tally());
    const orgPaths = new Map([...paths].filter(([id]) => wantOrgs.has(id)));
    const memberPaths = new Map([...paths].filter(([id]) => wantMembers.has(id)));
    const band = this.ageBandSql('m.birth_date', bandsOn);
    const l = validOn('l', asOf);

    const orgRows: Row[] = [];
    if (orgPaths.size > 0) {
      const keys = this.keysCte(orgPaths);
      orgRows.push(
        ...(await this.em.execute<Row[]>(
          `${keys.sql} select k.org_id as org_id, o.kind as kind, count(*) as n
           from k join organization_link l on l.path > k.lo and l.path < k.hi and ${l.sql}
           join organization o on o.id = l.organization_id
           group by k.org_id, o.kind`,
          [...keys.params, ...l.params],
        )),
      );
    }
    const memberRows: Row[] = [];
    if (memberPaths.size > 0) {
      const ms = validOn('ms', asOf);
      const s = validOn('s', asOf);
      // Row by row through the dated tables: a few statements of MEMBERS_PER_STATEMENT members each.
      for (const ranges of await memberRanges(this.em, memberPaths, asOf, MEMBERS_PER_STATEMENT)) {
        const keys = rangesCte(ranges);
        memberRows.push(
          ...(await this.em.execute<Row[]>(
            `${keys.sql} select k.org_id as org_id, s.status as status, m.gender as gender, ${band.sql} as band, count(*) as n
             from k join organization_link l on l.path >= k.lo and l.path < k.hi and ${l.sql}
             join membership ms on ms.organization_id = l.organization_id and ${ms.sql}
             join member m on m.id = ms.member_id
             join member_status_period s on s.member_id = m.id and ${s.sql}
             group by 1, 2, 3, 4`,
            [...keys.params, ...band.params, ...l.params, ...ms.params, ...s.params],
          )),
        );
      }
    }

    for (const r of orgRows) {
      const stats = out.get(Number(r.org_id))!;
      const n = Number(r.n);
      stats.organizations += n;
      Tally.add(stats.kind, KIND_AT, String(r.kind), n);
    }
    for (const r of memberRows) {
      const stats = out.get(Number(r.org_id))!;
      const n = Number(r.n);
      stats.members += n;
      Tally.add(stats.status, STATUS_AT, String(r.status), n);
      Tally.add(stats.gender, GENDER_AT, String(r.gender), n);
      Tally.add(stats.ageBand, BAND_AT, String(r.band), n);
    }
    return out;
  }

  /** Path segment right under a prefix of `length` characters: the id of the child it belongs to. */
  private childSegment(column: string, length: number): string {
    return this.dialect === 'postgresql'
      ? `split_part(substr(${column}, ${length + 1}), '/', 1)`
      : `substr(${column}, ${length + 1}, instr(substr(${column}, ${length + 1}), '/') - 1)`;
  }

  /** Member counts over the subtree of `org` on `asOf`, grouped by any combination of dimensions. */
  async memberCounts(org: Organization, asOf: string, groupBy: MemberDimension[], exactAges = true): Promise<MemberCountRow[]> {
    const path = (await this.pathsOn([org], asOf)).get(org.id);
    if (!path) return [];
    const current = this.current(asOf);
    const band = this.ageBandSql('m.birth_date', ageBandDate(asOf, exactAges));
    const pathColumn = current ? 'm.org_path' : 'l.path';
    const columns: Record<MemberDimension, { sql: string; params: string[]; alias: string }> = {
      STATUS: { sql: current ? 'm.status' : 's.status', params: [], alias: 'status' },
      GENDER: { sql: 'm.gender', params: [], alias: 'gender' },
      AGE_BAND: { sql: band.sql, params: band.params, alias: 'age_band' },
      POSITION: { sql: current ? 'm.position' : 'ms.position', params: [], alias: 'position' },
      CHILD: { sql: this.childSegment(pathColumn, path.length), params: [], alias: 'child' },
    };
    const dims = unique(groupBy).map((d) => columns[d]);
    const select = dims.map((d) => `${d.sql} as ${d.alias}`);
    const selectParams = dims.flatMap((d) => d.params);
    const groupSql = dims.length ? `group by ${dims.map((_, i) => i + 1).join(', ')}` : '';
    // A big subtree in a few statements of MEMBERS_PER_STATEMENT members, their groups added up.
    const groups = new Map<string, Row>();
    for (const ranges of await memberRanges(this.em, new Map([[org.id, path]]), asOf, MEMBERS_PER_STATEMENT)) {
      const keys = rangesCte(ranges);
      let part: Row[];
      if (current) {
        part = await this.em.execute<Row[]>(
          `${keys.sql} select ${[...select, 'count(*) as n'].join(', ')} from k join member m on m.org_path >= k.lo and m.org_path < k.hi ${groupSql}`,
          [...keys.params, ...selectParams],
        );
      } else {
        const l = validOn('l', asOf);
        const ms = validOn('ms', asOf);
        const s = validOn('s', asOf);
        part = await this.em.execute<Row[]>(
          `${keys.sql} select ${[...select, 'count(*) as n'].join(', ')}
           from k join organization_link l on l.path >= k.lo and l.path < k.hi and ${l.sql}
           join membership ms on ms.organization_id = l.organization_id and ${ms.sql}
           join member m on m.id = ms.member_id
           join member_status_period s on s.member_id = m.id and ${s.sql}
           ${groupSql}`,
          [...keys.params, ...selectParams, ...l.params, ...ms.params, ...s.params],
        );
      }
      for (const r of part) {
        const key = dims.map((d) => String(r[d.alias])).join('|');
        const seen = groups.get(key);
        if (seen) seen.n = Number(seen.n) + Number(r.n);
        else groups.set(key, { ...r });
      }
    }
    const rows = [...groups.values()];
    return rows.map((r) => ({
      status: (r.status as MemberStatus) ?? null,
      gender: (r.gender as Gender) ?? null,
      ageBand: (r.age_band as AgeBand) ?? null,
      position: (r.position as MemberPosition) ?? null,
      childId: r.child ? Number(r.child) : null,
      count: Number(r.n),
    }));
  }

  /** Organisation counts under `org` (not counting itself) on `asOf`, grouped by any combination of dimensions. */
  async organizationCounts(org: Organization, asOf: string, groupBy: OrganizationDimension[]): Promise<OrganizationCountRow[]> {
    const path = (await this.pathsOn([org], asOf)).get(org.id);
    if (!path) return [];
    const current = this.current(asOf);
    const pathColumn = current ? 'o.path' : 'l.path';
    const columns: Record<OrganizationDimension, { sql: string; alias: string }> = {
      KIND: { sql: 'o.kind', alias: 'kind' },
      CELL_TYPE: { sql: 'o.cell_type', alias: 'cell_type' },
      CHILD: { sql: this.childSegment(pathColumn, path.length), alias: 'child' },
    };
    const dims = unique(groupBy).map((d) => columns[d]);
    const select = [...dims.map((d) => `${d.sql} as ${d.alias}`), 'count(*) as n'].join(', ');
    const groupSql = dims.length ? `group by ${dims.map((_, i) => i + 1).join(', ')}` : '';
    const range = [path, subtreeUpperBound(path)];
    let rows: Row[];
    if (current) {
      rows = await this.em.execute<Row[]>(
        `select ${select} from organization o where o.path > ? and o.path < ? and o.dissolved_on is null ${groupSql}`,
        range,
      );
    } else {
      const l = validOn('l', asOf);
      rows = await this.em.execute<Row[]>(
        `select ${select} from organization_link l join organization o on o.id = l.organization_id
         where l.path > ? and l.path < ? and ${l.sql} ${groupSql}`,
        [...range, ...l.params],
      );
    }
    return rows.map((r) => ({
      kind: (r.kind as OrganizationKind) ?? null,
      cellType: (r.cell_type as CellType) ?? null,
      childId: r.child ? Number(r.child) : null,
      count: Number(r.n),
    }));
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}


/**
 * The condition on `s.dimension` for subtree_count's `wanted` dimensions: when they are all the
 * dimensions between the first and the last of them in key order (GENDER, KIND and STATUS: AGE_BAND
 * and BIRTH_YEAR sort before; the first letters differ, so every collation agrees), one range of
 * the primary key per organisation, else an `in` list (one seek per dimension on SQLite).
 */
export function dimensionCondition(wanted: readonly string[]): string {
  const sorted = [...wanted].sort();
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  if (lo === hi) return `s.dimension = '${lo}'`;
  const between = SUBTREE_DIMENSIONS.filter((d) => d >= lo && d <= hi);
  return between.length === new Set(wanted).size ? `s.dimension >= '${lo}' and s.dimension <= '${hi}'` : `s.dimension in (${sorted.map((d) => `'${d}'`).join(', ')})`;
}
