import { describe, expect, it } from 'vitest';
import { copyLines } from './stage-writer.js';

describe('copyLines', () => {
  it('turns joined rows into COPY text lines: empty as \\N (first and last values too), escapes, a newline after each row', () => {
    const S = '\u0001';
    const text = ['1', '', 'a\\b', '', '2', 'N\\N', '', 'x\ty\nz\r'].join(S);
    expect(copyLines(text, 4, S)).toBe('1\t\\N\ta\\\\b\t\\N\n2\tN\\\\N\t\\N\tx\\ty\\nz\\r\n');
  });
});
