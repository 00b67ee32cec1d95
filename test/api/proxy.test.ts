import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, trustProxyFrom } from '../../apps/server/src/config.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * FOURGOOD_TRUST_PROXY over real HTTP: the test client reaches the server from 127.0.0.1, so with
 * "loopback" trusted it plays the TLS proxy and its X-Forwarded-* headers count; without the
 * setting the same headers are forged and ignored.
 */
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username } } }';

async function login(server: TestServer, username: string, password: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body = (await res.json()) as { data?: { login?: { user: { username: string } } }; errors?: Array<{ extensions: Record<string, unknown> }> };
  return { body, setCookie: res.headers.get('set-cookie') ?? '' };
}

const reasonOf = (r: Awaited<ReturnType<typeof login>>) => r.body.errors?.[0]?.extensions.reason;

describe('FOURGOOD_TRUST_PROXY values', () => {
  it('reads off, true, a hop count and address lists, and refuses what express cannot read', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom('')).toBe(false);
    expect(trustProxyFrom('false')).toBe(false);
    expect(trustProxyFrom('true')).toBe(true);
    expect(trustProxyFrom('2')).toBe(2);
    expect(trustProxyFrom('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
    expect(() => trustProxyFrom('proxy.example')).toThrow(ConfigError);
    expect(() => trustProxyFrom('10.0.0.0/99')).toThrow(ConfigError);
  });
});

describe('behind a trusted proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { trustProxy: 'loopback' } });
  });
  afterAll(async () => server?.close());

  it('marks the session cookie Secure when the proxy says the client came over HTTPS', async () => {
    await server.userWith('proxied', [{ role: 'LEADER', organizationId: null }]);
    const https = await login(server, 'proxied', 'proxied-password-1', { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7' });
    expect(https.body.data?.login?.user.username, JSON.stringify(https.body)).toBe('proxied');
    expect(https.setCookie).toMatch(/fourgood_session=[^;]+;/);
    expect(https.setCookie).toMatch(/;\s*Secure/i);
    expect(https.setCookie).toMatch(/HttpOnly/i);
    const plain = await login(server, 'proxied', 'proxied-password-1', { 'x-forwarded-proto': 'http' });
    expect(plain.setCookie).toMatch(/fourgood_session=/);
    expect(plain.setCookie).not.toMatch(/Secure/i);
  });

  it('locks the address the proxy forwards, not the proxy: another client behind it still signs in', async () => {
    await server.userWith('neighbour', [{ role: 'LEADER', organizationId: null }]);
    const attacker = { 'x-forwarded-for': '203.0.113.10' };
    const neighbour = { 'x-forwarded-for': '203.0.113.20' };
    // 50 failures from one client address, on as many unknown accounts, lock that address.
    for (let i = 0; i < 50; i += 1) expect(reasonOf(await login(server, `nobody-${i}`, 'wrong-password', attacker))).toBe('BAD_CREDENTIALS');
    const locked = await login(server, 'neighbour', 'neighbour-password-1', attacker);
    expect(locked.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'LOCKED' });
    const ok = await login(server, 'neighbour', 'neighbour-password-1', neighbour);
    expect(ok.body.data?.login?.user.username, JSON.stringify(ok.body)).toBe('neighbour');
    // The address is the last untrusted hop: a client cannot escape by prepending its own X-Forwarded-For.
    const spoofed = await login(server, 'neighbour', 'neighbour-password-1', { 'x-forwarded-for': '192.0.2.99, 203.0.113.10' });
    expect(reasonOf(spoofed)).toBe('LOCKED');
  }, 120_000); // fifty real sign-in failures, each hashed and slowed down
});

describe('without a trusted proxy (the default)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('ignores X-Forwarded-Proto: no Secure cookie over plain HTTP', async () => {
    expect(server.config.trustProxy).toBe(false);
    await server.userWith('direct', [{ role: 'LEADER', organizationId: null }]);
    const res = await login(server, 'direct', 'direct-password-1', { 'x-forwarded-proto': 'https' });
    expect(res.body.data?.login?.user.username, JSON.stringify(res.body)).toBe('direct');
    expect(res.setCookie).toMatch(/fourgood_session=/);
    expect(res.setCookie).not.toMatch(/Secure/i);
  });

  it('ignores a forged X-Forwarded-For: changing it does not escape a lock', async () => {
    await server.userWith('victim', [{ role: 'LEADER', organizationId: null }]);
    for (let i = 0; i < 5; i += 1) {
      expect(reasonOf(await login(server, 'victim', `guess-${i}`, { 'x-forwarded-for': `203.0.113.${i + 1}` }))).toBe('BAD_CREDENTIALS');
    }
    // All five came from 127.0.0.1 whatever the header said, so the account is locked from there.
    const res = await login(server, 'victim', 'victim-password-1', { 'x-forwarded-for': '203.0.113.99' });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'LOCKED' });
  });
});

describe('content security policy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('allows scripts from the app only, and styles from the app plus inline (no other origin)', async () => {
    const csp = (await fetch(`${server.url}/health`)).headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(';').map((d) => { const [name, ...values] = d.trim().split(/\s+/); return [name, values.join(' ')] as const; }));
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
  });
});
