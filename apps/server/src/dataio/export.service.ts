import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import Cursor from 'pg-cursor';
import type { PoolClient } from 'pg';
import {
  AGE_BANDS,
  ageBandDate,
  birthDateRangeForAge,
  CELL_TYPES,
  csvLine,
  enumLabel,
  formatSheetDate,
  isIsoDate,
  MEMBER_COLUMNS,
  MEMBER_STATUSES,
  safeText,
  SHEET_NAMES,
  subtreeUpperBound,
  type AgeBand,
  type CellType,
  type ColumnDef,
  type MemberStatus,
} from '@fourgood/rules';
import { RequestService } from '../common/request-service.js';
import { invalid, notFound, Problems } from '../graphql/errors.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { isoDate } from './import.service.js';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFilter {
  status?: MemberStatus[] | null;
  cellType?: CellType | null;
  ageBand?: AgeBand[] | null;
  /** The day the subtree and its members are read as of (default today). */
  asOf?: string | null;
}

/** The export stopped because its output closed first (the client went away mid-download). */
export class ExportAborted extends Error {
  constructor() {
    super('The export output closed before the end');
    this.name = 'ExportAborted';
  }
}

/**
 * Rows read per statement (SQLite). Small on purpose: each page lives across awaits (the write, the zip),
 * so its rows outlive the young generation and pile up in the old one until a full GC. At 500,000
 * members (SQLite, test/bench/import.ts) 5,000-row pages grew the RSS by 60 MB (CSV) and 139 MB
 * (XLSX); 500-row pages by 22 MB and 98–100 MB, no slower (BENCHMARKS.md).
 */
const PAGE = 500;
/**
 * Rows read per fetch of the PostgreSQL cursor. At 500,000 members (test/bench/import.ts, one run
 * each, load 3–8): 500 rows a fetch grew the RSS by 125 MB for XLSX (68 MB of it Buffers outside
 * the heap: exceljs's zip output, which V8 collects only past its external-memory threshold);
 * 100 rows by 24 MB (4 MB outside the heap), CSV 5 → 2 MB. Each fetch is a round trip that gives
 * the zip and the collector their turn. SQLite's reads do not wait on I/O: 100-row pages there
 * grew the XLSX by 85 MB against 94, not worth five times the statements.
 */
const CURSOR_FETCH = 100;
const BAND_AGES: Record<AgeBand, [number | null, number | null]> = {
  UP_TO_30: [null, 30],
  FROM_31_TO_40: [31, 40],
  FROM_41_TO_50: [41, 50],
  FROM_51_TO_60: [51, 60],
  OVER_60: [61, null],
};

/**
 * Members of a subtree as a spreadsheet, streamed: pages of 500 rows read by id (keyset) and written to
 * the output as they come (CSV text, or exceljs's streaming XLSX writer), so memory stays flat
 * whatever the subtree. The columns are the import's (people-io.ts), with its Vietnamese headers
 * and labels, so an export imports back as "unchanged". Birth dates only for callers who may
 * read personal data there (the column is then left out, which the import reads as "keep").
 * Every text cell goes through safeText / csvField (formula injection).
 */
export class ExportService extends RequestService {
  /** Checks the request before anything is written: the organisation (by code, in scope) and the filters. */
  async prepare(orgCode: string, filter: ExportFilter): Promise<{ org: Organization; asOf: string; columns: readonly ColumnDef[] }> {
    this.access.requireAuthenticated();
    const problems = new Problems();
    const asOf = filter.asOf ?? this.today;
    if (!isIsoDate(asOf)) problems.add('asOf', 'BAD_DATE', 'Expected a date as YYYY-MM-DD');
    else if (asOf > this.today) problems.add('asOf', 'FUTURE_DATE', `The date cannot be in the future (today is ${this.today})`, { today: this.today });
    for (const s of filter.status ?? []) if (!MEMBER_STATUSES.includes(s)) problems.add('status', 'UNKNOWN_VALUE', `Unknown status ${s}`);
    if (filter.cellType && !CELL_TYPES.includes(filter.cellType)) problems.add('cellType', 'UNKNOWN_VALUE', 'Unknown cell type');
    for (const b of filter.ageBand ?? []) if (!AGE_BANDS.includes(b)) problems.add('ageBand', 'UNKNOWN_VALUE', `Unknown age band ${b}`);
    problems.throwIfAny();
    // The scoped entity manager: an organisation outside the caller's scope is not found.
    const org = await this.em.findOne(Organization, { code: orgCode });
    if (!org) throw notFound('Organization', 'org');
    if (asOf < org.foundedOn || (org.dissolvedOn && asOf >= org.dissolvedOn)) throw invalid('asOf', `${org.name} did not exist on ${asOf}`, 'NOT_EXISTING');
    const personal = this.access.can('READ_PERSONAL', org.path);
    return { org, asOf, columns: MEMBER_COLUMNS.filter((c) => personal || !c.personal) };
  }

