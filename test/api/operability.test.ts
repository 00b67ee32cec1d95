import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/server/src/config.js';
import { createDatabase, dropDatabase } from '../../apps/server/src/db/postgres-admin.js';
import { createLogger } from '../../apps/server/src/ops/log.js';
import { recordJobRun, startMetricsServer } from '../../apps/server/src/ops/metrics.js';
import { startServer } from '../../apps/server/src/ops/serve.js';
import { dbId } from '../support/factories.js';
import { createMember, createOrg } from '../support/api.js';
import { startTestServer, testDb, type TestServer } from '../support/server.js';

/**
 * Issue #15 §5, operable: the JSON request log (one line per request, no personal data or bound
 * values), Prometheus metrics and the liveness/readiness checks, over real HTTP.
 */

type Line = Record<string, unknown>;

/** Every line the server logs, parsed, with an event per line so that tests wait on lines, not time. */
class LogSink extends EventEmitter {
  lines: Line[] = [];
  raw: string[] = [];
  write(text: string): void {
    for (const line of text.split('\n').filter(Boolean)) {
      this.raw.push(line);
      const parsed = JSON.parse(line) as Line;
      this.lines.push(parsed);
      this.emit('line', parsed);
    }
  }
  /** The first line matching `test`, now or when it is written. */
  next(test: (line: Line) => boolean): Promise<Line> {
    const found = this.lines.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const listener = (line: Line) => {
        if (!test(line)) return;
        this.off('line', listener);
        resolve(line);
      };
      this.on('line', listener);
    });
  }
}

const sink = new LogSink();
let server: TestServer;
let cellId: string;

beforeAll(async () => {
  server = await startTestServer({ logger: createLogger('debug', sink) });
  const province = await createOrg(server, { code: 'OP-TINH', name: 'Đảng bộ tỉnh Vận Hành', kind: 'PROVINCIAL_COMMITTEE' });
  const commune = await createOrg(server, { code: 'OP-XA', name: 'Đảng bộ xã Vận Hành', kind: 'GRASSROOTS_COMMITTEE', parentId: province });
  cellId = await createOrg(server, { code: 'OP-CB', name: 'Chi bộ Vận Hành', kind: 'CELL', cellType: 'RESIDENTIAL', parentId: commune });
});

afterAll(async () => {
  await server?.close();
});

async function post(body: unknown, cookie = server.cookie): Promise<{ id: string; status: number; json: any }> {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  return { id: res.headers.get('x-request-id') ?? '', status: res.status, json: await res.json() };
}

describe('request log', () => {
  it('writes one line per request: id, operation, user, duration, statements; no personal data or values', async () => {
    const secret = { fullName: 'Phạm Thị Riêngtư', cardNumber: '93011234567', birthDate: '1977-07-17' };
    const mutation = 'mutation CreateSecretMember($input: CreateMemberInput!) { createMember(input: $input) { id } }';
    const created = await post({ query: mutation, operationName: 'CreateSecretMember', variables: { input: { organizationId: cellId, gender: 'FEMALE', joinedOn: '2001-01-01', position: 'MEMBER', since: '2001-01-01', ...secret } } });
    expect(created.json.errors, JSON.stringify(created.json)).toBeUndefined();
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

    const line = await sink.next((l) => l.reqId === created.id);
    const me = await server.data<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }');
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'CreateSecretMember',
      type: 'mutation',
      userId: dbId(me.viewer.user.id),
      statements: created.json.extensions.sql.statements,
    });
    expect(line.statements).toBeGreaterThan(0);
    expect(typeof line.ms).toBe('number');
    expect(typeof line.time).toBe('string');
    expect(line.errors).toBeUndefined();
    expect(sink.lines.filter((l) => l.reqId === created.id)).toHaveLength(1);

    // A refused sign-in and a refused change (the document's one operation names it): codes in the
    // line, the values sent nowhere in the log.
    const login = await post({ query: 'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }', variables: { u: 'test-admin', p: 'wrong-Pa55word-xyz' } }, '');
    const refused = await post({ query: mutation, variables: { input: { organizationId: cellId, gender: 'FEMALE', joinedOn: '2001-01-01', position: 'MEMBER', since: '2001-01-01', ...secret, birthDate: '2999-01-01' } } });
    expect(refused.json.errors).toBeDefined();
    const loginLine = await sink.next((l) => l.reqId === login.id);
    expect(loginLine).toMatchObject({ operation: 'SignIn', userId: null, errors: [login.json.errors[0].extensions.code] });
    const refusedLine = await sink.next((l) => l.reqId === refused.id);
    expect(refusedLine).toMatchObject({ operation: 'CreateSecretMember', type: 'mutation', errors: ['VALIDATION_FAILED'] });

    const all = sink.raw.join('\n');
    for (const value of [secret.fullName, secret.cardNumber, secret.birthDate, '2999-01-01', 'wrong-Pa55word-xyz', server.cookie.split('=')[1]!]) {
      expect(all, value).not.toContain(value);
    }
  });

  it('keeps a request id handed in by a proxy, and logs health checks at debug', async () => {
    const res = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'lb-7f3a.42' } });
    expect(res.headers.get('x-request-id')).toBe('lb-7f3a.42');
    const line = await sink.next((l) => l.reqId === 'lb-7f3a.42');
    expect(line).toMatchObject({ level: 'debug', path: '/health', status: 200 });
    const odd = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'has spaces and "quotes"' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs a body the parser refuses with its code', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: server.cookie }, body: '{"query": "{ me { id } }", ' });
    expect(res.status).toBe(400);
    const line = await sink.next((l) => l.reqId === res.headers.get('x-request-id'));
    expect(line).toMatchObject({ status: 400, errors: ['VALIDATION_FAILED'] });
  });

  it('logs a member created through the factories like any other request', async () => {
    const before = sink.lines.length;
    await createMember(server, { organizationId: cellId });
    const line = await sink.next((l) => sink.lines.indexOf(l) >= before && l.msg === 'request' && l.type === 'mutation');
    expect(line.statements).toBeGreaterThan(0);
  });
});

