/**
 * Search benchmark (issue #13 item 4). On the 500,000-member benchmark province (built here the
 * way `pnpm bench` builds it, in databases of this script's own: data/bench/search-sqlite-<size>/
 * and PostgreSQL fourgood_search_bench_<size>), measures over HTTP, as a leader scoped to the
 * province, the `search` query the header's search box sends, for texts of every kind a leader
 * types: whole member names, a family name alone, given names, parts of organisation names,
 * codes, card numbers, two letters. Texts are taken from the data (deterministic seed), so they
 * find something.
 *
 *   pnpm bench:search                                  # sqlite and postgres, 500,000 members
 *   pnpm bench:search -- --dbs sqlite --runs 5 --sizes 100000
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { createDatabase, databaseUrl, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { seedBenchmarkProvince } from '../../apps/server/src/seed/index.js';
import { Access } from '../../apps/server/src/auth/access.js';
import { createRequest } from '../../apps/server/src/context.js';
import { systemServices } from '../support/server.js';
import { benchEnv, percentile, replaceSection, time } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const sizes = arg('sizes', '500000').split(',').map(Number);
const dbs = arg('dbs', 'sqlite,postgres').split(',') as Array<'sqlite' | 'postgres'>;
const runs = Number(arg('runs', '3'));
const rebuild = args.includes('--rebuild');
const prepareOnly = args.includes('--prepare-only');

const SEARCH = `query Search($text: String!) { search(text: $text, first: 8) {
  organizations { organization { id name kind dissolvedOn } match matchedText context }
  members { member { id fullName cardNumber status } match matchedText context } } }`;

async function prepare(db: 'sqlite' | 'postgres', members: number): Promise<{ config: AppConfig; orm: MikroORM; provinceId: number }> {
  const code = `BENCH-${members}`;
  let config: AppConfig;
  if (db === 'sqlite') {
    const dir = join(root, 'data/bench', `search-sqlite-${members}`);
    if (rebuild) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    config = loadConfig(benchEnv, { dataDir: dir, exposeQueryStats: true, seedScale: 0 });
  } else {
    const name = `fourgood_search_bench_${members}`;
    const marker = join(root, 'data/bench', `${name}.built`);
    if (rebuild || !existsSync(marker)) {
      await createDatabase(name);
      rmSync(marker, { force: true });
    }
    config = loadConfig(benchEnv, { databaseUrl: databaseUrl(name), exposeQueryStats: true, seedScale: 0 });
  }
  const orm = await openDatabase(config);
  const conn = orm.em.getConnection();
  let found = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
  if (found.length === 0) {
    console.log(`[${db} ${members}] building the benchmark province…`);
    const seconds = await time(() => seedBenchmarkProvince(orm, { members, code }));
    console.log(`[${db} ${members}] built in ${seconds.toFixed(1)} s (search index kept by the database while loading)`);
    await conn.execute('analyze');
    found = await conn.execute<Array<{ id: number }>>(`select id from organization where code = ?`, [code]);
    if (db === 'postgres') {
      mkdirSync(join(root, 'data/bench'), { recursive: true });
      writeFileSync(join(root, 'data/bench', `fourgood_search_bench_${members}.built`), new Date().toISOString());
    }
  }
  return { config, orm, provinceId: Number(found[0]!.id) };
}

/** Texts a leader types, picked from the data with a fixed stride (the same on both databases). */
async function texts(orm: MikroORM, provinceId: number): Promise<Array<{ kind: string; text: string }>> {
  const conn = orm.em.getConnection();
  const members = await conn.execute<Array<{ full_name: string; card_number: string }>>(
    `select full_name, card_number from member where root_id = ? and id % 997 = 0 order by id limit 40`,
    [provinceId],
  );
  const orgs = await conn.execute<Array<{ name: string; code: string }>>(
    `select name, code from organization where root_id = ? and id % 37 = 0 order by id limit 20`,
    [provinceId],
  );
  const out: Array<{ kind: string; text: string }> = [];
  for (const m of members.slice(0, 20)) out.push({ kind: 'whole member name', text: m.full_name });
  for (const m of members.slice(20, 30)) out.push({ kind: 'given names (last two words)', text: m.full_name.split(' ').slice(-2).join(' ') });
  for (const m of members.slice(30, 40)) out.push({ kind: 'family name alone (thousands match)', text: m.full_name.split(' ')[0]! });
  for (const m of members.slice(0, 10)) out.push({ kind: 'card number prefix', text: m.card_number.slice(0, 7) });
  for (const o of orgs.slice(0, 10)) out.push({ kind: 'organisation name, last words, no accents', text: o.name.split(' ').slice(-2).join(' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd') });
  for (const o of orgs.slice(10, 20)) out.push({ kind: 'organisation code', text: o.code });
  for (const t of ['ng', 'th', 'le', 'an']) out.push({ kind: 'two letters', text: t });
  return out;
}

