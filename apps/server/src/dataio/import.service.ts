import type { EntityManager, Knex } from '@mikro-orm/knex';
import {
  addDays,
  checkPlacement,
  childPath,
  foldText,
  vietnameseSortKey,
  nameCarriedFrom,
  renameReplaces,
  type CellType,
  type CommitteeSector,
  type HeaderMap,
  type ImportReason,
  type OrganizationKind,
  type ProblemValues,
  type SheetKind,
} from '@fourgood/rules';
import { RequestService } from '../common/request-service.js';
import { toGlobalId } from '../graphql/relay.js';
import { globalIdSql } from './global-id-sql.js';
import { DeferredCheckpoint, type SqliteConnection } from '../db/background-checkpoint.js';
import { insertRows, type Value } from '../seed/bulk-writer.js';
import { rebuildSubtreeRows } from '../stats/subtree-counts.js';
import { refreshMeetingSubtreeYears } from '../meetings/meeting-subtree-years.js';
import { readStaged, MAX_LISTED, SEPARATOR } from './reading.js';
import { MEMBER_STAGE, ORG_STAGE } from './row-checks.js';
import type { ImportFile } from './sheet-reader.js';
import { StageWriter } from './stage-writer.js';
import { analyzeAfterLoad, prepareFirstLoad } from './pg-first-load.js';
import { StagedRowsWriter, stagedRowsUsable, type StagedRowsKey } from './staged-rows.js';
import type { ImportCounts, ImportProblem, ImportProgress, ImportReport } from '@fourgood/rules';

// The report's types are shared with the app (packages/rules import-report.ts).
export type { ImportCounts, ImportProblem, ImportProgress, ImportReport } from '@fourgood/rules';

const BATCH = 5000;
const LEAVING = `('TRANSFERRED_OUT', 'DECEASED', 'REMOVED')`;


/** Thrown inside the transaction to roll it back (dry run, or problems found) with the report. */
class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super('import rolled back');
  }
}

class ProblemList {
  readonly listed: ImportProblem[] = [];
  count = 0;
  add(p: ImportProblem): void {
    this.count++;
    if (this.listed.length < MAX_LISTED) this.listed.push(p);
  }
}

interface OrgRow {
  row: number;
  code: string;
  name: string;
  kind: OrganizationKind;
  sector: CommitteeSector | null;
  cellType: CellType | null;
  parentCode: string | null;
  validFrom: string;
}

interface ExistingOrg {
  id: number;
  code: string;
  name: string;
  kind: OrganizationKind;
  sector: CommitteeSector | null;
  cellType: CellType | null;
  foundedOn: string;
  dissolvedOn: string | null;
  parentId: number | null;
  parentCode: string | null;
  path: string;
  depth: number;
  rootId: number;
}

/**
 * Imports organisations and members from spreadsheets (sheet-reader.ts), the same code for the
 * command line and the app. The whole run is one transaction: the rows are streamed into
 * temporary staging tables (parsed and checked row by row, in a worker thread for large files:
 * reading.ts), the checks against the database are
 * set-based statements over them, and the changes are `INSERT … SELECT` / `UPDATE … FROM`
 * statements — a bounded number whatever the number of rows. A dry run, or any problem, rolls
 * the transaction back, so a dry run reports exactly what applying would do. The tree of
 * organisations (thousands of rows, not members) is checked and placed in memory.
 *
 * Idempotent: rows are matched by organisation code and card number; an unchanged row changes
 * nothing. A member whose cell changed is transferred on `since` (or today), a changed status is
 * a status change on `statusSince` (or today), other differences are corrections. Subtree counts
 * of the provinces touched are rebuilt in the transaction. The audit log gets one entry for the
 * import and one per changed organisation or member.
 */
export interface ImportOptions {
  dryRun: boolean;
  label: string;
  onProgress?: (p: ImportProgress) => void | Promise<void>;
  /**
   * Keep the rows read and checked at `keep.path` (staged-rows.ts) if reading found no problem:
   * a dry run of the app keeps them for the apply of the same file.
   */
  keep?: StagedRowsKey;
  /**
   * Rows a dry run kept: used instead of reading the files if they were kept for the same `key`
   * (the files' hash and name) on the same `today`; otherwise the files are read as always.
   * Every check against the database runs again either way.
   */
  reuse?: StagedRowsKey;
}

export class ImportService extends RequestService {
  async run(files: ImportFile[], options: ImportOptions): Promise<ImportReport> {
    const started = performance.now();
    const progress = options.onProgress ?? (() => {});
    this.access.requireSomewhere('EDIT');
    try {
      let committing = 0;
      let checkpoint: DeferredCheckpoint | null = null;
      let report: ImportReport;
      try {
        report = await this.em.transactional(async (tx) => {
          const em = tx as EntityManager;
          const report = await this.work(em, files, options, progress, started);
          if (!report.applied) throw new RollBack(report);
          // SQLite: the WAL this transaction wrote (every page of the new rows, hundreds of MB
          // for a province) is copied into the database file by a worker thread after the
          // commit, not by the commit itself (db/background-checkpoint.ts).
          if (this.dialect === 'sqlite') checkpoint = DeferredCheckpoint.hold(await this.sqliteConnection(em.getTransactionContext<Knex.Transaction>()!));
          committing = performance.now();
          return report;
        });
      } catch (error) {
        (checkpoint as DeferredCheckpoint | null)?.release();
        throw error;
      }
      void (checkpoint as DeferredCheckpoint | null)?.inBackground();
      // The commit is part of the apply's time (SQLite: the pages still in the cache written to the WAL).
      report.steps.commit = Math.round(performance.now() - committing);
      report.millis = Math.round(performance.now() - started);
      return report;
    } catch (error) {
      if (error instanceof RollBack) return error.report;
      throw error;
    }
  }

