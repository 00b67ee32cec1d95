/** Small helpers shared by the benchmark scripts. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The benchmarks time answers the server computes: the response cache (on by default since
 * 2026-12-04, `FOURGOOD_RESPONSE_CACHE_ENTRIES`) would answer their repeated requests from memory.
 * Off for every server a benchmark starts, in process (`loadConfig(benchEnv, …)`) or as a child
 * process (which inherits this environment), unless the command line sets it; `response-cache.ts`
 * measures the cache itself.
 */
process.env.FOURGOOD_RESPONSE_CACHE_ENTRIES ??= '0';
export const benchEnv: Record<string, string | undefined> = { FOURGOOD_RESPONSE_CACHE_ENTRIES: process.env.FOURGOOD_RESPONSE_CACHE_ENTRIES };

/** CPU time (utime + stime) of a local process so far, ms (clock ticks of 10 ms), from /proc. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** Replaces the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` (appends the section when absent). */
export function replaceSection(document: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${body}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from >= 0 && to > from) return document.slice(0, from) + block + document.slice(to + end.length);
  return `${document.trimEnd()}\n\n${block}\n`;
}

/** The value after `--name` in `args`, or `fallback` when the option is absent. */
export function option(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
}

export type NationalDb = 'sqlite' | 'postgres';

/**
 * The options every script on the country of `pnpm bench:national` reads (--scale, default 1;
 * --dbs, default sqlite,postgres), and where that country lives: the SQLite directory
 * data/bench/national-<label>/, the PostgreSQL database fourgood_national_<label>, and the marker
 * file a finished build leaves (the label is the scale with `_` for the point). `--data-dir` puts
 * the SQLite directory and the markers elsewhere than data/bench/ (a full-size country is 5 GB or
 * more: keep it outside the working tree).
 */
export function nationalOptions(root: string, args: readonly string[]) {
  const scale = Number(option(args, 'scale', '1'));
  const dbs = option(args, 'dbs', 'sqlite,postgres').split(',') as NationalDb[];
  // --tag: a second country at the same scale (e.g. a part built to time it) beside the first.
  const tag = option(args, 'tag', '');
  const label = String(scale).replace('.', '_') + (tag ? `_${tag.replace(/[^a-z0-9]/gi, '')}` : '');
  const base = resolve(root, option(args, 'data-dir', 'data/bench'));
  const dir = join(base, `national-${label}`);
  const name = `fourgood_national_${label}`;
  const marker = (db: NationalDb) => join(base, `${db === 'sqlite' ? `national-${label}` : name}.built`);
  return { scale, dbs, label, base, dir, name, marker };
}
