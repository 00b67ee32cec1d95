import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import type { MikroORM } from '@mikro-orm/core';
import { withMigrationLock } from '../../apps/server/src/db/migration-lock.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { postgresqlMigrations } from '../../apps/server/src/db/migrations/postgresql/index.js';
import { createDatabase, databaseUrl, dropDatabase, POSTGRES_ADMIN_URL, queryOnce } from '../../apps/server/src/db/postgres-admin.js';
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

  it('migrates a new database once when three processes start together through it, and leaves no lock behind', async () => {
    const name = `fourgood_pgb_race_${process.pid}`;
    const url = await createDatabase(name, bouncer.url('postgres'));
    const config = { ...server.config, databaseUrl: url, databaseReplicaUrls: [] };
    const applied: number[] = [];
    let waiting = 0;
    let allWaiting!: () => void;
    const three = new Promise<void>((resolve) => (allWaiting = resolve));
    try {
      // Three ORMs (10 client connections each) and their lock connections on PgBouncer's 2
      // server connections, started while the test holds the lock (through PgBouncer too), so
      // that all three wait; then one migrates, the others find it done.
      let opening!: Promise<MikroORM[]>;
      await withMigrationLock(url, async () => {
        opening = Promise.all(
          [1, 2, 3].map(() =>
            openDatabase(config, {}, {
              migrated: (names) => applied.push(names.length),
              waiting: () => {
                waiting += 1;
                if (waiting === 3) allWaiting();
              },
            }),
          ),
        );
        await Promise.race([three, opening]);
      });
      const orms = await opening;
      await Promise.all(orms.map((orm) => orm.close()));
      expect(waiting).toBe(3);
      expect(applied.sort((x, y) => x - y)).toEqual([0, 0, postgresqlMigrations.length]);
      const direct = databaseUrl(name, POSTGRES_ADMIN_URL);
      expect(await queryOnce(direct, `select name from mikro_orm_migrations group by name having count(*) > 1`)).toEqual([]);
      expect(await queryOnce(direct, `select count(*)::int as n from pg_locks where locktype = 'advisory'`)).toEqual([{ n: 0 }]);
    } finally {
      await dropDatabase(name);
    }
  });

  it('stops a request’s statement at the limit, in and out of a transaction, with JIT off, and leaks no setting', async () => {
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
    const [{ timeout, jit }] = (await limited(() => conn.execute(`select current_setting('statement_timeout') as timeout, current_setting('jit') as jit`))) as [{ timeout: string; jit: string }];
    expect(timeout).toBe('1s');
    // …and PostgreSQL's JIT off (set local with the limit: issue #14, a JIT compile of 33 ms on a
    // 0.3 ms statement at the country's size).
    expect(jit).toBe('off');
    // …and nothing else does, on any of the server connections (more clients at once than the pool has).
    const settings = await Promise.all(Array.from({ length: 8 }, () => conn.execute<Array<{ timeout: string }>>(`select current_setting('statement_timeout') as timeout, pg_sleep(0.05)`)));
    expect(new Set(settings.map((rows) => rows[0]!.timeout))).toEqual(new Set(['0']));
  });
});
