import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { personNameSortKey, subtreeUpperBound } from '@fourgood/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, dropDatabase } from '../../apps/server/src/db/postgres-admin.js';
import { Member } from '../../apps/server/src/members/member.entity.js';
import { isDatabaseEmpty, seedBenchmarkProvince, seedDemoData, type SeedSummary } from '../../apps/server/src/seed/index.js';
import { startTestServer, systemServices, testDb, type TestServer } from '../support/server.js';

let server: TestServer;
let summary: SeedSummary;

beforeAll(async () => {
  server = await startTestServer({
    prepare: async (orm) => {
      expect(await isDatabaseEmpty(orm)).toBe(true);
      summary = await seedDemoData(orm, { scale: 1 });
    },
  });
});
afterAll(async () => server?.close());

function sql(orm: MikroORM = server.orm): EntityManager {
  return orm.em.fork() as unknown as EntityManager;
}

async function count(query: string, params: unknown[] = []): Promise<number> {
  const [row] = await sql().execute<Array<{ n: number | string }>>(query, params);
  return Number(row!.n);
}

async function orgByCode(code: string): Promise<{ id: number; path: string; dissolved_on: string | null; parent_id: number | null }> {
  const [row] = await sql().execute(`select id, path, dissolved_on, parent_id from organization where code = ?`, [code]);
  if (!row) throw new Error(`no organisation ${code}`);
  return row as never;
}

/** Kinds of the organisations under `code` and its members, as the tree stood on `date` (null: today). */
async function subtree(code: string, date: string | null) {
  const org = await orgByCode(code);
  let path = org.path;
  if (date) {
    const [link] = await sql().execute(`select path from organization_link where organization_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)`, [org.id, date, date]);
    path = (link as { path: string }).path;
  }
  const upper = subtreeUpperBound(path);
  const kinds = date
    ? await sql().execute(
        `select o.kind, count(*) as n from organization_link l join organization o on o.id = l.organization_id
         where l.path > ? and l.path < ? and l.valid_from <= ? and (l.valid_to is null or l.valid_to > ?) group by o.kind`,
        [path, upper, date, date],
      )
    : await sql().execute(`select kind, count(*) as n from organization where path > ? and path < ? and dissolved_on is null group by kind`, [path, upper]);
  const members = date
    ? await count(
        `select count(*) as n from membership ms join organization_link l on l.organization_id = ms.organization_id and l.valid_from <= ? and (l.valid_to is null or l.valid_to > ?)
         where ms.valid_from <= ? and (ms.valid_to is null or ms.valid_to > ?) and l.path >= ? and l.path < ?`,
        [date, date, date, date, path, upper],
      )
    : await count(`select count(*) as n from member where org_path >= ? and org_path < ?`, [path, upper]);
  return { kinds: Object.fromEntries((kinds as Array<{ kind: string; n: number | string }>).map((k) => [k.kind, Number(k.n)])), members };
}

