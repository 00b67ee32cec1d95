import type { Dictionary, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  hasLetter,
  addDays,
  checkPlacement,
  checkRenameDate,
  nameCarriedFrom,
  renameReplaces,
  childPath,
  foldText,
  holdsMembers,
  isIsoDate,
  ORGANIZATION_CODE_PATTERN,
  pathIds,
  RATING_LEVELS,
  subtreeUpperBound,
  takesCellType,
  takesSector,
  type CellType,
  type CommitteeSector,
  type OrganizationKind,
  type RenameDateProblem,
  vietnameseSortKey,
} from '@fourgood/rules';
import { effectiveDate, validOn } from '../common/dates.js';
import { figurePage } from '../graphql/keyset.js';
import { inTransaction } from '../common/transaction.js';
import { conflict, invalid, notFound, Problems } from '../graphql/errors.js';
import { cursorPage, pageRequest, toConnection, toGlobalId, type ConnectionShape, type CursorKind, type PageArgs } from '../graphql/relay.js';
import { childrenPage, organizationsById, visibleOrganization, visibleOrganizationWithAncestors } from './organization-rows.js';
import { narrowScope } from '../auth/scope-filter.js';
import { RequestService } from '../common/request-service.js';
import { primeTodaysStats, todaysStatsDimensions } from '../stats/stats.service.js';
import type { RequestDeps } from '../context.js';
import { CountDeltas, deleteSubtreeCounts } from '../stats/subtree-counts.js';
import { cellsUnder, followCellPeriods } from '../meetings/meeting-subtree-years.js';
import { OrganizationLink } from './organization-link.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationFormerName } from './organization-former-name.entity.js';
import { formerNamesMatching, formerNamesOf, lastRenamedOn, namedOn, pageNamedOn } from './former-names.js';
import { subtreeMove, type SubtreeMove, type SubtreeMovedHandler } from './subtree-move.js';

export interface OrganizationInput {
  code: string;
  name: string;
  kind: OrganizationKind;
  sector?: CommitteeSector | null;
  cellType?: CellType | null;
  parentId?: number | null;
  foundedOn: string;
}

export interface OrganizationUpdate {
  code?: string | null;
  name?: string | null;
  /** The first day of a new name (today when omitted); code, sector and cell type are corrections, not dated. */
  effectiveOn?: string | null;
  sector?: CommitteeSector | null;
  cellType?: CellType | null;
}

export interface DescendantFilter {
  kind?: OrganizationKind | null;
  cellType?: CellType | null;
  search?: string | null;
  /** Only these organisations (the ones behind a figure, from another feature's service). */
  onlyIds?: number[] | null;
}

export interface OrganizationOrder {
  field: 'NAME' | 'CODE' | 'MEMBER_COUNT' | 'RATING';
  direction?: 'ASC' | 'DESC' | null;
  /** RATING: the year rated (default: the year before the list's date). */
  year?: number | null;
}

const CODE_PATTERN = ORGANIZATION_CODE_PATTERN;
/** The kinds of the default order's cursor values (name_sort, id) for the SQL hot path. */
const ORDER_KINDS: readonly CursorKind[] = ['string', 'integer'];

/** Columns of the order: by the Vietnamese sort key or the code, ties by id (deterministic pages). */
function columnOrder(order: OrganizationOrder | null | undefined): Record<string, 'asc' | 'desc'> {
  const direction = order?.direction === 'DESC' ? 'desc' : 'asc';
  return order?.field === 'CODE' ? { code: direction, id: 'asc' } : { nameSort: direction, id: 'asc' };
}

/** Rank of a rating level for RATING order: EXCELLENT highest, not rated 0. */
const LEVEL_RANK_SQL = `case r.level ${RATING_LEVELS.map((level, i) => `when '${level}' then ${RATING_LEVELS.length - i}`).join(' ')} else 0 end`;

/**
 * The dated tree of organisations: reading it today (from `organization`) or as of a date
 * (from `organization_link`), and changing it. Every change is one transaction.
 */
export class HierarchyService extends RequestService {
  private readonly onSubtreeMoved: readonly SubtreeMovedHandler[];

  constructor(deps: RequestDeps, uses: { onSubtreeMoved: readonly SubtreeMovedHandler[] }) {
    super(deps);
    this.onSubtreeMoved = uses.onSubtreeMoved;
  }

  // ---------------------------------------------------------------- reading

  async byId(id: number): Promise<Organization | null> {
    return this.em.findOne(Organization, id);
  }