  private async work(
    em: EntityManager,
    files: ImportFile[],
    options: ImportOptions,
    progress: (p: ImportProgress) => void | Promise<void>,
    started: number,
  ): Promise<ImportReport> {
    const { dryRun, label } = options;
    const knex = em.getTransactionContext<Knex.Transaction>()!;
    const problems = new ProblemList();
    const steps: Record<string, number> = {};
    let mark = performance.now();
    const step = (name: string) => {
      const now = performance.now();
      steps[name] = Math.round(now - mark);
      mark = now;
    };
    // The set-based statements sort and hash hundreds of thousands of staged rows: room for that
    // in memory for this transaction only (PostgreSQL's default 4 MB spills them to disk).
    // No JIT either: the member statements are simple and compiling them took 1–2 s each under
    // load (the resolve statement's estimated cost, its subqueries counted, passes jit_above_cost).
    if (this.dialect === 'postgresql') await knex.raw(`set local work_mem = '64MB'; set local jit = off`);
    await this.createStaging(knex);

    // ------------------------------------------------------------ reading and row checks
    const rows = { organizations: 0, members: 0 };
    const orgStage = await StageWriter.open(knex, this.dialect, 'import_org', ORG_STAGE);
    const memberStage = await StageWriter.open(knex, this.dialect, 'import_raw', MEMBER_STAGE);
    let header: Partial<Record<SheetKind, HeaderMap>> = {};
    let file = '';
    // Parsing and the row checks run in a worker thread (reading.ts; files of 2 MB or more) while
    // this thread writes the batch before. The share read so far is reported (and awaited: a job
    // can be stopped there, which stops the worker) between batches. Rows a dry run of the same
    // files kept on the same day are replayed instead (no parsing, no row checks: they depend on
    // the file and `today` only); a dry run may keep them.
    const replay = options.reuse && stagedRowsUsable(options.reuse, this.today) ? options.reuse.path : null;
    const record = !replay && options.keep ? new StagedRowsWriter(options.keep) : null;
    let recorded = false;
    try {
      for await (const event of readStaged(files, this.today, { organizations: ORG_STAGE.length, members: MEMBER_STAGE.length }, { replay, record, joined: this.dialect === 'postgresql' })) {
        if (event.share !== null) await progress({ phase: 'READING', share: event.share });
        if (event.type === 'skipped') {
          problems.add({ sheet: null, file: event.file, row: null, column: null, reason: event.reason, given: event.sheet || undefined });
        } else if (event.type === 'header') {
          file = event.file;
          header = { ...header, [event.header.kind]: event.header };
          for (const p of event.header.problems) problems.add({ sheet: event.header.kind, file, row: 1, column: p.column, reason: p.reason, given: p.given });
        } else if (event.type === 'rows') {
          rows[event.kind] += event.read;
          for (const p of event.problems) problems.add(p);
          problems.count += event.unlisted;
          const stage = event.kind === 'organizations' ? orgStage : memberStage;
          if (event.joined !== undefined) await stage.addJoined(event.joined, event.staged, SEPARATOR);
          else await stage.addMany(event.values);
        }
      }
      if (record && problems.count === 0) {
        record.finish(this.today);
        recorded = true;
      }
    } finally {
      if (!recorded) record?.discard();
    }
    await orgStage.flush();
    await memberStage.flush();
    // 'reused' when the rows were the dry run's (a report says which way it went).
    step(replay ? 'reused' : 'read');
    await progress({ phase: 'CHECKING', share: 0.5 });

    // ------------------------------------------------------------ organisations (in memory: the tree is small)
    const now = new Date();
    const audit: Value[][] = [];
    const touchedRoots = new Set<number>();
    const orgCounts = await this.importOrganizations(knex, problems, audit, touchedRoots, now, files.map((f) => f.name).join(', '));
    step('organizations');
    await progress({ phase: 'CHECKING', share: 0.6 });

    // ------------------------------------------------------------ members (set-based)
    await this.resolveMembers(knex);
    step('resolve');
    const memberCounts = await this.memberProblems(knex, problems, header.members ? file : '');
    step('check');
    await progress({ phase: 'WRITING', share: 0.7 });

    const counts: ImportCounts = { organizations: orgCounts, members: memberCounts };
    // Listed in file order: by file, sheet and row (the checks found them check by check).
    problems.listed.sort((a, b) => a.file.localeCompare(b.file) || String(a.sheet).localeCompare(String(b.sheet)) || (a.row ?? 0) - (b.row ?? 0));
    const report: ImportReport = { dryRun, applied: false, rows, counts, problems: problems.listed, problemCount: problems.count, millis: 0, steps };
    if (problems.count > 0 || dryRun) {
      report.millis = Math.round(performance.now() - started);
      return report;
    }

    // SQLite: the writes below touch every page of member's six indexes (and membership's,
    // status periods', the audit's) once per row; the connection's default 2 MB page cache spilled
    // and re-read them all along (the member insert's system time was as large as its user time).
    // A larger cache for this transaction only, bounded, given back (and freed) afterwards.
    const cacheBefore = await this.widenCache(knex);
    try {
      const flags = await this.changedMembers(knex, memberCounts);
      await this.auditChangedMembers(knex, audit, now, flags);
      step('auditChanged');
      const fresh = await this.applyMembers(knex, now, flags);
      step('write');
      await progress({ phase: 'WRITING', share: 0.85 });
      await this.auditCreatedMembers(knex, audit, now, fresh, flags);
      step('auditCreated');
      // The provinces whose members changed: of the new and the transferred members' cells, of the changed members' old cells.
      const roots: string[] = [];
      if (flags.created > 0) roots.push(`select distinct cell_root as root from import_new where cell_root is not null`);
      if (flags.changed > 0) {
        roots.push(`select distinct cell_root as root from import_changed where cell_root is not null and f_move = 1`);
        roots.push(`select distinct m_root as root from import_changed where m_root is not null`);
      }
      if (roots.length > 0) for (const r of await this.rowsOf<{ root: number | string }>(knex, roots.join(' union '))) touchedRoots.add(Number(r.root));
      // Exact age bands on the day the AGE_BAND rollup stands on (absent: the start-up job builds it whole).
      const [bandDay] = await this.rowsOf<{ day: string }>(knex, `select day from rollup_day where name = 'AGE_BANDS'`);
      const runSql = (sql: string, params: Array<string | number>) => this.rowsOf<Record<string, unknown>>(knex, sql, params);
      for (const root of touchedRoots) await rebuildSubtreeRows(runSql, this.dialect, root, bandDay?.day ?? this.today);
      step('subtreeCounts');
      // New cells sit in their subtrees from their founding day (meeting_subtree_year).
      for (const root of touchedRoots) await refreshMeetingSubtreeYears(em, root);
      step('meetingSubtreeYears');
      if (this.dialect === 'postgresql') await analyzeAfterLoad(knex, flags.created + flags.changed);
      step('analyze');
    } finally {
      await this.restoreCache(knex, cacheBefore);
    }
    step('restoreCache');
    report.applied = true;
    audit.push(this.auditRow(now, 'importData', 'Import', label, this.scopePath(), null, { files: label, rows, counts }));
    await insertRows(knex, this.dialect, 'audit_entry', AUDIT_COLUMNS, audit);
    step('auditImport');
    await this.dropStaging(knex);
    step('dropStaging');
    await progress({ phase: 'WRITING', share: 1 });
    report.millis = Math.round(performance.now() - started);
    return report;
  }

  // ---------------------------------------------------------------- staging

