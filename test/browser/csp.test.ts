import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR, launchChromium, requireBrowserParts, signInThroughForm } from '../support/browser.js';
import { createOrg } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The content security policy the server sends holds for the built app: no violation on the main
 * screens, GraphiQL's Monaco editor included. (Why style-src keeps 'unsafe-inline': README,
 * "Content security policy".) Needs `pnpm --filter @fourgood/admin build` first.
 */

let server: TestServer;
let browser: Browser;
let page: Page;
let province: string;

beforeAll(async () => {
  requireBrowserParts();
  server = await startTestServer({ config: { adminDir: ADMIN_DIR } });
  province = await createOrg(server, { code: 'CSP-P', name: 'Đảng bộ tỉnh thử', kind: 'PROVINCIAL_COMMITTEE' });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  // Every violation of the page's policy, as the browser reports it.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.splice(0));

describe('content security policy in the browser', () => {
  it('reports no violation on the sign-in, explore, organisation, criteria, scoring and workspace screens', async () => {
    await signInThroughForm(page, server.url, { username: 'test-admin', password: 'test-admin-password-1' }, { arrived: (url) => url.pathname === '/' });
    expect(await violations(), 'sign-in and explore').toEqual([]);
    for (const path of [`/org/${province}`, '/criteria', '/assessments']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await violations(), path).toEqual([]);
    }
    await page.goto(`${server.url}/workspace`);
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await violations(), '/workspace').toEqual([]);
  });
});
