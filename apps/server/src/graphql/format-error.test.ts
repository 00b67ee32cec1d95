import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from './errors.js';
import { createFormatError } from './format-error.js';

describe('formatError', () => {
  const logged: unknown[] = [];
  const format = createFormatError((e) => logged.push(e));

  it('hides unexpected errors behind INTERNAL and logs the cause', () => {
    const cause = new Error('insert into "member" ("card_number") values ($1) - duplicate key value violates unique constraint');
    const out = format({ message: cause.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'] } }, cause);
    expect(out).toEqual({ message: 'Internal error: the request could not be completed', path: undefined, extensions: { code: 'INTERNAL' } });
    expect(logged).toContain(cause);
  });

  it('passes typed errors through with their field and nothing else', () => {
    const error = new AppError(ErrorCode.VALIDATION_FAILED, 'Name: 1–300 characters', { field: 'input.name' });
    const out = format({ message: error.message, extensions: { ...error.extensions, stacktrace: ['secret'] } }, error);
    expect(out.extensions).toEqual({ code: 'VALIDATION_FAILED', field: 'input.name', fields: [{ field: 'input.name', message: 'Name: 1–300 characters' }] });
  });

  it('maps requests that do not fit the schema to VALIDATION_FAILED with the input path', () => {
    const message = 'Variable "$input" got invalid value "GALAXY" at "input.kind"; Value "GALAXY" does not exist in "OrganizationKind" enum.';
    const out = format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(out.extensions).toEqual({ code: 'VALIDATION_FAILED', reason: 'BAD_USER_INPUT', field: 'input.kind' });
  });
});
