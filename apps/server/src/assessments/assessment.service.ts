import type { EntityManager } from '@mikro-orm/knex';
import { requireReadable } from '../common/readable.js';
import { inTransaction } from '../common/transaction.js';
import {
  holdsMembers,
  meetingQualityOf,
  noDataScoreProblem,
  answersDiffer,
  reviewChangeNeedsNote,
  reviewsOwnSelfScores,
  scoreAssessment,
  toHundredths,
  validateEntries,
  type CriteriaTableDef,
  type ScoreEntry,
  type ScoreResult,
} from '@fourgood/rules';
import { withinRanges } from '../auth/scope-filter.js';
import { CriteriaItem } from '../criteria/criteria-item.entity.js';
import type { CriteriaTable } from '../criteria/criteria-table.entity.js';
import type { CriteriaService } from '../criteria/criteria.service.js';
import { AppError, conflict, ErrorCode, invalid, invalidAll, notFound, type FieldProblem } from '../graphql/errors.js';
import { cursorPage, toConnection, toGlobalId, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import type { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import type { MemberService } from '../members/member.service.js';
import { RatingCountDeltas } from '../ratings/rating-counts.js';
import { Rating } from '../ratings/rating.entity.js';
import { AssessmentScore } from './assessment-score.entity.js';
import { Assessment, type AssessmentStatus } from './assessment.entity.js';
import type { MetricFill, MetricFillService } from './metric-fill.service.js';
import { RequestService } from '../common/request-service.js';
import type { RequestDeps } from '../context.js';
import { followMeetings } from '../meetings/meeting-rollups.js';

export type ScoreSide = 'SELF' | 'REVIEW';

export interface ScoreInput {
  itemCode: string;
  points?: number | null;
  yes?: boolean | null;
  note?: string | null;
}

const PERIOD_PATTERN = /^(\d{4})(-H[12]|-Q[1-4])?$/;
const RATING_LEVEL_ORDER = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'] as const;

export interface WhatIfTally {
  levels: Array<{ level: string; count: number }>;
  fourGood: number;
}

export interface WhatIfResult {
  assessed: number;
  current: WhatIfTally;
  candidate: WhatIfTally;
  changed: Array<{ assessment: Assessment; currentTotal: number; candidateTotal: number; currentLevel: string; candidateLevel: string; currentFourGood: boolean | null; candidateFourGood: boolean | null }>;
}

/** Last day of a period "2023", "2023-H1" or "2023-Q3". */
export function periodEnd(period: string): string {
  const m = PERIOD_PATTERN.exec(period)!;
  const year = m[1]!;
  const part = m[2] ?? '';
  const month = part === '-H1' ? 6 : part.startsWith('-Q') ? Number(part[2]) * 3 : 12;
  const last = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** First day of a period "2023", "2023-H2" or "2023-Q3". */
export function periodStart(period: string): string {
  const m = PERIOD_PATTERN.exec(period)!;
  const part = m[2] ?? '';
  const month = part === '-H2' ? 7 : part.startsWith('-Q') ? (Number(part[2]) - 1) * 3 + 1 : 1;
  return `${m[1]}-${String(month).padStart(2, '0')}-01`;
}

/** The metric part of a score row, as the API shows it. */
export interface ScoreMetric {
  code: string;
  value: number | null;
  target: number | null;
  points: number | null;
  yes: boolean | null;
  explanation: string;
  /** Why the data gave no figure (NOT_RECORDED: no meeting recorded in the period), else null. */
  missing: string | null;
  /** False when no meeting was recorded for the period (see MetricFill.recorded). */
  recorded: boolean;
  detail: Record<string, unknown>;
}

/** Whether a score departs from what the data gave (an unanswered side does not). */
export function departsFromMetric(row: Pick<AssessmentScore, 'metricPoints' | 'metricYes'>, points: number | null | undefined, yes: boolean | null | undefined): boolean {
  if (row.metricPoints !== null) return points != null && toHundredths(points) !== toHundredths(Number(row.metricPoints));
  if (row.metricYes !== null) return yes != null && yes !== row.metricYes;
  return false;
}

/** The unit's own answer on a score row. */
function selfAnswer(row: Pick<AssessmentScore, 'selfPoints' | 'selfYes'>) {
  return { points: row.selfPoints === null ? null : Number(row.selfPoints), yes: row.selfYes };
}

/** Whether a review score changes the unit's self score. */
function departsFromSelf(row: Pick<AssessmentScore, 'selfPoints' | 'selfYes'>, score: ScoreInput): boolean {
  return answersDiffer(selfAnswer(row), score);
}

/** Scoring of organisations and members: self score, review, approval. */
export class AssessmentService extends RequestService {
  private readonly hierarchy: HierarchyService;
  private readonly members: MemberService;
  private readonly criteria: CriteriaService;
  /** Fills items bound to a metric when an assessment opens; without it nothing is filled (bulk demo data). */
  private readonly metrics: MetricFillService | null;

  constructor(
    deps: RequestDeps,
    uses: { hierarchy: HierarchyService; members: MemberService; criteria: CriteriaService; metrics: MetricFillService | null },
  ) {
    super(deps);
    this.hierarchy = uses.hierarchy;
    this.members = uses.members;
    this.criteria = uses.criteria;
    this.metrics = uses.metrics;
  }

  /** Assessments the caller may read: those of organisations in scope. */
  private readable(): Record<string, unknown> {
    return withinRanges('subjectPath', this.access.readRanges());
  }

  /** The assessment, or null when there is none or it lies outside the caller's scope (the two look the same). */
  async findVisible(id: number, _field = 'id'): Promise<Assessment | null> {
    return this.em.findOne(Assessment, { id, ...this.readable() });
  }

  async require(id: number, field: string): Promise<Assessment> {
    const found = await this.findVisible(id, field);
    if (!found) throw notFound('Assessment', field);
    return found;
  }

  async list(filter: { organizationPath?: string | null; model?: string | null; period?: string | null; status?: AssessmentStatus | null; meetingId?: number | null }, args: PageArgs): Promise<ConnectionShape<Assessment>> {
    const where: Record<string, unknown> = { ...this.readable() };
    if (filter.meetingId != null) where.meetingKey = filter.meetingId;
    if (filter.organizationPath) where.subjectPath = { $gte: filter.organizationPath, $lt: `${filter.organizationPath.slice(0, -1)}0` };
    if (filter.model) where.model = filter.model;
    if (filter.period) where.period = filter.period;
    if (filter.status) where.status = filter.status;
    const page = await this.em.findByCursor(Assessment, where, cursorPage(this.em, Assessment, args, { period: 'desc', id: 'asc' }));
    return toConnection(page);
  }

  async scores(assessmentId: number): Promise<AssessmentScore[]> {
    return this.em.find(AssessmentScore, { assessment: assessmentId }, { populate: ['item'], orderBy: { item: { position: 'asc' } } });
  }

  /** What the data gave for a score row, or null when its item is not bound to a metric. */
  metricOf(row: AssessmentScore): ScoreMetric | null {
    const detail = row.metricDetail;
    if (!detail) return null;
    return {
      code: String(detail.metric),
      value: row.metricValue === null ? null : Number(row.metricValue),
      target: typeof detail.target === 'number' ? detail.target : null,
      points: row.metricPoints === null ? null : Number(row.metricPoints),
      yes: row.metricYes,
      explanation: String(detail.sentence ?? ''),
      missing: typeof detail.missing === 'string' ? detail.missing : null,
      recorded: detail.missing !== 'NOT_RECORDED',
      detail,
    };
  }

  /** The batch of `loaders.qualityAssessmentOfMeeting`. */
  async loadQualityAssessments(meetingIds: readonly number[]): Promise<Array<Assessment | null>> {
    const found = await this.em.find(Assessment, { meetingKey: { $in: [...meetingIds] }, model: 'MEETING_QUALITY', ...this.readable() });
    const byMeeting = new Map(found.map((a) => [a.meetingKey, a]));
    return meetingIds.map((id) => byMeeting.get(id) ?? null);
  }

  /** The meeting a meeting-quality assessment scores (batched per request). */
  meetingOf(assessment: Assessment): Promise<Meeting | null> {
    // The scope filter on the meeting's organisation applies: a meeting outside the caller's scope reads as null.
    return assessment.meeting ? this.loaders.meeting.load(assessment.meeting.id) : Promise.resolve(null);
  }

  /** The quality assessment of a meeting, if one was opened and the caller may read it (batched per request). */
  qualityAssessmentOf(meetingId: number): Promise<Assessment | null> {
    return this.loaders.qualityAssessmentOfMeeting.load(meetingId);
  }

  /** The result of one side's scores (REVIEW falls back to SELF for items the reviewer left). */
  async result(assessment: Assessment, side: ScoreSide | 'FINAL'): Promise<ScoreResult> {
    const table = await this.criteria.definition(await this.criteria.require(assessment.table.id, 'id'));
    return scoreAssessment(table, this.entries(await this.scores(assessment.id), side));
  }

  private entries(rows: AssessmentScore[], side: ScoreSide | 'FINAL'): ScoreEntry[] {
    return rows.flatMap((r) => {
      const code = r.item.getEntity().code;
      const self = { itemCode: code, points: r.selfPoints, yes: r.selfYes };
      const review = { itemCode: code, points: r.reviewPoints, yes: r.reviewYes };
      const hasReview = r.reviewPoints !== null || r.reviewYes !== null;
      if (side === 'SELF') return r.selfPoints !== null || r.selfYes !== null ? [self] : [];
      if (side === 'REVIEW') return hasReview ? [review] : [];
      return [hasReview ? review : self].filter((e) => e.points !== null || e.yes !== null);
    });
  }

  /**
   * What-if: the submitted and approved assessments of a model and period in a subtree, scored
   * again under another table version (items matched by code; nothing saved). A bounded number
   * of statements: the assessments, their scores, and each table version involved.
   */
  async whatIf(org: Organization, model: string, period: string, tableId: number): Promise<WhatIfResult> {
    const candidate = await this.criteria.require(tableId, 'tableId');
    if (candidate.model !== model) throw invalid('tableId', `The table scores ${candidate.model}, not ${model}`, 'WRONG_MODEL');
    if (!PERIOD_PATTERN.test(period)) throw invalid('period', 'Period: a year "2024", a half "2024-H1" or a quarter "2024-Q3"', 'BAD_PERIOD');
    const assessments = await this.em.find(
      Assessment,
      { model: model as never, period, status: { $in: ['SUBMITTED', 'APPROVED'] }, subjectPath: { $gte: org.path, $lt: `${org.path.slice(0, -1)}0` }, ...this.readable() },
      { orderBy: { id: 'asc' }, limit: 5000 },
    );
    const rows = assessments.length
      ? await this.em.find(AssessmentScore, { assessment: { $in: assessments.map((a) => a.id) } }, { populate: ['item'] })
      : [];
    const byAssessment = new Map<number, AssessmentScore[]>();
    for (const r of rows) byAssessment.set(r.assessment.id, [...(byAssessment.get(r.assessment.id) ?? []), r]);
    const definitions = new Map<number, CriteriaTableDef>();
    for (const tableId of new Set([candidate.id, ...assessments.map((a) => a.table.id)])) {
      definitions.set(tableId, await this.criteria.definition(await this.criteria.require(tableId, 'tableId')));
    }
    const next = definitions.get(candidate.id)!;
    const outcomes = assessments.map((a) => {
      const entries = this.entries(byAssessment.get(a.id) ?? [], a.status === 'APPROVED' ? 'FINAL' : 'SELF');
      const current = scoreAssessment(definitions.get(a.table.id)!, entries);
      const candidate = scoreAssessment(next, entries);
      return { assessment: a, current, candidate };
    });
    const tally = (pick: (o: (typeof outcomes)[number]) => ScoreResult) => ({
      levels: RATING_LEVEL_ORDER.map((level) => ({ level, count: outcomes.filter((o) => pick(o).level === level).length })),
      fourGood: outcomes.filter((o) => pick(o).fourGood === true).length,
    });
    return {
      assessed: outcomes.length,
      current: tally((o) => o.current),
      candidate: tally((o) => o.candidate),
      changed: outcomes
        .filter((o) => o.current.level !== o.candidate.level || o.current.fourGood !== o.candidate.fourGood || o.current.total !== o.candidate.total)
        .slice(0, 500)
        .map((o) => ({ assessment: o.assessment, currentTotal: o.current.total, candidateTotal: o.candidate.total, currentLevel: o.current.level, candidateLevel: o.candidate.level, currentFourGood: o.current.fourGood, candidateFourGood: o.candidate.fourGood })),
    };
  }

  // ---------------------------------------------------------------- changing

  async create(input: { organizationId?: number | null; memberId?: number | null; meetingId?: number | null; tableId: number; period?: string | null }): Promise<Assessment> {
    if (input.meetingId != null) return this.createForMeeting({ ...input, meetingId: input.meetingId });
    const period = input.period ?? '';
    const m = PERIOD_PATTERN.exec(period);
    if (!m) throw invalid('input.period', 'Period: a year "2024", a half "2024-H1" or a quarter "2024-Q3"', 'BAD_PERIOD');
    const year = Number(m[1]);
    if (year < 2000 || period.slice(0, 4) > this.today.slice(0, 4)) throw invalid('input.period', `The year must be from 2000 to ${this.today.slice(0, 4)}`, 'BAD_PERIOD', { min: 2000, max: this.today.slice(0, 4) });
    const table = await this.criteria.require(input.tableId, 'input.tableId');
    if (table.status !== 'PUBLISHED') throw invalid('input.tableId', 'Scoring uses published tables only: publish this draft first', 'DRAFT_TABLE');
    if (table.model === 'MEETING_QUALITY') throw invalid('input.tableId', 'Meeting quality is scored on a meeting: choose the meeting', 'MEETING_TABLE');

    let org: Organization;
    let memberId: number | null = null;
    if (table.model === 'MEMBER_RATING') {
      if (input.memberId == null) throw invalid('input.memberId', 'This table scores members: choose a member', 'MEMBER_REQUIRED');
      const member = await this.members.require(input.memberId, 'input.memberId');
      if (!member.organization) throw invalid('input.memberId', `${member.fullName} is no longer in a cell`, 'NOT_IN_A_CELL');
      org = await this.hierarchy.require(member.organization.id, 'input.memberId');
      memberId = member.id;
    } else {
      if (input.organizationId == null) throw invalid('input.organizationId', 'Choose the organisation to score', 'ORGANIZATION_REQUIRED');
      if (input.memberId != null) throw invalid('input.memberId', 'This table scores organisations, not members', 'MEMBER_NOT_ALLOWED');
      org = await this.hierarchy.require(input.organizationId, 'input.organizationId');
    }
    this.access.require('EDIT', org.path, input.memberId != null ? 'input.memberId' : 'input.organizationId');
    const field = memberId !== null ? 'input.memberId' : 'input.organizationId';
    if (table.model === 'FOUR_GOOD_CELL' && !holdsMembers(org.kind)) throw invalid(field, 'The "4 good cell" model scores cells', 'WRONG_KIND');
    if (table.model === 'FOUR_GOOD_COMMITTEE' && org.kind !== 'GRASSROOTS_COMMITTEE') throw invalid(field, 'The "4 good committee" model scores grassroots committees', 'WRONG_KIND');
    this.checkVariant(table, org);

    const end = periodEnd(period);
    const evaluatedOn = end < this.today ? end : this.today;
    const subjectPath = await this.hierarchy.pathOn(org, evaluatedOn);
    if (!subjectPath) throw invalid(field, `${org.name} did not exist on ${evaluatedOn}`, 'NOT_EXISTING', { date: evaluatedOn });
    const existing = await this.em.findOne(Assessment, { organization: org.id, memberKey: memberId ?? 0, meetingKey: 0, model: table.model, period }, { fields: ['id'] });
    if (existing) throw conflict(`There is already an assessment for ${period}`, 'input.period', 'DUPLICATE_ASSESSMENT');
    const items = this.metrics ? await this.em.find(CriteriaItem, { table: table.id }) : [];
    const fills = this.metrics ? await this.metrics.forOrganization(org, table.model, items, periodStart(period), end) : [];
    return this.open({ table, org, memberId, meeting: null, period, year, subjectPath }, items, fills);
  }

  /** A meeting-quality assessment: the meeting's organisation scores it, for the meeting's year. */
  private async createForMeeting(input: { organizationId?: number | null; memberId?: number | null; meetingId: number; tableId: number; period?: string | null }): Promise<Assessment> {
    const table = await this.criteria.require(input.tableId, 'input.tableId');
    if (table.status !== 'PUBLISHED') throw invalid('input.tableId', 'Scoring uses published tables only: publish this draft first', 'DRAFT_TABLE');
    if (table.model !== 'MEETING_QUALITY') throw invalid('input.tableId', 'A meeting is scored on a meeting-quality table', 'WRONG_MODEL');
    if (input.memberId != null) throw invalid('input.memberId', 'A meeting-quality assessment scores a meeting, not a member', 'MEMBER_NOT_ALLOWED');
    const meeting = await this.requireMeeting(input.meetingId, 'input.meetingId');
    const org = await this.hierarchy.require(meeting.organization.id, 'input.meetingId');
    if (input.organizationId != null && input.organizationId !== org.id) throw invalid('input.organizationId', `The meeting belongs to ${org.name}`, 'WRONG_ORGANIZATION');
    const period = meeting.date.slice(0, 4);
    if (input.period != null && input.period !== period) throw invalid('input.period', `The meeting was held in ${period}: its assessment belongs to ${period}`, 'BAD_PERIOD');
    this.access.require('EDIT', org.path, 'input.meetingId');
    this.checkVariant(table, org);
    const existing = await this.em.findOne(Assessment, { meetingKey: meeting.id, model: 'MEETING_QUALITY' }, { fields: ['id'] });
    if (existing) throw conflict('This meeting already has a quality assessment', 'input.meetingId', 'DUPLICATE_ASSESSMENT');
    const items = this.metrics ? await this.em.find(CriteriaItem, { table: table.id }) : [];
    const fills = this.metrics ? this.metrics.forMeeting(meeting, table.model, items) : [];
    return this.open({ table, org, memberId: null, meeting, period, year: Number(period), subjectPath: meeting.orgPath }, items, fills);
  }

  private checkVariant(table: CriteriaTable, org: Organization): void {
    if (table.organizationKind && table.organizationKind !== org.kind) throw invalid('input.tableId', `This table is for ${table.organizationKind}`, 'WRONG_VARIANT');
    if (table.cellType && table.cellType !== org.cellType) throw invalid('input.tableId', `This table is for ${table.cellType} cells`, 'WRONG_VARIANT');
  }

  /** The meeting, FORBIDDEN when its organisation is outside the caller's scope. */
  private requireMeeting(id: number, field: string): Promise<Meeting> {
    return requireReadable(this.em, Meeting, 'Meeting', id, {}, field);
  }

  /**
   * Writes the new assessment and, for every item the data filled, its score row: the figure, the
   * points or yes the rule gives and the explanation, with the self score starting from them.
   */
  private open(
    subject: { table: CriteriaTable; org: Organization; memberId: number | null; meeting: Meeting | null; period: string; year: number; subjectPath: string },
    items: CriteriaItem[],
    fills: MetricFill[],
  ): Promise<Assessment> {
    const { table, org, memberId, meeting, period, year, subjectPath } = subject;
    const itemByCode = new Map(items.map((i) => [i.code, i]));
    return this.transaction(async (em) => {
      const assessment = em.create(Assessment, {
        table: table.id,
        model: table.model,
        organization: org.id,
        member: memberId,
        memberKey: memberId ?? 0,
        meeting: meeting?.id ?? null,
        meetingKey: meeting?.id ?? 0,
        period,
        year,
        subjectPath,
        rootId: org.rootId,
      });
      await em.flush();
      for (const fill of fills) {
        const o = fill.outcome;
        em.create(AssessmentScore, {
          assessment: assessment.id,
          item: itemByCode.get(fill.itemCode)!.id,
          metricValue: o.value,
          metricPoints: o.points,
          metricYes: o.yes,
          metricDetail: { ...o, ...fill.source } as Record<string, unknown>,
          selfPoints: o.points,
          selfYes: o.yes,
          selfNote: o.rule === 'NO_DATA' ? null : o.sentence,
        });
      }
      await em.flush();
      await this.audit.record(em, {
        action: 'createAssessment',
        ...auditTarget(assessment),
        after: {
          period,
          table: toGlobalId('CriteriaTable', table.id),
          ...(meeting ? { meeting: toGlobalId('Meeting', meeting.id) } : {}),
          ...(fills.length ? { filled: fills.map((f) => ({ itemCode: f.itemCode, value: f.outcome.value, points: f.outcome.points, yes: f.outcome.yes, rule: f.outcome.rule })) } : {}),
        },
      });
      return assessment;
    });
  }

  /** Who reviews: staff of the superior organisation (national staff for a province). */
  private async reviewerPath(assessment: Assessment): Promise<string | null> {
    const org = await this.em.findOneOrFail(Organization, assessment.organization.id, { filters: false });
    if (!org.parent) return null;
    const parent = await this.em.findOneOrFail(Organization, org.parent.id, { filters: false });
    return parent.path;
  }

  private async currentPath(assessment: Assessment): Promise<string> {
    const org = await this.em.findOneOrFail(Organization, assessment.organization.id, { filters: false });
    return org.path;
  }

  private checkVersion(assessment: Assessment, expectedVersion: number): void {
    if (assessment.lockVersion !== expectedVersion) {
      throw new AppError(ErrorCode.CONFLICT, 'Someone else changed this assessment after you opened it: reload it', { field: 'input.expectedVersion', reason: 'STALE_VERSION' });
    }
  }

  async saveScores(id: number, expectedVersion: number, side: ScoreSide, scores: ScoreInput[]): Promise<Assessment> {
    const assessment = await this.require(id, 'input.id');
    this.checkVersion(assessment, expectedVersion);
    if (side === 'SELF') {
      this.access.require('EDIT', await this.currentPath(assessment), 'input.id');
      if (assessment.status !== 'DRAFT' && assessment.status !== 'RETURNED') {
        throw conflict(`Self scores can change while the assessment is a draft or returned; it is ${assessment.status}`, 'input.id', 'WRONG_STATUS');
      }
    } else {
      if (!this.access.can('EDIT', await this.reviewerPath(assessment))) {
        throw new AppError(ErrorCode.FORBIDDEN, 'Only the superior committee reviews this assessment', { field: 'input.side', reason: 'NOT_REVIEWER' });
      }
      if (assessment.status !== 'SUBMITTED') throw conflict(`Review scores are entered once the assessment is submitted; it is ${assessment.status}`, 'input.id', 'WRONG_STATUS');
      await this.requireOtherThanSelfScorer(assessment);
    }
    const table = await this.criteria.definition(await this.criteria.require(assessment.table.id, 'input.id'));
    this.validate(table, scores);
    const current = await this.scores(id);
    this.checkOverrides(current, scores);
    if (side === 'REVIEW') this.checkReviewNotes(current, scores);
    const items = await this.em.find(CriteriaItem, { table: assessment.table.id });
    const itemByCode = new Map(items.map((i) => [i.code, i]));
    const before = this.entries(current, side);
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(Assessment, id);
      const existing = new Map((await em.find(AssessmentScore, { assessment: id })).map((s) => [s.item.id, s]));
      for (const score of scores) {
        const item = itemByCode.get(score.itemCode)!;
        const row = existing.get(item.id) ?? em.create(AssessmentScore, { assessment: id, item: item.id });
        let note = score.note?.trim() || null;
        // A self score that keeps the data's answer keeps the data's explanation as its note.
        const dataAnswered = row.metricPoints !== null || row.metricYes !== null;
        // So does a review score that changes the self score back to the data's answer (its reason).
        const changesSelf = side === 'REVIEW' && departsFromSelf(row, score);
        if (note === null && (side === 'SELF' || changesSelf) && dataAnswered && (score.points != null || score.yes != null) && !departsFromMetric(row, score.points, score.yes)) {
          note = this.metricOf(row)?.explanation || null;
        }
        if (side === 'SELF') Object.assign(row, { selfPoints: score.points ?? null, selfYes: score.yes ?? null, selfNote: note });
        else Object.assign(row, { reviewPoints: score.points ?? null, reviewYes: score.yes ?? null, reviewNote: note });
      }
      target.updatedAt = new Date();
      await em.flush();
      await this.audit.record(em, { action: side === 'SELF' ? 'saveSelfScores' : 'saveReviewScores', ...auditTarget(target), before: { scores: before }, after: { scores } });
      return target;
    });
  }

  private validate(table: CriteriaTableDef, scores: ScoreInput[]): void {
    if (scores.length > 500) throw invalid('input.scores', 'At most 500 scores in one save', 'TOO_MANY', { max: 500 });
    for (const [i, s] of scores.entries()) {
      if (s.note != null && s.note.length > 2000) throw invalid(`input.scores[${i}].note`, 'Note: at most 2000 characters', 'TOO_LONG', { max: 2000 });
    }
    const problems = validateEntries(table, scores.map((s) => ({ itemCode: s.itemCode, points: s.points, yes: s.yes })));
    if (problems.length) {
      const index = (code: string) => scores.findIndex((s) => s.itemCode === code);
      throw invalidAll(
        problems.map((p) => ({ field: `input.scores[${index(p.itemCode)}]${p.code === 'UNKNOWN_ITEM' ? '.itemCode' : p.code === 'USE_YES' ? '.yes' : '.points'}`, reason: p.code, message: p.message, values: { ...p.values, itemCode: p.itemCode } })),
        problems[0]!.message,
      );
    }
  }

  /**
   * A score that departs from what the recorded data gave (points or yes of an item bound to a
   * metric) needs a note saying why; repeating the data's own explanation is not one.
   */
  private checkOverrides(rows: AssessmentScore[], scores: ScoreInput[]): void {
    const byCode = new Map(rows.map((r) => [r.item.getEntity().code, r]));
    const problems: FieldProblem[] = [];
    for (const [i, score] of scores.entries()) {
      const row = byCode.get(score.itemCode);
      // Nothing recorded in the app for the period (minutes kept on paper): a hand score says its source.
      if (row && noDataScoreProblem(this.metricOf(row)?.missing, score)) {
        problems.push({ field: `input.scores[${i}].note`, reason: 'NO_DATA_NEEDS_NOTE', values: { itemCode: score.itemCode }, message: `No meeting was recorded for "${score.itemCode}" in the period: a score given by hand needs a note saying where it comes from` });
        continue;
      }
      if (!row || !departsFromMetric(row, score.points, score.yes)) continue;
      const metric = this.metricOf(row)!;
      const note = score.note?.trim() ?? '';
      if (note !== '' && note !== metric.explanation) continue;
      const given = row.metricPoints !== null ? `${Number(row.metricPoints)} points` : row.metricYes ? 'yes' : 'no';
      problems.push({ field: `input.scores[${i}].note`, reason: 'OVERRIDE_NEEDS_NOTE', values: { itemCode: score.itemCode }, message: `The recorded data gives "${score.itemCode}" ${given} (${metric.explanation}): a different score needs a note saying why` });
    }
    if (problems.length) throw invalidAll(problems, problems[0]!.message);
  }

  /**
   * A review score that changes the unit's self score needs a note saying why (REVIEW_CHANGE_NEEDS_NOTE),
   * unless it is the answer the recorded data gives (the data's rule is the reason).
   */
  private checkReviewNotes(rows: AssessmentScore[], scores: ScoreInput[]): void {
    const byCode = new Map(rows.map((r) => [r.item.getEntity().code, r]));
    const problems: FieldProblem[] = [];
    for (const [i, score] of scores.entries()) {
      const row = byCode.get(score.itemCode);
      if (!row) continue;
      const data = row.metricPoints !== null || row.metricYes !== null ? { points: row.metricPoints === null ? null : Number(row.metricPoints), yes: row.metricYes } : null;
      if (!reviewChangeNeedsNote(selfAnswer(row), score, score.note, data)) continue;
      const self = row.selfPoints !== null ? `${Number(row.selfPoints)} points` : row.selfYes ? 'yes' : 'no';
      problems.push({ field: `input.scores[${i}].note`, reason: 'REVIEW_CHANGE_NEEDS_NOTE', values: { itemCode: score.itemCode }, message: `The unit gave "${score.itemCode}" ${self}: a different review score needs a note saying why` });
    }
    if (problems.length) throw invalidAll(problems, problems[0]!.message);
  }

  /** Users who saved self scores of the assessment or submitted it, in any round (from the audit log, written with each change). */
  private async selfScorers(assessment: Assessment): Promise<number[]> {
    const rows = await this.em.execute<Array<{ user_id: number | string }>>(
      `select distinct user_id from audit_entry where entity_type = 'Assessment' and entity_id = ? and action in ('saveSelfScores', 'submitAssessment') and user_id is not null`,
      [toGlobalId('Assessment', assessment.id)],
    );
    return rows.map((r) => Number(r.user_id));
  }

  /**
   * Separation of duties: who entered or submitted the self scores may not review or approve them,
   * even when their grants would allow it. FORBIDDEN (who the caller is, not the state of the
   * assessment: another reviewer may do it, and reloading changes nothing).
   */
  private async requireOtherThanSelfScorer(assessment: Assessment): Promise<void> {
    const userId = this.access.viewer?.userId ?? null;
    if (userId === null) return; // the system (demo data, tools) is no person
    if (reviewsOwnSelfScores(userId, await this.selfScorers(assessment))) {
      throw new AppError(ErrorCode.FORBIDDEN, 'You entered or submitted the self scores of this assessment: another member of the superior committee’s staff must review and approve it', {
        field: 'input.id',
        reason: 'SAME_PERSON_SELF_AND_APPROVE',
      });
    }
  }

  async submit(id: number, expectedVersion: number): Promise<Assessment> {
    const assessment = await this.require(id, 'input.id');
    this.checkVersion(assessment, expectedVersion);
    this.access.require('EDIT', await this.currentPath(assessment), 'input.id');
    if (assessment.status !== 'DRAFT' && assessment.status !== 'RETURNED') throw conflict(`Only a draft or returned assessment can be submitted; it is ${assessment.status}`, 'input.id', 'WRONG_STATUS');
    const self = await this.result(assessment, 'SELF');
    if (!self.complete) throw invalid('input.id', 'Score every item (and answer every veto) before submitting', 'INCOMPLETE');
    return this.transition(assessment, 'SUBMITTED', 'submitAssessment', (a) => {
      a.submittedAt = new Date();
      a.returnReason = null;
    });
  }

  async returnToUnit(id: number, expectedVersion: number, reason: string): Promise<Assessment> {
    const assessment = await this.require(id, 'input.id');
    this.checkVersion(assessment, expectedVersion);
    await this.requireReviewer(assessment);
    const text = reason.trim();
    if (text.length === 0 || text.length > 2000) throw invalid('input.reason', 'Say why it is returned (at most 2000 characters)', text.length === 0 ? 'REQUIRED' : 'TOO_LONG', { max: 2000 });
    if (assessment.status !== 'SUBMITTED') throw conflict(`Only a submitted assessment can be returned; it is ${assessment.status}`, 'input.id', 'WRONG_STATUS');
    return this.transition(assessment, 'RETURNED', 'returnAssessment', (a) => {
      a.returnReason = text;
    });
  }

  /** Final: fixes the result from the reviewer's scores (items left unreviewed keep the self score). */
  async approve(id: number, expectedVersion: number): Promise<Assessment> {
    const assessment = await this.require(id, 'input.id');
    this.checkVersion(assessment, expectedVersion);
    await this.requireReviewer(assessment);
    if (assessment.status !== 'SUBMITTED') throw conflict(`Only a submitted assessment can be approved; it is ${assessment.status}`, 'input.id', 'WRONG_STATUS');
    await this.requireOtherThanSelfScorer(assessment);
    const final = await this.result(assessment, 'FINAL');
    if (!final.complete) throw invalid('input.id', 'Some items have no score at all', 'INCOMPLETE');
    const evaluatedOn = periodEnd(assessment.period) < this.today ? periodEnd(assessment.period) : this.today;
    const org = await this.em.findOneOrFail(Organization, assessment.organization.id, { filters: false });
    return this.transition(assessment, 'APPROVED', 'approveAssessment', async (a, em) => {
      if (a.meeting) {
        // The meeting's quality is the approved result, under the meeting names (tốt / khá / trung bình / kém).
        const meeting = await em.findOneOrFail(Meeting, a.meeting.id, { filters: false });
        const before = meeting.quality;
        // Written now (not at the transition's flush) so that the meeting rollups count the new quality.
        await followMeetings(em, [meeting.id], async () => {
          meeting.quality = meetingQualityOf(final.level);
          await em.flush();
        });
        await this.audit.record(em, { action: 'rateMeetingQuality', entityType: 'Meeting', entityId: toGlobalId('Meeting', meeting.id), orgPath: meeting.orgPath, before: { quality: before }, after: { quality: meeting.quality, assessment: toGlobalId('Assessment', a.id) } });
      }
      a.approvedAt = new Date();
      a.approvedBy = this.access.viewer?.userId ?? null;
      a.total = final.total;
      a.level = final.level;
      a.fourGood = final.fourGood;
      const rated = a.model === 'ORGANIZATION_RATING' || a.model === 'MEMBER_RATING';
      if (rated && !a.period.includes('-')) {
        const subject = a.model === 'MEMBER_RATING' ? 'MEMBER' : 'ORGANIZATION';
        const where = { subject, organization: a.organization.id, memberKey: a.memberKey, year: a.year } as const;
        // The rolled-up counts follow: the replaced rating out, the new one in (flushed with it, below).
        const counts = new RatingCountDeltas();
        for (const old of await em.find(Rating, where)) counts.rating(old, -1);
        await em.nativeDelete(Rating, where);
        const rating = em.create(Rating, {
          subject,
          organization: a.organization.id,
          member: a.member?.id ?? null,
          memberKey: a.memberKey,
          year: a.year,
          level: final.level,
          points: final.total,
          vetoes: final.vetoes.map((v) => v.itemCode),
          assessment: a.id,
          evaluatedOn,
          orgPath: a.subjectPath,
          rootId: org.rootId,
        });
        await counts.rating(rating, 1).apply(em);
      }
    });
  }

  private async requireReviewer(assessment: Assessment): Promise<void> {
    if (!this.access.can('EDIT', await this.reviewerPath(assessment))) {
      throw new AppError(ErrorCode.FORBIDDEN, 'Only the superior committee reviews this assessment', { field: 'input.id', reason: 'NOT_REVIEWER' });
    }
  }

  private async transition(
    assessment: Assessment,
    status: AssessmentStatus,
    action: string,
    change: (a: Assessment, em: EntityManager) => void | Promise<void>,
  ): Promise<Assessment> {
    const from = assessment.status;
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(Assessment, assessment.id);
      target.status = status;
      await change(target, em);
      await em.flush();
      await this.audit.record(em, { action, ...auditTarget(target), before: { status: from }, after: { status, total: target.total, level: target.level, fourGood: target.fourGood, returnReason: target.returnReason } });
      return target;
    });
  }

  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.em, work, { unique: { message: 'This already exists' } });
  }
}

function auditTarget(a: Assessment) {
  return { entityType: 'Assessment', entityId: toGlobalId('Assessment', a.id), orgPath: a.subjectPath };
}
