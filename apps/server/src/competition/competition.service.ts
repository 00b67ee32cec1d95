import type { EntityManager } from '@mikro-orm/knex';
import {
  awardYearProblem,
  isValidCommitmentResult,
  isValidCommitmentTarget,
  subtreeUpperBound,
} from '@fourgood/rules';
import { withinRanges } from '../auth/scope-filter.js';
import { effectiveDate } from '../common/dates.js';
import { findReadable, requireReadable, requiredText } from '../common/readable.js';
import { inTransaction } from '../common/transaction.js';
import { AppError, conflict, ErrorCode, invalid } from '../graphql/errors.js';
import { cursorPage, toConnection, toGlobalId, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import type { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { Organization } from '../hierarchy/organization.entity.js';
import type { MemberService } from '../members/member.service.js';
import { Membership } from '../members/membership.entity.js';
import { ModelRegistration } from '../ratings/registration.entity.js';
import { Award } from './award.entity.js';
import { AWARD_KINDS, COMMITMENT_KINDS, type AwardKind, type CommitmentKind } from './competition.enums.js';
import { MemberCommitment } from './member-commitment.entity.js';
import { RequestService } from '../common/request-service.js';
import type { RequestDeps } from '../context.js';

type Row = Record<string, string | number | null>;

export const MAX_COMMITMENT_DESCRIPTION = 2000;
export const MAX_AWARD_REASON = 2000;
export const MAX_DECISION_NUMBER = 64;

export interface CommitmentInput {
  memberId: number;
  year: number;
  kind: CommitmentKind;
  description: string;
  target: number;
}

export interface AwardInput {
  kind: AwardKind;
  organizationId?: number | null;
  memberId?: number | null;
  conferredById: number;
  awardedOn: string;
  year: number;
  reason: string;
  decisionNumber?: string | null;
}

export interface CommitmentKindSummary {
  kind: CommitmentKind;
  /** Members with a commitment of this kind. */
  members: number;
  target: number;
  /** Results reported so far. */
  result: number;
  /** Members whose reported results reach their targets. */
  met: number;
}

export interface AwardCount {
  kind: AwardKind;
  organizations: number;
  members: number;
}

/**
 * Competition and recognition: registrations for a model (written by ratings' registerForModel),
 * members' yearly commitments and their results, awards conferred by committees.
 */
export class CompetitionService extends RequestService {
  private readonly hierarchy: HierarchyService;
  private readonly memberService: MemberService;

  constructor(deps: RequestDeps, uses: { hierarchy: HierarchyService; members: MemberService }) {
    super(deps);
    this.hierarchy = uses.hierarchy;
    this.memberService = uses.members;
  }

  /** The batch of `loaders.commitmentsOfMember`. */
  async loadCommitments(keys: ReadonlyArray<{ memberId: number; year: number | null }>): Promise<MemberCommitment[][]> {
    const memberIds = [...new Set(keys.map((k) => k.memberId))];
    const rows = await this.em.find(MemberCommitment, { member: { $in: memberIds }, ...this.readable() }, { filters: false, orderBy: { year: 'desc', kind: 'asc', id: 'asc' } });
    return keys.map((k) => rows.filter((r) => r.member.id === k.memberId && (k.year === null || r.year === k.year)));
  }

  /** The batch of `loaders.awardsOfMember`. */
  async loadAwards(ids: readonly number[]): Promise<Award[][]> {
    const rows = await this.em.find(Award, { member: { $in: [...ids] }, ...this.readable() }, { filters: false, orderBy: { awardedOn: 'desc', id: 'desc' } });
    return ids.map((id) => rows.filter((r) => r.member?.id === id));
  }

  /** Rows the caller may read: those placed in the caller's subtrees. */
  private readable(): Record<string, unknown> {
    return withinRanges('orgPath', this.access.readRanges());
  }

  // ---------------------------------------------------------------- registrations

  /** The organisation's registrations for models, latest period first. */
  async registrations(org: Organization): Promise<ModelRegistration[]> {
    return this.em.find(ModelRegistration, { organization: org.id }, { filters: false, orderBy: { fromYear: 'desc', model: 'asc' } });
  }

  // ---------------------------------------------------------------- commitments

  findCommitment(id: number, field = 'id'): Promise<MemberCommitment | null> {
    return findReadable(this.em, MemberCommitment, id, this.readable(), field, { filters: false });
  }

  /** A member's commitments (of one year when given), latest year first; batched per request. */
  commitments(memberId: number, year: number | null): Promise<MemberCommitment[]> {
    return this.loaders.commitmentsOfMember.load({ memberId, year });
  }

  /**
   * Per kind, over the commitments registered in the subtree of `org` for `year`: members, the
   * total target and result, and members whose results reach their targets (a member's
   * commitments of one kind are added up first). One statement.
   */
  async commitmentSummary(org: Organization, year: number): Promise<CommitmentKindSummary[]> {
    checkYear(year, 'year');
    const rows = await this.em.execute<Row[]>(
      `select x.kind as kind, count(*) as members, sum(x.t) as target, sum(x.r) as result,
              sum(case when x.reported > 0 and x.r >= x.t then 1 else 0 end) as met
       from (select member_id, kind, sum(target) as t, sum(coalesce(result, 0)) as r, count(result) as reported
             from member_commitment where org_path >= ? and org_path < ? and year = ?
             group by member_id, kind) x
       group by x.kind`,
      [org.path, subtreeUpperBound(org.path), year],
    );
    const byKind = new Map(rows.map((r) => [String(r.kind), r]));
    return COMMITMENT_KINDS.map((kind) => {
      const r = byKind.get(kind);
      return {
        kind,
        members: Number(r?.members ?? 0),
        target: round2(Number(r?.target ?? 0)),
        result: round2(Number(r?.result ?? 0)),
        met: Number(r?.met ?? 0),
      };
    });
  }

  async registerCommitment(input: CommitmentInput): Promise<MemberCommitment> {
    const thisYear = Number(this.today.slice(0, 4));
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > thisYear + 1) {
      throw invalid('input.year', `The year must be from 2000 to ${thisYear + 1}`, 'BAD_YEAR', { min: 2000, max: thisYear + 1 });
    }
    if (!COMMITMENT_KINDS.includes(input.kind)) throw invalid('input.kind', 'Unknown kind of commitment', 'BAD_KIND');
    const description = requiredText(input.description, 'input.description', MAX_COMMITMENT_DESCRIPTION, 'Description');
    if (!isValidCommitmentTarget(input.target)) {
      throw invalid('input.target', 'Target: more than 0, at most 9,999,999.99, with at most two decimals', 'BAD_AMOUNT');
    }
    const member = await this.memberService.require(input.memberId, 'input.memberId');
    if (!member.organization || !member.orgPath) throw invalid('input.memberId', `${member.fullName} is not in a cell`, 'NOT_IN_A_CELL');
    this.access.require('EDIT', member.orgPath, 'input.memberId');
    const cell = await this.em.findOneOrFail(Organization, member.organization.id, { filters: false });
    if (input.kind !== 'OTHER') {
      const existing = await this.em.findOne(MemberCommitment, { member: member.id, year: input.year, kind: input.kind }, { filters: false, fields: ['id'] });
      if (existing) throw conflict(`${member.fullName} already has a commitment of this kind for ${input.year}`, 'input.kind', 'DUPLICATE_COMMITMENT');
    }
    return this.transaction(async (em) => {
      const commitment = em.create(MemberCommitment, {
        member: member.id,
        organization: cell.id,
        year: input.year,
        kind: input.kind,
        description,
        target: input.target,
        registeredOn: this.today,
        orgPath: cell.path,
        rootId: cell.rootId,
      });
      await em.flush();
      await this.audit.record(em, { action: 'registerCommitment', ...commitmentTarget(commitment), after: commitmentSnapshot(commitment) });
      return commitment;
    });
  }

  async reportResult(id: number, expectedVersion: number, result: number, note: string | null | undefined): Promise<MemberCommitment> {
    const commitment = await requireReadable(this.em, MemberCommitment, 'MemberCommitment', id, this.readable(), 'input.id', { filters: false });
    const cell = await this.em.findOneOrFail(Organization, commitment.organization.id, { filters: false });
    this.access.require('EDIT', cell.path, 'input.id');
    if (commitment.lockVersion !== expectedVersion) {
      throw new AppError(ErrorCode.CONFLICT, 'Someone else changed this commitment after you opened it: reload it', { field: 'input.expectedVersion', reason: 'STALE_VERSION' });
    }
    if (commitment.year > Number(this.today.slice(0, 4))) throw invalid('input.id', `${commitment.year} has not begun yet`, 'YEAR_NOT_BEGUN');
    if (!isValidCommitmentResult(result)) throw invalid('input.result', 'Result: 0 or more, at most 9,999,999.99, with at most two decimals', 'BAD_AMOUNT');
    const resultNote = note?.trim() || null;
    if (resultNote !== null && resultNote.length > MAX_COMMITMENT_DESCRIPTION) throw invalid('input.note', `Note: at most ${MAX_COMMITMENT_DESCRIPTION} characters`, 'TOO_LONG', { max: MAX_COMMITMENT_DESCRIPTION });
    const before = commitmentSnapshot(commitment);
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(MemberCommitment, id, { filters: false });
      target.result = result;
      target.resultNote = resultNote;
      // The version is bumped by the change itself (optimistic lock).
      await em.flush();
      await this.audit.record(em, { action: 'reportCommitmentResult', ...commitmentTarget(target), before, after: commitmentSnapshot(target) });
      return target;
    });
  }

  // ---------------------------------------------------------------- awards

  findAward(id: number, field = 'id'): Promise<Award | null> {
    return findReadable(this.em, Award, id, this.readable(), field, { filters: false });
  }

  /** A member's awards, newest first (batched per request). */
  memberAwards(memberId: number): Promise<Award[]> {
    return this.loaders.awardsOfMember.load(memberId);
  }

  /**
   * Awards to the organisation and to its members (`subtree`: to anyone in its subtree), of one
   * year when given, newest first.
   */
  async awards(org: Organization, filter: { year?: number | null; subtree?: boolean | null }, args: PageArgs): Promise<ConnectionShape<Award>> {
    const where: Record<string, unknown> = { ...this.readable() };
    if (filter.year != null) where.year = checkYear(filter.year, 'year');
    if (filter.subtree) where.orgPath = { $gte: org.path, $lt: subtreeUpperBound(org.path) };
    else where.organization = org.id;
    const page = await this.em.findByCursor(Award, where, { ...cursorPage(this.em, Award, args, { awardedOn: 'desc', id: 'desc' }), filters: false });
    return toConnection(page);
  }

  /** Awards of `year` in the subtree of `org`, per kind, to organisations and to members. One statement. */
  async awardCounts(org: Organization, year: number): Promise<AwardCount[]> {
    checkYear(year, 'year');
    const rows = await this.em.execute<Row[]>(
      `select kind, sum(case when member_id is null then 1 else 0 end) as orgs, sum(case when member_id is null then 0 else 1 end) as members
       from award where org_path >= ? and org_path < ? and year = ? group by kind`,
      [org.path, subtreeUpperBound(org.path), year],
    );
    const byKind = new Map(rows.map((r) => [String(r.kind), r]));
    return AWARD_KINDS.map((kind) => ({ kind, organizations: Number(byKind.get(kind)?.orgs ?? 0), members: Number(byKind.get(kind)?.members ?? 0) }));
  }

  /**
   * Confers an award on an organisation or a member (exactly one). The conferring committee is
   * the organisation itself or one above it — for a member, their cell on the award date or one
   * above it — in the tree as it stood that day; the caller needs EDIT on it.
   */
  async grantAward(input: AwardInput): Promise<Award> {
    if (!AWARD_KINDS.includes(input.kind)) throw invalid('input.kind', 'Unknown kind of award', 'BAD_KIND');
    if ((input.organizationId == null) === (input.memberId == null)) {
      throw invalid(input.organizationId == null ? 'input.organizationId' : 'input.memberId', 'Give either the organisation or the member honoured', 'ONE_RECIPIENT');
    }
    const awardedOn = effectiveDate(input.awardedOn, this.today, 'input.awardedOn');
    const yearProblem = awardYearProblem(input.year, awardedOn);
    if (yearProblem === 'BAD_YEAR') throw invalid('input.year', 'The year must be 2000 or later', 'BAD_YEAR');
    if (yearProblem) throw invalid('input.year', `An award conferred on ${awardedOn} cannot honour a later year`, yearProblem);
    const reason = requiredText(input.reason, 'input.reason', MAX_AWARD_REASON, 'Reason');
    const decisionNumber = input.decisionNumber?.trim() || null;
    if (decisionNumber !== null && decisionNumber.length > MAX_DECISION_NUMBER) {
      throw invalid('input.decisionNumber', `Decision number: at most ${MAX_DECISION_NUMBER} characters`, 'TOO_LONG');
    }

    const conferrer = await this.hierarchy.require(input.conferredById, 'input.conferredById');
    this.access.require('EDIT', conferrer.path, 'input.conferredById');
    const conferrerPath = await this.hierarchy.pathOn(conferrer, awardedOn);
    if (!conferrerPath) throw invalid('input.awardedOn', `${conferrer.name} did not exist on ${awardedOn}`, 'NOT_EXISTING', { date: awardedOn });

    let honoured: Organization;
    let memberId: number | null = null;
    let recipientField: string;
    if (input.memberId != null) {
      recipientField = 'input.memberId';
      const member = await this.memberService.require(input.memberId, recipientField);
      const membership = await this.em.findOne(
        Membership,
        { member: member.id, validFrom: { $lte: awardedOn }, $or: [{ validTo: null }, { validTo: { $gt: awardedOn } }] },
        { filters: false },
      );
      if (!membership) throw invalid(recipientField, `${member.fullName} was not in a cell on ${awardedOn}`, 'NOT_IN_A_CELL');
      honoured = await this.em.findOneOrFail(Organization, membership.organization.id, { filters: false });
      memberId = member.id;
    } else {
      recipientField = 'input.organizationId';
      honoured = await this.hierarchy.require(input.organizationId!, recipientField);
    }
    const honouredPath = await this.hierarchy.pathOn(honoured, awardedOn);
    if (!honouredPath) throw invalid(recipientField, `${honoured.name} did not exist on ${awardedOn}`, 'NOT_EXISTING', { date: awardedOn });
    if (!honouredPath.startsWith(conferrerPath)) {
      throw invalid('input.conferredById', `${conferrer.name} was not above ${memberId !== null ? 'the member’s cell' : honoured.name} on ${awardedOn}`, 'NOT_AN_ANCESTOR');
    }
    const duplicate = await this.em.findOne(
      Award,
      { kind: input.kind, organization: honoured.id, member: memberId, conferredBy: conferrer.id, awardedOn },
      { filters: false, fields: ['id'] },
    );
    if (duplicate) throw conflict('This award is already recorded', recipientField, 'DUPLICATE_AWARD');

    return this.transaction(async (em) => {
      const award = em.create(Award, {
        kind: input.kind,
        organization: honoured.id,
        member: memberId,
        conferredBy: conferrer.id,
        awardedOn,
        year: input.year,
        reason,
        decisionNumber,
        orgPath: honouredPath,
        rootId: honoured.rootId,
      });
      await em.flush();
      await this.audit.record(em, { action: 'grantAward', ...awardTarget(award), after: awardSnapshot(award) });
      return award;
    });
  }

  /** Deletes an award recorded by mistake (EDIT on the conferring committee); the audit log keeps it. */
  async revokeAward(id: number): Promise<number> {
    const award = await requireReadable(this.em, Award, 'Award', id, this.readable(), 'input.id', { filters: false });
    const conferrer = await this.em.findOneOrFail(Organization, award.conferredBy.id, { filters: false });
    this.access.require('EDIT', conferrer.path, 'input.id');
    const before = awardSnapshot(award);
    await this.transaction(async (em) => {
      await em.nativeDelete(Award, { id });
      await this.audit.record(em, { action: 'revokeAward', ...awardTarget(award), before });
    });
    return id;
  }

  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.em, work);
  }
}

function checkYear(year: number, field: string): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid(field, 'A year from 2000 to 2100', 'BAD_YEAR');
  return year;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function commitmentTarget(c: MemberCommitment) {
  return { entityType: 'MemberCommitment', entityId: toGlobalId('MemberCommitment', c.id), orgPath: c.orgPath };
}

function commitmentSnapshot(c: MemberCommitment): Record<string, unknown> {
  return {
    memberId: toGlobalId('Member', c.member.id),
    organizationId: toGlobalId('Organization', c.organization.id),
    year: c.year,
    kind: c.kind,
    description: c.description,
    target: c.target,
    result: c.result,
    resultNote: c.resultNote,
  };
}

function awardTarget(a: Award) {
  return { entityType: 'Award', entityId: toGlobalId('Award', a.id), orgPath: a.orgPath };
}

function awardSnapshot(a: Award): Record<string, unknown> {
  return {
    kind: a.kind,
    organizationId: toGlobalId('Organization', a.organization.id),
    memberId: a.member ? toGlobalId('Member', a.member.id) : null,
    conferredById: toGlobalId('Organization', a.conferredBy.id),
    awardedOn: a.awardedOn,
    year: a.year,
    reason: a.reason,
    decisionNumber: a.decisionNumber,
  };
}
