import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MEMBER_STAGE, ORG_STAGE } from './row-checks.js';
import { readStaged, SEPARATOR, type ReadEvent } from './reading.js';

const dir = mkdtempSync(join(tmpdir(), 'fourgood-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const widths = { organizations: ORG_STAGE.length, members: MEMBER_STAGE.length };
const HEADER = 'Số thẻ đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Chức vụ,Mã chi bộ,Từ ngày,Tình trạng';

type Rows = Extract<ReadEvent, { type: 'rows' }>;

/** The events, the batches of rows merged into one (the parser hands rows over as they come). */
async function read(name: string, text: string, worker: boolean): Promise<ReadEvent[]> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const events: ReadEvent[] = [];
  for await (const e of readStaged([{ path, name }], '2026-12-03', widths, { worker })) {
    const last = events[events.length - 1];
    if (e.type === 'rows' && last?.type === 'rows') {
      events[events.length - 1] = { ...last, read: last.read + e.read, staged: last.staged + e.staged, values: [...last.values, ...e.values], problems: [...last.problems, ...e.problems] };
    } else events.push(e);
  }
  return events;
}

// In a worker thread (files of 2 MB or more) and in the calling thread (smaller ones): the same
// events. A worker compiles its TypeScript first here (slow on a loaded machine).
describe.each([true, false])('reading (in a worker: %s)', { timeout: 60_000 }, (worker) => {
  it('stages the checked rows (null for empty cells, row numbers as numbers) and lists the problems of the others', async () => {
    const events = await read('a.csv', [
      HEADER,
      'A-0001,Nguyễn Văn An,Nam,01/01/1980,01/01/2005,,Đảng viên,CB,,',
      'A-0002,Trần Thị Bình,Nữ,01/01/1980,31/12/2030,,Đảng viên,CB,,',
    ].join('\n'), worker);
    expect(events.map((e) => e.type)).toEqual(['header', 'rows', 'end']);
    const rows = events[1] as Rows;
    expect(rows).toMatchObject({ kind: 'members', read: 2, staged: 1, unlisted: 0 });
    expect(rows.values).toHaveLength(MEMBER_STAGE.length);
    expect(rows.values.slice(0, 3)).toEqual([2, 'A-0001', 'Nguyễn Văn An']);
    expect(rows.values[MEMBER_STAGE.indexOf('official_on')]).toBeNull();
    expect(rows.values[MEMBER_STAGE.indexOf('birth_date')]).toBe('1980-01-01');
    expect(rows.problems).toEqual([{ sheet: 'members', file: 'a.csv', row: 3, column: 'joinedOn', reason: 'FUTURE_DATE', given: '31/12/2030', values: { today: '2026-12-03' } }]);
  });

  it('a value holding the separator comes through unchanged', async () => {
    const events = await read('b.csv', [HEADER, `A-0003,Lê Văn${SEPARATOR}Cường,Nam,01/01/1980,01/01/2005,,Đảng viên,CB${SEPARATOR}1,,`].join('\n'), worker);
    const rows = events.find((e) => e.type === 'rows') as Rows;
    expect(rows.values.slice(0, 3)).toEqual([2, 'A-0003', `Lê Văn${SEPARATOR}Cường`]);
    expect(rows.values[MEMBER_STAGE.indexOf('cell_code')]).toBe(`CB${SEPARATOR}1`);
  });

  it('stopping early stops the reading; an unreadable file is reported, not thrown', async () => {
    const big = [HEADER, ...Array.from({ length: 20_000 }, (_, i) => `B-${String(i).padStart(6, '0')},Người ${i},Nam,01/01/1980,01/01/2005,,Đảng viên,CB,,`)].join('\n');
    writeFileSync(join(dir, 'c.csv'), big);
    let batches = 0;
    for await (const e of readStaged([{ path: join(dir, 'c.csv'), name: 'c.csv' }], '2026-12-03', widths, { worker })) if (e.type === 'rows' && ++batches === 1) break;
    expect(batches).toBe(1);
    writeFileSync(join(dir, 'd.xlsx'), 'not a zip');
    expect((await read('d.xlsx', 'not a zip', worker)).map((e) => e.type)).toEqual(['skipped', 'end']);
  });
});
