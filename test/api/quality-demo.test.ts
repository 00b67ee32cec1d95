import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { globalId } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ prepare: (orm) => seedDemo(orm, { scale: 1 }).then(() => undefined) });
}, 300_000);
afterAll(async () => server?.close());

const levels = (d: { levels: Array<{ level: string; count: number; percent: number }> }) =>
  Object.fromEntries(d.levels.map((l) => [l.level, [l.count, l.percent]]));

describe('the demo data reproduces the figures of the seeds', () => {
  it('Provincial Agencies Bloc, 2023: 49 evaluated of the pilot, 47 "4 good", 26 excellent; the 2 transferred count with the other bloc', async () => {
    const data = await server.data(`{
      kccq: organization(code: "QN-KCCQ") { fourGood(year: 2023) { registered evaluated reached } }
      kdn: organization(code: "QN-KDN") { fourGood(year: 2023) { registered evaluated reached } }
      tables: criteriaTables(filter: { status: PUBLISHED }) { totalCount nodes { isExample } }
    }`);
    expect(data.kccq.fourGood).toEqual({ registered: 49, evaluated: 49, reached: 47 });
    // The 2 transferred pilot cells and the Mining Technology cell of Hà Lầm Coal (seed 002).
    expect(data.kdn.fourGood).toEqual({ registered: 3, evaluated: 0, reached: 0 });
    expect(data.tables.totalCount).toBe(9);
    expect(data.tables.nodes.every((t: { isExample: boolean }) => t.isExample)).toBe(true);
    const [{ n }] = await server.orm.em.fork().getConnection().execute(
      `select count(*) as n from rating r join assessment a on a.organization_id = r.organization_id and a.period = '2023' and a.status = 'APPROVED'
       where r.subject = 'ORGANIZATION' and r.year = 2023 and r.level = 'EXCELLENT'`,
    );
    expect(Number(n)).toBe(26);
  });

  it('Tủa Chùa, 2022: 19% / 77% / 4% of grassroots organisations; the town committee’s cells all good or better, 5 excellent', async () => {
    const data = await server.data(`{
      province: organization(code: "DB-DIENBIEN") { old: descendants(asOf: "2022-12-31", filter: { search: "Huyện ủy Tủa Chùa" }) { nodes { code } } }
      town: organization(code: "DB-TUACHUA-THITRAN") { ratingDistribution(year: 2022, subject: ORGANIZATION) { rated levels { level count percent } } }
      tuaChua: organization(code: "DB-TUACHUA") { ratingDistribution(year: 2022, subject: MEMBER) { rated levels { level count percent } } }
    }`);
    const town = levels(data.town.ratingDistribution);
    expect(town.EXCELLENT![0]).toBe(5);
    expect(town.COMPLETED![0] + town.NOT_COMPLETED![0]).toBe(0);
    const members = levels(data.tuaChua.ratingDistribution);
    expect(members.EXCELLENT![1] + members.GOOD![1]).toBeGreaterThan(93);
    const [row] = await server.orm.em.fork().getConnection().execute(
      `select sum(case when level = 'EXCELLENT' then 1 else 0 end) as e, sum(case when level = 'GOOD' then 1 else 0 end) as g, sum(case when level = 'COMPLETED' then 1 else 0 end) as c
       from rating r join organization o on o.id = r.organization_id where r.subject = 'ORGANIZATION' and r.year = 2022 and o.code like 'DB-TUACHUA-%' and o.kind in ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')`,
    );
    expect([Number(row.e), Number(row.g), Number(row.c)]).toEqual([9, 36, 2]);
  });

  it('the Food Safety department cell, 2023: excellent, every member good or better', async () => {
    const [cell] = await server.orm.em.fork().getConnection().execute(`select id from organization where name = 'Chi bộ Phòng Quản lý an toàn thực phẩm'`);
    const id = globalId('Organization', Number(cell.id));
    const data = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { ratings { year level } ratingDistribution(year: 2023, subject: MEMBER) { rated levels { level count } } } } }`, { id });
    expect(data.node.ratings.find((r: { year: number }) => r.year === 2023).level).toBe('EXCELLENT');
    const dist = levels(data.node.ratingDistribution);
    expect(data.node.ratingDistribution.rated).toBe(10);
    expect(dist.COMPLETED![0] + dist.NOT_COMPLETED![0]).toBe(0);
  });
});
