import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { expectError } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The seeds' figures (issue 16), each read through GraphQL as a leader or an analyst would: the
 * whole demo is loaded once, on SQLite and on PostgreSQL (the api-postgres project).
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ prepare: (orm) => seedDemo(orm, { scale: 1 }).then(() => undefined) });
}, 900_000);
afterAll(async () => server?.close());

type Level = 'EXCELLENT' | 'GOOD' | 'COMPLETED' | 'NOT_COMPLETED';
interface Distribution {
  rated: number;
  levels: Array<{ level: Level; count: number; percent: number }>;
}
const counts = (d: Distribution) => Object.fromEntries(d.levels.map((l) => [l.level, l.count])) as Record<Level, number>;
const GRASSROOTS = '{ kinds: [GRASSROOTS_COMMITTEE, GRASSROOTS_CELL] }';

interface PilotAssessment {
  total: number;
  level: Level;
  fourGood: boolean;
  organization: { code: string; ratings: Array<{ year: number; level: Level; assessedLevel: Level | null; aboveAssessment: boolean; decision: string | null }> };
}

async function pilotAssessments(): Promise<PilotAssessment[]> {
  const { organization } = await server.data(`{ organization(code: "QN-KCCQ") { id } }`);
  const data = await server.data(
    `query($org: ID!) { assessments(first: 100, filter: { organizationId: $org, model: FOUR_GOOD_CELL, period: "2023", status: APPROVED }) {
      totalCount nodes { total level fourGood organization { code ratings { year level assessedLevel aboveAssessment decision } } } } }`,
    { org: organization.id },
  );
  expect(data.assessments.totalCount).toBe(49);
  return data.assessments.nodes;
}

describe('seed 004: the Provincial Agencies Bloc of Quảng Ninh', () => {
  it('2023 pilot: 49 evaluated, 47 reached "4 good", 26 of those 47 rated excellent; no cell assessed GOOD is rated EXCELLENT', async () => {
    const data = await server.data(`{ organization(code: "QN-KCCQ") { fourGood(year: 2023) { registered evaluated reached } } }`);
    expect(data.organization.fourGood).toEqual({ registered: 49, evaluated: 49, reached: 47 });
    const pilot = await pilotAssessments();
    const rating2023 = (a: PilotAssessment) => a.organization.ratings.find((r) => r.year === 2023)!;
    const reached = pilot.filter((a) => a.fourGood);
    expect(reached).toHaveLength(47);
    expect(reached.filter((a) => rating2023(a).level === 'EXCELLENT')).toHaveLength(26);
    const missed = pilot.filter((a) => !a.fourGood);
    expect(missed.map((a) => [a.level, rating2023(a).level])).toEqual([
      ['GOOD', 'GOOD'],
      ['GOOD', 'GOOD'],
    ]);
    // Every rating of the pilot is read against its assessment: none stands above it.
    for (const a of pilot) {
      expect(rating2023(a).assessedLevel, a.organization.code).toBe(a.level);
      expect(rating2023(a).aboveAssessment, a.organization.code).toBe(false);
    }
  });

  it('2024: more than 40 further cells registered for "4 good" (42), on top of the 49 pilot cells', async () => {
    const data = await server.data(`{ organization(code: "QN-KCCQ") {
      y2023: fourGood(year: 2023) { registered } y2024: fourGood(year: 2024) { registered }
      cells2024: fourGood(year: 2024, filter: { kinds: [CELL] }) { registered } } }`);
    expect(data.organization.y2024.registered - data.organization.y2023.registered).toBe(42);
    expect(data.organization.y2024.registered).toBe(91);
    // The 42 are cells of its grassroots committees ("replicated in the grassroots committees").
    expect(data.organization.cells2024.registered).toBe(18 + 42);
  });

  it('a rating above the assessment needs the rating decision, and then reads as a discrepancy', async () => {
    const pilot = await pilotAssessments();
    const missed = pilot.find((a) => !a.fourGood)!;
    const { organization } = await server.data(`query($code: String!) { organization(code: $code) { id ratings { year lockVersion } } }`, { code: missed.organization.code });
    const version = organization.ratings.find((r: { year: number }) => r.year === 2023).lockVersion;
    const record = `mutation($input: RecordRatingInput!) { recordRating(input: $input) { year level assessedLevel aboveAssessment decision } }`;
    const input = { organizationId: organization.id, year: 2023, level: 'EXCELLENT', expectedVersion: version };
    const refused = await server.gql(record, { input });
    expectError(refused, 'VALIDATION_FAILED', 'input.decision');
    expect(refused.errors![0]!.extensions?.reason).toBe('ABOVE_ASSESSMENT');
    const decided = await server.data(record, { input: { ...input, decision: '1265-QĐ/ĐUK' } });
    expect(decided.recordRating).toEqual({ year: 2023, level: 'EXCELLENT', assessedLevel: 'GOOD', aboveAssessment: true, decision: '1265-QĐ/ĐUK' });
  });
});