  /** Writes the members to `out` (not ended here when `out` is an HTTP response: the caller ends it). Returns the number of rows. */
  async write(orgCode: string, filter: ExportFilter, format: ExportFormat, out: Writable): Promise<number> {
    const { org, asOf, columns } = await this.prepare(orgCode, filter);
    const path = asOf >= this.today ? org.path : await this.pathOn(org.id, asOf);
    if (format === 'csv') {
      await sendChunk(out, `\uFEFF${csvLine(columns.map((c) => c.header))}\r\n`);
      // sendChunk rejects with ExportAborted once the output is closed.
      return this.pages(path, asOf, filter, org.path, async (rows) => {
        await sendChunk(out, rows.map((r) => `${csvLine(columns.map((c) => csvValue(c, r)))}\r\n`).join(''));
      });
    }
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = book.addWorksheet(SHEET_NAMES.members);
    sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.type === 'date' ? 14 : c.key === 'fullName' ? 28 : 20, style: c.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : {} }));
    const n = await this.pages(path, asOf, filter, org.path, async (rows) => {
      if (out.destroyed) throw new ExportAborted();
      for (const r of rows) sheet.addRow(columns.map((c) => xlsxValue(c, r))).commit();
      await zipped(sheet, out);
    });
    sheet.commit();
    await book.commit();
    return n;
  }

  private async pathOn(orgId: number, date: string): Promise<string> {
    const [row] = await this.em.getConnection().execute<Array<{ path: string }>>(
      `select path from organization_link where organization_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)`,
      [orgId, date, date],
    );
    if (!row) throw invalid('asOf', 'The organisation did not exist on this date', 'NOT_EXISTING');
    return row.path;
  }

  /**
   * Reads the members page by page (by member id) and hands each page to `emit`. Today: the
   * member table's current columns. Another day: the memberships, statuses and tree links
   * that were valid then. Either way only members the caller may read today (scope), so a member
   * who has since moved out of the caller's scope is not in the caller's past exports.
   */
  private async pages(path: string, asOf: string, filter: ExportFilter, orgPathToday: string, emit: (rows: Array<Record<string, unknown>>) => Promise<void>): Promise<number> {
    const today = asOf >= this.today;
    const where: string[] = [];
    const params: unknown[] = [];
    if (today) {
      where.push('m.org_path >= ? and m.org_path < ?');
      params.push(path, subtreeUpperBound(path));
    } else {
      where.push('l.path >= ? and l.path < ?');
      params.push(path, subtreeUpperBound(path));
    }
    const statusColumn = today ? 'm.status' : 'sp.status';
    if (filter.status?.length) {
      where.push(`${statusColumn} in (${filter.status.map(() => '?').join(', ')})`);
      params.push(...filter.status);
    }
    if (filter.cellType) {
      where.push('o.cell_type = ?');
      params.push(filter.cellType);
    }
    if (filter.ageBand?.length) {
      // Ages as the age field shows them: exact only for callers who read birth dates (rules: ageBandDate).
      const on = ageBandDate(asOf, this.access.can('READ_PERSONAL', orgPathToday));
      const ors = filter.ageBand.map((band) => {
        const [min, max] = BAND_AGES[band];
        const { bornOnOrBefore, bornAfter } = birthDateRangeForAge(on, min, max);
        const parts: string[] = [];
        if (bornOnOrBefore) {
          parts.push('m.birth_date <= ?');
          params.push(bornOnOrBefore);
        }
        if (bornAfter) {
          parts.push('m.birth_date > ?');
          params.push(bornAfter);
        }
        return `(${parts.join(' and ')})`;
      });
      where.push(`(${ors.join(' or ')})`);
    }
    const ranges = this.access.readRanges('READ');
    if (ranges !== null && !today) {
      // Where the member belongs today: their cell, or the last one for those who left.
      const current = `coalesce(m.org_path, (select o2.path from membership x join organization o2 on o2.id = x.organization_id where x.member_id = m.id order by x.valid_from desc limit 1))`;
      where.push(ranges.length ? `(${ranges.map(() => `(${current} >= ? and ${current} < ?)`).join(' or ')})` : '1 = 0');
      params.push(...ranges.flatMap(([lo, hi]) => [lo, hi, lo, hi]));
    }
    const sql = today
      ? `select m.id, m.card_number, m.full_name, m.gender, m.birth_date, m.joined_on, m.official_on, m.position, m.status, o.code as cell_code,
           ms.valid_from as since, sp.valid_from as status_since
         from member m join organization o on o.id = m.organization_id
         left join membership ms on ms.member_id = m.id and ms.valid_to is null
         left join member_status_period sp on sp.member_id = m.id and sp.valid_to is null
         where ${where.join(' and ')}`
      : `select m.id, m.card_number, m.full_name, m.gender, m.birth_date, m.joined_on, m.official_on, ms.position, sp.status, o.code as cell_code,
           ms.valid_from as since, sp.valid_from as status_since
         from membership ms join member m on m.id = ms.member_id join organization o on o.id = ms.organization_id
         join organization_link l on l.organization_id = o.id and l.valid_from <= ? and (l.valid_to is null or l.valid_to > ?)
         join member_status_period sp on sp.member_id = m.id and sp.valid_from <= ? and (sp.valid_to is null or sp.valid_to > ?)
         where ms.valid_from <= ? and (ms.valid_to is null or ms.valid_to > ?) and ${where.join(' and ')}`;
    const dated = today ? [] : [asOf, asOf, asOf, asOf, asOf, asOf];
    if (this.dialect === 'postgresql') return this.streamed(`${sql} order by m.id`, [...dated, ...params], emit);
    const paged = `${sql} and m.id > ? order by m.id limit ${PAGE}`;
    let after = 0;
    let n = 0;
    for (;;) {
      const rows = await this.em.getConnection().execute<Array<Record<string, unknown>>>(paged, [...dated, ...params, after]);
      if (rows.length === 0) return n;
      n += rows.length;
      after = Number(rows[rows.length - 1]!.id);
      await emit(rows);
      if (rows.length < PAGE) return n;
    }
  }

  /**
   * PostgreSQL: the statement runs once, read through a cursor, CURSOR_FETCH rows a fetch (pg-cursor), on a
   * connection of the ORM's pool held for the whole file. Keyset pages cost O(subtree) each there:
   * every page re-ran a bitmap scan of the whole org_path range and a top-500 sort, so 500,000
   * members took 49.7 s (BENCHMARKS.md). The cursor is read inside a read-only REPEATABLE READ
   * transaction: the whole file is one snapshot, so an import committing mid-export cannot leave a
   * member out or in twice, which the keyset pages could. Whatever ends the export (the end, an
   * error, an output closed by a client gone away: `emit` throws ExportAborted) closes the cursor
   * and gives the connection back; one whose cursor or rollback failed is destroyed, not reused.
   */
  private async streamed(sql: string, values: unknown[], emit: (rows: Array<Record<string, unknown>>) => Promise<void>): Promise<number> {
    const knex = (this.em.getConnection() as AbstractSqlConnection).getKnex();
    const client = knex.client as unknown as { acquireConnection(): Promise<PoolClient>; releaseConnection(connection: PoolClient): Promise<unknown> };
    // knex turns the `?` placeholders into PostgreSQL's `$1…` (and binds the values as the ORM does).
    const native = knex.raw(sql, values as never[]).toSQL().toNative();
    const connection = await client.acquireConnection();
    let cursor: Cursor | null = null;
    let broken = false;
    try {
      await connection.query('begin transaction isolation level repeatable read read only');
      cursor = connection.query(new Cursor<Record<string, unknown>>(native.sql, native.bindings as unknown[]));
      let n = 0;
      for (let rows = await cursor.read(CURSOR_FETCH); rows.length > 0; rows = await cursor.read(CURSOR_FETCH)) {
        n += rows.length;
        await emit(rows);
      }
      await cursor.close();
      cursor = null;
      await connection.query('commit');
      return n;
    } catch (error) {
      try {
        await cursor?.close();
        await connection.query('rollback');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      if (broken) (connection as PoolClient & { __knex__disposed?: unknown }).__knex__disposed = 'export cursor failed';
      await client.releaseConnection(connection);
    }
  }
}

