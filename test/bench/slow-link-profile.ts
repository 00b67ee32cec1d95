/**
 * Where the slow-link benchmark's province step spends its time (test/bench/slow-link.ts, same
 * throttled phone profile): one sign-in, then the tap on the province traced over CDP. Prints
 *   - every request of the step: start and end (ms after the tap), bytes, the GraphQL operation;
 *   - the renderer main thread's busy time, by kind (script evaluation and compilation, functions
 *     called from tasks, style and layout, paint) and the script files it ran;
 *   - the JavaScript profile's self time by file and the heaviest functions.
 *
 *   pnpm --filter @fourgood/admin build
 *   tsx --tsconfig test/tsconfig.json test/bench/slow-link-profile.ts [--trace out.json]
 *
 * SLOW_LINK_ADMIN_DIR: another build. A diagnostic, not a benchmark: tracing adds its own cost.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { seedDemo } from '../../apps/server/src/seed/index.js';
import { benchEnv } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const traceOut = args.includes('--trace') ? args[args.indexOf('--trace') + 1] : undefined;
const adminDir = process.env.SLOW_LINK_ADMIN_DIR ?? join(root, 'apps/admin/dist');
const PROFILE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, cpu: 4 };

const dataDir = mkdtempSync(join(tmpdir(), 'fourgood-slow-link-profile-'));
const config = loadConfig(benchEnv, { dataDir, adminDir, seedScale: 0, logLevel: 'warn' });
const orm = await openDatabase(config);
await seedDemo(orm, { scale: 1 });
const running = await createApp(config, { orm, log: () => undefined });
const server = await new Promise<import('node:http').Server>((ok) => {
  const s = running.app.listen(0, '127.0.0.1', () => ok(s));
});
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

type TraceEvent = { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: Record<string, unknown> } & Record<string, unknown> };
type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PROFILE.latency, downloadThroughput: PROFILE.downloadThroughput, uploadThroughput: PROFILE.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  await page.goto(`${url}/login`, { waitUntil: 'commit' });
  await page.waitForSelector('[data-app-loaded], [data-testid="login-form"]:not(.fg-login)');
  await page.locator('input[autocomplete="username"]').fill('lanhdao.dienbien');
  await page.locator('input[autocomplete="current-password"]').fill('demo-leader-2026');
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
  await page.locator('[data-testid="provinces-list"] a[href*="/org/"]').first().waitFor();

  const requests = new Map<string, { url: string; op: string; start: number; end?: number; bytes?: number }>();
  let clickWall = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    let op = '';
    if (e.request.postData) op = /"operationName":"(\w+)"/.exec(e.request.postData)?.[1] ?? /(query|mutation)\s+(\w+)/.exec(e.request.postData)?.[2] ?? '';
    requests.set(e.requestId, { url: e.request.url.replace(url, ''), op, start: e.wallTime * 1000 });
  });
  const monotonicToWall = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (e) => monotonicToWall.set(e.requestId, e.wallTime * 1000 - e.timestamp * 1000));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.end = e.timestamp * 1000 + (monotonicToWall.get(e.requestId) ?? 0);
      r.bytes = e.encodedDataLength;
    }
  });

  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const traced = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8'] },
  });
  clickWall = Date.now();
  const started = performance.now();
  await page.locator('[data-testid="provinces-list"] a[href*="/org/"]').first().click();
  await page.getByTestId('org-name').waitFor();
  const nameAt = performance.now() - started;
  await page.getByTestId('figure-members').waitFor();
  await page.locator('[data-testid="children-table"] a[href*="/org/"]').first().waitFor();
  const doneAt = performance.now() - started;
  await cdp.send('Tracing.end');
  await traced;
  if (traceOut) writeFileSync(traceOut, JSON.stringify({ traceEvents: events }));

  console.log(`province step: name after ${nameAt.toFixed(0)} ms, children's first row after ${doneAt.toFixed(0)} ms (traced: slower than the benchmark)`);
  console.log('\nrequests (ms after the tap):');
  for (const r of [...requests.values()].sort((a, b) => a.start - b.start)) {
    console.log(`  ${(r.start - clickWall).toFixed(0).padStart(6)} → ${r.end ? (r.end - clickWall).toFixed(0).padStart(6) : '     ?'}  ${((r.bytes ?? 0) / 1024).toFixed(1).padStart(6)} kB  ${r.op || r.url}`);
  }

  // The renderer's main thread: the thread that ran the page's scripts.
  const main = events.find((e) => e.name === 'EvaluateScript' || e.name === 'FunctionCall');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const t0 = Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((s, e) => s + e.dur!, 0) / 1000;
  console.log(`\nmain thread: ${busy.toFixed(0)} ms in tasks; long tasks (> 50 ms, ms after the trace start):`);
  for (const e of tasks.filter((x) => x.dur! > 50_000)) {
    const inside = onMain.filter((x) => x.ts >= e.ts && x.ts + x.dur! <= e.ts + e.dur! && x !== e && x.name !== 'RunTask');
    const top = inside
      .filter((x) => ['EvaluateScript', 'v8.compile', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'v8.compileModule', 'v8.evaluateModule', 'EventDispatch', 'RunMicrotasks', 'V8.GCFinalizeMC', 'MajorGC', 'MinorGC'].includes(x.name))
      .map((x) => `${x.name}${x.args?.data?.url ? ` ${String(x.args.data.url).replace(url, '')}` : ''}${x.args?.data?.functionName ? ` ${String(x.args.data.functionName)}` : ''} ${(x.dur! / 1000).toFixed(0)}`)
      .slice(0, 6);
    console.log(`  ${((e.ts - t0) / 1000).toFixed(0).padStart(6)} +${(e.dur! / 1000).toFixed(0).padStart(5)} ms  ${top.join(' | ')}`);
  }
  const byName = new Map<string, number>();
  for (const e of onMain) if (['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'MajorGC', 'MinorGC', 'ParseAuthorStyleSheet'].includes(e.name)) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000);
  console.log('\nmain thread by event (inclusive, nested events counted in both):');
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms`);

  // The sampled JavaScript profile (ProfileChunk events).
  const nodes = new Map<number, ProfileNode>();
  const selfUs = new Map<number, number>();
  for (const e of events.filter((x) => x.name === 'ProfileChunk')) {
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0)));
  }
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = nodes.get(id);
    if (!n) continue;
    const file = (n.callFrame.url ?? '').replace(url, '') || `(${n.callFrame.functionName || 'native'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + us / 1000);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us / 1000);
  }
  console.log('\nJavaScript self time by file:');
  for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${file}`);
  console.log('\nheaviest functions (self):');
  for (const [fn, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${fn}`);
  await context.close();
} finally {
  await browser.close();
  await new Promise<void>((ok) => server.close(() => ok()));
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
}
