import { parse } from 'graphql';
import { withinRanges } from '../auth/scope-filter.js';
import { forbidden, notFound, Problems } from '../graphql/errors.js';
import { cursorPage, toConnection, type ConnectionShape, type PageArgs } from '../graphql/relay.js';
import { SavedQuery } from './saved-query.entity.js';
import { RequestService } from '../common/request-service.js';

export interface SavedQueryInput {
  name: string;
  description?: string | null;
  query: string;
  variables?: string | null;
  shared?: boolean | null;
}

/** The analyst workspace's saved queries. */
export class SavedQueryService extends RequestService {
  /** Own queries, and shared ones saved by someone whose scope the caller can read. */
  private visible(): Record<string, unknown> {
    const own = { ownerId: this.access.viewer?.userId ?? -1 };
    const shared = { shared: true, ...withinRanges('scopePath', this.access.readRanges('QUERY_WORKSPACE')) };
    return { $or: [own, shared] };
  }

  async list(args: PageArgs): Promise<ConnectionShape<SavedQuery>> {
    this.access.requireSomewhere('QUERY_WORKSPACE');
    const page = await this.em.findByCursor(SavedQuery, this.visible(), cursorPage(this.em, SavedQuery, args, { updatedAt: 'desc', id: 'desc' }));
    return toConnection(page);
  }

  async save(id: number | null, input: SavedQueryInput): Promise<SavedQuery> {
    this.access.requireSomewhere('QUERY_WORKSPACE');
    const problems = new Problems();
    const name = input.name.trim();
    if (name.length === 0 || name.length > 200) problems.add('input.name', 'BAD_LENGTH', 'Name: 1–200 characters', { min: 1, max: 200 });
    if ((input.description ?? '').length > 2000) problems.add('input.description', 'TOO_LONG', 'Description: at most 2000 characters', { max: 2000 });
    if (input.query.length > 20_000) problems.add('input.query', 'TOO_LONG', 'The query is longer than 20,000 characters', { max: 20_000 });
    else {
      try {
        parse(input.query);
      } catch (error) {
        problems.add('input.query', 'NOT_A_DOCUMENT', `Not a GraphQL document: ${(error as Error).message}`);
      }
    }
    if (input.variables) {
      try {
        const parsed = JSON.parse(input.variables);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      } catch {
        problems.add('input.variables', 'NOT_AN_OBJECT', 'Variables must be a JSON object');
      }
    }
    problems.throwIfAny();
    const viewer = this.access.viewer!;
    return this.em.transactional(async (em) => {
      let saved: SavedQuery;
      if (id !== null) {
        // One the caller cannot see (another user's, not shared with them) looks like none.
        const existing = await em.findOne(SavedQuery, { id, ...this.visible() });
        if (!existing) throw notFound('Saved query', 'input.id');
        if (existing.ownerId !== viewer.userId) throw forbidden('input.id');
        saved = existing;
      } else {
        const scope = this.access.grants.find((g) => g.role === 'ANALYST' || g.role === 'ADMIN')?.scopePath ?? null;
        saved = em.create(SavedQuery, { ownerId: viewer.userId, ownerName: viewer.username, scopePath: scope, name, query: input.query });
      }
      Object.assign(saved, { name, description: input.description?.trim() || null, query: input.query, variables: input.variables?.trim() || null, shared: input.shared ?? false });
      await em.flush();
      return saved;
    });
  }

  async remove(id: number): Promise<boolean> {
    this.access.requireSomewhere('QUERY_WORKSPACE');
    const existing = await this.em.findOne(SavedQuery, { id, ...this.visible() });
    if (!existing) throw notFound('Saved query', 'id');
    if (existing.ownerId !== this.access.viewer?.userId) throw forbidden('id');
    await this.em.transactional((em) => em.nativeDelete(SavedQuery, { id }));
    return true;
  }

  async findVisible(id: number): Promise<SavedQuery | null> {
    this.access.requireSomewhere('QUERY_WORKSPACE');
    return this.em.findOne(SavedQuery, { id, ...this.visible() });
  }
}

