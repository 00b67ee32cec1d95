import { graphql } from '../gql';

export const OrgSearchDocument = graphql(`
  query OrgSearch($id: ID!, $search: String, $kind: OrganizationKind, $first: Int) {
    organization(id: $id) {
      id
      name
      kind
      cellType
      descendants(filter: { search: $search, kind: $kind }, first: $first) {
        nodes {
          id
          name
          kind
          cellType
        }
      }
    }
  }
`);

export const ProvincesForPickerDocument = graphql(`
  query ProvincesForPicker {
    provinces(first: 200) {
      nodes {
        id
        name
        kind
        cellType
      }
    }
  }
`);