const FIELD: Record<string, string> = {
  cardNumber: 'card_number',
  fullName: 'full_name',
  gender: 'gender',
  birthDate: 'birth_date',
  joinedOn: 'joined_on',
  officialOn: 'official_on',
  position: 'position',
  cellCode: 'cell_code',
  since: 'since',
  status: 'status',
  statusSince: 'status_since',
};

function csvValue(column: ColumnDef, row: Record<string, unknown>): string {
  const value = row[FIELD[column.key]!];
  if (column.type === 'date') return formatSheetDate(isoDate(value));
  if (column.type === 'enum') return enumLabel(column, value as string | null);
  return value == null ? '' : String(value);
}

function xlsxValue(column: ColumnDef, row: Record<string, unknown>): string | Date | null {
  const value = row[FIELD[column.key]!];
  if (column.type === 'date') {
    const iso = isoDate(value);
    return iso ? new Date(`${iso}T00:00:00.000Z`) : null;
  }
  if (column.type === 'enum') return enumLabel(column, value as string | null);
  return value == null ? null : safeText(String(value));
}

/** XML (bytes) the zip may hold for the sheet before the export waits. */
const ZIP_BACKLOG = 4 << 20;

/**
 * Waits until the zip has taken in the rows written so far. exceljs's sheet stream hands its
 * buffers to the zip's entry stream (archiver's PassThrough) without waiting (it ignores
 * `write`'s answer), so when compressing is slower than making rows, the XML piles up there:
 * 127 MB of RSS growth for 100,000 members, five times that for 500,000. Here the export reads
 * that stream's buffered length (public `writableLength` on Node's streams, `_writableState` on
 * the readable-stream copy archiver uses; read, never changed) and waits for its `drain` above
 * 4 MB; before the zip reaches the sheet it only yields a turn.
 */
