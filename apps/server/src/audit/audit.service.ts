import type { EntityManager } from '@mikro-orm/knex';
import { subtreeUpperBound } from '@fourgood/rules';
import type { Access } from '../auth/access.js';
import { withinRanges } from '../auth/scope-filter.js';
import { cursorPage, toConnection, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  orgPath: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditQuery {
  /** Path of an organisation the caller may read: entries of its subtree. */
  orgPath?: string | null;
  userId?: number | null;
  from?: Date | null;
  to?: Date | null;
}

/** Writes and reads the audit log. */
export class AuditLog {
  constructor(
    private readonly access: Access,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Adds an entry through `em`, which must be the transaction of the change. */
  async record(em: EntityManager, entry: AuditRecord): Promise<void> {
    await em.insert(AuditEntry, {
      at: this.now(),
      userId: this.access.viewer?.userId ?? null,
      username: this.access.viewer?.username ?? 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      orgPath: entry.orgPath,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  }

  /** Newest first, limited to the caller's AUDIT scope (entries without an organisation: national auditors only). */
  async search(em: EntityManager, query: AuditQuery, args: PageArgs): Promise<ConnectionShape<AuditEntry>> {
    this.access.requireSomewhere('AUDIT');
    const and: Array<Record<string, unknown>> = [];
    and.push(withinRanges('orgPath', this.access.readRanges('AUDIT')));
    if (query.orgPath) and.push({ orgPath: { $gte: query.orgPath, $lt: subtreeUpperBound(query.orgPath) } });
    if (query.userId != null) and.push({ userId: query.userId });
    if (query.from) and.push({ at: { $gte: query.from } });
    if (query.to) and.push({ at: { $lt: query.to } });
    const page = await em.findByCursor(AuditEntry, and.length ? { $and: and } : {}, cursorPage(em, AuditEntry, args, { id: 'desc' }));
    return toConnection(page);
  }
}
