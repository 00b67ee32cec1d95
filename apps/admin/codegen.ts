import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed server SDL. Run `pnpm --filter @fourgood/admin codegen`
 * after changing a query or when the server schema changes; the output in src/gql/ is committed.
 * FOURGOOD_SCHEMA points at another SDL file (e.g. one printed from a server branch).
 */
const config: CodegenConfig = {
  schema: process.env.FOURGOOD_SCHEMA ?? '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
