import type { EntityManager } from '@mikro-orm/knex';
import { addDays, EXCUSED_STREAK_FLAG, meetingStatsSpan, monthsDue, quartersDue, subtreeUpperBound, todayInVietnam } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL_YEAR_COUNTS, meetingFactsOf, MEETING_FACT_COLUMNS, MEETING_STREAKS, meetingPaths, MeetingRollupDeltas, MONTH_SUMS, rebuildMeetingRollups } from '../../apps/server/src/meetings/meeting-rollups.js';
import { MEETING_SUBTREE_LAST, MEETING_SUBTREE_YEARS, rebuildMeetingSubtreeYears, SUBTREE_STAGE_SUMS, SUBTREE_YEAR_SUMS } from '../../apps/server/src/meetings/meeting-subtree-years.js';
import { writeRollupDay } from '../../apps/server/src/stats/rollup-days.js';
import { startDailyRollups } from '../../apps/server/src/rollups.js';
import { Rng } from '../../apps/server/src/seed/random.js';
import { createMember, createOrg, dbId } from '../support/factories.js';
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

type Table = Record<string, number[]>;

/** meeting_streak_year by its definition: flagged attendance rows per (every prefix of the row's path, year, member). */
async function liveStreaks(): Promise<Record<string, number>> {
  const rows = await sql().execute<Array<{ member_id: number; org_path: string; date: string }>>(
    `select member_id, org_path, date from attendance where excused_streak >= ?`,
    [EXCUSED_STREAK_FLAG],
  );
  const out: Record<string, number> = {};
  for (const r of rows) {
    for (const path of meetingPaths(r.org_path)) {
      const key = `${path}|${Number(String(r.date).slice(0, 4))}|${Number(r.member_id)}`;
      out[key] = (out[key] ?? 0) + 1;
    }
  }
  return out;
}

async function storedStreaks(): Promise<Record<string, number>> {
  const rows = await sql().execute<Array<Record<string, unknown>>>(`select * from meeting_streak_year`);
  return Object.fromEntries(rows.map((r) => [`${r.path}|${Number(r.year)}|${Number(r.member_id)}`, Number(r.flagged)]));
}

async function liveRecount(): Promise<{ months: Table; cells: Table }> {
  const deltas = new MeetingRollupDeltas();
  const rows = await sql().execute<Array<Record<string, unknown>>>(`select ${MEETING_FACT_COLUMNS} from meeting`);
  for (const r of rows) deltas.meeting(meetingFactsOf(r), 1);
  const internal = deltas as unknown as { months: Map<string, { key: unknown[]; values: number[] }>; cells: Map<string, { key: unknown[]; values: number[] }> };
  const table = (m: Map<string, { key: unknown[]; values: number[] }>) =>
    Object.fromEntries([...m.values()].filter((r) => r.values.some((v) => v !== 0)).map((r) => [r.key.join('|'), r.values]));
  return { months: table(internal.months), cells: table(internal.cells) };
}

async function stored(): Promise<{ months: Table; cells: Table }> {
  const months = await sql().execute<Array<Record<string, unknown>>>(`select * from meeting_month`);
  const cellRows = await sql().execute<Array<Record<string, unknown>>>(`select * from meeting_cell_year`);
  for (const r of months) expect(Number(r.root_id)).toBe(Number(String(r.path).split('/')[1]));
  return {
    months: Object.fromEntries(months.map((r) => [`${r.path}|${Number(r.month)}`, MONTH_SUMS.map((c) => Number(r[c]))])),
    cells: Object.fromEntries(cellRows.map((r) => [`${Number(r.organization_id)}|${Number(r.year)}`, CELL_YEAR_COUNTS.map((c) => Number(r[c]))])),
  };
}

