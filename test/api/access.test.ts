import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectNull, snapshot } from '../support/api.js';
import { createMember, createOrg } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
let leaderA: Client;
let staffA: Client;
let analyst: Client;

/*
 * Province P with two districts A and B, each with a commune and a cell holding one member.
 * leaderA and staffA are scoped to district A; the analyst is national.
 */
beforeAll(async () => {
  server = await startTestServer();
  ids.p = await createOrg(server, { code: 'T-P', name: 'Đảng bộ tỉnh Thử', kind: 'PROVINCIAL_COMMITTEE', foundedOn: '1950-01-01' });
  for (const d of ['A', 'B']) {
    ids[d] = await createOrg(server, { code: `D-${d}`, name: `Huyện ủy ${d}`, kind: 'DIRECTLY_SUPERIOR_COMMITTEE', sector: 'DISTRICT', parentId: ids.p });
    ids[`${d}commune`] = await createOrg(server, { code: `X-${d}`, name: `Đảng bộ xã ${d}`, kind: 'GRASSROOTS_COMMITTEE', parentId: ids[d] });
    ids[`${d}cell`] = await createOrg(server, { code: `CB-${d}`, name: `Chi bộ thôn ${d}`, kind: 'CELL', cellType: 'RESIDENTIAL', parentId: ids[`${d}commune`] });
    ids[`${d}member`] = await createMember(server, { organizationId: ids[`${d}cell`], fullName: `Đảng viên ${d}`, cardNumber: `CARD-${d}` });
  }
  leaderA = await server.userWith('leader-a', [{ role: 'LEADER', organizationId: ids.A }]);
  staffA = await server.userWith('staff-a', [{ role: 'STAFF', organizationId: ids.A }]);
  analyst = await server.userWith('analyst', [{ role: 'ANALYST', organizationId: null }]);
});
afterAll(async () => server?.close());

