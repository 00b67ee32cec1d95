/**
 * The cost of the import's letter check (hasLetter, issue #12 bad input) beside the name work each
 * member row already does (foldText + personNameSortKey), on 500,000 names made as
 * `pnpm bench:import` makes them, alternated in one process so both see the same load. Prints the
 * median of each and the load average before and after.
 *
 *   tsx --conditions=source --tsconfig test/tsconfig.json test/bench/name-letter.ts [--rounds 7]
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { foldText, hasLetter, personNameSortKey } from '@fourgood/rules';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 7) || 7;
const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ'];
const given = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hùng', 'Lan'];
const names = Array.from({ length: 500_000 }, (_, i) => `${family[i % 6]} Văn ${given[i % 8]}`);
// The slow path: no plain Latin letter before the precomposed ones (normalised and looked up).
const marked = Array.from({ length: 500_000 }, (_, i) => (i % 2 ? 'Ư' : 'Đ').repeat(1 + (i % 3)) + '.');

let sink = 0;
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const runs: Record<string, number[]> = { hasLetter: [], hasLetterMarked: [], foldAndSortKey: [] };
const before = loadavg()[0]!.toFixed(2);
for (let r = 0; r < rounds; r++) {
  runs.hasLetter!.push(time(() => names.forEach((n) => (sink += hasLetter(n) ? 1 : 0))));
  runs.foldAndSortKey!.push(time(() => names.forEach((n) => (sink += foldText(n).length + personNameSortKey(n).length))));
  runs.hasLetterMarked!.push(time(() => marked.forEach((n) => (sink += hasLetter(n) ? 1 : 0))));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, xs] of Object.entries(runs)) console.log(`${name.padEnd(16)} median ${median(xs).toFixed(1)} ms of 500,000 names (runs ${xs.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`hasLetter / (foldText + personNameSortKey): ${(median(runs.hasLetter!) / median(runs.foldAndSortKey!)).toFixed(3)}; load ${before} → ${loadavg()[0]!.toFixed(2)} (${sink > 0 ? 'ok' : ''})`);
