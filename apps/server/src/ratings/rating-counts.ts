import type { EntityManager } from '@mikro-orm/knex';
import { pathIds, subtreeUpperBound, todayInVietnam } from '@fourgood/rules';
import { writeRollupDay } from '../stats/rollup-days.js';

/** The row of `rollup_day` that says rating_count was built (the day of its last rebuild). */
export const RATING_COUNTS_ROLLUP = 'RATING_COUNTS';

/**
 * Maintenance of `rating_count` (see RatingCount). Rows with n = 0 are never kept. Every change
 * runs in the transaction of the rating it follows, in a bounded number of statements.
 */

/** The paths a rating counts under: every prefix of its path (an organisation's own path left out). */
export function countedPaths(subject: string, orgPath: string): string[] {
  const ids = pathIds(orgPath);
  const out: string[] = [];
  let path = '/';
  for (const id of ids) {
    path += `${id}/`;
    out.push(path);
  }
  return subject === 'ORGANIZATION' ? out.slice(0, -1) : out;
}

interface Delta {
  subject: string;
  year: number;
  path: string;
  level: string;
  n: number;
  rootId: number;
}

/** Changes to rating_count, netted per row, written in statements of at most 1,000 rows. */
export class RatingCountDeltas {
  private readonly deltas = new Map<string, Delta>();

  /** A rating counted (sign 1) or no longer counted (-1). */
  rating(r: { subject: string; year: number; orgPath: string; level: string }, sign: 1 | -1, n = 1): this {
    for (const path of countedPaths(r.subject, r.orgPath)) {
      const key = `${r.subject}|${r.year}|${path}|${r.level}`;
      const d = this.deltas.get(key);
      if (d) d.n += sign * n;
      else this.deltas.set(key, { subject: r.subject, year: r.year, path, level: r.level, n: sign * n, rootId: pathIds(path)[0]! });
    }
    return this;
  }

  async apply(em: EntityManager): Promise<void> {
    const rows = [...this.deltas.values()].filter((d) => d.n !== 0);
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await em.execute(
        `insert into rating_count (subject, year, path, level, n, root_id) values ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
         on conflict (subject, year, path, level) do update set n = rating_count.n + excluded.n`,
        chunk.flatMap((d) => [d.subject, d.year, d.path, d.level, d.n, d.rootId]),
        'run',
      );
    }
    const lowered = rows.filter((d) => d.n < 0);
    for (let i = 0; i < lowered.length; i += 500) {
      const chunk = lowered.slice(i, i + 500);
      await em.execute(
        `delete from rating_count where n = 0 and (${chunk.map(() => '(subject = ? and year = ? and path = ? and level = ?)').join(' or ')})`,
        chunk.flatMap((d) => [d.subject, d.year, d.path, d.level]),
        'run',
      );
    }
  }
}

/**
 * Recomputes `rating_count` from `rating`: for one province (its root id) or for everything.
 * For bulk loads (seeds, imports) and repairs; returns the number of ratings counted. Ratings are read grouped per path (the covering
 * index rating(subject, year, org_path, level)) one province and subject at a time, then spread
 * over the paths above, so memory follows one province's cells, not the ratings.
 */
export async function rebuildRatingCounts(em: EntityManager, rootId?: number): Promise<number> {
  return em.transactional(async (tx) => {
    let ratings = 0;
    const t = tx as EntityManager;
    const roots =
      rootId != null ? [rootId] : (await t.execute<Array<{ id: number }>>(`select id from organization where parent_id is null`)).map((r) => Number(r.id));
    if (rootId != null) await t.execute(`delete from rating_count where root_id = ?`, [rootId], 'run');
    else await t.execute(`delete from rating_count`, [], 'run');
    for (const root of roots) {
      const lo = `/${root}/`;
      for (const subject of ['ORGANIZATION', 'MEMBER']) {
        const [span] = await t.execute<Array<{ lo: number | null; hi: number | null }>>(`select min(year) as lo, max(year) as hi from rating where subject = ?`, [subject]);
        if (span?.lo == null || span.hi == null) continue;
        for (let year = Number(span.lo); year <= Number(span.hi); year += 1) {
          const rows = await t.execute<Array<{ org_path: string; level: string; n: number | string }>>(
            `select org_path, level, count(*) as n from rating where subject = ? and year = ? and org_path >= ? and org_path < ? group by org_path, level`,
            [subject, year, lo, subtreeUpperBound(lo)],
          );
          if (rows.length === 0) continue;
          const deltas = new RatingCountDeltas();
          for (const r of rows) {
            deltas.rating({ subject, year, orgPath: String(r.org_path), level: String(r.level) }, 1, Number(r.n));
            ratings += Number(r.n);
          }
          await deltas.apply(t);
        }
      }
    }
    await writeRollupDay(t, RATING_COUNTS_ROLLUP, todayInVietnam());
    return ratings;
  });
}
