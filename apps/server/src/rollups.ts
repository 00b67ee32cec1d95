import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { MEETING_ROLLUPS, MEETING_STREAKS, rebuildMeetingRollups, rebuildMeetingStreaks } from './meetings/meeting-rollups.js';
import { extendMeetingSubtreeYears, MEETING_SUBTREE_LAST, MEETING_SUBTREE_YEARS, rebuildMeetingSubtreeYears } from './meetings/meeting-subtree-years.js';
import { recordJobRun } from './ops/metrics.js';
import { RATING_COUNTS_ROLLUP, rebuildRatingCounts } from './ratings/rating-counts.js';
import { advanceAgeBands } from './stats/age-band-rollup.js';
import { readRollupDay } from './stats/rollup-days.js';
import { dialectOfEm, rebuildSubtreeCounts } from './stats/subtree-counts.js';

/**
 * The rollups the services keep in the transaction of every change (`subtree_count` with its
 * exact age bands, `rating_count`, `meeting_month`, `meeting_cell_year`, `meeting_streak_year`, `meeting_subtree_year`, `meeting_subtree_stage` and `meeting_subtree_entry`), recomputed from the base tables: for one province (its root
 * id) or for everything. Bulk loaders (seeds, imports) call this once after writing rows with
 * plain INSERTs; changes through the services need nothing.
 */
export async function rebuildRollups(em: EntityManager, scope: { rootId?: number } = {}): Promise<void> {
  await rebuildSubtreeCounts(em, scope.rootId);
  await rebuildRatingCounts(em, scope.rootId);
  await rebuildMeetingRollups(em, scope.rootId);
}

/**
 * Builds the rollups a database lacks (after the migration that added them) and moves the
 * date-dependent one (age bands) to today: now, at start-up (a missed day is caught up), then
 * shortly after every midnight in Vietnam until `stop()`. A failed run is logged and retried at
 * the next one; until the job has run, reads of today's age bands fall back to birth years plus
 * an exact count (StatsService), so answers stay exact either way.
 */
export async function startDailyRollups(orm: MikroORM, log: (message: string, error?: unknown) => void): Promise<{ stop(): Promise<void> }> {
  const run = async () => {
    const started = performance.now();
    try {
      // One transaction; on PostgreSQL under an advisory lock, so that the worker processes
      // starting together run it one after the other (the later ones find nothing to do).
      await (orm.em.fork() as EntityManager).transactional(async (tx) => {
        const em = tx as EntityManager;
        const dialect = dialectOfEm(em);
        if (dialect === 'postgresql') await em.execute(`select pg_advisory_xact_lock(hashtext('fourgood:rollups'))`);
        if ((await readRollupDay(em, dialect, RATING_COUNTS_ROLLUP)) == null) {
          const ratings = await rebuildRatingCounts(em);
          if (ratings > 0) log(`rating_count built from ${ratings} ratings in ${Math.round(performance.now() - started)} ms`);
        }
        if ((await readRollupDay(em, dialect, MEETING_ROLLUPS)) == null) {
          const meetings = await rebuildMeetingRollups(em);
          if (meetings > 0) log(`meeting_month and meeting_cell_year built from ${meetings} meetings in ${Math.round(performance.now() - started)} ms`);
        }
        if ((await readRollupDay(em, dialect, MEETING_STREAKS)) == null) {
          const flagged = await rebuildMeetingStreaks(em);
          if (flagged > 0) log(`meeting_streak_year built from ${flagged} flagged attendance rows in ${Math.round(performance.now() - started)} ms`);
        }
        // Never built, or built before meeting_subtree_stage and _entry (no last year covered): whole.
        if ((await readRollupDay(em, dialect, MEETING_SUBTREE_YEARS)) == null || (await readRollupDay(em, dialect, MEETING_SUBTREE_LAST)) == null) {
          const cells = await rebuildMeetingSubtreeYears(em);
          if (cells > 0) log(`meeting_subtree_year, _stage and _entry built from ${cells} cells in ${Math.round(performance.now() - started)} ms`);
        } else {
          // A new year: its rows, from the tables (until then it is counted from the periods).
          const cells = await extendMeetingSubtreeYears(em);
          if (cells != null) log(`meeting_subtree_year, _stage and _entry extended to this year from ${cells} cells in ${Math.round(performance.now() - started)} ms`);
        }
        const r = await advanceAgeBands(em);
        if (r.from != null && r.from !== r.to) log(`age bands moved from ${r.from} to ${r.to}: ${r.moved} members in ${Math.round(performance.now() - started)} ms`);
      });
      recordJobRun('rollups', true, (performance.now() - started) / 1000);
    } catch (error) {
      recordJobRun('rollups', false, (performance.now() - started) / 1000);
      log('a daily rollup job failed', error);
    }
  };
  let current: Promise<void> | null = null;
  let stopped = false;
  const tracked = () => (current = run().finally(() => (current = null)));
  await tracked();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped) return;
    // Next midnight in Vietnam (UTC+7), plus a minute.
    const now = Date.now();
    const vn = now + 7 * 3600_000;
    const next = vn - (vn % 86_400_000) + 86_400_000 + 60_000 - 7 * 3600_000;
    timer = setTimeout(() => void tracked().then(schedule), next - now);
    timer.unref();
  };
  schedule();
  // Stopping waits for a run in progress (it is one transaction: it commits or rolls back whole).
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
