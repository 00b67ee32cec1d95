import { graphql } from '../../gql';

export const ManagedUsersDocument = graphql(`
  query ManagedUsers($first: Int, $after: String, $last: Int, $before: String) {
    users(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...ManagedUser
      }
    }
  }

  fragment ManagedUser on User {
    id
    username
    displayName
    active
    grants {
      id
      role
      organization {
        id
        name
      }
    }
  }
`);

/** One account by id (one just created, when it sorts onto another page than the one shown). */
export const ManagedUserDocument = graphql(`
  query ManagedUser($id: ID!) {
    node(id: $id) {
      ... on User {
        ...ManagedUser
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...ManagedUser
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      id
      username
    }
  }
`);

export const SetUserActiveDocument = graphql(`
  mutation SetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      id
      active
    }
  }
`);

export const GrantRoleDocument = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      role
      organization {
        id
        name
      }
    }
  }
`);

export const RevokeGrantDocument = graphql(`
  mutation RevokeGrant($input: RevokeGrantInput!) {
    revokeGrant(input: $input) {
      id
    }
  }
`);
