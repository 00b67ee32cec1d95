import { invalid } from '../graphql/errors.js';
import { idOf, optionalIdOf, toGlobalId } from '../graphql/relay.js';
import type { HierarchyService } from '../hierarchy/hierarchy.service.js';
import type { AuditQuery } from './audit.service.js';

/** The audit log's filter as the API takes it (GraphQL `AuditFilter`, or the query string of GET /dataio/audit.csv). */
export interface AuditFilterInput {
  organizationId?: string | null;
  userId?: string | null;
  username?: string | null;
  actions?: string[] | null;
  entityType?: string | null;
  memberId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Checks a filter and turns it into the service's query: the organisation must be one the caller
 * may read (else NOT_FOUND), and each field at fault is named. One place for the screen's query and
 * the export, so that both list exactly the same entries.
 */
export async function toAuditQuery(hierarchy: HierarchyService, filter: AuditFilterInput | null | undefined): Promise<AuditQuery> {
  let orgPath: string | null = null;
  if (filter?.organizationId != null) {
    const org = await hierarchy.require(idOf('Organization', filter.organizationId, 'filter.organizationId'), 'filter.organizationId');
    orgPath = org.path;
  }
  if (filter?.from && filter?.to && filter.from >= filter.to) throw invalid('filter.to', 'The end is before the start', 'TO_BEFORE_FROM');
  const userId = optionalIdOf('User', filter?.userId, 'filter.userId');
  const username = filter?.username?.trim().toLowerCase() || null;
  if (username && username.length > 100) throw invalid('filter.username', 'At most 100 characters', 'TOO_LONG', { max: 100 });
  const actions = filter?.actions?.map((a) => a.trim()).filter(Boolean) ?? null;
  if (actions && actions.length > 50) throw invalid('filter.actions', 'At most 50 actions', 'TOO_MANY', { max: 50 });
  if (actions?.some((a) => !/^[A-Za-z]{1,64}$/.test(a))) throw invalid('filter.actions', 'An action is the name of a mutation', 'UNKNOWN_VALUE');
  const entityType = filter?.entityType?.trim() || null;
  if (entityType && !/^[A-Za-z]{1,64}$/.test(entityType)) throw invalid('filter.entityType', 'A type name, e.g. Member', 'UNKNOWN_VALUE');
  const memberId = optionalIdOf('Member', filter?.memberId, 'filter.memberId');
  const entityId = memberId == null ? null : toGlobalId('Member', memberId);
  return { orgPath, userId, username, entityId, actions: actions?.length ? actions : null, entityType, from: filter?.from, to: filter?.to };
}
