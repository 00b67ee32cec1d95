import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from './errors.js';

const CLIENT_CODES = new Set<string>(Object.values(ErrorCode));
/** Apollo's own codes for requests that do not fit the schema: the caller sent bad input. */
const BAD_REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export type ErrorLogger = (error: unknown) => void;

/**
 * What a client sees of an error: a code from ErrorCode and a safe message. Anything unexpected
 * (SQL, stack, driver text) becomes INTERNAL with a generic message; the log keeps the cause.
 */
export function createFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL) {
      const { code: _c, stacktrace: _s, ...rest } = formatted.extensions ?? {};
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...pickSafe(rest), ...fieldFromMessage(formatted.message, rest) } };
    }
    if (BAD_REQUEST_CODES.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.VALIDATION_FAILED, reason: code, ...fieldFromMessage(formatted.message, {}) },
      };
    }
    log(unwrapResolverError(error));
    return { message: 'Internal error: the request could not be completed', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
  };
}

function pickSafe(extensions: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['field', 'fields', 'reason', 'retryAfterSeconds']) if (key in extensions) out[key] = extensions[key];
  return out;
}

/** graphql-js names the input path of a bad variable in its message: `... at "input.foundedOn"; ...`. */
function fieldFromMessage(message: string, existing: Record<string, unknown>): Record<string, unknown> {
  if (existing.field) return {};
  const m = /Variable "\$([^"]+)" got invalid value .*? at "([^"]+)"/.exec(message) ?? /Variable "\$([^"]+)" got invalid value/.exec(message);
  if (!m) return {};
  return { field: m[2] ?? m[1] };
}