  /**
   * The organisation, null when there is none or it lies outside the caller's scope: the two look
   * the same, so nobody can learn what exists elsewhere (`field` is kept for the callers).
   */
  async findVisible(where: { id: number } | { code: string }, _field: string): Promise<Organization | null> {
    return this.em.findOne(Organization, where);
  }

  /**
   * findVisible for answers only (`node`, `organization`): read by one hand-written statement
   * without hydration (organization-rows.ts). Never for a change: the object is not managed.
   * `ancestors`: the breadcrumbs in the same statement. `stats`: the subfields of each `stats`
   * selection without a date (graphql/selection.ts todaysStatsSelections): when they need only the
   * organisation's own rollup rows, those rows come in the same statement too and the request's
   * stats loader is primed with them (stats.service.ts primeTodaysStats), so `stats` runs none.
   */
  async readVisible(where: { id: number } | { code: string }, options: { ancestors?: boolean; stats?: ReadonlyArray<Set<string>> } = {}): Promise<Organization | null> {
    const statsDimensions = options.stats?.length ? todaysStatsDimensions(options.stats) : null;
    if (!options.ancestors && !statsDimensions) return visibleOrganization(this.em, this.access, where);
    const { org, ancestors, statsRows } = await visibleOrganizationWithAncestors(this.em, this.access, where, this.dialect, { ancestors: options.ancestors, statsDimensions: statsDimensions ?? [] });
    if (!org) return null;
    // The breadcrumbs are asked too: read in the same statement, kept for ancestors() below.
    if (options.ancestors) this.ancestorsToday.set(org, ancestors);
    if (statsDimensions) primeTodaysStats(this.loaders.subtreeStats, org, this.today, this.access.can('READ_PERSONAL', org.path), options.stats!, statsRows);
    return org;
  }

  /** Today's ancestors read with an organisation by readVisible (the objects it returned), for ancestors(). */
  private readonly ancestorsToday = new WeakMap<Organization, Organization[]>();

  /** The organisation, or NOT_FOUND (also when it exists outside the caller's scope). */
  async require(id: number, field: string): Promise<Organization> {
    const org = await this.findVisible({ id }, field);
    if (!org) throw notFound('Organization', field);
    return org;
  }

  /** Like require, for a change: the caller must be allowed to edit there. */
  async requireEditable(id: number, field: string): Promise<Organization> {
    const org = await this.require(id, field);
    this.access.require('EDIT', org.path, field);
    return org;
  }

  async byCode(code: string): Promise<Organization | null> {
    return this.em.findOne(Organization, { code });
  }

  /** The link row that placed `org` in the tree on `date`, or null if it did not exist then. */
  async linkOn(orgId: number, date: string): Promise<OrganizationLink | null> {
    return this.em.findOne(OrganizationLink, {
      organization: orgId,
      validFrom: { $lte: date },
      $or: [{ validTo: null }, { validTo: { $gt: date } }],
    });
  }

  /** Path of `org` on `date` (its current path when `date` is today). */
  async pathOn(org: Organization, date: string): Promise<string | null> {
    if (date >= this.today) return org.dissolvedOn ? null : org.path;
    return (await this.linkOn(org.id, date))?.path ?? null;
  }

  private existingOn(date: string): FilterQuery<Organization> {
    if (date >= this.today) return { dissolvedOn: null };
    return {
      links: {
        validFrom: { $lte: date },
        $or: [{ validTo: null }, { validTo: { $gt: date } }],
      },
    } as FilterQuery<Organization>;
  }

  private async page(where: FilterQuery<Organization>, args: PageArgs, filters?: Dictionary<Dictionary>, order?: OrganizationOrder | null): Promise<ConnectionShape<Organization>> {
    const page = await this.em.findByCursor(Organization, where, { ...cursorPage(this.em, Organization, args, columnOrder(order)), ...(filters ? { filters } : {}) });
    return toConnection(page);
  }

  /** Province-level organisations on `date`. */
  async provinces(date: string, args: PageArgs): Promise<ConnectionShape<Organization>> {
    if (date >= this.today) return this.page({ kind: 'PROVINCIAL_COMMITTEE', dissolvedOn: null }, args);
    return this.named(await this.page({ kind: 'PROVINCIAL_COMMITTEE', ...(this.existingOn(date) as object) }, args), date);
  }

