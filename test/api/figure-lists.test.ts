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

  it('the children rows’ "4 good" and rating add up to their parent’s figures', async () => {
    let counted = 0;
    for (const [code, year] of [['DB-TUACHUA', 2022], ['QN-KCCQ', 2023], ['DB-DIENBIEN', 2023]] as const) {
      const org = (await server.data(`query($code: String!, $year: Int!) { organization(code: $code) {
        fourGood(year: $year) { registered evaluated reached }
        children(first: 200, asOf: "${year}-12-31") { totalCount nodes { kind ratingLevel(year: $year) fourGoodWithin(year: $year) { registered evaluated reached } } } } }`, { code, year })).organization;
      expect(org.children.totalCount).toBeLessThanOrEqual(200);
      const sum = (key: 'registered' | 'evaluated' | 'reached') => org.children.nodes.reduce((n: number, c: { fourGoodWithin: Record<string, number> }) => n + c.fourGoodWithin[key], 0);
      // The children's subtrees (each counting itself) partition everything below the parent.
      expect({ registered: sum('registered'), evaluated: sum('evaluated'), reached: sum('reached') }).toEqual(org.fourGood);
      counted += sum('registered') + sum('evaluated');
      // Each child's own level is the one its rating-level list puts it in.
      for (const level of ['EXCELLENT', 'GOOD']) {
        // Every page of the list (the whole subtree's rated organisations; the children may come after
        // the first 200), each with its parent on that date (Tủa Chùa has since been dissolved).
        const listed: Array<{ ancestors: Array<{ code: string }> }> = [];
        for (let after: string | null = null, more = true; more; ) {
          const page: { nodes: Array<{ ancestors: Array<{ code: string }> }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (
            await server.data(`query($code: String!, $filter: DescendantFilter, $after: String) { organization(code: $code) { descendants(filter: $filter, first: 200, after: $after, asOf: "${year}-12-31") { nodes { id ancestors(asOf: "${year}-12-31") { code } } pageInfo { hasNextPage endCursor } } } }`, { code, filter: { year, ratingLevel: level }, after })
          ).organization.descendants;
          listed.push(...page.nodes);
          more = page.pageInfo.hasNextPage;
          after = page.pageInfo.endCursor;
        }
        const childrenListed = listed.filter((n) => n.ancestors.at(-1)?.code === code).length;
        expect(org.children.nodes.filter((c: { ratingLevel: string | null }) => c.ratingLevel === level).length).toBe(childrenListed);
        counted += childrenListed;
      }
    }
    expect(counted).toBeGreaterThan(0);
  });

  it('needs the year with a rating or "4 good" filter', async () => {
    expectError(await server.gql(LIST, { code: 'DB-TUACHUA', filter: { fourGood: 'REACHED' } }), 'VALIDATION_FAILED', 'filter.year');
    expectError(await server.gql(LIST, { code: 'DB-TUACHUA', filter: { ratingLevel: 'GOOD', year: 1990 } }), 'VALIDATION_FAILED', 'filter.year');
  });
});
