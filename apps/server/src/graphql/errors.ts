import { GraphQLError } from 'graphql';

/** The only codes a client ever sees in `extensions.code`. */
export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  /** Path of the input field at fault, e.g. "input.parentId". */
  field: string;
  message: string;
}

/** An error meant for the client: a code, a safe message and, for bad input, the fields at fault. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { field?: string; fields?: FieldProblem[]; reason?: string; retryAfterSeconds?: number } = {}) {
    const fields = extra.fields ?? (extra.field ? [{ field: extra.field, message }] : undefined);
    super(message, {
      extensions: {
        code,
        ...(fields ? { field: fields[0]!.field, fields } : {}),
        ...(extra.reason ? { reason: extra.reason } : {}),
        ...(extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
      },
    });
  }
}

export function notFound(what: string, field?: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${what} not found`, { field });
}

export function forbidden(field?: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, 'This is outside what you may see or change', { field });
}

export function invalid(field: string, message: string, reason?: string): AppError {
  return new AppError(ErrorCode.VALIDATION_FAILED, message, { field, reason });
}

export function conflict(message: string, field?: string, reason?: string): AppError {
  return new AppError(ErrorCode.CONFLICT, message, { field, reason });
}

/** Collects several input problems and throws them as one VALIDATION_FAILED error. */
export class Problems {
  private readonly list: FieldProblem[] = [];
  add(field: string, message: string): this {
    this.list.push({ field, message });
    return this;
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const message = this.list.length === 1 ? this.list[0]!.message : `${this.list.length} fields are invalid: ${this.list.map((p) => p.field).join(', ')}`;
    throw new AppError(ErrorCode.VALIDATION_FAILED, message, { fields: this.list });
  }
}
