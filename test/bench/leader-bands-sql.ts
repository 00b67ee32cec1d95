// Issue #14 (YEAR_BAND), BENCHMARKS.md "Leaders' age bands from YEAR_BAND": the leader drill-down's stats statement on the driver, the YEAR_BAND way against the
// birth-year way (the same statement with the rollup-year check made to fail: its kby branches, main's six range sums), interleaved.
// After `pnpm bench -- --sizes 500000 --dbs sqlite` built the province and its users:
//   npx tsx --conditions=source --tsconfig test/tsconfig.json test/bench/leader-bands-sql.ts 300
import { todayInVietnam } from '@fourgood/rules';
import { parseJsonRows } from '../../apps/server/src/db/json-rows.js';
import { serveBenchProvince } from './bench-server.js';
import { percentile } from './support.js';

const runs = Number(process.argv[2] ?? 200);
const bench = await serveBenchProvince(500000);
const url = bench.url;
const knex = (bench.orm.em.getConnection() as unknown as { getKnex(): any }).getKnex();
let captured: { sql: string; bindings: unknown[] } | null = null;
knex.on('query', (q: { sql: string; bindings: unknown[] }) => { if (q.sql.includes('YEAR_BAND')) captured = { sql: q.sql, bindings: [...q.bindings] }; });
const cookie = await bench.signIn('leader');
const id = Buffer.from(`Organization:${bench.provinceId}`).toString('base64url');
const DRILL = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization { children(first: 200) { nodes { stats(asOf: $asOf) {
  organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count } membersByAgeBand { ageBand count } } } } } } }`;
const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: DRILL, variables: { id, asOf: todayInVietnam() } }) });
if (((await res.json()) as any).errors) throw new Error('drill failed');
if (!captured) throw new Error('no statement captured');
const year = todayInVietnam().slice(0, 4);
const c = captured as { sql: string; bindings: unknown[] };
// MikroORM hands knex the statement with its values inlined: the rollup-year check's two dates are replaced in the text.
const sqlYearBand = c.sql;
const sqlBirthYears = c.sql.split(`'${year}-01-01'`).join(`'1900-01-01'`).split(`'${year}-12-31'`).join(`'1900-12-31'`);
if (sqlBirthYears.length !== sqlYearBand.length || sqlBirthYears === sqlYearBand) throw new Error('no rollup-year check found');
const viaYearBand = { sql: sqlYearBand };
const viaBirthYears = { sql: sqlBirthYears };
const figures = async (way: { sql: string }) => {
  const [row] = (await knex.raw(way.sql, c.bindings)) as Array<{ j: string }>;
  const f: Record<string, number> = {};
  for (const [org, dim, k, n] of parseJsonRows<[unknown, string, string, number]>(row!.j)) f[`${org}/${dim}/${k}`] = (f[`${org}/${dim}/${k}`] ?? 0) + Number(n);
  return { f, rows: parseJsonRows(row!.j).length };
};
const a = await figures(viaBirthYears);
const b = await figures(viaYearBand);
const sorted = (f: Record<string, number>) => JSON.stringify(Object.entries(f).filter(([, n]) => n !== 0).sort());
if (sorted(a.f) !== sorted(b.f)) throw new Error('the two ways disagree');
const times = { birthYears: [] as number[], yearBand: [] as number[] };
for (let i = 0; i < 20; i++) { await knex.raw(sqlBirthYears, c.bindings); await knex.raw(sqlYearBand, c.bindings); }
for (let i = 0; i < runs; i++) {
  for (const way of (i % 2 ? ['birthYears', 'yearBand'] : ['yearBand', 'birthYears']) as Array<'birthYears' | 'yearBand'>) {
    const t0 = performance.now();
    await knex.raw(way === 'yearBand' ? sqlYearBand : sqlBirthYears, c.bindings);
    times[way].push(performance.now() - t0);
  }
}
const f = (x: number[]) => `${percentile(x, 50).toFixed(2)} / ${percentile(x, 95).toFixed(2)}`;
console.log(JSON.stringify({ birthYears: f(times.birthYears), yearBand: f(times.yearBand), ratio: (percentile(times.yearBand, 50) / percentile(times.birthYears, 50)).toFixed(2), rowsOut: { birthYears: a.rows, yearBand: b.rows }, runs }));
await bench.close();
