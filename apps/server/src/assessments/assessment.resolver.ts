import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs } from '../graphql/relay.js';
import { CriteriaTable } from '../criteria/criteria-table.entity.js';
import { CriteriaModelEnum } from '../criteria/criteria.enums.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Member } from '../members/member.entity.js';
import { Assessment } from './assessment.entity.js';
import { departsFromMetric } from './assessment.service.js';
import { AssessmentStatusEnum } from './assessment.enums.js';
import {
  AssessmentScoreType,
  AssessmentTransitionInput,
  CreateAssessmentInput,
  ReturnAssessmentInput,
  SaveScoresInput,
  ScoreResultType,
  WhatIfResultType,
} from './assessment.types.js';
import { cost, COST } from '../graphql/cost.js';

export const AssessmentConnection = ConnectionType(Assessment, 'Assessment');

@InputType()
export class AssessmentFilter {
  @Field(() => ID, { nullable: true, description: 'Assessments in this organisation’s subtree' }) organizationId?: string | null;
  @Field(() => CriteriaModelEnum, { nullable: true }) model?: string | null;
  @Field(() => String, { nullable: true }) period?: string | null;
  @Field(() => AssessmentStatusEnum, { nullable: true }) status?: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | null;
  @Field(() => ID, { nullable: true, description: 'The quality assessment of this meeting' }) meetingId?: string | null;
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => Assessment, { nullable: true })
  assessment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.assessments.findVisible(idOf('Assessment', id, 'id'));
  }

  @Query(() => AssessmentConnection, { description: 'Assessments you may read, newest period first' })
  async assessments(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => AssessmentFilter, { nullable: true }) filter?: AssessmentFilter | null) {
    const org = filter?.organizationId != null ? await ctx.hierarchy.require(idOf('Organization', filter.organizationId, 'filter.organizationId'), 'filter.organizationId') : null;
    const meetingId = optionalIdOf('Meeting', filter?.meetingId, 'filter.meetingId');
    return ctx.assessments.list({ organizationPath: org?.path, model: filter?.model, period: filter?.period, status: filter?.status, meetingId }, page);
  }

  @Query(() => WhatIfResultType, { description: 'How a period’s outcomes in a subtree would change under another table version (nothing is saved)', complexity: cost.of(10 * COST.statement) })
  async whatIf(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('model', () => CriteriaModelEnum) model: string,
    @Arg('period', () => String) period: string,
    @Arg('tableId', () => ID) tableId: string,
  ) {
    const org = await ctx.hierarchy.require(idOf('Organization', organizationId, 'organizationId'), 'organizationId');
    return ctx.assessments.whatIf(org, model, period, idOf('CriteriaTable', tableId, 'tableId'));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation scored (the cell, for a member)' })
  organization(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(a.organization.id);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() a: Assessment, @Ctx() ctx: Context) {
    return a.member ? ctx.members.byId(a.member.id) : null;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting scored, for a meeting-quality assessment' })
  meeting(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.assessments.meetingOf(a);
  }

  @FieldResolver(() => CriteriaTable)
  table(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.criteria.require(a.table.id, 'table');
  }

  @FieldResolver(() => [AssessmentScoreType])
  async scores(@Root() a: Assessment, @Ctx() ctx: Context): Promise<AssessmentScoreType[]> {
    const rows = await ctx.assessments.scores(a.id);
    return rows.map((r) => ({
      itemCode: r.item.getEntity().code,
      selfPoints: r.selfPoints,
      selfYes: r.selfYes,
      selfNote: r.selfNote,
      reviewPoints: r.reviewPoints,
      reviewYes: r.reviewYes,
      reviewNote: r.reviewNote,
      metric: ctx.assessments.metricOf(r),
      selfOverridden: departsFromMetric(r, r.selfPoints, r.selfYes),
      reviewOverridden: departsFromMetric(r, r.reviewPoints, r.reviewYes),
    }));
  }

  @FieldResolver(() => ScoreResultType, { description: 'From the self scores' })
  selfResult(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.assessments.result(a, 'SELF');
  }

  @FieldResolver(() => ScoreResultType, { description: 'From the reviewer’s scores, items not reviewed keeping the self score: what approval would fix' })
  finalResult(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.assessments.result(a, 'FINAL');
  }

  @Mutation(() => Assessment, { description: 'Opens an assessment of an organisation or member for a period, against a published table' })
  createAssessment(@Ctx() ctx: Context, @Arg('input', () => CreateAssessmentInput) input: CreateAssessmentInput) {
    return ctx.assessments.create({
      organizationId: optionalIdOf('Organization', input.organizationId, 'input.organizationId'),
      memberId: optionalIdOf('Member', input.memberId, 'input.memberId'),
      meetingId: optionalIdOf('Meeting', input.meetingId, 'input.meetingId'),
      tableId: idOf('CriteriaTable', input.tableId, 'input.tableId'),
      period: input.period?.trim() || null,
    });
  }

  @Mutation(() => Assessment, { description: 'Saves self scores (the unit) or review scores (the superior)' })
  saveScores(@Ctx() ctx: Context, @Arg('input', () => SaveScoresInput) input: SaveScoresInput) {
    return ctx.assessments.saveScores(idOf('Assessment', input.id, 'input.id'), input.expectedVersion, input.side, input.scores);
  }

  @Mutation(() => Assessment, { description: 'The unit hands its self scores to the superior' })
  submitAssessment(@Ctx() ctx: Context, @Arg('input', () => AssessmentTransitionInput) input: AssessmentTransitionInput) {
    return ctx.assessments.submit(idOf('Assessment', input.id, 'input.id'), input.expectedVersion);
  }

  @Mutation(() => Assessment, { description: 'The superior approves: final' })
  approveAssessment(@Ctx() ctx: Context, @Arg('input', () => AssessmentTransitionInput) input: AssessmentTransitionInput) {
    return ctx.assessments.approve(idOf('Assessment', input.id, 'input.id'), input.expectedVersion);
  }

  @Mutation(() => Assessment, { description: 'The superior returns it to the unit with a reason' })
  returnAssessment(@Ctx() ctx: Context, @Arg('input', () => ReturnAssessmentInput) input: ReturnAssessmentInput) {
    return ctx.assessments.returnToUnit(idOf('Assessment', input.id, 'input.id'), input.expectedVersion, input.reason);
  }
}

/** Meeting.qualityAssessment: the meeting-quality assessment of a meeting (one per meeting). */
@Resolver(() => Meeting)
export class MeetingQualityResolver {
  @FieldResolver(() => Assessment, { nullable: true, description: 'The meeting-quality assessment of this meeting, if one was opened' })
  qualityAssessment(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.assessments.qualityAssessmentOf(m.id);
  }
}
