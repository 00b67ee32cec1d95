export { DATA_AS_OF, RESTRUCTURE_ON, isDatabaseEmpty, seedBenchmarkProvince, seedDemoData, type SeedSummary } from './generate.js';

import type { MikroORM } from '@mikro-orm/core';
import { todayInVietnam } from '@fourgood/rules';
import { seedDemoUsers } from '../auth/demo-users.js';
import { seedDemoData as seedTree, type SeedSummary as Summary } from './generate.js';
import { seedActivitiesDemo } from './activities-demo.js';
import { seedQualityDemo } from './quality-demo.js';

/**
 * The whole demo: the tree and members, criteria tables, assessments and ratings, cell activities
 * (meetings, oversight, recommendations, commitments, awards), one user per role.
 */
export async function seedDemo(orm: MikroORM, options: { scale: number; today?: string }): Promise<Summary> {
  const today = options.today ?? todayInVietnam();
  const summary = await seedTree(orm, { ...options, today });
  await seedQualityDemo(orm, today);
  await seedActivitiesDemo(orm, today);
  await seedDemoUsers(orm);
  return summary;
}
