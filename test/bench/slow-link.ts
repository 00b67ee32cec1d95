/**
 * The leader's first minutes on a phone over a slow link, in a real browser: Chromium throttled
 * over CDP to a mid-range phone on a poor mobile network (150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up, CPU 4× slower), viewport 390×844, empty cache. Timed from the moment the
 * navigation or click starts until the screen's own content is in the DOM:
 *   1. sign-in form: `goto /login` → the form (drawn from a small first download, src/main.tsx);
 *      then the app's code, fetched after the form is painted, while the leader types (timed from
 *      the same `goto`, and waited for before the click: nobody types a name and a password in
 *      the second or so it takes);
 *   2. start page: the sign-in click → the leader's organisations listed (a link to the province);
 *   3. province: a tap on the province in the start page's table → its name, figures and the
 *      first row of its sub-organisations;
 *   4. the sign-in form again with a warm cache (a returning visit).
 * Requests and bytes on the wire (after compression) are counted per step from CDP's
 * Network.loadingFinished events.
 *
 * Runs the server in process on a fresh SQLite demo database (the demo's leader of Điện Biên).
 *
 *   pnpm --filter @fourgood/admin build
 *   pnpm bench:slow-link [-- --runs 5] [--write]
 *
 * --write replaces the `bench:slow-link` section of BENCHMARKS.md.
 *
 * SLOW_LINK_ADMIN_DIRS=name=dir,name=dir: several builds in one sitting (e.g. main's and a branch's),
 * each served by its own server on its own demo database, their runs interleaved; a table each.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { benchEnv, percentile, replaceSection } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const runs = Number(arg('runs', '5'));
const GOAL_MS = 2000;
// SLOW_LINK_ADMIN_DIR: another build of the app (e.g. main's, for a before/after in one sitting).
const adminDir = process.env.SLOW_LINK_ADMIN_DIR ?? join(root, 'apps/admin/dist');
const builds = (process.env.SLOW_LINK_ADMIN_DIRS ?? `this build=${adminDir}`).split(',').map((entry) => {
  const at = entry.indexOf('=');
  return { name: entry.slice(0, at), dir: entry.slice(at + 1) };
});
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PROFILE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, cpu: 4 };

for (const build of builds) if (!existsSync(join(build.dir, 'index.html'))) throw new Error(`${build.dir} is missing: run \`pnpm --filter @fourgood/admin build\` first`);

/** One server on a fresh demo database for each build. */
const servers = [];
for (const build of builds) {
  const dataDir = mkdtempSync(join(tmpdir(), 'fourgood-slow-link-'));
  const config = loadConfig(benchEnv, { dataDir, adminDir: build.dir, seedScale: 0, logLevel: 'warn' });
  const orm = await openDatabase(config);
  await seedDemo(orm, { scale: 1 });
  const running = await createApp(config, { orm, log: () => undefined });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = running.app.listen(0, '127.0.0.1', () => ok(s));
  });
  servers.push({ ...build, dataDir, running, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

type Wire = { requests: number; bytes: number; encodings: Set<string> };

/** Counts finished requests and their encoded bytes on one CDP session (content encodings of the app's own answers). */
function wireCounter(cdp: CDPSession, url: string): { reset(): void; read(): Wire } {
  let wire: Wire = { requests: 0, bytes: 0, encodings: new Set() };
  cdp.on('Network.responseReceived', (e) => {
    const encoding = (e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding']) as string | undefined;
    if (e.response.url.startsWith(url)) wire.encodings.add(encoding ?? 'identity');
  });
  cdp.on('Network.loadingFinished', (e) => {
    wire.requests += 1;
    wire.bytes += e.encodedDataLength;
  });
  return {
    reset: () => (wire = { requests: 0, bytes: 0, encodings: new Set() }),
    read: () => ({ ...wire, encodings: new Set(wire.encodings) }),
  };
}

async function throttle(page: Page, url: string): Promise<ReturnType<typeof wireCounter>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PROFILE.latency, downloadThroughput: PROFILE.downloadThroughput, uploadThroughput: PROFILE.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  return wireCounter(cdp, url);
}

type Step = 'login' | 'appCode' | 'start' | 'province' | 'loginWarm';
const results = servers.map(() => ({ times: { login: [], appCode: [], start: [], province: [], loginWarm: [] } as Record<Step, number[]>, wires: {} as Partial<Record<Step, Wire>> }));

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (let run = 0; run < runs; run++) for (const [b, { url }] of servers.entries()) {
    const { times, wires } = results[b]!;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    const wire = await throttle(page, url);
    const step = async (name: Step, work: () => Promise<unknown>) => {
      wire.reset();
      const started = performance.now();
      await work();
      times[name].push(performance.now() - started);
      wires[name] = wire.read();
    };

    const opened = performance.now();
    await step('login', async () => {
      await page.goto(`${url}/login`, { waitUntil: 'commit' });
      await page.getByTestId('login-form').locator('button[type="submit"]').waitFor();
    });
    // The app's code, fetched once the form is on screen (StandaloneLogin's data-app-loaded; a build
    // whose form is drawn by the app itself has it already).
    await page.waitForFunction(() => !document.querySelector('.fg-login') || document.querySelector('[data-app-loaded]'));
    times.appCode.push(performance.now() - opened);
    wires.appCode = wire.read();
    await page.locator('input[autocomplete="username"]').fill('lanhdao.dienbien');
    await page.locator('input[autocomplete="current-password"]').fill('demo-leader-2026');
    await step('start', async () => {
      await page.getByTestId('login-form').locator('button[type="submit"]').click();
      await page.locator('[data-testid="provinces-list"] a[href*="/org/"]').first().waitFor();
    });
    await step('province', async () => {
      await page.locator('[data-testid="provinces-list"] a[href*="/org/"]').first().click();
      await page.getByTestId('org-name').waitFor();
      await page.getByTestId('figure-members').waitFor();
      await page.locator('[data-testid="children-table"] a[href*="/org/"]').first().waitFor();
    });
    await page.evaluate(() => fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { logout }' }) }));
    await step('loginWarm', async () => {
      await page.goto(`${url}/login`, { waitUntil: 'commit' });
      await page.getByTestId('login-form').locator('button[type="submit"]').waitFor();
    });
    await context.close();
  }

  const r = (n: number) => n.toFixed(0);
  const table = ({ times, wires }: (typeof results)[number]) => {
    const row = (label: string, name: Step, goal: string) => {
      const w = wires[name]!;
      const median = percentile(times[name], 50);
      return `| ${label} | ${r(median)} | ${r(Math.max(...times[name]))} | ${w.requests} | ${(w.bytes / 1024).toFixed(0)} kB | ${[...w.encodings].sort().join(', ') || '—'} | ${goal && (median <= GOAL_MS ? `${goal}: met` : `${goal}: MISSED`)} |`;
    };
    return [
      '| step | median ms | max ms | requests | bytes on the wire | content encodings | goal |',
      '| --- | ---: | ---: | ---: | ---: | --- | --- |',
      row('sign-in form (empty cache)', 'login', '≤ 2 s'),
      row('… and the app\'s code, fetched while the leader types (from the same start; bytes include the form\'s)', 'appCode', ''),
      row('sign-in → start page (link to the province)', 'start', '≤ 2 s'),
      row('tap province → name, figures, first sub-organisation', 'province', '≤ 2 s'),
      row('sign-in form again (warm cache)', 'loginWarm', ''),
    ];
  };
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${cpus().length} cores, shared), headless Chromium at 390×844 throttled over CDP (${PROFILE.latency} ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU ${PROFILE.cpu}× slower), demo data on SQLite, leader of Điện Biên, ${runs} runs each from an empty cache: \`pnpm bench:slow-link -- --runs ${runs}\`.`,
    ...(servers.length === 1 ? ['', ...table(results[0]!)] : servers.flatMap((s, i) => ['', `${s.name} (runs interleaved with the other builds'):`, '', ...table(results[i]!)])),
  ];
  console.log(lines.join('\n'));
  if (args.includes('--write')) {
    const file = join(root, 'BENCHMARKS.md');
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), 'slow-link', lines.join('\n')));
  }
} finally {
  await browser.close();
  for (const { server, running, dataDir } of servers) {
    await new Promise<void>((ok) => server.close(() => ok()));
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
