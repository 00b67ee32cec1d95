import type { ImportJobView } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, snapshot } from '../support/api.js';
import { createMember, createOrg } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * A name with no letter ("\.", "...", "---", "123"; issue #12, bad input). Its sort key had no
 * letter to order by: an import staged the empty key as null and failed on the NOT NULL
 * constraint (an internal error, the job FAILED), and the mutations stored a member named "..."
 * with an empty sort key. Now an import lists the row, the column and NO_LETTER like any other bad
 * value and writes nothing; the mutations answer VALIDATION_FAILED on the field and change nothing.
 */

let server: TestServer;
const ids: Record<string, string> = {};

/** Names without a letter: punctuation, a backslash, digits, words of them, combining marks with no letter under them. */
const NO_LETTER = ['\\.', '...', '---', '123', '- 1 -', '\u0301\u0323'];

const ORG_HEADER = 'Mã;Tên;Loại;Khối;Loại hình chi bộ;Mã cấp trên;Từ ngày';
const MEMBER_HEADER = 'Số thẻ đảng viên;Họ và tên;Giới tính;Ngày sinh;Ngày vào Đảng;Ngày chính thức;Chức vụ;Mã chi bộ;Từ ngày;Tình trạng';
const member = (card: string, name: string) => `${card};${name};Nam;01/01/1980;01/01/2005;01/01/2006;Đảng viên;NL-CB;01/01/2010;Đang sinh hoạt`;

const upload = (name: string, body: string, query = '') =>
  fetch(`${server.url}/dataio/import${query}`, {
    method: 'POST',
    headers: { cookie: server.cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    body,
  });

/** Posts the file as an import job and polls it until it has ended (each poll waits on the server's answer). */
async function runJob(name: string, body: string, query = ''): Promise<ImportJobView> {
  const res = await upload(name, body, query);
  expect(res.status).toBe(202);
  const { job } = (await res.json()) as { job: ImportJobView };
  for (;;) {
    const seen = (await (await fetch(`${server.url}/dataio/jobs/${job.id}`, { headers: { cookie: server.cookie } })).json()) as ImportJobView;
    if (!['QUEUED', 'RUNNING'].includes(seen.state)) return seen;
  }
}

const found = (job: ImportJobView) => (job.report?.problems ?? []).map((p) => `${p.row}:${p.column}:${p.reason}:${p.given ?? ''}`);

beforeAll(async () => {
  server = await startTestServer();
  ids.province = await createOrg(server, { code: 'NL', name: 'Đảng bộ tỉnh Chữ', kind: 'PROVINCIAL_COMMITTEE' });
  ids.cell = await createOrg(server, { code: 'NL-CB', name: 'Chi bộ cơ quan', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.province, foundedOn: '2000-01-01' });
  ids.member = await createMember(server, { organizationId: ids.cell, fullName: 'Nguyễn Văn An', since: '2019-01-01' });
});
afterAll(async () => {
  await server?.close();
});

describe('an import row whose name has no letter', () => {
  it('members: the row, the column and NO_LETTER are listed, in a dry run and an apply, and nothing is written', async () => {
    const rows = [member('NL-0001', 'Trần Thị Bình'), ...NO_LETTER.map((name, i) => member(`NL-01${i}0`, name))];
    const file = [MEMBER_HEADER, ...rows].join('\r\n');
    const expected = NO_LETTER.map((name, i) => `${i + 3}:fullName:NO_LETTER:${name}`);
    const before = await snapshot(server);
    for (const query of ['?dryRun=1', '']) {
      const job = await runJob('dang-vien.csv', file, query);
      expect(job, JSON.stringify(job.error)).toMatchObject({ state: 'DONE', error: null, report: { applied: false, problemCount: NO_LETTER.length } });
      expect(found(job)).toEqual(expected);
      expect(await snapshot(server)).toBe(before);
    }
    expect(server.internalErrors).toEqual([]);
  });

  it('organisations: the row, the column and NO_LETTER are listed, and nothing is written', async () => {
    const rows = ['NL-X1;Đảng ủy xã Một;GRASSROOTS_COMMITTEE;;;NL;2000-01-01', ...NO_LETTER.map((name, i) => `NL-C${i};${name};GRASSROOTS_CELL;;AGENCY;NL;2000-01-01`)];
    const before = await snapshot(server);
    for (const query of ['?dryRun=1', '']) {
      const job = await runJob('to-chuc.csv', [ORG_HEADER, ...rows].join('\r\n'), query);
      expect(job, JSON.stringify(job.error)).toMatchObject({ state: 'DONE', error: null, report: { applied: false, problemCount: NO_LETTER.length } });
      expect(found(job)).toEqual(NO_LETTER.map((name, i) => `${i + 3}:name:NO_LETTER:${name}`));
      expect(await snapshot(server)).toBe(before);
    }
    expect(server.internalErrors).toEqual([]);
  });

  it('a name with a letter among digits and punctuation, or only in a word of its own, is still a name', async () => {
    const names = ['Nguyễn Văn 2', 'Ư.', '... Đ', 'A.'];
    const job = await runJob('dang-vien-tot.csv', [MEMBER_HEADER, ...names.map((name, i) => member(`NL-02${i}0`, name))].join('\r\n'));
    expect(job.report, JSON.stringify(job.error)).toMatchObject({ applied: true, problemCount: 0, counts: { members: { created: names.length } } });
  });
});

describe('the mutations', () => {
  const createMemberQ = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`;
  const updateMemberQ = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`;
  const createOrgQ = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
  const updateOrgQ = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;

  it('answer VALIDATION_FAILED (NO_LETTER) on the name and change nothing', async () => {
    const before = await snapshot(server);
    for (const name of NO_LETTER) {
      const cases: Array<[string, Record<string, unknown>, string]> = [
        [createMemberQ, { organizationId: ids.cell, cardNumber: 'NL-9000', fullName: name, gender: 'MALE', birthDate: '1980-01-01', joinedOn: '2005-01-01', position: 'MEMBER', since: '2019-01-01' }, 'input.fullName'],
        [updateMemberQ, { id: ids.member, fullName: name }, 'input.fullName'],
        [createOrgQ, { code: 'NL-CB2', name, kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.province, foundedOn: '2000-01-01' }, 'input.name'],
        [updateOrgQ, { id: ids.cell, name }, 'input.name'],
      ];
      for (const [query, input, field] of cases) {
        const res = await server.gql(query, { input });
        expectError(res, 'VALIDATION_FAILED', field);
        expect(res.errors![0]!.extensions!.reason, `${query} ${JSON.stringify(name)}`).toBe('NO_LETTER');
      }
    }
    expect(await snapshot(server)).toBe(before);
  });

  it('keep accepting a name with a letter', async () => {
    const res = await server.gql(updateMemberQ, { input: { id: ids.member, fullName: 'Nguyễn Văn 2' } });
    expect(res.errors).toBeUndefined();
    expect((await server.gql(updateOrgQ, { input: { id: ids.cell, name: 'Chi bộ 3' } })).errors).toBeUndefined();
  });
});