  private async createStaging(knex: Knex.Transaction): Promise<void> {
    const date = this.dialect === 'postgresql' ? 'date' : 'text';
    const temp = this.dialect === 'postgresql' ? 'create temporary table' : 'create temp table';
    const onCommit = this.dialect === 'postgresql' ? ' on commit drop' : '';
    await this.dropStaging(knex);
    await knex.raw(`${temp} import_org (row_no integer not null, code text not null, name text not null, kind text not null, sector text, cell_type text,
      parent_code text, valid_from ${date} not null)${onCommit}`);
    // The member rows as read; resolveMembers joins them into import_member.
    await knex.raw(`${temp} import_raw (row_no integer not null, card text not null, full_name text not null, name_search text not null, name_sort text not null, gender text not null,
      birth_date ${date}, joined_on ${date} not null, official_on ${date}, position text, cell_code text not null, since ${date}, status text, status_since ${date})${onCommit}`);
  }

  private async dropStaging(knex: Knex.Transaction): Promise<void> {
    if (this.dialect === 'postgresql') return;
    await knex.raw(`drop table if exists temp.import_new`);
    await knex.raw(`drop table if exists temp.import_changed`);
    await knex.raw(`drop table if exists temp.import_member`);
    await knex.raw(`drop table if exists temp.import_raw`);
    await knex.raw(`drop table if exists temp.import_org`);
  }

  /** SQLite: the transaction's better-sqlite3 connection (the pool holds one). */
  private async sqliteConnection(knex: Knex.Transaction): Promise<SqliteConnection> {
    return (await (knex.client as { acquireConnection(): Promise<unknown> }).acquireConnection()) as SqliteConnection;
  }

  /** Rows of a raw select, whichever the driver (pg answers { rows }). */
  private async rowsOf<T>(knex: Knex.Transaction, sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await knex.raw(sql, params as Knex.RawBinding[]);
    return this.dialect === 'postgresql' ? (result as { rows: T[] }).rows : (result as T[]);
  }

  // ---------------------------------------------------------------- scope

  /** SQL condition "`column` lies where the caller may edit", with its parameters. */
  private editable(column: string): { sql: string; params: string[] } {
    const ranges = this.access.readRanges('EDIT');
    if (ranges === null) return { sql: `${column} is not null`, params: [] };
    if (ranges.length === 0) return { sql: '1 = 0', params: [] };
    return { sql: `(${ranges.map(() => `(${column} >= ? and ${column} < ?)`).join(' or ')})`, params: ranges.flat() };
  }

  /** Where the import's own audit entry is filed: the caller's one scope, else national. */
  private scopePath(): string | null {
    const ranges = this.access.readRanges('EDIT');
    return ranges && ranges.length === 1 ? ranges[0]![0] : null;
  }

  // ---------------------------------------------------------------- organisations

