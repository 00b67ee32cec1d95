import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText, personNameSortKey } from '@fourgood/rules';
import { SEPARATOR } from '../../apps/server/src/dataio/reading.js';
import { startTestServer, systemServices, type TestServer } from '../support/server.js';

/*
 * The staged rows go to PostgreSQL in COPY's text format (stage-writer.ts), where a backslash
 * starts an escape and `\N` is null: values holding them must arrive as they were read. Names
 * keep a backslash (whitespace is folded by the row checks, so tabs and newlines never reach the
 * staging tables) and name sort keys hold backslashes of their own; a value holding the reading's
 * separator takes the writer's other path (values one by one). Each file is imported twice: read
 * (apply from scratch), and replayed after its dry run (the kept rows).
 */

const ORGS = ['Mã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày', 'TX;Đảng bộ \\N tỉnh \\\\ Chữ;Đảng bộ tỉnh;;;;01/01/2000', 'TX-CB;Chi bộ \\t;GRASSROOTS_CELL;;AGENCY;TX;2000-01-01'].join('\n');
const HEADER = 'Số thẻ đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Chức vụ,Mã chi bộ,Từ ngày,Tình trạng';
const NAMES = ['Nguyễn \\N Văn', 'Trần \\\\ Thị \\', 'Lê\\tVăn\\nBình', 'Hà \\.'];
const member = (i: number, name: string) => `TX-${String(i).padStart(4, '0')},${name},${i % 2 ? 'Nam' : 'Nữ'},01/01/1980,01/01/2005,,Đảng viên,TX-CB,01/01/2010,Đang sinh hoạt`;

let dir: string;
let server: TestServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fourgood-staging-text-'));
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function stored(cards: string[]): Promise<Array<{ full_name: string; name_search: string; name_sort: string; official_on: unknown }>> {
  const em = server.orm.em.fork() as EntityManager;
  return em.execute(`select full_name, name_search, name_sort, official_on from member where card_number in (${cards.map(() => '?').join(', ')}) order by card_number`, cards);
}

describe('staged values with COPY text format escapes', () => {
  it('arrive as read, whether read from the file or replayed after a dry run, on either of the writer’s paths', async () => {
    const orgs = join(dir, 'to-chuc.csv');
    writeFileSync(orgs, ORGS);
    const services = () => systemServices(server.orm);
    expect((await services().dataImport.run([{ path: orgs, name: 'to-chuc.csv' }], { dryRun: false, label: 'orgs' })).problemCount).toBe(0);
    const [org] = await (server.orm.em.fork() as EntityManager).execute<Array<{ name: string }>>(`select name from organization where code = 'TX'`);
    expect(org!.name).toBe('Đảng bộ \\N tỉnh \\\\ Chữ');

    // Round 0: the batch joined as one text; round 1: a value holds the separator (the rows as values).
    for (const [round, names] of [NAMES, [...NAMES, `Phạm${SEPARATOR}Hùng`]].entries()) {
      for (const replayed of [false, true]) {
        const first = round * 100 + (replayed ? 50 : 0);
        const path = join(dir, `dang-vien-${first}.csv`);
        writeFileSync(path, [HEADER, ...names.map((name, i) => member(first + i, name))].join('\n'));
        const files = [{ path, name: 'dang-vien.csv' }];
        const keep = { path: join(dir, `kept-${first}`), key: `k${first}` };
        if (replayed) expect((await services().dataImport.run(files, { dryRun: true, label: 'dry', keep })).problemCount).toBe(0);
        const report = await services().dataImport.run(files, { dryRun: false, label: 'apply', reuse: replayed ? keep : undefined });
        expect(report).toMatchObject({ applied: true, problemCount: 0 });
        expect(report.steps[replayed ? 'reused' : 'read']).toBeGreaterThanOrEqual(0);
        const rows = await stored(names.map((_, i) => `TX-${String(first + i).padStart(4, '0')}`));
        expect(rows.map((r) => r.full_name)).toEqual(names);
        expect(rows.map((r) => r.name_search)).toEqual(names.map((n) => foldText(n)));
        expect(rows.map((r) => r.name_sort)).toEqual(names.map((n) => personNameSortKey(n)));
        // An empty cell is null, not the text `\N` or an empty text.
        expect(rows.every((r) => r.official_on === null)).toBe(true);
      }
    }
  });
});
