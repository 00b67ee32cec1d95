import type { EntityManager } from '@mikro-orm/knex';
import { subtreeUpperBound, todayInVietnam } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedPaths, rebuildRatingCounts } from '../../apps/server/src/ratings/rating-counts.js';
import { seedBenchmarkProvince, seedDemo } from '../../apps/server/src/seed/index.js';
import { insertMemberRatings, insertOrganizationRatings } from '../../apps/server/src/seed/seeders/quality.js';
import { createMember, createOrg, dbId } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * rating_count, kept by the services (recordRating new and replaced, assessment approvals of the
 * demo) and rebuilt after bulk loads (the demo's and a benchmark province's ratings), always
 * equals a live recount from `rating`, a rebuild from scratch, and the distributions the API
 * answers equal a range count over `rating` (the way they were computed before the rollup).
 */

let server: TestServer;
const CODE = 'RC-BENCH';
const thisYear = Number(todayInVietnam().slice(0, 4));
const sql = () => server.orm.em.fork() as unknown as EntityManager;

beforeAll(async () => {
  server = await startTestServer({
    prepare: async (orm) => {
      await seedDemo(orm, { scale: 1 });
      await seedBenchmarkProvince(orm, { members: 1500, code: CODE });
      const [province] = await orm.em.getConnection().execute<Array<{ id: number }>>(`select id from organization where code = ?`, [CODE]);
      const em = orm.em.fork() as EntityManager;
      await insertOrganizationRatings(em, [2023, 2024], Number(province!.id));
      await insertMemberRatings(em, [2023, 2024], Number(province!.id));
    },
  });
}, 600_000);
afterAll(async () => server?.close());

type Counts = Record<string, number>;

