import type { EntityManager } from '@mikro-orm/knex';
import { inTransaction } from '../common/transaction.js';
import {
  holdsMembers,
  scoreAssessment,
  validateEntries,
  type CriteriaTableDef,
  type ScoreEntry,
  type ScoreResult,
} from '@fourgood/rules';
import type { Access } from '../auth/access.js';
import { withinRanges } from '../auth/scope-filter.js';
import type { AuditLog } from '../audit/audit.service.js';
import { CriteriaItem } from '../criteria/criteria-item.entity.js';
import type { CriteriaService } from '../criteria/criteria.service.js';
import { AppError, conflict, ErrorCode, forbidden, invalid, notFound } from '../graphql/errors.js';
import { pageRequest, toConnection, toGlobalId, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import type { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { Organization } from '../hierarchy/organization.entity.js';
import type { MemberService } from '../members/member.service.js';
import { Rating } from '../ratings/rating.entity.js';
import { AssessmentScore } from './assessment-score.entity.js';
import { Assessment, type AssessmentStatus } from './assessment.entity.js';

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
  changed: Array<{ assessment: Assessment; totalNow: number; totalThen: number; levelNow: string; levelThen: string; fourGoodNow: boolean | null; fourGoodThen: boolean | null }>;
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

/** Scoring of organisations and members: self score, review, approval. */
export class AssessmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly today: string,
    private readonly access: Access,
    private readonly hierarchy: HierarchyService,
    private readonly members: MemberService,
    private readonly criteria: CriteriaService,
    private readonly audit: AuditLog,
  ) {}

  /** Assessments the caller may read: those of organisations in scope. */
  private readable(): Record<string, unknown> {
    return withinRanges('subjectPath', this.access.readRanges());
  }

  async findVisible(id: number, field = 'id'): Promise<Assessment | null> {
    const found = await this.em.findOne(Assessment, { id, ...this.readable() });
    if (found) return found;
    if (await this.em.findOne(Assessment, id, { fields: ['id'] })) throw forbidden(field);
    return null;
  }

  async require(id: number, field: string): Promise<Assessment> {
    const found = await this.findVisible(id, field);
    if (!found) throw notFound('Assessment', field);
    return found;
  }

  async list(filter: { organizationPath?: string | null; model?: string | null; period?: string | null; status?: AssessmentStatus | null }, args: PageArgs): Promise<ConnectionShape<Assessment>> {
    const where: Record<string, unknown> = { ...this.readable() };
    if (filter.organizationPath) where.subjectPath = { $gte: filter.organizationPath, $lt: `${filter.organizationPath.slice(0, -1)}0` };
    if (filter.model) where.model = filter.model;
    if (filter.period) where.period = filter.period;
    if (filter.status) where.status = filter.status;
    const page = await this.em.findByCursor(Assessment, where, { ...pageRequest(args), orderBy: { period: 'desc', id: 'asc' } });
    return toConnection(page);
  }

  async scores(assessmentId: number): Promise<AssessmentScore[]> {
    return this.em.find(AssessmentScore, { assessment: assessmentId }, { populate: ['item'], orderBy: { item: { position: 'asc' } } });
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
      const now = scoreAssessment(definitions.get(a.table.id)!, entries);
      const then = scoreAssessment(next, entries);
      return { assessment: a, now, then };
    });
    const tally = (pick: (o: (typeof outcomes)[number]) => ScoreResult) => ({
      levels: RATING_LEVEL_ORDER.map((level) => ({ level, count: outcomes.filter((o) => pick(o).level === level).length })),
      fourGood: outcomes.filter((o) => pick(o).fourGood === true).length,
    });
    return {
      assessed: outcomes.length,
      current: tally((o) => o.now),
      candidate: tally((o) => o.then),
      changed: outcomes
        .filter((o) => o.now.level !== o.then.level || o.now.fourGood !== o.then.fourGood || o.now.total !== o.then.total)
        .slice(0, 500)
        .map((o) => ({ assessment: o.assessment, totalNow: o.now.total, totalThen: o.then.total, levelNow: o.now.level, levelThen: o.then.level, fourGoodNow: o.now.fourGood, fourGoodThen: o.then.fourGood })),
    };
  }

  // ---------------------------------------------------------------- changing

  async create(input: { organizationId?: number | null; memberId?: number | null; tableId: number; period: string }): Promise<Assessment> {
    const m = PERIOD_PATTERN.exec(input.period);
    if (!m) throw invalid('input.period', 'Period: a year "2024", a half "2024-H1" or a quarter "2024-Q3"', 'BAD_PERIOD');
    const year = Number(m[1]);
    if (year < 2000 || input.period.slice(0, 4) > this.today.slice(0, 4)) throw invalid('input.period', `The year must be from 2000 to ${this.today.slice(0, 4)}`, 'BAD_PERIOD');
    const table = await this.criteria.require(input.tableId, 'input.tableId');
    if (table.status !== 'PUBLISHED') throw invalid('input.tableId', 'Scoring uses published tables only: publish this draft first', 'DRAFT_TABLE');
    if (table.model === 'MEETING_QUALITY') throw invalid('input.tableId', 'Meeting quality is scored on a meeting', 'MEETING_TABLE');

    let org: Organization;
    let memberId: number | null = null;
    if (table.model === 'MEMBER_RATING') {
      if (input.memberId == null) throw invalid('input.memberId', 'This table scores members: choose a member');
      const member = await this.members.require(input.memberId, 'input.memberId');
      if (!member.organization) throw invalid('input.memberId', `${member.fullName} is no longer in a cell`, 'NOT_IN_A_CELL');
      org = await this.hierarchy.require(member.organization.id, 'input.memberId');
      memberId = member.id;
    } else {
      if (input.organizationId == null) throw invalid('input.organizationId', 'Choose the organisation to score');
      if (input.memberId != null) throw invalid('input.memberId', 'This table scores organisations, not members');
      org = await this.hierarchy.require(input.organizationId, 'input.organizationId');
    }
    this.access.require('EDIT', org.path, input.memberId != null ? 'input.memberId' : 'input.organizationId');
    const field = memberId !== null ? 'input.memberId' : 'input.organizationId';
    if (table.model === 'FOUR_GOOD_CELL' && !holdsMembers(org.kind)) throw invalid(field, 'The "4 good cell" model scores cells', 'WRONG_KIND');
    if (table.model === 'FOUR_GOOD_COMMITTEE' && org.kind !== 'GRASSROOTS_COMMITTEE') throw invalid(field, 'The "4 good committee" model scores grassroots committees', 'WRONG_KIND');
    if (table.organizationKind && table.organizationKind !== org.kind) throw invalid('input.tableId', `This table is for ${table.organizationKind}`, 'WRONG_VARIANT');
    if (table.cellType && table.cellType !== org.cellType) throw invalid('input.tableId', `This table is for ${table.cellType} cells`, 'WRONG_VARIANT');

    const end = periodEnd(input.period);
    const evaluatedOn = end < this.today ? end : this.today;
    const subjectPath = await this.hierarchy.pathOn(org, evaluatedOn);
    if (!subjectPath) throw invalid(field, `${org.name} did not exist on ${evaluatedOn}`, 'NOT_EXISTING');
    const existing = await this.em.findOne(Assessment, { organization: org.id, memberKey: memberId ?? 0, model: table.model, period: input.period }, { fields: ['id'] });
    if (existing) throw conflict(`There is already an assessment for ${input.period}`, 'input.period', 'DUPLICATE_ASSESSMENT');
    return this.transaction(async (em) => {
      const assessment = em.create(Assessment, {
        table: table.id,
        model: table.model,
        organization: org.id,
        member: memberId,
        memberKey: memberId ?? 0,
        period: input.period,
        year,
        subjectPath,
        rootId: org.rootId,
      });
      await em.flush();
      await this.audit.record(em, { action: 'createAssessment', ...auditTarget(assessment), after: { period: input.period, table: toGlobalId('CriteriaTable', table.id) } });
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
    }
    const table = await this.criteria.definition(await this.criteria.require(assessment.table.id, 'input.id'));
    this.validate(table, scores);
    const items = await this.em.find(CriteriaItem, { table: assessment.table.id });
    const itemByCode = new Map(items.map((i) => [i.code, i]));
    const before = this.entries(await this.scores(id), side);
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(Assessment, id);
      const existing = new Map((await em.find(AssessmentScore, { assessment: id })).map((s) => [s.item.id, s]));
      for (const score of scores) {
        const item = itemByCode.get(score.itemCode)!;
        const row = existing.get(item.id) ?? em.create(AssessmentScore, { assessment: id, item: item.id });
        const note = score.note?.trim() || null;
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
    if (scores.length > 500) throw invalid('input.scores', 'At most 500 scores in one save');
    for (const [i, s] of scores.entries()) {
      if (s.note != null && s.note.length > 2000) throw invalid(`input.scores[${i}].note`, 'Note: at most 2000 characters');
    }
    const problems = validateEntries(table, scores.map((s) => ({ itemCode: s.itemCode, points: s.points, yes: s.yes })));
    if (problems.length) {
      const index = (code: string) => scores.findIndex((s) => s.itemCode === code);
      throw new AppError(ErrorCode.VALIDATION_FAILED, problems[0]!.message, {
        fields: problems.map((p) => ({ field: `input.scores[${index(p.itemCode)}]${p.code === 'UNKNOWN_ITEM' ? '.itemCode' : p.code === 'USE_YES' ? '.yes' : '.points'}`, message: p.message })),
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
    if (text.length === 0 || text.length > 2000) throw invalid('input.reason', 'Say why it is returned (at most 2000 characters)');
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
    const final = await this.result(assessment, 'FINAL');
    if (!final.complete) throw invalid('input.id', 'Some items have no score at all', 'INCOMPLETE');
    const evaluatedOn = periodEnd(assessment.period) < this.today ? periodEnd(assessment.period) : this.today;
    const org = await this.em.findOneOrFail(Organization, assessment.organization.id, { filters: false });
    return this.transition(assessment, 'APPROVED', 'approveAssessment', async (a, em) => {
      a.approvedAt = new Date();
      a.approvedBy = this.access.viewer?.userId ?? null;
      a.total = final.total;
      a.level = final.level;
      a.fourGood = final.fourGood;
      const rated = a.model === 'ORGANIZATION_RATING' || a.model === 'MEMBER_RATING';
      if (rated && !a.period.includes('-')) {
        const subject = a.model === 'MEMBER_RATING' ? 'MEMBER' : 'ORGANIZATION';
        await em.nativeDelete(Rating, { subject, organization: a.organization.id, memberKey: a.memberKey, year: a.year });
        em.create(Rating, {
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
