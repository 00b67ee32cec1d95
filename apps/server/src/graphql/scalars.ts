import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@fourgood/rules';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Expected a calendar date as YYYY-MM-DD', { extensions: { code: 'VALIDATION_FAILED', reason: 'BAD_DATE' } });
  }
  return value;
}

/** A calendar date without time or zone, as ISO text: "2025-07-01". */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 "YYYY-MM-DD" (no time, no time zone)',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Expected a calendar date as a "YYYY-MM-DD" string');
    return parseDate(ast.value);
  },
});
