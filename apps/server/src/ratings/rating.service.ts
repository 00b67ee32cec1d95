import type { EntityManager } from '@mikro-orm/knex';
import {
  capGroupOf,
  checkExcellentCap,
  isAbove,
  DEFAULT_EXCELLENT_CAP_SCOPE,
  DEFAULT_OUTCOME_RULES,
  RATING_LEVELS,
  ratingLevelProblem,
  subtreeUpperBound,
  type CellType,
  type ExcellentCapScope,
  type OrganizationKind,
  type OutcomeRules,
  type RatingLevel,
} from '@fourgood/rules';
import type { CriteriaService } from '../criteria/criteria.service.js';
import { effectiveDate, validOn } from '../common/dates.js';
import { inTransaction } from '../common/transaction.js';
import { conflict, invalid } from '../graphql/errors.js';
import { toGlobalId } from '../graphql/relay.js';
import type { HierarchyService } from '../hierarchy/hierarchy.service.js';
import type { Organization } from '../hierarchy/organization.entity.js';
import type { MemberService } from '../members/member.service.js';
import { Rating, type RatingSubject } from './rating.entity.js';
import { ModelRegistration } from './registration.entity.js';
import { RatingCountDeltas } from './rating-counts.js';
import { RequestService } from '../common/request-service.js';
import type { RequestDeps } from '../context.js';

type Row = Record<string, string | number | null>;

export interface LevelCount {
  level: RatingLevel;
  count: number;
  /** Share of the rated, 0–100 with one decimal. */
  percent: number;
}

export interface Distribution {
  year: number;
  subject: RatingSubject;
  rated: number;
  levels: LevelCount[];
}

export interface FourGoodRollup {
  year: number;
  registered: number;
  evaluated: number;
  reached: number;
}

/** An organisation and a year, for the batched figures of list rows. */
export interface OwnKey {
  orgId: number;
  year: number;
}

/** Keys grouped by year, each with its distinct organisation ids. */
function byYear(keys: readonly OwnKey[]): Map<number, number[]> {
  const groups = new Map<number, Set<number>>();
  for (const k of keys) groups.set(k.year, (groups.get(k.year) ?? new Set()).add(k.orgId));
  return new Map([...groups].map(([year, ids]) => [year, [...ids]]));
}

export interface CapCheckRow {
  superiorId: number;
  /** The kind compared, or null when every kind under the superior is compared together. */
  kind: string | null;
  good: number;
  excellent: number;
  allowed: number;
  exceeded: boolean;
  over: number;
}

const STALE_RATING = 'Someone else changed this rating after you read it: reload it';

function staleRating() {
  return conflict(STALE_RATING, 'input.expectedVersion', 'STALE_VERSION');
}

