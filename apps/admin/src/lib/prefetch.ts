import { useEffect, useState } from 'react';
import { createRequest, type AnyVariables, type Client, type DocumentInput, type RequestPolicy } from 'urql';

/**
 * Queries started ahead of the components that show them (test/bench/slow-link.ts): on a tap, a
 * screen's queries go out together before React has drawn anything, and each component that later
 * asks for the same request shares the answer (the client sends one request per key while it is on
 * its way) or reads it from the cache, instead of asking again.
 */

export type Prefetch = { query: DocumentInput<unknown, AnyVariables>; variables: AnyVariables };

/** Requests started ahead, held until a later set replaces them; a component takes each once. */
const held = new Map<number, { release: () => void; taken: boolean }>();

/**
 * Starts these requests (those already held stay as they are) and lets go of the earlier ones not
 * among them: a component that shows one holds its own subscription by then.
 */
export function prefetchQueries(client: Client, requests: Prefetch[]): void {
  const keys = new Set<number>();
  for (const { query, variables } of requests) {
    const key = createRequest(query, variables).key;
    keys.add(key);
    if (held.has(key)) continue;
    const subscription = client.query(query, variables).subscribe(() => undefined);
    held.set(key, { release: () => subscription.unsubscribe(), taken: false });
  }
  for (const [key, entry] of held) {
    if (keys.has(key)) continue;
    entry.release();
    held.delete(key);
  }
}

/** Lets go of every request started ahead (another kind of screen, signed out). */
export function releasePrefetched(): void {
  for (const entry of held.values()) entry.release();
  held.clear();
}

function take(key: number): RequestPolicy | undefined {
  const entry = held.get(key);
  if (!entry || entry.taken) return undefined;
  entry.taken = true;
  return 'cache-first';
}

/**
 * The request policy for a component's request: 'cache-first' when it was started ahead and not
 * yet taken (the answer on its way or in the cache is used, not asked for again), else the
 * client's default. Decided once per request (a component whose variables change decides again).
 */
export function usePrefetchedPolicy(query: DocumentInput<unknown, AnyVariables>, variables: AnyVariables): RequestPolicy | undefined {
  const key = createRequest(query, variables).key;
  const [decided, setDecided] = useState(() => ({ key, policy: take(key) }));
  if (decided.key === key) return decided.policy;
  const next = { key, policy: take(key) };
  setDecided(next);
  return next.policy;
}

/** The signed-in session's client, for requests started outside React (a tap's navigation). */
let sessionClient: Client | null = null;

/** Makes this client the one `prefetchClient` returns while the calling component is mounted (signed in). */
export function useSessionClientForPrefetch(client: Client): void {
  useEffect(() => {
    sessionClient = client;
    return () => {
      if (sessionClient === client) sessionClient = null;
      releasePrefetched();
    };
  }, [client]);
}

/** The signed-in session's client, or null when no one is signed in. */
export function prefetchClient(): Client | null {
  return sessionClient;
}
