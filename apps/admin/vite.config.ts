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
const VENDOR_GROUPS: Array<{ name: string; test?: RegExp; priority: number; tags?: Array<'$initial'> }> = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
  { name: 'graphql-client', test: /[\\/]node_modules[\\/](urql|@urql[\\/]core|@0no-co[\\/]graphql\.web|wonka)[\\/]/, priority: 30 },
  // Everything else the entry imports statically (the app shell, antd's core, i18n): two files
  // instead of ~50 small ones, which on a phone's 150 ms round trips cost more than their bytes
  // (test/bench/slow-link.ts). Libraries apart from the app's own code, which changes more often.
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
    // accepts without compressing on each request (README, "Serving the app").
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
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
      // @fourgood/rules is pure (constants and functions): a module of it whose exports are unused
      // goes, even with top-level `Object.values(…)` (the scoring rules are not on the explore route).
      treeshake: { moduleSideEffects: (id: string) => (/[\\/]packages[\\/]rules[\\/]src[\\/]/.test(id) ? false : undefined) },
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
});
