import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { Organization } from '../hierarchy/organization.entity.js';

/** Per-request loaders for objects resolved once per row. */
export function createLoaders(em: EntityManager) {
  return {
    organization: new DataLoader<number, Organization | null>(async (ids) => {
      const found = await em.find(Organization, { id: { $in: [...ids] } });
      const byId = new Map(found.map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
