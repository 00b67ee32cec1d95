import { graphql } from '../../gql';

export const ManagedMembersDocument = graphql(`
  query ManagedMembers($id: ID!, $search: String, $first: Int, $after: String, $last: Int, $before: String) {
    organization(id: $id) {
      id
      name
      kind
      members(filter: { search: $search }, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          id
          cardNumber
          fullName
          gender
          age
          position
          status
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const ManagedMemberDocument = graphql(`
  query ManagedMember($id: ID!) {
    member(id: $id) {
      ...MemberRecord
      organization {
        id
        name
        kind
        ancestors {
          id
          name
        }
      }
    }
  }
`);

export const MemberChangesDocument = graphql(`
  query MemberChanges($id: ID!) {
    auditLog(filter: { memberId: $id }, first: 100) {
      nodes {
        at
        username
        action
        before
        after
      }
    }
  }
`);

export const CreateMemberDocument = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      id
      fullName
    }
  }
`);

export const UpdateMemberDocument = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
      fullName
    }
  }
`);

export const TransferMemberDocument = graphql(`
  mutation TransferMember($input: TransferMemberInput!) {
    transferMember(input: $input) {
      id
      organization {
        id
        name
      }
    }
  }
`);

export const ChangeMemberStatusDocument = graphql(`
  mutation ChangeMemberStatus($input: ChangeMemberStatusInput!) {
    changeMemberStatus(input: $input) {
      id
      status
    }
  }
`);