interface Result {
  db: string;
  members: number;
  rows: Array<{ kind: string; n: number; median: number; p95: number; statements: number }>;
  all: { n: number; median: number; p95: number; max: number };
  /** The service alone, in process (its SQL and the ORM; no HTTP, no GraphQL), same texts and runs. */
  service: { median: number; p95: number };
  /** A trivial query over the same HTTP path (`viewer`), measured between the searches: the floor of this machine now. */
  floor: { median: number; p95: number };
}

async function measure(db: 'sqlite' | 'postgres', members: number): Promise<Result | null> {
  const { config, orm, provinceId } = await prepare(db, members);
  if (prepareOnly) {
    await orm.close();
    return null;
  }
  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const username = `bench-search-leader-${members}`;
  const { auth } = systemServices(orm);
  const exists = await orm.em.getConnection().execute<Array<{ id: number }>>(`select id from app_user where username = ?`, [username]);
  if (exists.length === 0) {
    const user = await auth.createUser({ username, displayName: 'Benchmark leader', password: 'benchmark-password' });
    await auth.grant(user.id, 'LEADER', provinceId);
  }
  const signIn = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const post = async (text: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: SEARCH, variables: { text } }) });
    const body = (await res.json()) as { data?: any; errors?: unknown; extensions?: { sql?: { statements: number } } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };

  const cases = await texts(orm, provinceId);
  for (const c of cases.slice(0, 10)) await post(c.text); // warm-up
  const byKind = new Map<string, { times: number[]; statements: number; empty: number }>();
  const all: number[] = [];
  const floor: number[] = [];
  const service: number[] = [];
  const [{ path }] = await orm.em.getConnection().execute<Array<{ path: string }>>(`select path from organization where id = ?`, [provinceId]);
  const access = Access.of({ userId: 0, username, displayName: 'Benchmark leader' }, [{ role: 'LEADER', scopePath: path }]);
  const dialect = db === 'sqlite' ? 'sqlite' : 'postgresql';
  for (let run = 0; run < runs; run += 1) {
    for (const c of cases) {
      const f0 = performance.now();
      const viewer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ viewer { user { username } } }' }) });
      await viewer.json();
      floor.push(performance.now() - f0);
      const s0 = performance.now();
      await createRequest(orm.em.fork() as never, dialect, access).services.search.search(c.text, 8);
      service.push(performance.now() - s0);
      const started = performance.now();
      const body = await post(c.text);
      const ms = performance.now() - started;
      all.push(ms);
      const entry = byKind.get(c.kind) ?? { times: [], statements: 0, empty: 0 };
      entry.times.push(ms);
      entry.statements = Math.max(entry.statements, body.extensions?.sql?.statements ?? 0);
      if (run === 0 && body.data.search.organizations.length + body.data.search.members.length === 0 && c.kind !== 'two letters') entry.empty += 1;
      byKind.set(c.kind, entry);
    }
  }
  for (const [kind, e] of byKind) if (e.empty) console.warn(`[${db}] ${e.empty} texts of "${kind}" found nothing`);
  await new Promise<void>((ok) => server.close(() => ok()));
  await app.close();
  return {
    db,
    members,
    rows: [...byKind].map(([kind, e]) => ({ kind, n: e.times.length, median: percentile(e.times, 50), p95: percentile(e.times, 95), statements: e.statements })),
    all: { n: all.length, median: percentile(all, 50), p95: percentile(all, 95), max: Math.max(...all) },
    service: { median: percentile(service, 50), p95: percentile(service, 95) },
    floor: { median: percentile(floor, 50), p95: percentile(floor, 95) },
  };
}

const results: Result[] = [];
for (const db of dbs) {
  if (db === 'postgres' && !(await postgresReachable())) {
    console.warn('PostgreSQL not reachable: skipped');
    continue;
  }
  for (const size of sizes) {
    const r = await measure(db, size);
    if (r) results.push(r);
  }
}
if (results.length) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores, shared), over HTTP as a leader scoped to the province, ${runs} runs of every text after a warm-up: \`pnpm bench:search -- ${args.join(' ')}\`.`,
    '',
    '| db | members | texts | n | median ms | p95 ms | SQL statements |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    for (const row of r.rows) lines.push(`| ${r.db} | ${r.members.toLocaleString('en')} | ${row.kind} | ${row.n} | ${row.median.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.statements} |`);
    lines.push(`| ${r.db} | ${r.members.toLocaleString('en')} | **all** | ${r.all.n} | **${r.all.median.toFixed(1)}** | **${r.all.p95.toFixed(1)}** | max ${r.all.max.toFixed(1)} ms |`);
    lines.push(`| ${r.db} | ${r.members.toLocaleString('en')} | all, the service alone in process (no HTTP, no GraphQL) | ${r.all.n} | ${r.service.median.toFixed(1)} | ${r.service.p95.toFixed(1)} | |`);
    lines.push(`| ${r.db} | ${r.members.toLocaleString('en')} | floor: \`{ viewer { user { username } } }\` over the same HTTP path, between the searches | ${r.all.n} | ${r.floor.median.toFixed(1)} | ${r.floor.p95.toFixed(1)} | |`);
  }
  console.log(lines.join('\n'));
  const file = join(root, 'BENCHMARKS.md');
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), 'search', lines.join('\n')));
}
process.exit(0);
