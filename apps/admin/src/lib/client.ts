import { cacheExchange, Client, fetchExchange, mapExchange, type Operation } from 'urql';

/** Raised when the server says the session is gone (expired, signed out elsewhere). */
export const sessionEvents = new EventTarget();
export const SESSION_EXPIRED = 'session-expired';

function operationName(operation: Operation): string | undefined {
  for (const d of operation.query.definitions) if (d.kind === 'OperationDefinition') return d.name?.value;
  return undefined;
}

/**
 * One GraphQL client per session (a new one after signing in or out, so no cached data crosses
 * accounts). Queries go as POST with a JSON body: the server's CSRF protection rejects simple
 * GET requests. The session is an HttpOnly cookie on the same origin.
 */
export function createClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const unauthenticated = error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (unauthenticated && operationName(operation) !== 'Login') sessionEvents.dispatchEvent(new Event(SESSION_EXPIRED));
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
  });
}
