import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Writable } from 'node:stream';
import express from 'express';
import ExcelJS from 'exceljs';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { AGE_BANDS, CELL_TYPES, MEMBER_STATUSES, SHEET_COLUMNS, SHEET_NAMES, type AgeBand, type CellType, type MemberStatus, type SheetKind } from '@fourgood/rules';
import { Access } from '../auth/access.js';
import { SESSION_COOKIE } from '../auth/auth.service.js';
import { createRequest } from '../context.js';
import type { Dialect } from '../db/orm.js';
import { DomainError, ErrorCode } from '../graphql/errors.js';

/** Largest file the upload accepts (the GraphQL endpoint keeps its 100 kB body limit). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = { NOT_FOUND: 404, VALIDATION_FAILED: 400, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409 };

/**
 * The spreadsheet routes beside GraphQL (files do not fit its 100 kB JSON bodies):
 * - `GET  /dataio/members.csv|xlsx?org=CODE[&status=A,B][&cellType=T][&ageBand=B][&asOf=D]`: the export, streamed;
 * - `GET  /dataio/template/organizations.xlsx|members.xlsx`: the import template;
 * - `POST /dataio/import[?dryRun=1]`: the file as the raw body (at most 50 MB), its name in the
 *   `X-File-Name` header (URL-encoded); answers the import report as JSON.
 * All need the session cookie. The upload is safe from cross-site requests: the cookie is
 * SameSite=Strict, and a custom header cannot be sent cross-origin without a CORS preflight,
 * which this server never grants (no CORS headers at all).
 */
export function dataioRoutes(orm: MikroORM, dialect: Dialect): express.Router {
  const router = express.Router();
  const request = async (req: express.Request) => {
    const em = orm.em.fork() as EntityManager;
    const access = await createRequest(em, dialect, Access.anonymous()).services.auth.accessFromToken(req.cookies[SESSION_COOKIE]);
    return { access, services: createRequest(orm.em.fork() as EntityManager, dialect, access).services };
  };
  const fail = (res: express.Response, error: unknown) => {
    if (error instanceof DomainError) {
      const first = error.problems[0];
      res.status(STATUS[error.code] ?? 400).json({ error: { code: error.code, field: first?.field ?? null, reason: first?.reason ?? error.reason ?? null } });
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
    try {
      const { access, services } = await request(req);
      access.requireSomewhere('EDIT');
      const name = decodeURIComponent(String(req.headers['x-file-name'] ?? '')).replace(/[/\\]/g, '_').slice(0, 200);
      if (!/\.(csv|xlsx)$/i.test(name)) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Name the file (X-File-Name) as .csv or .xlsx', { field: 'file', reason: 'UNREADABLE_FILE' });
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_UPLOAD_BYTES) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The file is larger than 50 MB', { field: 'file', reason: 'TOO_LARGE', values: { max: MAX_UPLOAD_BYTES } });
      const path = join(dir, /\.xlsx$/i.test(name) ? 'upload.xlsx' : 'upload.csv');
      let bytes = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          if (bytes > MAX_UPLOAD_BYTES) done(new DomainError(ErrorCode.VALIDATION_FAILED, 'The file is larger than 50 MB', { field: 'file', reason: 'TOO_LARGE', values: { max: MAX_UPLOAD_BYTES } }));
          else done(null, chunk);
        },
      });
      await pipeline(req, limit, createWriteStream(path));
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      const report = await services.dataImport.run([{ path, name }], { dryRun, label: name });
      res.setHeader('cache-control', 'no-store');
      res.json(report);
    } catch (error) {
      fail(res, error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
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
