import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../apps/server/src/ops/log.js';
import { dbId } from '../support/factories.js';
import { createMember, createOrg } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/server.js';

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
