/**
 * The statements that fill subtree_count's YEAR_BAND rows from its BIRTH_YEAR rows (issue #14:
 * leader age bands from a rollup), for the migration that adds them on both databases (the SQL is
 * the same on both). Each organisation's current members by age band on 31 December of the year
 * of the day the AGE_BANDS rollup stands on (rollup_day). On a year's end every band threshold is
 * a 31 December, so the bands are sums of the BIRTH_YEAR rows (already summed over each
 * subtree): band limits of the rules frozen here, as a migration's must be (up to 30, 31–40,
 * 41–50, 51–60, over 60: born after year − 31, − 41, − 51, − 61). No rollup_day row: nothing to
 * fill (the start-up job then builds every row whole).
 */
export const FILL_YEAR_BANDS: readonly string[] = [
  `delete from subtree_count where dimension = 'YEAR_BAND'`,
  `insert into subtree_count (organization_id, dimension, key, n, root_id)
      select s.organization_id, 'YEAR_BAND', case
          when cast(s.key as integer) > y.year - 31 then 'UP_TO_30'
          when cast(s.key as integer) > y.year - 41 then 'FROM_31_TO_40'
          when cast(s.key as integer) > y.year - 51 then 'FROM_41_TO_50'
          when cast(s.key as integer) > y.year - 61 then 'FROM_51_TO_60'
          else 'OVER_60' end, sum(s.n), min(s.root_id)
      from (select cast(substr(day, 1, 4) as integer) as year from rollup_day where name = 'AGE_BANDS') y
      cross join subtree_count s
      where s.dimension = 'BIRTH_YEAR'
      group by s.organization_id, 3
      order by 1, 3`,
];
