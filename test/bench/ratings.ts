/**
 * Ratings benchmark (issue: criteria, assessments and scoring). On the benchmark provinces built
 * by the drill-down benchmark (run `pnpm bench` first), adds four years of organisation and
 * member ratings when missing, then measures over HTTP, as a leader scoped to the province:
 * the member and organisation rating distributions and the "4 good" rollup of the province for
 * one year, and the five-year member trend; median, p95 and SQL statements.
 *
 *   pnpm bench:ratings -- --sizes 100000,500000 --dbs sqlite,postgres --runs 30
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/knex';
import { createApp } from '../../apps/server/src/app.js';
import { loadConfig, type AppConfig } from '../../apps/server/src/config.js';
import { openDatabase } from '../../apps/server/src/db/orm.js';
import { databaseUrl, postgresReachable } from '../../apps/server/src/db/postgres-admin.js';
import { insertMemberRatings, insertOrganizationRatings } from '../../apps/server/src/seed/seeders/quality.js';
import { graphqlClient } from './graphql-client.js';
import { benchEnv, percentile, replaceSection, time } from './support.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const sizes = arg('sizes', '100000,500000').split(',').map(Number);
const dbs = arg('dbs', 'sqlite,postgres').split(',') as Array<'sqlite' | 'postgres'>;
const runs = Number(arg('runs', '30'));
const YEARS = [2021, 2022, 2023, 2024, 2025];

const QUERIES: Record<string, string> = {
  'member distribution': `query($id: ID!) { node(id: $id) { ... on Organization { ratingDistribution(year: 2025, subject: MEMBER) { rated levels { level count percent } } } } }`,
  'organisation distribution + 4 good': `query($id: ID!) { node(id: $id) { ... on Organization { ratingDistribution(year: 2025, subject: ORGANIZATION) { rated levels { level count percent } } fourGood(year: 2025) { registered evaluated reached } } } }`,
  'member trend, 5 years': `query($id: ID!) { node(id: $id) { ... on Organization { ratingTrend(fromYear: 2021, toYear: 2025, subject: MEMBER) { year rated levels { level count } } } } }`,
};

interface Row {
  db: string;
  members: number;
  ratings: number;
  query: string;
  median: number;
  p95: number;
  statements: number;
}

function configFor(db: 'sqlite' | 'postgres', members: number): AppConfig | null {
  if (db === 'sqlite') {
    const dir = join(root, 'data/bench', `sqlite-${members}`);
    return existsSync(join(dir, 'fourgood.sqlite')) ? loadConfig(benchEnv, { dataDir: dir, exposeQueryStats: true, seedScale: 0, logLevel: 'warn' }) : null;
  }
  const name = `fourgood_bench_${members}`;
  return existsSync(join(root, 'data/bench', `${name}.built`)) ? loadConfig(benchEnv, { databaseUrl: databaseUrl(name), exposeQueryStats: true, seedScale: 0, logLevel: 'warn' }) : null;
}

async function measure(db: 'sqlite' | 'postgres', members: number): Promise<Row[]> {
  const config = configFor(db, members);
  if (!config) {
    console.warn(`[${db} ${members}] no benchmark database: run \`pnpm bench -- --sizes ${members} --dbs ${db}\` first`);
    return [];
  }
  const orm = await openDatabase(config);
  const em = orm.em.fork() as EntityManager;
  const [province] = await em.getConnection().execute<Array<{ id: number }>>(`select id from organization where code = ?`, [`BENCH-${members}`]);
  if (!province) throw new Error(`BENCH-${members} is missing`);
  const rootId = Number(province.id);
  const [{ n: existing }] = await em.getConnection().execute<Array<{ n: number }>>(`select count(*) as n from rating where root_id = ?`, [rootId]);
  if (Number(existing) === 0) {
    const seconds = await time(async () => {
      await insertOrganizationRatings(em, YEARS, rootId);
      await insertMemberRatings(em, YEARS, rootId);
      await em.getConnection().execute(db === 'sqlite' ? 'analyze' : 'analyze rating');
    });
    console.log(`[${db} ${members}] ratings written in ${seconds.toFixed(1)} s`);
  }
  const [{ n: ratings }] = await em.getConnection().execute<Array<{ n: number }>>(`select count(*) as n from rating where root_id = ? and year = 2025`, [rootId]);

  const app = await createApp(config, { orm });
  const server = await new Promise<import('node:http').Server>((ok) => {
    const s = app.app.listen(0, '127.0.0.1', () => ok(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const signIn = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(username: "bench-leader-${members}", password: "benchmark-password") { user { username } } }` }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  if (!cookie) throw new Error('sign-in failed: run `pnpm bench` first, it creates the benchmark leader');
  const id = Buffer.from(`Organization:${rootId}`).toString('base64url');
  const rows: Row[] = [];
  // Timed to the answer's last byte, decoded after (graphql-client.ts).
  const client = graphqlClient(url);
  for (const [name, query] of Object.entries(QUERIES)) {
    const post = () => client.query({ query, variables: { id } }, cookie);
    for (let i = 0; i < 5; i += 1) await post();
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < runs; i += 1) {
      const { ms, body } = await post();
      statements = body.extensions!.sql!.statements;
      times.push(ms);
    }
    rows.push({ db, members, ratings: Number(ratings), query: name, median: percentile(times, 50), p95: percentile(times, 95), statements });
    console.log(JSON.stringify(rows.at(-1)));
  }
  client.close();
  await new Promise<void>((ok) => server.close(() => ok()));
  await app.close();
  return rows;
}

const results: Row[] = [];
for (const db of dbs) {
  if (db === 'postgres' && !(await postgresReachable())) {
    console.warn('PostgreSQL is not reachable: skipping its rows');
    continue;
  }
  for (const members of sizes) results.push(...(await measure(db, members)));
}

const table = [
  '| database | members | ratings in 2025 | query | median ms | p95 ms | statements |',
  '| --- | ---: | ---: | --- | ---: | ---: | ---: |',
  ...results.map((r) => `| ${r.db} | ${r.members.toLocaleString('en')} | ${r.ratings.toLocaleString('en')} | ${r.query} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.statements} |`),
].join('\n');
console.log(`\n${table}\n`);
const file = join(root, 'BENCHMARKS.md');
const body = `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores), ${runs} runs after 5 warm-up runs, as a leader scoped to the province, \`pnpm bench:ratings -- ${args.join(' ')}\`. Distributions read the rollup \`rating_count\` (subject, year, path on the evaluation date, level): a few rows per organisation and year, one statement for every organisation and year of the request, whatever the number of ratings (before 2026-12-02: range scans of \`rating(subject, year, org_path, level)\`, see the earlier tables).\n\n${table}`;
writeFileSync(file, replaceSection(existsSync(file) ? readFileSync(file, 'utf8') : '', `ratings-${dbs.join('-')}`, body));
console.log(`updated ${file}`);
process.exit(0);
