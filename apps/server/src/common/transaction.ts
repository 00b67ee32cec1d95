import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { AppError, conflict, ErrorCode } from '../graphql/errors.js';

export interface ConflictWording {
  /** What a unique-constraint violation means here, and the field at fault. */
  unique?: { message: string; field?: string };
  /** What a lost optimistic lock means here. */
  stale?: string;
}

/**
 * Runs a change in one transaction (all or nothing) and turns the database's refusals into the
 * client's words: a unique-constraint violation or a lost optimistic lock becomes CONFLICT.
 */
export async function inTransaction<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>, wording: ConflictWording = {}): Promise<T> {
  try {
    return await em.transactional((tx) => work(tx as EntityManager));
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new AppError(ErrorCode.CONFLICT, wording.stale ?? 'Someone else changed this after you opened it: reload it', {
        field: 'input.expectedVersion',
        reason: 'STALE_VERSION',
      });
    }
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict(wording.unique?.message ?? 'Another record already uses this value', wording.unique?.field, 'UNIQUE');
    }
    throw error;
  }
}
