import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  hasLetter,
  ageOn,
  ageBandDate,
  birthDateRangeForAge,
  endsMembership,
  foldText,
  holdsMembers,
  isIsoDate,
  MIN_JOINING_AGE,
  personNameSortKey,
  subtreeUpperBound,
  type Gender,
  type MemberPosition,
  type MemberStatus,
} from '@fourgood/rules';
import { effectiveDate, validOn } from '../common/dates.js';
import { figurePage } from '../graphql/keyset.js';
import { evaluationDate } from '../ratings/rating.service.js';
import { inTransaction } from '../common/transaction.js';
import { conflict, invalid, notFound, Problems } from '../graphql/errors.js';
import { cursorPage, pageRequest, toConnection, toGlobalId, type ConnectionShape, type CursorKind, type PageArgs } from '../graphql/relay.js';
import { membersPage } from './member-rows.js';
import { likeText, type HierarchyService } from '../hierarchy/hierarchy.service.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { CountDeltas, dialectOfEm } from '../stats/subtree-counts.js';
import { MemberStatusPeriod } from './member-status-period.entity.js';
import { Member } from './member.entity.js';
import { Membership } from './membership.entity.js';
import { narrowScope } from '../auth/scope-filter.js';
import { RequestService } from '../common/request-service.js';
import type { RequestDeps } from '../context.js';

export interface MemberInput {
  cardNumber: string;
  fullName: string;
  gender: Gender;
  birthDate: string;
  joinedOn: string;
  officialOn?: string | null;
  position: MemberPosition;
  organizationId: number;
  /** First day in the cell; defaults to today. */
  since?: string | null;
}

export interface MemberUpdate {
  cardNumber?: string | null;
  fullName?: string | null;
  gender?: Gender | null;
  birthDate?: string | null;
  joinedOn?: string | null;
  officialOn?: string | null;
  position?: MemberPosition | null;
}

export interface MemberFilter {
  status?: MemberStatus[] | null;
  gender?: Gender | null;
  position?: MemberPosition[] | null;
  minAge?: number | null;
  maxAge?: number | null;
  search?: string | null;
  /** With `year`: only members rated at this level that year (those counted by ratingDistribution(subject: MEMBER)). */
  ratingLevel?: string | null;
  year?: number | null;
}

export interface MemberOrder {
  field: 'NAME' | 'CARD_NUMBER' | 'JOINED_ON';
  direction?: 'ASC' | 'DESC' | null;
}

const CARD_PATTERN = /^[0-9A-Za-z.\-/]{4,32}$/;
/** The kinds of the default order's cursor values (name_sort, id) for the SQL hot path. */
const ORDER_KINDS: readonly CursorKind[] = ['string', 'integer'];

/** Columns of the order: the Vietnamese sort key of the name by default, ties by id (deterministic pages). */
function memberColumnOrder(order: MemberOrder | null | undefined): Record<string, 'asc' | 'desc'> {
  const direction = order?.direction === 'DESC' ? 'desc' : 'asc';
  if (order?.field === 'CARD_NUMBER') return { cardNumber: direction, id: 'asc' };
  if (order?.field === 'JOINED_ON') return { joinedOn: direction, id: 'asc' };
  return { nameSort: direction, id: 'asc' };
}

/** `member.joined_on` as ISO text (a date on PostgreSQL), for the keyset of lists on an earlier date. */
function joinedOnText(em: EntityManager): string {
  return dialectOfEm(em) === 'postgresql' ? `to_char(m.joined_on, 'YYYY-MM-DD')` : 'm.joined_on';
}

/** Members, their dated cell memberships and statuses. */
export class MemberService extends RequestService {
  private readonly hierarchy: HierarchyService;

  constructor(deps: RequestDeps, uses: { hierarchy: HierarchyService }) {
    super(deps);
    this.hierarchy = uses.hierarchy;
  }

  async byId(id: number): Promise<Member | null> {
    return this.em.findOne(Member, id);
  }

  /**
   * The member, null when there is none or the member lies outside the caller's scope: the two
   * look the same, so nobody can test which card numbers exist elsewhere.
   */
  async findVisible(where: { id: number } | { cardNumber: string }, _field: string): Promise<Member | null> {
    return this.em.findOne(Member, where);
  }

