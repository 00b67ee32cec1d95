import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable, isStatementTimeout } from '../db/statement-limits.js';
import { domainErrorOf, ErrorCode, errorExtensions } from './errors.js';

const CLIENT_CODES = new Set<string>(Object.values(ErrorCode));
/** Apollo's own codes for requests that do not fit the schema: the caller sent bad input. */
const BAD_REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/** The retry hint of SERVICE_UNAVAILABLE: about what a Patroni failover takes (docs/scaling.md). */
export const RETRY_AFTER_SECONDS = 5;

export type ErrorLogger = (error: unknown) => void;

/** Properties of driver errors that name things (never values): PostgreSQL's and SQLite's. */
const NAMING_PROPERTIES = ['code', 'sqlState', 'severity', 'routine', 'table', 'column', 'constraint'] as const;

/**
 * Masks the values in an error message: SQL string literals and numbers (the statements that
 * MikroORM puts in its driver errors have their parameters inlined) and double-quoted text
 * (PostgreSQL quotes the offending value: `invalid input syntax for type date: "…"`).
 */
export function maskValues(message: string): string {
  const numbers = (text: string) => text.replace(/(?<![\w$.])-?\d+(?:\.\d+)?(?![\w.])/g, '?');
  const text = message.replace(/'(?:[^']|'')*'/g, '?');
  // MikroORM: "<statement> - <driver message>"; in the statement double quotes name tables and columns.
  const cut = text.lastIndexOf(' - ');
  const statement = cut >= 0 ? text.slice(0, cut + 3) : '';
  const driver = cut >= 0 ? text.slice(cut + 3) : text;
  return numbers(statement) + numbers(driver.replace(/"(?:[^"]|"")*"/g, '"…"'));
}

/**
 * What the log keeps of an unexpected error: its class, the naming properties of a driver error,
 * the message with its values masked and the stack frames — never bound values, a driver's
 * `detail` ("Key (card_number)=(…)") or the query's parameters. `withValues` (the explicit
 * `FOURGOOD_LOG_SQL=1` debug switch) logs the error as it is.
 */
export function describeForLog(error: unknown, withValues = false): unknown {
  if (withValues) return error;
  if (!(error instanceof Error)) return `Unexpected non-error value thrown (${typeof error})`;
  const record = error as unknown as Record<string, unknown>;
  const naming = NAMING_PROPERTIES.filter((k) => typeof record[k] === 'string' || typeof record[k] === 'number').map((k) => `${k}=${String(record[k])}`);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${error.constructor?.name ?? error.name}${naming.length ? ` (${naming.join(', ')})` : ''}: ${maskValues(error.message)}`, ...frames].join('\n');
}

/**
 * What a client sees of an error: a code from ErrorCode and a safe message. The domain errors the
 * services throw become GraphQL errors here and nowhere else (code, field, reason, and every field
 * with its reason and values). Anything unexpected (SQL, stack, driver text) becomes INTERNAL with
 * a generic message; the log keeps the cause without the values it carried (see describeForLog).
 */
export function createFormatError(log: ErrorLogger, options: { logValues?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const domain = domainErrorOf(error);
    if (domain && domain.code !== ErrorCode.INTERNAL) {
      return { message: domain.message, locations: formatted.locations, path: formatted.path, extensions: errorExtensions(domain) };
    }
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
    const cause = unwrapResolverError(error);
    if (isStatementTimeout(cause)) {
      // The database stopped a statement at its time limit: the caller asked for too much at once.
      log(new Error(`statement timeout${formatted.path ? ` at ${formatted.path.join('.')}` : ''}`));
      return {
        message: 'The query took too long and was stopped: ask for fewer rows, fewer years or fewer figures per row',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.VALIDATION_FAILED, reason: 'QUERY_TIMEOUT' },
      };
    }
    if (isDatabaseUnavailable(cause)) {
      // A failover or restart: nothing of the request was committed unless its answer said so,
      // and the same request can be sent again once the new primary is up.
      log(describeForLog(cause, options.logValues));
      return {
        message: 'The database is not reachable right now: try again in a few seconds',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
      };
    }
    log(describeForLog(cause, options.logValues));
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
