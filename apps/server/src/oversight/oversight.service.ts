import type { EntityManager } from '@mikro-orm/knex';
import {
  daysInYear,
  OVERSIGHT_DEFAULT_PER_YEAR,
  OVERSIGHT_MAX_PER_YEAR,
  subtreeUpperBound,
  termsOverlap,
} from '@fourgood/rules';
import { withinRanges } from '../auth/scope-filter.js';
import { effectiveDate } from '../common/dates.js';
import { findReadable, requireReadable } from '../common/readable.js';
import { inTransaction } from '../common/transaction.js';
import { AppError, conflict, ErrorCode, invalid } from '../graphql/errors.js';
import { MAX_PAGE_SIZE, toGlobalId } from '../graphql/relay.js';
import type { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
import type { MemberService } from '../members/member.service.js';
import { dateSql, Params } from './date-sql.js';
import { OversightAssignment } from './oversight-assignment.entity.js';
import { RequestService } from '../common/request-service.js';
import type { RequestDeps } from '../context.js';

type Row = Record<string, string | number | null>;

export interface AssignOversightInput {
  organizationId: number;
  committeeId: number;
  memberId?: number | null;
  fullName?: string | null;
  title?: string | null;
  fromDate: string;
  toDate?: string | null;
  requiredPerYear?: number | null;
}

/** A change: absent fields stay; `null` clears memberId, title and toDate. */
export interface UpdateOversightInput {
  memberId?: number | null;
  fullName?: string | null;
  title?: string | null;
  fromDate?: string | null;
  toDate?: string | null;
  requiredPerYear?: number | null;
}

export interface ComplianceRow {
  assignment: OversightAssignment;
  attended: number;
  required: number;
  dueByNow: number;
  behind: boolean;
}

export interface ComplianceResult {
  year: number;
  asOf: string;
  assignments: number;
  behind: number;
  items: ComplianceRow[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const DEFAULT_COMPLIANCE_PAGE = 50;

/**
 * Oversight assignments (phân công phụ trách): superior committee members assigned to follow an
 * organisation for a term, and whether they attend its activities as often as required.
 * Changes need EDIT on the committee the person sits on.
 */
export class OversightService extends RequestService {
  private readonly hierarchy: HierarchyService;
  private readonly members: MemberService;

  constructor(deps: RequestDeps, uses: { hierarchy: HierarchyService; members: MemberService }) {
    super(deps);
    this.hierarchy = uses.hierarchy;
    this.members = uses.members;
  }

  /** Assignments the caller may read: those of organisations in scope (committees may lie above it). */
  private readable(): Record<string, unknown> {
    return withinRanges('orgPath', this.access.readRanges());
  }

  findVisible(id: number, field = 'id'): Promise<OversightAssignment | null> {
    return findReadable(this.em, OversightAssignment, id, this.readable(), field, { filters: false });
  }

  require(id: number, field: string): Promise<OversightAssignment> {
    return requireReadable(this.em, OversightAssignment, 'OversightAssignment', id, this.readable(), field, { filters: false });
  }

  /** The assignments of one organisation (those running on `activeOn` when given), latest term first; batched per request. */
  ofOrganization(org: Organization, activeOn: string | null): Promise<OversightAssignment[]> {
    return this.loaders.oversightOfOrganization.load({ orgId: org.id, activeOn });
  }

  /** The batch of `loaders.oversightOfOrganization`. */
  async loadByOrganization(keys: ReadonlyArray<{ orgId: number; activeOn: string | null }>): Promise<OversightAssignment[][]> {
    const byDate = new Map<string | null, number[]>();
    for (const k of keys) byDate.set(k.activeOn, [...(byDate.get(k.activeOn) ?? []), k.orgId]);
    const found = new Map<string, OversightAssignment[]>();
    for (const [activeOn, orgIds] of byDate) {
      const where: Record<string, unknown> = { organization: { $in: [...new Set(orgIds)] }, ...this.readable() };
      if (activeOn) {
        where.fromDate = { $lte: activeOn };
        where.$and = [{ $or: [{ toDate: null }, { toDate: { $gte: activeOn } }] }];
      }
      const rows = await this.em.find(OversightAssignment, where, { filters: false, orderBy: { fromDate: 'desc', id: 'desc' } });
      for (const r of rows) {
        const key = `${r.organization.id}|${activeOn ?? ''}`;
        found.set(key, [...(found.get(key) ?? []), r]);
      }
    }
    return keys.map((k) => found.get(`${k.orgId}|${k.activeOn ?? ''}`) ?? []);
  }

  /**
   * Compliance in the subtree of `org` for `year`: every assignment whose term overlaps the
   * year, with attendances (guest rows under the assignment dated in the year), the number
   * required (prorated to the term, rounded up) and the number due by today; those behind
   * first, then by name. Three statements whatever the size of the subtree: the page, the
   * totals, the assignments of the page. The arithmetic is that of `oversightCompliance` in
   * @fourgood/rules (the API tests compare them).
   */
  async compliance(org: Organization, year: number, page: { first?: number | null; after?: string | null; behindOnly?: boolean | null }): Promise<ComplianceResult> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid('year', 'A year from 2000 to 2100', 'BAD_YEAR');
    const first = page.first ?? DEFAULT_COMPLIANCE_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw invalid('first', `first must be from 1 to ${MAX_PAGE_SIZE}`, 'PAGE_SIZE', { min: 1, max: MAX_PAGE_SIZE });
    const offset = page.after != null ? decodeOffset(page.after) : 0;

    const params = new Params();
    const d = dateSql(this.dialect, params);
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    const yearDays = daysInYear(year);
    // t: the term clipped to the year; c: covered and elapsed days, required, attended; s: due and behind.
    const base = `with t as (
        select a.id as id, a.full_name as full_name, a.required_per_year as per_year,
               ${d.later('a.from_date', d.date(start))} as f,
               ${d.earlier(`coalesce(a.to_date, ${d.date(end)})`, d.date(end))} as e
        from oversight_assignment a
        where a.org_path >= ${params.bind(org.path)} and a.org_path < ${params.bind(subtreeUpperBound(org.path))}
          and a.from_date <= ${d.date(end)} and (a.to_date is null or a.to_date >= ${d.date(start)})
      ), c as (
        select t.id as id, t.full_name as full_name,
               ${d.days('t.f', 't.e')} + 1 as covered,
               case when t.f > ${d.date(this.today)} then 0 else ${d.days('t.f', d.earlier('t.e', d.date(this.today)))} + 1 end as elapsed,
               (t.per_year * (${d.days('t.f', 't.e')} + 1) + ${yearDays - 1}) / ${yearDays} as required,
               (select count(*) from meeting_guest g
                 where g.assignment_id = t.id and g.date >= ${d.date(start)} and g.date <= ${d.date(end)}) as attended
        from t
      ), s as (
        select c.id as id, c.full_name as full_name, c.attended as attended, c.required as required,
               (c.required * c.elapsed) / c.covered as due
        from c
      ), r as (
        select s.*, case when s.attended < s.due then 1 else 0 end as behind from s
      )`;
    const filter = page.behindOnly ? 'where r.behind = 1' : '';
    const rows = await this.em.execute<Row[]>(
      `${base} select r.id as id, r.attended as attended, r.required as required, r.due as due, r.behind as behind
       from r ${filter} order by r.behind desc, r.full_name, r.id limit ${first + 1} offset ${offset}`,
      params.values,
    );
    const [totals] = await this.em.execute<Row[]>(`${base} select count(*) as n, sum(r.behind) as behind from r`, params.values);
    const pageRows = rows.slice(0, first);
    const entities = pageRows.length
      ? await this.em.find(OversightAssignment, { id: { $in: pageRows.map((r) => Number(r.id)) } }, { filters: false })
      : [];
    const byId = new Map(entities.map((a) => [a.id, a]));
    return {
      year,
      asOf: this.today,
      assignments: Number(totals?.n ?? 0),
      behind: Number(totals?.behind ?? 0),
      items: pageRows.map((r) => ({
        assignment: byId.get(Number(r.id))!,
        attended: Number(r.attended),
        required: Number(r.required),
        dueByNow: Number(r.due),
        behind: Number(r.behind) === 1,
      })),
      hasNextPage: rows.length > first,
      endCursor: pageRows.length ? encodeOffset(offset + pageRows.length) : null,
    };
  }

  // ---------------------------------------------------------------- changing

  async assign(input: AssignOversightInput): Promise<OversightAssignment> {
    const fromDate = effectiveDate(input.fromDate, this.today, 'input.fromDate');
    const toDate = input.toDate ?? null;
    if (toDate !== null && toDate < fromDate) throw invalid('input.toDate', 'The term cannot end before it starts', 'END_BEFORE_START');
    const requiredPerYear = this.checkRequired(input.requiredPerYear ?? OVERSIGHT_DEFAULT_PER_YEAR);
    const title = this.checkTitle(input.title);
    const givenName = input.fullName == null ? null : this.checkName(input.fullName);

    const org = await this.hierarchy.require(input.organizationId, 'input.organizationId');
    const committee = await this.hierarchy.require(input.committeeId, 'input.committeeId');
    this.access.require('EDIT', committee.path, 'input.committeeId');
    if (committee.id === org.id || !org.path.startsWith(committee.path)) {
      throw invalid('input.committeeId', `${committee.name} is not above ${org.name}`, 'NOT_AN_ANCESTOR');
    }
    if (org.dissolvedOn) throw invalid('input.organizationId', `${org.name} was dissolved on ${org.dissolvedOn}`, 'DISSOLVED', { dissolvedOn: org.dissolvedOn });
    if (committee.dissolvedOn) throw invalid('input.committeeId', `${committee.name} was dissolved on ${committee.dissolvedOn}`, 'DISSOLVED', { dissolvedOn: committee.dissolvedOn });
    if (fromDate < org.foundedOn) throw invalid('input.fromDate', `${org.name} was founded on ${org.foundedOn}`, 'BEFORE_FOUNDED', { foundedOn: org.foundedOn });

    let memberId: number | null = null;
    let fullName = givenName;
    if (input.memberId != null) {
      const member = await this.members.require(input.memberId, 'input.memberId');
      if (!member.orgPath || !member.orgPath.startsWith(committee.path)) {
        throw invalid('input.memberId', `${member.fullName} is not a member of ${committee.name}’s organisation`, 'MEMBER_OUTSIDE_COMMITTEE');
      }
      memberId = member.id;
      fullName ??= member.fullName;
    }
    if (fullName === null) throw invalid('input.fullName', 'Give the name of the person assigned (or choose a member)', 'REQUIRED');
    await this.checkNoOverlap(org.id, memberId, fullName, { from: fromDate, to: toDate }, null);

    return this.transaction(async (em) => {
      const assignment = em.create(OversightAssignment, {
        organization: org.id,
        committee: committee.id,
        member: memberId,
        fullName,
        title,
        fromDate,
        toDate,
        requiredPerYear,
        orgPath: org.path,
        rootId: org.rootId,
      });
      await em.flush();
      await this.audit.record(em, { action: 'assignOversight', ...auditTarget(assignment), after: snapshot(assignment) });
      return assignment;
    });
  }

  async update(id: number, expectedVersion: number, input: UpdateOversightInput): Promise<OversightAssignment> {
    const assignment = await this.require(id, 'input.id');
    const committee = await this.committeeOf(assignment);
    this.access.require('EDIT', committee.path, 'input.id');
    this.checkVersion(assignment, expectedVersion);

    const fromDate = input.fromDate != null ? effectiveDate(input.fromDate, this.today, 'input.fromDate') : assignment.fromDate;
    const toDate = input.toDate !== undefined ? input.toDate : assignment.toDate;
    if (toDate !== null && toDate < fromDate) throw invalid(input.toDate !== undefined ? 'input.toDate' : 'input.fromDate', 'The term cannot end before it starts', 'END_BEFORE_START');
    const requiredPerYear = input.requiredPerYear != null ? this.checkRequired(input.requiredPerYear) : assignment.requiredPerYear;
    const title = input.title !== undefined ? this.checkTitle(input.title) : assignment.title;
    let fullName = input.fullName != null ? this.checkName(input.fullName) : assignment.fullName;
    let memberId = assignment.member?.id ?? null;
    if (input.memberId !== undefined) {
      memberId = null;
      if (input.memberId !== null) {
        const member = await this.members.require(input.memberId, 'input.memberId');
        if (!member.orgPath || !member.orgPath.startsWith(committee.path)) {
          throw invalid('input.memberId', `${member.fullName} is not a member of ${committee.name}’s organisation`, 'MEMBER_OUTSIDE_COMMITTEE');
        }
        memberId = member.id;
        if (input.fullName == null) fullName = member.fullName;
      }
    }
    const org = await this.em.findOneOrFail(Organization, assignment.organization.id, { filters: false });
    if (fromDate < org.foundedOn) throw invalid('input.fromDate', `${org.name} was founded on ${org.foundedOn}`, 'BEFORE_FOUNDED', { foundedOn: org.foundedOn });
    await this.checkAttendancesInside(assignment.id, fromDate, toDate, input.toDate !== undefined ? 'input.toDate' : 'input.fromDate');
    await this.checkNoOverlap(org.id, memberId, fullName, { from: fromDate, to: toDate }, assignment.id);

    const before = snapshot(assignment);
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(OversightAssignment, id, { filters: false });
      Object.assign(target, { fromDate, toDate, requiredPerYear, title, fullName });
      target.member = memberId === null ? null : em.getReference(Member, memberId, { wrapped: true });
      target.updatedAt = new Date();
      await em.flush();
      await this.audit.record(em, { action: 'updateOversightAssignment', ...auditTarget(target), before, after: snapshot(target) });
      return target;
    });
  }

  /** Ends the term on `toDate` (its last day): not in the future, not before an attendance under it. */
  async end(id: number, expectedVersion: number, toDateRaw: string): Promise<OversightAssignment> {
    const assignment = await this.require(id, 'input.id');
    const committee = await this.committeeOf(assignment);
    this.access.require('EDIT', committee.path, 'input.id');
    this.checkVersion(assignment, expectedVersion);
    const toDate = effectiveDate(toDateRaw, this.today, 'input.toDate');
    if (assignment.toDate !== null && assignment.toDate < this.today) {
      throw conflict(`This term already ended on ${assignment.toDate}`, 'input.id', 'ALREADY_ENDED', { date: assignment.toDate });
    }
    if (toDate < assignment.fromDate) throw invalid('input.toDate', `The term started on ${assignment.fromDate}`, 'END_BEFORE_START', { date: assignment.fromDate });
    await this.checkAttendancesInside(assignment.id, assignment.fromDate, toDate, 'input.toDate');
    const before = snapshot(assignment);
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(OversightAssignment, id, { filters: false });
      target.toDate = toDate;
      target.updatedAt = new Date();
      await em.flush();
      await this.audit.record(em, { action: 'endOversightAssignment', ...auditTarget(target), before, after: snapshot(target) });
      return target;
    });
  }

  // ---------------------------------------------------------------- helpers

  private async committeeOf(assignment: OversightAssignment): Promise<Organization> {
    return this.em.findOneOrFail(Organization, assignment.committee.id, { filters: false });
  }

  private checkVersion(assignment: OversightAssignment, expectedVersion: number): void {
    if (assignment.lockVersion !== expectedVersion) {
      throw new AppError(ErrorCode.CONFLICT, 'Someone else changed this assignment after you opened it: reload it', { field: 'input.expectedVersion', reason: 'STALE_VERSION' });
    }
  }

  private checkRequired(value: number): number {
    if (!Number.isInteger(value) || value < 1 || value > OVERSIGHT_MAX_PER_YEAR) {
      throw invalid('input.requiredPerYear', `Attendances per year: a whole number from 1 to ${OVERSIGHT_MAX_PER_YEAR}`, 'OUT_OF_RANGE', { min: 1, max: OVERSIGHT_MAX_PER_YEAR });
    }
    return value;
  }

  private checkName(value: string): string {
    const name = value.trim();
    if (name.length === 0 || name.length > 200) throw invalid('input.fullName', 'Name: 1–200 characters', 'BAD_LENGTH');
    return name;
  }

  private checkTitle(value: string | null | undefined): string | null {
    const title = value?.trim() || null;
    if (title !== null && title.length > 200) throw invalid('input.title', 'Title: at most 200 characters', 'BAD_LENGTH');
    return title;
  }

  /** Attendances already recorded under the assignment must stay inside its term. */
  private async checkAttendancesInside(assignmentId: number, from: string, to: string | null, field: string): Promise<void> {
    const [row] = await this.em.execute<Row[]>(`select min(date) as first, max(date) as last from meeting_guest where assignment_id = ?`, [assignmentId]);
    const first = row?.first ? isoDate(row.first) : null;
    const last = row?.last ? isoDate(row.last) : null;
    if (first && first < from) throw invalid('input.fromDate', `An attendance under this assignment is dated ${first}`, 'ATTENDANCE_OUTSIDE_TERM', { date: first });
    if (last && to !== null && last > to) throw invalid(field, `An attendance under this assignment is dated ${last}`, 'ATTENDANCE_OUTSIDE_TERM', { date: last });
  }

  /** One person follows an organisation under one term at a time. */
  private async checkNoOverlap(orgId: number, memberId: number | null, fullName: string, term: { from: string; to: string | null }, exceptId: number | null): Promise<void> {
    const others = await this.em.find(
      OversightAssignment,
      { organization: orgId, ...(memberId !== null ? { member: memberId } : { fullName }), ...(exceptId !== null ? { id: { $ne: exceptId } } : {}) },
      { filters: false, fields: ['id', 'fromDate', 'toDate'] },
    );
    const clash = others.find((o) => termsOverlap({ from: o.fromDate, to: o.toDate }, term));
    if (clash) {
      throw conflict(`${fullName} is already assigned here from ${clash.fromDate}${clash.toDate ? ` to ${clash.toDate}` : ''}`, 'input.fromDate', 'OVERLAPPING_TERM');
    }
  }

  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.em, work, { stale: 'Someone else changed this assignment after you opened it: reload it' });
  }
}

function isoDate(value: string | number | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

function encodeOffset(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const m = /^offset:(\d{1,9})$/.exec(/^[A-Za-z0-9_-]{1,32}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '');
  if (!m) throw invalid('after', 'Malformed cursor', 'MALFORMED_CURSOR');
  return Number(m[1]);
}

function auditTarget(a: OversightAssignment) {
  return { entityType: 'OversightAssignment', entityId: toGlobalId('OversightAssignment', a.id), orgPath: a.orgPath };
}

function snapshot(a: OversightAssignment): Record<string, unknown> {
  return {
    organizationId: toGlobalId('Organization', a.organization.id),
    committeeId: toGlobalId('Organization', a.committee.id),
    memberId: a.member ? toGlobalId('Member', a.member.id) : null,
    fullName: a.fullName,
    title: a.title,
    fromDate: a.fromDate,
    toDate: a.toDate,
    requiredPerYear: a.requiredPerYear,
  };
}