  /** The member, or NOT_FOUND (also when the member exists outside the caller's scope). */
  async require(id: number, field: string): Promise<Member> {
    const member = await this.findVisible({ id }, field);
    if (!member) throw notFound('Member', field);
    return member;
  }

  /** Like require, for a change: the caller must be allowed to edit the member's cell. */
  private async requireEditable(id: number, field: string): Promise<Member> {
    const member = await this.require(id, field);
    this.access.require('EDIT', member.orgPath, field);
    return member;
  }

  /**
   * Members in the subtree of `org` (a cell: its own members) on `date`: today from `member`
   * (its current cell), an earlier date from the memberships and statuses of that day.
   */
  async inSubtree(org: Organization, filter: MemberFilter, args: PageArgs, order?: MemberOrder | null, date: string = this.today): Promise<ConnectionShape<Member>> {
    const problems = new Problems();
    for (const key of ['minAge', 'maxAge'] as const) {
      const v = filter[key];
      if (v != null && (!Number.isInteger(v) || v < 0 || v > 130)) problems.add(`filter.${key}`, 'OUT_OF_RANGE', 'Age: a whole number from 0 to 130', { min: 0, max: 130 });
    }
    if (filter.minAge != null && filter.maxAge != null && filter.minAge > filter.maxAge) problems.add('filter.maxAge', 'AGE_RANGE', 'Maximum age is below the minimum');
    if (filter.search != null && filter.search.length > 200) problems.add('filter.search', 'TOO_LONG', 'Search text: at most 200 characters', { max: 200 });
    if (filter.ratingLevel && filter.year == null) problems.add('filter.year', 'REQUIRED', 'The year of the rating');
    if (filter.year != null && (!Number.isInteger(filter.year) || filter.year < 2000 || filter.year > 2100)) problems.add('filter.year', 'BAD_YEAR', 'A year from 2000 to 2100', { min: 2000, max: 2100 });
    problems.throwIfAny();
    // Ages as the age field shows them: exact only for callers who read birth dates (rules: ageBandDate).
    const ageDate = ageBandDate(date < this.today ? date : this.today, this.access.can('READ_PERSONAL', org.path));
    const ages = birthDateRangeForAge(ageDate, filter.minAge, filter.maxAge);
    const rated = filter.ratingLevel && filter.year != null ? await this.ratedIn(org, filter.year, filter.ratingLevel) : null;
    if (date < this.today) return this.inSubtreeOn(org, date, filter, ages, rated, args, order);

    // The subtree's range is the scope filter's, intersected with the caller's scope (narrowScope).
    const where: FilterQuery<Member> & Record<string, unknown> = {};
    if (org.dissolvedOn) where.id = -1;
    else if (rated) where.id = { $in: rated.length ? rated : [-1] };
    if (filter.status?.length) where.status = { $in: filter.status };
    if (filter.gender) where.gender = filter.gender;
    if (filter.position?.length) where.position = { $in: filter.position };
    if (ages.bornOnOrBefore || ages.bornAfter) {
      where.birthDate = { ...(ages.bornOnOrBefore ? { $lte: ages.bornOnOrBefore } : {}), ...(ages.bornAfter ? { $gt: ages.bornAfter } : {}) };
    }
    const search = filter.search ? likeText(foldText(filter.search)) : '';
    const byName = !order || (order.field === 'NAME' && order.direction !== 'DESC');
    const request = byName && !rated && !org.dissolvedOn ? pageRequest(args, ORDER_KINDS) : null;
    if (request?.first !== undefined) {
      // Hot path of the cell page (the default order by name): one statement, no entity hydration (member-rows.ts).
      return membersPage(
        this.em,
        this.access,
        org,
        { status: filter.status, gender: filter.gender, position: filter.position, bornOnOrBefore: ages.bornOnOrBefore, bornAfter: ages.bornAfter, search: search ? { name: search, card: likeText(filter.search!.trim()) } : null },
        { ...request, first: request.first },
      );
    }
    if (search) where.$or = [{ nameSearch: { $like: `%${search}%` } }, { cardNumber: { $like: `${likeText(filter.search!.trim())}%` } }];
    const page = await this.em.findByCursor(Member, where, {
      ...cursorPage(this.em, Member, args, memberColumnOrder(order)),
      filters: narrowScope(this.access, org.path, subtreeUpperBound(org.path)),
    });
    return toConnection(page);
  }

