import type { EntityManager } from '@mikro-orm/knex';
import { addDays, addYears, AGE_BANDS, ageBandOf, ageBandThresholds, ageOn, todayInVietnam } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBenchmarkProvince, seedDemoData } from '../../apps/server/src/seed/index.js';
import { bandCuts } from '../../apps/server/src/stats/stats.service.js';
import { rebuildSubtreeCounts } from '../../apps/server/src/stats/subtree-counts.js';
import { advanceAgeBands } from '../../apps/server/src/stats/age-band-rollup.js';
import { ageBandOnDay } from '../../apps/server/src/stats/rollup-days.js';
import { Migration20261205034500 as FillYearBandsSqlite } from '../../apps/server/src/db/migrations/sqlite/Migration20261205034500.js';
import { Migration20261205034500 as FillYearBandsPostgres } from '../../apps/server/src/db/migrations/postgresql/Migration20261205034500.js';
import { createMember, createOrg, dbId } from '../support/factories.js';
import { startTestServer, testDb, type TestServer } from '../support/server.js';

/*
 * The rolled-up counts of subtree_count, kept by the services through a realistic history
 * (members created, transferred, changing status and corrected; organisations created, moved,
 * merged across provinces and dissolved), always equal a live recount from organization and
 * member, a rebuild from scratch, and what the API answers.
 */

let server: TestServer;
const today = todayInVietnam();
const ids: Record<string, string> = {};
const members: string[] = [];

const sql = (s: TestServer = server) => s.orm.em.fork() as unknown as EntityManager;

async function mutate(name: string, input: Record<string, unknown>): Promise<void> {
  const type = name[0]!.toUpperCase() + name.slice(1);
  await server.data(`mutation($input: ${type}Input!) { ${name}(input: $input) { id } }`, { input });
}

beforeAll(async () => {
  server = await startTestServer();
  const org = async (key: string, kind: string, parent: string | null, extra: Record<string, unknown> = {}) => {
    ids[key] = await createOrg(server, { code: `SC-${key}`, name: `Tổ chức ${key}`, kind, parentId: parent ? ids[parent] : null, foundedOn: '2000-01-01', ...extra });
  };
  // A: D1 { G1 { C1, PC1 { C2 } }, GC1 }, D2 { G2 { C3, C4 } }, GC2    B: G3 { C5, C6 }
  await org('A', 'PROVINCIAL_COMMITTEE', null);
  await org('B', 'PROVINCIAL_COMMITTEE', null);
  await org('D1', 'DIRECTLY_SUPERIOR_COMMITTEE', 'A', { sector: 'DISTRICT' });
  await org('D2', 'DIRECTLY_SUPERIOR_COMMITTEE', 'A', { sector: 'TOWN' });
  await org('G1', 'GRASSROOTS_COMMITTEE', 'D1');
  await org('C1', 'CELL', 'G1', { cellType: 'RESIDENTIAL' });
  await org('PC1', 'PARTIAL_COMMITTEE', 'G1');
  await org('C2', 'CELL', 'PC1', { cellType: 'AGENCY' });
  await org('GC1', 'GRASSROOTS_CELL', 'D1', { cellType: 'PUBLIC_SERVICE' });
  await org('G2', 'GRASSROOTS_COMMITTEE', 'D2');
  await org('C3', 'CELL', 'G2', { cellType: 'RESIDENTIAL' });
  await org('C4', 'CELL', 'G2', { cellType: 'ENTERPRISE' });
  await org('GC2', 'GRASSROOTS_CELL', 'A', { cellType: 'AGENCY' });
  await org('G3', 'GRASSROOTS_COMMITTEE', 'B');
  await org('C5', 'CELL', 'G3', { cellType: 'RESIDENTIAL' });
  await org('C6', 'CELL', 'G3', { cellType: 'OTHER' });
  // 36 members over the cells, with birth dates spread over every band and next to today's thresholds.
  const cells = ['C1', 'C2', 'GC1', 'C3', 'C4', 'GC2', 'C5', 'C6'];
  const near = ageBandThresholds(today).flatMap((t) => [t.bornAfter, addDays(t.bornAfter, 1), addDays(t.bornAfter, -1)]);
  for (let i = 0; i < 36; i += 1) {
    const birthDate = i < near.length ? near[i]! : `${1950 + ((i * 7) % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`;
    members.push(
      await createMember(server, {
        organizationId: ids[cells[i % cells.length]!]!,
        fullName: `Đảng viên số ${i}`,
        gender: i % 3 === 0 ? 'FEMALE' : 'MALE',
        birthDate,
        joinedOn: '2020-01-01',
        since: '2020-01-01',
      }),
    );
  }
});
afterAll(async () => server?.close());

