import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../apps/server/src/hierarchy/organization.entity.js';
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

  it('an entity read back from the database is not dirty (no spurious UPDATE, no lockVersion bump on the next flush)', async () => {
    // SQLite keeps datetimes as epoch numbers; `type: 'datetime'` made MikroORM compare them with
    // Date objects, so every loaded row with createdAt/updatedAt looked changed.
    const em = server.orm.em.fork();
    const org = await em.findOneOrFail(Organization, { code: 'DB-DIENBIEN' }, { filters: false });
    expect(org.createdAt).toBeInstanceOf(Date);
    const uow = em.getUnitOfWork();
    uow.computeChangeSets();
    expect(uow.getChangeSets()).toHaveLength(0);
  });
});
