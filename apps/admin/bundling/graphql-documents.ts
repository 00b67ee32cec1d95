import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Puts each GraphQL document in the chunk of the code that uses it (production builds only).
 *
 * The codegen client preset (codegen.ts → src/gql/) answers `graphql(`…`)` at run time from one
 * map of every document of the app (gql.ts, which imports all of graphql.ts), so whatever chunk
 * calls `graphql()` first — the entry, for the session check — carries every query of every
 * screen. Importing the generated `XxxDocument` constants instead (what the preset's babel plugin
 * does) does not split them either: graphql.ts is one module, and a bundler places a module in
 * one chunk.
 *
 * So this plugin does the map lookup at build time: every `graphql(`…`)` call in src/ (outside
 * src/gql/) is replaced by the document object codegen generated for exactly that text (the
 * `XxxDocument` constant of graphql.ts, fragments included), inlined in the calling module. The
 * `graphql` import is then unused and dropped, and gql.ts / graphql.ts stay out of the bundle.
 * Types are unchanged: TypeScript still reads the typed overloads of gql.ts.
 *
 * A `graphql()` text that codegen has not seen fails the build with the command to run (the
 * run-time map would have answered `{}` and the query would fail in the browser). The dev server
 * keeps the run-time map (no stale documents after a codegen run).
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  let bySource = new Map<string, string>();
  return {
    name: 'fourgood:graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      bySource = readDocuments(gqlDir);
    },
    transform: {
      filter: { id: { include: /\.[cm]?[jt]sx?$/, exclude: [/[\\/]node_modules[\\/]/, /[\\/]src[\\/]gql[\\/]/] }, code: 'graphql(' },
      handler(code, id) {
        let changed = false;
        const out = code.replace(CALL, (call: string, source: string) => {
          if (source.includes('${')) this.error(`${id}: graphql() takes a plain template, without \${…} (codegen reads it as it is).`);
          const document = bySource.get(source);
          if (!document) {
            const name = /(query|mutation|subscription|fragment)\s+(\w+)/.exec(source)?.[2] ?? 'a document';
            this.error(`${id}: ${name} is not in src/gql (new or changed document): run \`pnpm --filter @fourgood/admin codegen\`.`);
          }
          changed = true;
          // Same line count as the call, so the lines below keep their numbers.
          return `(${document})${'\n'.repeat(call.split('\n').length - 1)}`;
        });
        return changed ? { code: out, map: null } : null;
      },
    },
  };
}

/** `graphql(` + a template literal + `)`, as codegen's document finder reads them. */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** Template text → the generated document object (JSON text), from gql.ts's map and graphql.ts's constants. */
function readDocuments(gqlDir: string): Map<string, string> {
  const gql = readFileSync(join(gqlDir, 'gql.ts'), 'utf8');
  const types = readFileSync(join(gqlDir, 'graphql.ts'), 'utf8');
  const constants = new Map<string, string>();
  for (const m of types.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) constants.set(m[1]!, m[2]!);
  const map = new Map<string, string>();
  // `const documents: Documents = { "<template text>": types.XxxDocument, … }` (the type above it says `typeof types.…`).
  for (const m of gql.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    const document = constants.get(m[2]!);
    if (!document) throw new Error(`${gqlDir}/graphql.ts has no ${m[2]} for gql.ts: run \`pnpm --filter @fourgood/admin codegen\`.`);
    map.set(JSON.parse(m[1]!) as string, document);
  }
  if (map.size === 0) throw new Error(`no documents found in ${gqlDir}/gql.ts: has the codegen output changed shape?`);
  return map;
}