// ------------------------------------------------------------------ the independent recount

type Counts = Map<number, Map<string, number>>;

function bump(counts: Counts, id: number, key: string, n = 1): void {
  const row = counts.get(id) ?? new Map<string, number>();
  row.set(key, (row.get(key) ?? 0) + n);
  counts.set(id, row);
}

/** The day the AGE_BAND rows stand on (the daily job keeps it at today). */
async function rollupDay(s: TestServer = server): Promise<string> {
  const rows = await sql(s).execute<Array<{ day: string }>>(`select day from rollup_day where name = 'AGE_BANDS'`);
  return rows[0]!.day;
}

/** Today's counts of every existing organisation, recounted over path ranges (no subtree_count, no closure); age bands on `bandDay` (YEAR_BAND: on its year's end). */
async function liveRecount(s: TestServer = server, bandDay?: string): Promise<{ table: Counts; members: Array<{ orgId: number; status: string; gender: string; birthDate: string }>; orgs: Map<number, { rootId: number }> }> {
  const upper = `substr(a.path, 1, length(a.path) - 1) || '0'`;
  const birth = testDb() === 'postgres' ? `to_char(m.birth_date, 'YYYY-MM-DD')` : 'm.birth_date';
  const orgRows = await sql(s).execute<Array<{ id: number; root_id: number }>>(`select id, root_id from organization where dissolved_on is null`);
  const kinds = await sql(s).execute<Array<{ id: number; kind: string; n: number | string }>>(
    `select a.id as id, o.kind as kind, count(*) as n from organization a
     join organization o on o.path > a.path and o.path < ${upper} and o.dissolved_on is null
     where a.dissolved_on is null group by a.id, o.kind`,
  );
  const memberRows = await sql(s).execute<Array<{ id: number; status: string; gender: string; birth: string }>>(
    `select a.id as id, m.status as status, m.gender as gender, ${birth} as birth from organization a
     join member m on m.org_path >= a.path and m.org_path < ${upper}
     where a.dissolved_on is null`,
  );
  const day = bandDay ?? (await rollupDay(s));
  const table: Counts = new Map();
  for (const k of kinds) bump(table, Number(k.id), `KIND/${k.kind}`, Number(k.n));
  for (const m of memberRows) {
    bump(table, Number(m.id), `STATUS/${m.status}`);
    bump(table, Number(m.id), `GENDER/${m.gender}`);
    bump(table, Number(m.id), `BIRTH_YEAR/${m.birth.slice(0, 4)}`);
    bump(table, Number(m.id), `AGE_BAND/${ageBandOnDay(m.birth, day)}`);
    bump(table, Number(m.id), `YEAR_BAND/${ageBandOf(ageOn(m.birth, `${day.slice(0, 4)}-12-31`))}`);
  }
  return {
    table,
    members: memberRows.map((m) => ({ orgId: Number(m.id), status: m.status, gender: m.gender, birthDate: m.birth })),
    orgs: new Map(orgRows.map((o) => [Number(o.id), { rootId: Number(o.root_id) }])),
  };
}

async function storedCounts(s: TestServer = server): Promise<{ table: Counts; roots: Map<number, Set<number>> }> {
  const rows = await sql(s).execute<Array<{ organization_id: number; dimension: string; key: string; n: number | string; root_id: number }>>(
    `select organization_id, dimension, key, n, root_id from subtree_count`,
  );
  const table: Counts = new Map();
  const roots = new Map<number, Set<number>>();
  for (const r of rows) {
    bump(table, Number(r.organization_id), `${r.dimension}/${r.key}`, Number(r.n));
    roots.set(Number(r.organization_id), new Set([...(roots.get(Number(r.organization_id)) ?? []), Number(r.root_id)]));
  }
  return { table, roots };
}

const plain = (counts: Counts) =>
  Object.fromEntries([...counts].sort(([a], [b]) => a - b).map(([id, row]) => [id, Object.fromEntries([...row].sort(([a], [b]) => a.localeCompare(b)))]));

const STATS = `organizations organizationsByKind { kind count } members membersByStatus { status count }
  membersByGender { gender count } membersByAgeBand { ageBand count }`;

const FIGURES = `id stats { ${STATS} }
  memberCounts(groupBy: [STATUS, GENDER, AGE_BAND]) { status gender ageBand count } organizationCounts(groupBy: [KIND]) { kind count }`;

/**
 * Every existing organisation's stats, memberCounts and organizationCounts from the API: the
 * provinces, then their descendants a page at a time (pages of 40 stay under the query cost limit).
 */
