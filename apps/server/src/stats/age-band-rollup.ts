import type { EntityManager } from '@mikro-orm/knex';
import { AGE_BANDS, ageBandThresholds, todayInVietnam } from '@fourgood/rules';
import { AGE_BANDS_ROLLUP, readRollupDay, writeRollupDay } from './rollup-days.js';
import { CountDeltas, dialectOfEm, rebuildSubtreeCounts } from './subtree-counts.js';

/**
 * The daily job of the exact age bands in `subtree_count` (dimension AGE_BAND). The rows count
 * every member in its band on the day recorded in `rollup_day` (AGE_BANDS). Moving that day from
 * D to D' moves, for each band threshold, the members born between the threshold on D and the
 * threshold on D' into the next band (or back, when D' is before D): a few hundred members a day
 * for the whole country, read on member(root_id, birth_date, org_path), whatever the number of
 * members. Never built (a new database): built whole on `to`. One transaction.
 */
export async function advanceAgeBands(em: EntityManager, to: string = todayInVietnam()): Promise<{ from: string | null; to: string; moved: number }> {
  const dialect = dialectOfEm(em);
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const from = await readRollupDay(t, dialect, AGE_BANDS_ROLLUP, 'update');
    if (from == null) {
      await rebuildSubtreeCounts(t, undefined, to);
      return { from, to, moved: 0 };
    }
    if (from === to) return { from, to, moved: 0 };
    const before = ageBandThresholds(from);
    const after = ageBandThresholds(to);
    const roots = (await t.execute<Array<{ id: number }>>(`select id from organization where parent_id is null`)).map((r) => Number(r.id));
    const deltas = new CountDeltas();
    let moved = 0;
    if (roots.length > 0) {
      // Threshold i separates band i (born after it) from band i + 1. Later day: the threshold
      // moves later, and the members born in (old, new] leave band i for band i + 1.
      const windows = before.map((b, i) => {
        const forward = after[i]!.bornAfter > b.bornAfter;
        return { i, lo: forward ? b.bornAfter : after[i]!.bornAfter, hi: forward ? after[i]!.bornAfter : b.bornAfter, sign: forward ? 1 : -1 };
      }).filter((w) => w.lo !== w.hi);
      if (windows.length > 0) {
        const rows = await t.execute<Array<{ i: number; path: string; n: number | string }>>(
          windows
            .map(
              (w) => `select ${w.i} as i, m.org_path as path, count(*) as n from member m
                where m.root_id in (${roots.map(() => '?').join(', ')}) and m.birth_date > ? and m.birth_date <= ? and m.org_path is not null
                group by m.org_path`,
            )
            .join(' union all '),
          windows.flatMap((w) => [...roots, w.lo, w.hi]),
        );
        for (const r of rows) {
          const w = windows.find((x) => x.i === Number(r.i))!;
          const n = Number(r.n) * w.sign;
          moved += Math.abs(n);
          deltas.ageBand(String(r.path), AGE_BANDS[w.i]!, -n).ageBand(String(r.path), AGE_BANDS[w.i + 1]!, n);
        }
      }
    }
    await deltas.apply(t);
    await writeRollupDay(t, AGE_BANDS_ROLLUP, to);
    return { from, to, moved };
  });
}
