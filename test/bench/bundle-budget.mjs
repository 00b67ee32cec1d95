#!/usr/bin/env node
/**
 * Bundle budget of the admin app's explore route. Builds nothing: reads apps/admin/dist (run
 * `pnpm --filter @fourgood/admin build` first), follows what the browser loads before the first
 * screen — index.html's module script, its modulepreload links and stylesheets, and the static
 * imports of those chunks, recursively (dynamic `import()` is not followed) — and sums gzip sizes
 * (node:zlib, default level; 1 kB = 1000 bytes, as Vite prints them).
 *
 * The entry is what `/login` costs (src/main.tsx draws the sign-in form from it). The app's
 * routes add the app's shell, a second entry (shell-*.js, src/App.tsx) that main.tsx imports on
 * demand, and the static closure of their lazy page chunk: `/org/:id` is the entry, the shell and
 * OrganizationPage-*.js with what they import statically.
 *
 *   node test/bench/bundle-budget.mjs                    # budget 300 kB gzip JavaScript
 *   node test/bench/bundle-budget.mjs --budget 250 --dist apps/admin/dist --json
 *
 * Exits 1 when the entry or a budgeted route is over budget (or dist is missing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dist = resolve(root, arg('dist', 'apps/admin/dist'));
const budgetKb = Number(arg('budget', '300'));
const asJson = args.includes('--json');

/** The explore route's screens: path → lazy page chunk name (the file name before the hash). */
const ROUTES = [
  { path: '/', chunk: 'HomePage' },
  { path: '/org/:id', chunk: 'OrganizationPage' },
];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: run \`pnpm --filter @fourgood/admin build\` first.`);
  process.exit(1);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
const entryScripts = tags.filter((t) => t.startsWith('<script') && /type\s*=\s*["']module["']/.test(t)).map((t) => attr(t, 'src')).filter(Boolean);
const preloads = tags.filter((t) => t.startsWith('<link') && /rel\s*=\s*["']modulepreload["']/.test(t)).map((t) => attr(t, 'href')).filter(Boolean);
const styles = tags.filter((t) => t.startsWith('<link') && /rel\s*=\s*["']stylesheet["']/.test(t)).map((t) => attr(t, 'href')).filter(Boolean);

/** dist-relative path ("assets/x.js") of an address in index.html ("/assets/x.js"). */
const fromHtml = (href) => href.replace(/^\//, '');

const sizes = new Map();
function size(file) {
  let s = sizes.get(file);
  if (!s) {
    const buf = readFileSync(join(dist, file));
    s = { raw: buf.length, gzip: gzipSync(buf).length };
    sizes.set(file, s);
  }
  return s;
}

/**
 * Static imports of an ES chunk: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`.
 * `import("./x.js")` (dynamic) has a parenthesis after `import` and does not match.
 */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*|\{[^}]*\})\s*from\s*)["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g;
function staticImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = [];
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[1];
    found.push(spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  return found;
}

function closure(starts) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !file.endsWith('.js')) continue;
    if (!existsSync(join(dist, file))) throw new Error(`${file} is imported but missing from dist`);
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

const sum = (files) => [...files].reduce((acc, f) => ({ raw: acc.raw + size(f).raw, gzip: acc.gzip + size(f).gzip }), { raw: 0, gzip: 0 });
const kb = (n) => (n / 1000).toFixed(1);

const entry = closure([...entryScripts, ...preloads].map(fromHtml));
const notPreloaded = [...entry].filter((f) => !preloads.map(fromHtml).includes(f) && !entryScripts.map(fromHtml).includes(f));
const entryTotal = sum(entry);
const css = sum(styles.map(fromHtml));

const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
const shell = closure(assets.filter((f) => /^shell-[\w-]+\.js$/.test(posix.basename(f))));
const routes = ROUTES.map((r) => {
  const chunks = assets.filter((f) => f.endsWith('.js') && posix.basename(f).startsWith(`${r.chunk}-`));
  const files = new Set([...entry, ...shell, ...closure(chunks)]);
  const total = sum(files);
  return { ...r, lazy: chunks.length > 0, added: [...files].filter((f) => !entry.has(f)), gzip: total.gzip, raw: total.raw };
});
const everything = new Set(routes.flatMap((r) => [...entry, ...r.added]));
const lazy = assets
  .filter((f) => f.endsWith('.js') && !everything.has(f))
  .map((f) => ({ file: f, ...size(f) }))
  .sort((a, b) => b.gzip - a.gzip);

const budget = budgetKb * 1000;
const over = [{ what: 'entry', gzip: entryTotal.gzip }, ...routes.map((r) => ({ what: r.path, gzip: r.gzip }))].filter((x) => x.gzip > budget);

if (asJson) {
  console.log(
    JSON.stringify(
      { budgetKb, entry: { files: [...entry].map((f) => ({ file: f, ...size(f) })), ...entryTotal }, css, routes, lazy, over },
      null,
      2,
    ),
  );
} else {
  const rows = [...entry].map((f) => ({ file: f, ...size(f) })).sort((a, b) => b.gzip - a.gzip);
  const pad = (s, n) => String(s).padEnd(n);
  const num = (s, n) => String(s).padStart(n);
  console.log(`Initial load of the admin app (${posix.relative(root.replaceAll('\\', '/'), dist.replaceAll('\\', '/')) || dist}), gzip, budget ${budgetKb} kB of JavaScript\n`);
  console.log(`${pad('file', 48)} ${num('raw kB', 9)} ${num('gzip kB', 9)}`);
  for (const r of rows) console.log(`${pad(r.file, 48)} ${num(kb(r.raw), 9)} ${num(kb(r.gzip), 9)}`);
  console.log(`${pad('entry JavaScript (static closure)', 48)} ${num(kb(entryTotal.raw), 9)} ${num(kb(entryTotal.gzip), 9)}`);
  console.log(`${pad('stylesheets in index.html (not budgeted)', 48)} ${num(kb(css.raw), 9)} ${num(kb(css.gzip), 9)}`);
  if (notPreloaded.length) console.log(`\nwarning: statically imported but not preloaded by index.html: ${notPreloaded.join(', ')}`);
  console.log('\nRoutes of the explore screens (entry + the shell + the page chunk, with their static imports):');
  for (const r of routes) {
    const verdict = r.gzip > budget ? 'OVER' : 'ok';
    console.log(`${pad(r.path, 12)} ${num(kb(r.gzip), 8)} kB gzip  ${verdict}  ${r.lazy ? `+ ${r.added.map((f) => posix.basename(f)).join(', ') || 'nothing new'}` : '(page in the entry)'}`);
  }
  console.log('\nLargest chunks loaded later, on demand (not counted):');
  for (const l of lazy.slice(0, 8)) console.log(`${pad(l.file, 48)} ${num(kb(l.raw), 9)} ${num(kb(l.gzip), 9)}`);
  console.log(over.length ? `\nOVER BUDGET: ${over.map((o) => `${o.what} ${kb(o.gzip)} kB`).join(', ')} > ${budgetKb} kB` : `\nwithin budget (${budgetKb} kB)`);
}
process.exit(over.length ? 1 : 0);
