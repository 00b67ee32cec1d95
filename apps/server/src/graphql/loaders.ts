import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';

/** Per-request loaders for objects resolved once per row. */
export function createLoaders(em: EntityManager) {
  return {
    organization: new DataLoader<number, Organization | null>(async (ids) => {
      const found = await em.find(Organization, { id: { $in: [...ids] } });
      const byId = new Map(found.map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** A member by id; null outside the caller's scope (the scope filter applies). */
    member: new DataLoader<number, Member | null>(async (ids) => {
      const found = await em.find(Member, { id: { $in: [...ids] } });
      const byId = new Map(found.map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
