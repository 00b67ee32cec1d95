import { graphql } from '../../gql';

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        at
        username
        action
        entityType
        entityId
        before
        after
      }
    }
  }
`);

export const AuditOrgNameDocument = graphql(`
  query AuditOrgName($id: ID!) {
    organization(id: $id) {
      id
      name
    }
  }
`);
