import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { AssessmentService } from '../assessments/assessment.service.js';
import { Access } from '../auth/access.js';
import { createRequest } from '../context.js';
import { dialectOfOrm } from './bulk-writer.js';

/**
 * The services the seeders call, built on a fresh entity manager by the composition root
 * (context.ts) with the system's access, asked for by name.
 */
export function seedServices(orm: MikroORM, today: string) {
  const em = orm.em.fork() as unknown as EntityManager;
  const { deps, services } = createRequest(em, dialectOfOrm(orm), Access.system(), today);
  const { hierarchy, criteria, members } = services;
  // Bulk demo data: items bound to a metric are not filled.
  const assessments = new AssessmentService(deps, { hierarchy, members, criteria, metrics: null });
  return { em, hierarchy, criteria, members, assessments };
}
