import type { EntityManager } from '@mikro-orm/knex';
import {
  isClosedRecommendation,
  recommendationTransitionProblem,
  subtreeUpperBound,
  type RecommendationState,
} from '@fourgood/rules';
import { withinRanges } from '../auth/scope-filter.js';
import { effectiveDate } from '../common/dates.js';
import { findReadable, requireReadable, requiredText } from '../common/readable.js';
import { inTransaction } from '../common/transaction.js';
import { AppError, conflict, ErrorCode, invalid, notFound } from '../graphql/errors.js';
import { cursorPage, toConnection, toGlobalId, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import type { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { dateSql, Params } from '../oversight/date-sql.js';
import { Recommendation, type RecommendationStatus } from './recommendation.entity.js';
import { RequestService } from '../common/request-service.js';
import type { RequestDeps } from '../context.js';

type Row = Record<string, string | number | null>;

export const MAX_RECOMMENDATION_TEXT = 4000;
export const MAX_RAISED_BY = 200;
export const MAX_RESOLUTION_NOTE = 4000;

export interface RaiseInput {
  organizationId: number;
  meetingId?: number | null;
  text: string;
  raisedBy: string;
  raisedOn: string;
  escalatedToId?: number | null;
  escalatedOn?: string | null;
}

export interface RecommendationChange {
  status?: RecommendationStatus | null;
  resolutionNote?: string | null;
  closedOn?: string | null;
  escalatedToId?: number | null;
  escalatedOn?: string | null;
  text?: string | null;
  raisedBy?: string | null;
}

export interface RecommendationStatsFigures {
  open: number;
  inProgress: number;
  resolved: number;
  declined: number;
  /** Age in days of the oldest open or in-progress one today; null when there is none. */
  oldestOpenDays: number | null;
  /** Average age in days of the open and in-progress ones today (one decimal); null when there is none. */
  averageOpenDays: number | null;
}

/**
 * Recommendations (kiến nghị) raised at meetings, escalated to a superior committee and tracked
 * until resolved or declined. Changes need EDIT on the raising organisation (its superiors'
 * staff hold it through their scope). Each row keeps the organisation's path on the day it was
 * raised, so a subtree's recommendations are a range of the rollup index.
 */
export class RecommendationService extends RequestService {
  private readonly hierarchy: HierarchyService;

  constructor(deps: RequestDeps, uses: { hierarchy: HierarchyService }) {
    super(deps);
    this.hierarchy = uses.hierarchy;
  }

  /** The batch of `loaders.recommendationsOfMeeting`. */
  async loadByMeeting(ids: readonly number[]): Promise<Recommendation[][]> {
    const rows = await this.em.find(Recommendation, { meeting: { $in: [...ids] }, ...this.readable() }, { filters: false, orderBy: { raisedOn: 'asc', id: 'asc' } });
    return ids.map((id) => rows.filter((r) => r.meeting?.id === id));
  }

  private readable(): Record<string, unknown> {
    return withinRanges('orgPath', this.access.readRanges());
  }

  findVisible(id: number, field = 'id'): Promise<Recommendation | null> {
    return findReadable(this.em, Recommendation, id, this.readable(), field, { filters: false });
  }

  require(id: number, field: string): Promise<Recommendation> {
    return requireReadable(this.em, Recommendation, 'Recommendation', id, this.readable(), field, { filters: false });
  }

  /** Recommendations raised in the subtree of `org`, newest first. */
  async inSubtree(org: Organization, statuses: RecommendationStatus[] | null | undefined, args: PageArgs): Promise<ConnectionShape<Recommendation>> {
    const where: Record<string, unknown> = { orgPath: { $gte: org.path, $lt: subtreeUpperBound(org.path) }, ...this.readable() };
    if (statuses?.length) where.status = { $in: [...new Set(statuses)] };
    const page = await this.em.findByCursor(Recommendation, where, { ...cursorPage(this.em, Recommendation, args, { raisedOn: 'desc', id: 'desc' }), filters: false });
    return toConnection(page);
  }

  /** The recommendations raised at a meeting (batched per request). */
  ofMeeting(meetingId: number): Promise<Recommendation[]> {
    return this.loaders.recommendationsOfMeeting.load(meetingId);
  }

  meeting(id: number): Promise<Meeting | null> {
    return this.loaders.meeting.load(id);
  }

  /** Counts and ages in the subtree of `org` today; every `stats` of a request in one statement. */
  stats(org: Organization): Promise<RecommendationStatsFigures> {
    return this.loaders.recommendationStats.load(org);
  }

  /** The batch of `loaders.recommendationStats`. */
  async loadStats(orgs: readonly Organization[]): Promise<RecommendationStatsFigures[]> {
    const empty = (): RecommendationStatsFigures => ({ open: 0, inProgress: 0, resolved: 0, declined: 0, oldestOpenDays: null, averageOpenDays: null });
    const out = new Map<number, { figures: RecommendationStatsFigures; openAgeSum: number; openCount: number; oldest: number | null }>();
    for (const o of orgs) out.set(o.id, { figures: empty(), openAgeSum: 0, openCount: 0, oldest: null });
    const params = new Params();
    const d = dateSql(this.dialect, params);
    const keys = orgs.map((o) => `(${params.bind(String(o.id))}, ${params.bind(o.path)}, ${params.bind(subtreeUpperBound(o.path))})`).join(', ');
    // Each use binds its own parameter (placeholders follow the text in order).
    const age = () => d.days('r.raised_on', d.date(this.today));
    const rows = await this.em.execute<Row[]>(
      `with k(org_id, lo, hi) as (values ${keys})
       select k.org_id as org_id, r.status as status, count(*) as n, sum(${age()}) as age_sum, max(${age()}) as age_max
       from k join recommendation r on r.org_path >= k.lo and r.org_path < k.hi
       group by k.org_id, r.status`,
      params.values,
    );
    for (const r of rows) {
      const acc = out.get(Number(r.org_id));
      if (!acc) continue;
      const n = Number(r.n);
      const status = String(r.status) as RecommendationState;
      if (status === 'OPEN') acc.figures.open = n;
      else if (status === 'IN_PROGRESS') acc.figures.inProgress = n;
      else if (status === 'RESOLVED') acc.figures.resolved = n;
      else if (status === 'DECLINED') acc.figures.declined = n;
      if (!isClosedRecommendation(status)) {
        acc.openCount += n;
        acc.openAgeSum += Number(r.age_sum);
        acc.oldest = Math.max(acc.oldest ?? 0, Number(r.age_max));
      }
    }
    return orgs.map((o) => {
      const acc = out.get(o.id)!;
      if (acc.openCount > 0) {
        acc.figures.oldestOpenDays = acc.oldest;
        acc.figures.averageOpenDays = Math.round((acc.openAgeSum / acc.openCount) * 10) / 10;
      }
      return acc.figures;
    });
  }

  // ---------------------------------------------------------------- changing

  async raise(input: RaiseInput): Promise<Recommendation> {
    const text = requiredText(input.text, 'input.text', MAX_RECOMMENDATION_TEXT, 'Text');
    const raisedBy = requiredText(input.raisedBy, 'input.raisedBy', MAX_RAISED_BY, 'Raised by');
    const raisedOn = effectiveDate(input.raisedOn, this.today, 'input.raisedOn');
    if (input.escalatedOn != null && input.escalatedToId == null) {
      throw invalid('input.escalatedToId', 'Say which committee it was escalated to', 'ESCALATION_TARGET_REQUIRED');
    }
    const escalatedOn = input.escalatedToId != null ? effectiveDate(input.escalatedOn ?? raisedOn, this.today, 'input.escalatedOn') : null;
    if (escalatedOn !== null && escalatedOn < raisedOn) throw invalid('input.escalatedOn', `It was raised on ${raisedOn}`, 'BEFORE_RAISED', { date: raisedOn });

    const org = await this.hierarchy.require(input.organizationId, 'input.organizationId');
    this.access.require('EDIT', org.path, 'input.organizationId');
    const orgPath = await this.hierarchy.pathOn(org, raisedOn);
    if (!orgPath) throw invalid('input.raisedOn', `${org.name} did not exist on ${raisedOn}`, 'NOT_EXISTING', { date: raisedOn });

    let meetingId: number | null = null;
    if (input.meetingId != null) {
      const meeting = await this.em.findOne(Meeting, input.meetingId, { filters: false });
      if (!meeting) throw notFound('Meeting', 'input.meetingId');
      if (meeting.organization.id !== org.id) {
        if (!this.access.can('READ', meeting.orgPath)) throw notFound('Meeting', 'input.meetingId');
        throw invalid('input.meetingId', `That meeting was held by another organisation, not ${org.name}`, 'MEETING_ELSEWHERE');
      }
      if (raisedOn < meeting.date) throw invalid('input.raisedOn', `The meeting was held on ${meeting.date}`, 'BEFORE_MEETING', { date: meeting.date });
      meetingId = meeting.id;
    }
    const escalatedTo = input.escalatedToId != null ? await this.requireAncestor(input.escalatedToId, org, 'input.escalatedToId') : null;

    return this.transaction(async (em) => {
      const rec = em.create(Recommendation, {
        organization: org.id,
        meeting: meetingId,
        text,
        raisedBy,
        raisedOn,
        escalatedTo: escalatedTo?.id ?? null,
        escalatedOn,
        orgPath,
        rootId: org.rootId,
      });
      await em.flush();
      await this.audit.record(em, { action: 'raiseRecommendation', ...auditTarget(rec), after: snapshot(rec) });
      return rec;
    });
  }

  async update(id: number, expectedVersion: number, change: RecommendationChange): Promise<Recommendation> {
    const rec = await this.require(id, 'input.id');
    const org = await this.em.findOneOrFail(Organization, rec.organization.id, { filters: false });
    this.access.require('EDIT', org.path, 'input.id');
    if (rec.lockVersion !== expectedVersion) {
      throw new AppError(ErrorCode.CONFLICT, 'Someone else changed this recommendation after you opened it: reload it', { field: 'input.expectedVersion', reason: 'STALE_VERSION' });
    }
    if (isClosedRecommendation(rec.status)) throw conflict(`This recommendation is ${rec.status.toLowerCase()}: it can no longer change`, 'input.id', 'CLOSED');

    const status = change.status ?? rec.status;
    const problem = recommendationTransitionProblem(rec.status, status);
    if (problem) throw conflict(`A recommendation cannot go back from ${rec.status} to ${status}`, 'input.status', 'BAD_TRANSITION');
    const next = {
      status,
      text: change.text != null ? requiredText(change.text, 'input.text', MAX_RECOMMENDATION_TEXT, 'Text') : rec.text,
      raisedBy: change.raisedBy != null ? requiredText(change.raisedBy, 'input.raisedBy', MAX_RAISED_BY, 'Raised by') : rec.raisedBy,
      resolutionNote: rec.resolutionNote,
      closedOn: rec.closedOn,
      escalatedToId: rec.escalatedTo?.id ?? null,
      escalatedOn: rec.escalatedOn,
    };
    if (isClosedRecommendation(status)) {
      if (change.resolutionNote == null || change.resolutionNote.trim() === '') {
        throw invalid('input.resolutionNote', `Say how it was ${status === 'RESOLVED' ? 'resolved' : 'declined'}`, 'REQUIRED');
      }
      next.resolutionNote = requiredText(change.resolutionNote, 'input.resolutionNote', MAX_RESOLUTION_NOTE, 'Resolution note');
      next.closedOn = effectiveDate(change.closedOn ?? this.today, this.today, 'input.closedOn');
      if (next.closedOn < rec.raisedOn) throw invalid('input.closedOn', `It was raised on ${rec.raisedOn}`, 'BEFORE_RAISED', { date: rec.raisedOn });
    } else {
      if (change.resolutionNote != null) throw invalid('input.resolutionNote', 'A resolution note goes with RESOLVED or DECLINED', 'ONLY_WHEN_CLOSING');
      if (change.closedOn != null) throw invalid('input.closedOn', 'A closing date goes with RESOLVED or DECLINED', 'ONLY_WHEN_CLOSING');
    }
    if (change.escalatedOn != null && change.escalatedToId == null) {
      throw invalid('input.escalatedToId', 'Say which committee it is escalated to', 'ESCALATION_TARGET_REQUIRED');
    }
    if (change.escalatedToId != null) {
      const escalatedOn = effectiveDate(change.escalatedOn ?? this.today, this.today, 'input.escalatedOn');
      if (escalatedOn < rec.raisedOn) throw invalid('input.escalatedOn', `It was raised on ${rec.raisedOn}`, 'BEFORE_RAISED', { date: rec.raisedOn });
      if (rec.escalatedOn && escalatedOn < rec.escalatedOn) throw invalid('input.escalatedOn', `It was last escalated on ${rec.escalatedOn}`, 'BEFORE_LAST_ESCALATION', { date: rec.escalatedOn });
      const target = await this.requireAncestor(change.escalatedToId, org, 'input.escalatedToId');
      next.escalatedToId = target.id;
      next.escalatedOn = escalatedOn;
    }
    if (next.closedOn !== null && next.escalatedOn !== null && next.closedOn < next.escalatedOn) {
      throw invalid('input.closedOn', `It was escalated on ${next.escalatedOn}`, 'BEFORE_ESCALATED', { date: next.escalatedOn });
    }

    const before = snapshot(rec);
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(Recommendation, id, { filters: false });
      target.status = next.status;
      target.text = next.text;
      target.raisedBy = next.raisedBy;
      target.resolutionNote = next.resolutionNote;
      target.closedOn = next.closedOn;
      target.escalatedTo = next.escalatedToId === null ? null : em.getReference(Organization, next.escalatedToId, { wrapped: true });
      target.escalatedOn = next.escalatedOn;
      target.updatedAt = new Date();
      await em.flush();
      await this.audit.record(em, { action: 'updateRecommendation', ...auditTarget(target), before, after: snapshot(target) });
      return target;
    });
  }

  /**
   * A committee strictly above `org` (in today's tree). It may lie outside the caller's scope:
   * a cell escalates to committees its staff cannot browse. Any other organisation outside the
   * scope answers NOT_FOUND, as a missing one.
   */
  private async requireAncestor(id: number, org: Organization, field: string): Promise<Organization> {
    const target = await this.em.findOne(Organization, id, { filters: false });
    if (!target) throw notFound('Organization', field);
    const above = target.id !== org.id && org.path.startsWith(target.path);
    if (!above) {
      if (!this.access.can('READ', target.path)) throw notFound('Organization', field);
      throw invalid(field, `${target.name} is not above ${org.name}`, 'NOT_AN_ANCESTOR');
    }
    if (target.dissolvedOn) throw invalid(field, `${target.name} was dissolved on ${target.dissolvedOn}`, 'DISSOLVED', { dissolvedOn: target.dissolvedOn });
    return target;
  }

  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.em, work, { stale: 'Someone else changed this recommendation after you opened it: reload it' });
  }
}

function auditTarget(r: Recommendation) {
  return { entityType: 'Recommendation', entityId: toGlobalId('Recommendation', r.id), orgPath: r.orgPath };
}

function snapshot(r: Recommendation): Record<string, unknown> {
  return {
    organizationId: toGlobalId('Organization', r.organization.id),
    meetingId: r.meeting ? toGlobalId('Meeting', r.meeting.id) : null,
    text: r.text,
    raisedBy: r.raisedBy,
    raisedOn: r.raisedOn,
    escalatedToId: r.escalatedTo ? toGlobalId('Organization', r.escalatedTo.id) : null,
    escalatedOn: r.escalatedOn,
    status: r.status,
    resolutionNote: r.resolutionNote,
    closedOn: r.closedOn,
  };
}
