import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { AssessmentService } from '../assessments/assessment.service.js';
import { Access } from '../auth/access.js';
import { CriteriaService } from '../criteria/criteria.service.js';
import { HierarchyService } from '../hierarchy/hierarchy.service.js';
import { MemberService } from '../members/member.service.js';

/**
 * The services the seeders call, built in this one place on a fresh entity manager, with the
 * system's access (the seed's composition root; requests build theirs in graphql/context.ts).
 */
export function seedServices(orm: MikroORM, today: string) {
  const em = orm.em.fork() as unknown as EntityManager;
  const access = Access.system();
  const hierarchy = new HierarchyService(em, today, access);
  const audit = hierarchy.audit;
  const criteria = new CriteriaService(em, access, hierarchy, audit);
  const members = new MemberService(em, today, hierarchy);
  const assessments = new AssessmentService(em, today, access, hierarchy, members, criteria, audit);
  return { em, hierarchy, criteria, members, assessments };
}
