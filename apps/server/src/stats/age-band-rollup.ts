import type { EntityManager } from '@mikro-orm/knex';
import { AGE_BANDS, ageBandThresholds, todayInVietnam } from '@fourgood/rules';
import { AGE_BANDS_ROLLUP, readRollupDay, writeRollupDay, yearEnd } from './rollup-days.js';
import { CountDeltas, dialectOfEm, rebuildSubtreeCounts } from './subtree-counts.js';

/**
 * The daily job of the exact age bands in `subtree_count` (dimension AGE_BAND). The rows count
 * every member in its band on the day recorded in `rollup_day` (AGE_BANDS). Moving that day from
 * D to D' moves, for each band threshold, the members born between the threshold on D and the
 * threshold on D' into the next band (or back, when D' is before D): a few hundred members a day
 * for the whole country, read on member(root_id, birth_date, org_path), whatever the number of
 * members. When the day changes year, the YEAR_BAND rows (bands on the year's end) move too
 * (moveYearBands). Never built (a new database): built whole on `to`. One transaction.
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
    if (from.slice(0, 4) !== to.slice(0, 4)) await moveYearBands(t, from, to);
    await writeRollupDay(t, AGE_BANDS_ROLLUP, to);
    return { from, to, moved };
  });
}

/**
 * Moves the YEAR_BAND rows of every organisation from the bands on `from`'s year's end to those
 * on `to`'s. On a year's end each threshold is a 31 December, so whole birth years change band:
 * for threshold i, the years between its year on the two ends (one year per threshold for a
 * move of one year) go from band i to band i + 1 (or back, to an earlier year). The counts of
 * those years are subtree_count's own BIRTH_YEAR rows, already summed over each subtree: one
 * set-based upsert (a few rows per organisation, whatever the number of members; no read of
 * `member`), then one delete of the rows it brought to zero. A jump of many years nets out:
 * a year in the windows of two thresholds moves two bands.
 */
async function moveYearBands(em: EntityManager, from: string, to: string): Promise<void> {
  const before = ageBandThresholds(yearEnd(from));
  const after = ageBandThresholds(yearEnd(to));
  // Per threshold, the birth-year keys in (lo, hi] and the two rows they move: minus from one band, plus to the other.
  const moves = before.flatMap((b, i) => {
    const old = b.bornAfter.slice(0, 4);
    const now = after[i]!.bornAfter.slice(0, 4);
    if (old === now) return [];
    const forward = now > old;
    const [lo, hi] = forward ? [old, now] : [now, old];
    const [leave, enter] = forward ? [AGE_BANDS[i]!, AGE_BANDS[i + 1]!] : [AGE_BANDS[i + 1]!, AGE_BANDS[i]!];
    return [
      { lo, hi, band: leave, sign: -1 },
      { lo, hi, band: enter, sign: 1 },
    ];
  });
  if (moves.length === 0) return;
  const int = 'cast(? as integer)';
  // `cross join`: subtree_count read once as the outer loop on SQLite (no index serves
  // dimension and key without the organisation), each row matched against the few windows.
  await em.execute(
    `with w(lo, hi, band, sign) as (values ${moves.map(() => `(?, ?, ?, ${int})`).join(', ')})
     insert into subtree_count (organization_id, dimension, key, n, root_id)
     select s.organization_id, 'YEAR_BAND', w.band, sum(s.n * w.sign), min(s.root_id)
     from subtree_count s cross join w
     where s.dimension = 'BIRTH_YEAR' and s.key > w.lo and s.key <= w.hi
     group by s.organization_id, w.band
     having sum(s.n * w.sign) <> 0
     on conflict (organization_id, dimension, key) do update set n = subtree_count.n + excluded.n`,
    moves.flatMap((m) => [m.lo, m.hi, m.band, m.sign]),
    'run',
  );
  await em.execute(`delete from subtree_count where dimension = 'YEAR_BAND' and n = 0`, [], 'run');
}
