import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_DIR } from '../support/browser.js';
import { createOrg } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * How the built app and the API travel over a slow link (README, "Serving the app"): compressed,
 * hashed files cached for good, the app shell always revalidated. Needs the built admin app.
 */

let server: TestServer;
let entry: string;

beforeAll(async () => {
  if (!existsSync(`${ADMIN_DIR}/index.html`)) throw new Error('The admin app is not built: run `pnpm --filter @fourgood/admin build` first.');
  server = await startTestServer({ config: { adminDir: ADMIN_DIR } });
  const html = readFileSync(join(ADMIN_DIR, 'index.html'), 'utf8');
  entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
});

afterAll(async () => {
  await server?.close();
});

type Raw = { status: number; headers: Record<string, string | undefined>; body: Buffer };

/** An HTTP request whose answer is read as sent (fetch would undo the compression). */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string | undefined>, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const get = (path: string, headers: Record<string, string> = {}) => raw(path, { headers });

describe('serving the app over a slow link', () => {
  it('sends a hashed asset as brotli (or gzip) from the build, cached for a year and immutable', async () => {
    const original = readFileSync(join(ADMIN_DIR, entry));
    const br = await get(entry, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const brBody = br.body;
    expect(brBody.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(brBody).equals(original)).toBe(true);

    const gz = await get(entry, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);

    const plain = await get(entry, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('revalidates the app shell on every visit, at any client route, compressed', async () => {
    for (const path of ['/', '/login', '/org/whatever?asOf=2024-12-31']) {
      const res = await get(path, { 'accept-encoding': 'br' });
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.headers['content-type'], path).toMatch(/text\/html/);
      expect(res.headers['content-encoding'], path).toBe('br');
      const html = brotliDecompressSync(res.body).toString('utf8');
      expect(html, path).toContain(entry);
    }
  });

  it('answers a missing asset with 404, not the app shell (a new deployment renamed it)', async () => {
    const res = await get('/assets/OrganizationPage-gone1234.js');
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).not.toContain(entry);
  });

  it('has brotli and gzip copies of every script and stylesheet over 1 kB', () => {
    const files = readdirSync(join(ADMIN_DIR, 'assets'));
    const names = new Set(files);
    const big = files.filter((f) => /\.(js|css)$/.test(f) && readFileSync(join(ADMIN_DIR, 'assets', f)).length > 1024);
    expect(big.length).toBeGreaterThan(10);
    expect(big.filter((f) => !names.has(`${f}.br`) || !names.has(`${f}.gz`))).toEqual([]);
  });

  it('compresses GraphQL answers over 1 kB, and only those', async () => {
    await createOrg(server, { code: 'SRV-P', name: 'Đảng bộ tỉnh nén thử', kind: 'PROVINCIAL_COMMITTEE' });
    const query = async (q: string, encoding: string) =>
      raw('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding, cookie: server.cookie }, body: JSON.stringify({ query: q }) });
    const big = `{ provinces(first: 100) { nodes { id code name kind } } __schema { types { name description } } }`;
    const res = await query(big, 'br, gzip');
    expect(res.status, res.body.toString('latin1').slice(0, 300)).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    const body = JSON.parse(brotliDecompressSync(res.body).toString('utf8'));
    expect(body.errors).toBeUndefined();
    expect(body.data.provinces.nodes.map((n: { code: string }) => n.code)).toContain('SRV-P');

    const gz = await query(big, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString('utf8')).data.provinces.nodes.length).toBeGreaterThan(0);

    const small = await query('{ viewer { user { username } } }', 'br, gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8')).data.viewer.user.username).toBe('test-admin');
  });
});
