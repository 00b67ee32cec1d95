import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.js';
import { DomainError, ErrorCode, toGraphQLError } from '../graphql/errors.js';

/** Root fields anyone may call without a session. */
export const PUBLIC_ROOT_FIELDS = new Set(['viewer', 'login', 'logout', '__typename']);

function rootFields(selectionSet: SelectionSetNode, fragments: Record<string, SelectionSetNode>, into: string[] = []): string[] {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) into.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, fragments, into);
    else if (fragments[selection.name.value]) rootFields(fragments[selection.name.value]!, fragments, into);
  }
  return into;
}

/**
 * Every root field except signing in and out needs a session: one check per operation, before
 * any resolver runs, so no resolver can forget it (and no per-field cost is paid for it).
 */
export function requireSignIn(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (contextValue.access.authenticated) return;
          const fragments: Record<string, SelectionSetNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d.selectionSet;
          const fields = rootFields((operation as OperationDefinitionNode).selectionSet, fragments);
          if (fields.some((f) => !PUBLIC_ROOT_FIELDS.has(f))) {
            // Thrown before execution, so Apollo would answer 500 without a status of our own.
            throw toGraphQLError(new DomainError(ErrorCode.UNAUTHENTICATED, 'Please sign in'), { status: 401 });
          }
        },
      };
    },
  };
}
