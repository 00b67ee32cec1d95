import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { antdImports } from './bundling/antd-imports.ts';
import { graphqlDocuments } from './bundling/graphql-documents.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Vendor chunks: cached across releases, and kept out of the app's own route chunks. Only
 * libraries that every screen loads get a group: antd (locales included), charts (echarts) and
 * the query editor (GraphiQL, Monaco) are left to Rolldown, which splits them by the routes that
 * import them, so the explore route loads only the antd components it renders (bundle budget:
 * test/bench/bundle-budget.mjs). A group takes its modules' dependencies along: one for antd's
 * locales put code of lazy screens into the first download.
 */
/**
 * Vendor chunks: cached across releases, and kept out of the app's own route chunks. Only
 * libraries that every screen loads get a group: antd (locales included), charts (echarts) and
 * the query editor (GraphiQL, Monaco) are left to Rolldown, which splits them by the routes that
 * import them, so the explore route loads only the antd components it renders (bundle budget:
 * test/bench/bundle-budget.mjs). A group takes its modules' dependencies along: one for antd's
 * locales put code of lazy screens into the first download.
 *
 * Three downloads, each of a few files, because on a phone's 150 ms round trips many small files
 * cost more than their bytes (test/bench/slow-link.ts):
 * 1. index.html's entry (src/main.tsx): React and the plain sign-in screen (`login`);
 * 2. the app's shell, a second entry (src/App.tsx, which main.tsx imports on demand: once the
 *    sign-in form is on screen, or at once on any other address): the router, the GraphQL client,
 *    and what the shell imports statically merged by the `$initial` groups (antd's core, i18n,
 *    the header, the start page) instead of ~50 small files;
 * 3. each lazy screen.
 */
const VENDOR_GROUPS: Array<{ name: string; test?: RegExp; priority: number; tags?: Array<'$initial'> }> = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
  { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/, priority: 40 },
  { name: 'graphql-client', test: /[\\/]node_modules[\\/](urql|@urql[\\/]core|@0no-co[\\/]graphql\.web|wonka)[\\/]/, priority: 40 },
  // The sign-in screen and the few modules it needs: the shell imports them too, but the first download must not import the shell.
  { name: 'login', test: /[\\/]src[\\/](main\.tsx|login[\\/].*|i18n[\\/](login|stored|glossary)\.ts|styles\.css)$|[\\/]index\.html|vite[\\/](preload-helper|modulepreload-polyfill)/, priority: 35 },
  // The shell's libraries apart from its own code, which changes more often.
  { name: 'initial-vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 20 },
  { name: 'initial', tags: ['$initial'], priority: 10 },
];

export default defineConfig({
  plugins: [
    // Each graphql(`…`) document goes into the chunk of its screen, not all into the entry.
    graphqlDocuments(here('src/gql')),
    // antd modules that import big components for options the first screens do not use.
    antdImports([
      { importer: 'es/form/context.js', source: '@rc-component/form', to: '@rc-component/form/es/FormContext.js' },
      { importer: 'es/card/Card.js', source: '../tabs', to: here('src/lib/antd-deferred/Tabs.tsx') },
      { importer: 'es/breadcrumb/BreadcrumbItem.js', source: '../dropdown/dropdown', to: here('src/lib/antd-deferred/Dropdown.tsx') },
      { importer: 'es/typography/Base/index.js', source: '../Editable', to: here('src/lib/antd-deferred/Editable.tsx') },
    ]),
    react(),
    // Brotli and gzip copies of every text asset beside it: the server sends the one the browser
    // accepts without compressing on each request (README, "Serving the app"). From 512 bytes: index.html
    // (no-cache, fetched on every visit) is under 1 kB since the first download is the sign-in screen alone.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 512 }),
  ],
  resolve: {
    alias: {
      '@fourgood/rules': here('../../packages/rules/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:4000', changeOrigin: true },
      '/health': { target: 'http://localhost:4000', changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The app's shell as a second entry (see VENDOR_GROUPS); index.html's entry imports it on demand.
      input: { index: here('index.html'), shell: here('src/App.tsx') },
      // @fourgood/rules is pure (constants and functions): a module of it whose exports are unused
      // goes, even with top-level `Object.values(…)` (the scoring rules are not on the explore route).
      treeshake: { moduleSideEffects: (id: string) => (/[\\/]packages[\\/]rules[\\/]src[\\/]/.test(id) ? false : undefined) },
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
});
