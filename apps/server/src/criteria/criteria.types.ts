import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CellType as CellTypeT, OrganizationKind as KindT } from '@fourgood/rules';
import { CellType, OrganizationKind } from '../graphql/enums.js';
import { CriteriaItem } from './criteria-item.entity.js';
import { CriteriaTable, type CriteriaModelName } from './criteria-table.entity.js';
import { CriteriaModelEnum, ExportFormatEnum, ItemKindEnum, TableStatusEnum, VetoEffectEnum } from './criteria.enums.js';

@ObjectType('RatingBands', { description: 'Lower bounds of the levels: ≥ top is excellent, ≥ second good, ≥ third completed' })
export class RatingBands {
  @Field(() => Float) top!: number;
  @Field(() => Float) second!: number;
  @Field(() => Float) third!: number;
}

@ObjectType('OutcomeRules', { description: 'How a total becomes an outcome' })
export class OutcomeRulesType {
  @Field(() => Float, { description: 'Points of the base items together (100 by default)' }) total!: number;
  @Field(() => Float, { description: '"4 good" from this total (95 by default)' }) fourGoodThreshold!: number;
  @Field(() => RatingBands) bands!: RatingBands;
  @Field(() => Float) bonusCap!: number;
  @Field(() => Float) deductionCap!: number;
  @Field(() => Float, { description: 'Excellent at most this % of good under one superior (20)' }) excellentCapPercent!: number;
  @Field(() => Float, { description: 'The same for outstanding units (25)' }) outstandingCapPercent!: number;
}

@InputType()
export class RatingBandsInput {
  @Field(() => Float) top!: number;
  @Field(() => Float) second!: number;
  @Field(() => Float) third!: number;
}

@InputType()
export class OutcomeRulesInput {
  @Field(() => Float, { nullable: true }) total?: number | null;
  @Field(() => Float, { nullable: true }) fourGoodThreshold?: number | null;
  @Field(() => RatingBandsInput, { nullable: true }) bands?: RatingBandsInput | null;
  @Field(() => Float, { nullable: true }) bonusCap?: number | null;
  @Field(() => Float, { nullable: true }) deductionCap?: number | null;
  @Field(() => Float, { nullable: true }) excellentCapPercent?: number | null;
  @Field(() => Float, { nullable: true }) outstandingCapPercent?: number | null;
}

@ObjectType('TableProblem', { description: 'Something that keeps a table from being published' })
export class TableProblemType {
  @Field(() => String, { description: 'Where, e.g. items[3].maxPoints' }) path!: string;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType('SaveCriteriaTableResult')
export class SaveCriteriaTableResult {
  @Field(() => CriteriaTable) table!: CriteriaTable;
  @Field(() => [TableProblemType], { description: 'What is left to fix before publishing' }) problems!: TableProblemType[];
}

@ObjectType('CriteriaItemSnapshot', { description: 'An item as it stands in one version' })
export class CriteriaItemSnapshot {
  @Field(() => String) code!: string;
  @Field(() => String) groupCode!: string;
  @Field(() => String) text!: string;
  @Field(() => ItemKindEnum) kind!: string;
  @Field(() => Float) maxPoints!: number;
  @Field(() => VetoEffectEnum, { nullable: true }) vetoEffect?: string | null;
  @Field(() => String, { nullable: true }) guidance?: string | null;
  @Field(() => String, { nullable: true }) metric?: string | null;
}

@ObjectType('CriteriaItemChange')
export class CriteriaItemChange {
  @Field(() => String) code!: string;
  @Field(() => [String], { description: 'Fields that differ' }) fields!: string[];
  @Field(() => CriteriaItemSnapshot) before!: CriteriaItemSnapshot;
  @Field(() => CriteriaItemSnapshot) after!: CriteriaItemSnapshot;
}

@ObjectType('CriteriaTableDiff', { description: 'What changed from one version to another (items matched by code)' })
export class CriteriaTableDiff {
  @Field(() => [CriteriaItemSnapshot]) added!: CriteriaItemSnapshot[];
  @Field(() => [CriteriaItemSnapshot]) removed!: CriteriaItemSnapshot[];
  @Field(() => [CriteriaItemChange]) changed!: CriteriaItemChange[];
  @Field(() => [String]) groupsAdded!: string[];
  @Field(() => [String]) groupsRemoved!: string[];
  @Field(() => [String]) groupsChanged!: string[];
  @Field(() => [String]) outcomeChanged!: string[];
}

@ObjectType('SpreadsheetFile')
export class SpreadsheetFile {
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String, { description: 'The file, base64-encoded' }) base64!: string;
}

@InputType()
export class CriteriaTableFilter {
  @Field(() => CriteriaModelEnum, { nullable: true }) model?: CriteriaModelName | null;
  @Field(() => TableStatusEnum, { nullable: true }) status?: 'DRAFT' | 'PUBLISHED' | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) seriesCode?: string | null;
}

@InputType()
export class CreateCriteriaTableInput {
  @Field(() => String, { description: 'Code shared by all versions, 2–64 of A–Z a–z 0–9 . _ -' }) seriesCode!: string;
  @Field(() => String) name!: string;
  @Field(() => CriteriaModelEnum) model!: CriteriaModelName;
  @Field(() => OrganizationKind, { nullable: true }) organizationKind?: KindT | null;
  @Field(() => CellType, { nullable: true }) cellType?: CellTypeT | null;
  @Field(() => ID, { description: 'The province or bloc that publishes it' }) ownerId!: string;
  @Field(() => OutcomeRulesInput, { nullable: true }) outcome?: OutcomeRulesInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Marks a demo table' }) isExample?: boolean | null;
}

@InputType()
export class CriteriaGroupInput {
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => Float, { nullable: true }) minPoints?: number | null;
}

@InputType()
export class CriteriaItemInput {
  @Field(() => String) code!: string;
  @Field(() => String) groupCode!: string;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true }) guidance?: string | null;
  @Field(() => ItemKindEnum) kind!: 'SCORED' | 'YES_NO' | 'DEDUCTION' | 'BONUS' | 'VETO';
  @Field(() => Float) maxPoints!: number;
  @Field(() => VetoEffectEnum, { nullable: true }) vetoEffect?: 'BLOCKS_TOP' | 'FORCES_LOWEST' | null;
  @Field(() => String, { nullable: true }) metric?: string | null;
}

@InputType()
export class SaveCriteriaTableInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The lockVersion you edited; a newer one on the server gives CONFLICT' }) expectedVersion!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => OutcomeRulesInput, { nullable: true }) outcome?: OutcomeRulesInput | null;
  @Field(() => [CriteriaGroupInput]) groups!: CriteriaGroupInput[];
  @Field(() => [CriteriaItemInput]) items!: CriteriaItemInput[];
}

@InputType()
export class PublishCriteriaTableInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
}

@InputType()
export class CloneCriteriaTableInput {
  @Field(() => ID) id!: string;
  @Field(() => String) seriesCode!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganizationKind, { nullable: true }) organizationKind?: KindT | null;
  @Field(() => CellType, { nullable: true }) cellType?: CellTypeT | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
}

@InputType()
export class ImportCriteriaTableInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => ExportFormatEnum) format!: 'CSV' | 'XLSX';
  @Field(() => String, { description: 'The file, base64-encoded (at most 1.5 MB)' }) content!: string;
}

export { CriteriaItem };