  /**
   * The members counted at `level` by `ratingDistribution(year, subject: MEMBER)` of `org`: rated
   * in its subtree as it stood at the year's evaluation (rating.org_path).
   */
  private async ratedIn(org: Organization, year: number, level: string): Promise<number[]> {
    const path = await this.hierarchy.pathOn(org, evaluationDate(year, this.today));
    if (!path) return [];
    const rows = await this.em.execute<Array<{ id: number | string }>>(
      `select member_id as id from rating where subject = 'MEMBER' and year = ? and level = ? and org_path >= ? and org_path < ?`,
      [year, level, path, subtreeUpperBound(path)],
    );
    return rows.map((r) => Number(r.id));
  }

  /**
   * Members of the subtree on an earlier `date`: a membership of that day in a cell that lay in
   * the subtree that day, with that day's status and position. Hot read path in SQL (keyset,
   * graphql/keyset.ts). Scope as the scope guard reads it: the member's current cell within the
   * caller's ranges, or, for a member who has left the register, the last cell (this membership
   * when none came after it).
   */
  private async inSubtreeOn(
    org: Organization,
    date: string,
    filter: MemberFilter,
    ages: { bornOnOrBefore?: string | null; bornAfter?: string | null },
    rated: number[] | null,
    args: PageArgs,
    order: MemberOrder | null | undefined,
  ): Promise<ConnectionShape<Member>> {
    const path = await this.hierarchy.pathOn(org, date);
    const ms = validOn('ms', date);
    const l = validOn('l', date);
    const sp = validOn('sp', date);
    const conditions = ['l.path >= ? and l.path < ?'];
    const params: unknown[] = [...ms.params, ...l.params, ...sp.params, path ?? '', path ? subtreeUpperBound(path) : ''];
    if (!path) conditions.push('1 = 0');
    const inList = (column: string, values: readonly unknown[]) => {
      conditions.push(values.length ? `${column} in (${values.map(() => '?').join(', ')})` : '1 = 0');
      params.push(...values);
    };
    if (rated) inList('m.id', rated);
    if (filter.status?.length) inList('sp.status', filter.status);
    if (filter.position?.length) inList('ms.position', filter.position);
    if (filter.gender) inList('m.gender', [filter.gender]);
    if (ages.bornOnOrBefore) {
      conditions.push('m.birth_date <= ?');
      params.push(ages.bornOnOrBefore);
    }
    if (ages.bornAfter) {
      conditions.push('m.birth_date > ?');
      params.push(ages.bornAfter);
    }
    const search = filter.search ? likeText(foldText(filter.search)) : '';
    if (search) {
      conditions.push('(m.name_search like ? or m.card_number like ?)');
      params.push(`%${search}%`, `${likeText(filter.search!.trim())}%`);
    }
    const ranges = this.access.readRanges();
    if (ranges !== null) {
      const within = (column: string) => (ranges.length ? `(${ranges.map(() => `(${column} >= ? and ${column} < ?)`).join(' or ')})` : '1 = 0');
      conditions.push(`(${within('m.org_path')} or (m.org_path is null and ${within('c.path')}
        and not exists (select 1 from membership later where later.member_id = m.id and later.valid_from > ms.valid_from)))`);
      params.push(...ranges.flat(), ...ranges.flat());
    }
    const value = order?.field === 'CARD_NUMBER' ? 'm.card_number' : order?.field === 'JOINED_ON' ? joinedOnText(this.em) : 'm.name_sort';
    const page = await figurePage(
      this.em,
      {
        sql: `select m.id as id, ${value} as v from member m
          join membership ms on ms.member_id = m.id and ${ms.sql}
          join organization_link l on l.organization_id = ms.organization_id and ${l.sql}
          join member_status_period sp on sp.member_id = m.id and ${sp.sql}
          join organization c on c.id = ms.organization_id
          where ${conditions.join(' and ')}`,
        params,
        direction: order?.direction === 'DESC' ? 'desc' : 'asc',
        kind: 'string',
      },
      args,
    );
    // Read unscoped: members who have left since have no current cell for the scope filter; the
    // statement above applied the scope (UNSCOPED_READS).
    const found = await this.em.find(Member, { id: { $in: page.items.map((i) => i.id) } }, { filters: false });
    const byId = new Map(found.map((m) => [m.id, m]));
    const edges = page.items.flatMap((i) => (byId.has(i.id) ? [{ cursor: i.cursor, node: byId.get(i.id)! }] : []));
    return { edges, nodes: edges.map((e) => e.node), pageInfo: page.pageInfo, totalCount: page.totalCount };
  }

