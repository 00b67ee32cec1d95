import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode, invalid, Problems } from './errors.js';
import { createFormatError, describeForLog, maskValues } from './format-error.js';

describe('formatError', () => {
  const logged: unknown[] = [];
  const format = createFormatError((e) => logged.push(e));

  it('hides unexpected errors behind INTERNAL and logs the cause without its values', () => {
    const cause = Object.assign(new Error(`insert into "member" ("card_number", "birth_date", "password_hash") values ('TC0042', '1977-03-14', '$argon2id$v=19$m=19456') - duplicate key value violates unique constraint "member_card_number_unique"`), {
      code: '23505',
      constraint: 'member_card_number_unique',
      detail: 'Key (card_number)=(TC0042) already exists.',
    });
    const out = format({ message: cause.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'] } }, cause);
    expect(out).toEqual({ message: 'Internal error: the request could not be completed', path: undefined, extensions: { code: 'INTERNAL' } });
    const line = String(logged.at(-1));
    expect(line).toMatch(/^Error \(code=23505, constraint=member_card_number_unique\): insert into "member" \("card_number", "birth_date", "password_hash"\) values \(\?, \?, \?\) - duplicate key/);
    expect(line).toMatch(/\n\s+at /);
    for (const secret of ['TC0042', '1977-03-14', 'argon2', 'Key (']) expect(line).not.toContain(secret);
  });

  it('answers SERVICE_UNAVAILABLE with a retry hint, without SQL, when the database is unreachable or switching primaries', () => {
    const causes = [
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error(`insert into "meeting" ("topic") values ('secret') - cannot execute INSERT in a read-only transaction`), { code: '25006' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error(`select s.expires_at from app_session s where s.token_hash = 'secret' - Connection terminated unexpectedly`),
      Object.assign(new Error('wrapped'), { cause: Object.assign(new Error('the database system is starting up'), { code: '57P03' }) }),
    ];
    for (const cause of causes) {
      const out = format({ message: cause.message, path: ['createMeeting'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, cause);
      expect(out).toEqual({ message: 'The database is not reachable right now: try again in a few seconds', path: ['createMeeting'], extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } });
      expect(String(logged.at(-1))).not.toContain('secret');
    }
    // A constraint violation is not a reason to retry.
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(format({ message: 'x', extensions: {} }, unique).extensions?.code).toBe('INTERNAL');
  });

  it('logs the error as it is only behind the explicit SQL debug switch', () => {
    const cause = new Error(`select 1 where x = 'secret'`);
    expect(describeForLog(cause, true)).toBe(cause);
    expect(describeForLog(cause)).not.toContain('secret');
    expect(describeForLog('a string')).toBe('Unexpected non-error value thrown (string)');
  });

  it('masks quoted values and numbers in driver messages but keeps names', () => {
    expect(maskValues('invalid input syntax for type date: "2026-02-30"')).toBe('invalid input syntax for type date: "…"');
    expect(maskValues(`select "m0".* from "member" as "m0" where "m0"."id" = 42 and "m0"."name" = 'Ann''s' limit 51 - canceling statement`)).toBe(
      'select "m0".* from "member" as "m0" where "m0"."id" = ? and "m0"."name" = ? limit ? - canceling statement',
    );
    expect(maskValues('SQLITE_CONSTRAINT: UNIQUE constraint failed: member.card_number')).toBe('SQLITE_CONSTRAINT: UNIQUE constraint failed: member.card_number');
  });

  it('turns domain errors into their code, field and reason, every field with its reason and values, and nothing else', () => {
    const error = invalid('input.name', 'Name: 1–300 characters', 'BAD_LENGTH', { min: 1, max: 300 });
    // As graphql-js hands it over: wrapped, with Apollo's code and a stack trace.
    const wrapped = new GraphQLError(error.message, { originalError: error, path: ['createOrganization'] });
    const out = format({ message: error.message, path: ['createOrganization'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['secret'] } }, wrapped);
    expect(out).toEqual({
      message: 'Name: 1–300 characters',
      path: ['createOrganization'],
      locations: undefined,
      extensions: {
        code: 'VALIDATION_FAILED',
        field: 'input.name',
        reason: 'BAD_LENGTH',
        fields: [{ field: 'input.name', reason: 'BAD_LENGTH', message: 'Name: 1–300 characters', min: 1, max: 300 }],
      },
    });
  });

  it('keeps the reason of each of several problems, and the first as extensions.reason', () => {
    const problems = new Problems().add('input.code', 'BAD_CODE', 'Code: bad').add('input.name', 'BAD_LENGTH', 'Name: bad', { max: 300 });
    let thrown: unknown;
    try {
      problems.throwIfAny();
    } catch (e) {
      thrown = e;
    }
    const out = format({ message: 'x', extensions: {} }, thrown);
    expect(out.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.code', reason: 'BAD_CODE' });
    expect(out.extensions?.fields).toEqual([
      { field: 'input.code', reason: 'BAD_CODE', message: 'Code: bad' },
      { field: 'input.name', reason: 'BAD_LENGTH', message: 'Name: bad', max: 300 },
    ]);
  });

  it('does not let values overwrite the field, reason or message', () => {
    const error = new AppError(ErrorCode.CONFLICT, 'Taken', { field: 'input.code', reason: 'CODE_TAKEN', values: { field: 'other', reason: 'X' } });
    expect(format({ message: 'Taken', extensions: {} }, error).extensions?.fields).toEqual([{ field: 'input.code', reason: 'CODE_TAKEN', message: 'Taken' }]);
  });

  it('maps requests that do not fit the schema to VALIDATION_FAILED with the input path', () => {
    const message = 'Variable "$input" got invalid value "GALAXY" at "input.kind"; Value "GALAXY" does not exist in "OrganizationKind" enum.';
    const out = format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(out.extensions).toEqual({ code: 'VALIDATION_FAILED', reason: 'BAD_USER_INPUT', field: 'input.kind' });
  });

  it('answers a statement stopped at its time limit as VALIDATION_FAILED / QUERY_TIMEOUT, without the SQL', () => {
    const cause = Object.assign(new Error('select … from rating r … - canceling statement due to statement timeout'), { code: '57014' });
    const out = format({ message: cause.message, path: ['organization', 'ratingTrend'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, cause);
    expect(out.extensions).toEqual({ code: 'VALIDATION_FAILED', reason: 'QUERY_TIMEOUT' });
    expect(out.message).not.toMatch(/select|rating|statement timeout/);
    expect(String(logged.at(-1))).not.toMatch(/select|rating r/);
  });
});