describe('seed 000: Tủa Chùa district (Điện Biên)', () => {
  it('holds nearly 3,900 members on the article’s date (3 November 2023)', async () => {
    const data = await server.data(`{ organization(code: "DB-TUACHUA") { stats(asOf: "2023-11-03") { members organizationsByKind { kind count } } } }`);
    expect(data.organization.stats.members).toBeGreaterThanOrEqual(3_850);
    expect(data.organization.stats.members).toBeLessThan(3_900);
    const kinds = Object.fromEntries(data.organization.stats.organizationsByKind.map((k: { kind: string; count: number }) => [k.kind, k.count]));
    expect(kinds).toMatchObject({ GRASSROOTS_COMMITTEE: 15, GRASSROOTS_CELL: 32, CELL: 119 });
  });

  it('2022 members: 93.5% excellent or good, and the one member nearest to 0.02% not completed', async () => {
    const data = await server.data(`{ organization(code: "DB-TUACHUA") { ratingDistribution(year: 2022, subject: MEMBER) { rated levels { level count percent } } } }`);
    const d: Distribution = data.organization.ratingDistribution;
    const c = counts(d);
    expect(Math.round(((c.EXCELLENT + c.GOOD) / d.rated) * 1000) / 10).toBe(93.5);
    expect(c.NOT_COMPLETED).toBe(1);
    // 0.02% of the rated is less than one member: one is the nearest whole count.
    expect(Math.abs(d.rated * 0.0002 - 1)).toBeLessThan(Math.abs(d.rated * 0.0002 - 0));
  });

  it('2022 grassroots organisations: 9 / 36 / 2 of 47, the whole counts nearest to 19.2% / 77.6% / 4.1% (filtered by kind)', async () => {
    const data = await server.data(`{ organization(code: "DB-TUACHUA") {
      grassroots: ratingDistribution(year: 2022, subject: ORGANIZATION, filter: ${GRASSROOTS}) { rated levels { level count percent } }
      all: ratingDistribution(year: 2022, subject: ORGANIZATION) { rated }
      trend: ratingTrend(fromYear: 2022, toYear: 2022, subject: ORGANIZATION, filter: ${GRASSROOTS}) { rated } } }`);
    const d: Distribution = data.organization.grassroots;
    expect(d.rated).toBe(47);
    expect(counts(d)).toEqual({ EXCELLENT: 9, GOOD: 36, COMPLETED: 2, NOT_COMPLETED: 0 });
    for (const [level, share] of [['EXCELLENT', 19.2], ['GOOD', 77.6], ['COMPLETED', 4.1]] as const) {
      expect(Math.abs(counts(d)[level] - (47 * share) / 100)).toBeLessThanOrEqual(0.5);
    }
    expect(data.organization.all.rated).toBe(47 + 119);
    expect(data.organization.trend).toEqual([{ rated: 47 }]);
  });

  it('2022, the town committee: every cell good or better, 5 excellent (cell filter)', async () => {
    const data = await server.data(`{ organization(code: "DB-TUACHUA-THITRAN") { ratingDistribution(year: 2022, subject: ORGANIZATION, filter: { kinds: [CELL] }) { rated levels { level count } } } }`);
    const c = counts(data.organization.ratingDistribution);
    expect(c.EXCELLENT).toBe(5);
    expect(c.COMPLETED + c.NOT_COMPLETED).toBe(0);
  });
});

