import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { RatingLevelEnum } from '../criteria/criteria.enums.js';
import { Assessment } from './assessment.entity.js';

import { ScoreSideEnum } from './assessment.enums.js';

@ObjectType('GroupResult')
export class GroupResultType {
  @Field(() => String) code!: string;
  @Field(() => Float) points!: number;
  @Field(() => Float) max!: number;
  @Field(() => Boolean) belowMinimum!: boolean;
}

@ObjectType('VetoFired')
export class VetoFired {
  @Field(() => String) itemCode!: string;
  @Field(() => String) effect!: string;
}

@ObjectType('ScoreResult', { description: 'Totals and outcome computed by the shared rules (the admin app computes the same)' })
export class ScoreResultType {
  @Field(() => [GroupResultType]) groups!: GroupResultType[];
  @Field(() => Float) base!: number;
  @Field(() => Float) bonus!: number;
  @Field(() => Float) deductions!: number;
  @Field(() => Float) total!: number;
  @Field(() => [VetoFired]) vetoes!: VetoFired[];
  @Field(() => RatingLevelEnum) level!: string;
  @Field(() => Boolean, { nullable: true, description: '"4 good" reached; null for other models' }) fourGood!: boolean | null;
  @Field(() => Boolean, { description: 'Every item has a score' }) complete!: boolean;
  @Field(() => [GraphQLJSONObject], { description: 'Which items lost points, which veto fired, which threshold decided (see Explanation in @fourgood/rules)' })
  explanation!: Array<Record<string, unknown>>;
}

@ObjectType('MetricFill', { description: 'What the recorded data gave, when the assessment was opened, for an item bound to a metric' })
export class MetricFillType {
  @Field(() => String, { description: 'The metric, e.g. regular_meetings_held' }) code!: string;
  @Field(() => Float, { nullable: true, description: 'The figure: a count, a percentage, minutes, or 1 / 0 for a condition; null without data' }) value!: number | null;
  @Field(() => Float, { nullable: true, description: 'What it is measured against: months or quarters due, a threshold in %, minutes' }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'Points the rule gives (points taken, for a deduction); null for yes/no items and without data' }) points!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'The answer the rule gives a yes/no item' }) yes!: boolean | null;
  @Field(() => String, { description: 'The figure and the rule, in Vietnamese: "Sinh hoạt định kỳ 11/12 tháng → 9,16/10 điểm"' }) explanation!: string;
  @Field(() => Boolean, {
    description: 'False when no meeting at all was recorded in the app for the period (e.g. minutes kept on paper): "no data recorded", not "none held" — the item is scored by hand, with a note (NO_DATA_NEEDS_NOTE)',
  })
  recorded!: boolean;
  @Field(() => GraphQLJSONObject, { description: '{ metric, value, target, achievement, rule, points, yes, maxPoints, figures, missing, sentence } and the span (from, to) or the meetingId' })
  detail!: Record<string, unknown>;
}

@ObjectType('AssessmentScore')
export class AssessmentScoreType {
  @Field(() => String) itemCode!: string;
  @Field(() => Float, { nullable: true }) selfPoints!: number | null;
  @Field(() => Boolean, { nullable: true }) selfYes!: boolean | null;
  @Field(() => String, { nullable: true }) selfNote!: string | null;
  @Field(() => Float, { nullable: true }) reviewPoints!: number | null;
  @Field(() => Boolean, { nullable: true }) reviewYes!: boolean | null;
  @Field(() => String, { nullable: true }) reviewNote!: string | null;
  @Field(() => MetricFillType, { nullable: true, description: 'Filled from the recorded data (items bound to a metric)' }) metric!: MetricFillType | null;
  @Field(() => Boolean, { description: 'The self score departs from what the data gave (its note says why)' }) selfOverridden!: boolean;
  @Field(() => Boolean, { description: 'The review score departs from what the data gave (its note says why)' }) reviewOverridden!: boolean;
}

@InputType()
export class CreateAssessmentInput {
  @Field(() => ID, { nullable: true, description: 'The organisation scored (organisation models)' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The member scored (member rating)' }) memberId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The meeting scored (meeting-quality tables); the period is then the meeting’s year' }) meetingId?: string | null;
  @Field(() => ID, { description: 'A published table version' }) tableId!: string;
  @Field(() => String, { nullable: true, description: '"2024", "2024-H1" or "2024-Q3"; required unless a meeting is scored' }) period?: string | null;
}

@InputType()
export class ScoreInputType {
  @Field(() => String) itemCode!: string;
  @Field(() => Float, { nullable: true, description: 'For scored, deduction and bonus items' }) points?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'For yes/no items and vetoes (true: the veto fired)' }) yes?: boolean | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class SaveScoresInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => ScoreSideEnum) side!: 'SELF' | 'REVIEW';
  @Field(() => [ScoreInputType]) scores!: ScoreInputType[];
}

@InputType()
export class AssessmentTransitionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
}

@InputType()
export class ReturnAssessmentInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => String) reason!: string;
}

@ObjectType('LevelTally')
export class LevelTally {
  @Field(() => RatingLevelEnum) level!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('WhatIfTally')
export class WhatIfTallyType {
  @Field(() => [LevelTally]) levels!: LevelTally[];
  @Field(() => Int) fourGood!: number;
}

@ObjectType('WhatIfChange')
export class WhatIfChange {
  @Field(() => Assessment) assessment!: Assessment;
  @Field(() => Float, { description: 'Total under the table version it was scored on' }) currentTotal!: number;
  @Field(() => Float, { description: 'Total under the candidate table version' }) candidateTotal!: number;
  @Field(() => RatingLevelEnum, { description: 'Level under the table version it was scored on' }) currentLevel!: string;
  @Field(() => RatingLevelEnum, { description: 'Level under the candidate table version' }) candidateLevel!: string;
  @Field(() => Boolean, { nullable: true, description: '"4 good" under the table version it was scored on' }) currentFourGood!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '"4 good" under the candidate table version' }) candidateFourGood!: boolean | null;
}

@ObjectType('WhatIfResult', { description: 'Outcomes now and under another table version; nothing is saved' })
export class WhatIfResultType {
  @Field(() => Int) assessed!: number;
  @Field(() => WhatIfTallyType) current!: WhatIfTallyType;
  @Field(() => WhatIfTallyType) candidate!: WhatIfTallyType;
  @Field(() => [WhatIfChange], { description: 'Assessments whose outcome or total would change (at most 500)' }) changed!: WhatIfChange[];
}
