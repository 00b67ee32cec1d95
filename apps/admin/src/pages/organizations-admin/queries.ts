import { graphql } from '../../gql';

export const ManagedOrganizationDocument = graphql(`
  query ManagedOrganization($id: ID!) {
    organization(id: $id) {
      id
      code
      name
      kind
      sector
      cellType
      foundedOn
      dissolvedOn
      nameSince
      formerNames {
        name
        usedFrom
        usedUntil
      }
      parent {
        id
        name
        kind
      }
      ancestors {
        id
        name
      }
      stats {
        members
        organizations
      }
    }
  }
`);

export const PreviewOrganizationChangeDocument = graphql(`
  query PreviewOrganizationChange($input: OrganizationChangeInput!) {
    previewOrganizationChange(input: $input) {
      organizationsMoving
      cellsMoving
      membersMoving
      dissolved {
        ...PreviewNode
      }
      treeAfter {
        ...PreviewNode
      }
    }
  }

  fragment PreviewNode on OrganizationPreviewNode {
    id
    code
    name
    kind
    level
    changed
    members
  }
`);

export const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
    }
  }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      nameSince
      code
      sector
      cellType
    }
  }
`);

export const MoveOrganizationDocument = graphql(`
  mutation MoveOrganization($input: MoveOrganizationInput!) {
    moveOrganization(input: $input) {
      id
      name
    }
  }
`);

export const MergeOrganizationsDocument = graphql(`
  mutation MergeOrganizations($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) {
      id
      name
    }
  }
`);

export const DissolveOrganizationDocument = graphql(`
  mutation DissolveOrganization($input: DissolveOrganizationInput!) {
    dissolveOrganization(input: $input) {
      id
      name
      dissolvedOn
    }
  }
`);