async function apiFigures() {
  const data = await server.data(`{ provinces { nodes { ${FIGURES} } } }`);
  const nodes: any[] = [...data.provinces.nodes];
  for (const province of data.provinces.nodes) {
    let after: string | null = null;
    do {
      const page: any = await server.data(`query($id: ID!, $after: String) { node(id: $id) { ... on Organization { descendants(first: 40, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${FIGURES} } } } } }`, { id: province.id, after });
      nodes.push(...page.node.descendants.nodes);
      after = page.node.descendants.pageInfo.hasNextPage ? page.node.descendants.pageInfo.endCursor : null;
    } while (after);
  }
  return new Map<number, any>(nodes.map((n: any) => [dbId(n.id), n]));
}

const nonZero = (list: Array<{ count: number }>, key: string) => Object.fromEntries(list.filter((c) => c.count > 0).map((c: any) => [c[key], c.count]));

/** The invariant: stored = live recount = rebuild from scratch = API (stats, memberCounts, organizationCounts). */
async function checkEverything(): Promise<void> {
  expect(await rollupDay()).toBe(today);
  const live = await liveRecount();
  const stored = await storedCounts();
  expect(plain(stored.table)).toEqual(plain(live.table));
  for (const [id, roots] of stored.roots) expect([...roots]).toEqual([live.orgs.get(id)!.rootId]);

  await rebuildSubtreeCounts(sql());
  expect(plain((await storedCounts()).table)).toEqual(plain(live.table));

  const api = await apiFigures();
  expect([...api.keys()].sort((a, b) => a - b)).toEqual([...live.orgs.keys()].sort((a, b) => a - b));
  for (const [id, node] of api) {
    const row = live.table.get(id) ?? new Map<string, number>();
    const of = (dimension: string) => Object.fromEntries([...row].filter(([k]) => k.startsWith(`${dimension}/`)).map(([k, n]) => [k.split('/')[1], n]));
    const bands: Record<string, number> = {};
    for (const m of live.members.filter((x) => x.orgId === id)) {
      const band = ageBandOf(ageOn(m.birthDate, today));
      bands[band] = (bands[band] ?? 0) + 1;
    }
    const stats = node.stats;
    const label = `organisation ${id}`;
    expect(nonZero(stats.organizationsByKind, 'kind'), label).toEqual(of('KIND'));
    expect(stats.organizations, label).toBe(Object.values(of('KIND')).reduce((a, b) => a + b, 0));
    expect(nonZero(stats.membersByStatus, 'status'), label).toEqual(of('STATUS'));
    expect(nonZero(stats.membersByGender, 'gender'), label).toEqual(of('GENDER'));
    expect(nonZero(stats.membersByAgeBand, 'ageBand'), label).toEqual(bands);
    expect(stats.members, label).toBe(live.members.filter((x) => x.orgId === id).length);

    // The analysts' live groupings agree with the rolled-up figures.
    const grouped = (key: 'status' | 'gender' | 'ageBand') => {
      const out: Record<string, number> = {};
      for (const r of node.memberCounts) out[r[key]] = (out[r[key]] ?? 0) + r.count;
      return out;
    };
    expect(grouped('status'), label).toEqual(nonZero(stats.membersByStatus, 'status'));
    expect(grouped('gender'), label).toEqual(nonZero(stats.membersByGender, 'gender'));
    expect(grouped('ageBand'), label).toEqual(nonZero(stats.membersByAgeBand, 'ageBand'));
    expect(Object.fromEntries(node.organizationCounts.map((r: any) => [r.kind, r.count])), label).toEqual(nonZero(stats.organizationsByKind, 'kind'));
  }
}

// ------------------------------------------------------------------ the history