describe('anonymous callers', () => {
  it('get UNAUTHENTICATED for data, mutations and the schema, and null for viewer', async () => {
    expectError(await server.anonymous.gql(`{ provinces { totalCount } }`), 'UNAUTHENTICATED');
    expectError(await server.anonymous.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.p }), 'UNAUTHENTICATED');
    expectError(
      await server.anonymous.gql(`mutation { createOrganization(input: { code: "Z", name: "Z", kind: PROVINCIAL_COMMITTEE, foundedOn: "2000-01-01" }) { id } }`),
      'UNAUTHENTICATED',
    );
    expectError(await server.anonymous.gql(`{ __schema { types { name } } }`), 'UNAUTHENTICATED');
    expect((await server.anonymous.data(`{ viewer { user { username } } }`)).viewer).toBeNull();
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ provinces { totalCount } }' }) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

describe('signing in and out', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and clears it on sign-out', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "leader-a", password: "leader-a-password-1") { user { username } canEdit } }' }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^fourgood_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP here; Secure is set when served over HTTPS
    const session = cookie.split(';')[0]!;
    const me = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session },
      body: JSON.stringify({ query: '{ viewer { user { username } canEdit canQuery grants { role organization { code } } } }' }),
    });
    expect(((await me.json()) as any).data.viewer).toEqual({ user: { username: 'leader-a' }, canEdit: false, canQuery: false, grants: [{ role: 'LEADER', organization: { code: 'D-A' } }] });
    const out = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(out.headers.get('set-cookie')).toMatch(/fourgood_session=;/);
    const after = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session },
      body: JSON.stringify({ query: '{ provinces { totalCount } }' }),
    });
    expect(((await after.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const login = (u: string, p: string) => server.anonymous.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username } } }`, { u, p });
    const wrong = await login('staff-a', 'not-the-password');
    const unknown = await login('nobody-at-all', 'not-the-password');
    expectError(wrong, 'UNAUTHENTICATED');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it('ends a session after it expires', async () => {
    const client = await server.userWith('short-lived', [{ role: 'LEADER', organizationId: ids.A }]);
    expect((await client.data(`{ viewer { user { username } } }`)).viewer.user.username).toBe('short-lived');
    const em = server.orm.em.fork();
    await em.getConnection().execute(`update app_session set expires_at = ? where user_id = (select id from app_user where username = 'short-lived')`, [new Date(Date.now() - 1000)]);
    expect((await client.data(`{ viewer { user { username } } }`)).viewer).toBeNull();
    expectError(await client.gql(`{ provinces { totalCount } }`), 'UNAUTHENTICATED');
  });

  it('moves the idle expiry forward only once less than half of it is left, never past the absolute one', async () => {
    const client = await server.userWith('sliding', [{ role: 'LEADER', organizationId: ids.A }]);
    const em = server.orm.em.fork();
    const where = `user_id = (select id from app_user where username = 'sliding')`;
    const expiry = async () => {
      const rows = await em.getConnection().execute(`select expires_at as e, absolute_expires_at as a from app_session where ${where}`);
      const at = (v: unknown) => (v instanceof Date ? v : new Date(typeof v === 'number' ? v : String(v))).getTime();
      return { expires: at(rows[0].e), absolute: at(rows[0].a) };
    };
    const setExpiry = (at: Date) => em.getConnection().execute(`update app_session set expires_at = ? where ${where}`, [at]);
    const read = async () => expect((await client.data(`{ viewer { user { username } } }`)).viewer.user.username).toBe('sliding');
    // More than half (1 h of 2 h) left: reading writes nothing.
    const later = new Date(Date.now() + 90 * 60_000);
    await setExpiry(later);
    await read();
    expect((await expiry()).expires).toBe(later.getTime());
    // Less than half left: moved to 2 hours from now.
    const before = Date.now();
    await setExpiry(new Date(before + 50 * 60_000));
    await read();
    const slid = (await expiry()).expires;
    expect(slid).toBeGreaterThanOrEqual(before + 2 * 3600_000);
    expect(slid).toBeLessThanOrEqual(Date.now() + 2 * 3600_000);
    // Never past the absolute expiry.
    const absolute = (await expiry()).absolute;
    await em.getConnection().execute(`update app_session set absolute_expires_at = ?, expires_at = ? where ${where}`, [new Date(Date.now() + 30 * 60_000), new Date(Date.now() + 20 * 60_000)]);
    await read();
    const capped = await expiry();
    expect(capped.expires).toBe(capped.absolute);
    expect(capped.absolute).toBeLessThan(absolute);
  });

  it('locks an account after repeated failures from one address, but not from another', async () => {
    await server.userWith('target', [{ role: 'LEADER', organizationId: ids.A }]);
    // Two client addresses on the loopback network: the attacker's and the owner's.
    const attacker = '127.0.0.2';
    const owner = '127.0.0.3';
    const login = (localAddress: string, password: string): Promise<any> =>
      new Promise((resolve, reject) => {
        const { hostname, port } = new URL(server.url);
        const body = JSON.stringify({ query: 'mutation($p: String!) { login(username: "target", password: $p) { user { username } } }', variables: { p: password } });
        const req = request({ host: hostname, port, path: '/graphql', method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve(JSON.parse(text)));
        });
        req.on('error', reject);
        req.end(body);
      });
    const started = Date.now();
    for (let i = 0; i < 5; i += 1) expect((await login(attacker, `guess-${i}`)).errors[0].extensions.reason).toBe('BAD_CREDENTIALS');
    // Failures slow the answers down.
    expect(Date.now() - started).toBeGreaterThan(1000);
    const locked = await login(attacker, 'target-password-1');
    expect(locked.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'LOCKED' });
    expect(locked.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // The owner, from their own address, still signs in.
    const ok = await login(owner, 'target-password-1');
    expect(ok.data?.login?.user?.username, JSON.stringify(ok)).toBe('target');
  });
});

describe('scoped access', () => {
  const ORG = `query($id: ID!) { node(id: $id) { ... on Organization { code } } }`;

  it('lets a district leader read their district and nothing else', async () => {
    expect((await leaderA.data(ORG, { id: ids.Acell })).node.code).toBe('CB-A');
    expectNull(await leaderA.gql(ORG, { id: ids.Bcell }));
    expectNull(await leaderA.gql(ORG, { id: ids.p }));
    expectNull(await leaderA.gql(`{ organization(code: "CB-B") { code } }`));
    expectNull(await leaderA.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.Bmember }));
    expectNull(await leaderA.gql(`{ member(cardNumber: "CARD-B") { fullName } }`));
    expect((await leaderA.data(`{ member(cardNumber: "CARD-A") { fullName } }`)).member.fullName).toBe('Đảng viên A');
    // Lists and nested fields stop at the scope: no provinces, no parent above the district.
    expect((await leaderA.data(`{ provinces { totalCount } }`)).provinces.totalCount).toBe(0);
    const a = await leaderA.data(`query($id: ID!) { node(id: $id) { ... on Organization { parent { code } ancestors { code } stats { members organizations } } } }`, { id: ids.Acell });
    expect(a.node).toEqual({ parent: { code: 'X-A' }, ancestors: [{ code: 'D-A' }, { code: 'X-A' }], stats: { members: 1, organizations: 0 } });
    const district = await leaderA.data(`query($id: ID!) { node(id: $id) { ... on Organization { parent { code } province { code } stats { members } } } }`, { id: ids.A });
    expect(district.node).toEqual({ parent: null, province: null, stats: { members: 1 } });
  });

  it('keeps birth dates for staff and admins of the member’s scope', async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on Member { fullName birthDate age } } }`;
    expect((await leaderA.data(q, { id: ids.Amember })).node).toEqual({ fullName: 'Đảng viên A', birthDate: null, age: 46 });
    expect((await staffA.data(q, { id: ids.Amember })).node.birthDate).toBe('1980-05-05');
    expect((await analyst.data(q, { id: ids.Bmember })).node.birthDate).toBeNull();
    expect((await server.data(q, { id: ids.Bmember })).node.birthDate).toBe('1980-05-05');
  });

  it('lets staff change their district only, and leaders nothing', async () => {
    const create = (client: Client, parentId: string, code: string) =>
      client.gql(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { code } }`, {
        input: { code, name: `Chi bộ ${code}`, kind: 'CELL', cellType: 'AGENCY', parentId, foundedOn: '2020-01-01' },
      });
    const before = await snapshot(server);
    expectError(await create(leaderA, ids.Acommune, 'CB-L'), 'FORBIDDEN', 'input.parentId');
    expectError(await create(staffA, ids.Bcommune, 'CB-S'), 'NOT_FOUND', 'input.parentId');
    expectError(
      await staffA.gql(`mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { code } }`, { input: { id: ids.Acell, newParentId: ids.Bcommune, effectiveOn: '2024-01-01' } }),
      'NOT_FOUND',
      'input.newParentId',
    );
    expectError(
      await staffA.gql(`mutation($input: TransferMemberInput!) { transferMember(input: $input) { id } }`, { input: { id: ids.Bmember, organizationId: ids.Acell, effectiveOn: '2024-01-01' } }),
      'NOT_FOUND',
      'input.id',
    );
    expectError(
      await leaderA.gql(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`, { input: { id: ids.Amember, fullName: 'Tên khác' } }),
      'FORBIDDEN',
      'input.id',
    );
    expect(await snapshot(server)).toBe(before);
    expect((await create(staffA, ids.Acommune, 'CB-A2')).data.createOrganization.code).toBe('CB-A2');
  });

  it('scopes grouped counts and searches to the subtree', async () => {
    const counts = await leaderA.data(`query($id: ID!) { node(id: $id) { ... on Organization { memberCounts(groupBy: [CHILD]) { child { code } count } descendants(filter: { search: "chi bo" }) { nodes { code } } } } }`, { id: ids.A });
    expect(counts.node.memberCounts).toEqual([{ child: { code: 'X-A' }, count: 1 }]);
    expect(counts.node.descendants.nodes.map((n: { code: string }) => n.code).sort()).toEqual(['CB-A', 'CB-A2']);
  });

  it('shows the schema to analysts and admins only', async () => {
    expectError(await leaderA.gql(`{ __schema { queryType { name } } }`), 'FORBIDDEN');
    expectError(await staffA.gql(`{ __type(name: "Member") { name } }`), 'FORBIDDEN');
    expect((await analyst.data(`{ __schema { queryType { name } } }`)).__schema.queryType.name).toBe('Query');
  });
});

