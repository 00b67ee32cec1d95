import type { MikroORM } from '@mikro-orm/core';
import { todayInVietnam } from '@fourgood/rules';
import { seedDemoUsers } from '../auth/demo-users.js';
import { loadActivityCells } from './seeders/activity-cells.js';
import { seedCompetition } from './seeders/competition.js';
import { seedMeetings } from './seeders/meetings.js';
import { seedOversight } from './seeders/oversight.js';
import { seedQualityDemo } from './seeders/quality.js';
import { seedRecommendations } from './seeders/recommendations.js';
import { seedDemoData, type SeedSummary } from './seeders/tree.js';

export { DATA_AS_OF, RESTRUCTURE_ON, isDatabaseEmpty, seedBenchmarkProvince, seedDemoData, type SeedSummary } from './seeders/tree.js';

/**
 * The whole demo, one seeder per concern, in order: the tree and members; criteria tables,
 * assessments and ratings; the cell activities (oversight assignments, meetings with attendance
 * and guests, recommendations, commitments and awards); one user per role. Deterministic: the
 * same scale and day give the same rows on SQLite and PostgreSQL.
 */
export async function seedDemo(orm: MikroORM, options: { scale: number; today?: string }): Promise<SeedSummary> {
  const today = options.today ?? todayInVietnam();
  const started = performance.now();
  const steps: NonNullable<SeedSummary['steps']> = [];
  const step = async <T>(name: string, seeder: () => Promise<T>): Promise<T> => {
    const from = performance.now();
    const result = await seeder();
    steps.push({ name, millis: Math.round(performance.now() - from) });
    return result;
  };

  const summary = await step('tree and members', () => seedDemoData(orm, { ...options, today }));
  await step('criteria, assessments, ratings', () => seedQualityDemo(orm, today));
  const activity = await loadActivityCells(orm, today);
  const oversight = await step('oversight', () => seedOversight(orm, activity));
  const meetings = await step('meetings', () => seedMeetings(orm, activity, oversight));
  await step('recommendations', () => seedRecommendations(orm, activity, meetings));
  await step('competition', () => seedCompetition(orm, activity, meetings));
  await step('users', () => seedDemoUsers(orm));
  return { ...summary, millis: Math.round(performance.now() - started), steps };
}
