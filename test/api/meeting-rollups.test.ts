import type { EntityManager } from '@mikro-orm/knex';
import { addDays, meetingStatsSpan, todayInVietnam } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_FACT_COLUMNS, MEETING_STREAKS, rebuildMeetingRollups } from '../../apps/server/src/meetings/meeting-rollups.js';
import { MEETING_SUBTREE_LAST, MEETING_SUBTREE_YEARS, rebuildMeetingSubtreeYears } from '../../apps/server/src/meetings/meeting-subtree-years.js';
import { writeRollupDay } from '../../apps/server/src/stats/rollup-days.js';
import { startDailyRollups } from '../../apps/server/src/rollups.js';
import { Rng } from '../../apps/server/src/seed/random.js';
import { createMember, createOrg, dbId } from '../support/factories.js';
import { meetingRecount, sorted, sortedKeys, type FlagRow, type Link, type MeetingRow } from '../support/meeting-recount.js';
import { startTestServer, systemServices, type TestServer } from '../support/server.js';

/*
 * Property test of the meeting rollups (meeting_month, meeting_cell_year, meeting_streak_year,
 * meeting_subtree_year, meeting_subtree_stage, meeting_subtree_entry): after random meeting writes through the API (record, update, delete,
 * meeting windows re-applied) and random changes of the dated tree (cells moving between
 * committees, a committee moving between provinces, cells founded in the past, dissolved or
 * merged, all on past dates), the rollups equal a live recount from `meeting` and a
 * rebuild from scratch, and meetingStats over random spans (partial months at both ends, spans
 * across a year end) equals the figures counted here from `meeting` and `organization_link`
 * by the definition (each meeting where its cell sat on its date; per cell, the months and
 * quarters due over the part of the span it sat in the subtree against those it met in; the
 * members with an attendance row in the subtree and span whose run of absences with reason
 * reached the flag), as does meetingStats from Jan 1 to days on either side of a 10th, a
 * quarter's, a month's and the year's end, and the running year with "today" injected as such
 * days (checkToDays); a new year is right before the daily job adds its rows and after. Cell 1 records most meetings and its second member is nearly always absent
 * with reason, so that runs reach the flag, end and start again as meetings are recorded,
 * moved and deleted.
 */

let server: TestServer;
const sql = () => server.orm.em.fork() as unknown as EntityManager;
const today = todayInVietnam();
const ids: Record<string, string> = {};
const members = new Map<string, string[]>();
const KINDS = ['REGULAR', 'REGULAR', 'REGULAR', 'REGULAR_WITH_THEMATIC', 'THEMATIC', 'EXTRAORDINARY'] as const;
const STATUSES = ['PRESENT', 'PRESENT', 'PRESENT', 'EXCUSED', 'UNEXCUSED'] as const;

