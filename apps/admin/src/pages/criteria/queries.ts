import { graphql } from '../../gql';

/** The scoring content of a table version, shared by the editor and the score sheet. */
export const CriteriaContentFragment = graphql(`
  fragment CriteriaContent on CriteriaTable {
    outcome {
      total
      fourGoodThreshold
      bands {
        top
        second
        third
      }
      bonusCap
      deductionCap
      excellentCapPercent
      outstandingCapPercent
    }
    groups {
      code
      title
      minPoints
    }
    items {
      code
      groupCode
      text
      guidance
      kind
      maxPoints
      vetoEffect
      metric
    }
  }
`);

export const CriteriaTableFullFragment = graphql(`
  fragment CriteriaTableFull on CriteriaTable {
    id
    seriesCode
    version
    name
    model
    organizationKind
    cellType
    status
    isExample
    lockVersion
    updatedAt
    publishedAt
    owner {
      id
      name
      ancestors {
        id
      }
    }
    basedOn {
      id
      version
    }
    ...CriteriaContent
    problems {
      path
      code
      message
    }
  }
`);

export const CriteriaTableDocument = graphql(`
  query CriteriaTable($id: ID!) {
    criteriaTable(id: $id) {
      ...CriteriaTableFull
    }
  }
`);

export const CriteriaSeriesDocument = graphql(`
  query CriteriaSeries($seriesCode: String!) {
    criteriaTables(filter: { seriesCode: $seriesCode }, first: 100) {
      nodes {
        id
        version
        status
        name
        publishedAt
        updatedAt
      }
    }
  }
`);

export const CriteriaTablesDocument = graphql(`
  query CriteriaTables($filter: CriteriaTableFilter, $first: Int) {
    criteriaTables(filter: $filter, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        seriesCode
        version
        name
        model
        organizationKind
        cellType
        status
        isExample
        updatedAt
        publishedAt
        owner {
          id
          name
        }
      }
    }
  }
`);

export const CreateCriteriaTableDocument = graphql(`
  mutation CreateCriteriaTable($input: CreateCriteriaTableInput!) {
    createCriteriaTable(input: $input) {
      id
    }
  }
`);

export const SaveCriteriaTableDocument = graphql(`
  mutation SaveCriteriaTable($input: SaveCriteriaTableInput!) {
    saveCriteriaTable(input: $input) {
      table {
        ...CriteriaTableFull
      }
      problems {
        path
        code
        message
      }
    }
  }
`);

export const PublishCriteriaTableDocument = graphql(`
  mutation PublishCriteriaTable($input: PublishCriteriaTableInput!) {
    publishCriteriaTable(input: $input) {
      ...CriteriaTableFull
    }
  }
`);

export const NewCriteriaTableVersionDocument = graphql(`
  mutation NewCriteriaTableVersion($id: ID!) {
    newCriteriaTableVersion(id: $id) {
      id
      version
    }
  }
`);

export const ImportCriteriaTableDocument = graphql(`
  mutation ImportCriteriaTable($input: ImportCriteriaTableInput!) {
    importCriteriaTable(input: $input) {
      table {
        ...CriteriaTableFull
      }
      problems {
        path
        code
        message
      }
    }
  }
`);

export const CriteriaExportDocument = graphql(`
  query CriteriaExport($id: ID!, $format: SpreadsheetFormat!) {
    criteriaTable(id: $id) {
      id
      export(format: $format) {
        filename
        contentType
        base64
      }
    }
  }
`);

export const CompareCriteriaTablesDocument = graphql(`
  query CompareCriteriaTables($before: ID!, $after: ID!) {
    compareCriteriaTables(before: $before, after: $after) {
      added {
        code
      }
      removed {
        code
      }
      changed {
        code
        fields
      }
      groupsAdded
      groupsRemoved
      groupsChanged
      outcomeChanged
    }
  }
`);

export const WhatIfDocument = graphql(`
  query WhatIf($tableId: ID!, $period: String!, $model: CriteriaModel!, $organizationId: ID!) {
    whatIf(tableId: $tableId, period: $period, model: $model, organizationId: $organizationId) {
      assessed
      current {
        levels {
          level
          count
        }
        fourGood
      }
      candidate {
        levels {
          level
          count
        }
        fourGood
      }
      changed {
        assessment {
          id
          period
          organization {
            id
            name
          }
        }
        currentTotal
        candidateTotal
        currentLevel
        candidateLevel
        currentFourGood
        candidateFourGood
      }
    }
  }
`);

/** Organisations to choose from: the descendants of a root, by name or code. */
