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

interface StatsKey {
  org: Organization;
  asOf: string;
}

type Row = Record<string, string | number | null>;

/**
 * Counts over subtrees, computed in the database. One `stats` request per organisation is
 * batched per date into two statements (organisations by kind; members by status × gender × age
 * band), whatever the number of organisations or the size of their subtrees. Today's figures read
 * the current columns; figures for another date join the dated link and membership tables.
 */
export class StatsService {
  private readonly loader: DataLoader<StatsKey, SubtreeStats, string>;

  constructor(
    private readonly em: EntityManager,
    private readonly dialect: Dialect,
    private readonly today: string,
  ) {
    this.loader = new DataLoader((keys) => this.loadBatch(keys), { cacheKeyFn: (k) => `${k.org.id}|${k.asOf}` });
  }

  stats(org: Organization, asOf: string): Promise<SubtreeStats> {
    return this.loader.load({ org, asOf });
  }

  private current(asOf: string): boolean {
    return asOf >= this.today;
  }

  private async loadBatch(keys: readonly StatsKey[]): Promise<SubtreeStats[]> {
    const byDate = new Map<string, StatsKey[]>();
    for (const k of keys) byDate.set(k.asOf, [...(byDate.get(k.asOf) ?? []), k]);
    const results = new Map<string, SubtreeStats>();
    for (const [asOf, group] of byDate) {
      const paths = await this.pathsOn(group.map((k) => k.org), asOf);
      const computed = await this.computeStats(paths, asOf);
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

  private async computeStats(paths: Map<number, string>, asOf: string): Promise<Map<number, SubtreeStats>> {
    const out = new Map<number, SubtreeStats>();
    if (paths.size === 0) return out;
    for (const id of paths.keys()) out.set(id, emptyStats(asOf));
    const keys = this.keysCte(paths);
    const band = this.ageBandSql('m.birth_date', asOf);

    let orgRows: Row[];
    let memberRows: Row[];
    if (this.current(asOf)) {
      orgRows = await this.em.execute<Row[]>(
        `${keys.sql} select k.org_id as org_id, o.kind as kind, count(*) as n
         from k join organization o on o.path > k.lo and o.path < k.hi
         where o.dissolved_on is null group by k.org_id, o.kind`,
        keys.params,
      );
      memberRows = await this.em.execute<Row[]>(
        `${keys.sql} select k.org_id as org_id, m.status as status, m.gender as gender, ${band.sql} as band, count(*) as n
         from k join member m on m.org_path >= k.lo and m.org_path < k.hi
         group by 1, 2, 3, 4`,
        [...keys.params, ...band.params],
      );
    } else {
      const l = validOn('l', asOf);
      const ms = validOn('ms', asOf);
      const s = validOn('s', asOf);
      orgRows = await this.em.execute<Row[]>(
        `${keys.sql} select k.org_id as org_id, o.kind as kind, count(*) as n
         from k join organization_link l on l.path > k.lo and l.path < k.hi and ${l.sql}
         join organization o on o.id = l.organization_id
         group by k.org_id, o.kind`,
        [...keys.params, ...l.params],
      );
      memberRows = await this.em.execute<Row[]>(
        `${keys.sql} select k.org_id as org_id, s.status as status, m.gender as gender, ${band.sql} as band, count(*) as n
         from k join organization_link l on l.path >= k.lo and l.path < k.hi and ${l.sql}
         join membership ms on ms.organization_id = l.organization_id and ${ms.sql}
         join member m on m.id = ms.member_id
         join member_status_period s on s.member_id = m.id and ${s.sql}
         group by 1, 2, 3, 4`,
        [...keys.params, ...band.params, ...l.params, ...ms.params, ...s.params],
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
