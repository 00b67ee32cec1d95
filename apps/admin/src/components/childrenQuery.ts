import { graphql } from '../gql';
import type { OrganizationOrderField, SortDirection } from '../gql/graphql';

/**
 * The children table's query (ChildrenTable.tsx), apart from the table's code so that the
 * organisation page's queries can start it together with the page's own (pages/organizationQueries.ts):
 * on a slow link the page's name, figures and first sub-organisations come in one round trip, not two
 * (test/bench/slow-link.ts).
 */
export const OrganizationChildrenDocument = graphql(`
  query OrganizationChildren($id: ID!, $asOf: Date, $year: Int!, $orderBy: OrganizationOrder, $first: Int, $after: String, $last: Int, $before: String) {
    organization(id: $id) {
      id
      children(asOf: $asOf, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          ...PageInfoParts
        }
        nodes {
          id
          code
          name
          kind
          sector
          cellType
          foundedOn
          ratingLevel(year: $year)
          fourGoodWithin(year: $year) {
            registered
            reached
          }
          stats(asOf: $asOf) {
            members
            organizations
          }
        }
      }
    }
  }
`);

export const CHILDREN_ORDER_FIELDS: readonly OrganizationOrderField[] = ['NAME', 'CODE', 'MEMBER_COUNT', 'RATING'];

/**
 * The table's order from the address (`sort`, `dir`): the fields offered on that date (member
 * counts on today's lists only), the one asked, and last year's rating year the columns show.
 */
export function childrenOrder(sort: string | null, dir: string | null, asOf: string | null, today: string) {
  const year = Number((asOf ?? today).slice(0, 4)) - 1;
  const fields = CHILDREN_ORDER_FIELDS.filter((field) => field !== 'MEMBER_COUNT' || !asOf);
  const field = fields.find((x) => x === sort) ?? 'NAME';
  const direction: SortDirection = dir === 'DESC' ? 'DESC' : 'ASC';
  const orderBy = { field, direction, ...(field === 'RATING' ? { year } : {}) };
  return { year, fields, field, direction, orderBy };
}

export const CHILDREN_PAGE_SIZE = 50;
