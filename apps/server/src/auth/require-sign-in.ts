import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { PUBLIC_ROOT_FIELDS } from './auth.resolver.js';

/**
 * Every root field except signing in and out needs a session: one check for the whole schema,
 * below the resolvers, so no resolver can forget it.
 */
export const RequireSignIn: MiddlewareFn<Context> = async ({ context, info }, next) => {
  const root = info.parentType.name;
  if ((root === 'Query' || root === 'Mutation') && !PUBLIC_ROOT_FIELDS.has(info.fieldName)) {
    context.access.requireAuthenticated();
  }
  return next();
};
