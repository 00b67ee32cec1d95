import { graphql } from '../../gql';

/**
 * Documents of the meeting parts of the explore pages (organisation statistics, a member's
 * attendance); the meeting screens' own are in pages/meetings/queries.ts.
 */

/** Meeting figures of a subtree (the list's summary and the organisation page). */
export const MeetingStatsFiguresFragment = graphql(`
  fragment MeetingStatsFigures on MeetingStats {
    from
    to
    cells
    meetings
    regularHeld
    regularMonthsHeld
    regularDue
    regularInWindow
    cellsBehindOnRegular
    thematicHeld
    thematicQuartersCovered
    thematicQuartersDue
    cellsBehindOnThematic
    eligible
    present
    attendanceRate
    excusedAbsences
    unexcusedAbsences
    membersExcusedStreak
    eveningMeetings
    eveningShare
    ratedMeetings
    ratedGood
    ratedGoodShare
  }
`);

export const OrgMeetingStatsDocument = graphql(`
  query OrgMeetingStats($id: ID!, $year: Int!) {
    organization(id: $id) {
      id
      meetingStats(year: $year) {
        ...MeetingStatsFigures
      }
      recommendationStats {
        open
        inProgress
        resolved
        declined
        oldestOpenDays
        averageOpenDays
      }
    }
  }
`);

export const MemberAttendanceDocument = graphql(`
  query MemberAttendance($id: ID!, $from: Date!, $to: Date!) {
    member(id: $id) {
      id
      attendance(from: $from, to: $to) {
        status
        reason
        excusedStreak
        meeting {
          id
          kind
          date
          startTime
          endTime
          organization {
            id
            name
          }
        }
      }
    }
  }
`);
