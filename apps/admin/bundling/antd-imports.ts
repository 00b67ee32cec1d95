import type { Plugin } from 'vite';

/** One import made inside antd, answered with another module. */
export interface AntdRedirect {
  /** The antd module that imports (end of its path, `/` as separator). */
  importer: string;
  /** The import as written in that module. */
  source: string;
  /** What to load instead: a package path, or an absolute file. */
  to: string;
}

/**
 * Redirects a few imports made inside antd's own modules (production builds only).
 *
 * Some antd components import, at the top of their module, a large component that they render
 * only for an option this app does not use on its first screens: a Card renders Tabs only with
 * `tabList`, a Breadcrumb item renders a Dropdown only with `menu`, Typography renders its editor
 * only with `editable`. And antd's form context imports `FormProvider` from @rc-component/form's
 * index, whose top level attaches Field, List, useForm… to the Form and so keeps all of
 * @rc-component/form and its validator in any page that shows a tooltip. Each of these would put
 * kilobytes into the explore route's first download (bundle budget, test/bench/bundle-budget.mjs).
 *
 * The redirects keep behaviour: `FormProvider` comes from the module that defines it (the same
 * object), and the big components become src/lib/antd-deferred/ wrappers that load the real one
 * on first render (`React.lazy`). Only imports from the named antd module are redirected; the
 * app's own `import { Tabs } from 'antd'` is untouched.
 *
 * The dev server pre-bundles antd and does not run this. A redirect that no longer matches
 * (antd moved the import) is reported as a build warning, and the bundle budget shows the cost.
 */
export function antdImports(redirects: AntdRedirect[]): Plugin {
  const used = new Set<AntdRedirect>();
  const sources = new Set(redirects.map((r) => r.source));
  return {
    name: 'fourgood:antd-imports',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      used.clear();
    },
    resolveId: {
      filter: { id: new RegExp(`^(${[...sources].map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`) },
      async handler(source, importer, options) {
        if (!importer) return null;
        const from = importer.replaceAll('\\', '/');
        const redirect = redirects.find((r) => r.source === source && from.includes('/node_modules/antd/') && from.endsWith(r.importer));
        if (!redirect) return null;
        used.add(redirect);
        const resolved = await this.resolve(redirect.to, importer, { ...options, skipSelf: true });
        if (!resolved) this.error(`antd-imports: cannot resolve ${redirect.to} (redirect of ${source} in ${redirect.importer})`);
        return resolved;
      },
    },
    buildEnd(error) {
      if (error) return;
      for (const r of redirects) {
        if (!used.has(r)) this.warn(`antd-imports: ${r.importer} no longer imports "${r.source}" (antd changed?): update bundling/antd-imports.ts`);
      }
    },
  };
}
