import type { Dictionary, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { invalid, notFound } from '../graphql/errors.js';

/**
 * The row `id` of `entity` that the caller may read — `readable` is the caller's condition
 * (e.g. `withinRanges('orgPath', access.readRanges())`; `{}` when the scope filter alone decides)
 * —, null when there is none or it lies outside what the caller may read: out of scope looks
 * exactly like missing (FORBIDDEN is only for rows the caller reads but may not change).
 */
export async function findReadable<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  id: number,
  readable: Dictionary,
  _field: string,
  options: { filters?: boolean } = {},
): Promise<T | null> {
  return (await em.findOne(entity, { id, ...readable } as never, options)) as T | null;
}

/** As `findReadable`, NOT_FOUND (naming `typeName`) when there is none. */
export async function requireReadable<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  typeName: string,
  id: number,
  readable: Dictionary,
  field: string,
  options: { filters?: boolean } = {},
): Promise<T> {
  const found = await findReadable(em, entity, id, readable, field, options);
  if (!found) throw notFound(typeName, field);
  return found;
}

/** A required text input, trimmed: REQUIRED when empty, TOO_LONG over `max` characters. */
export function requiredText(value: string, field: string, max: number, label: string): string {
  const text = value.trim();
  if (text.length === 0) throw invalid(field, `${label}: required`, 'REQUIRED');
  if (text.length > max) throw invalid(field, `${label}: at most ${max} characters`, 'TOO_LONG', { max });
  return text;
}
