import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_OUTCOME_RULES, type OutcomeRules, type TableProblem } from '@fourgood/rules';
import type { Context } from '../context.js';
import { ConnectionType, idOf, optionalIdOf, PageArgs } from '../graphql/relay.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { CriteriaGroup } from './criteria-group.entity.js';
import { CriteriaItem } from './criteria-item.entity.js';
import { CriteriaTable } from './criteria-table.entity.js';
import { notCacheable } from '../response-cache/response-cache.js';
import { ExportFormatEnum } from './criteria.enums.js';
import {
  CloneCriteriaTableInput,
  CreateCriteriaTableInput,
  CriteriaTableDiff,
  CriteriaTableFilter,
  ImportCriteriaTableInput,
  OutcomeRulesType,
  PublishCriteriaTableInput,
  SaveCriteriaTableInput,
  SaveCriteriaTableResult,
  SpreadsheetFile,
  TableProblemType,
} from './criteria.types.js';

export const CriteriaTableConnection = ConnectionType(CriteriaTable, 'CriteriaTable');

@Resolver(() => CriteriaTable)
export class CriteriaTableResolver {
  @Query(() => CriteriaTableConnection, { description: 'Criteria tables you may read, by code and newest version first' })
  criteriaTables(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CriteriaTableFilter, { nullable: true }) filter?: CriteriaTableFilter | null,
  ) {
    const ownerId = optionalIdOf('Organization', filter?.ownerId, 'filter.ownerId');
    return ctx.criteria.list({ ...filter, ownerId }, page);
  }

  @Query(() => CriteriaTable, { nullable: true })
  criteriaTable(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.criteria.findVisible(idOf('CriteriaTable', id, 'id'));
  }

  @Query(() => CriteriaTableDiff, { description: 'Items added, removed and changed from one version to another' })
  compareCriteriaTables(@Ctx() ctx: Context, @Arg('before', () => ID) before: string, @Arg('after', () => ID) after: string) {
    return ctx.criteria.compare(idOf('CriteriaTable', before, 'before'), idOf('CriteriaTable', after, 'after'));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The province or bloc that publishes it (null when outside your scope)' })
  owner(@Root() table: CriteriaTable, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(table.owner.id);
  }

  @FieldResolver(() => OutcomeRulesType)
  outcome(@Root() table: CriteriaTable): OutcomeRules {
    return { ...DEFAULT_OUTCOME_RULES, ...(table.outcome as Partial<OutcomeRules>) };
  }

  @FieldResolver(() => [CriteriaGroup])
  groups(@Root() table: CriteriaTable, @Ctx() ctx: Context) {
    return ctx.criteria.groups(table.id);
  }

  @FieldResolver(() => [CriteriaItem])
  items(@Root() table: CriteriaTable, @Ctx() ctx: Context) {
    return ctx.criteria.items(table.id);
  }

  @FieldResolver(() => [TableProblemType], { description: 'What keeps this version from being published (empty when it can be)' })
  problems(@Root() table: CriteriaTable, @Ctx() ctx: Context) {
    return ctx.criteria.problems(table);
  }

  @FieldResolver(() => CriteriaTable, { nullable: true, description: 'The version it was copied from' })
  basedOn(@Root() table: CriteriaTable, @Ctx() ctx: Context) {
    return table.basedOn ? ctx.criteria.findVisible(table.basedOn.id).catch(() => null) : null;
  }

  @FieldResolver(() => SpreadsheetFile, { description: 'The table in the layout staff use: group, item, max points, kind, guidance' })
  export(@Root() table: CriteriaTable, @Ctx() ctx: Context, @Arg('format', () => ExportFormatEnum) format: 'CSV' | 'XLSX') {
    // An .xlsx file carries the time it was made (its properties and zip entries): never a kept answer.
    if (format === 'XLSX') notCacheable();
    return ctx.criteria.export(table.id, format);
  }

  @Mutation(() => CriteriaTable, { description: 'Starts a new table (version 1, a draft)' })
  createCriteriaTable(@Ctx() ctx: Context, @Arg('input', () => CreateCriteriaTableInput) input: CreateCriteriaTableInput) {
    return ctx.criteria.create({ ...input, ownerId: idOf('Organization', input.ownerId, 'input.ownerId'), outcome: input.outcome as Partial<OutcomeRules> | null });
  }

  @Mutation(() => SaveCriteriaTableResult, { description: 'Saves the whole content of a draft; CONFLICT when someone saved in between' })
  saveCriteriaTable(@Ctx() ctx: Context, @Arg('input', () => SaveCriteriaTableInput) input: SaveCriteriaTableInput) {
    return ctx.criteria.saveContent(idOf('CriteriaTable', input.id, 'input.id'), input.expectedVersion, {
      name: input.name,
      outcome: input.outcome as Partial<OutcomeRules> | null,
      groups: input.groups,
      items: input.items,
    });
  }

  @Mutation(() => CriteriaTable, { description: 'Freezes a valid draft; it can be used for scoring from then on' })
  publishCriteriaTable(@Ctx() ctx: Context, @Arg('input', () => PublishCriteriaTableInput) input: PublishCriteriaTableInput) {
    return ctx.criteria.publish(idOf('CriteriaTable', input.id, 'input.id'), input.expectedVersion);
  }

  @Mutation(() => CriteriaTable, { description: 'A new draft version of the same table, copied from this one' })
  newCriteriaTableVersion(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.criteria.newVersion(idOf('CriteriaTable', id, 'id'));
  }

  @Mutation(() => CriteriaTable, { description: 'Copies a table as version 1 of another variant (cell type, kind or owner)' })
  cloneCriteriaTable(@Ctx() ctx: Context, @Arg('input', () => CloneCriteriaTableInput) input: CloneCriteriaTableInput) {
    return ctx.criteria.cloneToVariant(idOf('CriteriaTable', input.id, 'input.id'), {
      ...input,
      ownerId: optionalIdOf('Organization', input.ownerId, 'input.ownerId'),
    });
  }

  @Mutation(() => SaveCriteriaTableResult, { description: 'Replaces a draft’s content from a CSV or XLSX file; bad rows are all reported and nothing is saved' })
  importCriteriaTable(@Ctx() ctx: Context, @Arg('input', () => ImportCriteriaTableInput) input: ImportCriteriaTableInput) {
    return ctx.criteria.import(idOf('CriteriaTable', input.id, 'input.id'), input.expectedVersion, input.format, input.content);
  }
}

@Resolver(() => CriteriaItem)
export class CriteriaItemResolver {
  @FieldResolver(() => String, { description: 'Code of its group' })
  groupCode(@Root() item: CriteriaItem) {
    return item.group.getEntity().code;
  }
}

/** A table problem's `reason`: its code, named as in `extensions.fields[].reason`. */
@Resolver(() => TableProblemType)
export class TableProblemResolver {
  @FieldResolver(() => String, { description: 'Why, as in extensions.fields[].reason of a refused save (the same as code)' })
  reason(@Root() problem: TableProblem): string {
    return problem.code;
  }
}
