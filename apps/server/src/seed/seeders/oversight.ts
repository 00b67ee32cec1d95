/**
 * Seeder of oversight: members of the superior committees assigned to follow the activity cells,
 * for the term up to the 2025 congresses and restructure and the one after, renewed where the
 * nearest committee above a cell changes (the pilot cells moved to the enterprise bloc in August
 * 2023); the named people of the seeds (the Tam Kỳ city secretary at Trường Đông, seed 003; the
 * Vĩnh Yên city and Định Trung ward leaders, seed 001). Their attendance is recorded with the
 * meetings (seeders/meetings.ts).
 */
import type { MikroORM } from '@mikro-orm/core';
import { addDays } from '@fourgood/rules';
import { BulkWriter } from '../bulk-writer.js';
import { covers, SEEDED_AT } from '../calendar.js';
import { personName, type NameRegion } from '../names.js';
import { Rng } from '../random.js';
import { committeeBody } from '../words.js';
import type { ActivityCells, Cell, OrgInfo } from './activity-cells.js';

/** Terms of the grassroots committees: assignments are renewed after the 2025 congresses and restructure. */
const NEW_TERM_ON = '2025-07-01';

export interface AssignmentRow {
  id: number;
  cell: Cell;
  committeeId: number;
  memberId: number | null;
  fullName: string;
  title: string;
  from: string;
  /** Inclusive; null while it runs. */
  to: string | null;
}

export interface Oversight {
  assignments: AssignmentRow[];
  /** Seed 003: the Tam Kỳ city secretary following the Trường Đông block cell. */
  citySecretary: AssignmentRow;
}

