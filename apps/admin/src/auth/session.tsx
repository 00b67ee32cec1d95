import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { SESSION_EXPIRED, sessionEvents } from '../lib/client';

const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      user {
        id
        username
        displayName
      }
      grants {
        id
        role
        organization {
          id
          name
        }
      }
      canReadPersonal
      canEdit
      canQuery
      canManageUsers
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;

interface Session {
  /** Undefined while the first answer is on its way. */
  viewer: Viewer | null | undefined;
  /** The viewer could not be read (server unreachable…): not the same as being signed out. */
  error: CombinedError | undefined;
  /** The session ended without the user signing out. */
  expired: boolean;
  retry(): void;
  /** After a successful sign-in: a fresh client (no cached data from before) reads the viewer. */
  signedIn(): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children, resetClient }: { children: ReactNode; resetClient(): void }) {
  const client = useClient();
  const [result, reexecute] = useQuery({ query: ViewerDocument, requestPolicy: 'network-only' });
  const [expired, setExpired] = useState(false);
  // Signed out on purpose: the signed-out viewer is hidden at once (as if being checked), so the
  // screens unmount before the fresh client could re-run their queries without a session (and
  // report the session as expired), and the sign-in page is reached without a "next" address.
  const [signedOut, setSignedOut] = useState(false);

  useEffect(() => {
    const onExpired = () => {
      setExpired(true);
      resetClient();
    };
    sessionEvents.addEventListener(SESSION_EXPIRED, onExpired);
    return () => sessionEvents.removeEventListener(SESSION_EXPIRED, onExpired);
  }, [resetClient]);

  const signedIn = useCallback(() => {
    setExpired(false);
    setSignedOut(false);
    resetClient();
  }, [resetClient]);

  const signOut = useCallback(async () => {
    await client.mutation(LogoutDocument, {}).toPromise();
    setExpired(false);
    setSignedOut(true);
    resetClient();
  }, [client, resetClient]);

  const value = useMemo<Session>(
    () => ({
      viewer: signedOut && result.data?.viewer ? undefined : result.data ? (result.data.viewer ?? null) : undefined,
      error: result.error,
      expired,
      retry: () => reexecute({ requestPolicy: 'network-only' }),
      signedIn,
      signOut,
    }),
    [result.data, result.error, expired, signedOut, reexecute, signedIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** True when the viewer may read everything (a grant with no organisation). */
export function hasNationalScope(viewer: Viewer): boolean {
  return viewer.grants.some((g) => g.organization == null);
}