  private async importOrganizations(
    knex: Knex.Transaction,
    problems: ProblemList,
    audit: Value[][],
    touchedRoots: Set<number>,
    now: Date,
    files: string,
  ): Promise<ImportCounts['organizations']> {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const raw = await this.rowsOf<Record<string, unknown>>(knex, `select * from import_org order by row_no`);
    if (raw.length === 0) return counts;
    const rows: OrgRow[] = raw.map((r) => ({
      row: Number(r.row_no),
      code: String(r.code),
      name: String(r.name),
      kind: r.kind as OrganizationKind,
      sector: (r.sector as CommitteeSector | null) ?? null,
      cellType: (r.cell_type as CellType | null) ?? null,
      parentCode: (r.parent_code as string | null) ?? null,
      validFrom: isoDate(r.valid_from)!,
    }));
    const add = (row: OrgRow, column: string, reason: ImportReason, given?: string, values?: ProblemValues) =>
      problems.add({ sheet: 'organizations', file: files, row: row.row, column, reason, given, values });

    // The organisations the file names (as rows or as parents) that exist, all of them: scope is decided below.
    const existing = new Map<string, ExistingOrg>();
    for (const r of await this.rowsOf<Record<string, unknown>>(
      knex,
      `select o.id, o.code, o.name, o.kind, o.sector, o.cell_type, o.founded_on, o.dissolved_on, o.parent_id, p.code as parent_code, o.path, o.depth, o.root_id
       from organization o left join organization p on p.id = o.parent_id
       where o.code in (select code from import_org union select parent_code from import_org where parent_code is not null)`,
    )) {
      existing.set(String(r.code), {
        id: Number(r.id),
        code: String(r.code),
        name: String(r.name),
        kind: r.kind as OrganizationKind,
        sector: (r.sector as CommitteeSector | null) ?? null,
        cellType: (r.cell_type as CellType | null) ?? null,
        foundedOn: isoDate(r.founded_on)!,
        dissolvedOn: isoDate(r.dissolved_on),
        parentId: r.parent_id == null ? null : Number(r.parent_id),
        parentCode: (r.parent_code as string | null) ?? null,
        path: String(r.path),
        depth: Number(r.depth),
        rootId: Number(r.root_id),
      });
    }
    const mayEdit = (path: string | null) => this.access.can('EDIT', path);

    const seen = new Map<string, number>();
    const fresh = new Map<string, OrgRow>();
    for (const row of rows) {
      const first = seen.get(row.code);
      if (first !== undefined) {
        add(row, 'code', 'DUPLICATE_IN_FILE', row.code, { firstRow: first });
        continue;
      }
      seen.set(row.code, row.row);
      const old = existing.get(row.code);
      if (!old) {
        fresh.set(row.code, row);
        continue;
      }
      // Outside the caller's scope looks like a code already taken.
      if (!mayEdit(old.path)) {
        add(row, 'code', 'CODE_TAKEN', row.code);
        continue;
      }
      const before = problems.count;
      if (old.kind !== row.kind) add(row, 'kind', 'KIND_CHANGED', row.kind);
      if ((old.parentCode ?? null) !== row.parentCode) add(row, 'parentCode', 'PARENT_CHANGED', row.parentCode ?? '');
      if (old.foundedOn !== row.validFrom) add(row, 'validFrom', 'FOUNDED_CHANGED', row.validFrom, { foundedOn: old.foundedOn });
      if (problems.count > before) continue;
      if (old.name === row.name && old.sector === row.sector && old.cellType === row.cellType) {
        counts.unchanged++;
        continue;
      }
      if (old.dissolvedOn) {
        add(row, 'code', 'DISSOLVED', row.code, { dissolvedOn: old.dissolvedOn });
        continue;
      }
      counts.updated++;
      const renamed = old.name !== row.name;
      if (renamed) {
        // A new name in the file is a rename from today (the file's validFrom is the founding day,
        // and it carries no date of the rename): the name it leaves is kept for the days it was
        // carried, as updateOrganization does; a rename the same day replaces it.
        const [last] = await this.rowsOf<{ last: unknown }>(knex, `select max(used_until) as last from organization_former_name where organization_id = ?`, [old.id]);
        const named = { foundedOn: old.foundedOn, lastRenamedOn: last?.last == null ? null : addDays(isoDate(last.last)!, 1) };
        if (!renameReplaces(this.today, named)) {
          await knex.raw(`insert into organization_former_name (organization_id, name, name_search, used_from, used_until) values (?, ?, ?, ?, ?)`, [
            old.id, old.name, foldText(old.name), nameCarriedFrom(named), addDays(this.today, -1),
          ]);
        }
      }
      await knex.raw(`update organization set name = ?, name_search = ?, name_sort = ?, sector = ?, cell_type = ?, updated_at = ? where id = ?`, [
        row.name, foldText(row.name), vietnameseSortKey(row.name), row.sector, row.cellType, now, old.id,
      ]);
      const snap = (o: { name: string; sector: string | null; cellType: string | null }) => ({ code: row.code, name: o.name, sector: o.sector, cellType: o.cellType });
      audit.push(this.auditRow(now, 'updateOrganization', 'Organization', toGlobalId('Organization', old.id), old.path, snap(old), { ...snap(row), ...(renamed ? { effectiveOn: this.today } : {}) }));
    }

    // New organisations: parents before children (a parent may come later in the file).
    interface Placed {
      id: number;
      path: string;
      depth: number;
      rootId: number;
      kind: OrganizationKind;
      foundedOn: string;
      existingParentId: number | null;
    }
    const placed = new Map<string, Placed>();
    const failed = new Set<string>();
    const order: OrgRow[] = [];
    const ordered = new Set<OrgRow>();
    const visiting = new Set<string>();
    const resolve = (row: OrgRow): void => {
      if (placed.has(row.code) || failed.has(row.code) || ordered.has(row)) return;
      if (visiting.has(row.code)) {
        add(row, 'parentCode', 'CYCLE', row.parentCode ?? '');
        failed.add(row.code);
        return;
      }
      visiting.add(row.code);
      const parentRow = row.parentCode ? fresh.get(row.parentCode) : undefined;
      if (parentRow) resolve(parentRow);
      visiting.delete(row.code);
      if (!failed.has(row.code)) {
        order.push(row);
        ordered.add(row);
      }
    };
    for (const row of fresh.values()) resolve(row);

    const newRows: OrgRow[] = [];
    const parents = new Map<string, { id: number | null; path: string | null; depth: number; rootId: number | null; kind: OrganizationKind | null; foundedOn: string | null }>();
    for (const row of order) {
      const before = problems.count;
      let parent: { id: number | null; path: string | null; depth: number; rootId: number | null; kind: OrganizationKind | null; foundedOn: string | null } = {
        id: null, path: null, depth: -1, rootId: null, kind: null, foundedOn: null,
      };
      if (row.parentCode) {
        const inFile = fresh.get(row.parentCode);
        const old = existing.get(row.parentCode);
        if (inFile) {
          if (failed.has(inFile.code)) {
            add(row, 'parentCode', 'UNKNOWN_PARENT', row.parentCode);
          } else parent = { id: null, path: null, depth: 0, rootId: null, kind: inFile.kind, foundedOn: inFile.validFrom };
        } else if (old && mayEdit(old.path)) {
          if (old.dissolvedOn) add(row, 'parentCode', 'PARENT_DISSOLVED', row.parentCode, { dissolvedOn: old.dissolvedOn });
          parent = { id: old.id, path: old.path, depth: old.depth, rootId: old.rootId, kind: old.kind, foundedOn: old.foundedOn };
        } else add(row, 'parentCode', 'UNKNOWN_PARENT', row.parentCode);
      } else if (!mayEdit(null)) {
        add(row, 'parentCode', 'FORBIDDEN');
      }
      if (problems.count === before) {
        const placement = checkPlacement(row.kind, row.parentCode ? parent.kind : null);
        if (placement) add(row, 'parentCode', placement.code, row.parentCode ?? '');
        else if (parent.foundedOn && row.validFrom < parent.foundedOn) add(row, 'validFrom', 'BEFORE_PARENT', row.validFrom, { foundedOn: parent.foundedOn });
      }
      if (problems.count > before) {
        failed.add(row.code);
        continue;
      }
      parents.set(row.code, parent);
      newRows.push(row);
    }
    if (newRows.length === 0) return counts;

    // Ids: PostgreSQL takes them from the sequence; SQLite (one writer at a time) continues after the largest.
    const ids = await this.newIds(knex, 'organization', newRows.length);
    const orgRows: Value[][] = [];
    const links: Value[][] = [];
    const linkIds = await this.newIds(knex, 'organization_link', 0);
    let nextLink = linkIds[0] ?? 0;
    const extraLinks: Array<{ orgId: number; parentId: number; parentPath: string; validFrom: string }> = [];
    newRows.forEach((row, i) => {
      const id = ids[i]!;
      const p = parents.get(row.code)!;
      const up = row.parentCode ? (placed.get(row.parentCode) ?? (p.id != null ? { id: p.id, path: p.path!, depth: p.depth, rootId: p.rootId! } : null)) : null;
      const path = childPath(up?.path ?? null, id);
      const me: Placed = { id, path, depth: up ? up.depth + 1 : 0, rootId: up ? up.rootId : id, kind: row.kind, foundedOn: row.validFrom, existingParentId: p.id };
      placed.set(row.code, me);
      touchedRoots.add(me.rootId);
      orgRows.push([id, row.code, row.name, foldText(row.name), vietnameseSortKey(row.name), row.kind, row.sector, row.cellType, row.validFrom, null, up?.id ?? null, path, me.depth, me.rootId, now, now]);
      if (p.id != null) extraLinks.push({ orgId: id, parentId: p.id, parentPath: p.path!, validFrom: row.validFrom });
      else links.push([nextLink++, id, up?.id ?? null, path, me.depth, me.rootId, row.validFrom, null]);
      audit.push(
        this.auditRow(now, 'createOrganization', 'Organization', toGlobalId('Organization', id), path, null, {
          code: row.code, name: row.name, kind: row.kind, sector: row.sector, cellType: row.cellType, foundedOn: row.validFrom, parentCode: row.parentCode,
        }),
      );
    });
    // Under an existing parent, the new organisation follows the parent's history from its founding day (as HierarchyService.create).
    for (const x of extraLinks) {
      const parentLinks = await this.rowsOf<Record<string, unknown>>(
        knex,
        `select path, depth, root_id, valid_from, valid_to from organization_link where organization_id = ? and (valid_to is null or valid_to > ?) order by valid_from`,
        [x.parentId, x.validFrom],
      );
      for (const l of parentLinks) {
        const from = isoDate(l.valid_from)!;
        links.push([nextLink++, x.orgId, x.parentId, childPath(String(l.path), x.orgId), Number(l.depth) + 1, Number(l.root_id), from > x.validFrom ? from : x.validFrom, isoDate(l.valid_to)]);
      }
    }
    await insertRows(knex, this.dialect, 'organization', ORG_COLUMNS, orgRows);
    await insertRows(knex, this.dialect, 'organization_link', ['id', 'organization_id', 'parent_id', 'path', 'depth', 'root_id', 'valid_from', 'valid_to'], links);
    await this.fixSequence(knex, 'organization');
    await this.fixSequence(knex, 'organization_link');
    counts.created = newRows.length;
    return counts;
  }

