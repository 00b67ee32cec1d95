import { describe, expect, it } from 'vitest';
import { DomainError, errorExtensions } from './errors.js';
import { optionalIdOf, pageRequest, toGlobalId } from './relay.js';

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    // What a client would see of the domain error (format-error.ts).
    return errorExtensions(error as DomainError);
  }
  return null;
};

describe('page arguments', () => {
  const kinds = ['date', 'integer'] as const;

  it('accepts a cursor of the order’s columns', () => {
    expect(pageRequest({ first: 10, after: cursor(['2024-03-05', 7]) }, kinds)).toEqual({ first: 10, after: cursor(['2024-03-05', 7]) });
    expect(pageRequest({ last: 5, before: cursor(['2024-03-05', 7]) }, kinds)).toEqual({ last: 5, before: cursor(['2024-03-05', 7]) });
  });

  it('refuses forged cursors with VALIDATION_FAILED on the argument', () => {
    for (const bad of [
      cursor([{ $gt: 1 }, { $ne: null }]),
      cursor([null, null]),
      cursor(['2024-03-05']),
      cursor(['2024-03-05', 7, 8]),
      cursor(['2026-02-30', 7]),
      cursor(['2024-03-05', '7']),
      cursor(['2024-03-05', 1.5]),
      cursor({ a: 1 }),
      'not base64!',
      '',
    ]) {
      expect(refusal(() => pageRequest({ after: bad }, kinds)), bad).toMatchObject({ code: 'VALIDATION_FAILED', field: 'after', reason: 'MALFORMED_CURSOR' });
      expect(refusal(() => pageRequest({ before: bad }, kinds)), bad).toMatchObject({ field: 'before' });
    }
  });

  it('keeps page sizes within 1..200', () => {
    for (const first of [0, -1, 201, 2_000_000_000]) expect(refusal(() => pageRequest({ first }))).toMatchObject({ field: 'first', reason: 'PAGE_SIZE' });
  });
});

describe('optional ids', () => {
  it('reads null and undefined as not given, and an empty string as a malformed id', () => {
    expect(optionalIdOf('Member', null, 'input.memberId')).toBeNull();
    expect(optionalIdOf('Member', undefined, 'input.memberId')).toBeNull();
    expect(optionalIdOf('Member', toGlobalId('Member', 12), 'input.memberId')).toBe(12);
    expect(refusal(() => optionalIdOf('Member', '', 'input.memberId'))).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.memberId' });
    expect(refusal(() => optionalIdOf('Member', toGlobalId('Organization', 12), 'input.memberId'))).toMatchObject({ field: 'input.memberId', reason: 'WRONG_ID_TYPE' });
  });
});
