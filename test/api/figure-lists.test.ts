import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { expectError } from '../support/api.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

/**
 * Every number opens its list (issue #13 item 5): the organisations that `descendants` lists
 * under a rating or "4 good" filter are exactly those counted by `ratingDistribution` and
 * `fourGood`, over the demo data, and a leader's lists stay within the leader's scope.
 */
let server: TestServer;
let leader: Client;
beforeAll(async () => {
  server = await startTestServer({ prepare: (orm) => seedDemo(orm, { scale: 1 }).then(() => undefined) });
  const { organization } = await server.data(`{ organization(code: "DB-DIENBIEN") { id } }`);
  leader = await server.userWith('leader-db', [{ role: 'LEADER', organizationId: organization.id }]);
}, 300_000);
afterAll(async () => server?.close());

const LIST = `query($code: String!, $filter: DescendantFilter, $asOf: Date) { organization(code: $code) {
  descendants(filter: $filter, asOf: $asOf, first: 200) { totalCount nodes { id code path: ancestors { code } } } } }`;

describe('figures and their lists', () => {
  for (const [code, year] of [['QN-KCCQ', 2023], ['DB-TUACHUA', 2022], ['DB-DIENBIEN', 2023]] as const) {
    it(`${code}, ${year}: each "4 good" figure and each rating level count is the length of its list`, async () => {
      const figures = (await server.data(`query($code: String!, $year: Int!) { organization(code: $code) {
        fourGood(year: $year) { registered evaluated reached }
        ratingDistribution(year: $year, subject: ORGANIZATION) { rated levels { level count } } } }`, { code, year })).organization;
      const asOf = `${year}-12-31`;
      let nonZero = 0;
      for (const state of ['REGISTERED', 'EVALUATED', 'REACHED'] as const) {
        const list = (await server.data(LIST, { code, asOf, filter: { year, fourGood: state } })).organization.descendants;
        expect(list.totalCount).toBe(figures.fourGood[state.toLowerCase()]);
        if (list.totalCount) nonZero += 1;
      }
      for (const { level, count } of figures.ratingDistribution.levels) {
        const list = (await server.data(LIST, { code, asOf, filter: { year, ratingLevel: level } })).organization.descendants;
        expect(list.totalCount).toBe(count);
        if (count) nonZero += 1;
      }
      expect(nonZero).toBeGreaterThan(0);
    });
  }

  it('combines with the other filters, and a leader lists only within the scope', async () => {
    const all = (await server.data(LIST, { code: 'DB-TUACHUA', asOf: '2022-12-31', filter: { year: 2022, ratingLevel: 'GOOD' } })).organization.descendants;
    const cells = (await server.data(LIST, { code: 'DB-TUACHUA', asOf: '2022-12-31', filter: { year: 2022, ratingLevel: 'GOOD', kind: 'CELL' } })).organization.descendants;
    expect(cells.totalCount).toBeGreaterThan(0);
    expect(cells.totalCount).toBeLessThanOrEqual(all.totalCount);
    const mine = (await leader.data(LIST, { code: 'DB-TUACHUA', asOf: '2022-12-31', filter: { year: 2022, ratingLevel: 'GOOD' } })).organization.descendants;
    expect(mine.totalCount).toBe(all.totalCount);
    // Quảng Ninh is outside the leader's scope: its organisation is null, its lists unreachable.
    expect((await leader.data(LIST, { code: 'QN-KCCQ', filter: { year: 2023, fourGood: 'REACHED' } })).organization).toBeNull();
  });

  it('needs the year with a rating or "4 good" filter', async () => {
    expectError(await server.gql(LIST, { code: 'DB-TUACHUA', filter: { fourGood: 'REACHED' } }), 'VALIDATION_FAILED', 'filter.year');
    expectError(await server.gql(LIST, { code: 'DB-TUACHUA', filter: { ratingLevel: 'GOOD', year: 1990 } }), 'VALIDATION_FAILED', 'filter.year');
  });
});
