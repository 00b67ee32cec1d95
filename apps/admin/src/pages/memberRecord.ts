import { graphql } from '../gql';

/**
 * A member's record as both the member page (MemberPage.tsx) and the management page
 * (members-admin/) read it: the personal fields, the memberships and the status history. Each
 * query adds the organisation part it needs (the member page reads its ancestors as of a date).
 */
export const MemberRecordFragment = graphql(`
  fragment MemberRecord on Member {
    id
    cardNumber
    fullName
    gender
    birthDate
    age
    joinedOn
    officialOn
    position
    status
    memberships {
      organizationName
      organization {
        id
        name
      }
      position
      validFrom
      validTo
    }
    statusHistory {
      status
      validFrom
      validTo
    }
  }
`);
