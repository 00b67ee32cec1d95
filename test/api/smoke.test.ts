import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('smoke', () => {
  it('creates a province and lists it', async () => {
    const created = await server.gql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id code name kind depth foundedOn } }`,
      { input: { code: 'DB-DIENBIEN', name: 'Đảng bộ tỉnh Điện Biên', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1949-01-01' } },
    );
    expect(created.errors).toBeUndefined();
    const res = await server.data(`{ provinces { totalCount nodes { id name stats { members organizations } } } }`);
    expect(res.provinces.totalCount).toBe(1);
    expect(res.provinces.nodes[0].name).toBe('Đảng bộ tỉnh Điện Biên');
  });
});
