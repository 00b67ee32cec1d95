import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { POSTGRES_ADMIN_URL } from '../../apps/server/src/db/postgres-admin.js';
import { isStatementTimeout, withStatementLimit } from '../../apps/server/src/db/statement-limits.js';
import { expectError } from '../support/api.js';
import { createOrg } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startPgBouncer, type Bouncer } from '../support/pgbouncer.js';

/**
 * Issue #15: FourGood behind a real PgBouncer in transaction pooling mode (two server
 * connections for the app's ten), everything through it — creating the database, migrations,
 * sign-in, reads, mutations and the per-statement limit, which must hold for a request's
 * statements and must not leak onto server connections that other work gets next.
 */

let bouncer: Bouncer;
let server: TestServer;

beforeAll(async () => {
  const direct = new URL(POSTGRES_ADMIN_URL);
  bouncer = await startPgBouncer({ host: direct.hostname, port: Number(direct.port || 5432) }, { poolSize: 2 });
  server = await startTestServer({
    cluster: { adminUrl: bouncer.url('postgres') },
    config: { transactionPooler: true, statementTimeoutMs: 1000 },
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await bouncer?.stop();
});

const limited = <T>(fn: () => Promise<T>) => new Promise<T | unknown>((resolve) => withStatementLimit(() => void fn().then(resolve, resolve)));

describe('behind PgBouncer (transaction pooling)', () => {
  it('signs in, writes and reads', async () => {
    // startTestServer signed the admin in over HTTP through PgBouncer; a mutation and a read:
    const id = await createOrg(server, { code: 'PGB-1', name: 'Đảng bộ tỉnh PgBouncer', kind: 'PROVINCIAL_COMMITTEE' });
    const read = await server.data<{ organization: { id: string; name: string } }>(`{ organization(code: "PGB-1") { id name } }`);
    expect(read.organization).toEqual({ id, name: 'Đảng bộ tỉnh PgBouncer' });
    // A failing mutation answers a typed error and leaves nothing behind.
    expectError(await server.gql(`mutation { createOrganization(input: { code: "PGB-1", name: "Trùng mã", kind: PROVINCIAL_COMMITTEE, foundedOn: "1990-01-01" }) { id } }`), 'CONFLICT');
    const again = await server.signIn('test-admin', 'test-admin-password-1');
    expect((await again.data<{ viewer: { user: { username: string } | null } }>(`{ viewer { user { username } } }`)).viewer.user?.username).toBe('test-admin');
  });

  it('stops a request’s statement at the limit, in and out of a transaction, and leaks no setting', async () => {
    const conn = server.orm.em.getConnection();
    expect(isStatementTimeout(await limited(() => conn.execute(`select pg_sleep(1.5)`)))).toBe(true);
    const inTransaction = await limited(() =>
      server.orm.em.fork().transactional(async (em) => {
        await (em as EntityManager).execute(`select 1`);
        return (em as EntityManager).execute(`select pg_sleep(1.5)`);
      }),
    );
    expect(isStatementTimeout(inTransaction)).toBe(true);
    // A request's fast statements see the limit…
    const [{ timeout }] = (await limited(() => conn.execute(`select current_setting('statement_timeout') as timeout`))) as [{ timeout: string }];
    expect(timeout).toBe('1s');
    // …and nothing else does, on any of the server connections (more clients at once than the pool has).
    const settings = await Promise.all(Array.from({ length: 8 }, () => conn.execute<Array<{ timeout: string }>>(`select current_setting('statement_timeout') as timeout, pg_sleep(0.05)`)));
    expect(new Set(settings.map((rows) => rows[0]!.timeout))).toEqual(new Set(['0']));
  });
});