  async memberships(memberId: number): Promise<Membership[]> {
    // Past cells may lie outside the caller's scope today; their names are still part of the member's record.
    return this.em.find(Membership, { member: memberId }, { orderBy: { validFrom: 'asc', id: 'asc' }, populate: ['organization'], filters: false });
  }

  async statusHistory(memberId: number): Promise<MemberStatusPeriod[]> {
    return this.em.find(MemberStatusPeriod, { member: memberId }, { orderBy: { validFrom: 'asc', id: 'asc' } });
  }

  // ---------------------------------------------------------------- changing

  async create(input: MemberInput): Promise<Member> {
    const problems = new Problems();
    const cardNumber = input.cardNumber.trim();
    const fullName = input.fullName.trim().replace(/\s+/g, ' ');
    if (!CARD_PATTERN.test(cardNumber)) problems.add('input.cardNumber', 'BAD_CODE', 'Card number: 4–32 digits, letters, ".", "-" or "/"');
    if (fullName.length < 2 || fullName.length > 200) problems.add('input.fullName', 'BAD_LENGTH', 'Full name: 2–200 characters', { min: 2, max: 200 });
    else if (!hasLetter(fullName)) problems.add('input.fullName', 'NO_LETTER', 'Full name: at least one letter');
    this.checkPersonDates(input.birthDate, input.joinedOn, input.officialOn ?? null, problems);
    const since = input.since ?? this.today;
    if (!isIsoDate(since)) problems.add('input.since', 'BAD_DATE', 'Expected a date as YYYY-MM-DD');
    else if (since > this.today) problems.add('input.since', 'FUTURE_DATE', `The date cannot be in the future (today is ${this.today})`, { today: this.today });
    else if (isIsoDate(input.joinedOn) && since < input.joinedOn) problems.add('input.since', 'BEFORE_JOINING', 'Cannot be in a cell before joining the party');
    problems.throwIfAny();

    const cell = await this.requireCell(input.organizationId, 'input.organizationId', since);
    await this.checkCardFree(cardNumber, null);
    return this.transaction(async (em) => {
      const member = em.create(Member, {
        cardNumber,
        fullName,
        nameSearch: foldText(fullName),
        nameSort: personNameSortKey(fullName),
        gender: input.gender,
        birthDate: input.birthDate,
        joinedOn: input.joinedOn,
        officialOn: input.officialOn ?? null,
        position: input.position,
        status: 'ACTIVE',
        organization: em.getReference(Organization, cell.id),
        orgPath: cell.path,
        rootId: cell.rootId,
      });
      em.create(Membership, { member, organization: cell.id, position: input.position, rootId: cell.rootId, validFrom: since });
      em.create(MemberStatusPeriod, { member, status: 'ACTIVE', rootId: cell.rootId, validFrom: since });
      await em.flush();
      await new CountDeltas().member(cell.path, member, 1).apply(em);
      await this.audit.record(em, { action: 'createMember', ...auditTarget(member), after: { ...snapshot(member), since } });
      return member;
    });
  }

