import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';
import { routeStorage } from './db/routing.js';

/**
 * Which database serves a GraphQL request when replicas are configured (DATABASE_REPLICA_URLS):
 * - the session lookup that starts every request runs on the primary (it may slide the session's
 *   expiry, and a sign-out or a revoked grant must count at once on every process);
 * - a query operation then runs entirely on one replica, unless the session wrote within the last
 *   `readYourWritesMs` (its `reads_primary_until` mark is in the future): then on the primary;
 * - a mutation runs entirely on the primary, and before its answer is sent the session's mark is
 *   set to now + `readYourWritesMs`, so the caller's next reads, on whichever API process, see
 *   what it wrote even while the replicas lag behind.
 */
export function readRouting(options: { replicas: boolean; readYourWritesMs: number }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const state = routeStorage.getStore();
          if (!options.replicas || !state || operation?.operation !== 'query') return;
          const mark = state.session?.readsPrimaryUntil;
          if (mark && mark.getTime() > Date.now()) return;
          state.route = 'replica';
        },
        async willSendResponse({ operation, contextValue }) {
          const state = routeStorage.getStore();
          if (!options.replicas || options.readYourWritesMs === 0 || operation?.operation !== 'mutation' || !state?.session) return;
          await contextValue.auth.markSessionWrite(state.session.token, new Date(Date.now() + options.readYourWritesMs));
        },
      };
    },
  };
}