beforeAll(async () => {
  server = await startTestServer();
  ids.p = await createOrg(server, { code: 'MR-P', name: 'Tỉnh thử họp', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' });
  ids.q = await createOrg(server, { code: 'MR-Q', name: 'Tỉnh thử họp khác', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1990-01-01' });
  ids.g1 = await createOrg(server, { code: 'MR-G1', name: 'Đảng bộ xã Một', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.p, foundedOn: '1995-01-01' });
  ids.g2 = await createOrg(server, { code: 'MR-G2', name: 'Đảng bộ xã Hai', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.p, foundedOn: '1995-01-01' });
  ids.g3 = await createOrg(server, { code: 'MR-G3', name: 'Đảng bộ xã Ba', kind: 'GRASSROOTS_COMMITTEE', parentId: ids.q, foundedOn: '1995-01-01' });
  for (const n of [1, 2, 3, 4, 5]) {
    const cell = await createOrg(server, { code: `MR-C${n}`, name: `Chi bộ họp ${n}`, kind: 'CELL', cellType: n % 2 ? 'RESIDENTIAL' : 'AGENCY', parentId: n <= 3 ? ids.g1 : n === 4 ? ids.g2 : ids.g3, foundedOn: '2000-01-01' });
    ids[`c${n}`] = cell;
    const list = [];
    for (const m of [1, 2]) list.push(await createMember(server, { organizationId: cell, fullName: `Đảng viên ${n}.${m}`, since: '2020-01-01' }));
    members.set(cell, list);
  }
}, 300_000);
afterAll(async () => server?.close());

const cells = () => [1, 2, 3, 4, 5].map((n) => ids[`c${n}`]!);

/** A random day from 2024-01-01 to today (dates of meetings cannot be in the future). */
function randomDay(rng: Rng): string {
  const span = (Date.parse(today) - Date.parse('2024-01-01')) / 86_400_000;
  return addDays('2024-01-01', rng.int(0, span));
}

function input(rng: Rng, cell: string) {
  const kind = pick(rng, KINDS);
  const start = pick(rng, ['08:00', '14:00', '19:00']);
  return {
    kind,
    date: randomDay(rng),
    startTime: start,
    endTime: `${String(Number(start.slice(0, 2)) + 2).padStart(2, '0')}:00`,
    place: 'Hội trường',
    topic: kind === 'THEMATIC' || kind === 'REGULAR_WITH_THEMATIC' ? 'Chuyên đề' : null,
    draftResolution: true,
    fullMinutes: true,
    attendance: members.get(cell)!.map((memberId, i) => {
      // The second member of cell 1 is away for a long stretch (absent with reason, mostly).
      const status = i === 1 && cell === ids.c1 && rng.chance(0.95) ? 'EXCUSED' : i === 1 && rng.chance(0.6) ? 'EXCUSED' : pick(rng, STATUSES);
      return { memberId, status, ...(status === 'EXCUSED' ? { reason: 'Ốm' } : {}) };
    }),
  };
}

/** A write the rules may refuse (a second regular meeting in a month, a move before the last): fine; anything else fails the test. */
async function attempt(query: string, variables: Record<string, unknown>): Promise<boolean> {
  const res = await server.gql<Record<string, unknown>>(query, variables);
  if (!res.errors?.length) return true;
  for (const e of res.errors) expect(['CONFLICT', 'VALIDATION_FAILED'], JSON.stringify(e)).toContain((e.extensions as { code?: string } | undefined)?.code);
  return false;
}

/** Cells founded by the random tree changes (then dissolved or merged into cell 5: `gone`). */
const founded: string[] = [];
const gone: string[] = [];

async function randomWrites(seed: string, count: number, moveDates: string[]): Promise<number> {
  const rng = new Rng(seed);
  let done = 0;
  for (let i = 0; i < count; i += 1) {
    const roll = rng.next();
    const existing = await sql().execute<Array<{ id: number; organization_id: number; lock_version: number }>>(`select id, organization_id, lock_version from meeting`);
    if (roll < 0.5 || existing.length === 0) {
      // Cell 1 records more often, so that its second member's run of absences reaches the flag.
      const cell = rng.chance(0.5) ? ids.c1! : pick(rng, cells());
      if (await attempt(`mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`, { input: { organizationId: cell, ...input(rng, cell) } })) done += 1;
    } else if (roll < 0.7) {
      const m = pick(rng, existing);
      const cell = cells().find((c) => dbId(c) === Number(m.organization_id))!;
      const id = Buffer.from(`Meeting:${m.id}`).toString('base64url');
      if (await attempt(`mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, { input: { id, expectedVersion: Number(m.lock_version), ...input(rng, cell) } })) done += 1;
    } else if (roll < 0.8) {
      const m = pick(rng, existing);
      const id = Buffer.from(`Meeting:${m.id}`).toString('base64url');
      if (await attempt(`mutation($input: DeleteMeetingInput!) { deleteMeeting(input: $input) }`, { input: { id, expectedVersion: Number(m.lock_version) } })) done += 1;
    } else if (roll < 0.82) {
      const window = rng.chance(0.3) ? { fromDay: null, toDay: null } : { fromDay: rng.int(1, 6), toDay: rng.int(7, 12) };
      const q = `mutation($input: MeetingWindowInput!) { setMeetingWindow(input: $input) { id } }`;
      if (await attempt(q, { input: { organizationId: pick(rng, cells()), ...window, applyFrom: randomDay(rng) } })) done += 1;
    } else if (moveDates.length > 0) {
      // The tree changes on increasing past dates: cells 3 and 4 move between the committees (and
      // provinces), committee 2 between the provinces, cells are founded, dissolved, merged.
      const on = moveDates.shift()!;
      const action = rng.int(0, 5);
      const move = `mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { id } }`;
      if (action <= 1) {
        if (await attempt(move, { input: { id: pick(rng, [ids.c3!, ids.c4!]), newParentId: pick(rng, [ids.g1!, ids.g2!, ids.g3!]), effectiveOn: on } })) done += 1;
      } else if (action === 2) {
        if (await attempt(move, { input: { id: ids.g2!, newParentId: pick(rng, [ids.p!, ids.q!]), effectiveOn: on } })) done += 1;
      } else if (action === 3 || founded.length === 0) {
        const n = founded.length + gone.length + 1;
        const q = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
        const res = await server.gql<{ createOrganization: { id: string } }>(q, {
          input: { code: `MR-N${seed.length}-${n}`, name: `Chi bộ mới ${n}`, kind: 'CELL', cellType: 'RESIDENTIAL', parentId: pick(rng, [ids.g1!, ids.g2!, ids.g3!]), foundedOn: on },
        });
        expect(res.errors).toBeUndefined();
        founded.push(res.data!.createOrganization.id);
        done += 1;
      } else {
        const cell = founded.shift()!;
        gone.push(cell);
        const ok =
          action === 4
            ? await attempt(`mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { id } }`, { input: { id: cell, effectiveOn: on } })
            : await attempt(`mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { id } }`, { input: { sourceId: cell, targetId: ids.c5!, effectiveOn: on } });
        if (ok) done += 1;
      }
    }
  }
  return done;
}

const recount = meetingRecount((text, params) => sql().execute(text, params), today);
const { liveStreaks, storedStreaks, liveRecount, stored, liveSubtree, storedSubtree, expectedStats } = recount;

async function expectSubtreeTables(): Promise<void> {
  const live = await liveSubtree();
  expect(Object.keys(live.years).length).toBeGreaterThan(0);
  expect(Object.keys(live.stages).length).toBeGreaterThan(0);
  const kept = await storedSubtree();
  expect(sorted(kept.years)).toEqual(sorted(live.years));
  expect(sorted(kept.stages)).toEqual(sorted(live.stages));
  expect(sorted(kept.entries)).toEqual(sorted(live.entries));
}

async function checkTables(): Promise<void> {
  await expectSubtreeTables();
  const live = await liveRecount();
  expect(Object.keys(live.months).length).toBeGreaterThan(0);
  const streaks = await liveStreaks();
  expect(Object.keys(streaks).length).toBeGreaterThan(0);
  const kept = await stored();
  expect(sorted(kept.months)).toEqual(sorted(live.months));
  expect(sorted(kept.cells)).toEqual(sorted(live.cells));
  expect(sortedKeys(await storedStreaks())).toEqual(sortedKeys(streaks));
  await rebuildMeetingRollups(sql());
  // Rebuilt from the first year with a meeting on record (2024 here).
  await expectSubtreeTables();
  const rebuilt = await stored();
  expect(sorted(rebuilt.months)).toEqual(sorted(live.months));
  expect(sorted(rebuilt.cells)).toEqual(sorted(live.cells));
  expect(sortedKeys(await storedStreaks())).toEqual(sortedKeys(streaks));
}

async function checkApi(seed: string, spans: number): Promise<void> {
  const rng = new Rng(seed);
  const links = await sql().execute<Link[]>(`select l.organization_id, l.path, l.valid_from, l.valid_to, o.kind from organization_link l join organization o on o.id = l.organization_id`);
  for (const l of links) l.organization_id = Number(l.organization_id);
  const meetings = await sql().execute<MeetingRow[]>(`select ${MEETING_FACT_COLUMNS} from meeting`);
  const flags = await sql().execute<FlagRow[]>(`select member_id, org_path, date, excused_streak from attendance`);
  let flaggedSeen = 0;
  const orgs = [ids.p!, ids.q!, ids.g1!, ids.g2!, ids.g3!, ...cells()];
  const fields = Object.keys(expectedStats(0, today, today, [], [], []));
  for (let i = 0; i < spans; i += 1) {
    const a = randomDay(rng);
    const b = randomDay(rng);
    const [from, to] = a < b ? [a, b] : [b, a];
    const data = await server.data<Record<string, { meetingStats: Record<string, number> } | null>>(
      `query($from: Date!, $to: Date!) { ${orgs.map((id, j) => `o${j}: node(id: "${id}") { ... on Organization { meetingStats(from: $from, to: $to) { ${fields.join(' ')} } } }`).join(' ')} }`,
      { from, to },
    );
    orgs.forEach((id, j) => {
      const expected = expectedStats(dbId(id), from, to, links, meetings, flags);
      flaggedSeen += expected.membersExcusedStreak;
      expect(data[`o${j}`]!.meetingStats, `${id} ${from}–${to}`).toEqual(expected);
    });
  }
  // Whole years (from meeting_subtree_year) and the running year.
  for (const year of [2024, 2025, Number(today.slice(0, 4))]) {
    const data = await server.data<Record<string, { meetingStats: Record<string, number> } | null>>(
      `{ ${orgs.map((id, j) => `o${j}: node(id: "${id}") { ... on Organization { meetingStats(year: ${year}) { ${fields.join(' ')} } } }`).join(' ')} }`,
    );
    const last = year === Number(today.slice(0, 4)) ? today : `${year}-12-31`;
    orgs.forEach((id, j) => {
      const expected = expectedStats(dbId(id), `${year}-01-01`, last, links, meetings, flags);
      flaggedSeen += expected.membersExcusedStreak;
      expect(data[`o${j}`]!.meetingStats, `${id} ${year}`).toEqual(expected);
    });
  }
  // The flag was reached somewhere, so the comparison above covered it.
  expect(flaggedSeen).toBeGreaterThan(0);
}

/**
 * Spans from Jan 1 to days on either side of a 10th, a quarter end, a month end and the year end
 * (and a few random days), through the API; then the running year as the screens ask for it
 * (`meetingStats` without arguments, from Jan 1 to today) with "today" injected as such days
 * (systemServices(orm, today): the request's today), all against the definition. No write
 * happens between the days: what is due moves with the date alone.
 */
async function checkToDays(seed: string): Promise<void> {
  const rng = new Rng(seed);
  const links = await sql().execute<Link[]>(`select l.organization_id, l.path, l.valid_from, l.valid_to, o.kind from organization_link l join organization o on o.id = l.organization_id`);
  for (const l of links) l.organization_id = Number(l.organization_id);
  const meetings = await sql().execute<MeetingRow[]>(`select ${MEETING_FACT_COLUMNS} from meeting`);
  const flags = await sql().execute<FlagRow[]>(`select member_id, org_path, date, excused_streak from attendance`);
  const orgs = [ids.p!, ids.q!, ids.g1!, ids.g2!, ids.g3!, ...cells(), ...founded, ...gone];
  const fields = Object.keys(expectedStats(0, today, today, [], [], []));
  const days = new Set<string>([today, addDays(today, -1)]);
  for (const year of [2024, 2025, Number(today.slice(0, 4))]) {
    for (const md of ['01-01', '01-09', '01-10', '03-10', '03-31', '04-01', '06-30', '07-01', '09-30', '10-01', '12-01', '12-09', '12-10', '12-30', '12-31']) days.add(`${year}-${md}`);
    days.add(addDays(`${year}-03-01`, -1));
  }
  for (let i = 0; i < 4; i += 1) days.add(randomDay(rng));
  let behind = 0;
  for (const to of [...days].filter((d) => d <= today).sort()) {
    const from = `${to.slice(0, 4)}-01-01`;
    const data = await server.data<Record<string, { meetingStats: Record<string, number> } | null>>(
      `query($from: Date!, $to: Date!) { ${orgs.map((id, j) => `o${j}: node(id: "${id}") { ... on Organization { meetingStats(from: $from, to: $to) { ${fields.join(' ')} } } }`).join(' ')} }`,
      { from, to },
    );
    orgs.forEach((id, j) => {
      const expected = expectedStats(dbId(id), from, to, links, meetings, flags);
      behind += expected.cellsBehindOnRegular + expected.cellsBehindOnThematic;
      expect(data[`o${j}`]!.meetingStats, `${id} ${from}–${to}`).toEqual(expected);
    });
  }
  expect(behind).toBeGreaterThan(0);
  // The running year as of other days: the request's today injected, no argument (Jan 1 to today).
  const asToday = [...days].filter((d) => d <= today && d.slice(5) !== '01-01').sort().filter((_, i) => i % 5 === 0);
  for (const day of asToday) {
    const services = systemServices(server.orm, day);
    const entities = await Promise.all(orgs.map((id) => services.hierarchy.require(dbId(id), 'id')));
    const span = meetingStatsSpan({}, day);
    if ('field' in span) throw new Error(span.code);
    const got = await Promise.all(entities.map((org) => services.meetingStats.subtree(org, span.from, span.to)));
    orgs.forEach((id, j) => {
      const { from: _from, to: _to, attendanceRate: _a, eveningShare: _e, ratedGoodShare: _r, ...figures } = got[j]!;
      const expected = expectedStats(dbId(id), span.from, day, links, meetings, flags);
      expect(figures, `${id} running year as of ${day}`).toEqual(expected);
    });
  }
}

describe('meeting rollups', () => {
  it('equal a live recount and a rebuild after random meeting writes and moves, and meetingStats answers by the definition', async () => {
    const moveDates = [
      '2024-02-15', '2024-04-20', '2024-06-10', '2024-09-03', '2024-12-01', '2025-01-01', '2025-02-11', '2025-04-30', '2025-07-01',
      '2025-09-09', '2025-11-15', '2026-01-20', '2026-03-01', '2026-06-15', '2026-09-30',
    ].filter((d) => d <= today);
    // meeting_subtree_year covers the years from 2024 (as if meetings went back to then), so that
    // the first writes keep rows of past years too.
    await writeRollupDay(sql(), MEETING_SUBTREE_YEARS, '2024-01-01');
    await writeRollupDay(sql(), MEETING_SUBTREE_LAST, `${today.slice(0, 4)}-01-01`);
    for (const province of [ids.p!, ids.q!]) await rebuildMeetingSubtreeYears(sql(), dbId(province));
    const first = await randomWrites('meeting-rollups:1', 50, moveDates);
    expect(first).toBeGreaterThan(20);
    await checkTables();
    await checkApi('meeting-rollups:spans:1', 6);
    await checkToDays('meeting-rollups:days:1');
    // Quality written in SQL (as the approval does through the service): rebuilt, then more writes on top.
    await sql().execute(`update meeting set quality = 'GOOD' where id % 3 = 0`);
    await sql().execute(`update meeting set quality = 'FAIR' where id % 3 = 1`);
    await rebuildMeetingRollups(sql());
    const second = await randomWrites('meeting-rollups:2', 30, moveDates);
    expect(second).toBeGreaterThan(10);
    // Cells were founded, and dissolved or merged, on past dates.
    expect(founded.length).toBeGreaterThan(0);
    expect(gone.length).toBeGreaterThan(0);
    await checkTables();
    await checkApi('meeting-rollups:spans:2', 6);
    await checkToDays('meeting-rollups:days:2');
  }, 900_000);

  it('a new year needs no write: counted from the periods until the daily job adds its rows, then from them', async () => {
    const thisYear = Number(today.slice(0, 4));
    // As if the year had just begun and the job not run yet: this year's rows absent, the last year covered the one before.
    for (const table of ['meeting_subtree_year', 'meeting_subtree_stage', 'meeting_subtree_entry']) await sql().execute(`delete from ${table} where year = ?`, [thisYear]);
    await writeRollupDay(sql(), MEETING_SUBTREE_LAST, `${thisYear - 1}-01-01`);
    await checkToDays('meeting-rollups:days:3');
    // Writes meanwhile keep the years covered only; the job builds the new one from the tables.
    expect(await randomWrites('meeting-rollups:3', 10, [])).toBeGreaterThan(0);
    const job = await startDailyRollups(server.orm, () => {});
    await job.stop();
    const [{ day }] = (await sql().execute<Array<{ day: string }>>(`select day from rollup_day where name = ?`, [MEETING_SUBTREE_LAST])) as [{ day: string }];
    expect(day).toBe(`${thisYear}-01-01`);
    await expectSubtreeTables();
    await checkToDays('meeting-rollups:days:4');
  }, 900_000);

  it('builds meeting_streak_year at start-up on a database built before it', async () => {
    const live = await liveStreaks();
    expect(Object.keys(live).length).toBeGreaterThan(0);
    await sql().execute(`delete from meeting_streak_year`);
    await sql().execute(`delete from rollup_day where name = ?`, [MEETING_STREAKS]);
    const job = await startDailyRollups(server.orm, () => {});
    await job.stop();
    expect(sortedKeys(await storedStreaks())).toEqual(sortedKeys(live));
  });

  it('builds meeting_subtree_year, _stage and _entry at start-up on a database built before them, from the first year with a meeting', async () => {
    for (const table of ['meeting_subtree_year', 'meeting_subtree_stage', 'meeting_subtree_entry']) await sql().execute(`delete from ${table}`);
    await sql().execute(`delete from rollup_day where name = ?`, [MEETING_SUBTREE_YEARS]);
    await sql().execute(`delete from rollup_day where name = ?`, [MEETING_SUBTREE_LAST]);
    const job = await startDailyRollups(server.orm, () => {});
    await job.stop();
    const [{ day }] = (await sql().execute<Array<{ day: string }>>(`select day from rollup_day where name = ?`, [MEETING_SUBTREE_YEARS])) as [{ day: string }];
    expect(day).toBe('2024-01-01');
    await expectSubtreeTables();
  });

  it('builds meeting_subtree_stage and _entry at start-up on a database built with meeting_subtree_year only', async () => {
    for (const table of ['meeting_subtree_stage', 'meeting_subtree_entry']) await sql().execute(`delete from ${table}`);
    await sql().execute(`delete from rollup_day where name = ?`, [MEETING_SUBTREE_LAST]);
    const job = await startDailyRollups(server.orm, () => {});
    await job.stop();
    await expectSubtreeTables();
  });
});

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(0, items.length - 1)]!;
}