const sorted = (t: Table) => Object.fromEntries(Object.entries(t).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The days of a year on which something falls due before its last day, stated here from the
 * definition (a month on its 10th, a quarter on its last day): meeting_subtree_stage's days.
 */
function stageDays(year: number): string[] {
  const tenths = Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}-10`);
  return [...tenths, `${year}-03-31`, `${year}-06-30`, `${year}-09-30`].sort();
}

const monthDayOf = (d: string) => Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));

/**
 * meeting_subtree_year, meeting_subtree_stage and meeting_subtree_entry by their definition,
 * from organization_link and meeting, for the years they cover.
 */
async function liveSubtree(): Promise<{ years: Table; stages: Table; entries: Table }> {
  const [{ day }] = (await sql().execute<Array<{ day: string }>>(`select day from rollup_day where name = ?`, [MEETING_SUBTREE_YEARS])) as [{ day: string }];
  const first = Number(String(day).slice(0, 4));
  const links = await sql().execute<Link[]>(
    `select l.organization_id, l.path, l.valid_from, l.valid_to, o.kind from organization_link l join organization o on o.id = l.organization_id where o.kind in ('CELL', 'GRASSROOTS_CELL')`,
  );
  const meetings = await sql().execute<Array<{ organization_id: number; date: string; kind: string }>>(`select organization_id, date, kind from meeting`);
  const d = (v: unknown) => String(v).slice(0, 10);
  const regular = (k: string) => k === 'REGULAR' || k === 'REGULAR_WITH_THEMATIC';
  const thematic = (k: string) => k === 'THEMATIC' || k === 'REGULAR_WITH_THEMATIC';
  const quarterOf = (x: string) => `${x.slice(0, 4)}-Q${Math.floor((Number(x.slice(5, 7)) - 1) / 3) + 1}`;
  const years: Table = {};
  const stages: Table = {};
  const entries: Table = {};
  for (let year = first; year <= Number(today.slice(0, 4)); year += 1) {
    const ys = `${year}-01-01`;
    const ye = `${year + 1}-01-01`;
    // As of the year over ('9999-12-31': meeting_subtree_year), then as of each stage day.
    const asOf = ['9999-12-31', ...stageDays(year)];
    const perCell = new Map<string, number[][]>();
    const firstDay = new Map<string, string>();
    for (const l of links) {
      const cf = d(l.valid_from) > ys ? d(l.valid_from) : ys;
      const ce = l.valid_to == null || d(l.valid_to) > ye ? ye : d(l.valid_to);
      if (cf >= ce) continue;
      const own = meetings.filter((m) => Number(m.organization_id) === Number(l.organization_id));
      const figures = asOf.map((t) => {
        const months = monthsDue(cf, addDays(ce, -1), t);
        const quarters = quartersDue(cf, addDays(ce, -1), t);
        const held = Math.min(own.filter((m) => regular(m.kind) && months.includes(d(m.date).slice(0, 7))).length, months.length);
        const qHeld = quarters.filter((q) => own.some((m) => thematic(m.kind) && quarterOf(d(m.date)) === q)).length;
        return [months.length, held, quarters.length, qHeld];
      });
      for (const path of meetingPaths(l.path)) {
        const key = `${path}|${year}|${Number(l.organization_id)}`;
        const c = perCell.get(key) ?? asOf.map(() => [0, 0, 0, 0]);
        perCell.set(key, c.map((x, j) => x.map((v, i) => v + figures[j]![i]!)));
        if (!firstDay.has(key) || cf < firstDay.get(key)!) firstDay.set(key, cf);
      }
    }
    for (const [key, figures] of perCell) {
      const row = key.split('|').slice(0, 2).join('|');
      figures.forEach(([md, mh, qd, qh], j) => {
        const values = [md!, mh!, qd!, qh!, mh! < md! ? 1 : 0, qh! < qd! ? 1 : 0];
        if (j === 0) {
          const sums = years[row] ?? [0, 0, 0, 0, 0, 0, 0];
          [1, ...values].forEach((v, i) => (sums[i]! += v));
          years[row] = sums;
        } else if (values.some((v) => v !== 0)) {
          const k = `${row}|${monthDayOf(asOf[j]!)}`;
          const sums = stages[k] ?? [0, 0, 0, 0, 0, 0];
          values.forEach((v, i) => (sums[i]! += v));
          stages[k] = sums;
        }
      });
      const k = `${row}|${monthDayOf(firstDay.get(key)!)}`;
      entries[k] = [(entries[k]?.[0] ?? 0) + 1];
    }
  }
  // Stage rows that sum to zero are not kept.
  for (const [k, v] of Object.entries(stages)) if (v.every((x) => x === 0)) delete stages[k];
  return { years, stages, entries };
}

async function storedSubtree(): Promise<{ years: Table; stages: Table; entries: Table }> {
  const rows = await sql().execute<Array<Record<string, unknown>>>(`select * from meeting_subtree_year`);
  const stageRows = await sql().execute<Array<Record<string, unknown>>>(`select * from meeting_subtree_stage`);
  const entryRows = await sql().execute<Array<Record<string, unknown>>>(`select * from meeting_subtree_entry`);
  return {
    years: Object.fromEntries(rows.map((r) => [`${r.path}|${Number(r.year)}`, SUBTREE_YEAR_SUMS.map((c) => Number(r[c]))])),
    stages: Object.fromEntries(stageRows.map((r) => [`${r.path}|${Number(r.year)}|${Number(r.as_of)}`, SUBTREE_STAGE_SUMS.map((c) => Number(r[c]))])),
    entries: Object.fromEntries(entryRows.map((r) => [`${r.path}|${Number(r.year)}|${Number(r.day)}`, [Number(r.cells)]])),
  };
}

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

const sortedKeys = (t: Record<string, number>) => Object.fromEntries(Object.entries(t).sort(([a], [b]) => a.localeCompare(b)));

type Link = { organization_id: number; path: string; valid_from: string; valid_to: string | null; kind: string };
type MeetingRow = { organization_id: number; org_path: string; date: string; kind: string; eligible_count: number; present_count: number; excused_count: number; unexcused_count: number; evening: unknown; in_window: unknown; quality: string | null };

type FlagRow = { member_id: number; org_path: string; date: string; excused_streak: number };

/** meetingStats of one organisation by the definition, from the base tables. */
function expectedStats(orgId: number, from: string, to: string, links: Link[], meetings: MeetingRow[], flags: FlagRow[]) {
  const last = to < today ? to : today;
  const end = addDays(last, 1);
  const day = (d: unknown) => String(d).slice(0, 10);
  const flag = (v: unknown) => v === true || v === 1 || v === '1';
  const f = { meetings: 0, regularHeld: 0, regularInWindow: 0, thematicHeld: 0, eligible: 0, present: 0, excusedAbsences: 0, unexcusedAbsences: 0, eveningMeetings: 0, ratedMeetings: 0, ratedGood: 0, cells: 0, regularDue: 0, regularMonthsHeld: 0, cellsBehindOnRegular: 0, thematicQuartersDue: 0, thematicQuartersCovered: 0, cellsBehindOnThematic: 0 };
  const regular = (k: string) => k === 'REGULAR' || k === 'REGULAR_WITH_THEMATIC';
  const thematic = (k: string) => k === 'THEMATIC' || k === 'REGULAR_WITH_THEMATIC';
  const perCell = new Map<number, { due: number; held: number; qDue: number; qHeld: number }>();
  const flagged = new Set<number>();
  for (const seg of links.filter((l) => l.organization_id === orgId)) {
    const df = day(seg.valid_from) > from ? day(seg.valid_from) : from;
    const de = seg.valid_to == null || day(seg.valid_to) > end ? end : day(seg.valid_to);
    if (df >= de) continue;
    const hi = subtreeUpperBound(seg.path);
    for (const a of flags) {
      const d = day(a.date);
      if (Number(a.excused_streak) >= EXCUSED_STREAK_FLAG && a.org_path >= seg.path && a.org_path < hi && d >= df && d < de) flagged.add(Number(a.member_id));
    }
    for (const m of meetings) {
      const d = day(m.date);
      if (m.org_path < seg.path || m.org_path >= hi || d < df || d >= de) continue;
      f.meetings += 1;
      if (regular(m.kind)) f.regularHeld += 1;
      if (regular(m.kind) && flag(m.in_window)) f.regularInWindow += 1;
      if (thematic(m.kind)) f.thematicHeld += 1;
      f.eligible += Number(m.eligible_count);
      f.present += Number(m.present_count);
      f.excusedAbsences += Number(m.excused_count);
      f.unexcusedAbsences += Number(m.unexcused_count);
      if (flag(m.evening)) f.eveningMeetings += 1;
      if (m.quality != null) f.ratedMeetings += 1;
      if (m.quality === 'GOOD') f.ratedGood += 1;
    }
    for (const cl of links.filter((l) => (l.kind === 'CELL' || l.kind === 'GRASSROOTS_CELL') && l.path >= seg.path && l.path < hi)) {
      const cf = day(cl.valid_from) > df ? day(cl.valid_from) : df;
      const ce = cl.valid_to == null || day(cl.valid_to) > de ? de : day(cl.valid_to);
      if (cf >= ce) continue;
      const own = meetings.filter((m) => Number(m.organization_id) === cl.organization_id);
      const months = monthsDue(cf, addDays(ce, -1), today);
      const quarters = quartersDue(cf, addDays(ce, -1), today);
      const held = Math.min(own.filter((m) => regular(m.kind) && months.includes(day(m.date).slice(0, 7))).length, months.length);
      const quarterOf = (d: string) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
      const qHeld = quarters.filter((q) => own.some((m) => thematic(m.kind) && quarterOf(day(m.date)) === q)).length;
      const c = perCell.get(cl.organization_id) ?? { due: 0, held: 0, qDue: 0, qHeld: 0 };
      perCell.set(cl.organization_id, { due: c.due + months.length, held: c.held + held, qDue: c.qDue + quarters.length, qHeld: c.qHeld + qHeld });
    }
  }
  for (const c of perCell.values()) {
    f.cells += 1;
    f.regularDue += c.due;
    f.regularMonthsHeld += c.held;
    f.thematicQuartersDue += c.qDue;
    f.thematicQuartersCovered += c.qHeld;
    if (c.held < c.due) f.cellsBehindOnRegular += 1;
    if (c.qHeld < c.qDue) f.cellsBehindOnThematic += 1;
  }
  // Without cells in the span there is no attendance to count (the service reads none).
  return { ...f, membersExcusedStreak: f.cells > 0 ? flagged.size : 0 };
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
