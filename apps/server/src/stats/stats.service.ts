import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import {
  AGE_BANDS,
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
import type { Dialect } from '../db/orm.js';
import type { Organization } from '../hierarchy/organization.entity.js';

export interface Count<K> {
  key: K;
  count: number;
}

export interface SubtreeStats {
  asOf: string;
  organizations: number;
  organizationsByKind: Array<Count<OrganizationKind>>;
  members: number;
  membersByStatus: Array<Count<MemberStatus>>;
  membersByGender: Array<Count<Gender>>;
  membersByAgeBand: Array<Count<AgeBand>>;
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

type StatsPart = 'organizations' | 'members' | 'ageBands';

interface StatsKey {
  org: Organization;
  asOf: string;
  part: StatsPart;
}

type Row = Record<string, string | number | null>;

/** The GraphQL `OrganizationStats` object: each group of fields is computed only when asked for. */
export interface LazyStats {
  asOf: string;
  readonly organizations: Promise<number>;
  readonly organizationsByKind: Promise<Array<Count<OrganizationKind>>>;
  readonly members: Promise<number>;
  readonly membersByStatus: Promise<Array<Count<MemberStatus>>>;
  readonly membersByGender: Promise<Array<Count<Gender>>>;
  readonly membersByAgeBand: Promise<Array<Count<AgeBand>>>;
}

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
export class StatsService {
  private readonly loader: DataLoader<StatsKey, SubtreeStats, string>;

  constructor(
    private readonly em: EntityManager,
    private readonly dialect: Dialect,
    private readonly today: string,
  ) {
    this.loader = new DataLoader((keys) => this.loadBatch(keys), { cacheKeyFn: (k) => `${k.org.id}|${k.asOf}|${k.part}` });
  }

  /** Every figure, computed now. */
  async stats(org: Organization, asOf: string): Promise<SubtreeStats> {
    const [organizations, members, ageBands] = await Promise.all(
      (['organizations', 'members', 'ageBands'] as const).map((part) => this.loader.load({ org, asOf, part })),
    );
    return { ...members!, organizations: organizations!.organizations, organizationsByKind: organizations!.organizationsByKind, membersByAgeBand: ageBands!.membersByAgeBand };
  }

  /** The figures as promises, each group computed (batched with the other organisations of the request) when first read. */
  lazyStats(org: Organization, asOf: string): LazyStats {
    const part = (p: StatsPart) => this.loader.load({ org, asOf, part: p });
    return {
      asOf,
      get organizations() {
        return part('organizations').then((s) => s.organizations);
      },
      get organizationsByKind() {
        return part('organizations').then((s) => s.organizationsByKind);
      },
      get members() {
        return part('members').then((s) => s.members);
      },
      get membersByStatus() {
        return part('members').then((s) => s.membersByStatus);
      },
      get membersByGender() {
        return part('members').then((s) => s.membersByGender);
      },
      get membersByAgeBand() {
        return part('ageBands').then((s) => s.membersByAgeBand);
      },
    };
  }

  private current(asOf: string): boolean {
    return asOf >= this.today;
  }

  private async loadBatch(keys: readonly StatsKey[]): Promise<SubtreeStats[]> {
    const byDate = new Map<string, StatsKey[]>();
    for (const k of keys) byDate.set(k.asOf, [...(byDate.get(k.asOf) ?? []), k]);
    const results = new Map<string, SubtreeStats>();
    for (const [asOf, group] of byDate) {
      const orgs = [...new Map(group.map((k) => [k.org.id, k.org])).values()];
      const wanted = (part: StatsPart) => new Set(group.filter((k) => k.part === part).map((k) => k.org.id));
      const paths = await this.pathsOn(orgs, asOf);
      const computed = this.current(asOf)
        ? await this.computeCurrent(orgs.filter((o) => paths.has(o.id)), asOf, wanted('ageBands').size > 0)
        : await this.computeHistorical(paths, asOf, wanted('organizations'), new Set([...wanted('members'), ...wanted('ageBands')]));
      for (const k of group) results.set(`${k.org.id}|${asOf}`, computed.get(k.org.id) ?? emptyStats(asOf));
    }
    return keys.map((k) => results.get(`${k.org.id}|${k.asOf}`)!);
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
   * Today's figures from `subtree_count`: one statement for every dimension (birth years already
   * folded into age bands by year), then, when age bands are wanted, one statement that counts
   * exactly the members born in a threshold's year on the side of it that the year fold got
   * wrong (a few days of births per band, read on member(root_id, birth_date, org_path)).
   */
  private async computeCurrent(orgs: Organization[], asOf: string, ageBands: boolean): Promise<Map<number, SubtreeStats>> {
    const out = new Map<number, SubtreeStats>();
    if (orgs.length === 0) return out;
    for (const o of orgs) out.set(o.id, emptyStats(asOf));
    const cuts = bandCuts(asOf);
    const yearBand = `case ${cuts.map((c) => `when key ${c.side === 'before' ? '>=' : '>'} ? then '${AGE_BANDS[c.index]}'`).join(' ')} else '${AGE_BANDS[AGE_BANDS.length - 1]}' end`;
    const rows = await this.em.execute<Row[]>(
      `select organization_id as org_id, dimension as dim, case when dimension = 'BIRTH_YEAR' then ${yearBand} else key end as k, sum(n) as n
       from subtree_count where organization_id in (${orgs.map(() => '?').join(', ')}) group by 1, 2, 3`,
      [...cuts.map((c) => c.year), ...orgs.map((o) => o.id)],
    );
    for (const r of rows) {
      const stats = out.get(Number(r.org_id))!;
      const n = Number(r.n);
      const key = String(r.k);
      if (r.dim === 'KIND') {
        stats.organizations += n;
        bump(stats.organizationsByKind, key as OrganizationKind, n);
      } else if (r.dim === 'STATUS') {
        stats.members += n;
        bump(stats.membersByStatus, key as MemberStatus, n);
      } else if (r.dim === 'GENDER') bump(stats.membersByGender, key as Gender, n);
      else if (r.dim === 'BIRTH_YEAR') bump(stats.membersByAgeBand, key as AgeBand, n);
    }
    if (!ageBands) return out;

    const paths = orgs.map((o) => o.path);
    const prefix = commonPrefix(paths);
    const roots = [...new Set(orgs.map((o) => o.rootId))];
    // The prefix is matched with substr rather than as a range, so that SQLite seeks
    // member(root_id, birth_date, org_path) on the few birth days rather than the org_path index.
    const window = (c: BandCut) =>
      `select ${c.index} as i, m.org_path as path, count(*) as n from member m
       where m.root_id in (${roots.map(() => '?').join(', ')}) and ${c.window.sql} and substr(m.org_path, 1, ${prefix.length}) = ?
       group by m.org_path`;
    // A member belongs to k when k's path is the prefix of its cell's path of k's length (the
    // lengths in l; the second condition stops a shorter path from matching a longer length).
    const corrections = await this.em.execute<Row[]>(
      `with k(org_id, p) as (values ${orgs.map(() => '(?, ?)').join(', ')}),
       l(len) as (select distinct length(p) from k),
       w(i, path, n) as (${cuts.map(window).join(' union all ')})
       select k.org_id as org_id, w.i as i, sum(w.n) as n
       from w cross join l cross join k where k.p = substr(w.path, 1, l.len) and length(k.p) = l.len
       group by k.org_id, w.i`,
      [...orgs.flatMap((o) => [String(o.id), o.path]), ...cuts.flatMap((c) => [...roots, ...c.window.params, prefix])],
    );
    for (const r of corrections) {
      const stats = out.get(Number(r.org_id))!;
      const cut = cuts[Number(r.i)]!;
      const n = Number(r.n) * (cut.side === 'before' ? 1 : -1);
      bump(stats.membersByAgeBand, AGE_BANDS[cut.index]!, -n);
      bump(stats.membersByAgeBand, AGE_BANDS[cut.index + 1]!, n);
    }
    return out;
  }

  /** Figures on a past date, from the dated tables: organisations and members each only for the organisations that want them. */
  private async computeHistorical(paths: Map<number, string>, asOf: string, wantOrgs: Set<number>, wantMembers: Set<number>): Promise<Map<number, SubtreeStats>> {
    const out = new Map<number, SubtreeStats>();
    if (paths.size === 0) return out;
    for (const id of paths.keys()) out.set(id, emptyStats(asOf));
    const orgPaths = new Map([...paths].filter(([id]) => wantOrgs.has(id)));
    const memberPaths = new Map([...paths].filter(([id]) => wantMembers.has(id)));
    const band = this.ageBandSql('m.birth_date', asOf);
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
      const keys = this.keysCte(memberPaths);
      const ms = validOn('ms', asOf);
      const s = validOn('s', asOf);
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

    for (const r of orgRows) {
      const stats = out.get(Number(r.org_id))!;
      const n = Number(r.n);
      stats.organizations += n;
      bump(stats.organizationsByKind, r.kind as OrganizationKind, n);
    }
    for (const r of memberRows) {
      const stats = out.get(Number(r.org_id))!;
      const n = Number(r.n);
      stats.members += n;
      bump(stats.membersByStatus, r.status as MemberStatus, n);
      bump(stats.membersByGender, r.gender as Gender, n);
      bump(stats.membersByAgeBand, r.band as AgeBand, n);
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
  async memberCounts(org: Organization, asOf: string, groupBy: MemberDimension[]): Promise<MemberCountRow[]> {
    const path = (await this.pathsOn([org], asOf)).get(org.id);
    if (!path) return [];
    const current = this.current(asOf);
    const band = this.ageBandSql('m.birth_date', asOf);
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
    const range = [path, subtreeUpperBound(path)];
    let rows: Row[];
    if (current) {
      rows = await this.em.execute<Row[]>(
        `select ${[...select, 'count(*) as n'].join(', ')} from member m where m.org_path >= ? and m.org_path < ? ${groupSql}`,
        [...selectParams, ...range],
      );
    } else {
      const l = validOn('l', asOf);
      const ms = validOn('ms', asOf);
      const s = validOn('s', asOf);
      rows = await this.em.execute<Row[]>(
        `select ${[...select, 'count(*) as n'].join(', ')}
         from organization_link l
         join membership ms on ms.organization_id = l.organization_id and ${ms.sql}
         join member m on m.id = ms.member_id
         join member_status_period s on s.member_id = m.id and ${s.sql}
         where l.path >= ? and l.path < ? and ${l.sql} ${groupSql}`,
        [...selectParams, ...ms.params, ...s.params, ...range, ...l.params],
      );
    }
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

function bump<K>(counts: Array<Count<K>>, key: K, n: number): void {
  const entry = counts.find((c) => c.key === key);
  if (entry) entry.count += n;
}

function emptyStats(asOf: string): SubtreeStats {
  return {
    asOf,
    organizations: 0,
    organizationsByKind: ORGANIZATION_KINDS.map((key) => ({ key, count: 0 })),
    members: 0,
    membersByStatus: MEMBER_STATUSES.map((key) => ({ key, count: 0 })),
    membersByGender: GENDERS.map((key) => ({ key, count: 0 })),
    membersByAgeBand: AGE_BANDS.map((key) => ({ key, count: 0 })),
  };
}
