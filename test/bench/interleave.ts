/**
 * Two API processes answering the same queries in turn (issue #14's A/B benchmarks:
 * test/bench/ab-servers.ts, two checkouts; test/bench/jit-ab.ts, graphql-js against graphql-jit):
 * waiting for a process to be ready, signing in, and the interleaved rounds — A, B, A, B… in blocks
 * of `block` requests, the order flipping every block, so the machine's other work falls on both
 * alike — with each process's CPU time per request from /proc (the steadier figure on a loaded
 * machine). Prints one Markdown row per query; checks both answers equal first.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpuMs, percentile } from './support.js';

export interface AbServer {
  child: ChildProcess;
  /** The GraphQL endpoint. */
  url: string;
}

export interface AbQuery {
  name: string;
  query: string;
  /** The `id` variable, or '' for a query without variables. */
  id: string;
}

export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Waits (at most 5 minutes) until the process on `port` is ready; its GraphQL endpoint. */
export async function whenReady(child: ChildProcess, port: number, label: string): Promise<AbServer> {
  for (let i = 0; i < 600; i += 1) {
    if (await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false)) return { child, url: `http://127.0.0.1:${port}/graphql` };
    if (child.exitCode !== null) throw new Error(`${label}: the server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${label}: not ready in 5 minutes`);
}

/** Stops both processes (SIGTERM, then SIGKILL after 20 s). */
export async function stopAll(servers: AbServer[]): Promise<void> {
  for (const s of servers) {
    const exited = new Promise((done) => s.child.once('exit', done));
    s.child.kill('SIGTERM');
    if (!(await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 20_000).unref())]))) s.child.kill('SIGKILL');
  }
}

/** Signs both in as `username` (password `benchmark-password`) and runs every query interleaved, printing the table. */
export async function interleave(servers: { A: AbServer; B: AbServer }, username: string, queries: AbQuery[], options: { runs: number; block: number; title: string }): Promise<void> {
  const cookies: Record<string, string> = {};
  for (const [k, s] of Object.entries(servers)) {
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "${username}", password: "benchmark-password") { user { username } } }` }),
    });
    cookies[k] = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
  // As a browser asks (compressed answers), timed to the last byte of the decoded body.
  const post = async (k: 'A' | 'B', query: string, id: string) => {
    const res = await fetch(servers[k].url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip', cookie: cookies[k]! }, body: JSON.stringify(id ? { query, variables: { id } } : { query }) });
    const body = (await res.json()) as { data?: unknown; errors?: unknown; extensions?: { sql?: { statements: number } } };
    if (body.errors) throw new Error(`${k}: ${JSON.stringify(body.errors)}`);
    return body;
  };
  const { runs, block } = options;
  console.log(`${options.title}; ${runs} runs of each query on each, alternating in blocks of ${block}; load before ${loadAverage()}`);
  console.log('| query | A median / p95 ms | B median / p95 ms | wall B/A (median of pairs) | CPU ms per request A / B | CPU B/A | statements A / B | load at the end |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const q of queries) {
    const a0 = await post('A', q.query, q.id);
    const b0 = await post('B', q.query, q.id);
    if (JSON.stringify(a0.data) !== JSON.stringify(b0.data)) throw new Error(`${q.name}: A and B answer differently`);
    for (let i = 0; i < 10; i += 1) {
      await post('A', q.query, q.id);
      await post('B', q.query, q.id);
    }
    const times = { A: [] as number[], B: [] as number[] };
    const cpu = { A: 0, B: 0 };
    for (let b = 0; b * block < runs; b += 1) {
      for (const k of (b % 2 === 0 ? ['A', 'B'] : ['B', 'A']) as Array<'A' | 'B'>) {
        const c0 = cpuMs(servers[k].child.pid!);
        for (let i = 0; i < block; i += 1) {
          const t0 = performance.now();
          await post(k, q.query, q.id);
          times[k].push(performance.now() - t0);
        }
        cpu[k] += cpuMs(servers[k].child.pid!) - c0;
      }
    }
    const ratios = times.A.map((a, i) => times.B[i]! / a);
    const ms = (xs: number[]) => `${percentile(xs, 50).toFixed(1)} / ${percentile(xs, 95).toFixed(1)}`;
    console.log(
      `| ${q.name} | ${ms(times.A)} | ${ms(times.B)} | ${percentile(ratios, 50).toFixed(2)} | ${(cpu.A / times.A.length).toFixed(2)} / ${(cpu.B / times.B.length).toFixed(2)} | ${(cpu.B / cpu.A).toFixed(2)} | ${a0.extensions?.sql?.statements ?? '?'} / ${b0.extensions?.sql?.statements ?? '?'} | ${loadAverage()} |`,
    );
  }
}

/** The drill-down of a province (its first 200 children with their stats) and a cell's page, as the harnesses ask them. */
export const STATS = (ages: boolean) =>
  `organizations organizationsByKind { kind count } members membersByStatus { status count } membersByGender { gender count }${ages ? ' membersByAgeBand { ageBand count }' : ''}`;
export const DRILL = (ages: boolean) => `query Drill($id: ID!) { node(id: $id) { ... on Organization {
  id name kind ancestors { id name } stats { organizations members }
  children(first: 200) { totalCount nodes { id name kind stats { ${STATS(ages)} } } } } } }`;
export const CELL = `query Cell($id: ID!) { node(id: $id) { ... on Organization { name ancestors { name } stats { members }
  members(first: 50) { totalCount nodes { id fullName gender birthDate position status } } } } }`;
