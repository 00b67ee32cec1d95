import { createRequest, type Client } from 'urql';
import { graphql } from '../gql';
import type { OrganizationOrderField, SortDirection } from '../gql/graphql';
import { cursorVariables } from '../lib/url';

/**
 * The children table's query (ChildrenTable.tsx), apart from the table's code so that the
 * organisation page can start it together with its own query: on a slow link the page's name,
 * figures and first sub-organisations then come in one round trip, not two (test/bench/slow-link.ts).
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

type ChildrenVariables = { id: string; asOf: string | null; year: number; orderBy: ReturnType<typeof childrenOrder>['orderBy'] } & ReturnType<typeof cursorVariables>;

/** Requests started by a page and not yet taken by its table. */
const prefetched = new Set<number>();
const keyOf = (variables: ChildrenVariables) => createRequest(OrganizationChildrenDocument, variables).key;

/**
 * Starts the query of the children table an organisation page will show (the address's paging),
 * before the table's code and the page's answer are there. The client shares the answer with the
 * table when it subscribes to the same request. Returns the function that lets it go.
 */
export function prefetchChildren(client: Client, id: string, asOf: string | null, today: string, params: URLSearchParams): () => void {
  const { year, orderBy } = childrenOrder(params.get('sort'), params.get('dir'), asOf, today);
  const variables: ChildrenVariables = { id, asOf, year, orderBy, ...cursorVariables(params, CHILDREN_PAGE_SIZE) };
  const key = keyOf(variables);
  prefetched.add(key);
  const subscription = client.query(OrganizationChildrenDocument, variables).subscribe(() => undefined);
  return () => {
    subscription.unsubscribe();
    prefetched.delete(key);
  };
}

/** True (once) when the page already asked for this request: the table then reads the answer from the cache instead of asking again. */
export function takePrefetchedChildren(variables: ChildrenVariables): boolean {
  return prefetched.delete(keyOf(variables));
}
