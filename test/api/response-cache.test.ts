import Database from 'better-sqlite3';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sqliteFile } from '../../apps/server/src/db/orm.js';
import { fromGlobalId } from '../../apps/server/src/graphql/relay.js';
import { loadConfig } from '../../apps/server/src/config.js';
import { metricsRegistry } from '../../apps/server/src/ops/metrics.js';
import { createMember, createOrg, expectError } from '../support/api.js';
import { startTestServer, systemServices, testDb, type Client, type GraphQLResponse, type TestServer } from '../support/server.js';

/**
 * The response cache (issue #14 item 4; FOURGOOD_RESPONSE_CACHE_ENTRIES): a hit gives the answer
 * the query gives without it, any write since makes the next read fresh, and nobody is served an
 * answer read for someone else or for a session that has ended. The header `x-response-cache`
 * (hit / miss) says what happened; an operation the cache does not consider has none.
 */
let server: TestServer;
const ids: Record<string, string> = {};
let leaderA: Client;
let leaderB: Client;

interface Answer {
  status: number;
  cache: string | null;
  body: GraphQLResponse;
  text: string;
}

async function post(client: Client, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, cache: res.headers.get('x-response-cache'), body: JSON.parse(text) as GraphQLResponse, text };
}

/**
 * Asks until the answer comes from the cache. On PostgreSQL the version is the server's snapshot,
 * which any commit moves, in any database of the server (other test files run beside this one):
 * an answer is kept only when nothing committed while it was read, so a few tries may be needed.
 */
async function untilHit(client: Client, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const answers: Answer[] = [];
  for (let i = 0; i < 50; i++) {
    const answer = await post(client, query, variables);
    answers.push(answer);
    if (answer.cache === 'hit') return answer;
  }
  throw new Error(`no hit in 50 tries: ${answers.map((a) => a.cache).join(',')}`);
}

const ORG = `query($id: ID!) { organization(id: $id) { code name stats { members } } }`;
const data = (answer: Answer) => JSON.stringify(answer.body.data);

