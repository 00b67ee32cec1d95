import type { EntityManager } from '@mikro-orm/knex';
import { subtreeUpperBound } from '@fourgood/rules';
import type { Access } from '../auth/access.js';
import { withinRanges } from '../auth/scope-filter.js';
import { cursorPage, MAX_PAGE_SIZE, toConnection, toGlobalId, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';
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
  /** Part of the user name, lower case. */
  username?: string | null;
  actions?: string[] | null;
  entityType?: string | null;
  /** The global id of the changed object. */
  entityId?: string | null;
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
    return this.page(em, query, args, true);
  }

  /**
   * Every entry of `search` (same scope, same filter, same redaction), newest first, a page at a
   * time: for the streamed export (GET /dataio/audit.csv). The identity map is cleared after each
   * page, so memory stays flat however many entries there are.
   */
  async *entries(em: EntityManager, query: AuditQuery, batch = MAX_PAGE_SIZE): AsyncGenerator<AuditEntry> {
    let after: string | null = null;
    for (;;) {
      const page: ConnectionShape<AuditEntry> = await this.page(em, query, { first: batch, after }, false);
      em.clear();
      yield* page.nodes;
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }

  private async page(em: EntityManager, query: AuditQuery, args: PageArgs, includeCount: boolean): Promise<ConnectionShape<AuditEntry>> {
    this.access.requireSomewhere('AUDIT');
    const and: Array<Record<string, unknown>> = [];
    and.push(withinRanges('orgPath', this.access.readRanges('AUDIT')));
    if (query.orgPath) and.push({ orgPath: { $gte: query.orgPath, $lt: subtreeUpperBound(query.orgPath) } });
    if (query.userId != null) and.push({ userId: query.userId });
    if (query.username) and.push({ username: { $like: `%${query.username.replace(/[\\%_]/g, '')}%` } });
    if (query.actions) and.push({ action: { $in: query.actions } });
    if (query.entityType) and.push({ entityType: query.entityType });
    if (query.entityId) and.push({ entityId: query.entityId });
    if (query.from) and.push({ at: { $gte: query.from } });
    if (query.to) and.push({ at: { $lt: query.to } });
    const page = await em.findByCursor(AuditEntry, and.length ? { $and: and } : {}, { ...cursorPage(em, AuditEntry, args, { id: 'desc' }), includeCount });
    const connection = toConnection(page);
    const redact = await this.redactor(em, connection.nodes);
    const nodes = connection.nodes.map(redact);
    return { ...connection, nodes, edges: connection.edges.map((e, i) => ({ ...e, node: nodes[i]! })) };
  }

  /**
   * Entries name organisations and members by global id (the changed object, `before`/`after`
   * values). One the caller may not READ today (a member transferred away, the other end of a
   * cross-province transfer) is replaced by OUT_OF_SCOPE, and so are the `code` and
   * `cardNumber` of an entry about it; names stay (a historical fact). Copies, never the managed rows.
   */
  private async redactor(em: EntityManager, entries: AuditEntry[]): Promise<(entry: AuditEntry) => AuditEntry> {
    const named = { Organization: new Set<number>(), Member: new Set<number>() };
    const visit = (value: unknown, found: (type: 'Organization' | 'Member', id: number) => void): void => {
      if (typeof value === 'string') {
        const ref = scopedRef(value);
        if (ref) found(ref.type, ref.id);
      } else if (Array.isArray(value)) value.forEach((v) => visit(v, found));
      else if (value && typeof value === 'object') Object.values(value).forEach((v) => visit(v, found));
    };
    for (const e of entries) visit([e.entityId, e.before, e.after], (type, id) => named[type].add(id));
    if (named.Organization.size === 0 && named.Member.size === 0) return (e) => e;
    // The scope filter of `em` keeps only what the caller may read.
    const orgs = named.Organization.size ? await em.find(Organization, { id: { $in: [...named.Organization] } }, { fields: ['id'] }) : [];
    const members = named.Member.size ? await em.find(Member, { id: { $in: [...named.Member] } }, { fields: ['id'] }) : [];
    const visible = new Set([...orgs.map((o) => toGlobalId('Organization', o.id)), ...members.map((m) => toGlobalId('Member', m.id))]);
    const hidden = (s: string) => scopedRef(s) !== null && !visible.has(s);
    const clean = (value: unknown, hideKeys: boolean): unknown => {
      if (typeof value === 'string') return hidden(value) ? OUT_OF_SCOPE : value;
      if (Array.isArray(value)) return value.map((v) => clean(v, false));
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideKeys && (k === 'code' || k === 'cardNumber') && v != null ? OUT_OF_SCOPE : clean(v, false)]));
      }
      return value;
    };
    return (entry) => {
      const aboutHidden = hidden(entry.entityId);
      const copy = Object.assign(Object.create(AuditEntry.prototype) as AuditEntry, entry);
      copy.entityId = aboutHidden ? OUT_OF_SCOPE : entry.entityId;
      copy.before = clean(entry.before, aboutHidden) as AuditEntry['before'];
      copy.after = clean(entry.after, aboutHidden) as AuditEntry['after'];
      return copy;
    };
  }
}

/** What an audit entry shows instead of an organisation or member outside the caller's scope. */
export const OUT_OF_SCOPE = 'OUT_OF_SCOPE';

function scopedRef(value: string): { type: 'Organization' | 'Member'; id: number } | null {
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(value)) return null;
  const m = /^(Organization|Member):([1-9][0-9]{0,14})$/.exec(Buffer.from(value, 'base64url').toString());
  return m ? { type: m[1] as 'Organization' | 'Member', id: Number(m[2]) } : null;
}
