import type { EntityManager } from '@mikro-orm/knex';
import { ageBandThresholds, type AgeBand } from '@fourgood/rules';
import type { Dialect } from '../db/orm.js';

/** The rollup of age bands in `subtree_count` (dimensions AGE_BAND, and YEAR_BAND on its day's year's end): its row in `rollup_day`. */
export const AGE_BANDS_ROLLUP = 'AGE_BANDS';

/**
 * The day a date-dependent rollup stands on, or null when it was never built. `lock`: 'share' for
 * a writer that adds members at that day's bands, 'update' for the job that moves the day (on
 * PostgreSQL the job then waits for those writers, and they for it; SQLite runs one writing
 * transaction at a time anyway).
 */
export async function readRollupDay(em: EntityManager, dialect: Dialect, name: string, lock?: 'share' | 'update'): Promise<string | null> {
  const suffix = dialect === 'postgresql' && lock ? ` for ${lock}` : '';
  const rows = await em.execute<Array<{ day: string }>>(`select day from rollup_day where name = ?${suffix}`, [name]);
  return rows[0]?.day ?? null;
}

export async function writeRollupDay(em: EntityManager, name: string, day: string): Promise<void> {
  await em.execute(
    `insert into rollup_day (name, day) values (?, ?) on conflict (name) do update set day = excluded.day`,
    [name, day],
    'run',
  );
}

/** A member's exact age band on `day` (born after a band's threshold: in that band). */
export function ageBandOnDay(birthDate: string, day: string): AgeBand {
  return ageBandThresholds(day).find((t) => birthDate > t.bornAfter)?.band ?? 'OVER_60';
}

/** The age band of a birth-date column on `day`, as a CASE over the thresholds (band names are constants). */
export function ageBandCase(column: string, day: string): { sql: string; params: string[] } {
  const thresholds = ageBandThresholds(day);
  return {
    sql: `case ${thresholds.map((t) => `when ${column} > ? then '${t.band}'`).join(' ')} else 'OVER_60' end`,
    params: thresholds.map((t) => t.bornAfter),
  };
}

/** The last day of `day`'s year: the day of the YEAR_BAND rows when the rollup stands on `day`. */
export function yearEnd(day: string): string {
  return `${day.slice(0, 4)}-12-31`;
}

/**
 * The age band on 31 December of `day`'s year (the YEAR_BAND rows' day: yearEnd) of a birth-year
 * column ('YYYY' text: subtree_count's BIRTH_YEAR keys), as a CASE over the thresholds' years: on
 * a year's end every threshold is a 31 December, so a birth year lies wholly in one band (band
 * names and years are constants).
 */
export function yearBandCase(column: string, day: string): string {
  const thresholds = ageBandThresholds(yearEnd(day));
  return `case ${thresholds.map((t) => `when ${column} > '${t.bornAfter.slice(0, 4)}' then '${t.band}'`).join(' ')} else 'OVER_60' end`;
}
