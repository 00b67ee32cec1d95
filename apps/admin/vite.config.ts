import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Vendor chunks: cached across releases, and kept out of the app's own route chunks. Only
 * libraries that every screen loads get a group: antd, charts (echarts) and the query editor
 * (GraphiQL, Monaco) are left to Rolldown, which splits them by the routes that import them, so
 * the explore route loads only the antd components it renders (bundle budget:
 * test/bench/bundle-budget.mjs).
 */
const VENDOR_GROUPS: Array<{ name: string; test: RegExp; priority: number }> = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
  { name: 'graphql-client', test: /[\\/]node_modules[\\/](urql|@urql[\\/]core|@0no-co[\\/]graphql\.web|wonka)[\\/]/, priority: 30 },
  { name: 'antd-locales', test: /[\\/]node_modules[\\/](antd[\\/](es|lib)[\\/]locale|dayjs[\\/]locale|@rc-component[\\/][^\\/]+[\\/](es|lib)[\\/]locale)[\\/]/, priority: 25 },
];

export default defineConfig({
  plugins: [react()],
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
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
});