beforeAll(async () => {
  server = await startTestServer({ config: { responseCacheEntries: 1000 } });
  ids.A = await createOrg(server, { code: 'RC-A', name: 'Đảng bộ tỉnh A', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  ids.CA = await createOrg(server, { code: 'RC-CA', name: 'Chi bộ A1', kind: 'GRASSROOTS_CELL', cellType: 'AGENCY', parentId: ids.A, foundedOn: '2000-01-01' });
  ids.B = await createOrg(server, { code: 'RC-B', name: 'Đảng bộ tỉnh B', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
  await createMember(server, { organizationId: ids.CA, fullName: 'An Văn A' });
  leaderA = await server.userWith('rc-leader-a', [{ role: 'LEADER', organizationId: ids.A }]);
  leaderB = await server.userWith('rc-leader-b', [{ role: 'LEADER', organizationId: ids.B }]);
});
afterAll(async () => server?.close());

describe('hits', () => {
  it('a repeated query is answered from the cache with the same answer, compressed or not', async () => {
    const first = await post(leaderA, ORG, { id: ids.A });
    expect(first.body.data).toEqual({ organization: { code: 'RC-A', name: 'Đảng bộ tỉnh A', stats: { members: 1 } } });
    const hit = await untilHit(leaderA, ORG, { id: ids.A });
    expect(data(hit)).toBe(data(first));
    expect(hit.body.errors).toBeUndefined();
    // The hit reports its own statements (the session lookup), not those of the answer it repeats.
    expect(hit.body.extensions!.sql!.statements).toBeLessThan(first.body.extensions!.sql!.statements);
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: leaderA.cookie, 'accept-encoding': encoding },
        body: JSON.stringify({ query: ORG, variables: { id: ids.A } }),
      });
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(JSON.parse(await res.text()).data).toEqual(first.body.data);
    }
  });

  it('counts hits, misses and kept answers in the metrics', async () => {
    const count = async (name: string, result?: string) => {
      const metric = await metricsRegistry.getSingleMetric(name)!.get();
      return metric.values.filter((v) => result === undefined || v.labels.result === result).reduce((a, v) => a + v.value, 0);
    };
    const before = { hit: await count('fourgood_response_cache_lookups_total', 'hit'), miss: await count('fourgood_response_cache_lookups_total', 'miss'), stored: await count('fourgood_response_cache_stored_total') };
    const query = `query Counted($id: ID!) { organization(id: $id) { code } }`;
    expect((await post(leaderA, query, { id: ids.CA })).cache).toBe('miss');
    await untilHit(leaderA, query, { id: ids.CA });
    expect(await count('fourgood_response_cache_lookups_total', 'miss')).toBeGreaterThan(before.miss);
    expect(await count('fourgood_response_cache_lookups_total', 'hit')).toBeGreaterThan(before.hit);
    expect(await count('fourgood_response_cache_stored_total')).toBeGreaterThan(before.stored);
  });

  it('other variables, another operation text or another Accept header are other answers', async () => {
    await untilHit(leaderA, ORG, { id: ids.A });
    expect((await post(leaderA, ORG, { id: ids.CA })).cache).toBe('miss');
    expect((await post(leaderA, `${ORG} `, { id: ids.A })).cache).toBe('miss');
    const asked = await post(leaderA, ORG, { id: ids.A }, { accept: 'application/graphql-response+json' });
    expect(asked.cache).toBe('miss');
    expect(asked.body.data).toEqual((await post(leaderA, ORG, { id: ids.A })).body.data);
  });

  it('mutations, anonymous calls and errors are never answered from the cache', async () => {
    const bad = `query($id: ID!) { organization(id: $id) { code } }`;
    for (let i = 0; i < 3; i++) {
      const answer = await post(leaderA, bad, { id: 'not-an-id' });
      expectError(answer.body, 'VALIDATION_FAILED', 'id');
      expect(answer.cache).toBe('miss');
    }
    const rename = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name } }`;
    for (let i = 0; i < 2; i++) {
      const answer = await post(server, rename, { input: { id: ids.CA, name: 'Chi bộ A1' } });
      expect(answer.body.data).toEqual({ updateOrganization: { name: 'Chi bộ A1' } });
      expect(answer.cache).toBeNull();
    }
    for (let i = 0; i < 3; i++) {
      const answer = await post(server.anonymous, ORG, { id: ids.A });
      expectError(answer.body, 'UNAUTHENTICATED');
      expect(answer.cache).toBeNull();
    }
  });
});

describe('answers that must not be kept', () => {
  it('an exported .xlsx (it carries the time it was made) is computed every time; the CSV is kept', async () => {
    const created = await server.data(`mutation($input: CreateCriteriaTableInput!) { createCriteriaTable(input: $input) { id } }`, {
      input: { seriesCode: 'RC-KCCQ', name: 'Bảng tiêu chí (bộ nhớ đệm)', model: 'FOUR_GOOD_CELL', cellType: 'AGENCY', ownerId: ids.A, isExample: true },
    });
    const exported = (format: string) => `query($id: ID!) { criteriaTable(id: $id) { export(format: ${format}) { filename base64 } } }`;
    const variables = { id: created.createCriteriaTable.id };
    await untilHit(server, exported('CSV'), variables);
    for (let i = 0; i < 3; i++) {
      const answer = await post(server, exported('XLSX'), variables);
      expect(answer.body.data.criteriaTable.export.filename).toMatch(/\.xlsx$/);
      expect(answer.cache).toBe('miss');
    }
  });
});

describe('writes', () => {
  it('a mutation by anyone makes the next read fresh', async () => {
    await untilHit(leaderA, ORG, { id: ids.A });
    await server.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
      input: { id: ids.A, name: 'Đảng bộ tỉnh A mới' },
    });
    const after = await post(leaderA, ORG, { id: ids.A });
    expect(after.cache).toBe('miss');
    expect(after.body.data.organization.name).toBe('Đảng bộ tỉnh A mới');
  });

  it('a write outside GraphQL (services of the process: import, daily job) makes the next read fresh', async () => {
    const before = (await untilHit(leaderA, ORG, { id: ids.A })).body.data.organization.stats.members;
    const { members } = systemServices(server.orm);
    await members.create({ organizationId: fromGlobalId(ids.CA).id, fullName: 'Bình Văn B', gender: 'MALE', birthDate: '1980-01-01', joinedOn: '2005-01-01', position: 'MEMBER', cardNumber: `RC${String(process.pid).slice(-4)}B`, since: '2010-01-01' });
    const after = await post(leaderA, ORG, { id: ids.A });
    expect(after.cache).toBe('miss');
    expect(after.body.data.organization.stats.members).toBe(before + 1);
  });

  it('a commit by another connection (the import and restore tools, another process) makes the next read fresh', async () => {
    await untilHit(leaderA, ORG, { id: ids.A });
    const id = fromGlobalId(ids.A).id;
    if (testDb() === 'sqlite') {
      const other = new Database(sqliteFile(server.config));
      try {
        other.prepare(`update organization set name = ? where id = ?`).run('Tên do công cụ khác ghi', id);
      } finally {
        other.close();
      }
    } else {
      await (server.orm.em.fork().getConnection() as AbstractSqlConnection).execute(`update organization set name = ? where id = ?`, ['Tên do công cụ khác ghi', id]);
    }
    const after = await post(leaderA, ORG, { id: ids.A });
    expect(after.cache).toBe('miss');
    expect(after.body.data.organization.name).toBe('Tên do công cụ khác ghi');
  });
});

describe('who is served', () => {
  it('another user with the same query gets their own answer, never the cached one', async () => {
    await untilHit(leaderA, ORG, { id: ids.A });
    const other = await post(leaderB, ORG, { id: ids.A });
    expect(other.cache).toBe('miss');
    expect(other.body.data).toEqual({ organization: null });
    // The same grants held by another account are still another key.
    const twin = await server.userWith('rc-leader-a2', [{ role: 'LEADER', organizationId: ids.A }]);
    expect((await post(twin, ORG, { id: ids.A })).cache).toBe('miss');
  });

  it('a revoked grant is not served its former answer', async () => {
    const reader = await server.userWith('rc-revoked', [{ role: 'LEADER', organizationId: ids.A }]);
    const seen = await untilHit(reader, ORG, { id: ids.A });
    expect(seen.body.data.organization.code).toBe('RC-A');
    const grants = await server.data(`query { users(first: 50) { nodes { username grants { id } } } }`);
    const grantId = grants.users.nodes.find((u: { username: string }) => u.username === 'rc-revoked').grants[0].id;
    await server.data(`mutation($input: RevokeGrantInput!) { revokeGrant(input: $input) { id } }`, { input: { grantId } });
    const after = await post(reader, ORG, { id: ids.A });
    expect(after.cache).not.toBe('hit');
    expect(after.body.data).toEqual({ organization: null });
  });

  it('a signed-out session is refused as without the cache', async () => {
    const reader = await server.userWith('rc-signed-out', [{ role: 'LEADER', organizationId: ids.A }]);
    await untilHit(reader, ORG, { id: ids.A });
    expect((await post(reader, `mutation { logout }`)).body.data).toEqual({ logout: true });
    const after = await post(reader, ORG, { id: ids.A });
    expectError(after.body, 'UNAUTHENTICATED');
    expect(after.status).toBe(401);
    expect(after.cache).toBeNull();
  });

  it('a deactivated user is refused as without the cache', async () => {
    const reader = await server.userWith('rc-deactivated', [{ role: 'LEADER', organizationId: ids.A }]);
    await untilHit(reader, ORG, { id: ids.A });
    const users = await server.data(`query { users(first: 50) { nodes { id username } } }`);
    const userId = users.users.nodes.find((u: { username: string }) => u.username === 'rc-deactivated').id;
    await server.data(`mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }`, { input: { userId, active: false } });
    expectError((await post(reader, ORG, { id: ids.A })).body, 'UNAUTHENTICATED');
  });
});

describe('the date', () => {
  it('at midnight in Vietnam the key changes: the first read of the new day is fresh', async () => {
    await untilHit(leaderA, ORG, { id: ids.A });
    // Only Date moves (timers, the pools' included, stay real): to the next midnight in Vietnam (17:00 UTC).
    const now = new Date();
    const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 17, 0, 1));
    if (midnight.getTime() <= now.getTime()) midnight.setUTCDate(midnight.getUTCDate() + 1);
    vi.useFakeTimers({ toFake: ['Date'], now: midnight.getTime() - 2000 });
    try {
      // A session signed in just before midnight (an older one would have expired by the clock).
      const reader = await server.userWith('rc-midnight', [{ role: 'LEADER', organizationId: ids.A }]);
      await untilHit(reader, ORG, { id: ids.A });
      vi.setSystemTime(midnight);
      expect((await post(reader, ORG, { id: ids.A })).cache).toBe('miss');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a write left open in a transaction', () => {
  it('is never served, neither while it is open nor after its rollback', async () => {
    const before = (await untilHit(leaderA, ORG, { id: ids.A })).body.data.organization.name;
    const id = fromGlobalId(ids.A).id;
    const knex = (server.orm.em.getConnection() as AbstractSqlConnection).getKnex();
    if (testDb() === 'sqlite') {
      // The process's one connection, in a transaction begun on the raw handle and left open: the
      // requests read what it wrote so far (SQLite), so nothing read now may be kept.
      const client = knex.client as unknown as { acquireConnection(): Promise<Database.Database>; releaseConnection(c: Database.Database): unknown };
      const handle = await client.acquireConnection();
      handle.exec('begin');
      handle.prepare(`update organization set name = 'Chưa lưu' where id = ?`).run(id);
      client.releaseConnection(handle);
      const during = await post(leaderA, ORG, { id: ids.A });
      expect(during.cache).toBeNull();
      expect(during.body.data.organization.name).toBe('Chưa lưu');
      handle.exec('rollback');
    } else {
      // Another connection's open transaction: its uncommitted row is invisible, so the snapshot
      // (and the answer) stay those of the committed data until it ends; its end moves the snapshot.
      const trx = await knex.transaction();
      try {
        await trx.raw(`update organization set name = 'Chưa lưu' where id = ?`, [id]);
        const during = await post(leaderA, ORG, { id: ids.A });
        expect(during.body.data.organization.name).toBe(before);
      } finally {
        await trx.rollback();
      }
    }
    const after = await post(leaderA, ORG, { id: ids.A });
    expect(after.cache).toBe('miss');
    expect(after.body.data.organization.name).toBe(before);
  });
});

describe('on by default, off with 0', () => {
  it('a server started without the setting keeps 5,000 answers; FOURGOOD_RESPONSE_CACHE_ENTRIES=0 turns it off', () => {
    expect(loadConfig({}).responseCacheEntries).toBe(5000);
    expect(loadConfig({ FOURGOOD_RESPONSE_CACHE_ENTRIES: '0' }).responseCacheEntries).toBe(0);
  });

  it('off, every read is computed: no cache header, its statements run every time', async () => {
    const off = await startTestServer({ config: { responseCacheEntries: 0 } });
    try {
      const A = await createOrg(off, { code: 'RC-OFF', name: 'Đảng bộ tỉnh tắt', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '2000-01-01' });
      const leader = await off.userWith('rc-leader-off', [{ role: 'LEADER', organizationId: A }]);
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${off.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: leader.cookie },
          body: JSON.stringify({ query: ORG, variables: { id: A } }),
        });
        const body = (await res.json()) as GraphQLResponse & { extensions?: { sql?: { statements: number } } };
        expect(res.headers.get('x-response-cache')).toBeNull();
        expect(body.data).toEqual({ organization: { code: 'RC-OFF', name: 'Đảng bộ tỉnh tắt', stats: { members: 0 } } });
        expect(body.extensions?.sql?.statements).toBeGreaterThan(0);
      }
    } finally {
      await off.close();
    }
  });
});
