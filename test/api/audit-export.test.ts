import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { startTestServer, systemServices, type Client, type TestServer } from '../support/server.js';

/*
 * The audit export (issue #12 §4 "Audit log … export"): GET /dataio/audit.csv streams the entries
 * of the audit screen's query, with its filter, scope and redaction; an entry about an
 * organisation outside the caller's scope never appears; text cells are escaped against formula
 * injection like the members export.
 */

let server: TestServer;
let dir: string;
let staffA: Client;
let orgA: string;

const ORGS = [
  'Mã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày',
  'AU-A;Đảng bộ tỉnh Xem;Đảng bộ tỉnh;;;;01/01/2000',
  'AU-A-CB;=SUM(1+1) Chi bộ;GRASSROOTS_CELL;;AGENCY;AU-A;2000-01-01',
  'AU-B;Đảng bộ tỉnh Kín;PROVINCIAL_COMMITTEE;;;;2000-01-01',
  'AU-B-CB;Chi bộ tỉnh Kín;GRASSROOTS_CELL;;AGENCY;AU-B;2000-01-01',
].join('\r\n');

const csvOf = async (client: Client, query = '') => {
  const res = await fetch(`${server.url}/dataio/audit.csv${query}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
  // Decoded keeping the byte-order mark (res.text() drops it).
  return { res, text: res.status === 200 ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) : '' };
};

/** The entity ids the screen's GraphQL query lists for the same filter (every page). */
async function screenIds(client: Client, filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { auditLog: { nodes: Array<{ entityId: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await client.data(
      `query($filter: AuditFilter, $after: String) { auditLog(filter: $filter, first: 200, after: $after) { nodes { entityId } pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    ids.push(...data.auditLog.nodes.map((n) => n.entityId));
    if (!data.auditLog.pageInfo.hasNextPage) return ids;
    after = data.auditLog.pageInfo.endCursor;
  }
}

/** The entity ids of the CSV's entries, in order (an entry's lines, one per field, share its time, action and id). */
function csvIds(text: string): string[] {
  const ids: string[] = [];
  let last = '';
  for (const line of text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1)) {
    const cells = line.split(',');
    const key = `${cells[0]}|${cells[2]}|${cells[4]}`;
    if (key !== last) ids.push(cells[4]!);
    last = key;
  }
  return ids;
}

beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'fourgood-audit-csv-'));
  const path = join(dir, 'to-chuc.csv');
  writeFileSync(path, ORGS);
  const report = await systemServices(server.orm).dataImport.run([{ path, name: 'to-chuc.csv' }], { dryRun: false, label: 'to-chuc.csv' });
  expect(report.problemCount).toBe(0);
  const [a] = await (server.orm.em.fork() as EntityManager).execute<Array<{ id: number }>>(`select id from organization where code = 'AU-A'`);
  orgA = toGlobalId('Organization', a!.id);
  staffA = await server.userWith('canbo.au', [{ role: 'STAFF', organizationId: orgA }]);
  // A change inside A by its staff, so the log holds entries of more than one user.
  await staffA.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name } }`, { input: { id: orgA, name: 'Đảng bộ tỉnh Xem Mới' } });
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('GET /dataio/audit.csv', () => {
  it('lists what the screen lists, within the caller’s scope: nothing about another province, nothing national', async () => {
    const { res, text } = await csvOf(staffA);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="nhat-ky-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(text.startsWith('\uFEFFThời điểm (UTC),Người thực hiện,Thao tác,Đối tượng,Mã đối tượng,Mục,Trước,Sau\r\n')).toBe(true);
    expect(text).toContain('Đảng bộ tỉnh Xem Mới');
    expect(text).not.toContain('Kín');
    expect(text).not.toContain('AU-B');
    expect(text).not.toContain('to-chuc.csv'); // the import's own entry is national
    expect(csvIds(text)).toEqual(await screenIds(staffA, {}));

    const national = await csvOf(server);
    expect(national.text).toContain('Chi bộ tỉnh Kín');
    expect(csvIds(national.text)).toEqual(await screenIds(server, {}));
  });

  it('takes the screen’s filter; an organisation outside the scope is NOT_FOUND', async () => {
    const filtered = await csvOf(staffA, `?username=canbo&actions=updateOrganization&lang=en`);
    expect(filtered.text.split('\r\n')[0]).toBe('\uFEFFAt (UTC),Who,Action,Object,Object id,Field,Before,After');
    expect(csvIds(filtered.text)).toEqual([orgA]);
    expect(filtered.text).toContain('Correct an organisation');
    const [b] = await (server.orm.em.fork() as EntityManager).execute<Array<{ id: number }>>(`select id from organization where code = 'AU-B'`);
    const outside = await csvOf(staffA, `?organizationId=${toGlobalId('Organization', b!.id)}`);
    expect(outside.res.status).toBe(404);
    expect(await outside.res.json()).toMatchObject({ error: { code: 'NOT_FOUND', field: 'filter.organizationId' } });
    const inA = await csvOf(server, `?organizationId=${orgA}&from=2000-01-01T00:00:00Z`);
    expect(inA.text).not.toContain('Kín');
    expect(csvIds(inA.text)).toEqual(await screenIds(server, { organizationId: orgA, from: '2000-01-01T00:00:00Z' }));
  });

  it('escapes formulas; refuses without a session, without the audit right, and a bad filter', async () => {
    const { text } = await csvOf(server);
    expect(text).toContain(`"'=SUM(1+1) Chi bộ"`);
    expect(text).not.toMatch(/,=SUM/);
    expect((await csvOf(server.anonymous)).res.status).toBe(401);
    const leader = await server.userWith('lanhdao.au', [{ role: 'LEADER', organizationId: orgA }]);
    expect((await csvOf(leader)).res.status).toBe(403);
    const bad = await csvOf(server, '?from=yesterday');
    expect(bad.res.status).toBe(400);
    expect(await bad.res.json()).toEqual({ error: { code: 'VALIDATION_FAILED', field: 'filter.from', reason: 'BAD_DATE' } });
    expect((await csvOf(server, '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z')).res.status).toBe(400);
  });
});
