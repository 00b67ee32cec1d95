import { GraphQLError } from 'graphql';
import type { ProblemValues, Reason } from '@fourgood/rules';

/** The only codes a client ever sees in `extensions.code`. */
export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INTERNAL: 'INTERNAL',
  /** The database cannot be reached right now (a failover, a restart): retry after `retryAfterSeconds`. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  /** Path of the input field at fault, e.g. "input.parentId". */
  field: string;
  /** Why, from the feature's list in packages/rules/src/reasons: what the app words. */
  reason: Reason;
  /** An English sentence for logs and API users; clients decide nothing from it. */
  message: string;
  /** What the app needs besides the reason: a limit, a date, the ids at fault. */
  values?: ProblemValues;
}

type DomainErrorExtra =
  | { field: string; reason: Reason; values?: ProblemValues }
  | { problems: FieldProblem[]; reason?: Reason }
  | { field?: undefined; reason?: Reason; retryAfterSeconds?: number };

/**
 * What services throw when they refuse: a client code, an English message and, for input at fault,
 * every field with its reason. Services never build GraphQL errors; `toGraphQLError` (used by
 * format-error.ts, the one translation point) does.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly FieldProblem[];
  readonly reason: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, extra: DomainErrorExtra = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if ('problems' in extra) this.problems = extra.problems;
    else if (extra.field !== undefined) this.problems = [{ field: extra.field, reason: extra.reason, message, ...(extra.values ? { values: extra.values } : {}) }];
    else this.problems = [];
    this.reason = extra.reason ?? this.problems[0]?.reason;
    this.retryAfterSeconds = 'retryAfterSeconds' in extra ? extra.retryAfterSeconds : undefined;
  }
}

/** The name the services used before errors carried reasons; the same class. */
export { DomainError as AppError };

/**
 * The extensions a client sees of a domain error: its code; for input at fault the first field and
 * reason (`field`, `reason`) and every field as `{ field, reason, message, ...values }`.
 */
export function errorExtensions(error: DomainError): Record<string, unknown> {
  const [first] = error.problems;
  return {
    code: error.code,
    ...(first ? { field: first.field } : {}),
    ...(error.reason ? { reason: error.reason } : {}),
    ...(first ? { fields: error.problems.map((p) => ({ ...p.values, field: p.field, reason: p.reason, message: p.message })) } : {}),
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
  };
}

/** A domain error as a GraphQL error, for the few places (plugins) that must throw one themselves. */
export function toGraphQLError(error: DomainError, http?: { status: number }): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { ...errorExtensions(error), ...(http ? { http } : {}) } });
}

/** The domain error behind a GraphQL error (resolvers' errors are wrapped, plugins' maybe twice). */
export function domainErrorOf(error: unknown): DomainError | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof DomainError) return e;
    e = (e as { originalError?: unknown }).originalError;
  }
  return null;
}

export function notFound(what: string, field?: string): DomainError {
  const message = `${what} not found`;
  return new DomainError(ErrorCode.NOT_FOUND, message, field === undefined ? {} : { field, reason: 'NOT_FOUND' });
}

export function forbidden(field?: string): DomainError {
  const message = 'This is outside what you may see or change';
  return new DomainError(ErrorCode.FORBIDDEN, message, field === undefined ? {} : { field, reason: 'FORBIDDEN' });
}

export function invalid(field: string, message: string, reason: Reason, values?: ProblemValues): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, message, { field, reason, values });
}

export function conflict(message: string, field: string | undefined, reason: Reason, values?: ProblemValues): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message, field === undefined ? { reason } : { field, reason, values });
}

/** Collects several input problems and throws them as one VALIDATION_FAILED error. */
export class Problems {
  private readonly list: FieldProblem[] = [];
  add(field: string, reason: Reason, message: string, values?: ProblemValues): this {
    this.list.push({ field, reason, message, ...(values ? { values } : {}) });
    return this;
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
  throwIfAny(): void {
    if (this.list.length === 0) return;
    throw invalidAll(this.list);
  }
}

/** Several problems as one VALIDATION_FAILED error; the message is the first's, or a count. */
export function invalidAll(problems: FieldProblem[], message?: string): DomainError {
  const text = message ?? (problems.length === 1 ? problems[0]!.message : `${problems.length} fields are invalid: ${problems.map((p) => p.field).join(', ')}`);
  return new DomainError(ErrorCode.VALIDATION_FAILED, text, { problems });
}
