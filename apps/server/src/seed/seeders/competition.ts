/**
 * Seeder of competition: members' commitments for the model period 2023–2025 (technical
 * initiatives in the agencies and the coal company, at least one per person a year as seed 002
 * says; candidates introduced and other pledges in residential cells), registered at each year's
 * first regular meeting, and the awards: the 9 "4 good" cells of 2023 honoured by the bloc
 * (seed 004), the bloc's excellent cells of later years, members with the most initiatives,
 * Định Trung ward and Trường Đông (seeds 001, 003).
 */
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { isRegularMeeting } from '@fourgood/rules';
import { BulkWriter } from '../bulk-writer.js';
import { SEEDED_AT } from '../calendar.js';
import { personName } from '../names.js';
import { Rng } from '../random.js';
import { INITIATIVES, MINING_INITIATIVES } from '../words.js';
import { pathOn, unitOf, type ActivityCells, type Cell, type OrgInfo } from './activity-cells.js';
import type { Meetings } from './meetings.js';

/** Commitments and awards are demo data for the model period 2023–2025. */
const COMPETITION_YEARS = [2023, 2024, 2025];

export async function seedCompetition(orm: MikroORM, activity: ActivityCells, { meetingsOf }: Meetings): Promise<void> {
  const { cells, cellById, today, lastMonth, foodSafety, truongDong, rollOf, committeesOn, orgByCode, requireOrg, residentialOf } = activity;
  const read = orm.em.fork() as unknown as EntityManager;
  const writer = await BulkWriter.open(orm);
  const tamKy = requireOrg('QNA-TAMKY');
  const dinhTrungWard = requireOrg('VP-VINHYEN-DINHTRUNG');

  const committedMembers = new Map<string, Array<{ memberId: number; cell: Cell; result: number; year: number }>>();
  for (const cell of cells) {
    const rng = new Rng(`commitments:${cell.code}`);
    const mining = cell.group.key === 'haLam';
    for (const year of COMPETITION_YEARS) {
      if (`${year}-12` > lastMonth) continue;
      const first = meetingsOf.get(cell)!.find((m) => m.date.startsWith(`${year}-`) && isRegularMeeting(m.kind));
      if (!first) continue;
      for (const a of first.attendance) {
        const add = (kind: string, description: string, target: number, result: number, note: string | null) =>
          writer.add('member_commitment', [writer.id('member_commitment'), a.memberId, cell.id, year, kind, description, target, result, note, first.date, first.orgPath, cell.rootId, 1, SEEDED_AT]);
        if (!cell.residential) {
          // Seed 002: at least one technical initiative per person per year.
          const result = mining ? rng.weighted<number>([[1, 75], [2, 22], [3, 3]]) : rng.weighted<number>([[0, 9], [1, 70], [2, 17], [3, 4]]);
          const titles = mining ? MINING_INITIATIVES : INITIATIVES;
          add('TECHNICAL_INITIATIVE', `Ít nhất 01 sáng kiến cải tiến kỹ thuật, nghiệp vụ trong năm ${year}`, 1, result, result > 0 ? rng.shuffle(titles).slice(0, result).join('; ') : 'Chưa có sáng kiến được công nhận');
          const list = committedMembers.get(`${cell.group.key}:${year}`) ?? [];
          list.push({ memberId: a.memberId, cell, result, year });
          committedMembers.set(`${cell.group.key}:${year}`, list);
          if (rng.chance(0.08)) {
            const done = rng.chance(0.5);
            add('CANDIDATE_INTRODUCED', `Giới thiệu 01 quần chúng ưu tú để Đảng xem xét kết nạp trong năm ${year}`, 1, done ? 1 : 0, done ? `Đã giới thiệu quần chúng ${personName(rng, cell.group.region, rng.chance(0.5) ? 'FEMALE' : 'MALE')}` : null);
          }
        } else {
          if (rng.chance(0.25)) {
            const done = rng.chance(0.55);
            const who = personName(rng, cell.group.region, rng.chance(0.5) ? 'FEMALE' : 'MALE');
            add('CANDIDATE_INTRODUCED', `Giới thiệu 01 quần chúng ưu tú để Đảng xem xét kết nạp trong năm ${year}`, 1, done ? 1 : 0, done ? `Quần chúng ${who} đã được giới thiệu và học lớp nhận thức về Đảng` : 'Chưa có quần chúng đủ điều kiện');
          } else if (rng.chance(0.15)) {
            add('OTHER', `Vận động gia đình và bà con ${unitOf(cell)} giữ gìn vệ sinh môi trường, thực hiện nếp sống văn minh năm ${year}`, 1, 1, null);
          }
        }
      }
    }
  }

  // Awards.
  const award = (kind: string, organizationId: number, memberId: number | null, conferredBy: OrgInfo, awardedOn: string, year: number, reason: string, decision: string, orgPath: string, rootId: number) => {
    if (awardedOn >= today) return;
    writer.add('award', [writer.id('award'), kind, organizationId, memberId, conferredBy.id, awardedOn, year, reason, decision, orgPath, rootId, SEEDED_AT]);
  };
  const bloc = orgByCode('QN-KCCQ')!;
  // Seed 004: 9 of the 47 "4 good" cells of 2023 received certificates of merit from the bloc's standing committee.
  const fourGood = await read.execute<Array<{ organization_id: number; total: number | string }>>(
    `select a.organization_id, a.total from assessment a
     join rating r on r.organization_id = a.organization_id and r.subject = 'ORGANIZATION' and r.year = 2023 and r.level = 'EXCELLENT'
     where a.model = 'FOUR_GOOD_CELL' and a.period = '2023' and a.status = 'APPROVED' and a.four_good = ?
     order by a.total desc, a.organization_id`,
    [writer.dialect === 'sqlite' ? 1 : true],
  );
  const honoured = [foodSafety.id, ...fourGood.map((r) => Number(r.organization_id)).filter((id) => id !== foodSafety.id && cellById.has(id))].slice(0, 9);
  if (honoured.length !== 9) throw new Error(`activities demo: ${honoured.length} "4 good" cells of 2023 to honour, 9 expected`);
  for (const id of honoured) {
    const cell = cellById.get(id)!;
    award('CERTIFICATE_OF_MERIT', id, null, bloc, '2024-01-26', 2023, 'Chi bộ “4 tốt” tiêu biểu năm 2023', '1265-QĐ/ĐUK', pathOn(cell, '2024-01-26')!, cell.rootId);
  }
  // Later years: the bloc's cells rated excellent, a handful each year.
  for (const [year, on, decision] of [[2024, '2025-01-24', '1480-QĐ/ĐUK'], [2025, '2026-01-23', '215-QĐ/ĐUK']] as const) {
    const excellent = await read.execute<Array<{ organization_id: number }>>(
      `select organization_id from rating where subject = 'ORGANIZATION' and year = ? and level = 'EXCELLENT' order by organization_id`,
      [year],
    );
    const rng = new Rng(`awards:${year}`);
    const pick = rng.shuffle(excellent.map((r) => cellById.get(Number(r.organization_id))).filter((c): c is Cell => !!c && c.group.key === 'bloc' && !!pathOn(c, on)));
    for (const cell of pick.slice(0, year === 2024 ? 11 : 12)) {
      award('CERTIFICATE_OF_MERIT', cell.id, null, bloc, on, year, `Chi bộ hoàn thành xuất sắc nhiệm vụ tiêu biểu năm ${year}`, decision, pathOn(cell, on)!, cell.rootId);
    }
  }
  // Members with the most initiatives, honoured by their grassroots committee.
  for (const [key, count] of [['bloc', 6], ['haLam', 2]] as const) {
    for (const year of [2023, 2024]) {
      const rng = new Rng(`awards:${key}:${year}`);
      const best = rng.shuffle((committedMembers.get(`${key}:${year}`) ?? []).filter((c) => c.result >= 2)).slice(0, count);
      for (const b of best) {
        const on = `${year + 1}-01-20`;
        const committee = committeesOn(b.cell, on)[0];
        const path = pathOn(b.cell, on);
        if (!committee || !path || !rollOf(b.cell, on).some((t) => t.memberId === b.memberId)) continue;
        award('CERTIFICATE_OF_MERIT', b.cell.id, b.memberId, committee, on, year, `Đảng viên có sáng kiến cải tiến kỹ thuật, nghiệp vụ tiêu biểu năm ${year}`, `${rng.int(100, 900)}-QĐ/ĐU`, path, b.cell.rootId);
      }
    }
  }
  {
    const vinhPhuc = orgByCode('VP-VINHPHUC');
    const on = '2025-02-03';
    const wardPath = (await read.execute<Array<{ path: string; root_id: number }>>(
      `select l.path, o.root_id from organization_link l join organization o on o.id = l.organization_id
       where l.organization_id = ? and l.valid_from <= ? and (l.valid_to is null or l.valid_to > ?)`,
      [dinhTrungWard.id, on, on],
    ))[0];
    if (vinhPhuc && wardPath) {
      award('DIPLOMA_OF_MERIT', dinhTrungWard.id, null, vinhPhuc, on, 2024, 'Đảng bộ trong sạch, vững mạnh tiêu biểu 5 năm liền (2020–2024)', '2185-QĐ/TU', wardPath.path, Number(wardPath.root_id));
    }
    award('CERTIFICATE_OF_MERIT', truongDong.id, null, tamKy, '2025-01-22', 2024, 'Chi bộ hoàn thành xuất sắc nhiệm vụ năm 2024', '1032-QĐ/TU', pathOn(truongDong, '2025-01-22')!, truongDong.rootId);
    const rng = new Rng('awards:dinh-trung');
    for (const cell of rng.shuffle(residentialOf('dinhTrung')).slice(0, 2)) {
      const on = '2025-01-15';
      const roll = rollOf(cell, on);
      if (roll.length === 0) continue;
      const person = rng.pick(roll);
      award('CERTIFICATE_OF_MERIT', cell.id, person.memberId, dinhTrungWard, on, 2024, 'Đảng viên tiêu biểu trong công tác vận động nhân dân năm 2024', `${rng.int(100, 400)}-QĐ/ĐU`, pathOn(cell, on)!, cell.rootId);
    }
    const lucNa = cells.find((c) => c.name === 'Chi bộ thôn Lục Nà');
    const lucHon = orgByCode('QN-BINHLIEU-LUCHON');
    if (lucNa && lucHon) award('OTHER', lucNa.id, null, lucHon, '2025-01-10', 2024, 'Chi bộ “4 tốt” năm 2024', '45-QĐ/ĐU', pathOn(lucNa, '2025-01-10')!, lucNa.rootId);
  }
  await writer.save();
}