/** The date a year's figures are read on: 31 December, or today for the running year. */
export function evaluationDate(year: number, today: string): string {
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

/**
 * Which rated organisations count: by kind (grassroots organisations are GRASSROOTS_COMMITTEE and
 * GRASSROOTS_CELL) and by cell type. For members' ratings, the kind and type of their cell.
 */
export interface RatingFilter {
  kinds?: readonly OrganizationKind[] | null;
  cellTypes?: readonly CellType[] | null;
}

/** A stable key of a filter (loader cache keys, statement groups); '' for none. */
export function ratingFilterKey(filter: RatingFilter | null | undefined): string {
  const kinds = [...(filter?.kinds ?? [])].sort().join(',');
  const types = [...(filter?.cellTypes ?? [])].sort().join(',');
  return kinds || types ? `${kinds}/${types}` : '';
}

/**
 * SQL that keeps the ratings (or assessments, registrations) of organisations the filter accepts:
 * an EXISTS on the organisation row, appended to the statement's WHERE; '' and no parameters
 * without a filter. Kinds and cell types are enum values checked by GraphQL; they are still bound.
 */
export function ratingFilterSql(filter: RatingFilter | null | undefined, orgIdColumn: string): { sql: string; params: string[] } {
  const kinds = filter?.kinds ?? [];
  const types = filter?.cellTypes ?? [];
  if (kinds.length === 0 && types.length === 0) return { sql: '', params: [] };
  const parts: string[] = [];
  if (kinds.length) parts.push(`fo.kind in (${kinds.map(() => '?').join(', ')})`);
  if (types.length) parts.push(`fo.cell_type in (${types.map(() => '?').join(', ')})`);
  return { sql: ` and exists (select 1 from organization fo where fo.id = ${orgIdColumn} and ${parts.join(' and ')})`, params: [...kinds, ...types] };
}

export interface DistributionKey {
  org: Organization;
  subject: RatingSubject;
  year: number;
  filter?: RatingFilter | null;
}

/**
 * Subtree ranges per statement of a filtered distribution: a page of 200 descendants is four
 * statements a year, each reading at most 50 subtrees, so that one SQLite statement (which holds
 * the event loop while it runs) stays short.
 */
export const RANGES_PER_STATEMENT = 50;


/**
 * Annual ratings and the rollups over a subtree, computed in the database: each rating carries
 * the path of its organisation on the evaluation date, so a subtree is a range and the dated
 * hierarchy is respected without joins.
 */
export class RatingService extends RequestService {
  private readonly hierarchy: HierarchyService;
  private readonly members: MemberService;
  /** For the score bands of a table named by recordRating. */
  private readonly criteria: CriteriaService | null;

  constructor(deps: RequestDeps, uses: { hierarchy: HierarchyService; members: MemberService; criteria: CriteriaService | null }) {
    super(deps);
    this.hierarchy = uses.hierarchy;
    this.members = uses.members;
    this.criteria = uses.criteria;
  }

  /** The organisation's path on the evaluation date of `year`, or null if it did not exist then. */
  private pathIn(org: Organization, year: number): Promise<string | null> {
    return this.hierarchy.pathOn(org, evaluationDate(year, this.today));
  }

  /**
   * Rating levels in the subtree of `org` for a year: organisations below it, or members of its
   * cells. Batched with every other distribution of the request.
   */
  distribution(org: Organization, year: number, subject: RatingSubject, filter: RatingFilter | null = null): Promise<Distribution> {
    return this.loaders.ratingDistributions.load({ org, subject, year, filter });
  }

  /** The same for several years; a page of organisations asking for trends shares the statements of each year. */
  async trend(org: Organization, fromYear: number, toYear: number, subject: RatingSubject, filter: RatingFilter | null = null): Promise<Distribution[]> {
    if (toYear < fromYear || toYear - fromYear > 20) throw invalid('toYear', 'Give at most 20 years, from the earlier to the later', 'TOO_MANY_YEARS', { max: 20 });
    const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
    return Promise.all(years.map((y) => this.distribution(org, y, subject, filter)));
  }

  /**
   * The batch of `loaders.ratingDistributions`: one statement for every organisation, subject
   * and year asked (a page of 200 organisations with 20-year trends included), reading the
   * rolled-up `rating_count` rows of each organisation's path on each year's evaluation date
   * (organization_link): a few rows per organisation and year, whatever the number of ratings
   * below it. Hot read path: no ORM entities, the answer is built from the rows.
   */
  async loadDistributions(keys: readonly DistributionKey[]): Promise<Distribution[]> {
    const groups = new Map<string, { subject: RatingSubject; year: number; filter: RatingFilter | null; ids: Set<number> }>();
    // Filtered distributions (by the rated organisations' kind or type): members' from the
    // rating_count rows of the cells that pass the filter, organisations' by range scans of the
    // rating table (a few thousand rows a province: rating_count does not keep an organisation's
    // own rating apart). The rest: the rating_count rollup, below.
    for (const k of keys) {
      if (ratingFilterKey(k.filter) === '') continue;
      const name = `${k.subject}|${k.year}|${ratingFilterKey(k.filter)}`;
      const group = groups.get(name) ?? { subject: k.subject, year: k.year, filter: k.filter ?? null, ids: new Set<number>() };
      group.ids.add(k.org.id);
      groups.set(name, group);
    }
    const counts = new Map<string, Map<string, number>>();
    const sums = RATING_LEVELS.map((level, i) => `sum(case when r.level = '${level}' then 1 else 0 end) as n${i}`).join(', ');
    const add = (name: string, r: Row) => {
      const levels = counts.get(name) ?? new Map<string, number>();
      RATING_LEVELS.forEach((level, i) => levels.set(level, (levels.get(level) ?? 0) + Number(r[`n${i}`] ?? 0)));
      counts.set(name, levels);
    };
    const asked = new Map<string, DistributionKey>();
    for (const k of keys) if (ratingFilterKey(k.filter) === '') asked.set(`${k.org.id}|${k.subject}|${k.year}`, k);
    const list = [...asked.values()];
    // Statements of at most 1,000 (organisation, subject, year) keys (4 bound values each).
    for (let i = 0; i < list.length; i += 1000) {
      const chunk = list.slice(i, i + 1000);
      const int = 'cast(? as integer)';
      // Dates are ISO text on SQLite (a cast there would make them numbers), dates on PostgreSQL.
      const date = this.dialect === 'postgresql' ? 'cast(? as date)' : '?';
      const rows = await this.em.execute<Row[]>(
        `with k(org_id, subject, year, d) as (values ${chunk.map(() => `(${int}, cast(? as varchar(16)), ${int}, ${date})`).join(', ')})
         select k.org_id as org_id, k.subject as subject, k.year as year, c.level as level, c.n as n
         from k join organization_link l on l.organization_id = k.org_id and l.valid_from <= k.d and (l.valid_to is null or l.valid_to > k.d)
         join rating_count c on c.subject = k.subject and c.year = k.year and c.path = l.path`,
        chunk.flatMap((k) => [k.org.id, k.subject, k.year, evaluationDate(k.year, this.today)]),
      );
      for (const r of rows) {
        const name = `${r.org_id}|${r.subject}|${r.year}|${ratingFilterKey(null)}`;
        const levels = counts.get(name) ?? new Map<string, number>();
        levels.set(String(r.level), (levels.get(String(r.level)) ?? 0) + Number(r.n));
        counts.set(name, levels);
      }
    }
    for (const { subject, year, filter, ids } of groups.values()) {
      const date = evaluationDate(year, this.today);
      const all = [...ids];
      const fk = ratingFilterKey(filter);
      const only = ratingFilterSql(filter, 'r.organization_id');
      if (subject === 'MEMBER') {
        // Members' ratings from the rollup: rating_count rows at the paths of the cells (organisations
        // holding members have no children, so the row at a cell's path counts the ratings of its own
        // members) inside each subtree on the evaluation date, kept when that cell passes the filter —
        // a few rows per cell instead of every rating (a province: 500,000 a year).
        const held = ratingFilterSql(filter, 'cl.organization_id');
        for (let i = 0; i < all.length; i += RANGES_PER_STATEMENT) {
          const chunk = all.slice(i, i + RANGES_PER_STATEMENT);
          const rows = await this.em.execute<Row[]>(
            `select l.organization_id as k, c.level as level, sum(c.n) as n
             from organization_link l
             join rating_count c on c.subject = 'MEMBER' and c.year = ? and c.path >= l.path and c.path < substr(l.path, 1, length(l.path) - 1) || '0'
             where l.organization_id in (${chunk.map(() => '?').join(', ')}) and l.valid_from <= ? and (l.valid_to is null or l.valid_to > ?)
               and exists (select 1 from organization_link cl join organization ho on ho.id = cl.organization_id
                           where cl.path = c.path and ho.kind in ('CELL', 'GRASSROOTS_CELL')${held.sql})
             group by l.organization_id, c.level`,
            [year, ...chunk, date, date, ...held.params],
          );
          for (const r of rows) {
            const name = `${r.k}|${subject}|${year}|${fk}`;
            const levels = counts.get(name) ?? new Map<string, number>();
            levels.set(String(r.level), (levels.get(String(r.level)) ?? 0) + Number(r.n));
            counts.set(name, levels);
          }
        }
        continue;
      }
      for (let i = 0; i < all.length; i += RANGES_PER_STATEMENT) {
        const chunk = all.slice(i, i + RANGES_PER_STATEMENT);
        // Organisations: those below it; members: those of its cells. PostgreSQL would rather scan
        // the year's ratings and probe the links (70 ms for 50 cells of a 20,000-member province),
        // so a LATERAL subquery makes it seek the index once per path; SQLite does so by itself,
        // and adds up the levels with sums rather than a GROUP BY level (a temporary B-tree over
        // every rating of the subtree: 350–680 ms instead of 220–320 for a 500,000-member province).
        const inRange = `r.subject = ? and r.year = ? and r.org_path ${subject === 'ORGANIZATION' ? '>' : '>='} l.path and r.org_path < substr(l.path, 1, length(l.path) - 1) || '0'${only.sql}`;
        const linksOn = `l.organization_id in (${chunk.map(() => '?').join(', ')}) and l.valid_from <= ? and (l.valid_to is null or l.valid_to > ?)`;
        const rows = await this.em.execute<Row[]>(
          this.dialect === 'postgresql'
            ? `select l.organization_id as k, x.* from organization_link l cross join lateral (select ${sums} from rating r where ${inRange}) x where ${linksOn}`
            : `select l.organization_id as k, ${sums} from organization_link l join rating r on ${inRange} where ${linksOn} group by l.organization_id`,
          [subject, year, ...only.params, ...chunk, date, date],
        );
        for (const r of rows) add(`${r.k}|${subject}|${year}|${fk}`, r);
      }
    }
    return keys.map((k) => toDistribution(k.year, k.subject, counts.get(`${k.org.id}|${k.subject}|${k.year}|${ratingFilterKey(k.filter)}`) ?? new Map()));
  }

  /** "4 good" in the subtree for a year: registered, evaluated (approved), reached. */
  async fourGood(org: Organization, year: number, filter: RatingFilter | null = null): Promise<FourGoodRollup> {
    const date = evaluationDate(year, this.today);
    const path = await this.pathIn(org, year);
    if (!path) return { year, registered: 0, evaluated: 0, reached: 0 };
    const range = [path, subtreeUpperBound(path)];
    const l = validOn('l', date);
    const onlyRegistered = ratingFilterSql(filter, 'r.organization_id');
    const onlyAssessed = ratingFilterSql(filter, 'a.organization_id');
    const [registered] = await this.em.execute<Row[]>(
      `select count(*) as n from model_registration r
       join organization_link l on l.organization_id = r.organization_id and ${l.sql}
       where r.model in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE') and r.from_year <= ? and r.to_year >= ? and l.path > ? and l.path < ?${onlyRegistered.sql}`,
      [...l.params, year, year, ...range, ...onlyRegistered.params],
    );
    const [evaluated] = await this.em.execute<Row[]>(
      `select count(*) as n, sum(case when a.four_good then 1 else 0 end) as reached from assessment a
       where a.model in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE') and a.year = ? and a.period = ? and a.status = 'APPROVED' and a.subject_path > ? and a.subject_path < ?${onlyAssessed.sql}`,
      [year, String(year), ...range, ...onlyAssessed.params],
    );
    return { year, registered: Number(registered!.n), evaluated: Number(evaluated!.n), reached: Number(evaluated!.reached ?? 0) };
  }

  /** Organisations' own rating levels (null: not rated), batched: one statement per year asked. */
  async loadOwnLevels(keys: readonly OwnKey[]): Promise<Array<RatingLevel | null>> {
    const levels = new Map<string, RatingLevel>();
    for (const [year, ids] of byYear(keys)) {
      const rows = await this.em.execute<Row[]>(
        `select organization_id as id, level from rating where subject = 'ORGANIZATION' and year = ? and organization_id in (${ids.map(() => '?').join(', ')})`,
        [year, ...ids],
      );
      for (const r of rows) levels.set(`${Number(r.id)}|${year}`, r.level as RatingLevel);
    }
    return keys.map((k) => levels.get(`${k.orgId}|${k.year}`) ?? null);
  }

  /**
   * "4 good" of organisations counting themselves and everything below them (a row of a list: a
   * cell's own registration and result, a committee's with its subtree), batched: two statements
   * per year asked, each organisation's subtree as it stood at the year's evaluation.
   */
  async loadFourGoodWithin(keys: readonly OwnKey[]): Promise<FourGoodRollup[]> {
    const figures = new Map<string, FourGoodRollup>();
    const upper = `substr(k.path, 1, length(k.path) - 1) || '0'`;
    for (const [year, ids] of byYear(keys)) {
      const date = evaluationDate(year, this.today);
      const k = validOn('k', date);
      const l = validOn('l', date);
      const inIds = `k.organization_id in (${ids.map(() => '?').join(', ')})`;
      const registered = await this.em.execute<Row[]>(
        `select k.organization_id as id, count(*) as n from organization_link k
         join organization_link l on l.path >= k.path and l.path < ${upper} and ${l.sql}
         join model_registration r on r.organization_id = l.organization_id
         where ${inIds} and ${k.sql} and r.model in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE') and r.from_year <= ? and r.to_year >= ?
         group by k.organization_id`,
        [...l.params, ...ids, ...k.params, year, year],
      );
      const assessed = await this.em.execute<Row[]>(
        `select k.organization_id as id, count(*) as n, sum(case when a.four_good then 1 else 0 end) as reached from organization_link k
         join assessment a on a.subject_path >= k.path and a.subject_path < ${upper}
         where ${inIds} and ${k.sql} and a.model in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE') and a.year = ? and a.period = ? and a.status = 'APPROVED'
         group by k.organization_id`,
        [...ids, ...k.params, year, String(year)],
      );
      for (const id of ids) figures.set(`${id}|${year}`, { year, registered: 0, evaluated: 0, reached: 0 });
      for (const r of registered) figures.get(`${Number(r.id)}|${year}`)!.registered = Number(r.n);
      for (const r of assessed) Object.assign(figures.get(`${Number(r.id)}|${year}`)!, { evaluated: Number(r.n), reached: Number(r.reached ?? 0) });
    }
    return keys.map((key) => figures.get(`${key.orgId}|${key.year}`)!);
  }

  /**
   * The organisations behind a figure of `fourGood(year)` or `ratingDistribution(ORGANIZATION,
   * year)` of `org`: the ids counted there, by the same conditions (the subtree as on the
   * evaluation date). `descendants(filter: { year, fourGood | ratingLevel })` lists them.
   */
  async organizationsBehind(org: Organization, year: number, which: { fourGood?: 'REGISTERED' | 'EVALUATED' | 'REACHED' | null; level?: string | null }): Promise<number[]> {
    const date = evaluationDate(year, this.today);
    const path = await this.pathIn(org, year);
    if (!path) return [];
    const range = [path, subtreeUpperBound(path)];
    // Each condition given yields a set of ids; the answer is their intersection.
    const sets: Array<Set<number>> = [];
    const keep = (rows: Row[]) => sets.push(new Set(rows.map((r) => Number(r.id))));
    if (which.fourGood === 'REGISTERED') {
      const l = validOn('l', date);
      keep(await this.em.execute<Row[]>(
        `select distinct r.organization_id as id from model_registration r
         join organization_link l on l.organization_id = r.organization_id and ${l.sql}
         where r.model in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE') and r.from_year <= ? and r.to_year >= ? and l.path > ? and l.path < ?`,
        [...l.params, year, year, ...range],
      ));
    } else if (which.fourGood) {
      keep(await this.em.execute<Row[]>(
        `select organization_id as id from assessment
         where model in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE') and year = ? and period = ? and status = 'APPROVED' and subject_path > ? and subject_path < ?
         ${which.fourGood === 'REACHED' ? 'and four_good' : ''}`,
        [year, String(year), ...range],
      ));
    }
    if (which.level) {
      keep(await this.em.execute<Row[]>(
        `select organization_id as id from rating where subject = 'ORGANIZATION' and year = ? and level = ? and org_path > ? and org_path < ?`,
        [year, which.level, ...range],
      ));
    }
    const [first, ...rest] = sets;
    return first ? [...first].filter((id) => rest.every((set) => set.has(id))) : [];
  }

  /**
   * Superiors under which "excellent" exceeds the cap among comparable organisations. What is
   * comparable is the pure package's `capGroupOf(scope)`: organisations of one kind under one
   * superior (PER_KIND, the default reading of Regulation 366), or all of them (TOGETHER). One
   * statement counts per superior and kind; the groups are added up here.
   */
  async excellentCap(org: Organization, year: number, options: { percent?: number; scope?: ExcellentCapScope } = {}): Promise<CapCheckRow[]> {
    const percent = options.percent ?? DEFAULT_OUTCOME_RULES.excellentCapPercent;
    const scope = options.scope ?? DEFAULT_EXCELLENT_CAP_SCOPE;
    const date = evaluationDate(year, this.today);
    const path = await this.pathIn(org, year);
    if (!path) return [];
    const l = validOn('l', date);
    const rows = await this.em.execute<Row[]>(
      `select l.parent_id as superior, o.kind as kind,
              sum(case when r.level = 'EXCELLENT' then 1 else 0 end) as excellent,
              sum(case when r.level = 'GOOD' then 1 else 0 end) as good
       from rating r
       join organization_link l on l.organization_id = r.organization_id and ${l.sql}
       join organization o on o.id = r.organization_id
       where r.subject = 'ORGANIZATION' and r.year = ? and r.org_path > ? and r.org_path < ?
       group by l.parent_id, o.kind`,
      [...l.params, year, path, subtreeUpperBound(path)],
    );
    const groups = new Map<string, { superiorId: number; kind: string | null; excellent: number; good: number }>();
    for (const r of rows) {
      const group = capGroupOf(scope, Number(r.superior), String(r.kind) as OrganizationKind);
      const g = groups.get(group.key) ?? { superiorId: group.superiorId, kind: group.kind, excellent: 0, good: 0 };
      g.excellent += Number(r.excellent);
      g.good += Number(r.good);
      groups.set(group.key, g);
    }
    return [...groups.values()]
      .map((g) => ({ superiorId: g.superiorId, kind: g.kind, ...checkExcellentCap({ excellent: g.excellent, good: g.good }, percent) }))
      .filter((r) => r.exceeded)
      .map(({ superiorId, kind, good, excellent, allowed, exceeded, over }) => ({ superiorId, kind, good, excellent, allowed, exceeded, over }));
  }

  /**
   * The level of each year's approved assessment of an organisation (a year's period, "4 good"
   * or rating table; the lower when it has both), by year: what its annual rating is read against.
   */
  async assessedLevels(organizationId: number): Promise<Map<number, RatingLevel>> {
    const rows = await this.em.execute<Row[]>(
      `select year, level from assessment where organization_id = ? and member_key = 0 and meeting_key = 0 and status = 'APPROVED' and level is not null
       and model in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING') and period = ${this.dialect === 'postgresql' ? 'year::text' : 'cast(year as text)'}`,
      [organizationId],
    );
    const out = new Map<number, RatingLevel>();
    for (const r of rows) {
      const level = String(r.level) as RatingLevel;
      const had = out.get(Number(r.year));
      if (!had || isAbove(had, level)) out.set(Number(r.year), level);
    }
    return out;
  }

  async ratingsOf(subject: RatingSubject, id: number): Promise<Rating[]> {
    const where = subject === 'MEMBER' ? { subject, member: id } : { subject, organization: id };
    return this.em.find(Rating, where, { orderBy: { year: 'desc' } });
  }

  /**
   * Records a rating directly (units rated outside the app), by the superior's staff. With points,
   * the level may not be above the band they reach: the bands of the published rating table it
   * names, else the regulation's default bands. Replacing an existing rating needs the lockVersion
   * it was read with.
   */
  async record(input: {
    organizationId?: number | null;
    memberId?: number | null;
    year: number;
    level: RatingLevel;
    points?: number | null;
    expectedVersion?: number | null;
    tableId?: number | null;
    decision?: string | null;
  }): Promise<Rating> {
    if (!RATING_LEVELS.includes(input.level)) throw invalid('input.level', 'Unknown level', 'UNKNOWN_VALUE');
    const thisYear = Number(this.today.slice(0, 4));
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > thisYear) throw invalid('input.year', `The year must be from 2000 to ${thisYear}`, 'BAD_YEAR', { min: 2000, max: thisYear });
    if (input.points != null && (!Number.isFinite(input.points) || input.points < 0 || input.points > 200)) throw invalid('input.points', 'Points: from 0 to 200', 'OUT_OF_RANGE', { min: 0, max: 200 });
    let org: Organization;
    let memberId: number | null = null;
    if (input.memberId != null) {
      const member = await this.members.require(input.memberId, 'input.memberId');
      if (!member.organization) throw invalid('input.memberId', `${member.fullName} is no longer in a cell`, 'NOT_IN_A_CELL');
      org = await this.hierarchy.require(member.organization.id, 'input.memberId');
      memberId = member.id;
      this.access.require('EDIT', org.path, 'input.memberId');
    } else {
      if (input.organizationId == null) throw invalid('input.organizationId', 'Choose the organisation or the member rated', 'ORGANIZATION_REQUIRED');
      org = await this.hierarchy.require(input.organizationId, 'input.organizationId');
      // The superior rates an organisation.
      const parent = org.parent ? await this.hierarchy.byId(org.parent.id) : null;
      this.access.require('EDIT', parent?.path ?? null, 'input.organizationId');
    }
    const path = await this.pathIn(org, input.year);
    if (!path) throw invalid('input.year', `${org.name} did not exist at the end of ${input.year}`, 'NOT_EXISTING');
    const subject: RatingSubject = memberId !== null ? 'MEMBER' : 'ORGANIZATION';
    const levelProblem = ratingLevelProblem(input.level, input.points, await this.bandsFor(input.tableId ?? null, subject));
    if (levelProblem) throw invalid('input.level', levelProblem, 'LEVEL_ABOVE_BANDS');
    const decision = input.decision?.trim() || null;
    if (decision !== null && decision.length > 100) throw invalid('input.decision', 'At most 100 characters', 'TOO_LONG', { max: 100 });
    if (subject === 'ORGANIZATION') {
      const assessed = (await this.assessedLevels(org.id)).get(input.year);
      if (assessed && isAbove(input.level, assessed) && decision === null) {
        throw invalid('input.decision', `The approved assessment for ${input.year} gives ${assessed}: a higher level needs the rating decision that sets it`, 'ABOVE_ASSESSMENT', { level: assessed });
      }
    }
    const existing = await this.em.findOne(Rating, { subject, organization: org.id, memberKey: memberId ?? 0, year: input.year });
    if (existing?.assessment) throw conflict('This rating comes from an approved assessment', 'input.year', 'FROM_ASSESSMENT');
    if (existing && input.expectedVersion == null) {
      throw conflict(`There is already a ${existing.level} rating for ${input.year}: reload it and send its lockVersion as expectedVersion to replace it`, 'input.expectedVersion', 'RATING_EXISTS');
    }
    if (existing && existing.lockVersion !== input.expectedVersion) throw staleRating();
    const before = existing ? { year: existing.year, level: existing.level, points: existing.points } : null;
    const values = { level: input.level, points: input.points ?? null, vetoes: null, evaluatedOn: evaluationDate(input.year, this.today), orgPath: path, rootId: org.rootId, decision };
    return inTransaction(
      this.em,
      async (em) => {
        let rating: Rating;
        const counts = new RatingCountDeltas();
        if (existing) {
          rating = await em.findOneOrFail(Rating, existing.id);
          // Checked again inside the transaction; the UPDATE also names the version (MikroORM's lock).
          if (rating.lockVersion !== input.expectedVersion || rating.assessment) throw staleRating();
          counts.rating(rating, -1);
          Object.assign(rating, values);
        } else {
          rating = em.create(Rating, { subject, organization: org.id, member: memberId, memberKey: memberId ?? 0, year: input.year, ...values });
        }
        counts.rating(rating, 1);
        await em.flush();
        await counts.apply(em);
        await this.audit.record(em, {
          action: 'recordRating',
          entityType: subject === 'MEMBER' ? 'Member' : 'Organization',
          entityId: subject === 'MEMBER' ? toGlobalId('Member', memberId!) : toGlobalId('Organization', org.id),
          orgPath: path,
          before,
          after: { year: input.year, level: input.level, points: input.points ?? null, decision },
        });
        return rating;
      },
      { stale: STALE_RATING, unique: { message: `Someone else recorded a rating for ${input.year} at the same time: reload it`, field: 'input.year' } },
    );
  }

  /** The score bands a directly recorded level is checked against. */
  private async bandsFor(tableId: number | null, subject: RatingSubject): Promise<OutcomeRules['bands']> {
    if (tableId === null || !this.criteria) return DEFAULT_OUTCOME_RULES.bands;
    const table = await this.criteria.require(tableId, 'input.tableId');
    const model = subject === 'MEMBER' ? 'MEMBER_RATING' : 'ORGANIZATION_RATING';
    if (table.model !== model) throw invalid('input.tableId', `A ${subject === 'MEMBER' ? 'member' : 'organisation'} is rated on a ${model} table, not ${table.model}`, 'WRONG_MODEL');
    if (table.status !== 'PUBLISHED') throw invalid('input.tableId', 'Only a published table rates', 'DRAFT_TABLE');
    return (await this.criteria.definition(table)).outcome.bands;
  }

  /**
   * Registers an organisation for a model over a span of years, effective on `registeredOn`, so
   * that a registration entered late keeps its real date (today when omitted). A given date is
   * checked like the hierarchy's effective dates (a date, not in the future), must fall by the end
   * of the span's last year and not before the organisation was founded.
   */
  async register(input: { organizationId: number; model: string; fromYear: number; toYear: number; registeredOn?: string | null }): Promise<ModelRegistration> {
    const org = await this.hierarchy.requireEditable(input.organizationId, 'input.organizationId');
    if (input.fromYear > input.toYear) throw invalid('input.toYear', 'The last year is before the first', 'TO_BEFORE_FROM');
    if (input.fromYear < 2000 || input.toYear > Number(this.today.slice(0, 4)) + 5) throw invalid('input.fromYear', 'Years from 2000 to five years ahead', 'BAD_YEAR', { min: 2000, max: Number(this.today.slice(0, 4)) + 5 });
    let registeredOn = this.today;
    if (input.registeredOn != null) {
      registeredOn = effectiveDate(input.registeredOn, this.today, 'input.registeredOn');
      if (registeredOn > `${input.toYear}-12-31`) throw invalid('input.registeredOn', `The registration must be made by the end of ${input.toYear}`, 'AFTER_PERIOD', { toYear: input.toYear });
      if (registeredOn < org.foundedOn) throw invalid('input.registeredOn', `${org.name} was founded on ${org.foundedOn}`, 'BEFORE_FOUNDED', { foundedOn: org.foundedOn });
    }
    const overlapping = await this.em.findOne(ModelRegistration, { organization: org.id, model: input.model as never, fromYear: { $lte: input.toYear }, toYear: { $gte: input.fromYear } });
    if (overlapping) throw conflict(`Already registered for ${overlapping.fromYear}–${overlapping.toYear}`, 'input.fromYear', 'OVERLAP');
    return this.em.transactional(async (em) => {
      const registration = em.create(ModelRegistration, { organization: org.id, model: input.model as never, fromYear: input.fromYear, toYear: input.toYear, registeredOn, rootId: org.rootId });
      await em.flush();
      await this.audit.record(em as EntityManager, { action: 'registerForModel', entityType: 'Organization', entityId: toGlobalId('Organization', org.id), orgPath: org.path, after: { model: input.model, fromYear: input.fromYear, toYear: input.toYear, registeredOn } });
      return registration;
    });
  }
}

function toDistribution(year: number, subject: RatingSubject, counts: Map<string, number>): Distribution {
  const rated = [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    year,
    subject,
    rated,
    levels: RATING_LEVELS.map((level) => {
      const count = counts.get(level) ?? 0;
      return { level, count, percent: rated ? Math.round((count / rated) * 1000) / 10 : 0 };
    }),
  };
}
