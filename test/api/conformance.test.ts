import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('GraphQL over HTTP', () => {
  it('passes every MUST of graphql-http’s audit (signed in)', async () => {
    const results = await auditServer({
      url: `${server.url}/graphql`,
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('cookie', server.cookie);
        return fetch(input, { ...init, headers });
      },
    });
    const failures = results.filter((r) => r.status === 'error');
    const describe = (r: (typeof results)[number]) => `${r.id} ${r.name}${'reason' in r ? `: ${r.reason}` : ''}`;
    // The README lists the warnings that remain and why they are accepted.
    const warnings = results.filter((r) => r.status === 'warn').map(describe);
    console.log(`graphql-http audit: ${results.length} audits, ${failures.length} errors, ${warnings.length} warnings\n${warnings.join('\n')}`);
    expect(failures.map(describe)).toEqual([]);
  });
});
