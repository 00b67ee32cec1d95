import { SESSION_EXPIRED, sessionEvents } from '../../lib/client';

/** One execution of the editor, as the result table and the exports need it. */
export interface ExecutedResult {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
  data: unknown;
  errors: unknown[];
  at: number;
}

/** One POST to the app's endpoint with the session cookie (JSON body: the server's CSRF rule rejects simple requests). */
export async function postGraphQL(body: { query: string; variables?: Record<string, unknown>; operationName?: string | null }): Promise<{ data?: unknown; errors?: unknown[] }> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  if (json.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) sessionEvents.dispatchEvent(new Event(SESSION_EXPIRED));
  return json;
}
