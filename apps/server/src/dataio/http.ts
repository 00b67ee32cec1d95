import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Writable } from 'node:stream';
import express from 'express';
import ExcelJS from 'exceljs';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { AGE_BANDS, AUDIT_WORDS, auditCsvHeader, auditCsvLines, CELL_TYPES, CSV_BOM, MEMBER_STATUSES, SHEET_COLUMNS, SHEET_NAMES, type AgeBand, type CellType, type MemberStatus, type SheetKind } from '@fourgood/rules';
import { toAuditQuery } from '../audit/audit-filter.js';
import { Access } from '../auth/access.js';
import { hashToken, SESSION_COOKIE } from '../auth/auth.service.js';
import { createRequest } from '../context.js';
import type { Dialect } from '../db/orm.js';
import { DomainError, ErrorCode } from '../graphql/errors.js';
import { ExportAborted, sendChunk } from './export.service.js';
import { ImportJobs, importRunning, type ImportJobHooks } from './import-jobs.js';

/** Largest file the upload accepts (the GraphQL endpoint keeps its 100 kB body limit). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = { NOT_FOUND: 404, VALIDATION_FAILED: 400, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409 };

/**
 * The spreadsheet routes beside GraphQL (files do not fit its 100 kB JSON bodies):
 * - `GET  /dataio/members.csv|xlsx?org=CODE[&status=A,B][&cellType=T][&ageBand=B][&asOf=D]`: the export, streamed;
 * - `GET  /dataio/template/organizations.xlsx|members.xlsx`: the import template;
 * - `GET  /dataio/audit.csv?[organizationId=ID][&userId=ID][&username=T][&actions=A,B][&entityType=T]
 *   [&memberId=ID][&from=ISO][&to=ISO][&lang=vi|en]`: the audit log with the screen's filter,
 *   streamed (AuditLog.entries: the query's scope and redaction, page by page);
 * - `POST /dataio/import[?dryRun=1]`: the file as the raw body (at most 50 MB), its name in the
 *   `X-File-Name` header (URL-encoded); answers 202 `{ job }` at once and imports in the
 *   background (import-jobs.ts); the file is kept until the job ends; an apply of the file the
 *   caller's last dry run read (same name and SHA-256) reuses the rows that dry run read;
 * - `GET  /dataio/jobs/:id`, `/dataio/jobs/latest` (the caller's running or last job, `{ job }`,
 *   null if none), `/dataio/jobs` (the caller's last 20, `{ jobs }`): state, progress, report.
 *   A job of another user is NOT_FOUND (unless an admin's scope covers it).
 * All need the session cookie. The upload is safe from cross-site requests: the cookie is
 * SameSite=Strict, and a custom header cannot be sent cross-origin without a CORS preflight,
 * which this server never grants (no CORS headers at all).
 */
