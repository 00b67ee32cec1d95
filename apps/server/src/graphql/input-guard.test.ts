import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorExtensions } from './errors.js';
import { inputProblems, inputSites, MAX_STRING_LENGTH, problemsAt, stringProblem } from './input-guard.js';

const schema = buildSchema(`
  input Att { memberId: ID!, reason: String }
  input In { fullName: String, notes: String, attendance: [Att!], content: String }
  type Query { member(id: ID, cardNumber: String): Boolean, save(input: In!): Boolean }
`);

function check(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const error = inputProblems(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
  return error ? { message: error.message, extensions: errorExtensions(error) } : null;
}

describe('input guard', () => {
  it('refuses C0 control characters and DEL but keeps tab, line feed and carriage return', () => {
    for (const c of ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\u007f']) expect(stringProblem(`a${c}b`, 'String', 'x')?.reason).toBe('CONTROL_CHARACTER');
    for (const c of ['\t', '\n', '\r', 'ễ', '\u00a0']) expect(stringProblem(`a${c}b`, 'String', 'x')).toBeNull();
  });

  it('refuses lone surrogates, over-long text and empty ids', () => {
    expect(stringProblem('a\ud800b', 'String', 'x')?.reason).toBe('INVALID_UNICODE');
    expect(stringProblem('😀', 'String', 'x')).toBeNull();
    expect(stringProblem('x'.repeat(MAX_STRING_LENGTH), 'String', 'x')).toBeNull();
    expect(stringProblem('x'.repeat(MAX_STRING_LENGTH + 1), 'String', 'x')?.reason).toBe('TOO_LONG');
    expect(stringProblem('x'.repeat(MAX_STRING_LENGTH + 1), 'String', 'content')).toBeNull();
    expect(stringProblem('', 'ID', 'id')?.reason).toBe('EMPTY_ID');
    expect(stringProblem('', 'String', 'search')).toBeNull();
  });

  it('names the argument path, in the query text and in variables, at any depth', () => {
    expect(check('{ member(cardNumber: "a\\u0000b") }')?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'cardNumber', reason: 'CONTROL_CHARACTER' });
    expect(check('{ member(id: "") }')?.extensions).toMatchObject({ field: 'id', reason: 'EMPTY_ID' });
    expect(check('query($i: In!) { save(input: $i) }', { i: { fullName: 'Nguyễn\u0000Văn' } })?.extensions).toMatchObject({ field: 'input.fullName' });
    const deep = check('query($r: String) { save(input: { attendance: [{ memberId: "TWVtYmVyOjE", reason: "ok" }, { memberId: "", reason: $r }] }) }', { r: 'x\u001by' });
    expect(deep?.extensions.fields).toEqual([
      { field: 'input.attendance[1].memberId', reason: 'EMPTY_ID', message: 'An id cannot be empty' },
      { field: 'input.attendance[1].reason', reason: 'CONTROL_CHARACTER', message: 'Control characters are not allowed' },
    ]);
    expect(check('query($i: In! = { notes: "a\\u0007" }) { save(input: $i) }')?.extensions).toMatchObject({ field: 'i.notes' });
  });

  it('lets good input through', () => {
    expect(check('query($i: In!) { save(input: $i) }', { i: { fullName: 'Nguyễn Văn An', notes: 'dòng 1\ndòng 2\tcột', attendance: [{ memberId: 'TWVtYmVyOjE' }] } })).toBeNull();
  });

  it('checks the variables of each request against the sites worked out once for the document', () => {
    const document = parse('query($r: String, $i: In!) { member(cardNumber: "a\\u0001") save(input: $i) x: save(input: { notes: $r }) }');
    const sites = inputSites(schema, document, document.definitions[0] as OperationDefinitionNode);
    const fieldsOf = (variables: Record<string, unknown>) => {
      const error = problemsAt(sites, variables);
      return error ? (errorExtensions(error).fields as Array<{ field: string }>).map((f) => f.field) : [];
    };
    expect(fieldsOf({ i: {} })).toEqual(['cardNumber']);
    expect(fieldsOf({ r: 'b\u0002', i: { fullName: 'ok', attendance: [{ memberId: '' }] } })).toEqual(['cardNumber', 'input.attendance[0].memberId', 'input.notes']);
    expect(fieldsOf({ r: 'fine', i: { fullName: 'x\u0003' } })).toEqual(['cardNumber', 'input.fullName']);
  });
});
