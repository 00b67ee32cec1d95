import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UNSCOPED_READS } from './scope-filter.js';

const src = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('reads without the scope filter', () => {
  it('are all listed, with their reason, in UNSCOPED_READS', () => {
    const found: Record<string, number> = {};
    for (const file of sources(src)) {
      const n = (readFileSync(file, 'utf8').match(/filters:\s*false/g) ?? []).length;
      if (n > 0) found[relative(src, file)] = n;
    }
    expect(found).toEqual(Object.fromEntries(Object.entries(UNSCOPED_READS).map(([file, r]) => [file, r.count])));
    for (const r of Object.values(UNSCOPED_READS)) expect(r.reason.length).toBeGreaterThan(20);
  });
});