  private async newIds(knex: Knex.Transaction, table: string, n: number): Promise<number[]> {
    const [row] = await this.rowsOf<{ max: number | string | null }>(knex, `select max(id) as max from ${table}`);
    const start = Number(row?.max ?? 0) + 1;
    return Array.from({ length: Math.max(n, 1) }, (_, i) => start + i);
  }

  private async fixSequence(knex: Knex.Transaction, table: string): Promise<void> {
    if (this.dialect !== 'postgresql') return;
    await knex.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`);
  }

  // ---------------------------------------------------------------- members

  /**
   * Joins every staged row to its cell and to the member of its card number, and decides what the
   * row changes: one `CREATE TABLE … AS SELECT` over the staged rows (one pass, where updating the
   * staged rows column group by column group rewrote every row several times).
   */
  private async resolveMembers(knex: Knex.Transaction): Promise<void> {
    const pg = this.dialect === 'postgresql';
    if (pg) await knex.raw(`analyze import_raw`);
    const create = pg ? 'create temporary table import_member on commit drop as' : 'create temp table import_member as';
    const today = pg ? '?::date' : '?';
    await knex.raw(
      `${create}
      select q.*,
        case when member_id is null then 1 else 0 end as f_new,
        case when m_org_id is not null and status not in ${LEAVING} and cell_id is distinct from m_org_id then 1 else 0 end as f_move,
        case when member_id is not null and status <> m_status then 1 else 0 end as f_status,
        case when member_id is not null and (m_full_name <> full_name or m_gender <> gender or (birth_date is not null and m_birth_date <> birth_date)
          or m_joined_on <> joined_on or m_official_on is distinct from official_on or m_position <> position) then 1 else 0 end as f_update
      from (
        select s.row_no, s.card, s.full_name, s.name_search, s.name_sort, s.gender, s.birth_date, s.joined_on, s.official_on,
          case when m.id is null then coalesce(s.position, 'MEMBER') else coalesce(s.position, m.position) end as position,
          s.cell_code,
          coalesce(s.since, ${today}) as since,
          case when m.id is null then coalesce(s.status, 'ACTIVE') else coalesce(s.status, m.status) end as status,
          case when m.id is null then coalesce(s.status_since, s.since, ${today}) else coalesce(s.status_since, ${today}) end as status_since,
          o.id as cell_id, o.path as cell_path, o.root_id as cell_root, o.kind as cell_kind, o.dissolved_on as cell_dissolved, o.founded_on as cell_founded,
          m.id as member_id, m.organization_id as m_org_id, m.status as m_status, m.root_id as m_root,
          -- A member who left is filed under their last cell.
          case when m.id is not null and m.org_path is null then (select lo.path from membership lm join organization lo on lo.id = lm.organization_id
            where lm.member_id = m.id order by lm.valid_from desc limit 1) else m.org_path end as scope_path,
          -- Looked up for existing members only (a new member's row skips both subqueries).
          case when m.id is not null then (select ms.valid_from from membership ms where ms.member_id = m.id and ms.valid_to is null order by ms.valid_from desc limit 1) end as open_from,
          case when m.id is not null then (select sp.valid_from from member_status_period sp where sp.member_id = m.id and sp.valid_to is null order by sp.valid_from desc limit 1) end as status_from,
          m.full_name as m_full_name, m.gender as m_gender, m.birth_date as m_birth_date, m.joined_on as m_joined_on, m.official_on as m_official_on,
          m.position as m_position
        from import_raw s left join organization o on o.code = s.cell_code left join member m on m.card_number = s.card
      ) q`,
      [this.today, this.today, this.today],
    );
    // The checks look rows up by card number; the writing statements join the staged rows to their member.
    await knex.raw(`create index import_member_card on import_member (card)`);
    await knex.raw(`create index import_member_member on import_member (member_id)`);
    if (pg) await knex.raw(`analyze import_member`);
  }

  /**
   * The checks against the database, and the counts of what the rows change. One pass over the
   * staged rows counts every check's rows and the changes; a check's rows are then listed only
   * when it has some (a clean file: no listing statement at all).
   */
  private async memberProblems(knex: Knex.Transaction, problems: ProblemList, file: string): Promise<ImportCounts['members']> {
    type Row = Record<string, unknown>;
    const checks: Array<{ columns: string; where: string; params: unknown[]; column: string; reason: ImportReason; given: (r: Row) => string; values?: (r: Row) => ProblemValues }> = [];
    const check = (columns: string, where: string, params: unknown[], column: string, reason: ImportReason, given: (r: Row) => string, values?: (r: Row) => ProblemValues) =>
      checks.push({ columns, where, params, column, reason, given, values });
    const inCell = `not (member_id is not null and m_org_id is null and status in ${LEAVING})`;
    const cellScope = this.editable('cell_path');
    const memberScope = this.editable('scope_path');
    // Out of scope looks exactly like a card number or a cell that does not exist… or is taken.
    check('card', `member_id is not null and not ${memberScope.sql}`, memberScope.params, 'cardNumber', 'CARD_TAKEN', (r) => String(r.card));
    check('cell_code', `${inCell} and (cell_id is null or not ${cellScope.sql})`, cellScope.params, 'cellCode', 'UNKNOWN_CELL', (r) => String(r.cell_code));
    const known = `${inCell} and cell_id is not null and ${cellScope.sql}`;
    check('cell_code', `${known} and cell_kind not in ('CELL', 'GRASSROOTS_CELL')`, cellScope.params, 'cellCode', 'NOT_A_CELL', (r) => String(r.cell_code));
    check('cell_code, cell_dissolved', `${known} and cell_dissolved is not null and (f_new = 1 or f_move = 1)`, cellScope.params, 'cellCode', 'DISSOLVED', (r) => String(r.cell_code), (r) => ({ dissolvedOn: isoDate(r.cell_dissolved) }));
    check('since, cell_founded', `${known} and (f_new = 1 or f_move = 1) and since < cell_founded`, cellScope.params, 'since', 'BEFORE_FOUNDED', (r) => isoDate(r.since) ?? '', (r) => ({ foundedOn: isoDate(r.cell_founded) }));
    check('since, open_from', `f_move = 1 and since < open_from`, [], 'since', 'BEFORE_LAST_CHANGE', (r) => isoDate(r.since) ?? '', (r) => ({ date: isoDate(r.open_from) }));
    check('status', `f_status = 1 and m_status in ${LEAVING}`, [], 'status', 'FINAL_STATUS', (r) => String(r.status));
    check(
      `status_since, case when status in ${LEAVING} and open_from > status_from then open_from else status_from end as last`,
      `f_status = 1 and m_status not in ${LEAVING} and (status_since < status_from or (status in ${LEAVING} and status_since < open_from))`,
      [], 'statusSince', 'BEFORE_LAST_CHANGE', (r) => isoDate(r.status_since) ?? '', (r) => ({ date: isoDate(r.last) }),
    );
    check('status', `f_new = 1 and status in ${LEAVING}`, [], 'status', 'NEW_MEMBER_LEFT', (r) => String(r.status));
    check('row_no', `f_new = 1 and birth_date is null`, [], 'birthDate', 'REQUIRED', () => '');

    const [totals] = await this.rowsOf<Record<string, number | string | null>>(
      knex,
      `select ${checks.map((c, i) => `sum(case when ${c.where} then 1 else 0 end) as c${i}`).join(', ')},
        sum(f_new) as created, sum(f_move) as transferred, sum(case when f_move = 0 and f_status = 1 then 1 else 0 end) as status_changed,
        sum(case when f_move = 0 and f_status = 0 and f_update = 1 then 1 else 0 end) as updated,
        sum(case when f_new = 0 and f_move = 0 and f_status = 0 and f_update = 0 then 1 else 0 end) as unchanged
       from import_member`,
      checks.flatMap((c) => c.params),
    );
    const n = (v: unknown) => Number(v ?? 0);
    const list = async (sql: string, params: unknown[], count: number, column: string, reason: ImportReason, given: (r: Row) => string, values?: (r: Row) => ProblemValues) => {
      if (count === 0) return;
      const room = Math.max(MAX_LISTED - problems.listed.length, 0);
      const rows = room > 0 ? await this.rowsOf<Row>(knex, `${sql} order by row_no limit ${room}`, params) : [];
      for (const r of rows) problems.add({ sheet: 'members', file, row: Number(r.row_no), column, reason, given: given(r), values: values?.(r) });
      problems.count += count - rows.length;
    };
    // Duplicates are rare: one pass over the card index tells whether to look for them row by row.
    const [duplicated] = await this.rowsOf(knex, `select card from import_member group by card having count(*) > 1 limit 1`);
    if (duplicated) {
      const sql = `select row_no, card, (select min(t.row_no) from import_member t where t.card = s.card) as first from import_member s
       where exists (select 1 from import_member t where t.card = s.card and t.row_no < s.row_no)`;
      const [{ n: count }] = await this.rowsOf<{ n: number | string }>(knex, `select count(*) as n from (${sql}) q`);
      await list(sql, [], Number(count), 'cardNumber', 'DUPLICATE_IN_FILE', (r) => String(r.card), (r) => ({ firstRow: Number(r.first) }));
    }
    for (const [i, c] of checks.entries()) {
      await list(`select row_no, ${c.columns} from import_member where ${c.where}`, c.params, n(totals?.[`c${i}`]), c.column, c.reason, c.given, c.values);
    }
    return { created: n(totals?.created), updated: n(totals?.updated), transferred: n(totals?.transferred), statusChanged: n(totals?.status_changed), unchanged: n(totals?.unchanged) };
  }

  /** Before the changes: one audit entry per changed member, with the values before and after. */
  private async auditChangedMembers(knex: Knex.Transaction, audit: Value[][], now: Date, flags: MemberFlags): Promise<void> {
    if (flags.changed === 0) return;
    let after = 0;
    for (;;) {
      const rows = await this.rowsOf<Record<string, unknown>>(
        knex,
        `select s.row_no, s.member_id, s.full_name, s.gender, s.birth_date, s.joined_on, s.official_on, s.position, s.status, s.cell_code, s.cell_path, s.since, s.status_since,
           s.f_move, s.f_status, s.f_update, m.card_number, m.full_name as m_full_name, m.gender as m_gender, m.birth_date as m_birth_date, m.joined_on as m_joined_on,
           m.official_on as m_official_on, m.position as m_position, m.status as m_status, m.org_path as m_org_path, o.code as m_cell_code
         from import_changed s join member m on m.id = s.member_id left join organization o on o.id = m.organization_id
         where s.row_no > ? order by s.row_no limit ${BATCH}`,
        [after],
      );
      if (rows.length === 0) return;
      after = Number(rows[rows.length - 1]!.row_no);
      for (const r of rows) {
        const before = {
          cardNumber: r.card_number, fullName: r.m_full_name, gender: r.m_gender, birthDate: isoDate(r.m_birth_date), joinedOn: isoDate(r.m_joined_on),
          officialOn: isoDate(r.m_official_on), position: r.m_position, status: r.m_status, cellCode: r.m_cell_code ?? null,
        };
        const changed = {
          cardNumber: r.card_number, fullName: r.full_name, gender: r.gender, birthDate: isoDate(r.birth_date) ?? before.birthDate, joinedOn: isoDate(r.joined_on),
          officialOn: isoDate(r.official_on), position: r.position, status: r.status,
          cellCode: Number(r.f_move) === 1 ? r.cell_code : before.cellCode,
          ...(Number(r.f_move) === 1 ? { transferredOn: isoDate(r.since) } : {}),
          ...(Number(r.f_status) === 1 ? { statusChangedOn: isoDate(r.status_since) } : {}),
        };
        const action = Number(r.f_move) === 1 ? 'transferMember' : Number(r.f_status) === 1 ? 'changeMemberStatus' : 'updateMember';
        const path = (Number(r.f_move) === 1 ? r.cell_path : r.m_org_path) as string | null;
        audit.push(this.auditRow(now, action, 'Member', toGlobalId('Member', Number(r.member_id)), path ?? null, before, changed));
      }
      if (audit.length >= BATCH) await insertRows(knex, this.dialect, 'audit_entry', AUDIT_COLUMNS, audit.splice(0));
    }
  }

  /**
   * One audit entry per created member, written by one `INSERT … SELECT` from the staged rows (the
   * JSON and the member's global id built in SQL, not read back into JS). The entries gathered so
   * far are written first, so that the entries keep their order.
   */
  private async auditCreatedMembers(knex: Knex.Transaction, audit: Value[][], now: Date, fresh: NewMembers, flags: MemberFlags): Promise<void> {
    await insertRows(knex, this.dialect, 'audit_entry', AUDIT_COLUMNS, audit.splice(0));
    if (flags.created === 0) return;
    const pg = this.dialect === 'postgresql';
    let globalId: string;
    if (pg) {
      globalId = `translate(rtrim(encode(convert_to('Member:' || ${fresh.id}, 'UTF8'), 'base64'), '='), '+/', '-_')`;
    } else {
      // SQLite has no base64: the API's ids computed from the new ids' digits (global-id-sql.ts;
      // a JavaScript function called per row cost 3× as much).
      globalId = globalIdSql('Member', fresh.id, fresh.ids!.first, fresh.ids!.last);
    }
    let after = `json_object('cardNumber', s.card, 'fullName', s.full_name, 'gender', s.gender, 'birthDate', s.birth_date, 'joinedOn', s.joined_on, 'officialOn', s.official_on,
           'position', s.position, 'status', s.status, 'cellCode', s.cell_code, 'since', s.since)`;
    if (pg) {
      // jsonb_object over a constant array of keys and one of text values builds the same jsonb
      // (every value is a string or null; the dates as ISO text, as jsonb writes a date: hence
      // the ISO date style) in half the time of jsonb_build_object's ten pairs (200,000 rows:
      // 2.9 s against 6.0 s at load 11; identical values, compared row by row).
      await knex.raw(`set local datestyle = 'ISO'`);
      after = `jsonb_object('{cardNumber,fullName,gender,birthDate,joinedOn,officialOn,position,status,cellCode,since}'::text[],
           array[s.card, s.full_name, s.gender, s.birth_date::text, s.joined_on::text, s.official_on::text, s.position, s.status, s.cell_code, s.since::text])`;
    }
    await knex.raw(
      `insert into audit_entry (at, user_id, username, action, entity_type, entity_id, org_path, before, after)
       select ${pg ? '?::timestamptz, ?::int, ?::text' : '?, ?, ?'}, 'createMember', 'Member', ${globalId}, s.cell_path, null, ${after}
       from ${fresh.from}`,
      [now, this.access.viewer?.userId ?? null, this.access.viewer?.username ?? 'system'],
    );
  }

  /**
   * The members the rows change (corrections, transfers, status changes) copied out of the staged
   * rows into `import_changed`, usually a small share of them: the statements that change them
   * read that table (and find their memberships and status periods on the member index), where
   * each read all the staged rows, and a file with no changes (a re-import) skips them all.
   */
  private async changedMembers(knex: Knex.Transaction, counts: ImportCounts['members']): Promise<MemberFlags> {
    // Each changed row is counted once: transferred, else status changed, else updated.
    const flags = { created: counts.created, changed: counts.transferred + counts.statusChanged + counts.updated };
    if (flags.changed === 0) return flags;
    const pg = this.dialect === 'postgresql';
    await knex.raw(
      `${pg ? 'create temporary table import_changed on commit drop as' : 'create temp table import_changed as'}
       select * from import_member where f_move = 1 or f_status = 1 or f_update = 1 order by row_no`,
    );
    await knex.raw(`create index import_changed_member on import_changed (member_id)`);
    await knex.raw(`create index import_changed_row on import_changed (row_no)`);
    // Its size known to the planners: driven from it (a few rows), not from membership (all of them).
    await knex.raw(pg ? `analyze import_changed` : `analyze temp.import_changed`);
    return flags;
  }

  /** The changes, set-based: corrections, transfers, status changes, then new members with their first membership and status. */
  private async applyMembers(knex: Knex.Transaction, now: Date, flags: MemberFlags): Promise<NewMembers> {
    const run = (sql: string, params: unknown[] = []) => knex.raw(sql, params as Knex.RawBinding[]);
    if (flags.changed > 0) {
      // The open membership (status period) of a changed member, by the member index (member_id, valid_from).
      const open = (table: string, where: string, from: string) =>
        `select x.id from import_changed s join ${table} x on x.member_id = s.member_id where ${where} and x.valid_to is null and x.valid_from = ${from}`;
      // Corrections (the open membership carries the position held).
      await run(`update member set full_name = s.full_name, name_search = s.name_search, name_sort = s.name_sort, gender = s.gender, birth_date = coalesce(s.birth_date, member.birth_date),
          joined_on = s.joined_on, official_on = s.official_on, position = s.position, updated_at = ?
        from import_changed s where s.member_id = member.id and s.f_update = 1`, [now]);
      await run(`update membership set position = s.position from import_changed s
        where membership.member_id = s.member_id and membership.valid_to is null and s.f_update = 1 and s.f_move = 0 and membership.position <> s.position`);
      // Transfers on `since`: the open membership ends there (or is replaced when it began that day).
      await run(`delete from membership where id in (${open('membership', 's.f_move = 1', 's.since')})`);
      await run(`update membership set valid_to = s.since from import_changed s where s.member_id = membership.member_id and s.f_move = 1 and membership.valid_to is null`);
      await run(`insert into membership (member_id, organization_id, position, root_id, valid_from, valid_to)
        select member_id, cell_id, position, cell_root, since, null from import_changed where f_move = 1 order by row_no`);
      await run(`update member set organization_id = s.cell_id, org_path = s.cell_path, root_id = s.cell_root, updated_at = ?
        from import_changed s where s.member_id = member.id and s.f_move = 1`, [now]);
      // Status changes on `statusSince`; a leaving status also ends the membership that day.
      await run(`delete from member_status_period where id in (${open('member_status_period', 's.f_status = 1', 's.status_since')})`);
      await run(`update member_status_period set valid_to = s.status_since from import_changed s where s.member_id = member_status_period.member_id and s.f_status = 1 and member_status_period.valid_to is null`);
      await run(`insert into member_status_period (member_id, status, root_id, valid_from, valid_to)
        select s.member_id, s.status, m.root_id, s.status_since, null from import_changed s join member m on m.id = s.member_id where s.f_status = 1 order by s.row_no`);
      const leaving = `s.f_status = 1 and s.status in ${LEAVING}`;
      await run(`delete from membership where id in (${open('membership', leaving, 's.status_since')})`);
      await run(`update membership set valid_to = s.status_since from import_changed s where s.member_id = membership.member_id and ${leaving} and membership.valid_to is null`);
      await run(`update member set status = s.status, organization_id = case when s.status in ${LEAVING} then null else member.organization_id end,
          org_path = case when s.status in ${LEAVING} then null else member.org_path end, updated_at = ?
        from import_changed s where s.member_id = member.id and s.f_status = 1`, [now]);
    }
    // New members, their first membership and status, from import_new (newMembers): each row with its member's id.
    if (flags.created === 0) return { id: 's.id', from: 'import_member s where 1 = 0' };
    const fresh = await this.newMembers(knex);
    const columns = `card_number, full_name, name_search, name_sort, gender, birth_date, joined_on, official_on, position, status, organization_id, org_path, root_id, created_at, updated_at`;
    const values = `card, full_name, name_search, name_sort, gender, birth_date, joined_on, official_on, position, status, cell_id, cell_path, cell_root, ?, ?`;
    // A first load: member's secondary indexes dropped and built again after the inserts (SQLite:
    // dropIndexesForLoad; PostgreSQL: pg-first-load.ts, which also drops the foreign keys to
    // member from membership and status periods: so they are restored after those inserts too).
    const rebuild = this.dialect === 'postgresql' ? await prepareFirstLoad(knex, flags.created) : await this.dropIndexesForLoad(knex, 'member', flags.created);
    await run(`insert into member (id, ${columns}) select ${fresh.id}, ${values} from ${fresh.from}`, [now, now]);
    await run(`insert into membership (member_id, organization_id, position, root_id, valid_from, valid_to)
      select ${fresh.id}, s.cell_id, s.position, s.cell_root, s.since, null from ${fresh.from}`);
    await run(`insert into member_status_period (member_id, status, root_id, valid_from, valid_to)
      select ${fresh.id}, s.status, s.cell_root, s.status_since, null from ${fresh.from}`);
    for (const sql of rebuild) await run(sql);
    return fresh;
  }

  /**
   * The new members' rows with their ids (`s` the row, `id` its member's id), in the order of the
   * file, copied out of the staged rows into import_new so that the member, membership, status
   * and audit inserts read them with no lookup of the new members by card number (which cost
   * PostgreSQL three index probes of member per new member). PostgreSQL: each id taken from
   * member's sequence as the row is copied (1 s at 500,000 rows; the sequence is shared with
   * every other writer, so no block of ids can be assumed free). SQLite (one writer at a time):
   * each id the largest ever given (AUTOINCREMENT never gives one twice) plus the row's rowid,
   * 1…: the inserts and the audit read it in file order with no sort.
   */
  private async newMembers(knex: Knex.Transaction): Promise<NewMembers> {
    const columns = `row_no, card, full_name, name_search, name_sort, gender, birth_date, joined_on, official_on, position, status, cell_id, cell_path, cell_root, cell_code, since, status_since`;
    if (this.dialect === 'postgresql') {
      // The sequence as a constant (its oid): `nextval(pg_get_serial_sequence(…))` looked the
      // sequence up by name again for every row.
      const [{ oid }] = await this.rowsOf<{ oid: number | string }>(knex, `select pg_get_serial_sequence('member', 'id')::regclass::oid as oid`);
      await knex.raw(
        `create temporary table import_new on commit drop as
         select nextval(${Number(oid)}::oid::regclass) as id, ${columns} from import_member where f_new = 1 order by row_no`,
      );
      return { id: 's.id', from: 'import_new s' };
    }
    await knex.raw(`create temp table import_new as select ${columns} from import_member where f_new = 1 order by rowid`);
    const [last] = await this.rowsOf<{ id: number | string }>(
      knex,
      `select max(coalesce((select seq from sqlite_sequence where name = 'member'), 0), coalesce((select max(id) from member), 0)) as id`,
    );
    const base = Number(last?.id ?? 0);
    if (!Number.isSafeInteger(base)) throw new Error('member ids: no room after the largest');
    const [top] = await this.rowsOf<{ n: number | string | null }>(knex, `select max(rowid) as n from import_new`);
    return { id: `(${base} + s.rowid)`, from: 'import_new s order by s.rowid', ids: { first: base + 1, last: base + Math.max(Number(top?.n ?? 1), 1) } };
  }

  /**
   * SQLite, a load of more rows than `table` holds (a commission's first import): its secondary
   * indexes are dropped before the insert and built again after it (from their definitions in
   * sqlite_master; the unique ones stay, they check the rows), one sort each, where the insert
   * placed every row in every index at random (name, birth date…). Inside the transaction: a
   * failed import rolls the indexes back too, and readers (WAL) keep their snapshot meanwhile.
   * PostgreSQL has its own, stricter rule (pg-first-load.ts): dropping an index there locks the
   * table against every reader until the commit.
   * Answers the statements that build them again.
   */
  private async dropIndexesForLoad(knex: Knex.Transaction, table: 'member', rows: number): Promise<string[]> {
    if (this.dialect !== 'sqlite') return [];
    // AUTOINCREMENT's last id: at least the number of rows the table holds.
    const [last] = await this.rowsOf<{ seq: number | string }>(knex, `select seq from sqlite_sequence where name = ?`, [table]);
    if (Number(last?.seq ?? 0) >= rows) return [];
    const indexes = await this.rowsOf<{ name: string; sql: string }>(
      knex,
      `select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null and upper(sql) not like 'CREATE UNIQUE %'`,
      [table],
    );
    for (const index of indexes) await knex.raw(`drop index "${index.name.replace(/"/g, '""')}"`);
    return indexes.map((index) => index.sql);
  }

  /** SQLite: a page cache of up to 256 MB for the import's writes (the connection's default is 2 MB); answers the size to restore. */
  private async widenCache(knex: Knex.Transaction): Promise<number | null> {
    if (this.dialect !== 'sqlite') return null;
    const [row] = await this.rowsOf<{ cache_size: number }>(knex, `pragma cache_size`);
    await knex.raw(`pragma cache_size = -262144`);
    return Number(row?.cache_size ?? -2000);
  }

  private async restoreCache(knex: Knex.Transaction, size: number | null): Promise<void> {
    if (size !== null) await knex.raw(`pragma cache_size = ${Math.trunc(size)}`);
  }

  private auditRow(at: Date, action: string, entityType: string, entityId: string, orgPath: string | null, before: unknown, after: unknown): Value[] {
    return [
      at, this.access.viewer?.userId ?? null, this.access.viewer?.username ?? 'system', action, entityType, entityId.slice(0, 64), orgPath,
      this.json(before), this.json(after),
    ];
  }

  /** A JSON column's value for insertRows: the object itself inside PostgreSQL's JSON parameter, its text on SQLite. */
  private json(value: unknown): Value {
    if (value == null) return null;
    return (this.dialect === 'postgresql' ? value : JSON.stringify(value)) as Value;
  }
}

const ORG_COLUMNS = [
  'id', 'code', 'name', 'name_search', 'name_sort', 'kind', 'sector', 'cell_type', 'founded_on', 'dissolved_on', 'parent_id', 'path', 'depth', 'root_id', 'created_at', 'updated_at',
];
/** The new members' rows (`from`, as `s`) and the SQL of each one's member id; on SQLite the range those ids fill (consecutive). */
interface NewMembers {
  id: string;
  from: string;
  ids?: { first: number; last: number };
}

/** How many staged member rows are new, how many change an existing member (import_changed). */
interface MemberFlags {
  created: number;
  changed: number;
}

const AUDIT_COLUMNS = ['at', 'user_id', 'username', 'action', 'entity_type', 'entity_id', 'org_path', 'before', 'after'];

/** A date as the drivers give it back (ISO text on SQLite; a Date or text on PostgreSQL) as YYYY-MM-DD. */
export function isoDate(value: unknown): string | null {
  if (value == null) return null;
  if (value instanceof Date) {
    // pg parses a `date` as local midnight.
    const y = value.getFullYear();
    return `${y}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  }
  return String(value).slice(0, 10);
}