async function liveRecount(): Promise<Counts> {
  const rows = await sql().execute<Array<{ subject: string; year: number; org_path: string; level: string }>>(`select subject, year, org_path, level from rating`);
  const out: Counts = {};
  for (const r of rows) for (const p of countedPaths(r.subject, r.org_path)) {
    const key = `${r.subject}|${Number(r.year)}|${p}|${r.level}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

async function stored(): Promise<Counts> {
  const rows = await sql().execute<Array<{ subject: string; year: number; path: string; level: string; n: number | string; root_id: number }>>(`select * from rating_count`);
  const out: Counts = {};
  for (const r of rows) {
    expect(Number(r.n)).not.toBe(0);
    expect(Number(r.root_id)).toBe(Number(r.path.split('/')[1]));
    out[`${r.subject}|${Number(r.year)}|${r.path}|${r.level}`] = Number(r.n);
  }
  return out;
}

const sorted = (c: Counts) => Object.fromEntries(Object.entries(c).sort(([a], [b]) => a.localeCompare(b)));

const FILTERS = [{ cellTypes: ['RESIDENTIAL', 'AGENCY'] }, { kinds: ['GRASSROOTS_CELL'] }, { kinds: ['CELL'], cellTypes: ['OTHER'] }] as const;

/** A distribution compared: organisations' or members', the latter also filtered by their cells' kind / type. */
interface TrendCase {
  subject: 'ORGANIZATION' | 'MEMBER';
  filter?: (typeof FILTERS)[number];
}

const TREND_CASES: TrendCase[] = [{ subject: 'ORGANIZATION' }, { subject: 'MEMBER' }, ...FILTERS.map((filter) => ({ subject: 'MEMBER' as const, filter }))];

/**
 * The distributions of some organisations from the API against a range count over `rating` on
 * each year's evaluation date: per subject, and members' with each filter (counted with the
 * filter over `rating`, as before the rollup served them).
 */
async function checkTrends(orgIds: string[], years: number[]): Promise<void> {
  const conn = server.orm.em.getConnection();
  for (const c of TREND_CASES) {
    const label = c.filter ? JSON.stringify(c.filter) : c.subject;
    const nodes: any[] = [];
    for (let i = 0; i < orgIds.length; i += 10) {
      const data = await server.data(
        `query($subject: RatingSubject!, $from: Int!, $to: Int!${c.filter ? ', $filter: RatingFilter' : ''}) { ${orgIds
          .slice(i, i + 10)
          .map((id, j) => `n${j}: node(id: "${id}") { id ... on Organization { ratingTrend(subject: $subject, fromYear: $from, toYear: $to${c.filter ? ', filter: $filter' : ''}) { year rated levels { level count } } } }`)
          .join(' ')} }`,
        { subject: c.subject, from: Math.min(...years), to: Math.max(...years), ...(c.filter ? { filter: c.filter } : {}) },
      );
      nodes.push(...Object.values(data).filter(Boolean));
    }
    for (const node of nodes) {
      for (const t of node.ratingTrend) {
        const date = t.year === thisYear ? todayInVietnam() : `${t.year}-12-31`;
        const [link] = await conn.execute<Array<{ path: string }>>(
          `select path from organization_link where organization_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)`,
          [dbId(node.id), date, date],
        );
        const expected: Counts = {};
        if (link) {
          const kinds: readonly string[] = c.filter && 'kinds' in c.filter ? c.filter.kinds : [];
          const types: readonly string[] = c.filter && 'cellTypes' in c.filter ? c.filter.cellTypes : [];
          const filtered = c.filter
            ? ` and exists (select 1 from organization fo where fo.id = r.organization_id
                 ${kinds.length ? `and fo.kind in (${kinds.map(() => '?').join(', ')})` : ''} ${types.length ? `and fo.cell_type in (${types.map(() => '?').join(', ')})` : ''})`
            : '';
          const rows = await conn.execute<Array<{ level: string; n: number | string }>>(
            `select level, count(*) as n from rating r where subject = ? and year = ? and org_path ${c.subject === 'ORGANIZATION' ? '>' : '>='} ? and org_path < ?${filtered}
             group by level`,
            [c.subject, t.year, link.path, subtreeUpperBound(link.path), ...kinds, ...types],
          );
          for (const r of rows) expected[r.level] = Number(r.n);
        }
        const got = Object.fromEntries(t.levels.filter((l: any) => l.count > 0).map((l: any) => [l.level, l.count]));
        expect(got, `${node.id} ${label} ${t.year}`).toEqual(expected);
        if (!c.filter) expect(t.rated).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
      }
    }
  }
}

async function checkEverything(orgIds: string[]): Promise<void> {
  const live = await liveRecount();
  expect(Object.keys(live).length).toBeGreaterThan(0);
  expect(sorted(await stored())).toEqual(sorted(live));
  await rebuildRatingCounts(sql());
  expect(sorted(await stored())).toEqual(sorted(live));
  await checkTrends(orgIds, [2023, 2024, 2025, thisYear]);
}

async function someOrganizations(): Promise<string[]> {
  const rows = await sql().execute<Array<{ id: number }>>(
    `select id from organization where dissolved_on is null and (depth <= 1 or id % 7 = 0) order by id limit 24`,
  );
  return rows.map((r) => Buffer.from(`Organization:${r.id}`).toString('base64url'));
}

describe('rating_count', () => {
  it('equals a live recount after the bulk loads and the demo’s approvals', async () => {
    await checkEverything(await someOrganizations());
  }, 300_000);

  it('follows recordRating (new, replaced, members and organisations) and later moves of the tree', async () => {
    const RECORD = `mutation($input: RecordRatingInput!) { recordRating(input: $input) { lockVersion } }`;
    const province = await createOrg(server, { code: 'RC-P', name: 'Tỉnh thử xếp loại', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
    const other = await createOrg(server, { code: 'RC-Q', name: 'Tỉnh thử khác', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
    const committee = await createOrg(server, { code: 'RC-G', name: 'Đảng bộ thử', kind: 'GRASSROOTS_COMMITTEE', parentId: province, foundedOn: '2000-01-01' });
    const cells = [];
    for (const n of [1, 2, 3]) cells.push(await createOrg(server, { code: `RC-C${n}`, name: `Chi bộ ${n}`, kind: 'CELL', cellType: 'OTHER', parentId: committee, foundedOn: '2000-01-01' }));
    const members = [];
    for (const n of [1, 2, 3, 4]) members.push(await createMember(server, { organizationId: cells[n % 3]!, fullName: `Người ${n}`, birthDate: '1980-05-05', joinedOn: '2010-01-01', since: '2010-01-01' }));
    for (const [i, cell] of cells.entries()) await server.data(RECORD, { input: { organizationId: cell, year: 2024, level: i === 0 ? 'EXCELLENT' : 'GOOD' } });
    await server.data(RECORD, { input: { organizationId: committee, year: 2024, level: 'GOOD' } });
    for (const [i, m] of members.entries()) await server.data(RECORD, { input: { memberId: m, year: 2024, level: i % 2 ? 'GOOD' : 'COMPLETED' } });
    await server.data(RECORD, { input: { memberId: members[0], year: thisYear, level: 'GOOD' } });
    // Replaced: a level and a year's rating of the running year.
    await server.data(RECORD, { input: { organizationId: cells[1], year: 2024, level: 'COMPLETED', expectedVersion: 1 } });
    await server.data(RECORD, { input: { memberId: members[1], year: 2024, level: 'EXCELLENT', expectedVersion: 1 } });
    const ids = [province, other, committee, ...cells];
    await checkEverything(ids);
    // The committee moves to the other province: past ratings stay where they counted then.
    await server.data(`mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { id } }`, { input: { id: committee, newParentId: other, effectiveOn: todayInVietnam() } });
    await server.data(RECORD, { input: { memberId: members[2], year: thisYear, level: 'EXCELLENT' } });
    await checkEverything(ids);
  }, 300_000);
});
