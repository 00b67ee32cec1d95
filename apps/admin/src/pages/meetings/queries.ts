import { graphql } from '../../gql';

/** What a row of the list and a day of the calendar show. */
export const MeetingRowFragment = graphql(`
  fragment MeetingRow on Meeting {
    id
    kind
    date
    startTime
    endTime
    place
    topic
    eligibleCount
    presentCount
    excusedCount
    unexcusedCount
    durationMinutes
    evening
    inWindow
    quality
  }
`);

export const RecommendationRowFragment = graphql(`
  fragment RecommendationRow on Recommendation {
    id
    text
    raisedBy
    raisedOn
    escalatedOn
    status
    resolutionNote
    closedOn
    lockVersion
    escalatedTo {
      id
      name
    }
  }
`);

/** A meeting with everything its page and its edit form show. */
export const MeetingFullFragment = graphql(`
  fragment MeetingFull on Meeting {
    ...MeetingRow
    draftResolution
    fullMinutes
    notes
    lockVersion
    organization {
      id
      name
      kind
      cellType
      meetingDayFrom
      meetingDayTo
      ancestors {
        id
        name
      }
    }
    attendance {
      memberName
      member {
        id
        fullName
        position
      }
      status
      reason
      excusedStreak
    }
    guests {
      fullName
      title
      assignment {
        id
        fullName
        title
      }
    }
    recommendations {
      ...RecommendationRow
    }
    qualityAssessment {
      id
      status
      total
      level
      table {
        id
        name
        version
      }
    }
  }
`);

export const CellMeetingsDocument = graphql(`
  query CellMeetings($id: ID!, $from: Date!, $to: Date!, $year: Int!) {
    organization(id: $id) {
      id
      name
      kind
      cellType
      foundedOn
      dissolvedOn
      meetingDayFrom
      meetingDayTo
      ancestors {
        id
        name
      }
      meetings(from: $from, to: $to, first: 200) {
        totalCount
        pageInfo {
          hasNextPage
        }
        nodes {
          ...MeetingRow
        }
      }
      meetingStats(year: $year) {
        ...MeetingStatsFigures
      }
    }
  }
`);

/** The cell as the new-meeting form needs it, with its last meeting (place and times offered again). */
export const MeetingFormOrgDocument = graphql(`
  query MeetingFormOrg($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      cellType
      meetingDayFrom
      meetingDayTo
      ancestors {
        id
        name
      }
      meetings(first: 1) {
        nodes {
          id
          place
          startTime
          endTime
        }
      }
    }
  }
`);

export const MeetingRollDocument = graphql(`
  query MeetingRoll($organizationId: ID!, $date: Date!) {
    meetingRoll(organizationId: $organizationId, date: $date) {
      id
      fullName
      position
      cardNumber
    }
  }
`);

export const MeetingGuestChoicesDocument = graphql(`
  query MeetingGuestChoices($id: ID!, $date: Date!) {
    organization(id: $id) {
      id
      oversightAssignments(activeOn: $date) {
        id
        fullName
        title
        fromDate
        toDate
      }
    }
  }
`);

export const MeetingDocument = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFull
    }
  }
`);

export const RecordMeetingDocument = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      ...MeetingFull
    }
  }
`);

export const UpdateMeetingDocument = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      ...MeetingFull
    }
  }
`);

export const DeleteMeetingDocument = graphql(`
  mutation DeleteMeeting($input: DeleteMeetingInput!) {
    deleteMeeting(input: $input)
  }
`);

export const RaiseRecommendationDocument = graphql(`
  mutation RaiseRecommendation($input: RaiseRecommendationInput!) {
    raiseRecommendation(input: $input) {
      ...RecommendationRow
      meeting {
        id
      }
    }
  }
`);

export const UpdateRecommendationDocument = graphql(`
  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
    updateRecommendation(input: $input) {
      ...RecommendationRow
      meeting {
        id
      }
    }
  }
`);

/** The cell's meetings in a span (the form warns when the month already has its regular meeting). */
export const MeetingsBetweenDocument = graphql(`
  query MeetingsBetween($id: ID!, $from: Date!, $to: Date!) {
    organization(id: $id) {
      id
      meetings(from: $from, to: $to, first: 50) {
        nodes {
          id
          kind
          date
        }
      }
    }
  }
`);

export const SetMeetingWindowDocument = graphql(`
  mutation SetMeetingWindow($input: MeetingWindowInput!) {
    setMeetingWindow(input: $input) {
      id
      meetingDayFrom
      meetingDayTo
    }
  }
`);
