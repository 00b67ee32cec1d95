/**
 * Seeder of recommendations: what members raised at the activity cells' regular meetings, escalated
 * to the committees above and followed to resolution (older ones mostly closed), with the stalled
 * north-west urban project raised at Trường Đông in September 2024 and escalated to Tam Kỳ (seed 003).
 */
import type { MikroORM } from '@mikro-orm/core';
import { addDays, isRegularMeeting } from '@fourgood/rules';
import { BulkWriter } from '../bulk-writer.js';
import { SEEDED_AT } from '../calendar.js';
import { Rng } from '../random.js';
import { DECLINED_NOTES, NORTH_WEST_PROJECT, RECOMMENDATIONS, RESOLVED_NOTES } from '../words.js';
import { unitOf, type ActivityCells, type OrgInfo } from './activity-cells.js';
import { TRUONG_DONG_MEETING, type MeetingRow, type Meetings } from './meetings.js';

export async function seedRecommendations(orm: MikroORM, activity: ActivityCells, { meetingsOf }: Meetings): Promise<void> {
  const { cells, today, truongDong, committeesOn, requireOrg } = activity;
  const writer = await BulkWriter.open(orm);
  const tamKy = requireOrg('QNA-TAMKY');
  const tdMeeting = meetingsOf.get(truongDong)!.find((m) => m.date === TRUONG_DONG_MEETING)!;
  const raise = (rng: Rng, m: MeetingRow, text: string, options: { status?: string; escalateTo?: OrgInfo | null; note?: string | null; raisedBy?: string } = {}) => {
    const present = m.attendance.filter((a) => a.status === 'PRESENT');
    const raisedBy = options.raisedBy ?? (present.length ? rng.pick(present).fullName : 'Chi ủy chi bộ');
    const above = committeesOn(m.cell, m.date);
    let escalateTo: OrgInfo | null | undefined = options.escalateTo;
    if (escalateTo === undefined) {
      if (rng.chance(0.07)) escalateTo = null;
      else escalateTo = rng.chance(0.25) && above[1] && above[1].kind !== 'PROVINCIAL_COMMITTEE' ? above[1] : above[0] ?? null;
    }
    const after = addDays(m.date, rng.int(0, 12));
    const escalatedOn = escalateTo ? (after < today ? after : m.date) : null;
    const age = Number(today.slice(0, 4)) - Number(m.date.slice(0, 4));
    let status = options.status ?? (escalateTo === null ? 'OPEN'
      : rng.weighted<string>(age >= 3 ? [['RESOLVED', 55], ['DECLINED', 15], ['IN_PROGRESS', 20], ['OPEN', 10]]
        : age === 2 ? [['RESOLVED', 40], ['DECLINED', 10], ['IN_PROGRESS', 30], ['OPEN', 20]]
        : age === 1 ? [['RESOLVED', 25], ['DECLINED', 5], ['IN_PROGRESS', 35], ['OPEN', 35]]
        : [['RESOLVED', 5], ['IN_PROGRESS', 30], ['OPEN', 65]]));
    let closedOn: string | null = null;
    let note = options.note ?? null;
    if (status === 'RESOLVED' || status === 'DECLINED') {
      closedOn = addDays(escalatedOn ?? m.date, rng.int(20, 400));
      if (closedOn >= today) {
        status = 'IN_PROGRESS';
        closedOn = null;
      } else note ??= rng.pick(status === 'RESOLVED' ? RESOLVED_NOTES : DECLINED_NOTES);
    }
    writer.add('recommendation', [
      writer.id('recommendation'), m.cell.id, m.id, text, raisedBy, m.date, escalateTo?.id ?? null, escalatedOn, status, note, closedOn, m.orgPath, m.cell.rootId, 1,
      SEEDED_AT, SEEDED_AT,
    ]);
  };
  for (const cell of cells) {
    const rng = new Rng(`recommendations:${cell.code}`);
    const texts = RECOMMENDATIONS[cell.group.key];
    const regular = meetingsOf.get(cell)!.filter((m) => isRegularMeeting(m.kind));
    if (regular.length === 0) continue;
    let n: number;
    if (cell.group.key === 'dinhTrung') n = cell.residential ? rng.int(3, 5) : 0;
    else if (cell.group.key === 'bloc') n = rng.chance(0.08) ? 1 : 0;
    else if (cell.group.key === 'haLam') n = rng.chance(0.3) ? 1 : 0;
    else n = cell.residential ? rng.int(1, 3) : 0;
    const picked = rng.shuffle(regular).slice(0, n).sort((a, b) => (a.date < b.date ? -1 : 1));
    picked.forEach((m, i) => raise(rng, m, texts[(i + rng.int(0, texts.length - 1)) % texts.length]!.replace('{unit}', unitOf(cell))));
  }
  {
    // Seed 003: the north-west urban project, raised at the September 2024 meeting and escalated to the city.
    const rng = new Rng('recommendations:truong-dong');
    raise(rng, tdMeeting, NORTH_WEST_PROJECT, {
      status: 'IN_PROGRESS',
      escalateTo: tamKy,
      raisedBy: 'Trần Văn Tùng',
      note: null,
    });
  }
  await writer.save();
}