export function dataioRoutes(orm: MikroORM, dialect: Dialect, hooks: ImportJobHooks = {}): express.Router {
  const router = express.Router();
  const jobs = new ImportJobs(orm, dialect, hooks);
  const request = async (req: express.Request) => {
    const em = orm.em.fork() as EntityManager;
    const access = await createRequest(em, dialect, Access.anonymous()).services.auth.accessFromToken(req.cookies[SESSION_COOKIE]);
    const { deps, services } = createRequest(orm.em.fork() as EntityManager, dialect, access);
    return { access, services, deps };
  };
  const fail = (res: express.Response, error: unknown) => {
    if (error instanceof DomainError) {
      const first = error.problems[0];
      res.status(STATUS[error.code] ?? 400).json({ error: { code: error.code, field: first?.field ?? null, reason: first?.reason ?? error.reason ?? null } });
      return;
    }
    // A client that went away mid-download: nothing to answer, nothing to log.
    if (error instanceof ExportAborted) {
      res.destroy();
      return;
    }
    console.error('[dataio]', error instanceof Error ? `${error.name}: ${error.message.replace(/'[^']*'|"[^"]*"|\d+/g, '?')}` : 'error');
    if (!res.headersSent) res.status(500).json({ error: { code: ErrorCode.INTERNAL } });
    else res.destroy();
  };
  const list = <T extends string>(value: unknown, allowed: readonly T[]): T[] | null => {
    if (typeof value !== 'string' || value === '') return null;
    return value.split(',').map((v) => v.trim() as T).filter((v) => v !== ('' as T)).map((v) => (allowed.includes(v) ? v : (`?${v}` as T)));
  };

  router.get(/^\/members\.(csv|xlsx)$/, async (req, res) => {
    try {
      const format = req.path.endsWith('.xlsx') ? 'xlsx' : 'csv';
      const { access, services } = await request(req);
      access.requireAuthenticated();
      const filter = {
        status: list<MemberStatus>(req.query.status, MEMBER_STATUSES),
        cellType: typeof req.query.cellType === 'string' && req.query.cellType ? (req.query.cellType as CellType) : null,
        ageBand: list<AgeBand>(req.query.ageBand, AGE_BANDS),
        asOf: typeof req.query.asOf === 'string' && req.query.asOf ? req.query.asOf : null,
      };
      if (filter.cellType && !CELL_TYPES.includes(filter.cellType)) filter.cellType = `?${filter.cellType}` as CellType;
      const org = typeof req.query.org === 'string' ? req.query.org : '';
      // Checked before the first byte, so a refusal is a clean JSON error.
      await services.dataExport.prepare(org, filter);
      res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="dang-vien-${org.replace(/[^A-Za-z0-9._-]/g, '_')}.${format}"`);
      res.setHeader('cache-control', 'no-store');
      await services.dataExport.write(org, filter, format, res);
      if (!res.writableEnded) res.end();
    } catch (error) {
      fail(res, error);
    }
  });

  router.get('/audit.csv', async (req, res) => {
    try {
      const { access, services, deps } = await request(req);
      access.requireSomewhere('AUDIT');
      const text = (name: string) => (typeof req.query[name] === 'string' && req.query[name] !== '' ? (req.query[name] as string) : null);
      const instant = (name: 'from' | 'to') => {
        const value = text(name);
        if (value === null) return null;
        const date = new Date(value);
        if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime())) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'An ISO instant, e.g. 2026-01-31T17:00:00Z', { field: `filter.${name}`, reason: 'BAD_DATE' });
        return date;
      };
      const query = await toAuditQuery(services.hierarchy, {
        organizationId: text('organizationId'),
        userId: text('userId'),
        username: text('username'),
        actions: text('actions')?.split(',') ?? null,
        entityType: text('entityType'),
        memberId: text('memberId'),
        from: instant('from'),
        to: instant('to'),
      });
      const words = req.query.lang === 'en' ? AUDIT_WORDS.en : AUDIT_WORDS.vi;
      // The first page is read before the first byte, so a refusal is a clean JSON error.
      const entries = deps.audit.entries(deps.em, query);
      const first = await entries.next();
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="nhat-ky-${new Date().toISOString().slice(0, 10)}.csv"`);
      res.setHeader('cache-control', 'no-store');
      let chunk = CSV_BOM + auditCsvHeader(words) + '\r\n';
      for (let next = first; !next.done; next = await entries.next()) {
        const e = next.value;
        chunk += auditCsvLines({ at: e.at.toISOString(), username: e.username, action: e.action, entityType: e.entityType, entityId: e.entityId, before: e.before, after: e.after }, words).join('\r\n') + '\r\n';
        if (chunk.length > 64 * 1024) {
          await sendChunk(res, chunk);
          chunk = '';
        }
      }
      await sendChunk(res, chunk);
      res.end();
    } catch (error) {
      fail(res, error);
    }
  });

  router.get(/^\/template\/(organizations|members)\.xlsx$/, async (req, res) => {
    try {
      const { access } = await request(req);
      access.requireSomewhere('EDIT');
      const kind = (req.path.includes('organizations') ? 'organizations' : 'members') as SheetKind;
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="mau-${kind === 'organizations' ? 'to-chuc' : 'dang-vien'}.xlsx"`);
      await writeTemplate(kind, res);
      res.end();
    } catch (error) {
      fail(res, error);
    }
  });

  router.post('/import', async (req, res) => {
    const dir = mkdtempSync(join(tmpdir(), 'fourgood-import-'));
    const cleanup = () => rmSync(dir, { recursive: true, force: true });
    let started = false;
    try {
      // This session's job still running: refused before anything waits on the database (on
      // SQLite the running import holds its only connection). Other cases: ImportJobs.start.
      const token = req.cookies[SESSION_COOKIE];
      if (token && jobs.runningFor(hashToken(token))) throw importRunning();
      const { access, services } = await request(req);
      access.requireSomewhere('EDIT');
      const name = decodeURIComponent(String(req.headers['x-file-name'] ?? '')).replace(/[/\\]/g, '_').slice(0, 200);
      if (!/\.(csv|xlsx)$/i.test(name)) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Name the file (X-File-Name) as .csv or .xlsx', { field: 'file', reason: 'UNREADABLE_FILE' });
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_UPLOAD_BYTES) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The file is larger than 50 MB', { field: 'file', reason: 'TOO_LARGE', values: { max: MAX_UPLOAD_BYTES } });
      const path = join(dir, /\.xlsx$/i.test(name) ? 'upload.xlsx' : 'upload.csv');
      let bytes = 0;
      // The file's hash: an apply of the file a dry run just read reuses its rows (import-jobs.ts).
      const hash = createHash('sha256');
      const limit = new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          hash.update(chunk);
          if (bytes > MAX_UPLOAD_BYTES) done(new DomainError(ErrorCode.VALIDATION_FAILED, 'The file is larger than 50 MB', { field: 'file', reason: 'TOO_LARGE', values: { max: MAX_UPLOAD_BYTES } }));
          else done(null, chunk);
        },
      });
      await pipeline(req, limit, createWriteStream(path));
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      const job = await jobs.start({ access, services, tokenHash: hashToken(req.cookies[SESSION_COOKIE] ?? ''), files: [{ path, name }], fileName: name, fileHash: hash.digest('hex'), dryRun, done: cleanup });
      started = true;
      res.setHeader('cache-control', 'no-store');
      res.status(202).location(`/dataio/jobs/${job.id}`).json({ job });
    } catch (error) {
      fail(res, error);
    } finally {
      if (!started) cleanup();
    }
  });

  // On SQLite the session that started a job is answered from memory first: the import's
  // transaction holds the only connection (import-jobs.ts).
  const liveView = (req: express.Request, id: number | 'latest') => {
    const token = req.cookies[SESSION_COOKIE];
    return token ? jobs.liveView(hashToken(token), id) : null;
  };
  router.get('/jobs', async (req, res) => {
    try {
      const { access } = await request(req);
      res.setHeader('cache-control', 'no-store');
      res.json({ jobs: await jobs.mine(access) });
    } catch (error) {
      fail(res, error);
    }
  });
  router.get('/jobs/latest', async (req, res) => {
    try {
      res.setHeader('cache-control', 'no-store');
      const live = liveView(req, 'latest');
      if (live) return void res.json({ job: live });
      const { access } = await request(req);
      res.json({ job: (await jobs.mine(access, 1))[0] ?? null });
    } catch (error) {
      fail(res, error);
    }
  });
  router.get('/jobs/:id', async (req, res) => {
    try {
      res.setHeader('cache-control', 'no-store');
      const id = /^[1-9][0-9]{0,11}$/.test(req.params.id) ? Number(req.params.id) : null;
      const live = id === null ? null : liveView(req, id);
      if (live) return void res.json(live);
      const { access } = await request(req);
      if (id === null) {
        access.requireAuthenticated();
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such import job', { field: 'id', reason: 'NOT_FOUND' });
      }
      res.json(await jobs.get(access, id));
    } catch (error) {
      fail(res, error);
    }
  });
  return router;
}

/** The template of one sheet: Vietnamese headers, an example row, drop-down lists of the enum labels (from a sheet of lists). */
export async function writeTemplate(kind: SheetKind, out: Writable): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SHEET_NAMES[kind]);
  const lists = book.addWorksheet('Danh mục', { state: 'hidden' });
  const columns = SHEET_COLUMNS[kind];
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(columns.map((c) => c.example));
  let listColumn = 0;
  columns.forEach((c, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    if (c.type === 'enum' && c.values) {
      listColumn++;
      const labels = c.values.map((v) => c.labels?.[v] ?? v);
      const col = lists.getColumn(listColumn);
      col.values = [c.header, ...labels];
      const range = `'Danh mục'!$${col.letter}$2:$${col.letter}$${labels.length + 1}`;
      for (let row = 2; row <= 1000; row++) {
        sheet.getCell(`${letter}${row}`).dataValidation = { type: 'list', allowBlank: !c.required, formulae: [range], showErrorMessage: true };
      }
    } else if (c.type === 'date') {
      sheet.getColumn(i + 1).numFmt = '@';
      sheet.getCell(`${letter}1`).note = 'dd/mm/yyyy';
    }
  });
  await book.xlsx.write(out);
}