export async function seedOversight(orm: MikroORM, activity: ActivityCells): Promise<Oversight> {
  const { cells, from, today, truongDong, rollOf, committeesOn, requireOrg, residentialOf } = activity;
  const writer = await BulkWriter.open(orm);
  const assignments: AssignmentRow[] = [];
  const assign = (cell: Cell, committee: OrgInfo, person: { memberId: number | null; fullName: string; title: string }, fromDate: string, toDate: string | null) => {
    const a: AssignmentRow = { id: writer.id('oversight_assignment'), cell, committeeId: committee.id, ...person, from: fromDate, to: toDate };
    assignments.push(a);
    return a;
  };
  const terms: Array<[string, string | null]> = [[from, addDays(NEW_TERM_ON, -1)], [NEW_TERM_ON, null]];
  const lastDay = addDays(today, -1);
  /** Per (committee, term): the people it assigns and how many cells each follows already. */
  const pools = new Map<string, Array<{ memberId: number | null; fullName: string; title: string; cellId: number | null; load: number }>>();
  const poolOf = (committee: OrgInfo, term: number, termStart: string, region: NameRegion): Array<{ memberId: number | null; fullName: string; title: string; cellId: number | null; load: number }> => {
    const key = `${committee.id}:${term}`;
    let pool = pools.get(key);
    if (pool) return pool;
    const rng = new Rng(`oversight:${committee.code}:${term}`);
    const body = committeeBody(committee.name);
    pool = [];
    if (committee.kind === 'GRASSROOTS_COMMITTEE') {
      // Committee members are secretaries and deputies of its cells, still there today.
      const below = cells.filter((c) => committeesOn(c, termStart)[0]?.id === committee.id);
      for (const c of below) {
        for (const t of c.tenures) {
          if ((t.position === 'SECRETARY' || t.position === 'DEPUTY_SECRETARY') && t.to === null && t.from <= termStart && rollOf(c, termStart).includes(t)) {
            pool.push({ memberId: t.memberId, fullName: t.fullName, title: '', cellId: c.id, load: 0 });
          }
        }
      }
      pool = rng.shuffle(pool).slice(0, Math.max(3, Math.ceil(below.length / 2)));
      pool.forEach((p, i) => (p.title = i === 0 ? `Phó Bí thư ${body}` : i < 3 ? `Ủy viên Ban Thường vụ ${body}` : `Đảng ủy viên ${body}`));
    }
    if (pool.length === 0) {
      const n = 6;
      for (let i = 0; i < n; i++) {
        const gender = rng.chance(0.4) ? 'FEMALE' : 'MALE';
        pool.push({ memberId: null, fullName: personName(rng, region, gender), title: i < 2 ? `Ủy viên Ban Thường vụ ${body}` : `Ủy viên Ban Chấp hành ${committee.name}`, cellId: null, load: 0 });
      }
    }
    pools.set(key, pool);
    return pool;
  };

  for (const cell of cells) {
    terms.forEach(([termFrom, termTo], term) => {
      // The assigning committee over the term: the nearest committee above, which may change (the
      // pilot cells moved to the enterprise bloc in August 2023).
      let start = termFrom;
      while (start <= lastDay && (termTo === null || start <= termTo)) {
        const committee = committeesOn(cell, start)[0];
        const link = cell.links.find((l) => covers(l.from, l.to, start));
        if (!committee || !link) {
          start = addDays(start, 1);
          continue;
        }
        // The period ends where the nearest committee changes.
        let end: string | null = termTo;
        for (const l of cell.links) {
          if (l.from > start && (end === null || l.from <= end) && committeesOn(cell, l.from)[0]?.id !== committee.id) {
            end = addDays(l.from, -1);
            break;
          }
        }
        const pool = poolOf(committee, term, start, cell.group.region);
        const candidates = pool.filter((p) => p.cellId !== cell.id).sort((a, b) => a.load - b.load);
        const person = candidates[0] ?? pool[0]!;
        person.load++;
        assign(cell, committee, { memberId: person.memberId, fullName: person.fullName, title: person.title }, start, end);
        if (end === null) break;
        start = addDays(end, 1);
      }
    });
  }

  // Named people of the seeds (not on the member register here).
  const tamKy = requireOrg('QNA-TAMKY');
  const vinhYen = requireOrg('VP-VINHYEN');
  const dinhTrungWard = requireOrg('VP-VINHYEN-DINHTRUNG');
  const tuaChuaTown = requireOrg('DB-TUACHUA-THITRAN');
  const cityTermEnd = addDays(NEW_TERM_ON, -1);
  const citySecretary = assign(truongDong, tamKy, { memberId: null, fullName: 'Nguyễn Thị Thu Lan', title: 'Bí thư Thành ủy Tam Kỳ' }, from, cityTermEnd);
  {
    const rng = new Rng('oversight:VP-VINHYEN');
    const dt = residentialOf('dinhTrung');
    const cityPeople = [
      { memberId: null, fullName: 'Nguyễn Việt Phương', title: 'Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Vĩnh Yên' },
      ...[0, 1, 2].map((i) => ({ memberId: null, fullName: personName(rng, 'north', rng.chance(0.4) ? 'FEMALE' : 'MALE'), title: i === 0 ? 'Ủy viên Ban Thường vụ Thành ủy Vĩnh Yên' : 'Thành ủy viên Thành ủy Vĩnh Yên' })),
    ];
    dt.forEach((c, i) => assign(c, vinhYen, cityPeople[i % cityPeople.length]!, from, cityTermEnd));
    const hân = { memberId: null, fullName: 'Hoàng Duy Hân', title: 'Bí thư Đảng ủy phường Định Trung' };
    assign(dt[0]!, dinhTrungWard, hân, from, cityTermEnd);
    assign(dt[0]!, dinhTrungWard, hân, NEW_TERM_ON, null);
    const thanhCong = residentialOf('tuaChuaTown').find((c) => c.name.endsWith('Thành Công'));
    if (thanhCong) assign(thanhCong, tuaChuaTown, { memberId: null, fullName: 'Trần Văn Sơn', title: 'Bí thư Đảng ủy thị trấn Tủa Chùa' }, from, cityTermEnd);
  }

  for (const a of assignments) {
    writer.add('oversight_assignment', [
      a.id, a.cell.id, a.committeeId, a.memberId, a.fullName, a.title, a.from, a.to, 2, a.cell.path, a.cell.rootId, 1, SEEDED_AT, SEEDED_AT,
    ]);
  }
  await writer.save();
  return { assignments, citySecretary };
}