describe('subtree counts kept through the services', () => {
  it('hold after creating organisations and members', async () => {
    await checkEverything();
    const a = (await apiFigures()).get(dbId(ids.A!));
    expect(a.stats.organizations).toBe(11);
    expect(a.stats.members).toBe(28); // 6 of the 8 cells are in A, the 36 members in turn
  });

  it('hold after transfers, status changes (one member deceased) and corrections of gender and birth date', async () => {
    await mutate('transferMember', { id: members[0], organizationId: ids.C3, effectiveOn: '2024-01-10' }); // C1 → C3, other district
    await mutate('transferMember', { id: members[1], organizationId: ids.C1, effectiveOn: '2024-01-10' }); // C2 → C1, same committee
    await mutate('transferMember', { id: members[3], organizationId: ids.C5, effectiveOn: '2024-01-10' }); // C3 → C5, other province
    await mutate('changeMemberStatus', { id: members[9], status: 'EXEMPT', effectiveOn: '2024-02-01' });
    await mutate('changeMemberStatus', { id: members[10], status: 'TEMPORARILY_ELSEWHERE', effectiveOn: '2024-02-01' });
    await mutate('changeMemberStatus', { id: members[11], status: 'DECEASED', effectiveOn: '2024-02-01' });
    await mutate('changeMemberStatus', { id: members[12], status: 'TRANSFERRED_OUT', effectiveOn: '2024-02-01' });
    await mutate('changeMemberStatus', { id: members[13], status: 'REMOVED', effectiveOn: '2024-02-01' });
    await mutate('changeMemberStatus', { id: members[9], status: 'ACTIVE', effectiveOn: '2024-03-01' });
    await mutate('changeMemberStatus', { id: members[14], status: 'EXEMPT', effectiveOn: '2024-03-01' });
    await mutate('updateMember', { id: members[15], gender: 'FEMALE' });
    await mutate('updateMember', { id: members[16], birthDate: '1971-06-30' });
    await mutate('updateMember', { id: members[17], birthDate: '1975-01-02', gender: 'MALE' });
    await mutate('updateMember', { id: members[11], birthDate: '1950-01-01' }); // deceased: counted nowhere
    await mutate('updateMember', { id: members[18], fullName: 'Đổi tên thôi' });
    await checkEverything();
  });

  it('hold after moves within a province, across provinces and up a level', async () => {
    await mutate('moveOrganization', { id: ids.G1, newParentId: ids.D2, effectiveOn: '2024-06-01' }); // with PC1, C1, C2
    await mutate('moveOrganization', { id: ids.G2, newParentId: ids.B, effectiveOn: '2024-06-01' }); // to the other province
    await mutate('moveOrganization', { id: ids.GC2, newParentId: ids.D1, effectiveOn: '2024-06-01' });
    await mutate('moveOrganization', { id: ids.GC1, newParentId: ids.A, effectiveOn: '2024-06-01' });
    await checkEverything();
  });

  it('hold after merges of cells, of committees and of a whole province, dissolutions and later changes', async () => {
    await mutate('mergeOrganizations', { sourceId: ids.C2, targetId: ids.C1, effectiveOn: '2025-01-01' }); // members move
    await mutate('mergeOrganizations', { sourceId: ids.D1, targetId: ids.D2, effectiveOn: '2025-01-01' }); // children move
    await mutate('mergeOrganizations', { sourceId: ids.C6, targetId: ids.C3, effectiveOn: '2025-01-01' }); // both in B now
    await checkEverything();
    await mutate('mergeOrganizations', { sourceId: ids.B, targetId: ids.A, effectiveOn: '2025-07-01' }); // across provinces
    await mutate('dissolveOrganization', { id: ids.PC1, effectiveOn: '2025-07-01' }); // emptied by the first merge
    await checkEverything();

    await createOrg(server, { code: 'SC-C7', name: 'Chi bộ mới', kind: 'CELL', cellType: 'OTHER', parentId: ids.G3, foundedOn: '2025-08-01' });
    const c8 = await createOrg(server, { code: 'SC-C8', name: 'Chi bộ tạm', kind: 'CELL', cellType: 'OTHER', parentId: ids.G2, foundedOn: '2025-08-01' });
    const newcomer = await createMember(server, { organizationId: c8, fullName: 'Người mới', birthDate: '1999-09-09', joinedOn: '2025-08-01', since: '2025-08-01' });
    await mutate('transferMember', { id: newcomer, organizationId: ids.C1, effectiveOn: '2025-09-01' });
    await mutate('dissolveOrganization', { id: c8, effectiveOn: '2025-09-01' });
    await mutate('transferMember', { id: members[3], organizationId: ids.GC1, effectiveOn: '2025-09-01' });
    await mutate('changeMemberStatus', { id: members[20], status: 'DECEASED', effectiveOn: '2025-09-01' });
    await checkEverything();

    const data = await server.data(`{ provinces { nodes { code stats { organizations members } } } }`);
    // B, D1, PC1, C2, C6 and C8 are gone, C7 and C8 were founded; 4 of the 37 members have left.
    expect(data.provinces.nodes).toEqual([{ code: 'SC-A', stats: { organizations: 11, members: 33 } }]);
  });
});

// ------------------------------------------------------------------ age bands cut inside a birth year