describe('metrics', () => {
  it('serves request durations by operation, errors by code, SQL statements, pool usage and job runs on their own listener', async () => {
    const metrics = await startMetricsServer({ host: '127.0.0.1', port: 0 });
    try {
      await post({ query: 'query CountMetrics { viewer { user { id } } }' });
      await post({ query: 'query BrokenMetrics { noSuchField }' });
      recordJobRun('test-rollup', true, 0.25);
      recordJobRun('test-rollup', false, 1);
      const res = await fetch(metrics.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      const text = await res.text();
      expect(text).toMatch(/^fourgood_graphql_request_duration_seconds_count\{operation="CountMetrics",type="query"\} [1-9]/m);
      expect(text).toMatch(/^fourgood_graphql_errors_total\{code="VALIDATION_FAILED"\} [1-9]/m);
      expect(text).toMatch(/^fourgood_sql_statements_total [1-9]/m);
      expect(text).toMatch(/^fourgood_graphql_request_sql_statements_count\{type="mutation"\} [1-9]/m);
      expect(text).toMatch(/^fourgood_db_pool_connections\{pool="primary",state="max"\} [1-9]/m);
      expect(text).toMatch(/^fourgood_http_requests_total\{route="graphql",status="2xx"\} [1-9]/m);
      expect(text).toMatch(/^fourgood_job_runs_total\{job="test-rollup",outcome="ok"\} 1$/m);
      expect(text).toMatch(/^fourgood_job_runs_total\{job="test-rollup",outcome="failed"\} 1$/m);
      expect(text).toMatch(/^fourgood_job_last_success_timestamp_seconds\{job="test-rollup"\} \d/m);
      expect(text).toMatch(/^process_resident_memory_bytes \d/m);
      // Nothing but /metrics there, and no metrics on the public port.
      expect((await fetch(metrics.url.replace('/metrics', '/graphql'))).status).toBe(404);
      const publicPort = await fetch(`${server.url}/metrics`);
      expect(await publicPort.text()).not.toContain('fourgood_');
    } finally {
      await metrics.close();
    }
  });
});

describe('health', () => {
  it('answers live and ready on a running server, and /health as before', async () => {
    const live = await fetch(`${server.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: testDb() === 'postgres' ? 'postgresql' : 'sqlite' });
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).status).toBe('ok');
  });

  it('is not ready while migrations run, nor while the database is unreachable', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fourgood-health-'));
    const pgName = `fourgood_health_${process.pid}`;
    const databaseUrl = testDb() === 'postgres' ? await createDatabase(pgName) : null;
    const config = loadConfig({}, { databaseUrl, dataDir, port: 0, seedScale: 0, logLevel: 'silent', adminDir: join(dataDir, 'no-admin') });
    let release!: () => void;
    let migrating!: () => void;
    const reachedMigrations = new Promise<void>((resolve) => (migrating = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started = await startServer(config, createLogger('silent'), {
      migrationsStarting: () => {
        migrating();
        return gate;
      },
    });
    const url = `http://127.0.0.1:${started.port}`;
    try {
      await reachedMigrations;
      const notReady = await fetch(`${url}/health/ready`);
      expect(notReady.status).toBe(503);
      expect((await notReady.json()).status).toBe('migrating');
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
      const early = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { user { id } } }"}' });
      expect(early.status).toBe(503);
      expect(early.headers.get('retry-after')).toBe('5');

      release();
      await started.ready;
      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(200);
      expect((await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { user { id } } }"}' })).status).toBe(200);

      if (databaseUrl) {
        // PostgreSQL refuses this database's connections and ends the open ones (said from the
        // test server's own database, on the same PostgreSQL).
        const admin = { query: (sql: string, params: unknown[] = []) => server.orm.em.fork().getConnection().execute(sql, params) };
        try {
          await admin.query(`alter database ${pgName} allow_connections false`);
          await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = ?`, [pgName]);
          const down = await fetch(`${url}/health/ready`);
          expect(down.status).toBe(503);
          expect((await down.json()).status).toBe('database unreachable');
          expect((await fetch(`${url}/health/live`)).status).toBe(200);
          await admin.query(`alter database ${pgName} allow_connections true`);
          // Back once the pool opens a new connection (the first attempt may still find a dead one).
          let status = 0;
          while (status !== 200) status = (await fetch(`${url}/health/ready`)).status;
        } finally {
          await admin.query(`alter database ${pgName} allow_connections true`).catch(() => undefined);
        }
      }
    } finally {
      release();
      await started.stop();
      if (databaseUrl) await dropDatabase(pgName);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