  async update(id: number, input: MemberUpdate): Promise<Member> {
    const member = await this.requireEditable(id, 'input.id');
    const problems = new Problems();
    const cardNumber = input.cardNumber?.trim();
    const fullName = input.fullName?.trim().replace(/\s+/g, ' ');
    if (cardNumber != null && !CARD_PATTERN.test(cardNumber)) problems.add('input.cardNumber', 'BAD_CODE', 'Card number: 4–32 digits, letters, ".", "-" or "/"');
    if (fullName != null && (fullName.length < 2 || fullName.length > 200)) problems.add('input.fullName', 'BAD_LENGTH', 'Full name: 2–200 characters', { min: 2, max: 200 });
    else if (fullName != null && !hasLetter(fullName)) problems.add('input.fullName', 'NO_LETTER', 'Full name: at least one letter');
    const birthDate = input.birthDate ?? member.birthDate;
    const joinedOn = input.joinedOn ?? member.joinedOn;
    const officialOn = input.officialOn !== undefined ? input.officialOn : member.officialOn;
    this.checkPersonDates(birthDate, joinedOn, officialOn, problems);
    problems.throwIfAny();
    if (cardNumber != null && cardNumber !== member.cardNumber) await this.checkCardFree(cardNumber, member.id);

    const before = snapshot(member);
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(Member, id);
      const counted = { status: target.status, gender: target.gender, birthDate: target.birthDate };
      if (cardNumber != null) target.cardNumber = cardNumber;
      if (fullName != null) {
        target.fullName = fullName;
        target.nameSearch = foldText(fullName);
        target.nameSort = personNameSortKey(fullName);
      }
      if (input.gender != null) target.gender = input.gender;
      target.birthDate = birthDate;
      target.joinedOn = joinedOn;
      target.officialOn = officialOn ?? null;
      if (input.position != null && input.position !== target.position) {
        target.position = input.position;
        // The open membership carries the position held in that cell.
        const open = await em.findOne(Membership, { member: id, validTo: null });
        if (open) open.position = input.position;
      }
      await em.flush();
      // A corrected gender or birth date moves the member between rows (birth year, age band) of every organisation above.
      if (target.orgPath && (counted.gender !== target.gender || counted.birthDate !== target.birthDate)) {
        await new CountDeltas().member(target.orgPath, counted, -1).member(target.orgPath, target, 1).apply(em);
      }
      await this.audit.record(em, { action: 'updateMember', ...auditTarget(target), before, after: snapshot(target) });
      return target;
    });
  }

  /** Moves a member to another cell from `effectiveOn`; the old membership is kept as history. */
  async transfer(id: number, toOrgId: number, onRaw: string): Promise<Member> {
    const on = effectiveDate(onRaw, this.today, 'input.effectiveOn');
    const member = await this.requireEditable(id, 'input.id');
    if (!member.organization) throw invalid('input.id', `${member.fullName} is no longer in any cell (${member.status})`, 'NOT_IN_A_CELL');
    if (member.organization.id === toOrgId) throw invalid('input.organizationId', 'The member is already in this cell', 'SAME_CELL');
    const cell = await this.requireCell(toOrgId, 'input.organizationId', on);
    const open = await this.em.findOne(Membership, { member: id, validTo: null });
    if (open && on < open.validFrom) throw invalid('input.effectiveOn', `Must be on or after the member's last transfer (${open.validFrom})`, 'BEFORE_LAST_CHANGE', { date: open.validFrom });

    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(Member, id);
      const current = await em.findOne(Membership, { member: id, validTo: null });
      if (current) {
        if (current.validFrom === on) em.remove(current);
        else current.validTo = on;
      }
      em.create(Membership, { member: target, organization: cell.id, position: target.position, rootId: cell.rootId, validFrom: on });
      const before = snapshot(target);
      const deltas = new CountDeltas();
      if (target.orgPath) deltas.member(target.orgPath, target, -1);
      deltas.member(cell.path, target, 1);
      target.organization = em.getReference(Organization, cell.id, { wrapped: true });
      target.orgPath = cell.path;
      target.rootId = cell.rootId;
      await em.flush();
      await deltas.apply(em);
      await this.audit.record(em, { action: 'transferMember', ...auditTarget(target), before, after: { ...snapshot(target), effectiveOn: on } });
      return target;
    });
  }

  /** Records a status change from `effectiveOn`; leaving statuses also end cell membership. */
  async changeStatus(id: number, status: MemberStatus, onRaw: string): Promise<Member> {
    const on = effectiveDate(onRaw, this.today, 'input.effectiveOn');
    const member = await this.requireEditable(id, 'input.id');
    if (endsMembership(member.status)) {
      throw invalid('input.status', `${member.fullName} left on an earlier date (${member.status}); this is final`, 'FINAL_STATUS');
    }
    if (member.status === status) throw invalid('input.status', `The status is already ${status}`, 'SAME_STATUS');
    const openStatus = await this.em.findOne(MemberStatusPeriod, { member: id, validTo: null });
    const openMembership = await this.em.findOne(Membership, { member: id, validTo: null });
    const last = [openStatus?.validFrom, endsMembership(status) ? openMembership?.validFrom : undefined]
      .filter((d): d is string => !!d)
      .sort()
      .pop();
    if (last && on < last) throw invalid('input.effectiveOn', `Must be on or after the last change for this member (${last})`, 'BEFORE_LAST_CHANGE', { date: last });

    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(Member, id);
      const current = await em.findOne(MemberStatusPeriod, { member: id, validTo: null });
      if (current) {
        if (current.validFrom === on) em.remove(current);
        else current.validTo = on;
      }
      em.create(MemberStatusPeriod, { member: target, status, rootId: target.rootId, validFrom: on });
      const before = snapshot(target);
      const path = target.orgPath;
      const deltas = new CountDeltas();
      if (path) {
        deltas.member(path, target, -1);
        if (!endsMembership(status)) deltas.member(path, { status, gender: target.gender, birthDate: target.birthDate }, 1);
      }
      target.status = status;
      if (endsMembership(status)) {
        const membership = await em.findOne(Membership, { member: id, validTo: null });
        if (membership) {
          if (membership.validFrom === on) em.remove(membership);
          else membership.validTo = on;
        }
        target.organization = null;
        target.orgPath = null;
      }
      await em.flush();
      await deltas.apply(em);
      await this.audit.record(em, { action: 'changeMemberStatus', ...auditTarget(target), orgPath: path, before, after: { ...snapshot(target), effectiveOn: on } });
      return target;
    });
  }

  // ---------------------------------------------------------------- helpers

  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.em, work, { unique: { message: 'Another member already has this card number', field: 'input.cardNumber' } });
  }

  private checkPersonDates(birthDate: string, joinedOn: string, officialOn: string | null, problems: Problems): void {
    const dates: Array<[string, string | null]> = [
      ['input.birthDate', birthDate],
      ['input.joinedOn', joinedOn],
      ['input.officialOn', officialOn],
    ];
    let ok = true;
    for (const [field, value] of dates) {
      if (value == null) continue;
      if (!isIsoDate(value)) {
        problems.add(field, 'BAD_DATE', 'Expected a date as YYYY-MM-DD');
        ok = false;
      } else if (value > this.today) {
        problems.add(field, 'FUTURE_DATE', `The date cannot be in the future (today is ${this.today})`, { today: this.today });
        ok = false;
      }
    }
    if (!ok) return;
    if (birthDate < '1900-01-01') problems.add('input.birthDate', 'BIRTH_TOO_EARLY', 'Birth date before 1900', { min: '1900-01-01' });
    if (ageOn(birthDate, joinedOn) < MIN_JOINING_AGE) problems.add('input.joinedOn', 'TOO_YOUNG', `A member joins at ${MIN_JOINING_AGE} or older`, { min: MIN_JOINING_AGE });
    if (officialOn != null && officialOn < joinedOn) problems.add('input.officialOn', 'OFFICIAL_BEFORE_JOINING', 'Made official before joining');
  }

  private async requireCell(id: number, field: string, on: string): Promise<Organization> {
    const cell = await this.hierarchy.requireEditable(id, field);
    if (!holdsMembers(cell.kind)) throw invalid(field, `${cell.name} does not hold members: choose a cell`, 'NOT_A_CELL');
    if (cell.dissolvedOn) throw invalid(field, `${cell.name} was dissolved on ${cell.dissolvedOn}`, 'DISSOLVED', { dissolvedOn: cell.dissolvedOn });
    if (on < cell.foundedOn) throw invalid(field, `${cell.name} was founded on ${cell.foundedOn}`, 'BEFORE_FOUNDED', { foundedOn: cell.foundedOn });
    return cell;
  }

  private async checkCardFree(cardNumber: string, exceptId: number | null): Promise<void> {
    const other = await this.em.findOne(Member, { cardNumber }, { fields: ['id'] });
    if (other && other.id !== exceptId) throw conflict(`Card number ${cardNumber} is already used`, 'input.cardNumber', 'CARD_TAKEN');
  }
}

/** What the audit log keeps of a member (personal data included: the log is for staff and admins). */
function snapshot(member: Member): Record<string, unknown> {
  return {
    cardNumber: member.cardNumber,
    fullName: member.fullName,
    gender: member.gender,
    birthDate: member.birthDate,
    joinedOn: member.joinedOn,
    officialOn: member.officialOn,
    position: member.position,
    status: member.status,
    organizationId: member.organization ? toGlobalId('Organization', member.organization.id) : null,
  };
}

function auditTarget(member: Member) {
  return { entityType: 'Member', entityId: toGlobalId('Member', member.id), orgPath: member.orgPath };
}
