/**
 * National queries (issue #14 §1 and §5, issue #15 §4): on the country built by
 * `pnpm bench:national` (same --scale), measures over HTTP, as a national reader, the screens
 * whose cost must not grow with the country: the national overview, the drill-down of the root
 * (the provinces with their full stats), the drill-down of the largest province (its first 200
 * children with full stats) and its cell page (the largest cell, first 50 members), on today and
 * on 2 July (the age-band rollup moved there by the daily job, then back), and the aggregates
 * that read many rows: meeting statistics of the province with meetings, the member rating
 * distribution and the 5-year trend of the largest province, a national search. For each, the
 * SQL statements it sends and the slowest of them; on PostgreSQL, `EXPLAIN (ANALYZE, BUFFERS)`
 * of the slowest statement of each query. Then rows, table and index sizes of every table.
 *
 *   pnpm bench:national-queries -- --scale 0.4 --dbs sqlite,postgres --runs 30
 *
 * Writes BENCHMARKS.md (section national-queries) and, for docs/scaling.md, the sizes and the
 * plans to <data-dir>/national-<scale>-report.md (--data-dir as for bench:national, default
 * data/bench; --tag as for bench:national; --no-benchmarks-md leaves BENCHMARKS.md alone). Reads the databases of bench:national as they are (the age-band rollup is moved
 * to 2 July and back; no other write).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { todayInVietnam } from '@fourgood/rules';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { databaseUrl } from '../../apps/server/src/db/postgres-admin.js';
import { toGlobalId } from '../../apps/server/src/graphql/relay.js';
import { advanceAgeBands } from '../../apps/server/src/stats/age-band-rollup.js';
import { systemServices } from '../support/server.js';
import { graphqlClient } from './graphql-client.js';
import { benchEnv, nationalOptions, option, percentile, replaceSection, type NationalDb } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const { scale, dbs, label, base, dir, name, marker: markerOf } = nationalOptions(root, args);
const runs = Number(option(args, 'runs', '30'));
const today = todayInVietnam();
const thisYear = Number(today.slice(0, 4));
const july = today <= `${thisYear}-07-02` ? `${thisYear}-07-02` : `${thisYear + 1}-07-02`;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const STATS = `organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count }`;
const QUERIES = {
  overview: `query($asOf: Date) { overview(asOf: $asOf) { provinces stats { ${STATS} } } }`,
  root: `query($asOf: Date) { provinces(first: 50, asOf: $asOf) { totalCount nodes { id name kind stats(asOf: $asOf) { ${STATS} } } } }`,
  province: `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization {
    id name kind ancestors { id name } stats(asOf: $asOf) { organizations members }
    children(first: 200) { totalCount nodes { id name kind stats(asOf: $asOf) { ${STATS} } } } } } }`,
  cell: `query($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
    members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`,
  meetingStats: `query($id: ID!, $year: Int) { node(id: $id) { ... on Organization { meetingStats(year: $year) {
    cells meetings regularHeld regularDue eligible present attendanceRate excusedAbsences unexcusedAbsences eveningMeetings ratedMeetings } } } }`,
  ratingDistribution: `query($id: ID!, $year: Int!) { node(id: $id) { ... on Organization { ratingDistribution(year: $year, subject: MEMBER) { rated levels { level count percent } } } } }`,
  ratingTrend: `query($id: ID!, $from: Int!, $to: Int!) { node(id: $id) { ... on Organization { ratingTrend(fromYear: $from, toYear: $to, subject: MEMBER) { year rated levels { level count } } } } }`,
  floor: `{ viewer { user { username } } }`,
  search: `query($text: String!) { search(text: $text, first: 8) { organizations { organization { id name } } members { member { id fullName } } } }`,
} as const;

interface Statement {
  sql: string;
  bindings: unknown[];
  ms: number;
}
interface Measured {
  db: string;
  name: string;
  date: string;
  median: number;
  p95: number;
  statements: number;
  slowest: Statement;
  plan?: string;
}

async function measure(db: NationalDb): Promise<{ rows: Measured[]; sizes: Array<{ table: string; rows: number; tableMB: number; indexMB: number }>; context: Record<string, unknown> }> {
  const marker = markerOf(db);
  if (!existsSync(marker)) throw new Error(`[${db}] the country at scale ${scale} is not built: pnpm bench:national -- --scale ${scale} --dbs ${db}`);
  const config: AppConfig = loadConfig(
    benchEnv,
    db === 'sqlite' ? { dataDir: dir, exposeQueryStats: true, seedScale: 0, logLevel: 'warn' } : { databaseUrl: databaseUrl(name), exposeQueryStats: true, seedScale: 0, logLevel: 'warn' },
  );
  const orm: MikroORM = await openDatabase(config);
  const conn = orm.em.getConnection();
  const knex = (conn as unknown as { getKnex(): any }).getKnex();
  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const { auth } = systemServices(orm);
  const signIn = async (role: 'STAFF' | 'LEADER') => {
    const username = `national-${role.toLowerCase()}`;
    const exists = await conn.execute<Array<{ id: number }>>(`select id from app_user where username = ?`, [username]);
    if (exists.length === 0) {
      const user = await auth.createUser({ username, displayName: `National ${role}`, password: 'benchmark-password' });
      await auth.grant(user.id, role, null);
    }
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
    });
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const staff = await signIn('STAFF');
  // Timed to the answer's last byte, decoded after (graphql-client.ts; it sends again once on a
  // kept-alive socket the server closed while the rollup moved).
  const client = graphqlClient(url);
  const post = (query: string, variables: Record<string, unknown>) => client.query({ query, variables }, staff);

  // The statements of one request, each timed from the driver's query event to its response.
  let capture: Statement[] | null = null;
  const started = new Map<string, { sql: string; bindings: unknown[]; at: number }>();
  knex.on('query', (q: { __knexQueryUid: string; sql: string; bindings: unknown[] }) => {
    if (capture) started.set(q.__knexQueryUid, { sql: q.sql, bindings: q.bindings ?? [], at: performance.now() });
  });
  knex.on('query-response', (_r: unknown, q: { __knexQueryUid: string }) => {
    const s = started.get(q.__knexQueryUid);
    if (s && capture) capture.push({ sql: s.sql, bindings: s.bindings, ms: performance.now() - s.at });
    started.delete(q.__knexQueryUid);
  });

  // The organisations measured: the largest province, its largest cell, the province with meetings.
  const [largest] = await conn.execute<Array<{ id: number; name: string; n: number }>>(
    `select o.id, o.name, sum(s.n) as n from organization o join subtree_count s on s.organization_id = o.id and s.dimension = 'GENDER'
     where o.parent_id is null and o.dissolved_on is null group by o.id, o.name order by sum(s.n) desc, o.id limit 1`,
  );
  const [members] = await conn.execute<Array<{ n: number }>>(`select sum(n) as n from subtree_count where dimension = 'GENDER' and organization_id in (select id from organization where parent_id is null)`);
  const [cell] = await conn.execute<Array<{ id: number; n: number }>>(
    `select m.organization_id as id, count(*) as n from member m where m.root_id = ? and m.organization_id is not null group by m.organization_id order by count(*) desc, m.organization_id limit 1`,
    [largest!.id],
  );
  const [meetingRoot] = await conn.execute<Array<{ id: number }>>(`select root_id as id from meeting group by root_id order by count(*) desc limit 1`);
  const [children] = await conn.execute<Array<{ n: number }>>(`select count(*) as n from organization where parent_id = ? and dissolved_on is null`, [largest!.id]);
  const provinceId = toGlobalId('Organization', Number(largest!.id));
  const meetingId = toGlobalId('Organization', Number(meetingRoot?.id ?? largest!.id));

  const rows: Measured[] = [];
  const timed = async (label: string, date: string, query: string, variables: Record<string, unknown>) => {
    for (let i = 0; i < 3; i += 1) await post(query, variables);
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < runs; i += 1) {
      const { ms, body } = await post(query, variables);
      times.push(ms);
      statements = body.extensions?.sql?.statements ?? 0;
    }
    capture = [];
    await post(query, variables);
    const slowest = capture.sort((a, b) => b.ms - a.ms)[0] ?? { sql: '', bindings: [], ms: 0 };
    capture = null;
    const row: Measured = { db, name: label, date, median: percentile(times, 50), p95: percentile(times, 95), statements, slowest };
    console.log(`[${db}] ${label} ${date}: median ${row.median.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, ${statements} statements, slowest ${slowest.ms.toFixed(1)} ms (load ${load()})`);
    rows.push(row);
  };

  const em = () => orm.em.fork() as unknown as EntityManager;
  const context = { loadBefore: load(), members: Number(members!.n), province: largest!.name, provinceMembers: Number(largest!.n), children: Number(children!.n), cellMembers: Number(cell!.n) };
  await advanceAgeBands(em(), today);
  // The floor of this machine now: a trivial query over the same HTTP path, before and after.
  await timed('floor: { viewer } (trivial query)', today, QUERIES.floor, {});
  for (const date of [today, july]) {
    if (date === july) console.log(`[${db}] age-band rollup moved to ${july}: ${JSON.stringify(await advanceAgeBands(em(), july))}`);
    await timed('national overview', date, QUERIES.overview, { asOf: date });
    await timed('root drill-down (provinces, full stats)', date, QUERIES.root, { asOf: date });
    await timed('largest province drill-down (200 children, full stats)', date, QUERIES.province, { id: provinceId, asOf: date });
  }
  await advanceAgeBands(em(), today);
  await timed(`cell page (${cell!.n} members, first 50)`, today, QUERIES.cell, { id: toGlobalId('Organization', Number(cell!.id)) });
  await timed(`meeting statistics ${thisYear - 1} of a province with meetings`, today, QUERIES.meetingStats, { id: meetingId, year: thisYear - 1 });
  await timed(`member rating distribution ${thisYear - 1}, largest province`, today, QUERIES.ratingDistribution, { id: provinceId, year: thisYear - 1 });
  await timed(`member rating trend ${thisYear - 5}–${thisYear - 1}, largest province`, today, QUERIES.ratingTrend, { id: provinceId, from: thisYear - 5, to: thisYear - 1 });
  await timed('national search "nguyễn văn an"', today, QUERIES.search, { text: 'nguyễn văn an' });
  await timed('floor: { viewer } (trivial query)', today, QUERIES.floor, {});

  if (db === 'sqlite') {
    // SQLite: EXPLAIN QUERY PLAN of the slowest statement of each query.
    for (const row of rows) {
      if (!row.slowest.sql) continue;
      const plan = (await knex.raw(`explain query plan ${row.slowest.sql}`, row.slowest.bindings)) as Array<{ id: number; parent: number; detail: string }>;
      row.plan = plan.map((r) => `${r.parent} ${r.id} ${r.detail}`).join('\n');
    }
  }
  if (db === 'postgres') {
    // EXPLAIN (ANALYZE, BUFFERS) of the slowest statement of each query, on a connection of the pool.
    const client = await knex.client.acquireConnection();
    try {
      const seen = new Set<string>();
      for (const row of rows) {
        const key = row.slowest.sql + JSON.stringify(row.slowest.bindings);
        if (!row.slowest.sql || seen.has(key)) continue;
        seen.add(key);
        const res = await client.query(`explain (analyze, buffers) ${row.slowest.sql}`, row.slowest.bindings);
        row.plan = res.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
      }
    } finally {
      await knex.client.releaseConnection(client);
    }
  }

  // Rows and sizes of every table.
  const sizes: Array<{ table: string; rows: number; tableMB: number; indexMB: number }> = [];
  if (db === 'postgres') {
    const tables = await conn.execute<Array<{ t: string; tb: string; ib: string }>>(
      `select c.relname as t, pg_table_size(c.oid) as tb, pg_indexes_size(c.oid) as ib from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' order by pg_total_relation_size(c.oid) desc`,
    );
    for (const t of tables) {
      const [c] = await conn.execute<Array<{ n: string }>>(`select count(*) as n from "${t.t}"`);
      sizes.push({ table: t.t, rows: Number(c!.n), tableMB: Number(t.tb) / 1e6, indexMB: Number(t.ib) / 1e6 });
    }
  } else {
    const objects: Array<{ name: string; tbl_name: string; type: string }> = await conn.execute(`select name, tbl_name, type from sqlite_master where type in ('table', 'index')`);
    const bytes = new Map<string, number>();
    try {
      for (const r of await conn.execute<Array<{ name: string; b: number }>>(`select name, sum(pgsize) as b from dbstat group by name`)) bytes.set(r.name, Number(r.b));
    } catch (e) {
      console.warn(`[sqlite] no dbstat table (${(e as Error).message}): sizes left out`);
    }
    for (const t of objects.filter((o) => o.type === 'table' && !o.name.startsWith('sqlite_'))) {
      const [c] = await conn.execute<Array<{ n: number }>>(`select count(*) as n from "${t.name}"`);
      const indexBytes = objects.filter((o) => o.type === 'index' && o.tbl_name === t.name).reduce((n, o) => n + (bytes.get(o.name) ?? 0), 0);
      sizes.push({ table: t.name, rows: Number(c!.n), tableMB: (bytes.get(t.name) ?? 0) / 1e6, indexMB: indexBytes / 1e6 });
    }
    sizes.sort((a, b) => b.tableMB + b.indexMB - (a.tableMB + a.indexMB));
  }
  client.close();
  await new Promise<void>((ok) => server.close(() => ok()));
  await app.close();
  return { rows, sizes, context: { ...context, loadAfter: load() } };
}

const ms = (n: number) => n.toFixed(1);
const results: Array<Awaited<ReturnType<typeof measure>> & { db: string }> = [];
for (const db of dbs) results.push({ db, ...(await measure(db)) });

const file = join(root, 'BENCHMARKS.md');
const table = [
  '| database | query | date | median ms | p95 ms | statements | slowest statement ms |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: |',
  ...results.flatMap((r) => r.rows.map((x) => `| ${x.db} | ${x.name} | ${x.date} | ${ms(x.median)} | ${ms(x.p95)} | ${x.statements} | ${ms(x.slowest.ms)} |`)),
].join('\n');
const contexts = results.map((r) => `${r.db}: ${JSON.stringify(r.context)}`).join('; ');
const body = `Measured ${new Date().toISOString().slice(0, 16)} UTC, \`pnpm bench:national-queries ${args.join(' ')}\`, ${runs} runs after 3 warm-up runs, as a national staff reader (exact age bands); ${contexts}.\n\n${table}`;
// --no-benchmarks-md: a trial on a part of the country (e.g. --tag p2) leaves the section alone.
if (!args.includes('--no-benchmarks-md')) writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), 'national-queries', body));

const report = [
  `# National queries, scale ${scale} (${new Date().toISOString()})`,
  '',
  table,
  '',
  ...results.flatMap((r) => [
    `## ${r.db}: rows and sizes`,
    '',
    '| table | rows | table MB | indexes MB |',
    '| --- | ---: | ---: | ---: |',
    ...r.sizes.map((s) => `| ${s.table} | ${s.rows.toLocaleString('en')} | ${s.tableMB.toFixed(1)} | ${s.indexMB.toFixed(1)} |`),
    '',
    ...r.rows.filter((x) => x.plan && x.name !== 'floor: { viewer } (trivial query)').flatMap((x) => [`### ${r.db}: ${x.name}, ${x.date} — slowest statement ${ms(x.slowest.ms)} ms`, '', '```sql', x.slowest.sql, `-- ${JSON.stringify(x.slowest.bindings).slice(0, 300)}`, '```', '', '```', x.plan!, '```', '']),
  ]),
].join('\n');
const out = join(base, `national-${label}-report.md`);
writeFileSync(out, report);
console.log(`${table}\n\nwrote ${args.includes('--no-benchmarks-md') ? '' : `${file} and `}${out}`);
process.exit(0);
