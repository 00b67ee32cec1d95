import { graphql } from '../../gql';

export const SavedQueriesDocument = graphql(`
  query SavedQueries($first: Int) {
    savedQueries(first: $first) {
      totalCount
      nodes {
        ...SavedQueryParts
      }
    }
  }

  fragment SavedQueryParts on SavedQuery {
    id
    name
    description
    query
    variables
    shared
    ownerName
    updatedAt
  }
`);

export const SaveQueryDocument = graphql(`
  mutation SaveQuery($input: SaveQueryInput!) {
    saveQuery(input: $input) {
      ...SavedQueryParts
    }
  }
`);

export const DeleteSavedQueryDocument = graphql(`
  mutation DeleteSavedQuery($id: ID!) {
    deleteSavedQuery(id: $id)
  }
`);