describe('user administration', () => {
  it('validates new accounts and keeps scoped admins inside their scope', async () => {
    const create = (client: Client, input: Record<string, unknown>) => client.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }`, { input });
    expectError(await create(server, { username: 'ok-user', displayName: 'Người dùng', password: 'short' }), 'VALIDATION_FAILED', 'input.password');
    expectError(await create(server, { username: 'Bad Name!', displayName: 'Người dùng', password: 'long-enough-pass' }), 'VALIDATION_FAILED', 'input.username');
    expectError(await create(server, { username: 'leader-a', displayName: 'Trùng', password: 'long-enough-pass' }), 'CONFLICT', 'input.username');
    expectError(await create(staffA, { username: 'by-staff', displayName: 'Nhân viên', password: 'long-enough-pass' }), 'FORBIDDEN');

    const adminA = await server.userWith('admin-a', [{ role: 'ADMIN', organizationId: ids.A }]);
    const created = await create(adminA, { username: 'new-clerk', displayName: 'Cán bộ mới', password: 'long-enough-pass' });
    const userId = created.data.createUser.id;
    const grant = (orgId: string | null) =>
      adminA.gql(`mutation($input: GrantRoleInput!) { grantRole(input: $input) { role organization { code } } }`, { input: { userId, role: 'STAFF', organizationId: orgId } });
    expectError(await grant(ids.B), 'NOT_FOUND', 'input.organizationId');
    expectError(await grant(null), 'FORBIDDEN', 'input.organizationId');
    expect((await grant(ids.Acommune)).data.grantRole).toEqual({ role: 'STAFF', organization: { code: 'X-A' } });
    const clerk = await server.signIn('new-clerk', 'long-enough-pass');
    expect((await clerk.data(`{ viewer { canEdit grants { organization { code } } } }`)).viewer).toEqual({ canEdit: true, grants: [{ organization: { code: 'X-A' } }] });
    // Resetting the password ends the clerk's sessions.
    await adminA.data(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { username } }`, { input: { userId, password: 'another-long-pass' } });
    expectError(await clerk.gql(`{ provinces { totalCount } }`), 'UNAUTHENTICATED');
    expectError(
      // A national account is not in a province admin's scope: it does not exist for them.
      await adminA.gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { username } }`, { input: { userId: (await server.data(`{ viewer { user { id } } }`)).viewer.user.id, password: 'another-long-pass' } }),
      'NOT_FOUND',
      'input.userId',
    );
  });
});

describe('hardening', () => {
  it('refuses queries that are too deep, too aliased or too long, and bodies that are too large', async () => {
    let deep = 'id';
    for (let i = 0; i < 14; i += 1) deep = `children { nodes { ${deep} } }`;
    expectError(await server.gql(`query($id: ID!) { node(id: $id) { ... on Organization { ${deep} } } }`, { id: ids.p }), 'VALIDATION_FAILED');
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: viewer { user { username } }`).join(' ');
    expectError(await server.gql(`{ ${aliases} }`), 'VALIDATION_FAILED');
    const long = `{ viewer { ${Array.from({ length: 3000 }, () => '__typename').join(' ')} } }`;
    expectError(await server.gql(long), 'VALIDATION_FAILED');
    const big = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: server.cookie },
      body: JSON.stringify({ query: '{ viewer { user { username } } }', variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].extensions.code).toBe('VALIDATION_FAILED');
    const batch = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: server.cookie },
      body: JSON.stringify([{ query: '{ viewer { user { username } } }' }, { query: '{ viewer { user { username } } }' }]),
    });
    expect(batch.status).toBe(400);
  });

  it('sends security headers and no CORS permission', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', cookie: server.cookie },
      body: JSON.stringify({ query: '{ viewer { user { username } } }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const csrf = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { user { username } } }')}`, { headers: { cookie: server.cookie } });
    expect(csrf.status).toBe(400);
  });
});

describe('audit log', () => {
  it('records who changed what, before and after, readable within scope', async () => {
    await staffA.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name } }`, { input: { id: ids.Acell, name: 'Chi bộ thôn A (đổi tên)' } });
    await server.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name } }`, { input: { id: ids.Bcell, name: 'Chi bộ thôn B (đổi tên)' } });
    const q = `query($filter: AuditFilter) { auditLog(first: 50, filter: $filter) { nodes { username action entityType entityId before after } } }`;
    const mine = (await staffA.data(q)).auditLog.nodes;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e: { after: { path?: string }; entityType: string }) => e.entityType !== 'Organization' || !String(e.after?.path ?? '').includes('B'))).toBe(true);
    const rename = mine.find((e: { action: string; entityId: string }) => e.action === 'updateOrganization' && e.entityId === ids.Acell);
    expect(rename).toMatchObject({ username: 'staff-a', before: { name: 'Chi bộ thôn A' }, after: { name: 'Chi bộ thôn A (đổi tên)' } });
    expect(mine.find((e: { entityId: string }) => e.entityId === ids.Bcell)).toBeUndefined();
    const all = (await server.data(q, { filter: { organizationId: ids.B } })).auditLog.nodes;
    expect(all.some((e: { entityId: string; username: string }) => e.entityId === ids.Bcell && e.username === 'test-admin')).toBe(true);
    expect(all.some((e: { entityId: string }) => e.entityId === ids.Acell)).toBe(false);
    expectError(await leaderA.gql(q), 'FORBIDDEN');
    expectError(await staffA.gql(q, { filter: { organizationId: ids.B } }), 'NOT_FOUND', 'filter.organizationId');
  });
});
