import { graphql } from '../../gql';

export const ManagedUsersDocument = graphql(`
  query ManagedUsers($after: String) {
    users(first: 200, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
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
