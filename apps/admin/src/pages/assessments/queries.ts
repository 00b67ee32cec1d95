import { graphql } from '../../gql';

export const AssessmentFullFragment = graphql(`
  fragment AssessmentFull on Assessment {
    id
    model
    period
    status
    lockVersion
    returnReason
    submittedAt
    approvedAt
    total
    level
    fourGood
    organization {
      id
      name
      kind
      cellType
      ancestors {
        id
        name
      }
    }
    member {
      id
      fullName
    }
    meeting {
      id
      date
    }
    table {
      id
      name
      version
      seriesCode
      model
      ...CriteriaContent
    }
    scores {
      itemCode
      selfPoints
      selfYes
      selfNote
      reviewPoints
      reviewYes
      reviewNote
      selfOverridden
      reviewOverridden
      metric {
        code
        explanation
        recorded
      }
    }
  }
`);

export const AssessmentDocument = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      ...AssessmentFull
    }
  }
`);

export const AssessmentsDocument = graphql(`
  query Assessments($filter: AssessmentFilter, $first: Int, $after: String, $last: Int, $before: String) {
    assessments(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        model
        period
        status
        total
        level
        fourGood
        submittedAt
        approvedAt
        organization {
          id
          name
        }
        member {
          id
          fullName
        }
        table {
          id
          name
          version
        }
      }
    }
  }
`);

export const CreateAssessmentDocument = graphql(`
  mutation CreateAssessment($input: CreateAssessmentInput!) {
    createAssessment(input: $input) {
      id
    }
  }
`);

export const SaveScoresDocument = graphql(`
  mutation SaveScores($input: SaveScoresInput!) {
    saveScores(input: $input) {
      ...AssessmentFull
    }
  }
`);

export const SubmitAssessmentDocument = graphql(`
  mutation SubmitAssessment($input: AssessmentTransitionInput!) {
    submitAssessment(input: $input) {
      ...AssessmentFull
    }
  }
`);

export const ApproveAssessmentDocument = graphql(`
  mutation ApproveAssessment($input: AssessmentTransitionInput!) {
    approveAssessment(input: $input) {
      ...AssessmentFull
    }
  }
`);

export const ReturnAssessmentDocument = graphql(`
  mutation ReturnAssessment($input: ReturnAssessmentInput!) {
    returnAssessment(input: $input) {
      ...AssessmentFull
    }
  }
`);

/** The assessment's steps as the audit log recorded them (staff and admins may read it). */
export const AssessmentHistoryDocument = graphql(`
  query AssessmentHistory($organizationId: ID!) {
    auditLog(filter: { organizationId: $organizationId }, first: 200) {
      nodes {
        at
        username
        action
        entityType
        entityId
        after
      }
    }
  }
`);

export const PublishedTablesDocument = graphql(`
  query PublishedTables($model: CriteriaModel!) {
    criteriaTables(filter: { model: $model, status: PUBLISHED }, first: 200) {
      nodes {
        id
        name
        version
        seriesCode
        organizationKind
        cellType
        isExample
        owner {
          id
          name
        }
      }
    }
  }
`);

export const OrgBriefDocument = graphql(`
  query OrgBrief($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      cellType
    }
  }
`);