async function zipped(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  const stream = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream;
  const entry = stream?.pipes?.[0] as (Writable & { _writableState?: { length?: number } }) | undefined;
  const backlog = () => entry?.writableLength ?? entry?._writableState?.length ?? 0;
  if (entry && backlog() > ZIP_BACKLOG) {
    // The output's close ends the wait too: with the client gone the zip never drains.
    await new Promise<void>((resolve) => {
      const done = () => {
        entry.off('drain', done).off('close', done).off('error', done);
        out.off('close', done);
        resolve();
      };
      entry.on('drain', done).on('close', done).on('error', done);
      out.on('close', done);
      if (backlog() === 0 || out.destroyed) done();
    });
  } else await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Writes a chunk, waiting for the output to drain (back-pressure keeps memory flat). An output
 * closed before it drains (a client gone mid-download) rejects with ExportAborted, so the export
 * stops and gives back its connection instead of waiting for a `drain` that never comes.
 */
export function sendChunk(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.destroyed) {
      reject(new ExportAborted());
      return;
    }
    const ok = out.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) {
      resolve();
      return;
    }
    const drained = () => {
      out.off('close', closed);
      resolve();
    };
    const closed = () => {
      out.off('drain', drained);
      reject(new ExportAborted());
    };
    out.once('drain', drained).once('close', closed);
  });
}
