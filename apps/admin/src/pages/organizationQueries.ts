import type { Client } from 'urql';
import { todayInVietnam } from '@fourgood/rules';
import { graphql } from '../gql';
import { CHILDREN_PAGE_SIZE, childrenOrder, OrganizationChildrenDocument } from '../components/childrenQuery';
import { OrgMeetingStatsDocument } from '../components/meetings/queries';
import { OrganizationRatingsDocument } from '../components/RatingHistory';
import { cursorVariables, readAsOf, sectionYear } from '../lib/url';
import { prefetchQueries, type Prefetch } from '../lib/prefetch';

export const OrganizationPageDocument = graphql(`
  query OrganizationPage($id: ID!, $asOf: Date) {
    organization(id: $id) {
      id
      code
      name(asOf: $asOf)
      kind
      sector
      cellType
      foundedOn
      dissolvedOn
      ancestors(asOf: $asOf) {
        id
        name
      }
      stats(asOf: $asOf) {
        asOf
        members
        organizations
        organizationsByKind {
          kind
          count
        }
        membersByStatus {
          status
          count
        }
        membersByGender {
          gender
          count
        }
        membersByAgeBand {
          ageBand
          count
        }
      }
    }
  }
`);

/**
 * Every query the organisation page's first screens ask for, from its address alone: the page's
 * own (name, figures), the first page of the sub-organisations (not on the members tab, whose table
 * has its own query), the organisation's ratings and the meeting figures of the chosen year. They
 * go out together on a tap (App.tsx) or when the page is opened directly (OrganizationPage.tsx),
 * not one after another as the sections appear (test/bench/slow-link.ts). The charts wait for idle.
 */
export function organizationRequests(id: string, params: URLSearchParams): Prefetch[] {
  const today = todayInVietnam();
  const asOf = readAsOf(params, today);
  const requests: Prefetch[] = [{ query: OrganizationPageDocument, variables: { id, asOf } }];
  if (params.get('tab') !== 'members') {
    const { year, orderBy } = childrenOrder(params.get('sort'), params.get('dir'), asOf, today);
    requests.push({ query: OrganizationChildrenDocument, variables: { id, asOf, year, orderBy, ...cursorVariables(params, CHILDREN_PAGE_SIZE) } });
  }
  requests.push({ query: OrganizationRatingsDocument, variables: { id } });
  requests.push({ query: OrgMeetingStatsDocument, variables: { id, year: sectionYear(params) } });
  return requests;
}

/** Starts the organisation page's queries (see organizationRequests). */
export function prefetchOrganization(client: Client, id: string, params: URLSearchParams): void {
  prefetchQueries(client, organizationRequests(id, params));
}