  async children(org: Organization, date: string, args: PageArgs, order?: OrganizationOrder | null): Promise<ConnectionShape<Organization>> {
    if (order?.field === 'MEMBER_COUNT' || order?.field === 'RATING') return this.byFigure({ parentId: org.id }, date, {}, order, args);
    if (date >= this.today) {
      const byName = !order || (order.field === 'NAME' && order.direction !== 'DESC');
      // Hot path of the drill-down (the default order by name): one statement, no entity hydration (organization-rows.ts).
      const request = byName ? pageRequest(args, ORDER_KINDS) : null;
      if (request?.first !== undefined) return childrenPage(this.em, this.dialect, this.access, org, { ...request, first: request.first });
      return this.page({ parent: org.id, dissolvedOn: null }, args, undefined, order);
    }
    const page = await this.page(
      {
        links: { parent: org.id, validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gt: date } }] },
      } as FilterQuery<Organization>,
      args,
      undefined,
      order,
    );
    return this.named(page, date);
  }

  /** A page read as of a past day, with the names its organisations carried that day (one statement for the page). */
  private named(page: ConnectionShape<Organization>, date: string): Promise<ConnectionShape<Organization>> {
    return pageNamedOn(this.em, page, date, this.today);
  }

  async descendants(org: Organization, date: string, filter: DescendantFilter, args: PageArgs, order?: OrganizationOrder | null): Promise<ConnectionShape<Organization>> {
    if (order?.field === 'MEMBER_COUNT' || order?.field === 'RATING') {
      const path = await this.pathOn(org, date);
      return this.byFigure(path === null ? null : { path }, date, filter, order, args);
    }
    const where: Record<string, unknown> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.cellType) where.cellType = filter.cellType;
    if (filter.onlyIds) where.id = { $in: filter.onlyIds.length ? filter.onlyIds : [-1] };
    const search = filter.search ? foldText(filter.search) : '';
    if (search) where.$or = [{ nameSearch: { $like: `%${likeText(search)}%` } }, { code: { $like: `%${likeText(filter.search!.trim())}%` } }];
    // On a past day, also the name carried that day (one statement on the small former-name table).
    if (search && date < this.today) {
      const renamed = await formerNamesMatching(this.em, `%${likeText(search)}%`, date);
      if (renamed.length) (where.$or as unknown[]).push({ id: { $in: renamed } });
    }
    const path = await this.pathOn(org, date);
    if (path === null) return this.page({ id: -1 }, args);
    const range = { $gt: path, $lt: subtreeUpperBound(path) };
    // Today: the subtree's range is the scope filter's, intersected with the caller's scope (narrowScope).
    if (date >= this.today) return this.page({ ...where, path: { $gt: path }, dissolvedOn: null }, args, narrowScope(this.access, path, subtreeUpperBound(path)), order);
    const page = await this.page(
      {
        ...where,
        links: { path: range, validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gt: date } }] },
      } as FilterQuery<Organization>,
      args,
      undefined,
      order,
    );
    return this.named(page, date);
  }

  /**
   * Children or descendants ordered by a figure that is no column: the members of the subtree
   * today (subtree_count) or the organisation's own rating level in a year. Hot read path in SQL
   * (keyset on the figure and id, graphql/keyset.ts): the same conditions as the ORM lists above
   * — the place in the tree on `date`, the filters — and the caller's scope on the current path,
   * as the scope filter has it; the page's organisations are then read through the scoped `em`.
   */
  private async byFigure(
    under: { parentId: number } | { path: string } | null,
    date: string,
    filter: DescendantFilter,
    order: OrganizationOrder,
    args: PageArgs,
  ): Promise<ConnectionShape<Organization>> {
    const today = date >= this.today;
    if (order.field === 'MEMBER_COUNT' && !today) {
      throw invalid('orderBy.field', 'Ordering by members is for lists read today', 'TODAY_ONLY');
    }
    const year = order.year ?? Number(date.slice(0, 4)) - 1;
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('orderBy.year', 'A year from 2000 to 2100', 'BAD_YEAR', { min: 2000, max: 2100 });
    const conditions: string[] = [];
    const params: unknown[] = [];
    const link = today ? '' : `join organization_link l on l.organization_id = o.id and ${validOn('l', date).sql}`;
    const linkParams = today ? [] : validOn('l', date).params;
    if (under === null) conditions.push('1 = 0');
    else if ('parentId' in under) {
      conditions.push(today ? 'o.parent_id = ?' : 'l.parent_id = ?');
      params.push(under.parentId);
    } else {
      conditions.push(today ? 'o.path > ? and o.path < ?' : 'l.path > ? and l.path < ?');
      params.push(under.path, subtreeUpperBound(under.path));
    }
    if (today) conditions.push('o.dissolved_on is null');
    if (filter.kind) {
      conditions.push('o.kind = ?');
      params.push(filter.kind);
    }
    if (filter.cellType) {
      conditions.push('o.cell_type = ?');
      params.push(filter.cellType);
    }
    if (filter.onlyIds) {
      conditions.push(filter.onlyIds.length ? `o.id in (${filter.onlyIds.map(() => '?').join(', ')})` : '1 = 0');
      params.push(...filter.onlyIds);
    }
    const search = filter.search ? foldText(filter.search) : '';
    if (search && today) {
      conditions.push('(o.name_search like ? or o.code like ?)');
      params.push(`%${likeText(search)}%`, `%${likeText(filter.search!.trim())}%`);
    } else if (search) {
      // On a past day, also the name carried that day (as descendants does).
      conditions.push(`(o.name_search like ? or o.code like ? or o.id in (select f.organization_id from organization_former_name f where f.name_search like ? and f.used_from <= ? and f.used_until >= ?))`);
      params.push(`%${likeText(search)}%`, `%${likeText(filter.search!.trim())}%`, `%${likeText(search)}%`, date, date);
    }
    const ranges = this.access.readRanges();
    if (ranges !== null) {
      conditions.push(ranges.length ? `(${ranges.map(() => '(o.path >= ? and o.path < ?)').join(' or ')})` : '1 = 0');
      params.push(...ranges.flat());
    }
    const figure =
      order.field === 'MEMBER_COUNT'
        ? { sql: `coalesce((select sum(sc.n) from subtree_count sc where sc.organization_id = o.id and sc.dimension = 'STATUS'), 0)`, params: [] }
        : { sql: `coalesce((select ${LEVEL_RANK_SQL} from rating r where r.subject = 'ORGANIZATION' and r.organization_id = o.id and r.year = ?), 0)`, params: [year] };
    const page = await figurePage(
      this.em,
      {
        sql: `select o.id as id, ${figure.sql} as v from organization o ${link} where ${conditions.join(' and ')}`,
        params: [...figure.params, ...linkParams, ...params],
        direction: order.direction === 'DESC' ? 'desc' : 'asc',
      },
      args,
    );
    const found = await this.em.find(Organization, { id: { $in: page.items.map((i) => i.id) } });
    const byId = new Map(found.map((o) => [o.id, o]));
    const edges = page.items.flatMap((i) => (byId.has(i.id) ? [{ cursor: i.cursor, node: byId.get(i.id)! }] : []));
    const connection = { edges, nodes: edges.map((e) => e.node), pageInfo: page.pageInfo, totalCount: page.totalCount };
    return today ? connection : this.named(connection, date);
  }

  /** From the province down to the parent of `org`, as the tree stood on `date` (breadcrumbs). */
  async ancestors(org: Organization, date: string): Promise<Organization[]> {
    const known = date >= this.today ? this.ancestorsToday.get(org) : undefined;
    if (known) return known;
    const path = await this.pathOn(org, date);
    if (!path) return [];
    const ids = pathIds(path).filter((id) => id !== org.id);
    if (ids.length === 0) return [];
    // Read without hydration (organization-rows.ts), within the caller's scope.
    const found = await namedOn(this.em, await organizationsById(this.em, this.access, ids), date, this.today);
    const byId = new Map(found.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id)).filter((o): o is Organization => o !== undefined);
  }

  // ---------------------------------------------------------------- changing

  async create(input: OrganizationInput): Promise<Organization> {
    const problems = new Problems();
    const code = input.code.trim();
    const name = input.name.trim();
    if (!CODE_PATTERN.test(code)) problems.add('input.code', 'BAD_CODE', 'Code: 2–64 letters, digits, ".", "_" or "-", starting with a letter or digit');
    if (name.length === 0 || name.length > 300) problems.add('input.name', 'BAD_LENGTH', 'Name: 1–300 characters', { min: 1, max: 300 });
    else if (!hasLetter(name)) problems.add('input.name', 'NO_LETTER', 'Name: at least one letter');
    this.checkAttributes(input.kind, input.sector ?? null, input.cellType ?? null, problems);
    if (!isIsoDate(input.foundedOn)) problems.add('input.foundedOn', 'BAD_DATE', 'Expected a date as YYYY-MM-DD');
    else if (input.foundedOn > this.today) problems.add('input.foundedOn', 'FUTURE_DATE', `The date cannot be in the future (today is ${this.today})`, { today: this.today });
    problems.throwIfAny();

    const parent = input.parentId != null ? await this.requireEditable(input.parentId, 'input.parentId') : null;
    if (!parent) this.access.require('EDIT', null, 'input.parentId');
    this.checkPlacementOrThrow(input.kind, parent, 'input.parentId');
    if (parent) {
      if (parent.dissolvedOn) throw invalid('input.parentId', `${parent.name} was dissolved on ${parent.dissolvedOn}`, 'PARENT_DISSOLVED', { dissolvedOn: parent.dissolvedOn });
      if (input.foundedOn < parent.foundedOn) {
        throw invalid('input.foundedOn', `Cannot be founded before its parent (${parent.foundedOn})`, 'BEFORE_PARENT', { foundedOn: parent.foundedOn });
      }
    }
    await this.checkCodeFree(code, null);

    return this.transaction(async (em) => {
      const org = em.create(Organization, {
        code,
        name,
        nameSearch: foldText(name),
        nameSort: vietnameseSortKey(name),
        kind: input.kind,
        sector: input.sector ?? null,
        cellType: input.cellType ?? null,
        foundedOn: input.foundedOn,
        parent: parent ? em.getReference(Organization, parent.id) : null,
        path: '/',
        depth: parent ? parent.depth + 1 : 0,
        rootId: 0,
      });
      await em.flush();
      org.path = childPath(parent?.path ?? null, org.id);
      org.rootId = parent ? parent.rootId : org.id;
      // The new organisation follows its parent's history from its founding day on: one link
      // row per period of the parent since then (the parent may have moved in between).
      if (parent) {
        const parentLinks = await em.find(
          OrganizationLink,
          { organization: parent.id, $or: [{ validTo: null }, { validTo: { $gt: input.foundedOn } }] },
          { orderBy: { validFrom: 'asc' } },
        );
        for (const link of parentLinks) {
          em.create(OrganizationLink, {
            organization: org,
            parent: em.getReference(Organization, parent.id),
            path: childPath(link.path, org.id),
            depth: link.depth + 1,
            rootId: link.rootId,
            validFrom: link.validFrom > input.foundedOn ? link.validFrom : input.foundedOn,
            validTo: link.validTo,
          });
        }
      } else {
        em.create(OrganizationLink, { organization: org, parent: null, path: org.path, depth: 0, rootId: org.id, validFrom: input.foundedOn });
      }
      await em.flush();
      // A new cell sits in its subtrees from its founding day (meeting_subtree_year).
      if (holdsMembers(org.kind)) await followCellPeriods(em, [], input.foundedOn, async () => undefined, () => [org.id]);
      // One more organisation of its kind under every ancestor (it has nothing under it yet).
      await new CountDeltas().organization(org.path, org.kind, 1).apply(em);
      await this.audit.record(em, { action: 'createOrganization', ...auditTarget(org), after: snapshot(org) });
      return org;
    });
  }

  /**
   * Corrects the code, sector or cell type, and renames from `effectiveOn` (today when omitted):
   * the name it leaves is kept as a former name for the days it was carried, so the tree read as
   * of an earlier day shows it. A rename on the day the current name took effect (its founding or
   * its last rename) replaces that name: it was carried no day.
   */
  async update(id: number, input: OrganizationUpdate): Promise<Organization> {
    const org = await this.requireEditable(id, 'input.id');
    const problems = new Problems();
    if (input.code != null && !CODE_PATTERN.test(input.code.trim())) {
      problems.add('input.code', 'BAD_CODE', 'Code: 2–64 letters, digits, ".", "_" or "-", starting with a letter or digit');
    }
    if (input.name != null && (input.name.trim().length === 0 || input.name.trim().length > 300)) problems.add('input.name', 'BAD_LENGTH', 'Name: 1–300 characters', { min: 1, max: 300 });
    else if (input.name != null && !hasLetter(input.name)) problems.add('input.name', 'NO_LETTER', 'Name: at least one letter');
    const sector = input.sector !== undefined ? input.sector : org.sector;
    const cellType = input.cellType !== undefined ? input.cellType : org.cellType;
    this.checkAttributes(org.kind, sector, cellType, problems);
    const on = input.effectiveOn ?? this.today;
    if (!isIsoDate(on)) problems.add('input.effectiveOn', 'BAD_DATE', 'Expected a date as YYYY-MM-DD');
    const renaming = input.name != null && input.name.trim() !== org.name;
    let named = { foundedOn: org.foundedOn, lastRenamedOn: null as string | null };
    if (isIsoDate(on)) {
      named = { foundedOn: org.foundedOn, lastRenamedOn: lastRenamedOn((await formerNamesOf(this.em, [org.id]))[0]!) };
      const problem = checkRenameDate(on, { today: this.today, dissolvedOn: org.dissolvedOn, ...named });
      // Checked for a rename only: a correction alone is not dated; a future date is refused either way.
      if (problem && (renaming || problem.code === 'FUTURE_DATE')) problems.add('input.effectiveOn', problem.code, RENAME_DATE_MESSAGES[problem.code], problem.values);
    }
    problems.throwIfAny();
    if (input.code != null && input.code.trim() !== org.code) await this.checkCodeFree(input.code.trim(), org.id);

    const before = snapshot(org);
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(Organization, id);
      if (input.code != null) target.code = input.code.trim();
      if (renaming) {
        // The name it leaves stays readable as of the days it was carried, and searchable.
        if (!renameReplaces(on, named)) {
          em.create(OrganizationFormerName, { organization: target, name: target.name, nameSearch: target.nameSearch, usedFrom: nameCarriedFrom(named), usedUntil: addDays(on, -1) });
        }
        target.name = input.name!.trim();
        target.nameSearch = foldText(target.name);
        target.nameSort = vietnameseSortKey(target.name);
      }
      target.sector = sector ?? null;
      target.cellType = cellType ?? null;
      await em.flush();
      await this.audit.record(em, { action: 'updateOrganization', ...auditTarget(target), before, after: { ...snapshot(target), ...(renaming ? { effectiveOn: on } : {}) } });
      return target;
    });
  }

  /** Moves `id` with its whole subtree under `newParentId` from `on`. */
  async move(id: number, newParentId: number, onRaw: string): Promise<Organization> {
    const on = effectiveDate(onRaw, this.today, 'input.effectiveOn');
    const org = await this.requireEditable(id, 'input.id');
    const parent = await this.requireEditable(newParentId, 'input.newParentId');
    this.checkActive(org, 'input.id');
    this.checkActive(parent, 'input.newParentId');
    if (parent.path.startsWith(org.path)) {
      throw invalid('input.newParentId', 'An organisation cannot move under itself or one of its descendants', 'CYCLE');
    }
    if (org.parent?.id === parent.id) throw invalid('input.newParentId', `Already under ${parent.name}`, 'SAME_PARENT');
    this.checkPlacementOrThrow(org.kind, parent, 'input.newParentId');
    await this.checkAfterLastChange([org.path, parent.path], on, 'input.effectiveOn');

    // Taken now: the re-read inside the transaction refreshes this same entity to its new place.
    const before = snapshot(org);
    await this.transaction(async (em) => {
      // The cells moved sit in other subtrees from `on` (meeting_subtree_year follows their periods).
      await followCellPeriods(em, await cellsUnder(em, org.path, true), on, async () => {
        await this.relocate(em, subtreeMove('MOVE', org, parent, on));
        await em.execute(`update organization_link set parent_id = ? where organization_id = ? and valid_from = ? and valid_to is null`, [parent.id, org.id, on]);
      });
      await em.execute(`update organization set parent_id = ? where id = ?`, [parent.id, org.id]);
      const moved = await em.findOneOrFail(Organization, id, { refresh: true, filters: false });
      await this.audit.record(em, { action: 'moveOrganization', ...auditTarget(moved), before, after: { ...snapshot(moved), effectiveOn: on } });
    });
    return this.reload(id);
  }

  /** Merges `sourceId` into `targetId` on `on`: children and members move to the target, the source is dissolved. */
  async merge(sourceId: number, targetId: number, onRaw: string): Promise<Organization> {
    const on = effectiveDate(onRaw, this.today, 'input.effectiveOn');
    const source = await this.requireEditable(sourceId, 'input.sourceId');
    const target = await this.requireEditable(targetId, 'input.targetId');
    this.checkActive(source, 'input.sourceId');
    this.checkActive(target, 'input.targetId');
    if (source.id === target.id) throw invalid('input.targetId', 'Cannot merge an organisation into itself', 'SAME_ORGANIZATION');
    if (target.path.startsWith(source.path)) {
      throw invalid('input.targetId', 'Cannot merge into one of its own descendants', 'CYCLE');
    }
    if (holdsMembers(source.kind) && !holdsMembers(target.kind)) {
      throw invalid('input.targetId', 'The members of a cell can only be merged into another cell', 'TARGET_HOLDS_NO_MEMBERS');
    }
    const childKinds = await this.em.execute<Array<{ kind: OrganizationKind }>>(
      `select distinct kind from organization where parent_id = ? and dissolved_on is null`,
      [source.id],
    );
    for (const { kind } of childKinds) {
      const problem = checkPlacement(kind, target.kind);
      if (problem) throw invalid('input.targetId', `${target.name} cannot hold organisations of kind ${kind}`, problem.code);
    }
    await this.checkAfterLastChange([source.path, target.path], on, 'input.effectiveOn');
    await this.checkMembershipsBefore(source.id, on, 'input.effectiveOn');

    await this.transaction(async (em) => {
      // Its children and members go to the target: everything the source counted now counts
      // under the target; the source itself no longer counts above it.
      await followCellPeriods(em, await cellsUnder(em, source.path, true), on, async () => {
        await this.relocate(em, subtreeMove('MERGE', source, target, on));
        await em.execute(`update organization_link set parent_id = ? where parent_id = ? and valid_from = ? and valid_to is null`, [target.id, source.id, on]);
        await em.execute(`update organization set parent_id = ? where parent_id = ? and dissolved_on is null`, [target.id, source.id]);
        await this.closeOrganization(em, source.id, on);
      });
      await this.audit.record(em, {
        action: 'mergeOrganizations',
        ...auditTarget(source),
        before: snapshot(source),
        after: { ...snapshot(source), dissolvedOn: on, mergedInto: toGlobalId('Organization', target.id), effectiveOn: on },
      });
    });
    return this.reload(targetId);
  }

  async dissolve(id: number, onRaw: string): Promise<Organization> {
    const on = effectiveDate(onRaw, this.today, 'input.effectiveOn');
    const org = await this.requireEditable(id, 'input.id');
    this.checkActive(org, 'input.id');
    if (on < org.foundedOn) throw invalid('input.effectiveOn', `Cannot be dissolved before it was founded (${org.foundedOn})`, 'BEFORE_FOUNDED', { foundedOn: org.foundedOn });
    const [counts] = await this.em.execute<Array<{ children: number; members: number }>>(
      `select (select count(*) from organization where parent_id = ? and dissolved_on is null) as children,
              (select count(*) from member where organization_id = ?) as members`,
      [org.id, org.id],
    );
    if (Number(counts!.children) > 0) {
      throw conflict(`${org.name} still has ${counts!.children} organisations under it: move, merge or dissolve them first`, 'input.id', 'HAS_CHILDREN');
    }
    if (Number(counts!.members) > 0) {
      throw conflict(`${org.name} still has ${counts!.members} members: transfer them first`, 'input.id', 'HAS_MEMBERS');
    }
    await this.checkAfterLastChange([org.path], on, 'input.effectiveOn');
    await this.transaction(async (em) => {
      await followCellPeriods(em, holdsMembers(org.kind) ? [org.id] : [], on, () => this.closeOrganization(em, org.id, on));
      await new CountDeltas().organization(org.path, org.kind, -1).apply(em);
      await this.audit.record(em, { action: 'dissolveOrganization', ...auditTarget(org), before: snapshot(org), after: { ...snapshot(org), dissolvedOn: on } });
    });
    return this.reload(id);
  }

  // ---------------------------------------------------------------- helpers

  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.em, work);
  }

  private async reload(id: number): Promise<Organization> {
    const org = await this.em.findOne(Organization, id, { refresh: true });
    if (!org) throw notFound('Organization');
    return org;
  }

  private checkAttributes(kind: OrganizationKind, sector: CommitteeSector | null, cellType: CellType | null, problems: Problems): void {
    if (takesSector(kind) && !sector) problems.add('input.sector', 'SECTOR_REQUIRED', 'A directly-superior committee needs a sector');
    if (!takesSector(kind) && sector) problems.add('input.sector', 'SECTOR_NOT_ALLOWED', 'Only directly-superior committees have a sector');
    if (takesCellType(kind) && !cellType) problems.add('input.cellType', 'CELL_TYPE_REQUIRED', 'A cell needs a cell type');
    if (!takesCellType(kind) && cellType) problems.add('input.cellType', 'CELL_TYPE_NOT_ALLOWED', 'Only cells have a cell type');
  }

  private checkPlacementOrThrow(kind: OrganizationKind, parent: Organization | null, field: string): void {
    const problem = checkPlacement(kind, parent?.kind ?? null);
    if (!problem) return;
    const messages: Record<typeof problem.code, string> = {
      ROOT_HAS_NO_PARENT: 'A provincial committee has no parent',
      PARENT_REQUIRED: 'This kind of organisation needs a parent',
      PARENT_HOLDS_MEMBERS: 'Cells hold members, not other organisations',
      PARENT_KIND_NOT_ALLOWED: `A ${kind} cannot sit under a ${parent?.kind}`,
    };
    throw invalid(field, messages[problem.code], problem.code);
  }

  private checkActive(org: Organization, field: string): void {
    if (org.dissolvedOn) throw invalid(field, `${org.name} was dissolved on ${org.dissolvedOn}`, 'DISSOLVED', { dissolvedOn: org.dissolvedOn });
  }

  private async checkCodeFree(code: string, exceptId: number | null): Promise<void> {
    const other = await this.em.findOne(Organization, { code }, { fields: ['id'] });
    if (other && other.id !== exceptId) throw conflict(`The code ${code} is already used`, 'input.code', 'CODE_TAKEN');
  }

  /**
   * History is written in order: a change takes effect no earlier than the last change to any
   * subtree it touches, so no later period is ever split.
   */
  private async checkAfterLastChange(paths: string[], on: string, field: string): Promise<void> {
    const clauses = paths.map(() => '(path >= ? and path < ?)').join(' or ');
    const params = paths.flatMap((p) => [p, subtreeUpperBound(p)]);
    const [row] = await this.em.execute<Array<{ last: string | null }>>(
      `select max(valid_from) as last from organization_link where valid_to is null and (${clauses})`,
      params,
    );
    const last = row?.last ? String(row.last).slice(0, 10) : null;
    if (last && on < last) {
      throw invalid(field, `Must be on or after the last change to these organisations (${last})`, 'BEFORE_LAST_CHANGE', { date: last });
    }
  }

  private async checkMembershipsBefore(orgId: number, on: string, field: string): Promise<void> {
    const [row] = await this.em.execute<Array<{ last: string | null }>>(
      `select max(valid_from) as last from membership where organization_id = ? and valid_to is null`,
      [orgId],
    );
    const last = row?.last ? String(row.last).slice(0, 10) : null;
    if (last && on < last) throw invalid(field, `Must be on or after the last member transfer here (${last})`, 'BEFORE_LAST_CHANGE', { date: last });
  }

  /**
   * Rewrites the subtree under `oldPrefix` to sit under `newPrefix` from `on`: each feature that
   * keeps a current path or province rewrites its own tables (SUBTREE_MOVED_HANDLERS, in order),
   * in this transaction, in a bounded number of statements whatever the size of the subtree.
   */
  private async relocate(em: EntityManager, move: SubtreeMove): Promise<void> {
    for (const handler of this.onSubtreeMoved) await handler.onSubtreeMoved(em, move);
  }

  private async closeOrganization(em: EntityManager, id: number, on: string): Promise<void> {
    await em.execute(`update organization_link set valid_to = ? where organization_id = ? and valid_to is null`, [on, id]);
    await em.execute(`delete from organization_link where organization_id = ? and valid_from = ? and valid_to = ?`, [id, on, on]);
    await em.execute(`update organization set dissolved_on = ? where id = ?`, [on, id]);
    // Nothing is left under it (dissolve checks; merge has moved its totals away first).
    await deleteSubtreeCounts(em, id);
  }
}

const RENAME_DATE_MESSAGES: Record<RenameDateProblem['code'], string> = {
  FUTURE_DATE: 'The date cannot be in the future',
  BEFORE_FOUNDED: 'A rename cannot take effect before the organisation was founded',
  BEFORE_LAST_RENAME: 'A rename cannot take effect before the previous rename',
  DISSOLVED: 'The organisation no longer exists on that day',
};

/** What the audit log keeps of an organisation. */
export function snapshot(org: Organization): Record<string, unknown> {
  return {
    code: org.code,
    name: org.name,
    kind: org.kind,
    sector: org.sector,
    cellType: org.cellType,
    foundedOn: org.foundedOn,
    dissolvedOn: org.dissolvedOn,
    parentId: org.parent ? toGlobalId('Organization', org.parent.id) : null,
    path: org.path,
  };
}

function auditTarget(org: Organization) {
  return { entityType: 'Organization', entityId: toGlobalId('Organization', org.id), orgPath: org.path };
}

/** Search text for LIKE: wildcard characters are dropped rather than escaped (SQLite has no default escape). */
export function likeText(text: string): string {
  return text.replace(/[\\%_]/g, '');
}