describe('seed 002: Quảng Ninh', () => {
  it('Lục Hồn commune: its 21 cells registered for "4 good cell" 2023–2025 and the commune for "4 good grassroots committee"', async () => {
    const data = await server.data(`{
      lucHon: organization(code: "QN-BINHLIEU-LUCHON") { registrations { model fromYear toYear }
        y2023: fourGood(year: 2023) { registered } y2025: fourGood(year: 2025) { registered }
        residential: fourGood(year: 2023, filter: { cellTypes: [RESIDENTIAL] }) { registered } }
      district: organization(code: "QN-BINHLIEU") { committees: fourGood(year: 2024, filter: { kinds: [GRASSROOTS_COMMITTEE] }) { registered } } }`);
    expect(data.lucHon.registrations).toEqual([{ model: 'FOUR_GOOD_COMMITTEE', fromYear: 2023, toYear: 2025 }]);
    expect(data.lucHon.y2023.registered).toBe(21);
    expect(data.lucHon.y2025.registered).toBe(21);
    expect(data.lucHon.residential.registered).toBe(15);
    expect(data.district.committees.registered).toBe(1);
  });

  it('the Mining Technology cell of Hà Lầm Coal registered for "4 good cell"', async () => {
    const data = await server.data(`{ organization(code: "QN-KDN-HALAM") { fourGood(year: 2023) { registered } children { nodes { name registrations { model fromYear toYear registeredOn } } } } }`);
    expect(data.organization.fourGood.registered).toBe(1);
    const mining = data.organization.children.nodes.find((n: { name: string }) => n.name === 'Chi bộ Phân xưởng Công nghệ khai thác');
    expect(mining.registrations).toEqual([{ model: 'FOUR_GOOD_CELL', fromYear: 2023, toYear: 2025, registeredOn: '2023-02-14' }]);
  });

  it('the Lý Thường Kiệt area cell (Quảng Hà, Hải Hà) and its approved "4 good" results for the first half of 2024', async () => {
    const data = await server.data(`{ organization(code: "QN-HAIHA-QUANGHA-LYTHUONGKIET") { id name cellType
      ancestors(asOf: "2024-06-30") { name } registrations { model fromYear } } }`);
    const cell = data.organization;
    expect(cell.name).toBe('Chi bộ khu Lý Thường Kiệt');
    expect(cell.cellType).toBe('RESIDENTIAL');
    expect(cell.ancestors.map((a: { name: string }) => a.name)).toEqual(['Đảng bộ tỉnh Quảng Ninh', 'Đảng bộ huyện Hải Hà', 'Đảng bộ thị trấn Quảng Hà']);
    expect(cell.registrations).toEqual([{ model: 'FOUR_GOOD_CELL', fromYear: 2024 }]);
    // Read from the province: the assessment counts where the cell sat on 30 June 2024 (under Hải Hà).
    const results = await server.data(`{ organization(code: "QN-QUANGNINH") { id } }`).then(({ organization }) =>
      server.data(`query($id: ID!) { assessments(filter: { organizationId: $id, period: "2024-H1" }) { nodes { model status total fourGood organization { code } } } }`, { id: organization.id }),
    );
    expect(results.assessments.nodes).toEqual([{ model: 'FOUR_GOOD_CELL', status: 'APPROVED', total: 96.5, fourGood: true, organization: { code: 'QN-HAIHA-QUANGHA-LYTHUONGKIET' } }]);
  });
});

describe('the country', () => {
  it('63 provinces until 30 June 2025, 34 from 1 July 2025; each merged province dissolved that day', async () => {
    const data = await server.data(`{
      before: provinces(asOf: "2025-06-30", first: 100) { totalCount nodes { code } }
      after: provinces(asOf: "2025-07-01", first: 100) { totalCount nodes { code } }
      today: provinces(first: 100) { totalCount } }`);
    expect(data.before.totalCount).toBe(63);
    expect(data.after.totalCount).toBe(34);
    expect(data.today.totalCount).toBe(34);
    const after = new Set(data.after.nodes.map((n: { code: string }) => n.code));
    const merged = data.before.nodes.map((n: { code: string }) => n.code).filter((c: string) => !after.has(c));
    expect(merged).toHaveLength(29);
    for (const code of ['VP-VINHPHUC', 'QNA-QUANGNAM', 'HG-HAGIANG', 'BDU-BINHDUONG']) expect(merged).toContain(code);
    const dissolved = await server.data(`{ hg: organization(code: "HG-HAGIANG") { dissolvedOn } hn: organization(code: "HN-HANOI") { dissolvedOn } }`);
    expect(dissolved).toEqual({ hg: { dissolvedOn: '2025-07-01' }, hn: { dissolvedOn: null } });
  });
});