describe('age bands when a threshold falls inside a birth year', () => {
  const year = Number(today.slice(0, 4));
  // Today, and later dates (counted from today's rows) whose thresholds fall early and late in their
  // years, so that both sides of the correction are used; one on 29 February.
  const dates = [today, `${year + 1}-02-10`, `${year + 1}-11-28`, `${year + 2 + ((4 - ((year + 2) % 4)) % 4)}-02-29`, `${year + 1}-07-01`];
  const births: string[] = [];
  let cell = '';
  let other = '';

  beforeAll(async () => {
    const province = await createOrg(server, { code: 'SC-BANDS', name: 'Tỉnh thử tuổi', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
    const committee = await createOrg(server, { code: 'SC-BANDS-G', name: 'Đảng bộ thử', kind: 'GRASSROOTS_COMMITTEE', parentId: province, foundedOn: '2000-01-01' });
    cell = await createOrg(server, { code: 'SC-BANDS-C', name: 'Chi bộ thử', kind: 'CELL', cellType: 'OTHER', parentId: committee, foundedOn: '2000-01-01' });
    other = await createOrg(server, { code: 'SC-BANDS-C2', name: 'Chi bộ thử 2', kind: 'CELL', cellType: 'OTHER', parentId: committee, foundedOn: '2000-01-01' });
    for (const asOf of dates) {
      for (const t of ageBandThresholds(asOf)) {
        const y = t.bornAfter.slice(0, 4);
        for (const b of [t.bornAfter, addDays(t.bornAfter, -1), addDays(t.bornAfter, 1), `${y}-01-01`, `${y}-12-31`]) if (!births.includes(b) && b <= addYears(today, -18)) births.push(b);
      }
    }
    let i = 0;
    for (const b of births) {
      await createMember(server, { organizationId: i % 3 === 0 ? other : cell, fullName: `Thử tuổi ${i}`, birthDate: b, joinedOn: '2025-01-01', since: '2025-01-01' });
      i += 1;
    }
  });

  it('chooses the smaller side of the year for the exact count', () => {
    const early = bandCuts(`${year + 1}-02-10`);
    const late = bandCuts(`${year + 1}-11-28`);
    expect(early.every((c) => c.side === 'before')).toBe(true);
    expect(late.every((c) => c.side === 'after')).toBe(true);
  });

  it('counts members born just before, on and just after each threshold in their band, for every date', async () => {
    const bornIn = (list: string[], asOf: string) => {
      const out: Record<string, number> = Object.fromEntries(AGE_BANDS.map((b) => [b, 0]));
      for (const b of list) out[ageBandOf(ageOn(b, asOf))] += 1;
      return out;
    };
    const cellBirths = births.filter((_, i) => i % 3 !== 0);
    for (const asOf of dates) {
      // The cell, its committee and the province in one batch (three prefix lengths), and every province (several roots).
      const data = await server.data(
        `query($cell: ID!, $asOf: Date) {
           cell: node(id: $cell) { ... on Organization { stats(asOf: $asOf) { members membersByAgeBand { ageBand count } }
             memberCounts(groupBy: [AGE_BAND], asOf: $asOf) { ageBand count }
             ancestors { stats(asOf: $asOf) { members membersByAgeBand { ageBand count } } } } }
           provinces { nodes { code stats(asOf: $asOf) { membersByAgeBand { ageBand count } } } } }`,
        { cell, asOf },
      );
      // Bands with no member are left out of the answer (issue #14): every band, zeros filled in.
      const bands = (s: any) => ({ ...Object.fromEntries(AGE_BANDS.map((b) => [b, 0])), ...Object.fromEntries(s.membersByAgeBand.map((b: any) => [b.ageBand, b.count])) });
      expect(bands(data.cell.stats), asOf).toEqual(bornIn(cellBirths, asOf));
      const live = Object.fromEntries(AGE_BANDS.map((b) => [b, 0]));
      for (const r of data.cell.memberCounts) live[r.ageBand] = r.count;
      expect(live, asOf).toEqual(bornIn(cellBirths, asOf));
      for (const a of data.cell.ancestors) expect(bands(a.stats), asOf).toEqual(bornIn(births, asOf));
      const province = data.provinces.nodes.find((p: any) => p.code === 'SC-BANDS');
      expect(bands(province.stats), asOf).toEqual(bornIn(births, asOf));
    }
  });

  it('reads today\'s age bands from the rollup in the same statement, and asks for the exact count only on other dates', async () => {
    const q = (fields: string, asOf = today) =>
      server.gql(`query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { children { nodes { stats(asOf: $asOf) { ${fields} } } } } } }`, { id: ids.A, asOf });
    const without = await q('members membersByStatus { status count } organizations');
    const withBands = await q('members membersByAgeBand { ageBand count }');
    expect(withBands.extensions!.sql!.statements).toBe(without.extensions!.sql!.statements);
    const later = await q('members membersByAgeBand { ageBand count }', `${year + 1}-07-02`);
    expect(later.extensions!.sql!.statements).toBe(without.extensions!.sql!.statements + 1);
  });

  it('keeps answers out of caches without Apollo per-field cache-control hooks', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: server.cookie },
      body: JSON.stringify({ query: '{ provinces { totalCount } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

// ------------------------------------------------------------------ the daily age-band job

describe('the daily job that moves age bands as birthdays cross the thresholds', () => {
  const year = Number(today.slice(0, 4));
  // Day by day over a threshold, across a year's end, far ahead (2 July), back again, and home.
  const days = [today, addDays(today, 1), addDays(today, 2), `${year}-12-31`, `${year + 1}-01-01`, `${year + 1}-07-02`, `${year + 1}-03-01`, today].filter((d) => d >= today);
  let province = '';
  let cell = '';
  const births: string[] = [];

  beforeAll(async () => {
    province = await createOrg(server, { code: 'SC-DAILY', name: 'Tỉnh thử ngày', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
    const committee = await createOrg(server, { code: 'SC-DAILY-G', name: 'Đảng bộ thử ngày', kind: 'GRASSROOTS_COMMITTEE', parentId: province, foundedOn: '2000-01-01' });
    cell = await createOrg(server, { code: 'SC-DAILY-C', name: 'Chi bộ thử ngày', kind: 'CELL', cellType: 'OTHER', parentId: committee, foundedOn: '2000-01-01' });
    // Members born on, just before and just after every threshold of every day of the walk.
    for (const day of days) {
      for (const t of ageBandThresholds(day)) for (const b of [t.bornAfter, addDays(t.bornAfter, -1), addDays(t.bornAfter, 1)]) if (!births.includes(b)) births.push(b);
    }
    let i = 0;
    for (const b of births) {
      await createMember(server, { organizationId: cell, fullName: `Thử ngày ${i}`, birthDate: b, joinedOn: '2025-01-01', since: '2025-01-01' });
      i += 1;
    }
  });

  const bornIn = (list: string[], day: string) => {
    const out: Record<string, number> = Object.fromEntries(AGE_BANDS.map((b) => [b, 0]));
    for (const b of list) out[ageBandOf(ageOn(b, day))] += 1;
    return out;
  };

  it('keeps the rollup equal to a live recount on every day of the walk, and the API answers from it', async () => {
    let moved = 0;
    for (const [step, day] of days.entries()) {
      const result = await advanceAgeBands(sql(), day);
      moved += result.moved;
      expect(await rollupDay()).toBe(day);
      // A member added while the rollup stands on this day is counted in its band of this day.
      const extra = addDays(ageBandThresholds(day)[1]!.bornAfter, step % 2);
      births.push(extra);
      await createMember(server, { organizationId: cell, fullName: `Thêm ngày ${step}`, birthDate: extra, joinedOn: '2025-01-01', since: '2025-01-01' });

      const live = await liveRecount(server, day);
      const stored = await storedCounts();
      expect(plain(stored.table), day).toEqual(plain(live.table));

      const query = (fields: string) =>
        server.gql(`query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { stats(asOf: $asOf) { ${fields} } descendants { nodes { stats(asOf: $asOf) { ${fields} } } } } } }`, { id: province, asOf: day });
      const withBands = await query('members membersByAgeBand { ageBand count }');
      const without = await query('members membersByStatus { status count }');
      // On the rollup's day the bands come with the other rows: no statement for a correction.
      expect(withBands.extensions!.sql!.statements, day).toBe(without.extensions!.sql!.statements);
      const bands = (s: any) => Object.fromEntries(s.membersByAgeBand.map((b: any) => [b.ageBand, b.count]));
      expect(bands(withBands.data.node.stats), day).toEqual(bornIn(births, day));
      for (const d of withBands.data.node.descendants.nodes) expect(bands(d.stats), day).toEqual(bornIn(births, day));
    }
    // Members did cross thresholds on the way (the walk is not trivially empty).
    expect(moved).toBeGreaterThan(0);
    await checkEverything();
  });

  it('builds the rollup whole on a database where it was never built', async () => {
    await sql().execute(`delete from subtree_count where dimension in ('AGE_BAND', 'YEAR_BAND')`);
    await sql().execute(`delete from rollup_day`);
    const result = await advanceAgeBands(sql(), today);
    expect(result.from).toBeNull();
    await checkEverything();
  });
});

// ------------------------------------------------------------------ leaders' bands: YEAR_BAND

describe("leaders' age bands (on their year's end) from the YEAR_BAND rows", () => {
  const year = Number(today.slice(0, 4));
  // A day next to today in the same year (yesterday on 31 December): its thresholds are crossed, no year's end.
  const nextDay = addDays(today, 1).slice(0, 4) === today.slice(0, 4) ? addDays(today, 1) : addDays(today, -1);
  let province = '';
  const cells: string[] = [];
  const committees: string[] = [];
  const births: Array<{ cell: number; birthDate: string }> = [];
  let leader: Awaited<ReturnType<TestServer['userWith']>>;

  beforeAll(async () => {
    province = await createOrg(server, { code: 'SC-YB', name: 'Tỉnh thử năm', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
    for (const c of [0, 1]) {
      const committee = await createOrg(server, { code: `SC-YB-G${c}`, name: `Đảng bộ thử năm ${c}`, kind: 'GRASSROOTS_COMMITTEE', parentId: province, foundedOn: '2000-01-01' });
      committees.push(committee);
      cells.push(await createOrg(server, { code: `SC-YB-C${c}`, name: `Chi bộ thử năm ${c}`, kind: 'CELL', cellType: 'OTHER', parentId: committee, foundedOn: '2000-01-01' }));
    }
    // Born on the first and last day of every threshold's year and the years around it, on this
    // year's end and the next one's (the years that change band at the year's end), and on
    // tomorrow's exact thresholds (the job's day by day move: their AGE_BAND changes, not their YEAR_BAND).
    const dates = new Set<string>();
    for (const end of [`${year}-12-31`, `${year + 1}-12-31`]) {
      for (const t of ageBandThresholds(end)) {
        const y = Number(t.bornAfter.slice(0, 4));
        for (const yy of [y - 1, y, y + 1]) for (const d of ['01-01', '12-31']) dates.add(`${yy}-${d}`);
      }
    }
    for (const t of ageBandThresholds(nextDay)) for (const b of [t.bornAfter, addDays(t.bornAfter, 1)]) dates.add(b);
    let i = 0;
    for (const birthDate of [...dates].sort()) {
      const cell = i % 2;
      await createMember(server, { organizationId: cells[cell]!, fullName: `Thử năm ${i}`, birthDate, joinedOn: '2025-01-01', since: '2025-01-01' });
      births.push({ cell, birthDate });
      i += 1;
    }
    leader = await server.userWith('leader-yb', [{ role: 'LEADER', organizationId: province }]);
  });

  /** The bands by the age reached in `asOf`'s year, recounted from the birth dates created here (rules alone). */
  const reached = (list: string[], asOf: string) => {
    const out: Record<string, number> = {};
    for (const b of list) {
      const band = ageBandOf(ageOn(b, `${asOf.slice(0, 4)}-12-31`));
      out[band] = (out[band] ?? 0) + 1;
    }
    return out;
  };

  /** A leader's drill-down of the province on `asOf` (the province and its committees), and its statements. */
  async function drill(asOf: string, fields = 'members membersByAgeBand { ageBand count }') {
    const res = await leader.gql(
      `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { stats(asOf: $asOf) { ${fields} }
         children { nodes { id stats(asOf: $asOf) { ${fields} } } } } } }`,
      { id: province, asOf },
    );
    expect(res.errors).toBeUndefined();
    return { data: res.data as any, statements: res.extensions!.sql!.statements as number };
  }

  const bands = (s: any) => Object.fromEntries(s.membersByAgeBand.map((b: any) => [b.ageBand, b.count]));

  async function expectLeaderFigures(asOf: string): Promise<void> {
    const { data, statements } = await drill(asOf);
    const label = `asOf ${asOf}, rollup on ${await rollupDay()}`;
    expect(bands(data.node.stats), label).toEqual(reached(births.map((b) => b.birthDate), asOf));
    expect(data.node.children.nodes.length).toBe(2);
    for (const node of data.node.children.nodes) {
      const c = committees.map(dbId).indexOf(dbId(node.id));
      const mine = births.filter((b) => b.cell === c).map((b) => b.birthDate);
      expect(bands(node.stats), label).toEqual(reached(mine, asOf));
      expect(node.stats.members, label).toBe(mine.length);
    }
    // The bands come in the statement of the other figures: no exact count on a year's end.
    expect(statements, label).toBe((await drill(asOf, 'members membersByStatus { status count }')).statements);
  }

  const yearBandRows = async () =>
    plain(
      new Map(
        [...(await storedCounts()).table].map(([id, row]) => [id, new Map([...row].filter(([k]) => k.startsWith('YEAR_BAND/')))] as [number, Map<string, number>]),
      ),
    );

  it('moves YEAR_BAND across a year end and back (and not on a threshold day within the year), equal to a live recount and a rebuild', async () => {
    expect(await rollupDay()).toBe(today);
    await expectLeaderFigures(today);
    const before = await yearBandRows();

    // A threshold day inside the year: members cross an exact threshold, no birth year changes band.
    const step = await advanceAgeBands(sql(), nextDay);
    expect(step.moved).toBeGreaterThan(0);
    expect(await yearBandRows()).toEqual(before);
    expect(plain((await storedCounts()).table)).toEqual(plain((await liveRecount(server, nextDay)).table));
    await expectLeaderFigures(today);

    for (const day of [`${year}-12-31`, `${year + 1}-01-01`, `${year}-12-31`, `${year + 1}-01-01`, today]) {
      await advanceAgeBands(sql(), day);
      expect(await rollupDay()).toBe(day);
      const live = await liveRecount(server, day);
      expect(plain((await storedCounts()).table), day).toEqual(plain(live.table));
      // The leader's figures this year and next year: from YEAR_BAND in the rollup day's year,
      // from the birth years in the other; the same either way, and equal to the recount.
      await expectLeaderFigures(today);
      await expectLeaderFigures(`${year + 1}-06-15`);
      if (day.startsWith(`${year + 1}`)) {
        // The next year's bands differ from this year's (the walk does move YEAR_BAND rows).
        expect(await yearBandRows(), day).not.toEqual(before);
        await rebuildSubtreeCounts(sql());
        expect(plain((await storedCounts()).table), `${day} rebuilt`).toEqual(plain(live.table));
      }
    }
    expect(await yearBandRows()).toEqual(before);
    await checkEverything();
  });

  it('answers leaders from the YEAR_BAND rows in the rollup day\'s year, from the birth years in another year', async () => {
    const [committee] = (await drill(today)).data.node.children.nodes;
    const id = dbId(committee.id);
    const [row] = await sql().execute<Array<{ key: string; n: number | string }>>(
      `select key, n from subtree_count where organization_id = ? and dimension = 'YEAR_BAND' order by key limit 1`,
      [id],
    );
    const figure = async (asOf: string) => bands((await drill(asOf)).data.node.children.nodes[0].stats)[row!.key];
    const [thisYear, nextYear] = [await figure(today), await figure(`${year + 1}-06-15`)];
    // A marked row shows in this year's answer only (its only source); put back after.
    await sql().execute(`update subtree_count set n = n + 1000 where organization_id = ? and dimension = 'YEAR_BAND' and key = ?`, [id, row!.key]);
    try {
      expect(await figure(today)).toBe(thisYear + 1000);
      expect(await figure(`${year + 1}-06-15`)).toBe(nextYear);
    } finally {
      await sql().execute(`update subtree_count set n = n - 1000 where organization_id = ? and dimension = 'YEAR_BAND' and key = ?`, [id, row!.key]);
    }
    expect(await figure(today)).toBe(thisYear);
  });

  it('is filled by the migration from the BIRTH_YEAR rows, equal to a rebuild, for the rollup day\'s year', async () => {
    for (const day of [`${year + 1}-01-01`, today]) {
      await advanceAgeBands(sql(), day);
      await sql().execute(`delete from subtree_count where dimension = 'YEAR_BAND'`);
      const em = sql();
      const Fill = testDb() === 'postgres' ? FillYearBandsPostgres : FillYearBandsSqlite;
      const migration = new Fill(em.getDriver() as never, em.config);
      await migration.up();
      for (const q of migration.getQueries()) await em.execute(String(q), [], 'run');
      expect(plain((await storedCounts()).table), day).toEqual(plain((await liveRecount(server, day)).table));
    }
    await checkEverything();
  });
});

// ------------------------------------------------------------------ the seeds

describe('subtree counts of the seeded data', () => {
  let seeded: TestServer;
  beforeAll(async () => {
    seeded = await startTestServer({
      prepare: async (orm) => {
        // Rebuilt after the bulk load, then kept by the services through the 2023 transfer and the 2025 restructure.
        await seedDemoData(orm, { scale: 1 });
        await seedBenchmarkProvince(orm, { members: 2000, code: 'BENCH-SC' });
      },
    });
  });
  afterAll(async () => seeded?.close());

  it('equal a live recount after the demo history and a benchmark province', async () => {
    const live = await liveRecount(seeded);
    const stored = await storedCounts(seeded);
    expect(plain(stored.table)).toEqual(plain(live.table));
    for (const [id, roots] of stored.roots) expect([...roots]).toEqual([live.orgs.get(id)!.rootId]);
  });
});
