import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/knex';
import { inTransaction } from '../common/transaction.js';
import {
  DEFAULT_OUTCOME_RULES,
  diffTables,
  parseCsv,
  safeText,
  pathIds,
  rowsToTable,
  tableToRows,
  toCsv,
  validateTable,
  type CriteriaGroupDef,
  type CriteriaItemDef,
  type CriteriaTableDef,
  type OutcomeRules,
  type TableDiff,
  type TableProblem,
  type CellType,
  type OrganizationKind,
  type CriteriaModel,
  type ItemKind,
  type VetoEffect,
} from '@fourgood/rules';
import { withinRanges } from '../auth/scope-filter.js';
import { AppError, conflict, ErrorCode, invalid, invalidAll, notFound, Problems } from '../graphql/errors.js';
import { cursorPage, toConnection, toGlobalId, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import type { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { CriteriaGroup } from './criteria-group.entity.js';
import { CriteriaItem } from './criteria-item.entity.js';
import { CriteriaTable, type CriteriaModelName, type TableStatus } from './criteria-table.entity.js';
import { RequestService } from '../common/request-service.js';
import type { RequestDeps } from '../context.js';

export interface TableHeaderInput {
  seriesCode: string;
  name: string;
  model: CriteriaModelName;
  organizationKind?: OrganizationKind | null;
  cellType?: CellType | null;
  ownerId: number;
  outcome?: Partial<OutcomeRules> | null;
  isExample?: boolean | null;
}

export interface TableContentInput {
  name?: string | null;
  outcome?: Partial<OutcomeRules> | null;
  groups: CriteriaGroupDef[];
  items: CriteriaItemDef[];
}

export interface TableFilter {
  model?: CriteriaModelName | null;
  status?: TableStatus | null;
  ownerId?: number | null;
  seriesCode?: string | null;
}

const STALE_TABLE = 'Someone else saved this table after you opened it: reload it and apply your changes again';
const SERIES_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;
/** Problems a draft may keep while it is being edited; publishing needs none at all. */
const DRAFT_TOLERATED = new Set(['TOTAL_MISMATCH', 'EMPTY_GROUP', 'NO_GROUPS', 'NO_ITEMS', 'GROUP_MINIMUM_TOO_HIGH']);

/** Criteria tables: versions, drafts, publishing, comparison, import and export. */
export class CriteriaService extends RequestService {
  private readonly hierarchy: HierarchyService;

  constructor(deps: RequestDeps, uses: { hierarchy: HierarchyService }) {
    super(deps);
    this.hierarchy = uses.hierarchy;
  }

  /**
   * Tables the caller may read: those owned inside the caller's scope and those owned by an
   * organisation above it (a province's table applies to every cell below).
   */
  private readableCondition(): Record<string, unknown> {
    const ranges = this.access.readRanges();
    if (ranges === null || ranges.length === 0) return withinRanges('ownerPath', ranges);
    const ancestorsOfScopes = [...new Set(ranges.flatMap(([lo]) => pathIds(lo).map((_, i, ids) => `/${ids.slice(0, i + 1).join('/')}/`)))];
    return { $or: [withinRanges('ownerPath', ranges), { ownerPath: { $in: ancestorsOfScopes } }] };
  }

  async list(filter: TableFilter, args: PageArgs): Promise<ConnectionShape<CriteriaTable>> {
    const where: Record<string, unknown> = { ...this.readableCondition() };
    if (filter.model) where.model = filter.model;
    if (filter.status) where.status = filter.status;
    if (filter.seriesCode) where.seriesCode = filter.seriesCode;
    if (filter.ownerId != null) where.owner = filter.ownerId;
    // The readable condition is the scope here; the owner itself may lie above the caller's scope.
    const page = await this.em.findByCursor(CriteriaTable, where, { ...cursorPage(this.em, CriteriaTable, args, { seriesCode: 'asc', version: 'desc', id: 'asc' }), filters: false });
    return toConnection(page);
  }

  /** The table, or null when there is none or the caller may not read it (the two look the same). */
  async findVisible(id: number, _field = 'id'): Promise<CriteriaTable | null> {
    return this.em.findOne(CriteriaTable, { id, ...this.readableCondition() }, { filters: false });
  }

  async require(id: number, field: string): Promise<CriteriaTable> {
    const table = await this.findVisible(id, field);
    if (!table) throw notFound('Criteria table', field);
    return table;
  }

  private async requireEditableDraft(id: number, expectedVersion: number | null, field: string): Promise<CriteriaTable> {
    const table = await this.require(id, field);
    this.access.require('EDIT', table.ownerPath, field);
    if (table.status !== 'DRAFT') {
      throw conflict(`Version ${table.version} is published and cannot change: make a new version to edit it`, field, 'PUBLISHED');
    }
    if (expectedVersion !== null && table.lockVersion !== expectedVersion) throw this.staleConflict();
    return table;
  }

  private staleConflict(): AppError {
    return new AppError(ErrorCode.CONFLICT, STALE_TABLE, {
      field: 'input.expectedVersion',
      reason: 'STALE_VERSION',
    });
  }

  async groups(tableId: number): Promise<CriteriaGroup[]> {
    return this.em.find(CriteriaGroup, { table: tableId }, { orderBy: { position: 'asc' } });
  }

  async items(tableId: number): Promise<CriteriaItem[]> {
    return this.em.find(CriteriaItem, { table: tableId }, { orderBy: { position: 'asc' }, populate: ['group'] });
  }

  /** The table as the pure rules see it. */
  async definition(table: CriteriaTable): Promise<CriteriaTableDef> {
    const [groups, items] = await Promise.all([this.groups(table.id), this.items(table.id)]);
    return {
      model: table.model as CriteriaModel,
      outcome: { ...DEFAULT_OUTCOME_RULES, ...(table.outcome as Partial<OutcomeRules>) },
      groups: groups.map((g) => ({ code: g.code, title: g.title, minPoints: g.minPoints })),
      items: items.map((i) => ({
        code: i.code,
        groupCode: i.group.getEntity().code,
        text: i.text,
        guidance: i.guidance,
        kind: i.kind as ItemKind,
        maxPoints: Number(i.maxPoints),
        vetoEffect: (i.vetoEffect as VetoEffect | null) ?? null,
        metric: i.metric,
      })),
    };
  }

  async problems(table: CriteriaTable): Promise<TableProblem[]> {
    return validateTable(await this.definition(table));
  }

  // ---------------------------------------------------------------- changing

  async create(input: TableHeaderInput): Promise<CriteriaTable> {
    const problems = new Problems();
    const seriesCode = input.seriesCode.trim();
    const name = input.name.trim();
    if (!SERIES_PATTERN.test(seriesCode)) problems.add('input.seriesCode', 'BAD_CODE', 'Code: 2–64 letters, digits, ".", "_" or "-"');
    if (name.length === 0 || name.length > 300) problems.add('input.name', 'BAD_LENGTH', 'Name: 1–300 characters', { min: 1, max: 300 });
    const outcome = this.outcomeOrProblems(input.outcome ?? {}, problems);
    problems.throwIfAny();
    const owner = await this.hierarchy.requireEditable(input.ownerId, 'input.ownerId');
    if (await this.em.findOne(CriteriaTable, { seriesCode }, { fields: ['id'] })) {
      throw conflict(`A table with the code ${seriesCode} exists: make a new version of it instead`, 'input.seriesCode', 'SERIES_TAKEN');
    }
    return this.transaction(async (em) => {
      const table = em.create(CriteriaTable, {
        seriesCode,
        version: 1,
        name,
        model: input.model,
        organizationKind: input.organizationKind ?? null,
        cellType: input.cellType ?? null,
        owner: owner.id,
        ownerPath: owner.path,
        // A deep copy: the defaults are frozen and the ORM merges into JSON values.
        outcome: structuredClone(outcome) as unknown as Record<string, number>,
        isExample: input.isExample ?? false,
      });
      await em.flush();
      await this.audit.record(em, { action: 'createCriteriaTable', ...auditTarget(table), after: { seriesCode, version: 1, name, model: input.model } });
      return table;
    });
  }

  private outcomeOrProblems(partial: Partial<OutcomeRules>, problems: Problems): OutcomeRules {
    const outcome = { ...DEFAULT_OUTCOME_RULES, ...stripNulls(partial) } as OutcomeRules;
    const check = validateTable({ model: 'FOUR_GOOD_CELL', groups: [], items: [], outcome });
    for (const p of check.filter((x) => x.path.startsWith('outcome'))) problems.add(`input.${p.path}`, p.code, p.message, p.values);
    return outcome;
  }

  /** Replaces the content of a draft (groups, items, outcome rules) in one save. */
  async saveContent(id: number, expectedVersion: number, input: TableContentInput): Promise<{ table: CriteriaTable; problems: TableProblem[] }> {
    const table = await this.requireEditableDraft(id, expectedVersion, 'input.id');
    const outcome = { ...DEFAULT_OUTCOME_RULES, ...(table.outcome as Partial<OutcomeRules>), ...stripNulls(input.outcome ?? {}) } as OutcomeRules;
    const definition: CriteriaTableDef = { model: table.model as CriteriaModel, outcome, groups: input.groups, items: input.items };
    const problems = validateTable(definition);
    const blocking = problems.filter((p) => !DRAFT_TOLERATED.has(p.code));
    if (blocking.length) {
      throw invalidAll(blocking.map((p) => ({ field: `input.${p.path}`, reason: p.code, message: p.message, values: p.values })), blocking[0]!.message);
    }
    const name = input.name?.trim();
    if (name !== undefined && (name.length === 0 || name.length > 300)) throw invalid('input.name', 'Name: 1–300 characters', 'BAD_LENGTH', { min: 1, max: 300 });
    const before = await this.definition(table);
    const saved = await this.transaction(async (em) => {
      const target = await em.findOneOrFail(CriteriaTable, id);
      if (target.lockVersion !== expectedVersion) throw this.staleConflict();
      await em.nativeDelete(CriteriaItem, { table: id });
      await em.nativeDelete(CriteriaGroup, { table: id });
      const groups = new Map<string, CriteriaGroup>();
      input.groups.forEach((g, position) => {
        groups.set(g.code, em.create(CriteriaGroup, { table: id, code: g.code, title: g.title.trim(), minPoints: g.minPoints ?? null, position }));
      });
      input.items.forEach((item, position) => {
        em.create(CriteriaItem, {
          table: id,
          group: groups.get(item.groupCode)!,
          code: item.code,
          text: item.text.trim(),
          guidance: item.guidance?.trim() || null,
          kind: item.kind,
          maxPoints: item.maxPoints,
          vetoEffect: item.vetoEffect ?? null,
          metric: item.metric?.trim() || null,
          position,
        });
      });
      if (name) target.name = name;
      target.outcome = structuredClone(outcome) as unknown as Record<string, number>;
      // Touch the row so that its lock version moves even when only children changed.
      target.updatedAt = new Date();
      await em.flush();
      await this.audit.record(em, { action: 'saveCriteriaTable', ...auditTarget(target), before: summary(before), after: summary(definition) });
      return target;
    });
    return { table: saved, problems };
  }

  async publish(id: number, expectedVersion: number): Promise<CriteriaTable> {
    const table = await this.requireEditableDraft(id, expectedVersion, 'input.id');
    const problems = await this.problems(table);
    if (problems.length) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, `The table cannot be published yet: ${problems[0]!.message}`, {
        problems: problems.map((p) => ({ field: p.path, reason: p.code, message: p.message, values: p.values })),
        reason: 'TABLE_INVALID',
      });
    }
    return this.transaction(async (em) => {
      const target = await em.findOneOrFail(CriteriaTable, id);
      if (target.lockVersion !== expectedVersion) throw this.staleConflict();
      target.status = 'PUBLISHED';
      target.publishedAt = new Date();
      await em.flush();
      await this.audit.record(em, { action: 'publishCriteriaTable', ...auditTarget(target), before: { status: 'DRAFT' }, after: { status: 'PUBLISHED', version: target.version } });
      return target;
    });
  }

  /** A new draft version of a table's series, copied from `id`. */
  async newVersion(id: number): Promise<CriteriaTable> {
    const source = await this.require(id, 'input.id');
    this.access.require('EDIT', source.ownerPath, 'input.id');
    const openDraft = await this.em.findOne(CriteriaTable, { seriesCode: source.seriesCode, status: 'DRAFT' });
    if (openDraft) throw conflict(`Version ${openDraft.version} of this table is still a draft: edit that one`, 'input.id', 'DRAFT_EXISTS');
    const [{ max }] = await this.em.execute<Array<{ max: number }>>(`select max(version) as max from criteria_table where series_code = ?`, [source.seriesCode]);
    return this.copy(source, { seriesCode: source.seriesCode, version: Number(max) + 1, name: source.name, basedOn: source.id }, 'newCriteriaTableVersion');
  }

  /** A copy of `id` as version 1 of another series: another variant (cell type, kind) or owner. */
  async cloneToVariant(id: number, input: { seriesCode: string; name: string; organizationKind?: OrganizationKind | null; cellType?: CellType | null; ownerId?: number | null }): Promise<CriteriaTable> {
    const source = await this.require(id, 'input.id');
    const seriesCode = input.seriesCode.trim();
    if (!SERIES_PATTERN.test(seriesCode)) throw invalid('input.seriesCode', 'Code: 2–64 letters, digits, ".", "_" or "-"', 'BAD_CODE');
    if (input.name.trim().length === 0 || input.name.trim().length > 300) throw invalid('input.name', 'Name: 1–300 characters', 'BAD_LENGTH', { min: 1, max: 300 });
    const owner = input.ownerId != null ? await this.hierarchy.requireEditable(input.ownerId, 'input.ownerId') : null;
    if (!owner) this.access.require('EDIT', source.ownerPath, 'input.ownerId');
    if (await this.em.findOne(CriteriaTable, { seriesCode }, { fields: ['id'] })) throw conflict(`A table with the code ${seriesCode} exists`, 'input.seriesCode', 'SERIES_TAKEN');
    return this.copy(
      source,
      {
        seriesCode,
        version: 1,
        name: input.name.trim(),
        basedOn: source.id,
        organizationKind: input.organizationKind !== undefined ? input.organizationKind : source.organizationKind,
        cellType: input.cellType !== undefined ? input.cellType : source.cellType,
        ownerId: owner?.id,
        ownerPath: owner?.path,
      },
      'cloneCriteriaTable',
    );
  }

  private async copy(
    source: CriteriaTable,
    target: { seriesCode: string; version: number; name: string; basedOn: number; organizationKind?: OrganizationKind | null; cellType?: CellType | null; ownerId?: number; ownerPath?: string },
    action: string,
  ): Promise<CriteriaTable> {
    const [groups, items] = await Promise.all([this.groups(source.id), this.items(source.id)]);
    return this.transaction(async (em) => {
      const table = em.create(CriteriaTable, {
        seriesCode: target.seriesCode,
        version: target.version,
        name: target.name,
        model: source.model,
        organizationKind: target.organizationKind !== undefined ? target.organizationKind : source.organizationKind,
        cellType: target.cellType !== undefined ? target.cellType : source.cellType,
        owner: target.ownerId ?? source.owner.id,
        ownerPath: target.ownerPath ?? source.ownerPath,
        outcome: structuredClone(source.outcome),
        isExample: source.isExample,
        basedOn: target.basedOn,
      });
      const copies = new Map<number, CriteriaGroup>();
      for (const g of groups) copies.set(g.id, em.create(CriteriaGroup, { table, code: g.code, title: g.title, minPoints: g.minPoints, position: g.position }));
      for (const i of items) {
        em.create(CriteriaItem, {
          table,
          group: copies.get(i.group.id)!,
          code: i.code,
          text: i.text,
          guidance: i.guidance,
          kind: i.kind,
          maxPoints: i.maxPoints,
          vetoEffect: i.vetoEffect,
          metric: i.metric,
          position: i.position,
        });
      }
      await em.flush();
      await this.audit.record(em, { action, ...auditTarget(table), after: { seriesCode: table.seriesCode, version: table.version, from: toGlobalId('CriteriaTable', source.id) } });
      return table;
    });
  }

  async compare(beforeId: number, afterId: number): Promise<TableDiff> {
    const [before, after] = await Promise.all([this.require(beforeId, 'before'), this.require(afterId, 'after')]);
    return diffTables(await this.definition(before), await this.definition(after));
  }

  // ---------------------------------------------------------------- spreadsheets

  async export(id: number, format: 'CSV' | 'XLSX'): Promise<{ filename: string; contentType: string; base64: string }> {
    const table = await this.require(id, 'id');
    const rows = tableToRows(await this.definition(table));
    const base = `${table.seriesCode}-v${table.version}`;
    if (format === 'CSV') {
      return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(toCsv(rows), 'utf8').toString('base64') };
    }
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tiêu chí');
    rows.forEach((row, i) => {
      // Points as numbers; text a spreadsheet would run as a formula with a leading quote (import removes it).
      const added = sheet.addRow(row.map((cell, c) => (i > 0 && c === 5 && cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : safeText(cell))));
      if (i === 0) added.font = { bold: true };
    });
    sheet.columns.forEach((column, c) => {
      column.width = [10, 30, 10, 60, 12, 10, 14, 40, 16][c] ?? 16;
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    return { filename: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: buffer.toString('base64') };
  }

  /** Replaces a draft's content from a spreadsheet; every bad row is reported and nothing is saved. */
  async import(id: number, expectedVersion: number, format: 'CSV' | 'XLSX', base64: string): Promise<{ table: CriteriaTable; problems: TableProblem[] }> {
    await this.requireEditableDraft(id, expectedVersion, 'input.id');
    if (base64.length > 2_000_000) throw invalid('input.content', 'The file is larger than 1.5 MB', 'TOO_LARGE', { maxBytes: 1_500_000 });
    const bytes = Buffer.from(base64, 'base64');
    let rows: string[][];
    try {
      rows = format === 'CSV' ? parseCsv(bytes.toString('utf8')) : await xlsxRows(bytes);
    } catch {
      throw invalid('input.content', format === 'CSV' ? 'The file is not a readable CSV file' : 'The file is not a readable Excel (.xlsx) file', 'UNREADABLE_FILE');
    }
    const parsed = rowsToTable(rows);
    if (parsed.problems.length) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, `${parsed.problems.length} row problem(s): row ${parsed.problems[0]!.row}, ${parsed.problems[0]!.column}: ${parsed.problems[0]!.message}`, {
        problems: parsed.problems.map((p) => ({ field: `rows[${p.row}].${p.column}`, reason: p.reason, message: p.message, values: { ...p.values, row: p.row, column: p.column } })),
        reason: 'BAD_ROWS',
      });
    }
    return this.saveContent(id, expectedVersion, { groups: parsed.groups, items: parsed.items });
  }

  private transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.em, work, { unique: { message: 'Another record already uses this code' }, stale: STALE_TABLE });
  }
}

async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: string[] = [];
    for (let c = 1; c <= 9; c += 1) {
      const v = row.getCell(c).value;
      values.push(v == null ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : typeof v === 'object' && 'result' in v ? String(v.result ?? '') : String(v));
    }
    rows[number - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

function stripNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

function summary(def: Pick<CriteriaTableDef, 'groups' | 'items' | 'outcome'>): Record<string, unknown> {
  return {
    outcome: def.outcome,
    groups: def.groups.map((g) => g.code),
    items: def.items.map((i) => `${i.code}:${i.kind}:${i.maxPoints}`),
  };
}

function auditTarget(table: CriteriaTable) {
  return { entityType: 'CriteriaTable', entityId: toGlobalId('CriteriaTable', table.id), orgPath: table.ownerPath };
}