describe('the demo data (scale 1)', () => {
  it('holds about 12,000 members in the six detailed provinces, four left after the 2025 mergers among the 34 provinces', () => {
    expect(summary.provinces).toHaveLength(34);
    expect(summary.provinces.filter((p) => p.members > 0).map((p) => p.code).sort()).toEqual(['DB-DIENBIEN', 'DN-DANANG', 'PT-PHUTHO', 'QN-QUANGNINH']);
    const members = summary.provinces.reduce((a, p) => a + p.members, 0);
    expect(members).toBeGreaterThan(10_000);
    expect(members).toBeLessThan(13_000);
    expect(summary.rows.member).toBeGreaterThan(members); // former members are kept
  });

  it('has Tủa Chùa district as the seeds describe it before 2025, and its communes under Điện Biên after', async () => {
    const before = await subtree('DB-TUACHUA', '2024-12-31');
    expect(before.kinds).toEqual({ GRASSROOTS_COMMITTEE: 15, GRASSROOTS_CELL: 32, CELL: 119 });
    expect(before.members).toBeGreaterThan(3_850);
    expect(before.members).toBeLessThan(4_100);

    const district = await orgByCode('DB-TUACHUA');
    expect(district.dissolved_on).toBe('2025-07-01');
    const town = await orgByCode('DB-TUACHUA-THITRAN');
    const province = await orgByCode('DB-DIENBIEN');
    expect(town.parent_id).toBe(province.id);
    expect((await subtree('DB-DIENBIEN', null)).kinds).toEqual({ GRASSROOTS_COMMITTEE: 15, GRASSROOTS_CELL: 32, CELL: 119 });
  });

  it('has the Provincial Agencies Bloc of Quảng Ninh with 64 grassroots organisations after the 2023 transfer', async () => {
    for (const date of ['2023-12-31', '2024-12-31', null]) {
      const bloc = await subtree('QN-KCCQ', date);
      expect(bloc.kinds).toEqual({ GRASSROOTS_COMMITTEE: 33, GRASSROOTS_CELL: 31, PARTIAL_COMMITTEE: 10, CELL: 247 });
      expect(bloc.members).toBeGreaterThanOrEqual(4_300);
    }
    expect((await subtree('QN-KCCQ', '2022-12-31')).kinds.GRASSROOTS_CELL).toBe(33);
    const pilot = await orgByCode('QN-KCCQ-PILOT1');
    expect(pilot.parent_id).toBe((await orgByCode('QN-KDN')).id);
  });

  it('has the cells the articles quote, with their sizes', async () => {
    const one = async (name: string) => {
      const [row] = await sql().execute(`select id, cell_type from organization where name = ? and dissolved_on is null`, [name]);
      return row as { id: number; cell_type: string };
    };
    const foodSafety = await one('Chi bộ Phòng Quản lý an toàn thực phẩm');
    expect(foodSafety.cell_type).toBe('AGENCY');
    expect(await count(`select count(*) as n from member where organization_id = ?`, [foodSafety.id])).toBe(10);
    expect((await one('Chi bộ khối phố Trường Đông')).cell_type).toBe('RESIDENTIAL');
    expect((await one('Chi bộ thôn Lục Nà')).cell_type).toBe('RESIDENTIAL');
    expect((await one('Chi bộ Phân xưởng Công nghệ khai thác')).cell_type).toBe('ENTERPRISE');
    expect((await one('Chi bộ tổ dân phố Thành Công')).cell_type).toBe('RESIDENTIAL');

    const dinhTrung = await subtree('VP-VINHYEN-DINHTRUNG', '2024-12-31');
    expect(dinhTrung.kinds).toEqual({ CELL: 20 });
    expect(dinhTrung.members).toBeGreaterThanOrEqual(600);
    const lucHon = await subtree('QN-BINHLIEU-LUCHON', '2024-12-31');
    expect(lucHon.kinds).toEqual({ CELL: 21 });
    expect(lucHon.members).toBeGreaterThanOrEqual(320);
  });

  it('merged Vĩnh Phúc into Phú Thọ and Quảng Nam into Đà Nẵng on 1 July 2025', async () => {
    expect((await orgByCode('VP-VINHPHUC')).dissolved_on).toBe('2025-07-01');
    expect((await orgByCode('QNA-QUANGNAM')).dissolved_on).toBe('2025-07-01');
    expect((await orgByCode('VP-VINHYEN-DINHTRUNG')).parent_id).toBe((await orgByCode('PT-PHUTHO')).id);
    expect((await orgByCode('QNA-TAMKY-TANTHANH')).parent_id).toBe((await orgByCode('DN-DANANG')).id);
  });

  it('keeps the dated tables consistent', async () => {
    const zero = {
      'member path is its cell path': `select count(*) as n from member m join organization o on o.id = m.organization_id where m.org_path <> o.path or m.root_id <> o.root_id`,
      'members only in live cells': `select count(*) as n from member m join organization o on o.id = m.organization_id where o.dissolved_on is not null or o.kind not in ('CELL', 'GRASSROOTS_CELL')`,
      'a current member has an open membership there': `select count(*) as n from member m where m.organization_id is not null and not exists (select 1 from membership ms where ms.member_id = m.id and ms.valid_to is null and ms.organization_id = m.organization_id)`,
      'a former member has none': `select count(*) as n from member m where m.organization_id is null and exists (select 1 from membership ms where ms.member_id = m.id and ms.valid_to is null)`,
      'memberships do not overlap': `select count(*) as n from membership a join membership b on a.member_id = b.member_id and a.id < b.id and a.valid_from < coalesce(b.valid_to, '9999-12-31') and b.valid_from < coalesce(a.valid_to, '9999-12-31')`,
      'status periods do not overlap': `select count(*) as n from member_status_period a join member_status_period b on a.member_id = b.member_id and a.id < b.id and a.valid_from < coalesce(b.valid_to, '9999-12-31') and b.valid_from < coalesce(a.valid_to, '9999-12-31')`,
      'the open status is the member status': `select count(*) as n from member m where not exists (select 1 from member_status_period s where s.member_id = m.id and s.valid_to is null and s.status = m.status)`,
      'links of one organisation do not overlap': `select count(*) as n from organization_link a join organization_link b on a.organization_id = b.organization_id and a.id < b.id and a.valid_from < coalesce(b.valid_to, '9999-12-31') and b.valid_from < coalesce(a.valid_to, '9999-12-31')`,
      'the open link is the current place': `select count(*) as n from organization o left join organization_link l on l.organization_id = o.id and l.valid_to is null where o.dissolved_on is null and (l.id is null or l.path <> o.path or l.depth <> o.depth or l.root_id <> o.root_id or coalesce(l.parent_id, -1) <> coalesce(o.parent_id, -1))`,
      'dissolved organisations have no open link': `select count(*) as n from organization o join organization_link l on l.organization_id = o.id and l.valid_to is null where o.dissolved_on is not null`,
      'memberships within the life of the cell': `select count(*) as n from membership ms join organization o on o.id = ms.organization_id where ms.valid_from < o.founded_on or (o.dissolved_on is not null and coalesce(ms.valid_to, '9999-12-31') > o.dissolved_on)`,
      'card numbers are unique': `select count(*) - count(distinct card_number) as n from member`,
      'only cells have a cell type': `select count(*) as n from organization where (kind in ('CELL', 'GRASSROOTS_CELL')) <> (cell_type is not null)`,
    };
    for (const [rule, query] of Object.entries(zero)) expect(await count(query), rule).toBe(0);
  });

  it('has realistic members: names with diacritics, statuses, probation and history', async () => {
    const statuses = await sql().execute<Array<{ status: string; n: number | string }>>(`select status, count(*) as n from member group by status`);
    const by = Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]));
    expect(by.ACTIVE).toBeGreaterThan(10_000);
    for (const s of ['EXEMPT', 'TEMPORARILY_ELSEWHERE', 'DECEASED', 'TRANSFERRED_OUT']) expect(by[s], s).toBeGreaterThan(10);
    expect(await count(`select count(*) as n from member where organization_id is not null and official_on is null`)).toBeGreaterThan(50);
    expect(await count(`select count(*) as n from member where full_name like 'Nguyễn %'`)).toBeGreaterThan(1000);
    expect(await count(`select count(*) as n from member where full_name like 'Giàng %'`)).toBeGreaterThan(100);
    const women = await count(`select count(*) as n from member where gender = 'FEMALE' and organization_id is not null`);
    expect(women / 12_000).toBeGreaterThan(0.3);
    expect(women / 12_000).toBeLessThan(0.5);
    // Moves between cells of one commune: a closed and an open membership.
    expect(await count(`select count(*) as n from membership where valid_to is not null and member_id in (select member_id from membership where valid_to is null)`)).toBeGreaterThan(50);
  });

  it('is served by the API', async () => {
    const data = await server.data(`{ provinces { totalCount } organization(code: "DB-DIENBIEN") { name children { totalCount } } }`);
    expect(data.provinces.totalCount).toBe(34);
    expect(data.organization).toEqual({ name: 'Đảng bộ tỉnh Điện Biên', children: { totalCount: 47 } });
  });

  it('leaves the database ready for ordinary inserts', async () => {
    expect(await isDatabaseEmpty(server.orm)).toBe(false);
    const province = await orgByCode('QN-QUANGNINH');
    const created = await systemServices(server.orm).hierarchy.create({
      code: 'QN-TEST-AFTER-SEED',
      name: 'Đảng bộ xã Thử nghiệm',
      kind: 'GRASSROOTS_COMMITTEE',
      parentId: province.id,
      foundedOn: '2025-08-01',
    });
    expect(created.id).toBeGreaterThan(summary.rows.organization);
    const em = sql();
    const member = em.create(Member, {
      cardNumber: 'TEST.000001',
      fullName: 'Nguyễn Văn Thử',
      nameSearch: 'nguyen van thu',
      nameSort: personNameSortKey('Nguyễn Văn Thử'),
      gender: 'MALE',
      birthDate: '1990-01-01',
      joinedOn: '2015-01-01',
      position: 'MEMBER',
      status: 'ACTIVE',
      rootId: province.id,
    });
    await em.flush();
    expect(member.id).toBeGreaterThan(summary.rows.member);
  });

  it('adds a benchmark province with exactly the members asked for', async () => {
    const bench = await seedBenchmarkProvince(server.orm, { members: 20_000, code: 'BENCH-TEST' });
    const row = bench.provinces.find((p) => p.code === 'BENCH-TEST')!;
    expect(row.members).toBe(20_000);
    const shape = await subtree('BENCH-TEST', null);
    expect(shape.kinds.GRASSROOTS_COMMITTEE).toBe(40);
    expect(shape.kinds.CELL).toBeGreaterThanOrEqual(40 * 15);
    expect(shape.kinds.CELL).toBeLessThanOrEqual(40 * 25);
    await expect(seedBenchmarkProvince(server.orm, { members: 20_000, code: 'BENCH-TEST' })).rejects.toThrow(/already used/);
  });
});

describe('determinism', () => {
  it('writes the same rows into another fresh database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fourgood-seed-'));
    const pgName = `fourgood_seed_${process.pid}`;
    const databaseUrl = testDb() === 'postgres' ? await createDatabase(pgName) : null;
    const orm = await openDatabase(loadConfig({}, { databaseUrl, dataDir, seedScale: 0 }));
    try {
      await seedDemoData(orm, { scale: 1 });
      const fingerprint = async (o: MikroORM) => {
        const rows = await sql(o).execute(
          `select id, card_number, full_name, gender, birth_date, joined_on, official_on, position, status, organization_id, org_path from member where id <= 13000 order by id`,
        );
        return createHash('sha1').update(JSON.stringify(rows)).digest('hex');
      };
      expect(await fingerprint(orm)).toBe(await fingerprint(server.orm));
    } finally {
      await orm.close();
      if (databaseUrl) await dropDatabase(pgName);
      rmSync(dataDir, { recursive: true, force: true });
    }
    // A whole second tree (the 63 provinces and their 2025 restructure through the services).
  }, 180_000);
});
